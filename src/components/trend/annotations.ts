/**
 * The `annotations` attribute: a JSON list of events to mark on the chart,
 * `[{"date": "2016-10-17", "label": "Mosul offensive"}]`. Anything else is ignored with one
 * console note, never thrown: the chart is drawn without the events it could not read. Pure but
 * for those notes.
 */
import { parseIsoDate, type CalendarDate } from '../../core/dates.js';
import { warnOnce } from '../../internal/warn.js';

export interface Annotation {
  /** UTC ms of the date (its first day, for a month or a year). */
  readonly t: number;
  /** As written, for the summary: `2016-10-17` is a day, `2016-10` a month. */
  readonly date: CalendarDate;
  readonly label: string;
}

const TAG = 'dtm-trend';
const EXAMPLE = 'write [{"date": "2016-10-17", "label": "Mosul offensive"}]';
/** Events read at most: a chart is not a timeline. */
const MOST = 50;
/** Longest label kept, in characters. */
const LONGEST = 80;

/** The events of the `annotations` attribute, in the order written. */
export function readAnnotations(raw: string | undefined): Annotation[] {
  if (!raw?.trim()) return [];
  let list: unknown;
  try {
    list = JSON.parse(raw);
  } catch {
    warnOnce(TAG, `annotations is not JSON: ${EXAMPLE}`);
    return [];
  }
  if (!Array.isArray(list)) {
    warnOnce(TAG, `annotations is not a list: ${EXAMPLE}`);
    return [];
  }
  const out: Annotation[] = [];
  let unread = 0;
  for (const item of list.slice(0, MOST)) {
    const { date, label } = (typeof item === 'object' && item !== null ? item : {}) as { date?: unknown; label?: unknown };
    const d = typeof date === 'string' ? parseIsoDate(date) : undefined;
    if (!d || typeof label !== 'string') {
      unread++;
      continue;
    }
    out.push({ t: Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1), date: d, label: label.replace(/\s+/g, ' ').slice(0, LONGEST) });
  }
  if (unread) warnOnce(TAG, `${unread} of the annotations have no ISO date (2016, 2016-10, 2016-10-17) or no text label and are not shown: ${EXAMPLE}`);
  return out;
}

/** The events between the first and last dates drawn (inclusive), as the summary tells them. */
export function annotationsWithin(list: readonly Annotation[], first: number, last: number): Annotation[] {
  return list.filter((a) => a.t >= first && a.t <= last);
}
