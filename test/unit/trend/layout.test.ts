import { describe, expect, it } from 'vitest';
import { layoutTrend, type TrendSeries } from '../../../src/components/trend/layout.js';
import { nearestDate } from '../../../src/components/trend/lookup.js';
import { unionOfTimes } from '../../../src/components/trend/stack.js';
import { dateKeyTime } from '../../../src/components/trend/scales.js';
import { seriesFromPoints } from './series-points.js';
import { resolveLocale } from '../../../src/i18n/locale.js';

const en = resolveLocale('en');
const arIQ = resolveLocale('ar-IQ');
const pts = (d: string): number => (d.match(/[ML]/g) ?? []).length;
const series = (key: string, values: [string, number | undefined][]): TrendSeries =>
  seriesFromPoints(
    key,
    key,
    values.map(([date, value]) => ({ t: dateKeyTime(date), value, key: date })),
  );

const NATIONAL = series('idps', [
  ['2014-04', 443_124],
  ['2016-03', 3_417_768],
  ['2017-12', 2_615_988],
  ['2024-04', 1_098_913],
]);

describe('layoutTrend', () => {
  it('places the peak and the latest value, inside the plot, with no NaN', () => {
    const l = layoutTrend([NATIONAL], { width: 800, height: 450, loc: en, kind: 'line' });
    expect(l.marks.map((m) => [m.kind, m.label])).toEqual([
      ['peak', '3,417,768'],
      ['latest', '1,098,913'],
    ]);
    const peak = l.marks[0]!;
    expect(peak.x).toBeCloseTo(l.x(dateKeyTime('2016-03')), 0);
    expect(peak.y).toBeCloseTo(l.y(3_417_768), 0);
    expect(l.marks[1]!.anchor).toBe('end'); // at the right edge: the label stays inside
    expect(JSON.stringify(l.lines) + JSON.stringify(l.xTicks) + JSON.stringify(l.yTicks)).not.toMatch(/NaN|null/);
    expect(l.yTicks[l.yTicks.length - 1]!.label).toBe('3.5M');
    expect(l.xTicks.map((t) => t.label)).toEqual(['2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024']);
  });

  it('mirrors for right-to-left: value axis on the right, time from right to left, Arabic labels', () => {
    const l = layoutTrend([NATIONAL], { width: 800, height: 450, loc: arIQ, kind: 'line', reverseTime: true, axisRight: true });
    expect(l.x(dateKeyTime('2014-04'))).toBeGreaterThan(l.x(dateKeyTime('2024-04')));
    expect(l.plot.right).toBeLessThan(800 - 40); // room for the axis on the right
    expect(l.plot.left).toBeLessThan(20);
    expect(l.yTicks.map((t) => t.label.replace(/\u00a0/g, ' '))).toContain('٣ مليون');
    expect(l.xTicks[0]!.label).toMatch(/^[٠-٩]{4}$/);
  });

  it('ticks ten years every two years, not every five, when they fit (2014-04 to 2024-04)', () => {
    for (const [loc, width] of [[en, 560], [arIQ, 400]] as const) {
      const l = layoutTrend([NATIONAL], { width, height: 250, loc, kind: 'line', reverseTime: loc === arIQ, axisRight: loc === arIQ });
      expect(l.xTicks.length, loc.tag).toBeGreaterThanOrEqual(4);
    }
  });

  it('thins time ticks until long labels fit side by side (Sorani months)', () => {
    // July 2022 to April 2024: quarterly ticks would put "کانوونی دووەم ٢٠٢٣" against "تشرینی یەکەم"
    const keys: string[] = [];
    for (let y = 2022; y <= 2024; y++) for (let m = 1; m <= 12; m++) if (!(y === 2022 && m < 7) && !(y === 2024 && m > 4)) keys.push(`${y}-${String(m).padStart(2, '0')}`);
    const monthly = series('a', keys.map((k, i): [string, number] => [k, 100 + i]));
    for (const kind of ['bar', 'line'] as const) {
      const l = layoutTrend([monthly], { width: 800, height: 300, loc: resolveLocale('ckb'), kind });
      expect(l.xTicks.length).toBeGreaterThan(1);
      // room between neighbours, at 7 px a character: at least 20 px of air
      for (let i = 1; i < l.xTicks.length; i++) {
        const [a, b] = [l.xTicks[i - 1]!, l.xTicks[i]!];
        expect(Math.abs(b.at - a.at) - ((a.label.length + b.label.length) / 2) * 7).toBeGreaterThanOrEqual(20);
      }
    }
  });

  it('puts annotation labels that would overlap on rows of their own, inside the widget', () => {
    const events = [
      { t: dateKeyTime('2014-06-10'), label: 'Mosul falls' },
      { t: dateKeyTime('2016-10-17'), label: 'Mosul offensive' },
      { t: dateKeyTime('2017-07-10'), label: 'Mosul retaken' },
    ];
    const l = layoutTrend([NATIONAL], { width: 600, height: 340, loc: en, kind: 'line', annotations: events });
    const [falls, offensive, retaken] = l.annotations;
    expect(offensive!.row).not.toBe(retaken!.row); // 9 months apart: the labels would collide
    expect(falls!.anchor).toBe('start'); // at the left edge: runs inward, not over the value axis
    expect(l.plot.top).toBe(16 + 14); // one more row of labels above the plot
    // labels on one row never overlap, wherever their anchor puts them
    const many = [...events, { t: dateKeyTime('2015-09-01'), label: 'B' }, { t: dateKeyTime('2024-01-01'), label: 'Latest round publish' }, { t: dateKeyTime('2023-06-01'), label: 'X' }];
    const placed = layoutTrend([NATIONAL], { width: 600, height: 340, loc: en, kind: 'line', annotations: many }).annotations;
    const span = (a: (typeof placed)[number]): [number, number] => {
      const w = a.label.length * 7;
      const x0 = a.anchor === 'start' ? a.x : a.anchor === 'end' ? a.x - w : a.x - w / 2;
      return [x0, x0 + w];
    };
    for (const a of placed) for (const b of placed) if (a !== b && a.row === b.row) expect(span(a)[1] <= span(b)[0] || span(b)[1] <= span(a)[0], `${a.label} / ${b.label}`).toBe(true);
    // a tiny chart keeps its plot the right way up
    const tiny = layoutTrend([NATIONAL], { width: 600, height: 60, loc: en, kind: 'line', annotations: many });
    expect(tiny.plot.top).toBeLessThan(tiny.plot.bottom);
    // and its labels stay inside the widget: one row only, the rest unlabelled
    expect(Math.max(...tiny.annotations.map((a) => a.row))).toBe(0);
    expect(tiny.annotations.some((a) => a.label === '')).toBe(true);
    const alone = layoutTrend([NATIONAL], { width: 600, height: 340, loc: en, kind: 'line', annotations: [events[1]!] });
    expect(alone.annotations[0]!.row).toBe(0);
    expect(alone.plot.top).toBe(16);
  });

  it('leaves out mark labels that would sit on each other, never the marks', () => {
    const many = Array.from({ length: 18 }, (_, k) => series(`g${k}`, [['2024-01', 1000 + k * 10], ['2024-02', 2000 + k * 10], ['2024-03', 1500 + k * 10]]));
    const l = layoutTrend(many, { width: 600, height: 300, loc: en, kind: 'line' });
    expect(l.marks).toHaveLength(36);
    const shown = l.marks.filter((m) => m.label);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(8);
    // the highest mark keeps its label
    expect(shown.map((m) => m.label)).toContain('2,170');
    // two series far apart keep all four labels
    const two = layoutTrend([NATIONAL, series('r', [['2014-04', 5_000], ['2016-03', 40_000], ['2024-04', 4_800_000]])], { width: 800, height: 450, loc: en, kind: 'line' });
    expect(two.marks.every((m) => m.label)).toBe(true);
  });

  it('breaks the line at a gap and never draws it as zero', () => {
    const s = series('a', [
      ['2024-01-31', 10],
      ['2024-02-29', 12],
      ['2024-03-31', undefined],
      ['2024-04-30', 15],
    ]);
    const l = layoutTrend([s], { width: 400, height: 200, loc: en, kind: 'area' });
    expect(l.lines[0]!.d.match(/M/g)).toHaveLength(2);
    expect(l.lines[0]!.area!.match(/Z/g)).toHaveLength(2);
    expect(l.lines[0]!.d).not.toContain(`,${l.y(0)}`);
  });

  it('draws a figure with a gap on each side as a dot, not as nothing', () => {
    const s = series('a', [
      ['2024-01-31', 10],
      ['2024-02-29', undefined],
      ['2024-03-31', 12],
      ['2024-04-30', undefined],
      ['2024-05-31', 15],
      ['2024-06-30', 16],
    ]);
    const l = layoutTrend([s], { width: 400, height: 200, loc: en, kind: 'line' });
    // three runs: two lone figures (a zero-length segment each, drawn by the round cap) and a line
    expect(l.lines[0]!.d.split('M').slice(1).map((run) => run.includes('h0') || run.includes('L'))).toEqual([true, true, true]);
    expect(l.lines[0]!.d.match(/h0/g)).toHaveLength(2);
    const one = layoutTrend([series('b', [['2024-04-30', 7]])], { width: 400, height: 200, loc: en, kind: 'line' });
    expect(one.lines[0]!.d).toMatch(/^M[\d.]+,[\d.]+h0$/);
  });

  it('marks the peak alone when only the peak is asked for, even when it is the latest figure', () => {
    const rising = series('a', [['2024-01', 1], ['2024-02', 2], ['2024-03', 3]]);
    const peakOnly = layoutTrend([rising], { width: 400, height: 200, loc: en, kind: 'line', marks: { peak: true, latest: false } });
    expect(peakOnly.marks.map((m) => [m.kind, m.label])).toEqual([['peak', '3']]);
    const both = layoutTrend([rising], { width: 400, height: 200, loc: en, kind: 'line', marks: { peak: true, latest: true } });
    expect(both.marks.map((m) => [m.kind, m.label])).toEqual([['latest', '3']]);
  });

  it('stacks layers on the shared dates: a layer missing under another makes a gap, not a drop', () => {
    const a = series('a', [['2024-01', 10], ['2024-02', undefined], ['2024-03', 30]]);
    const b = series('b', [['2024-01', 5], ['2024-02', 6], ['2024-03', 7]]);
    const l = layoutTrend([a, b], { width: 400, height: 200, loc: en, kind: 'stacked-area' });
    // b's line is in two runs (a lone dot at each end): February has no known total
    expect(l.lines[1]!.d.match(/M/g)).toHaveLength(2);
    expect(l.lines[1]!.d).not.toContain(`,${l.y(6)}`); // never b's own 6 standing on a zero
    expect(l.marks.map((m) => m.label)).toEqual(['37']);
  });

  it('keeps a lower layer drawn under a missing upper one inside the chart', () => {
    const a = series('a', [['2024-01', 100], ['2024-02', 1000]]);
    const b = series('b', [['2024-01', 100], ['2024-02', undefined]]);
    const l = layoutTrend([a, b], { width: 400, height: 200, loc: en, kind: 'stacked-area' });
    expect(l.y.domain[1]).toBeGreaterThanOrEqual(1000);
    expect(l.lines[0]!.d).not.toMatch(/,-/);
  });

  it('decimates stacked layers together, so each stays on the one below', () => {
    const start = Date.UTC(2020, 0, 1);
    const layer = (key: string, f: (i: number) => number): TrendSeries =>
      seriesFromPoints(
        key,
        key,
        Array.from({ length: 5_000 }, (_, i) => ({ t: start + i * 3_600_000, value: f(i) })),
      );
    const l = layoutTrend([layer('a', (i) => 100 + (i % 13)), layer('b', (i) => 50 + (i % 7))], { width: 400, height: 200, loc: en, kind: 'stacked-area' });
    expect(l.decimated).toBe(true);
    const xs = (d: string): string[] => [...d.matchAll(/[ML](-?[\d.]+),/g)].map((m) => m[1]!);
    expect(xs(l.lines[1]!.d)).toEqual(xs(l.lines[0]!.d));
    // b's area closes along a's line: its lower edge is a's tops, backwards
    const edge = (d: string): string[] => [...d.matchAll(/[ML](-?[\d.]+,-?[\d.]+)/g)].map((m) => m[1]!);
    const aTops = edge(l.lines[0]!.d);
    expect(edge(l.lines[1]!.area!).slice(aTops.length)).toEqual([...aTops].reverse());
  });

  it('stacks areas and marks the total', () => {
    const a = series('a', [['2024-01', 10], ['2024-02', 20]]);
    const b = series('b', [['2024-01', 5], ['2024-02', 5]]);
    const l = layoutTrend([a, b], { width: 400, height: 200, loc: en, kind: 'stacked-area' });
    expect(l.marks.map((m) => m.label)).toEqual(['25']); // the latest total is also the peak
    expect(l.yTicks[l.yTicks.length - 1]!.label).toBe('30'); // nice ticks of 10 above the total of 25
  });

  it('draws at most one bar per pixel column for long series, keeping a one-hour surge', () => {
    const start = Date.UTC(2020, 0, 1);
    const hourly: TrendSeries = seriesFromPoints(
      'a',
      'a',
      Array.from({ length: 20_000 }, (_, i) => ({ t: start + i * 3_600_000, value: i === 12_345 ? 9_000 : 100 + (i % 7) })),
    );
    const l = layoutTrend([hourly], { width: 800, height: 400, loc: en, kind: 'bar' });
    const columns = l.plot.right - l.plot.left;
    expect(l.decimated).toBe(true);
    expect(l.bars.length).toBeLessThanOrEqual(columns + 2);
    expect(l.bars.length).toBeGreaterThan(columns * 0.9);
    const tallest = Math.min(...l.bars.map((b) => b.y));
    expect(tallest).toBeCloseTo(l.y(9_000), 0);
    expect(l.bars.filter((b) => b.y === tallest)).toHaveLength(1);
  });

  it('draws one bar per series and reporting date, side by side', () => {
    const a = series('a', [['2024-01', 10], ['2024-02', 20]]);
    const b = series('b', [['2024-01', 5], ['2024-02', 5]]);
    const l = layoutTrend([a, b], { width: 400, height: 200, loc: en, kind: 'bar' });
    expect(l.bars).toHaveLength(4);
    const jan = l.bars.filter((r) => Math.abs(r.x + r.w - l.x(dateKeyTime('2024-01'))) < r.w * 1.01 || Math.abs(r.x - l.x(dateKeyTime('2024-01'))) < 0.2);
    expect(jan).toHaveLength(2);
    for (const r of l.bars) expect(r.y + r.h).toBeCloseTo(l.plot.bottom, 0);
  });

  it('leaves hidden series out, and their values out of the scale', () => {
    const small = series('small', [['2024-01', 10], ['2024-02', 20]]);
    const big = series('big', [['2024-01', 1000], ['2024-02', 2000]]);
    const l = layoutTrend([small, big], { width: 400, height: 200, loc: en, kind: 'line', hidden: new Set(['big']) });
    expect(l.lines.map((x) => x.key)).toEqual(['small']);
    expect(l.yTicks[l.yTicks.length - 1]!.label).toBe('20');
  });

  it('decimates 3 series of 100,000 points to a few per pixel column, keeping a spike', () => {
    const n = 100_000;
    const start = Date.UTC(2000, 0, 1);
    const make = (k: number): TrendSeries =>
      seriesFromPoints(
        `s${k}`,
        `s${k}`,
        Array.from({ length: n }, (_, i) => ({ t: start + i * 3_600_000, value: i === 77_777 && k === 1 ? 1e6 : 1000 + ((i * (k + 3)) % 97) })),
      );
    const l = layoutTrend([make(0), make(1), make(2)], { width: 800, height: 400, loc: en, kind: 'line' });
    expect(l.decimated).toBe(true);
    for (const line of l.lines) expect(pts(line.d)).toBeLessThanOrEqual(4 * 800);
    expect(l.marks.find((m) => m.key === 's1' && m.kind === 'peak')!.label).toBe('1,000,000');
    expect(l.yTicks[l.yTicks.length - 1]!.label).toBe('1M');
  });

  it('keeps the gaps of a decimated line and area as breaks, in both time directions', () => {
    const start = Date.UTC(2020, 0, 1);
    // 6,000 hourly figures with two blank stretches: more points than pixel columns
    const gappy: TrendSeries = seriesFromPoints(
      'a',
      'a',
      Array.from({ length: 6_000 }, (_, i) => ({ t: start + i * 3_600_000, value: (i >= 2_000 && i < 2_100) || i === 4_000 ? undefined : 500 + (i % 11) })),
    );
    for (const reverseTime of [false, true]) {
      const l = layoutTrend([gappy], { width: 600, height: 300, loc: en, kind: 'area', reverseTime });
      expect(l.decimated).toBe(true);
      const { d, area } = l.lines[0]!;
      expect(`${d} ${area}`).not.toMatch(/NaN|undefined/);
      // three runs of figures: three polylines and three closed areas
      expect(d.match(/M/g)).toHaveLength(3);
      expect(area!.match(/Z/g)).toHaveLength(3);
      // time runs the other way: the first point drawn is at the right edge
      const firstX = Number(/^M(-?[\d.]+),/.exec(d)![1]);
      expect(Math.abs(firstX - (reverseTime ? l.plot.right : l.plot.left))).toBeLessThan(1);
    }
  });

  it('labels time no finer than the dates published, down to the hour', () => {
    const labels = (s: TrendSeries): string[] => layoutTrend([s], { width: 800, height: 400, loc: en, kind: 'line' }).xTicks.map((t) => t.label);
    expect(labels(series('a', [['2024-04', 5]]))).toEqual(['Apr 2024']);
    expect(labels(series('a', [['2024', 5]]))).toEqual(['2024']);
    // two months: month ticks, never weeks of January
    expect(labels(series('a', [['2024-01', 5], ['2024-02', 6]]))).toEqual(['Jan 2024', 'Feb']);
    // three readings in one day: the hours, the day at the first
    const hours = labels(series('a', [['2024-04-30T06:00', 5], ['2024-04-30T12:00', 6], ['2024-04-30T18:00', 7]]));
    expect(hours[0]).toBe('Apr 30 06:00');
    expect(hours).toContain('12:00');
    expect(hours).toContain('18:00');
    expect(hours.length).toBeGreaterThan(2);
  });

  it('keeps annotations inside the date range only', () => {
    const l = layoutTrend([NATIONAL], {
      width: 800,
      height: 450,
      loc: en,
      kind: 'line',
      annotations: [
        { t: dateKeyTime('2017-07-10'), label: 'Mosul retaken' },
        { t: dateKeyTime('2030-01-01'), label: 'future' },
      ],
    });
    expect(l.annotations.map((a) => a.label)).toEqual(['Mosul retaken']);
  });

  it('lays out an empty chart without NaN', () => {
    const l = layoutTrend([], { width: 0, height: 0, loc: en, kind: 'line' });
    expect(JSON.stringify(l.yTicks)).not.toMatch(/NaN|null/);
    expect(l.lines).toEqual([]);
    expect(nearestDate(l, 10)).toBe(-1);
  });

  it('finds the reporting date nearest to the pointer', () => {
    const l = layoutTrend([NATIONAL], { width: 800, height: 450, loc: en, kind: 'line' });
    expect(nearestDate(l, l.x(dateKeyTime('2016-02')))).toBe(1);
    expect(nearestDate(l, 10_000)).toBe(3);
  });
});

