/**
 * The trend's picture and its companions as templates, from the layout and the series: the SVG,
 * the legend, the tooltip, the data table and the footer. Stateless: what changes them comes in
 * as arguments, what the reader does goes out through the callbacks.
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { formatNumber } from '../../format/number.js';
import type { ResolvedLocale } from '../../i18n/locale.js';
import { sourceCredit } from '../shared/credit.js';
import { tablePage, tablePager } from '../shared/table-pages.js';
import { tableRegion } from '../shared/table.js';
import { ANNOTATION_ROW } from './annotation-rows.js';
import { valueAt } from './lookup.js';
import { trendMessages } from './messages.js';
import { dateLabel, tooltipRows } from './readout.js';
import type { TrendKind, TrendLayout, TrendSeries } from './types.js';

/** The chart: grid, axes, annotations, the series, the cursor line and the peak and latest marks. */
export function renderSvg(layout: TrendLayout, kind: TrendKind, cursor: number, axisRight: boolean): SVGTemplateResult {
  const { plot } = layout;
  const stacked = kind === 'stacked-area';
  const cursorX = cursor >= 0 ? layout.dateX[cursor] : undefined;
  return svg`<svg viewBox="0 0 ${layout.width} ${layout.height}" aria-hidden="true" focusable="false">
      <g class="grid">${layout.yTicks.map((tick) => svg`<line x1=${plot.left} x2=${plot.right} y1=${tick.at} y2=${tick.at}></line>`)}</g>
      <g class="axis" part="axis">
        ${layout.yTicks.map(
          (tick) => svg`<text x=${axisRight ? plot.right + 6 : plot.left - 6} y=${tick.at} dy="0.32em" text-anchor=${axisRight ? 'start' : 'end'}>${tick.label}</text>`,
        )}
      </g>
      <g class="axis" part="axis">
        <line x1=${plot.left} x2=${plot.right} y1=${plot.bottom} y2=${plot.bottom}></line>
        ${layout.xTicks.map(
          (tick) => svg`<line x1=${tick.at} x2=${tick.at} y1=${plot.bottom} y2=${plot.bottom + 4}></line>
            <text x=${tick.at} y=${plot.bottom + 16} text-anchor="middle">${tick.label}</text>`,
        )}
      </g>
      ${layout.annotations.map(
        (a) => svg`<g class="annotation"><line x1=${a.x} x2=${a.x} y1=${plot.top - a.row * ANNOTATION_ROW} y2=${plot.bottom}></line>
          ${a.label ? svg`<text x=${a.x} y=${plot.top - 4 - a.row * ANNOTATION_ROW} text-anchor=${a.anchor}>${a.label}</text>` : nothing}</g>`,
      )}
      <g class=${stacked ? 'series stacked' : 'series'}>
        ${layout.lines.map(
          (l) => svg`${l.area ? svg`<path class="area s${l.index % 8}" d=${l.area}></path>` : nothing}
            <path class="line s${l.index % 8}${stacked ? '' : ` d${l.index % 4}`}" d=${l.d}></path>`,
        )}
        ${layout.bars.map((b) => svg`<rect class="s${b.index % 8}" x=${b.x} y=${b.y} width=${b.w} height=${b.h}></rect>`)}
      </g>
      ${cursorX === undefined ? nothing : svg`<line class="cursor" x1=${cursorX} x2=${cursorX} y1=${plot.top} y2=${plot.bottom}></line>`}
      ${layout.marks.map(
        (m) => svg`<g class="mark"><circle class="s${Math.max(m.index, 0) % 8}" cx=${m.x} cy=${m.y} r="4"></circle>
          ${m.label ? svg`<text x=${m.x} y=${m.y - 9} text-anchor=${m.anchor}>${m.label}</text>` : nothing}</g>`,
      )}
    </svg>`;
}

