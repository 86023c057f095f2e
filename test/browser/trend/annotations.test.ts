/** <dtm-trend>'s annotations: a line and label at the very date, and annotations that are not JSON warned of once. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../../src/components/trend/trend.define.js';
import type { DtmTrend } from '../../../src/components/trend/trend.js';
import { cleanup, mount, until } from '../helpers/dom.js';
import { NATIONAL, lineXs, settle } from './helpers.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('<dtm-trend> marks, annotations and theme', () => {
  /** The national series' reporting months, ascending, as the line draws them. */
  async function nationalMonths(): Promise<string[]> {
    const file = (await (await fetch(NATIONAL)).json()) as { result: { yearReportingDate: number; monthReportingDate: number }[] };
    return [...new Set(file.result.map((r) => `${r.yearReportingDate}-${String(r.monthReportingDate).padStart(2, '0')}`))].sort();
  }

  it('draws an annotation line and its label at the annotation\'s date', async () => {
    const months = await nationalMonths();
    const el = await mount<DtmTrend>(
      `<div style="width: 800px"><dtm-trend src="${NATIONAL}" annotations='[{"date": "2017-07-10", "label": "Mosul retaken"}]'></dtm-trend></div>`,
      'dtm-trend',
    );
    await settle(el);
    const notes = [...el.shadowRoot!.querySelectorAll('g.annotation')];
    expect(notes).toHaveLength(1);
    const line = notes[0]!.querySelector('line')!;
    const label = notes[0]!.querySelector('text')!;
    expect(label.textContent).toBe('Mosul retaken');
    const x = Number(line.getAttribute('x1'));
    expect(Number(line.getAttribute('x2'))).toBe(x);
    expect(Number(label.getAttribute('x'))).toBe(x);
    // 10 July 2017 lies 9 of July's 31 days past the July 2017 point, toward August's
    const xs = lineXs(el);
    const july = months.indexOf('2017-07');
    expect(months[july + 1]).toBe('2017-08');
    const expected = xs[july]! + ((xs[july + 1]! - xs[july]!) * 9) / 31;
    expect(Math.abs(x - expected)).toBeLessThan(0.3);
    // a vertical line over the whole plot, its label painted above it
    const grid = el.shadowRoot!.querySelectorAll('.grid line');
    const ys = [...grid].map((g) => Number(g.getAttribute('y1')));
    expect(Number(line.getAttribute('y2'))).toBeCloseTo(Math.max(...ys), 5);
    expect(Number(label.getAttribute('y'))).toBeLessThan(Number(line.getAttribute('y1')));
    expect(label.getBoundingClientRect().width).toBeGreaterThan(10);
  });

  it('warns once about annotations that are not JSON, and draws none', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const box = await mount<HTMLDivElement>(
      `<div style="width: 800px"><dtm-trend src="${NATIONAL}" annotations="[{date: 2017-07-10, label: Mosul retaken}]"></dtm-trend></div>`,
      'div',
    );
    const el = box.querySelector('dtm-trend')!;
    await settle(el);
    expect(el.shadowRoot!.querySelectorAll('g.annotation')).toHaveLength(0);
    // laid out again at another width: still none, and no second warning
    const viewBox = el.shadowRoot!.querySelector('svg')!.getAttribute('viewBox');
    box.style.width = '500px';
    await until(() => el.shadowRoot!.querySelector('svg')!.getAttribute('viewBox') !== viewBox);
    expect(el.shadowRoot!.querySelectorAll('g.annotation')).toHaveLength(0);
    const notes = warn.mock.calls.filter((c) => String(c[0]).includes('annotations is not JSON'));
    expect(notes).toHaveLength(1);
    expect(String(notes[0]![0])).toMatch(/^\[dtm-trend\] /);
    // the chart itself is drawn
    expect(lineXs(el)).toHaveLength(80);
  });
});
