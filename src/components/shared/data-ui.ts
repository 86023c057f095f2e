/**
 * What the data chunk shows (its UI, loaded with it): the error card with its "Try again" button,
 * the "Not up to date" mark and the "N rows not shown" notice with the reasons, and their styles,
 * adopted into a widget's shadow root when the chunk arrives. Imported only by data-view.ts, the
 * chunk's entry: a widget reaches these through `DataHostController.view`, never statically.
 */
import { css, html, nothing, type CSSResult, type TemplateResult } from 'lit';
import { formatDate } from '../../format/date.js';
import { formatNumber } from '../../format/number.js';
import type { ResolvedLocale } from '../../i18n/locale.js';
import { dataMessages } from '../../i18n/data-messages.js';
import type { ReasonCode } from '../../data/pipeline.js';
import type { DataSource } from '../../data/source.js';

export const dataStyles: CSSResult = css`
  .error-card {
    margin: 0;
    padding: 0.75rem 1rem;
    border: 1px solid var(--_error);
    border-radius: var(--_radius);
    color: var(--_text);
  }
  .error-card p {
    margin: 0 0 0.5rem;
  }
  .retry {
    font: inherit;
    font-size: 0.875rem;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: 0.25rem;
    background: var(--_background);
    color: var(--_link);
    cursor: pointer;
  }
  .retry:focus-visible,
  details summary:focus-visible {
    outline: 2px solid var(--_link);
    outline-offset: 2px;
  }
  .stale {
    display: inline-block;
    margin-block-start: 0.375rem;
    padding: 0 0.375rem;
    border-radius: 0.25rem;
    font-size: 0.75rem;
    color: var(--_text);
    background: color-mix(in srgb, var(--_down) 18%, transparent);
  }
  .rejected {
    margin-block-start: 0.375rem;
    font-size: 0.75rem;
    color: var(--_muted);
  }
  .rejected summary {
    cursor: pointer;
  }
  .rejected ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
  }
`;

/** Adds the data styles to a shadow root once (constructable stylesheets: fine under a strict CSP). */
export function adoptDataStyles(root: ShadowRoot | null): void {
  const sheet = dataStyles.styleSheet;
  if (root && sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/** An error card: what went wrong, and a "Try again" button that calls `retry`. */
export function faultCard(text: string, retryLabel: string, retry: () => void): TemplateResult {
  return html`<div class="error-card" part="error">
    <p>${text}</p>
    <button class="retry" part="retry" type="button" @click=${retry}>${retryLabel}</button>
  </div>`;
}

/** The data's error card: the source's error in the widget's language, and "Try again". */
export function errorCard(source: DataSource, loc: ResolvedLocale): TemplateResult {
  const t = dataMessages(loc.lang);
  return faultCard(source.error ? t.error(source.error) : t.empty, t.retry, () => source.retry());
}

/** Local time of the last good update: today as 14:32, earlier days with the date (our own for Sorani). */
function when(ms: number, loc: ResolvedLocale): string {
  const at = new Date(ms);
  const time = new Intl.DateTimeFormat(loc.intl, { numberingSystem: loc.numerals, timeStyle: 'short' }).format(ms);
  if (at.toDateString() === new Date().toDateString()) return time;
  const date = formatDate(loc, { year: at.getFullYear(), month: at.getMonth() + 1, day: at.getDate() });
  return `${date} ${time}`;
}

export function staleMark(source: DataSource, loc: ResolvedLocale): TemplateResult | typeof nothing {
  if (source.state !== 'stale' || source.lastSuccess === undefined) return nothing;
  return html`<p class="stale" part="stale" role="status">${dataMessages(loc.lang).stale(when(source.lastSuccess, loc))}</p>`;
}

/** "3 rows not shown", with the reasons on demand. Rows left out by the widget's own filter are not counted. */
export function rejectedNotice(source: DataSource, loc: ResolvedLocale, report = source.report): TemplateResult | typeof nothing {
  if (!report) return nothing;
  const entries = (Object.entries(report.reasons) as [ReasonCode, number][]).filter(([r, n]) => r !== 'filtered' && n > 0);
  const count = entries.reduce((a, [, n]) => a + n, 0);
  if (count === 0) return nothing;
  const t = dataMessages(loc.lang);
  const fmt = formatNumber(loc);
  return html`<details class="rejected" part="rejected">
    <summary>${t.rowsNotShown(fmt(count), count)}</summary>
    <ul>
      ${entries.map(([reason, n]) => html`<li>${t.reasons[reason]}: ${fmt(n)}</li>`)}
    </ul>
  </details>`;
}
