/**
 * Areas and their parts in one file: an area's own row and its parts' rows at the same date and
 * series count the same people. The parts are marked `covered` (totals use the area's own row; a
 * map of the finer level still draws them). Containment is core/areas.ts's rule.
 */
import { isPartOf } from '../../../../../../src/core/areas.js';
import type { Gap, MutableObservation } from './types.js';

/** The area among `regions` that contains `code`, if any. */
function containedIn(code: string, regions: ReadonlySet<string>): string | undefined {
  for (let l = 2; l < code.length; l++) {
    const area = code.slice(0, l);
    if (regions.has(area) && isPartOf(code, area)) return area;
  }
  return undefined;
}

export interface Covered {
  /** How many observations were marked. */
  readonly covered: number;
  /** The codes of the first few marked, for the note. */
  readonly examples: string[];
  /** The gaps that are not in a part of an area with its own row. */
  readonly gaps: Gap[];
}

/**
 * Marks the observations whose containing area has its own row at the same date and series (see
 * Observation.covered), and leaves out the "no figure" rows of such parts: the area's own figure
 * includes them, so they make no total partial. Points are sites, not areas: never marked. Most
 * data has one level only: one pass finds that.
 */
export function markCovered(observations: MutableObservation[], gaps: Gap[]): Covered {
  const lengths = new Set<number>();
  for (const o of observations) {
    if (o.region !== undefined && !o.point) lengths.add(o.region.length);
    if (lengths.size > 1) break;
  }
  if (lengths.size < 2) return { covered: 0, examples: [], gaps };
  const group = (date: string | undefined, series: string | undefined): string => `${date ?? ''}\u0000${series ?? ''}`;
  const regions = new Map<string, Set<string>>();
  for (const o of observations) {
    if (o.region === undefined || o.point) continue;
    const key = group(o.date, o.series);
    let set = regions.get(key);
    if (!set) regions.set(key, (set = new Set()));
    set.add(o.region);
  }
  let covered = 0;
  const examples: string[] = [];
  for (const o of observations) {
    if (o.region === undefined || o.point) continue;
    const set = regions.get(group(o.date, o.series))!;
    if (set.size > 1 && containedIn(o.region, set)) {
      o.covered = true;
      covered++;
      if (examples.length < 3) examples.push(o.region);
    }
  }
  const kept = gaps.filter((g) => {
    const set = g.region === undefined ? undefined : regions.get(group(g.date, g.series));
    return !set || !containedIn(g.region!, set);
  });
  return { covered, examples, gaps: kept };
}
