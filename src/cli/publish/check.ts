/**
 * The data check: a snapshot is read by the library's own data layer, exactly as a widget reads
 * the published file (shape detection, strict cell readers, duplicate rule `sum`), so that what
 * the widgets would refuse is known before it is published. Also gives the figures the change
 * report compares: one per area and date, as the widgets total them.
 */
import { buildObservations, type LoadReport, type ReasonCode } from '../../data/pipeline.js';
import { tableFromJson } from '../../data/table.js';
import { dataMessages } from '../../i18n/data-messages.js';
import { dataError } from './errors.js';

export interface Checked {
  readonly report: LoadReport;
  /** `region|date` → the figure the widgets show for it (same-day rows of an area summed). */
  readonly figures: ReadonlyMap<string, number>;
  /** The latest date key the widgets read (`2024-04`, `2024-04-30`). */
  readonly latestDate: string | undefined;
  /** The total at the latest date: an area's own row over its parts, as the counter adds. */
  readonly latestTotal: number | undefined;
}

export const figureKey = (region: string | undefined, date: string | undefined): string => `${region ?? ''}|${date ?? ''}`;

/** Reads `envelope` (the snapshot as it will be published); throws a data error when it cannot be read at all. */
export function checkSnapshot(envelope: unknown, today: string): Checked {
  const table = tableFromJson(envelope, 'dtm');
  if (!table.ok) throw dataError(`the widgets could not read this snapshot (${table.error.kind}): ${table.error.detail}`);
  const result = buildObservations(table.table, { duplicates: 'sum', today });
  if (!result.ok) throw dataError(`the widgets could not read this snapshot: ${result.detail}`);
  const figures = new Map<string, number>();
  let latestDate: string | undefined;
  for (const o of result.observations) {
    figures.set(figureKey(o.region, o.date), o.value);
    if (o.date !== undefined && (latestDate === undefined || o.date > latestDate)) latestDate = o.date;
  }
  let latestTotal: number | undefined;
  for (const o of result.observations) {
    if (o.date !== latestDate || o.covered) continue;
    latestTotal = (latestTotal ?? 0) + o.value;
  }
  return { report: result.report, figures, latestDate, latestTotal };
}

/** "2 rows not shown: no figure 1, date is not a date 1 (row 5: "abc")", as the widgets word it; '' when none. */
export function describeRejected(report: LoadReport): string {
  const t = dataMessages('en');
  const entries = (Object.entries(report.reasons) as [ReasonCode, number][]).filter(([r, n]) => r !== 'filtered' && n > 0);
  const count = entries.reduce((a, [, n]) => a + n, 0);
  if (count === 0) return '';
  const reasons = entries.map(([r, n]) => `${t.reasons[r]} ${n}`).join(', ');
  const examples = report.examples
    .slice(0, 3)
    .map((e) => `row ${e.row}: ${t.reasons[e.reason]}${e.value !== undefined ? ` ${JSON.stringify(e.value.slice(0, 40))}` : ''}`)
    .join('; ');
  return `${t.rowsNotShown(String(count), count)} of ${report.total} by the widgets: ${reasons}${examples ? ` (${examples})` : ''}`;
}
