/**
 * One public vocabulary for the three widgets: the same state uses the same part, and
 * `::part(source)` is the same element (the "Source: …" credit) everywhere, so a page can style
 * them once for all widgets.
 */
import { afterEach, describe, expect, it } from 'vitest';
import '../../../src/define.js';
import { cleanup, mount, part, screenText, until } from '../helpers/dom.js';

afterEach(cleanup);

const ready = async (el: Element, state: string): Promise<void> => {
  await until(() => el.getAttribute('state') === state, 10_000);
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
};
const DATA = '<script type="application/json">[{"date": "2024-04-30", "region": "IQG09", "value": 233162}]</script>';

describe('parts shared by <dtm-counter>, <dtm-trend> and <dtm-map>', () => {
  it.each(['dtm-counter', 'dtm-trend', 'dtm-map'])('%s: ::part(source) is the source credit alone', async (tag) => {
    const el = await mount(`<${tag} source="IOM DTM Iraq" source-url="https://dtm.iom.int/iraq">${DATA}</${tag}>`, tag);
    await ready(el, 'ready');
    const credit = part(el, 'source')!;
    expect(screenText(credit)).toBe('Source: IOM DTM Iraq');
    expect(credit.querySelector('[part="link"]')!.getAttribute('href')).toBe('https://dtm.iom.int/iraq');
  });

  it.each(['dtm-counter', 'dtm-trend', 'dtm-map'])('%s: an error is ::part(error), never ::part(message)', async (tag) => {
    const el = await mount(`<${tag} format="csv">${DATA}</${tag}>`, tag);
    await ready(el, 'error');
    expect(screenText(part(el, 'error')!)).toContain('format="csv"');
    expect(part(el, 'message')).toBeNull();
  });

  it.each(['dtm-trend', 'dtm-map'])('%s: "no data set" is ::part(message), not an error part', async (tag) => {
    const el = await mount(`<${tag}></${tag}>`, tag);
    await ready(el, 'error');
    expect(screenText(part(el, 'message')!)).toMatch(/src/);
    expect(part(el, 'error')).toBeNull();
  });

  it.each(['dtm-counter', 'dtm-trend', 'dtm-map'])('%s: starts in the loading state', async (tag) => {
    const el = document.createElement(tag) as HTMLElement & { state: string };
    expect(el.state).toBe('loading');
  });
});
