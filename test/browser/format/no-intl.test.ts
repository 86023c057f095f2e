/**
 * An English page's widgets draw their first picture without starting ICU: no Intl formatter is
 * made for the counter, the trend, the map or their text summaries (format/english.ts writes
 * them). Arabic still goes through Intl, which the last test checks the counting sees.
 */
import { afterEach, describe, expect, it } from 'vitest';
import '../../../src/components/counter/counter.define.js';
import '../../../src/components/trend/trend.define.js';
import '../../../src/components/map/map.define.js';
import { cleanup, mount, until } from '../helpers/dom.js';

const GOVERNORATES = '/data/samples/iraq-idps-governorates.dtm.json';
const NATIONAL = '/data/samples/iraq-idps-national.dtm.json';

/** Counts the Intl formatters made while `run` runs (constructed with or without `new`). */
async function formattersMadeBy(run: () => Promise<void>): Promise<string[]> {
  const made: string[] = [];
  const originals = { NumberFormat: Intl.NumberFormat, DateTimeFormat: Intl.DateTimeFormat, PluralRules: Intl.PluralRules, Collator: Intl.Collator };
  for (const [name, Original] of Object.entries(originals)) {
    const counted = new Proxy(Original, {
      construct: (target, args) => (made.push(`${name}(${String(args[0])})`), Reflect.construct(target, args)),
      apply: (target, self, args) => (made.push(`${name}(${String(args[0])})`), Reflect.apply(target, self, args)),
    });
    Object.defineProperty(Intl, name, { value: counted, configurable: true, writable: true });
  }
  try {
    await run();
  } finally {
    for (const [name, Original] of Object.entries(originals)) Object.defineProperty(Intl, name, { value: Original, configurable: true, writable: true });
  }
  return made;
}

const drawn = (el: Element): Promise<void> => until(() => el.getAttribute('state') === 'ready', 10_000);

describe('English widgets without Intl', () => {
  afterEach(cleanup);

  it('draws a counter, a trend and a map in English without making a formatter', async () => {
    const made = await formattersMadeBy(async () => {
      const box = await mount(
        `<div lang="en-GB" style="width: 700px">
          <dtm-counter src="${NATIONAL}" label="IDPs" show-change></dtm-counter>
          <dtm-trend src="${GOVERNORATES}" series="governorate" label="IDPs"></dtm-trend>
          <dtm-map src="${GOVERNORATES}" label="IDPs"></dtm-map>
        </div>`,
        'div',
      );
      for (const el of box.querySelectorAll('dtm-counter, dtm-trend, dtm-map')) await drawn(el);
      // the warm-up task that made the first formatters before the data came in
      await new Promise((r) => setTimeout(r, 50));
    });
    expect(made).toEqual([]);
  });

  it('still makes Intl formatters for Arabic (the counting sees them)', async () => {
    const made = await formattersMadeBy(async () => {
      const el = await mount(`<dtm-counter lang="ar-IQ" value="1234567" label="نازحون"></dtm-counter>`);
      await drawn(el);
    });
    expect(made.some((m) => m.startsWith('NumberFormat(ar-IQ'))).toBe(true);
  });
});
