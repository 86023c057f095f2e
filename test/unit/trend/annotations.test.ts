import { afterEach, describe, expect, it, vi } from 'vitest';
import { annotationsWithin, readAnnotations } from '../../../src/components/trend/annotations.js';

afterEach(() => vi.restoreAllMocks());

describe('readAnnotations', () => {
  it('reads a list of dated events, at the first day of a month or year, with their spacing squeezed', () => {
    const list = readAnnotations('[{"date": "2016-10-17", "label": "Mosul  offensive"}, {"date": "2017-07", "label": "Mosul\\nretaken"}, {"date": "2014", "label": "ISIL"}]');
    expect(list).toEqual([
      { t: Date.UTC(2016, 9, 17), date: { year: 2016, month: 10, day: 17 }, label: 'Mosul offensive' },
      { t: Date.UTC(2017, 6, 1), date: { year: 2017, month: 7 }, label: 'Mosul retaken' },
      { t: Date.UTC(2014, 0, 1), date: { year: 2014 }, label: 'ISIL' },
    ]);
  });

  it('leaves out events without an ISO date or a text label, and says how many once', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const list = readAnnotations('[{"date": "17/10/2016", "label": "a"}, {"date": "2016-10-17", "label": 3}, null, "x", {"date": "2016-02-30", "label": "b"}, {"date": "2016-10-17", "label": "kept"}]');
    expect(list.map((a) => a.label)).toEqual(['kept']);
    expect(warn.mock.calls.map((c) => String(c[0]))).toEqual([expect.stringContaining('5 of the annotations have no ISO date')]);
  });

  it('ignores text that is not a JSON list, with a note naming the form to write', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(readAnnotations('{date: 2016}')).toEqual([]);
    expect(readAnnotations('{"date": "2016", "label": "one"}')).toEqual([]);
    expect(warn.mock.calls.map((c) => String(c[0]))).toEqual([
      expect.stringMatching(/annotations is not JSON: write \[\{"date"/),
      expect.stringMatching(/annotations is not a list: write/),
    ]);
  });

  it('reads nothing from blank text, and at most 50 events of at most 80 characters', () => {
    expect(readAnnotations(undefined)).toEqual([]);
    expect(readAnnotations('  ')).toEqual([]);
    const many = JSON.stringify(Array.from({ length: 60 }, (_, i) => ({ date: `20${String(10 + (i % 10))}`, label: 'x'.repeat(100) })));
    const list = readAnnotations(many);
    expect(list).toHaveLength(50);
    expect(list[0]!.label).toHaveLength(80);
  });
});

describe('annotationsWithin', () => {
  it('keeps the events between the first and last dates, both included', () => {
    const list = readAnnotations('[{"date": "2015", "label": "a"}, {"date": "2016", "label": "b"}, {"date": "2017", "label": "c"}, {"date": "2018", "label": "d"}]');
    expect(annotationsWithin(list, Date.UTC(2016, 0, 1), Date.UTC(2017, 0, 1)).map((a) => a.label)).toEqual(['b', 'c']);
  });
});
