import { describe, expect, it } from 'vitest';
import { CsvError, parseCsv } from '../../../src/data/csv.js';

describe('parseCsv', () => {
  it.each<[string, string, string[][]]>([
    ['LF line ends', 'a,b\n1,2', [['a', 'b'], ['1', '2']]],
    ['CR LF line ends', 'a,b\r\n1,2\r\n', [['a', 'b'], ['1', '2']]],
    ['bare CR line ends', 'a,b\r1,2', [['a', 'b'], ['1', '2']]],
    ['mixed line ends', 'a,b\r\n1,2\n3,4\r5,6', [['a', 'b'], ['1', '2'], ['3', '4'], ['5', '6']]],
    ['a trailing newline (no phantom last row)', 'a,b\n1,2\n', [['a', 'b'], ['1', '2']]],
    ['blank lines (skipped)', 'a,b\n\n1,2\r\n\r\n\n3,4\n\n', [['a', 'b'], ['1', '2'], ['3', '4']]],
    ['a quoted field holding a comma', 'name,idps\n"Al-Mosul, Ninewa",85428', [['name', 'idps'], ['Al-Mosul, Ninewa', '85428']]],
    ['doubled quotes inside a quoted field', '"He said ""no""",x', [['He said "no"', 'x']]],
    ['a field that is only a doubled quote', '"""",x', [['"', 'x']]],
    ['a newline inside quotes', '"line 1\nline 2",x\ny,z', [['line 1\nline 2', 'x'], ['y', 'z']]],
    ['a CR LF inside quotes (kept as written)', '"line 1\r\nline 2",x', [['line 1\r\nline 2', 'x']]],
    ['empty fields in the middle', 'a,,c', [['a', '', 'c']]],
    ['an empty last field', 'a,b,\n1,2,', [['a', 'b', ''], ['1', '2', '']]],
    ['a row of empty fields', ',,', [['', '', '']]],
    ['an empty quoted field', '"",x', [['', 'x']]],
    ['a quoted field last on its line', 'x,"a,b"\ny,"c"', [['x', 'a,b'], ['y', 'c']]],
    ['spaces around fields (kept: RFC 4180 fields are exact)', ' a , b ', [[' a ', ' b ']]],
    ['a quote inside an unquoted field (literal)', 'a"b,c', [['a"b', 'c']]],
    ['text after a closing quote (kept, as spreadsheets do)', '"a"b,c', [['ab', 'c']]],
    ['Arabic and Kurdish text', 'المحافظة,ناوچە\nنينوى,نەینەوا', [['المحافظة', 'ناوچە'], ['نينوى', 'نەینەوا']]],
    ['a leading BOM (not part of the first header)', '\uFEFFadmin1Pcode,numPresentIdpInd\nIRQ-G15,229120', [['admin1Pcode', 'numPresentIdpInd'], ['IRQ-G15', '229120']]],
    ['a BOM before a quoted first field', '\uFEFF"a,b",c', [['a,b', 'c']]],
  ])('reads %s', (_name, text, rows) => {
    expect(parseCsv(text)).toEqual(rows);
  });

  it.each(['', '\n', '\r\n\r\n', '\uFEFF', '\uFEFF\n'])('reads %j as no rows', (text) => {
    expect(parseCsv(text)).toEqual([]);
  });

  it('keeps a BOM that is not at the start as text', () => {
    expect(parseCsv('a,\uFEFFb')).toEqual([['a', '\uFEFFb']]);
  });

  it('gives every row its own fields (ragged rows are kept as they are)', () => {
    expect(parseCsv('a,b,c\n1\n1,2,3,4')).toEqual([['a', 'b', 'c'], ['1'], ['1', '2', '3', '4']]);
  });

  it('reads the HDX HXL CSV of DTM Iraq data (header row, hashtag row, data)', () => {
    const text = [
      'id,operation,admin0Name,admin0Pcode,admin1Name,admin1Pcode,numPresentIdpInd,reportingDate',
      '#id+code,#operation+name,#country+name,#country+code,#adm1+name,#adm1+code,#affected+idps,#date+reported',
      '634,Iraq conflict,Iraq,IRQ,Al-Basrah,IRQ-G02,288,2014-04-01T00:00:00',
    ].join('\r\n');
    const rows = parseCsv(text);
    expect(rows).toHaveLength(3);
    expect(rows[1]![6]).toBe('#affected+idps');
    expect(rows[2]).toEqual(['634', 'Iraq conflict', 'Iraq', 'IRQ', 'Al-Basrah', 'IRQ-G02', '288', '2014-04-01T00:00:00']);
  });

  describe('an unterminated quote', () => {
    it.each<[string, string, number]>([
      ['on the first line', '"abc', 1],
      ['after a doubled quote', '"a""', 1],
      ['on the second line (LF)', 'a,b\n1,"2\n3,4', 2],
      ['on the third line (CR LF)', 'a,b\r\nx,y\r\n"open', 3],
      ['after a quoted field that spans lines', 'a\n"multi\nline",b\n"open', 4],
      ['after a quoted CR LF', '"x\r\ny",z\n"open', 3],
      ['after blank lines', 'a\n\n\nb,"open', 4],
      ['after a BOM', '\uFEFF"open', 1],
    ])('throws a CsvError with the line where it opened: %s', (_name, text, line) => {
      let error: unknown;
      try {
        parseCsv(text);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(CsvError);
      expect(error).toBeInstanceOf(Error);
      expect((error as CsvError).line).toBe(line);
      expect((error as CsvError).message).toContain(`line ${line}`);
    });
  });
});
