/**
 * The map's templates: stateless functions from the placed map and the state to Lit templates
 * (the SVG picture, tooltip, legend and bubble key, table, footer). Text from data goes through
 * text bindings only. The element owns the events: handlers come in as arguments.
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { parseIsoDate } from '../../core/dates.js';
import { formatDate } from '../../format/date.js';
import { compactParts, formatNumber } from '../../format/number.js';
import { messages } from '../../i18n/messages.js';
import { withoutDirectionControls } from '../../internal/text.js';
import type { ResolvedLocale } from '../../i18n/locale.js';
import { sourceCredit } from '../shared/credit.js';
import { plotGroup, plotTexts } from '../shared/plot.js';
import { tableRegion, tableToggle } from '../shared/table.js';
import type { Area } from './boundaries.js';
import { fillGroups, GROUPED_FROM } from './grouped.js';
import { bubbleRadius, type PlacedMap } from './layout.js';
import { mapMessages } from './messages.js';
import type { MapState } from './state.js';
import { summariseAreas } from './summary.js';

export type SortColumn = 'area' | 'value' | 'share';
export type Sort = { readonly by: SortColumn; readonly descending: boolean };

/** What every part of the picture reads: the state, the placed map and how it is shown. */
export interface MapView {
  readonly loc: ResolvedLocale;
  readonly state: MapState;
  readonly placed: PlacedMap;
  /** What the reader moves between: the areas, or the points. */
  readonly items: readonly Area[];
  /** The figures' label ("IDPs"). */
  readonly label: string;
  /** "As of 30 April 2024" ('' for undated data). */
  readonly dateText: string;
  readonly cursor: number;
  readonly selected: string | undefined;
  readonly bubbles: boolean;
  readonly labels: 'none' | 'names' | 'values';
  /** Where item `i` is on screen (the WebGL camera's projection once it shows). */
  readonly point: (i: number) => [number, number];
}

export interface MapTexts {
  /** What the figures count: the `label` attribute, else "IDPs". */
  readonly label: string;
  /** "As of 30 April 2024", standing alone ('' for undated data). */
  readonly dateText: string;
  /** "as of 30 April 2024" inside the summary's sentence. */
  readonly asOf: string;
  /** The `heading` attribute, else "IDPs by area, 30 April 2024". */
  readonly heading: string;
}

/** The map's words for its label, date and heading, in the reader's language. */
export function mapTexts(loc: ResolvedLocale, label: string | undefined, heading: string | undefined, date: string | undefined): MapTexts {
  const t = mapMessages(loc.lang);
  const what = withoutDirectionControls(label ?? '').trim() || t.idps;
  const d = date ? parseIsoDate(date) : undefined;
  const shown = d ? formatDate(loc, d) : '';
  const titled = heading?.trim() || `${t.byArea(what)}${shown ? `${loc.dir === 'rtl' ? '،' : ','} ${shown}` : ''}`;
  return { label: what, dateText: shown ? messages(loc.lang).asOf(shown) : '', asOf: shown ? t.asOf(shown) : '', heading: titled };
}

/** An area's name in the reader's language, else English, else its code. */
export const areaName = (area: Area, loc: ResolvedLocale): string => area.names[loc.lang] ?? area.names.en ?? area.code;

const fillOf = (v: MapView, code: string): string => {
  const value = v.state.values.get(code);
  return value === undefined ? 'url(#nodata)' : (v.state.classes.colourOf(value) ?? '#9aa5b1');
};

