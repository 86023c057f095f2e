/**
 * RFC 4180 CSV reader: quoted fields, doubled quotes, CR LF or LF line ends, a leading BOM.
 * Returns rows of strings. Throws a CsvError for an unterminated quote (the one malformation that
 * makes every following row wrong), with the line where the quote opened.
 */
export class CsvError extends Error {
  constructor(readonly line: number) {
    super(`unterminated quoted field starting on line ${line}`);
  }
}

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  const n = text.length;
  while (i < n) {
    const ch = text[i]!;
    if (ch === '"' && field === '') {
      // quoted field
      const start = line;
      i++;
      for (;;) {
        if (i >= n) throw new CsvError(start);
        const c = text[i]!;
        if (c === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else {
          if (c === '\n') line++;
          field += c;
          i++;
        }
      }
      // anything between the closing quote and the next separator is kept, as spreadsheets do
      while (i < n && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') field += text[i++];
      continue;
    }
    if (ch === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (ch === '\n' || ch === '\r') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
    } else {
      field += ch;
      i++;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  // blank lines carry no row
  return rows.filter((r) => r.length > 1 || r[0] !== '');
}
