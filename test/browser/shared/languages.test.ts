/**
 * Arabic and Sorani strings are chunks fetched only when a widget speaks them (issue #15): an
 * English page never downloads them, and an Arabic or Sorani widget waits for its strings, so
 * that its first render is already in its language (no English for a moment).
 */
import { afterEach, describe, expect, it } from 'vitest';
import '../../../src/components/counter/counter.define.js';
import '../../../src/components/trend/trend.define.js';
import type { LitElement } from 'lit';
import { cleanup, mount, plain } from '../helpers/dom.js';

afterEach(cleanup);

/** Which language chunks (source modules under Vitest) this page has fetched. */
const languageFiles = (): string[] =>
  performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((p) => /\/(i18n\/(ar|ckb)|messages\.(ar|ckb))\.ts$/.test(p));

/** Mounts `markup` and records the widget's shadow text after every change, from the first render on. */
async function record(markup: string, selector: string): Promise<{ el: LitElement; seen: string[] }> {
  const box = document.createElement('div');
  box.innerHTML = markup; // test fixture
  document.body.append(box);
  const el = box.querySelector(selector) as LitElement;
  const seen: string[] = [];
  const root = el.shadowRoot!; // attached on connection, before the first render
  const observer = new MutationObserver(() => seen.push(plain(root.textContent ?? '').replace(/\s+/g, ' ').trim()));
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 50));
  observer.disconnect();
  box.remove();
  return { el, seen };
}

describe('language chunks', () => {
  it('are not fetched by an English page', async () => {
    await mount('<dtm-counter value="120" previous="100" duration="0"></dtm-counter>');
    await mount('<dtm-trend lang="en"></dtm-trend>', 'dtm-trend');
    expect(languageFiles()).toEqual([]);
  });

  it('are fetched for a Sorani counter, whose first render is already in Sorani', async () => {
    const { seen } = await record('<dtm-counter lang="ckb" value="120" previous="100" duration="0"></dtm-counter>', 'dtm-counter');
    expect(seen.length).toBeGreaterThan(0);
    // the change line: "زیادبوون بە ٢٠ (٢٠٪) بەراورد بە ١٠٠", never "Up 20 (20%) from 100" first
    expect(seen[0]).toContain('زیادبوون');
    for (const text of seen) expect(text).not.toMatch(/\bUp\b|\bfrom\b/);
    expect(languageFiles().some((p) => p.endsWith('/i18n/ckb.ts'))).toBe(true);
    expect(languageFiles().some((p) => /\/(ar|messages\.ar)\.ts$/.test(p))).toBe(false);
  });

  it('are fetched for an Arabic chart, which never says anything in English first', async () => {
    const { seen } = await record('<dtm-trend lang="ar"></dtm-trend>', 'dtm-trend');
    expect(seen.length).toBeGreaterThan(0);
    // no data: the Arabic "needs data" text, from the first render
    expect(seen[0]).toContain('تحتاج هذه الأداة إلى بيانات');
    for (const text of seen) expect(text).not.toMatch(/needs data|Loading/);
    expect(languageFiles()).toEqual(expect.arrayContaining([expect.stringMatching(/\/i18n\/ar\.ts$/), expect.stringMatching(/\/trend\/messages\.ar\.ts$/)]));
  });

  it('follow a language switched on the page: Arabic text after the switch, English before', async () => {
    const el = await mount<LitElement>('<dtm-counter value="120" previous="100" duration="0"></dtm-counter>');
    expect(plain(el.shadowRoot!.textContent ?? '')).toMatch(/\bUp\b/);
    el.closest('div')!.setAttribute('lang', 'ar');
    await new Promise((r) => setTimeout(r, 0)); // the shared observer sees the change
    await el.updateComplete;
    expect(plain(el.shadowRoot!.textContent ?? '')).toContain('ارتفاع');
  });
});