describe('unionOfTimes', () => {
  const pts = (...ts: number[]): TrendSeries => seriesFromPoints('s', 's', ts.map((t) => ({ t, value: 1 })));
  it('is the shared dates when every series has the same ones', () => {
    expect(unionOfTimes([pts(1, 2, 3), pts(1, 2, 3)])).toEqual([1, 2, 3]);
  });
  it('merges different dates into one ascending list without repeats', () => {
    expect(unionOfTimes([pts(1, 4, 9), pts(2, 4, 10), pts(0, 9)])).toEqual([0, 1, 2, 4, 9, 10]);
  });
  it('counts a time once when keys of different precision share it', () => {
    expect(unionOfTimes([pts(5, 5, 7)])).toEqual([5, 7]);
    expect(unionOfTimes([])).toEqual([]);
  });
});

describe('nearestDate', () => {
  it('finds the nearest date whether time runs left to right or right to left', () => {
    const dateX = [10, 20, 40, 80];
    expect([0, 14, 16, 29, 31, 79, 500].map((px) => nearestDate({ dateX }, px))).toEqual([0, 0, 1, 1, 2, 3, 3]);
    const reversed = [80, 40, 20, 10];
    expect([500, 61, 59, 31, 29, 0].map((px) => nearestDate({ dateX: reversed }, px))).toEqual([0, 0, 1, 1, 2, 3]);
    expect(nearestDate({ dateX: [5] }, 100)).toBe(0);
  });
});
