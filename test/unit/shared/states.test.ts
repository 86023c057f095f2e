import { html, nothing, type TemplateResult } from 'lit';
import { beforeAll, describe, expect, it } from 'vitest';
import { emptyBody, errorBody, errorMessage, infoMessage, isDrawable, loadingBody, needsDataBody } from '../../../src/components/shared/states.js';
import { loadLanguage } from '../../../src/i18n/catalog.js';

/** The markup a template writes, its values in place (text values only: what these bodies hold). */
function markup(value: unknown): string {
  if (value === nothing || value === undefined) return '';
  const t = value as TemplateResult;
  if (!t || !Array.isArray(t.strings)) return String(value);
  return t.strings.reduce((out, s, i) => out + s + (i < t.values.length ? markup(t.values[i]) : ''), '');
}
const parts = (value: unknown): string[] => [...markup(value).matchAll(/part="([^"]+)"/g)].map((m) => m[1]!);

// Arabic and Sorani strings are fetched on demand, as a widget on the page does before it renders
beforeAll(() => Promise.all([loadLanguage('ar'), loadLanguage('ckb')]));

describe('state bodies', () => {
  it('mark an error part="error" and an informational message part="message", on every widget', () => {
    expect(parts(errorMessage('x'))).toEqual(['error']);
    expect(parts(errorBody(undefined, 'The widget failed to download.'))).toEqual(['error']);
    expect(markup(errorBody(undefined, 'The widget failed to download.'))).toContain('The widget failed to download.');
    expect(parts(infoMessage('x'))).toEqual(['message']);
    expect(parts(emptyBody('No figures yet.'))).toEqual(['message']);
    expect(parts(needsDataBody('ar'))).toEqual(['message']);
    expect(markup(needsDataBody('ar'))).toContain('src');
  });

  it('show the data chunk error card when there is one, in the frame', () => {
    const card = html`<div class="error-card" part="error">Not found</div>`;
    expect(markup(errorBody(card, 'fallback'))).toBe('<div class="frame"><div class="error-card" part="error">Not found</div></div>');
    expect(markup(errorBody(nothing, 'fallback'))).toContain('fallback');
  });

  it('say "loading" to screen readers under the skeleton, in the widget language', () => {
    const text = markup(loadingBody('ckb'));
    expect(text).toContain('class="skeleton"');
    expect(text).toContain('class="sr-only">ژمارەکان بار دەکرێن…</span>');
  });

  it('draw the picture only for ready and stale data', () => {
    expect(['ready', 'stale', 'loading', 'empty', 'error'].map((s) => isDrawable(s as never))).toEqual([true, true, false, false, false]);
  });
});
