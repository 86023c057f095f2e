/**
 * <dtm-counter>: what an adversarial audit of the element found, each as the reader meets it.
 * Attribute values in other letter cases, a change told across a blank area, narrow cards, the
 * reason for an empty counter, dates in Arabic-Indic digits, several value fields, a direction
 * mark in the source, JSON told to be CSV, a corrected value, and `lang` set from script.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../src/components/counter/counter.define.js';
import type { DtmCounter } from '../../src/components/counter/counter.js';
import { cleanup, mount, part, plain, screenText, until } from './helpers/dom.js';

const figure = (el: Element): string => plain(screenText(part(el, 'figure')!));
const message = (el: Element): string => plain(screenText(part(el, 'message')!));
/** An error in one line: the same part on every widget (`error`). */
const error = (el: Element): string => plain(screenText(part(el, 'error')!));
const settle = async (el: DtmCounter, state: string): Promise<void> => {
  await until(() => el.getAttribute('state') === state, 10_000);
  await el.updateComplete;
};
const inline = (rows: unknown[]): string => `<script type="application/json">${JSON.stringify(rows)}</script>`;
const TWO_AREAS = inline([
  { date: '2024-03-31', region: 'IQG15', value: 100 },
  { date: '2024-03-31', region: 'IQG09', value: 30 },
  { date: '2024-04-30', region: 'IQG15', value: 120 },
  { date: '2024-04-30', region: 'IQG09', value: 40 },
]);

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('<dtm-counter> attributes as people type them', () => {
  it('reads aggregate, compare, notation, numerals and theme in any case, and warns of unknown values', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const el = await mount<DtmCounter>(`<dtm-counter aggregate="MAX" compare=" Previous" duration="0">${TWO_AREAS}</dtm-counter>`);
    await settle(el, 'ready');
    expect(figure(el)).toBe('120'); // the largest area, not the sum (160)
    expect(plain(screenText(part(el, 'change')!))).toContain('20');
    const big = await mount<DtmCounter>('<dtm-counter value="3100000" notation="COMPACT" numerals="ARAB" theme="DARK" duration="0"></dtm-counter>');
    expect(figure(big)).toMatch(/^[٠-٩٫]+\s?M$/);
    const light = await mount<DtmCounter>('<dtm-counter value="5" duration="0"></dtm-counter>');
    expect(getComputedStyle(part(big, 'figure')!).color).not.toBe(getComputedStyle(part(light, 'figure')!).color);
    const odd = await mount<DtmCounter>(`<dtm-counter aggregate="median" duration="0">${TWO_AREAS}</dtm-counter>`);
    await settle(odd, 'ready');
    expect(figure(odd)).toBe('160');
    expect(warn.mock.calls.some(([m]) => String(m).includes('aggregate="median" is not one of sum, max, min, mean, count; sum is used'))).toBe(true);
  });
});

describe('<dtm-counter> change across a blank', () => {
  it('tells no change when the previous date leaves out an area with no figure', async () => {
    const rows = [
      { date: '2024-03-31', region: 'IQG15', value: 100 },
      { date: '2024-03-31', region: 'IQG09', value: null },
      { date: '2024-04-30', region: 'IQG15', value: 120 },
      { date: '2024-04-30', region: 'IQG09', value: 40 },
    ];
    const el = await mount<DtmCounter>(`<dtm-counter compare="previous" duration="0">${inline(rows)}</dtm-counter>`);
    await settle(el, 'ready');
    expect(figure(el)).toBe('160');
    expect(part(el, 'change')).toBeNull(); // "up 60 from 100" would be the blank's doing
  });
});

describe('<dtm-counter> in a narrow card', () => {
  it('fits a seven-digit figure in 100 px and wraps a long label inside the card', async () => {
    const el = await mount<DtmCounter>(`<div style="width: 100px"><dtm-counter value="3417768" label="${'x'.repeat(400)}" duration="0"></dtm-counter></div>`);
    const box = el.getBoundingClientRect();
    expect(part(el, 'figure')!.getBoundingClientRect().width).toBeLessThanOrEqual(box.width + 0.5);
    expect(part(el, 'label')!.getBoundingClientRect().width).toBeLessThanOrEqual(box.width + 0.5);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
  });
});

