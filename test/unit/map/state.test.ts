import { describe, expect, it } from 'vitest';
import { mapState, type MapStateOptions } from '../../../src/components/map/state.js';
import { PALETTES, pick } from '../../../src/components/map/colours.js';
import type { Observation } from '../../../src/data/pipeline.js';

const obs = (date: string, region: string, value: number): Observation => ({ date, region, value });
const CODES = new Set(['IQG03', 'IQG09', 'IQG15']);
const OPTIONS: MapStateOptions = { at: 'latest', points: false, scale: 'quantile', classes: undefined, thresholds: undefined, palette: undefined };
const ROWS = [obs('2024-04-30', 'IQG09', 233_162), obs('2024-04-30', 'IQG15', 229_120), obs('2024-04-30', 'IQG03', 636), obs('2023-12-31', 'IQG09', 1)];

describe('mapState', () => {
  it('takes the latest date, the figure of each area, and one class scale for fills and legend', () => {
    const s = mapState(ROWS, CODES, OPTIONS);
    expect(s.date).toBe('2024-04-30');
    expect([...s.values]).toEqual([
      ['IQG09', 233_162],
      ['IQG15', 229_120],
      ['IQG03', 636],
    ]);
    expect(s.classes.colours).toEqual(pick(PALETTES.blues!, s.classes.breaks.length + 1));
    // the same scale colours a figure as the legend says: the largest in the darkest class
    expect(s.classes.colourOf(233_162)).toBe(s.classes.colours.at(-1));
    expect(s.classes.colourOf(636)).toBe(s.classes.colours[0]);
    expect(s.classes.colourOf(undefined)).toBeUndefined();
    expect(s.warnings).toEqual([]);
  });

  it('reads the date asked for with at', () => {
    const s = mapState(ROWS, CODES, { ...OPTIONS, at: '2023' });
    expect(s.date).toBe('2023-12-31');
    expect([...s.values]).toEqual([['IQG09', 1]]);
  });

  it('returns what the options get wrong as warnings, and still draws', () => {
    const s = mapState(ROWS, CODES, { ...OPTIONS, scale: 'threshold', thresholds: '1000, x', classes: 12, classesText: '12', palette: 'tartan' });
    expect(s.warnings).toEqual([
      'thresholds: "x" is not a number; write breaks as 1000, 10000, 100000.',
      'classes="12" is not a whole number from 2 to 9; 9 classes are drawn.',
      'palette: tartan is not a palette name or a list of two or more allowed colours (#rgb, #rrggbb, rgb(r, g, b)); the default palette is used.',
    ]);
    expect(s.classes.breaks).toEqual([1000]);
    expect(s.classes.colourOf(636)).toBe(s.classes.colours[0]);
    expect(s.classes.colourOf(229_120)).toBe(s.classes.colours[1]);
  });

  it('names areas that have their own row and their parts\' rows at the date', () => {
    const s = mapState([obs('2024-04-30', 'IQG15', 1000), obs('2024-04-30', 'IQG15Q01', 600)], CODES, OPTIONS);
    expect(s.values.get('IQG15')).toBe(1000);
    expect(s.mixed).toEqual(['IQG15']);
    expect(s.warnings[0]).toMatch(/^rows for IQG15 and for their parts/);
  });

  it('keys points by their coordinates in points mode, with their names', () => {
    const points: Observation[] = [
      { date: '2024-04-30', value: 5, point: [43.13, 36.34], name: 'Site A' },
      { date: '2024-04-30', value: 7, point: [44.36, 33.31] },
    ];
    const s = mapState(points, CODES, { ...OPTIONS, points: true });
    expect([...s.values]).toEqual([
      ['43.13,36.34', 5],
      ['44.36,33.31', 7],
    ]);
    expect(s.points!.names.get('43.13,36.34')).toBe('Site A');
    expect(s.points!.at.get('44.36,33.31')).toEqual([44.36, 33.31]);
  });
});
