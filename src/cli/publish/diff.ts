/**
 * What changed between the last published snapshot and the new one, in the terms a reader of the
 * widgets cares about: new rounds, revised figures (per area and date, as the widgets total
 * them), figures added or withdrawn, and the change in the latest total. The same lines go to
 * stdout and to changes.md.
 */
import type { Checked } from './check.js';
import { latestRound, rowDate, rowRound } from './rows.js';

export interface Side {
  readonly rows: readonly unknown[];
  readonly checked: Checked;
}

const LIST_MAX = 20;
const fmt = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const signed = (n: number): string => (n > 0 ? `+${fmt.format(n)}` : n < 0 ? `−${fmt.format(-n)}` : '±0');
const split = (key: string): { region: string; date: string } => {
  const bar = key.indexOf('|');
  return { region: key.slice(0, bar) || '(no area)', date: key.slice(bar + 1) || '(no date)' };
};

/** Rounds present in `after` and not in `before`, each with its first reporting day. */
function newRounds(before: readonly unknown[], after: readonly unknown[]): { round: number; day: string | undefined }[] {
  const old = new Set(before.map(rowRound).filter((n) => n !== undefined));
  const found = new Map<number, string | undefined>();
  for (const row of after) {
    const n = rowRound(row);
    if (n === undefined || old.has(n)) continue;
    const d = rowDate(row);
    const seen = found.get(n);
    if (!found.has(n) || (d !== undefined && (seen === undefined || d < seen))) found.set(n, d);
  }
  return [...found].sort((a, b) => a[0] - b[0]).map(([round, day]) => ({ round, day }));
}

function capped(lines: string[]): string[] {
  return lines.length > LIST_MAX ? [...lines.slice(0, LIST_MAX), `… and ${lines.length - LIST_MAX} more`] : lines;
}

/** The first snapshot of a dataset: what it holds. */
export function describeFirst(after: Side): string[] {
  const round = latestRound(after.rows);
  const total = after.checked.latestTotal;
  return [
    `first snapshot: ${after.rows.length} rows, latest ${after.checked.latestDate ?? '(no date)'}${round !== undefined ? ` (round ${round})` : ''}${total !== undefined ? `, total ${fmt.format(total)}` : ''}`,
  ];
}

/** The change lines; empty when the figures are the same (the file may still differ, e.g. in row order). */
export function describeChange(before: Side, after: Side): string[] {
  const lines: string[] = [];
  const rounds = newRounds(before.rows, after.rows);
  for (const r of rounds) lines.push(`new round ${r.round}${r.day ? ` (${r.day})` : ''}`);
  const roundDays = rounds.map((r) => r.day).filter((d): d is string => d !== undefined);
  const revised: string[] = [];
  const added: string[] = [];
  const withdrawn: string[] = [];
  for (const [key, value] of after.checked.figures) {
    const old = before.checked.figures.get(key);
    const { region, date } = split(key);
    if (old === undefined) {
      // a figure of a new round is that round's news, not a line of its own
      if (!roundDays.some((d) => d.startsWith(date))) added.push(`new figure ${region} at ${date}: ${fmt.format(value)}`);
    } else if (old !== value) revised.push(`revised ${region} at ${date}: ${fmt.format(old)} → ${fmt.format(value)} (${signed(value - old)})`);
  }
  for (const [key, value] of before.checked.figures) {
    if (after.checked.figures.has(key)) continue;
    const { region, date } = split(key);
    withdrawn.push(`withdrawn ${region} at ${date}: ${fmt.format(value)}`);
  }
  lines.push(...capped(revised), ...capped(added), ...capped(withdrawn));
  const [b, a] = [before.checked, after.checked];
  if (a.latestTotal !== b.latestTotal || a.latestDate !== b.latestDate) {
    const side = (total: number | undefined, date: string | undefined): string => `${total === undefined ? 'none' : fmt.format(total)} (${date ?? 'no date'})`;
    const delta = a.latestTotal !== undefined && b.latestTotal !== undefined ? `: ${signed(a.latestTotal - b.latestTotal)}` : '';
    lines.push(`latest total ${side(b.latestTotal, b.latestDate)} → ${side(a.latestTotal, a.latestDate)}${delta}`);
  }
  return lines;
}
