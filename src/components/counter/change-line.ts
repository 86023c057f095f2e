/** The counter's change line ("Up 1,200 (3.4%) from 35,000"), a pure function of its figures. */
import { html, nothing, type TemplateResult } from 'lit';
import { computeChange } from '../../format/change.js';
import { formatNumber } from '../../format/number.js';
import type { ResolvedLocale } from '../../i18n/locale.js';
import { messages } from '../../i18n/messages.js';
import { warnOnce } from '../../internal/warn.js';

/** The change from `previous` to `n`, in words with an arrow; `nothing` without a previous figure. */
export function changeLine(loc: ResolvedLocale, n: number, previous: number | undefined | null, digits: number | undefined): TemplateResult | typeof nothing {
  if (previous === undefined || previous === null) return nothing;
  const change = computeChange(n, previous);
  if (!change) {
    warnOnce('dtm-counter', `previous="${String(previous)}" is not a number; the change is not shown.`);
    return nothing;
  }
  const t = messages(loc.lang);
  const fmt = formatNumber(loc, { maximumFractionDigits: digits });
  const pct = change.ratio === undefined ? '' : formatNumber(loc, { style: 'percent', maximumFractionDigits: 1 })(change.ratio);
  const text =
    change.direction === 'up'
      ? t.up(fmt(change.delta), pct, fmt(previous))
      : change.direction === 'down'
        ? t.down(fmt(change.delta), pct, fmt(previous))
        : t.same(fmt(previous));
  const arrow = change.direction === 'up' ? '▲' : change.direction === 'down' ? '▼' : '';
  return html`<p class="change ${change.direction}" part="change">
    ${arrow ? html`<span class="arrow" aria-hidden="true">${arrow}</span>` : nothing}<span>${text}</span>
  </p>`;
}
