/**
 * The rows of a snapshot: their reporting date (for the incremental window), the merge of a
 * recent window into the last snapshot, and the CSV copy with its HXL hashtag row. Rows are
 * published as the API gave them: nothing here changes a row, and no cell is converted with
 * Number() or Date.parse (dates are matched as text, rounds read by the strict number reader).
 */
import { parseIsoDate } from '../../core/dates.js';
import { cellText } from '../../data/pipeline.js';
import { parseStrictNumber } from '../../data/strict-number.js';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const own = (row: unknown, key: string): unknown => (isObject(row) && Object.prototype.hasOwnProperty.call(row, key) ? row[key] : undefined);

/**
 * The calendar day a row reports, `YYYY-MM-DD`, as the API's date filter sees it: `reportingDate`,
 * else the first day of `yearReportingDate`/`monthReportingDate` (snapshots kept at month
 * precision). Undefined when the row has no readable date.
 */
export function rowDate(row: unknown): string | undefined {
  const text = cellText(own(row, 'reportingDate'))?.trim();
  if (text) {
    const m = /^(\d{4}-\d{2}-\d{2})(?:[T ]|$)/.exec(text);
    return m && parseIsoDate(m[1]!) ? m[1] : undefined;
  }
  const y = cellText(own(row, 'yearReportingDate'))?.trim() ?? '';
  const mo = cellText(own(row, 'monthReportingDate'))?.trim() ?? '';
  if (!/^\d{4}$/.test(y) || !/^\d{1,2}$/.test(mo)) return undefined;
  const day = `${y}-${mo.padStart(2, '0')}-01`;
  return parseIsoDate(day) ? day : undefined;
}

/** A row's round, when it is a whole number. */
export function rowRound(row: unknown): number | undefined {
  const parsed = parseStrictNumber(cellText(own(row, 'roundNumber')));
  return parsed.kind === 'number' && Number.isInteger(parsed.value) && parsed.value >= 0 ? parsed.value : undefined;
}

/** The latest day among the rows (undefined when none has a date). */
export function latestDate(rows: readonly unknown[]): string | undefined {
  let latest: string | undefined;
  for (const r of rows) {
    const d = rowDate(r);
    if (d && (!latest || d > latest)) latest = d;
  }
  return latest;
}

export function latestRound(rows: readonly unknown[]): number | undefined {
  let latest: number | undefined;
  for (const r of rows) {
    const n = rowRound(r);
    if (n !== undefined && (latest === undefined || n > latest)) latest = n;
  }
  return latest;
}

/** `day` minus `days` calendar days (both `YYYY-MM-DD`). */
export function daysBefore(day: string, days: number): string {
  const d = parseIsoDate(day);
  if (!d || d.month === undefined || d.day === undefined) throw new Error(`not a day: ${day}`);
  const t = Date.UTC(d.year, d.month - 1, d.day) - days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/**
 * Rows in date order, the API's order kept within a date (a stable sort), rows without a date
 * last: a full fetch and an incremental one then write the same bytes for the same rows.
 */
export function inDateOrder(rows: readonly unknown[]): unknown[] {
  const keyed = rows.map((row, i) => ({ row, i, d: rowDate(row) ?? '\uffff' }));
  keyed.sort((a, b) => (a.d < b.d ? -1 : a.d > b.d ? 1 : a.i - b.i));
  return keyed.map((k) => k.row);
}

/**
 * The last snapshot's rows before `from`, then every row the API now gives from `from` on: a
 * figure revised within the window replaces the old one, a row withdrawn within it goes. Old rows
 * with no readable date are kept (no date window can ask for them again).
 */
export function mergeWindow(previous: readonly unknown[], recent: readonly unknown[], from: string): unknown[] {
  const kept = previous.filter((r) => {
    const d = rowDate(r);
    return d === undefined || d < from;
  });
  return inDateOrder([...kept, ...recent]);
}

/** HDX's HXL hashtags for the DTM API fields (dtm-data.md §1.7). */
const HXL: Readonly<Record<string, string>> = {
  id: '#id+code',
  operation: '#operation+name',
  admin0Name: '#country+name',
  admin0Pcode: '#country+code',
  admin1Name: '#adm1+name',
  admin1Pcode: '#adm1+code',
  admin2Name: '#adm2+name',
  admin2Pcode: '#adm2+code',
  adminLevel: '#adm+level',
  numPresentIdpInd: '#affected+idps',
  reportingDate: '#date+reported',
  yearReportingDate: '#date+year+reported',
  monthReportingDate: '#date+month+reported',
  roundNumber: '#round+code',
  displacementReason: '#cause+type',
  numberMales: '#affected+idps+m',
  numberFemales: '#affected+idps+f',
  idpOriginAdmin1Name: '#adm1+name+origin',
  idpOriginAdmin1Pcode: '#adm1+code+origin',
  assessmentType: '#assessment+type',
  operationStatus: '#operation+status',
};

function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  // a nested value is written as its JSON (never String(object))
  const text = typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v);
  // a text cell that a spreadsheet would run as a formula gets a leading apostrophe (OWASP CSV injection)
  const safe = typeof v === 'string' && (/^[=+@\t\r]/.test(text) || /^-[^\d.]/.test(text)) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The rows as CSV: a header row of the field names, HDX's hashtag row, then the rows (CRLF). */
export function toCsv(rows: readonly unknown[]): string {
  const names: string[] = [];
  const seen = new Set<string>();
  for (const r of rows) {
    if (!isObject(r)) continue;
    for (const k of Object.keys(r)) if (!seen.has(k)) seen.add(k), names.push(k);
  }
  const lines = [names.map(csvCell).join(','), names.map((n) => (Object.prototype.hasOwnProperty.call(HXL, n) ? HXL[n] : '')).join(',')];
  for (const r of rows) lines.push(names.map((n) => csvCell(own(r, n))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