/** The series' key: a line sample in its colour and dash (a colour swatch for areas and bars). */
export function seriesKey(index: number, kind: TrendKind): TemplateResult {
  if (kind !== 'line') return html`<span class="swatch c${index % 8}" aria-hidden="true"></span>`;
  return html`<svg class="key c${index % 8}" viewBox="0 0 24 12" aria-hidden="true"><line class="d${index % 4}" x1="1" y1="6" x2="23" y2="6"></line></svg>`;
}

/** The legend: a button per series that shows or hides it (with two series or more). */
export function renderLegend(series: readonly TrendSeries[], hidden: ReadonlySet<string>, kind: TrendKind, loc: ResolvedLocale, toggle: (key: string) => void): TemplateResult | typeof nothing {
  if (series.length < 2) return nothing;
  return html`<ul class="legend" part="legend" aria-label=${trendMessages(loc.lang).legend}>
      ${series.map(
        (s, index) => html`<li>
          <button type="button" aria-pressed=${hidden.has(s.key) ? 'false' : 'true'} @click=${() => toggle(s.key)}>${seriesKey(index, kind)}${s.label}</button>
        </li>`,
      )}
    </ul>`;
}

/** The visual tooltip at `time`; screen readers get the same text from the live region. */
export function renderTooltip(series: readonly TrendSeries[], hidden: ReadonlySet<string>, time: number, kind: TrendKind, loc: ResolvedLocale): TemplateResult {
  const fmt = formatNumber(loc);
  const t = trendMessages(loc.lang);
  const { rows, more } = tooltipRows(series, hidden, time);
  return html`<div class="tooltip" part="tooltip" aria-hidden="true">
      <p>${dateLabel(series, time, loc)}</p>
      ${rows.map((r) => html`<p>${seriesKey(r.index, kind)}${r.series.label}: <span class="value">${r.value === undefined ? t.noData : fmt(r.value)}</span></p>`)}
      ${more > 0 ? html`<p>${t.more(fmt(more))}</p>` : nothing}
    </div>`;
}

/** How the table turns its pages: the page asked for, and the widget's next drawing. */
export interface TablePaging {
  readonly page: number;
  readonly turn: (page: number) => void;
  readonly rendered: () => Promise<unknown>;
}

/**
 * The data table of the visible series over `dates` (the layout's), a page of dates at a time;
 * a date is named as precisely as any series has it. The figures are the real ones, not decimated; a missing figure is a dash, never a zero.
 */
export function renderTable(caption: string, series: readonly TrendSeries[], hidden: ReadonlySet<string>, dates: readonly number[], loc: ResolvedLocale, paging: TablePaging): TemplateResult {
  const visible = series.filter((s) => !hidden.has(s.key));
  const t = trendMessages(loc.lang);
  const fmt = formatNumber(loc);
  const p = tablePage(dates.length, paging.page);
  const table = html`<table part="table">
      <caption>${caption}</caption>
      <thead><tr><th scope="col">${t.date}</th>${visible.map((s) => html`<th scope="col">${s.label}</th>`)}</tr></thead>
      <tbody>
        ${dates.slice(p.first, p.end).map(
          (time) => html`<tr><th scope="row">${dateLabel(series, time, loc)}</th>${visible.map((s) => {
            const v = valueAt(s, time);
            return html`<td>${v === undefined ? '—' : fmt(v)}</td>`;
          })}</tr>`,
        )}
      </tbody>
    </table>`;
  const pager = tablePager(p, { previous: t.previousRows, next: t.nextRows, rows: t.rows }, fmt, paging.turn, paging.rendered);
  return html`${tableRegion(t.table, table)}${pager}`;
}

/** The source credit line, when there is a source. */
export function renderFooter(loc: ResolvedLocale, source: string | undefined, sourceUrl: string | undefined): TemplateResult | typeof nothing {
  const credit = sourceCredit(loc, source, sourceUrl);
  return credit === nothing ? nothing : html`<p class="footer">${credit}</p>`;
}