export function renderSvg(v: MapView): SVGTemplateResult {
  const { placed, state } = v;
  const fmt = formatNumber(v.loc, { notation: 'compact' });
  const sites = placed.placedSites;
  const bubbles = v.bubbles || sites !== undefined;
  const targets = sites ?? placed.placed;
  const radius = bubbleRadius(state.values, placed);
  const mark = (i: number, code: string): string => `${i === v.cursor ? ' active' : ''}${code === v.selected ? ' selected' : ''}`;
  // points: the areas are the map under them, neither items nor "no data"
  const areaFill = (code: string): string => (sites ? 'var(--_border)' : bubbles ? (state.values.has(code) ? 'var(--_border)' : 'url(#nodata)') : fillOf(v, code));
  return svg`<svg viewBox="0 0 ${placed.width} ${placed.height}" aria-hidden="true" focusable="false">
    <defs>
      <pattern id="nodata" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
        <rect class="hatch-bg" width="6" height="6"></rect><line class="hatch-line" x1="0" y1="0" x2="0" y2="6"></line>
      </pattern>
    </defs>
    <g class="areas">
      ${
        // the areas change with the layout, colours, cursor and selection only: a WebGL pan
        // (an update per frame, the SVG areas hidden) does not go through 2,000 paths again
        placed.placed.length >= GROUPED_FROM
          ? guard([placed.placed, sites, bubbles, state.values, state.classes], () => fillGroups(placed.placed, areaFill).map((g) => svg`<path class="area" d=${g.d} fill=${g.fill}></path>`))
          : guard([placed.placed, sites, bubbles, state.values, state.classes, v.cursor, v.selected, v.labels], () =>
              placed.placed.map((p, i) =>
                sites
                  ? svg`<path class="area" d=${p.d} fill=${areaFill(p.code)}></path>`
                  : svg`<path class=${`area${mark(i, p.code)}`} d=${p.d} fill=${areaFill(p.code)} data-index=${i}></path>`,
              ),
            )
      }
    </g>
    ${placed.placed.length >= GROUPED_FROM && !sites ? groupedMarks(v) : nothing}
    ${bubbles
      ? svg`<g class=${sites ? 'sites' : ''}>${targets.map((p, i) => {
          const value = state.values.get(p.code);
          if (value === undefined) return nothing;
          const [x, y] = v.point(i);
          const r = radius(value);
          // points are their own targets (pointer, keyboard); area bubbles leave that to the area
          return sites
            ? svg`<circle class=${`bubble site${mark(i, p.code)}`} cx=${x} cy=${y} r=${r} data-index=${i}></circle>`
            : svg`<circle class="bubble" cx=${x} cy=${y} r=${r}></circle>`;
        })}</g>`
      : nothing}
    ${v.labels !== 'none'
      ? svg`<g>${targets.map((p, i) => {
          const value = state.values.get(p.code);
          const text = v.labels === 'names' ? areaName(v.items[i]!, v.loc) : value === undefined ? '' : fmt(value);
          const [x, y] = v.point(i);
          return text ? svg`<text x=${x} y=${y} text-anchor="middle" dy="0.35em">${text}</text>` : nothing;
        })}</g>`
      : nothing}
  </svg>`;
}

/** Areas grouped by colour (grouped.ts): the cursor's and the selection's outlines over the fills. */
function groupedMarks(v: MapView): SVGTemplateResult {
  const areas = v.placed.placed;
  const selected = v.selected === undefined ? -1 : areas.findIndex((p) => p.code === v.selected);
  const marks = [v.cursor, selected].map((i, k) => (i >= 0 && areas[i] ? svg`<path class=${k ? 'mark selected' : 'mark active'} d=${areas[i].d}></path>` : nothing));
  return svg`<g class="marks">${marks}</g>`;
}

/** The item under the cursor, its name and its figure (or "no data"). */
function atCursor(v: Pick<MapView, 'loc' | 'state' | 'items' | 'cursor'>): { name: string; figure: string } | undefined {
  const area = v.cursor >= 0 ? v.items[v.cursor] : undefined;
  if (!area) return undefined;
  const value = v.state.values.get(area.code);
  return { name: areaName(area, v.loc), figure: value === undefined ? mapMessages(v.loc.lang).noData : formatNumber(v.loc)(value) };
}

/** What the live region says for the cursor: the area, its figure and the date. */
export function liveText(v: Pick<MapView, 'loc' | 'state' | 'items' | 'cursor' | 'label' | 'dateText'>): string {
  const at = atCursor(v);
  return at ? [at.name, `${v.label}: ${at.figure}`, v.dateText].filter(Boolean).join('. ') : '';
}