describe('<dtm-counter> saying why there is no figure', () => {
  it('names the date or the selection that matched nothing, not "no figures published"', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const late = await mount<DtmCounter>(`<dtm-counter at="2030" duration="0">${TWO_AREAS}</dtm-counter>`);
    await settle(late, 'empty');
    expect(message(late)).toBe('No figures at 2030.');
    const nowhere = await mount<DtmCounter>(`<dtm-counter region="Basrah" duration="0">${TWO_AREAS}</dtm-counter>`);
    await settle(nowhere, 'empty');
    expect(message(nowhere)).toBe('No figures for this region or filter.');
    const arabic = await mount<DtmCounter>(`<dtm-counter lang="ar" at="2030" duration="0">${TWO_AREAS}</dtm-counter>`);
    await settle(arabic, 'empty');
    expect(message(arabic)).toMatch(/^لا توجد أرقام في/);
  });

  it('reads at and as-of in Arabic-Indic digits', async () => {
    const el = await mount<DtmCounter>(`<dtm-counter lang="ar-IQ" at="٢٠٢٤-٠٣" as-of="٢٠٢٤-٠٣-٣١" duration="0">${TWO_AREAS}</dtm-counter>`);
    await settle(el, 'ready');
    expect(figure(el)).toBe('١٣٠');
    expect(plain(screenText(part(el, 'as-of')!))).toBe('حتى ٣١ آذار ٢٠٢٤');
  });

  it('refuses JSON told to be CSV, with an error that says so', async () => {
    const el = await mount<DtmCounter>(`<dtm-counter format="csv" duration="0">${TWO_AREAS}</dtm-counter>`);
    await settle(el, 'error');
    expect(plain(screenText(part(el, 'error')!))).toContain('format="csv", but the data is JSON');
  });
});

describe('<dtm-counter> inline data that changes', () => {
  it('reads an edit of its inline data, and one made while it was out of the page', async () => {
    const el = await mount<DtmCounter>(`<div><dtm-counter duration="0">${inline([{ date: '2024-04-30', value: 5 }])}</dtm-counter></div>`);
    await settle(el, 'ready');
    expect(figure(el)).toBe('5');
    const script = el.querySelector('script')!;
    script.textContent = JSON.stringify([{ date: '2024-04-30', value: 777 }]);
    await until(() => figure(el) === '777', 5000);
    const box = el.parentElement!;
    el.remove();
    script.textContent = JSON.stringify([{ date: '2024-04-30', value: 888 }]);
    box.append(el);
    await until(() => figure(el) === '888', 5000);
  });

  it('shows the error of an edit that no longer reads, not the figure of the text that is gone', async () => {
    const el = await mount<DtmCounter>(`<dtm-counter duration="0">${inline([{ date: '2024-04-30', value: 5 }])}</dtm-counter>`);
    await settle(el, 'ready');
    el.querySelector('script')!.textContent = '[{"date": "2024-04-30", "value": 5';
    await settle(el, 'error');
    expect(part(el, 'figure')).toBeNull();
    expect(plain(screenText(part(el, 'error')!))).toMatch(/could not be read/);
  });
});

describe('<dtm-counter> one figure', () => {
  it('reads the first of several value fields, never their sum', async () => {
    const rows = [{ date: '2024-04-30', idps: 1000, returnees: 5000 }];
    const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    const el = await mount<DtmCounter>(`<dtm-counter value-field="idps, returnees" duration="0">${inline(rows)}</dtm-counter>`);
    await settle(el, 'ready');
    expect(figure(el)).toBe('1,000');
    expect(info.mock.calls.some(([m]) => String(m).includes('value-field "idps" is read; "returnees" not'))).toBe(true);
  });
});

describe('<dtm-counter> text around the figure', () => {
  it('keeps a direction mark in the source from turning the date around', async () => {
    const el = await mount<DtmCounter>('<dtm-counter value="5" source="\u202eIOM Iraq" as-of="2024-04-30" duration="0"></dtm-counter>');
    const asOf = part(el, 'as-of')!;
    expect(asOf.textContent).toBe('As of April 30, 2024');
    // the override is dropped, and the source sits in its own isolate all the same
    expect(el.shadowRoot!.querySelector('[part~="source"] bdi')!.textContent).toBe('IOM Iraq');
    expect(getComputedStyle(asOf).unicodeBidi).not.toBe('bidi-override');
  });

  it('quotes the value being corrected, not the one before it', async () => {
    const el = await mount<DtmCounter>('<dtm-counter value="abc" duration="0"></dtm-counter>');
    expect(error(el)).toContain('“abc”');
    el.setAttribute('value', 'xyz');
    await el.updateComplete;
    expect(error(el)).toContain('“xyz”');
  });

  it('says a value of digits past what a count can hold is too large, not "not a number"', async () => {
    const el = await mount<DtmCounter>('<dtm-counter value="99999999999999999999" duration="0"></dtm-counter>');
    expect(error(el)).toBe('This figure cannot be shown: “99999999999999999999” is too large to be a count. Check the value.');
  });

  it('speaks the language set from script in the very next update', async () => {
    const el = await mount<DtmCounter>('<dtm-counter lang="ckb" value="1234" duration="0"></dtm-counter>');
    expect(figure(el)).toBe('١٬٢٣٤');
    el.lang = 'en';
    await el.updateComplete;
    expect(figure(el)).toBe('1,234');
  });
});