export function renderTooltip(v: MapView): TemplateResult | typeof nothing {
  const at = atCursor(v);
  if (!at) return nothing;
  return html`<div class="tooltip" part="tooltip" aria-hidden="true">
    <p>${at.name}</p>
    <p>${v.label}: <span class="value">${at.figure}</span></p>
    ${v.dateText ? html`<p>${v.dateText}</p>` : nothing}
  </div>`;
}

/** The size key of the bubbles: the largest figure and a quarter of it (half the radius). */
function sizeKey(v: MapView): TemplateResult[] {
  const values = v.state.values;
  if (values.size === 0) return [];
  const fmt = formatNumber(v.loc, { notation: 'compact' });
  const max = Math.max(...values.values());
  const radius = bubbleRadius(values, v.placed);
  const box = 2 * radius(max) + 2;
  return [max, max / 4].map((value) => {
    const r = radius(value);
    return html`<li>
      <svg class="size-key" width=${box} height=${2 * r + 2} viewBox="0 0 ${box} ${2 * r + 2}" aria-hidden="true"><circle class="bubble" cx=${box / 2} cy=${r + 1} r=${r}></circle></svg>${fmt(value)}
    </li>`;
  });
}

/**
 * The class ranges, the data's own extent at both ends. A class the data does not reach
 * (thresholds set beyond it) shows its bound instead of an upside-down range. Breaks are shown as
 * set (26,500 is "26.5K", not "27K", which would misplace Baghdad's 26,532), in full when the
 * compact form cannot say them exactly (1,234,500).
 */
export function classRanges(loc: ResolvedLocale, state: MapState): string[] {
  const fmt = formatNumber(loc, { notation: 'compact' });
  const values = [...state.values.values()];
  const min = Math.min(...values);
  const max = Math.max(...values);
  const { breaks, colours } = state.classes;
  const last = colours.length - 1;
  const compactCut = formatNumber(loc, { notation: 'compact', maximumFractionDigits: 2 });
  const full = formatNumber(loc);
  const cut = (x: number): string => {
    const { scaled } = compactParts(x, 2);
    return Math.abs(Math.round(scaled * 100) / 100 - scaled) < 1e-9 ? compactCut(x) : full(x);
  };
  return colours.map((_, i) => {
    const lo = i === 0 ? min : breaks[i - 1]!;
    const hi = i === last ? max : breaks[i]!;
    if (lo <= hi) return `${i === 0 ? fmt(lo) : cut(lo)} – ${i === last ? fmt(hi) : cut(hi)}`;
    return i === 0 ? `< ${cut(breaks[0]!)}` : `≥ ${cut(breaks[i - 1]!)}`;
  });
}

export function renderLegend(v: MapView, areas: readonly Area[]): TemplateResult {
  const t = mapMessages(v.loc.lang);
  const sites = v.state.points !== undefined;
  const missing = !sites && areas.some((a) => !v.state.values.has(a.code));
  return html`<ul class="legend" part="legend" aria-label=${t.legend}>
    ${v.bubbles || sites
      ? sizeKey(v)
      : classRanges(v.loc, v.state).map((range, i) => html`<li><span class="swatch" data-class=${i} aria-hidden="true"></span>${range}</li>`)}
    ${missing ? html`<li><span class="swatch nodata" aria-hidden="true"></span>${t.noData}</li>` : nothing}
  </ul>`;
}

export function renderTable(v: MapView, caption: string, sort: Sort, onSort: (column: SortColumn) => void): TemplateResult {
  const t = mapMessages(v.loc.lang);
  const fmt = formatNumber(v.loc);
  const pct = formatNumber(v.loc, { style: 'percent', maximumFractionDigits: 1 });
  const values = v.state.values;
  const total = [...values.values()].reduce((a, b) => a + b, 0);
  const rows = v.items.map((a) => ({ name: areaName(a, v.loc), value: values.get(a.code) }));
  const { by, descending } = sort;
  const collator = new Intl.Collator(v.loc.intl);
  rows.sort((a, b) => {
    // a share is the figure over the total: both sort alike, the header says which was chosen
    const d = by === 'area' ? collator.compare(a.name, b.name) : (a.value ?? -1) - (b.value ?? -1);
    return descending ? -d : d;
  });
  const aria = (column: SortColumn): 'ascending' | 'descending' | 'none' => (by === column ? (descending ? 'descending' : 'ascending') : 'none');
  // a share too small to show at a tenth of a percent is "< 0.1%", never "0%" (that is a zero)
  const share = (r: number): string => (r > 0 && r < 0.0005 ? `< ${pct(0.001)}` : pct(r));
  const header = (column: SortColumn, text: string): TemplateResult =>
    html`<th scope="col" aria-sort=${aria(column)}><button type="button" @click=${() => onSort(column)}>${text}</button></th>`;
  return html`<table part="table">
    <caption>${caption}</caption>
    <thead>
      <tr>
        ${header('area', v.state.points ? t.place : t.area)} ${header('value', v.label)} ${header('share', t.share)}
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (r) => html`<tr><th scope="row">${r.name}</th><td>${r.value === undefined ? t.noData : fmt(r.value)}</td><td>${r.value === undefined || !total ? '—' : share(r.value / total)}</td></tr>`,
      )}
    </tbody>
  </table>`;
}

/** The source credit, the built-in boundaries' credit and the basemap's own credits, as text. */
export function renderFooter(loc: ResolvedLocale, source: string | undefined, sourceUrl: string | undefined, boundaryCredit: string, basemapCredit: string): TemplateResult {
  const t = mapMessages(loc.lang);
  return html`<p class="footer">
    ${sourceCredit(loc, source, sourceUrl)}${boundaryCredit ? html`<span>${t.boundaries}: ${boundaryCredit}</span>` : nothing}${basemapCredit
      ? html`<span>${t.basemap}: ${basemapCredit}</span>`
      : nothing}
  </p>`;
}

/** How the picture is shown and what its controls do (the element's handlers). */
export interface PictureOptions {
  /** The heading: the plot's and the table's name. */
  readonly heading: string;
  /** "as of 30 April 2024" inside the summary ('' for undated data). */
  readonly asOf: string;
  /** The WebGL map: `off` (SVG only), `under` (its box, not drawn yet), `on` (it shows). */
  readonly webgl: 'off' | 'under' | 'on';
  readonly table: boolean;
  readonly sort: Sort;
  /** After the table: the stale mark. */
  readonly after: TemplateResult | typeof nothing;
  readonly on: {
    readonly key: (e: KeyboardEvent) => void;
    readonly pointer: (e: PointerEvent) => void;
    readonly leave: () => void;
    readonly click: (e: MouseEvent) => void;
    readonly reset: () => void;
    readonly table: () => void;
    readonly sort: (column: SortColumn) => void;
  };
}

/** The map with its legend, date, summary, live region and table. */
export function renderPicture(v: MapView, o: PictureOptions): TemplateResult {
  const t = mapMessages(v.loc.lang);
  const shown = v.items.filter((a) => v.state.values.has(a.code)).map((a) => ({ name: areaName(a, v.loc), value: v.state.values.get(a.code)! }));
  return html`<div class=${o.webgl === 'on' ? 'frame gl-on' : 'frame'}>
      ${o.webgl === 'off' ? nothing : html`<div class="gl" part="gl"><div class="gl-map"></div></div>`}
      ${plotGroup(t.role, o.heading, { keydown: o.on.key, pointermove: o.on.pointer, pointerleave: o.on.leave, click: o.on.click, blur: o.on.leave }, renderSvg(v))}
      ${renderTooltip(v)}
      ${o.webgl === 'on' ? html`<button class="reset" part="reset" type="button" @click=${o.on.reset}>${t.resetView}</button>` : nothing}
    </div>
    ${renderLegend(v, v.placed.areas)}
    ${v.state.date ? html`<p class="as-of" part="as-of">${v.dateText}</p>` : nothing}
    ${plotTexts(summariseAreas(shown, v.loc, v.label, o.asOf), t.keyboardHint, liveText(v))}
    ${tableToggle(o.table, { show: t.showTable, hide: t.hideTable }, o.on.table)}
    ${o.table ? tableRegion(o.heading, renderTable(v, o.heading, o.sort, o.on.sort), 'table-scroll') : nothing}
    ${o.after}`;
}
