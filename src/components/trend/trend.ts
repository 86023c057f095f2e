import { LitElement, html, nothing, svg, type PropertyDeclarations, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { LocaleController } from '../../controllers/locale-controller.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import type { DateFormat, DuplicateRule } from '../../data/pipeline.js';
import type { FormatOption } from '../../data/table.js';
import { dateKey, parseIsoDate, type CalendarDate } from '../../core/dates.js';
import { formatDate } from '../../format/date.js';
import { formatNumber } from '../../format/number.js';
import { NUMERALS, type NumeralsOption, type ResolvedLocale } from '../../i18n/locale.js';
import { messages } from '../../i18n/messages.js';
import { needsData } from '../../i18n/needs-data.js';
import { VERSION } from '../../internal/version.js';
import { oneOf } from '../../internal/enum.js';
import { warnOnce } from '../../internal/warn.js';
import { chartStyles } from '../../styles/chart.styles.js';
import { hostStyles } from '../../styles/host.styles.js';
import { parseRatio, sourceCredit } from '../shared/credit.js';
import { DataHostController, dataProperties, hasData, strictNumber, type DataAttributes } from '../shared/data-host.js';
import type { WidgetState } from '../counter/counter.js';
import { ANNOTATION_ROW, layoutTrend, nearestDate, pointAt, pointIndex, stackOn, unionOfTimes, type TrendKind, type TrendLayout, type TrendSeries } from './layout.js';
import { trendMessages } from './messages.js';
import { buildSeries } from './series.js';

import { formatClock, summarise, type SummaryPoint } from './summary.js';
import { trendStyles } from './trend.styles.js';

const TAG = 'dtm-trend';
/** DTM's and HXL's names for the IDP count: such a series is called "IDPs" in the widget's language. */
const IDP_FIELD = /^(numPresentIdpInd|#affected\+idps\b.*)$/i;
const rank = (fields: readonly string[], key: string): number => {
  const i = fields.indexOf(key);
  return i < 0 ? fields.length : i;
};
const KINDS = ['line', 'area', 'stacked-area', 'bar'] as const;
/** Series listed in the tooltip at most: the highest at the date. */
const TOOLTIP_ROWS = 10;
/** Bounds of the `height` attribute, in pixels (the layout never draws below 60). */
const MIN_HEIGHT = 60;
const MAX_HEIGHT = 4000;
/** Rows per page of the data table. */
const TABLE_PAGE = 1000;

interface Annotation {
  readonly t: number;
  /** As written, for the summary: `2016-10-17` is a day, `2016-10` a month. */
  readonly date: CalendarDate;
  readonly label: string;
}

/** Reads the `annotations` attribute: a JSON list of {date, label}; anything else is ignored with a warning. */
function readAnnotations(raw: string | undefined): Annotation[] {
  if (!raw?.trim()) return [];
  let list: unknown;
  try {
    list = JSON.parse(raw);
  } catch {
    warnOnce(TAG, 'annotations is not JSON: write [{"date": "2016-10-17", "label": "Mosul offensive"}]');
    return [];
  }
  const example = 'write [{"date": "2016-10-17", "label": "Mosul offensive"}]';
  if (!Array.isArray(list)) {
    warnOnce(TAG, `annotations is not a list: ${example}`);
    return [];
  }
  const out: Annotation[] = [];
  let unread = 0;
  for (const item of list.slice(0, 50)) {
    const { date, label } = (typeof item === 'object' && item !== null ? item : {}) as { date?: unknown; label?: unknown };
    const d = typeof date === 'string' ? parseIsoDate(date) : undefined;
    if (!d || typeof label !== 'string') {
      unread++;
      continue;
    }
    out.push({ t: Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1), date: d, label: label.replace(/\s+/g, ' ').slice(0, 80) });
  }
  if (unread) warnOnce(TAG, `${unread} of the annotations have no ISO date (2016, 2016-10, 2016-10-17) or no text label and are not shown: ${example}`);
  return out;
}

/**
 * Displacement over time: one or more series from published data, as lines, areas, stacked areas
 * or bars, on a time scale of the real reporting dates (DTM rounds are irregular). Missing
 * figures are gaps, never zeros. The peak and the latest value are marked. Keyboard: the chart is
 * focusable; the arrow keys move between reporting dates, Home and End to the first and last.
 * Every chart has a generated summary and a data table. Arabic and Sorani mirror the layout
 * (value axis on the right, time running right to left unless `time-direction="ltr"`).
 *
 * @tagname dtm-trend
 * @summary Trend chart of displacement figures over time, from published JSON or CSV.
 * @status experimental
 * @since 0.1.0
 *
 * @fires dtm-load - Fired when data has been read: `{url, format, report}` (see dtm-counter).
 * @fires dtm-error - Fired when data could not be read: `{url, kind, message}`.
 *
 * @csspart base - The wrapper that carries `dir` and `lang`.
 * @csspart heading - The chart's title (its accessible name).
 * @csspart plot - The focusable chart area.
 * @csspart axis - Each axis.
 * @csspart legend - The list of series (buttons that show or hide them).
 * @csspart tooltip - The date and values under the pointer or keyboard cursor.
 * @csspart summary - The generated text summary.
 * @csspart table-toggle - The "Show table" button.
 * @csspart table - The data table.
 * @csspart table-pages - Below a table of more than 1,000 dates: the rows shown, with buttons to the previous and next ones.
 * @csspart source - The source credit.
 * @csspart link - The link in the source credit (with `source-url`).
 * @csspart message - A message in place of the chart: no data yet, or needs data.
 * @csspart error - The error card.
 * @csspart retry - The error card's "Try again" button.
 * @csspart stale - The "Not up to date" mark.
 * @csspart rejected - The "rows not shown" notice.
 * @csspart live - The visually hidden live region that reads the cursor's date and values.
 *
 * @cssprop --dtm-series-1 - Colour of the first series (…through --dtm-series-8). Default: the Okabe-Ito palette, safe for colour-blind readers.
 * @cssprop --dtm-color-grid - Grid lines. Default: #e3e8ee / #2c3642.
 * @cssprop --dtm-trend-line-width - Line width. Default: 2px.
 * @cssprop --dtm-trend-area-opacity - Opacity of area fills. Default: 0.18.
 * @cssprop --dtm-trend-heading-size - Font size of the heading. Default: 1.05rem.
 * @cssprop --dtm-trend-small-size - Font size of legend, summary and tooltip. Default: 0.75rem.
 * @cssprop --dtm-tooltip-background - Tooltip background. Default: Canvas.
 */
export class DtmTrend extends LitElement implements DataAttributes {
  static readonly version: string = VERSION;
  static override styles = [hostStyles, chartStyles, trendStyles];

  static override properties: PropertyDeclarations = {
    ...dataProperties,
    seriesField: { attribute: 'series-field' },
    seriesLabels: { attribute: 'series-labels' },
    from: {},
    to: {},
    kind: {},
    marks: {},
    annotations: {},
    heading: {},
    aspectRatio: { attribute: 'aspect-ratio' },
    height: { converter: strictNumber, reflect: true },
    timeDirection: { attribute: 'time-direction' },
    source: {},
    sourceUrl: { attribute: 'source-url' },
    lang: { reflect: true },
    numerals: {},
    theme: { reflect: true },
    state: { reflect: true },
    _hidden: { state: true },
    _cursor: { state: true },
    _table: { state: true },
    _tablePage: { state: true },
  };

  /** URL of published data (JSON or CSV). */
  src: string | undefined;
  /** `auto`, `dtm`, `hxl`, `records` or `csv`. */
  format: FormatOption = 'auto';
  /** Figure column(s), by name or HXL tag pattern; several, comma-separated, make several series (`numPresentIdpInd, returnees`). */
  valueField: string | undefined;
  /** Column of reporting dates. */
  dateField: string | undefined;
  /** Column of area codes. */
  regionField: string | undefined;
  /** Split rows into series by this column (e.g. `admin1Name`, one line per governorate). */
  seriesField: string | undefined;
  /** Display names of the series, comma-separated, in the order of `value-field` (or of first appearance). */
  seriesLabels: string | undefined;
  /** `field=value` pairs separated by `;`. */
  filter: string | undefined;
  /** One area, any P-code form or governorate name (districts included). */
  region: string | undefined;
  /** First reporting date shown (ISO: `2016`, `2016-03`, `2016-03-01`). */
  from: string | undefined;
  /** Last reporting date shown (inclusive). */
  to: string | undefined;
  /** `line`, `area`, `stacked-area` or `bar` (one bar per reporting date). */
  kind: TrendKind = 'line';
  /** `peak,latest` (default), `peak`, `latest` or `none`. */
  marks = 'peak,latest';
  /** JSON list of events to mark: `[{"date": "2017-07-10", "label": "Mosul retaken"}]`. */
  annotations: string | undefined;
  /** The chart's title and accessible name; generated from the series and dates when absent. */
  heading: string | undefined;
  /** Width / height, e.g. `16/9` (default), `4/3`, `2`. */
  aspectRatio: string | undefined;
  /** A fixed height in pixels, instead of the aspect ratio. */
  height: number | undefined;
  /** `ltr` makes time run left to right in Arabic and Sorani too. */
  timeDirection: string | undefined;
  /** How rows with the same date, area and series combine. */
  duplicates: DuplicateRule = 'sum';
  /** How slash dates are written; without it they are refused. */
  dateFormat: DateFormat | undefined;
  /** Re-fetch every this many seconds. */
  refresh: number | undefined;
  /** Largest data file accepted, in bytes. */
  maxBytes: number | undefined;
  /** Who published the data. */
  source: string | undefined;
  /** Link of the source (http and https only). */
  sourceUrl: string | undefined;
  /** Language: `en`, `ar`, `ar-IQ`, `ckb`; else inherited. */
  declare lang: string;
  /** `auto`, `latn` or `arab`. */
  numerals: NumeralsOption = 'auto';
  /** `light`, `dark` or `auto`. */
  theme: 'light' | 'dark' | 'auto' = 'light';
  /** Read-only: `loading`, `ready`, `empty`, `stale` or `error`. */
  state: WidgetState = 'loading';

  private _hidden: ReadonlySet<string> = new Set();
  /** Index of the reporting date under the pointer or keyboard cursor, or -1. */
  private _cursor = -1;
  private _table = false;
  /** The page of the data table on screen (see TABLE_PAGE). */
  private _tablePage = 0;

  readonly #locale = new LocaleController(this);
  readonly #size = new ResizeController(this);
  readonly #data = new DataHostController(this, () => ({ severalValues: true, ...(this.seriesField && { seriesField: this.seriesField }) }));
  #loc!: ResolvedLocale;
  #series: TrendSeries[] = [];
  #layout: TrendLayout | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#loc = this.#locale.resolve(oneOf(this, 'numerals', this.numerals, NUMERALS, 'auto'));
    if (!hasData(this)) {
      this.#data.release(); // src and inline data removed: stop fetching and refreshing
      this.state = 'error';
      this.#layout = undefined;
      return;
    }
    this.#data.sync(this.#loc);
    const source = this.#data.source;
    let state: WidgetState = this.#data.failed ? 'error' : (source?.state ?? 'loading');
    // the width the observer reports, else the laid-out width read once (see ResizeController.measure)
    const width = this.#size.measure() || 600;
    let relayout = [...changed.keys()].some((k) => k !== '_cursor' && k !== '_table' && k !== '_tablePage') || width !== this.#laidOutWidth;
    if (source?.observations && (state === 'ready' || state === 'stale')) {
      // series change with the data or with what selects them, not with the cursor
      const inputs = [source.observations, source.gaps, this.from, this.to, this.seriesLabels, this.valueField, this.#loc.lang];
      if (inputs.some((v, i) => v !== this.#seriesInputs[i])) {
        this.#seriesInputs = inputs;
        this.#series = this.#buildSeries(source.observations, source.gaps);
        this.#forgetHidden();
        relayout = true;
      }
      if (!this.#series.some((s) => s.points.some((p) => p.value !== undefined))) state = 'empty';
    }
    // new data on its way: the old series no longer name the chart (its heading, its legend)
    if (source && !source.observations && this.#series.length) {
      this.#series = [];
      this.#seriesInputs = [];
    }
    this.#emptyWhy = state === 'empty' && source ? this.#whyEmpty(source.observations ?? [], source.report?.reasons.filtered ?? 0) : '';
    const drawable = state === 'ready' || state === 'stale';
    if (!drawable) this.#layout = undefined;
    else if (relayout || !this.#layout) {
      this.#layout = this.#doLayout(width);
      this.#laidOutWidth = width;
    }
    // The first picture is laid out in this task and drawn in the next: reading, laying out and
    // drawing 1k points was one task of 60-100 ms, and the page could not answer input meanwhile.
    // Later changes (new data included) are drawn at once.
    if (drawable && this.state === 'loading') {
      if (this.#drawNext) this.#drawNext = false;
      else {
        state = 'loading';
        this.#drawTimer ??= setTimeout(() => {
          this.#drawTimer = undefined;
          this.#drawNext = true;
          this.requestUpdate();
        }, 0);
      }
    }
    this.state = state;
    if (this.#layout && this._cursor >= this.#layout.dates.length) this._cursor = -1;
  }

  #drawTimer: ReturnType<typeof setTimeout> | undefined;
  #drawNext = false;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#drawTimer === undefined && this.#layout && this.state === 'loading') this.requestUpdate(); // a first picture left undrawn by a move
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#drawTimer); // armed again by the update connectedCallback asks for
    this.#drawTimer = undefined;
  }

  #seriesInputs: readonly unknown[] = [];

  /**
   * The reporting date key at `time` (as published, with its precision). Keys of different
   * precision can share a time (`2024` and `2024-01`): the most precise one is shown.
   */
  #keyAt(time: number): string {
    let key = '';
    for (const s of this.#series) {
      for (let i = pointIndex(s.points, time); s.points[i]?.t === time; i++) {
        const k = s.points[i]!.key ?? '';
        if (k.length > key.length) key = k;
      }
    }
    return key;
  }
  #laidOutWidth = -1;
  /** Why there is nothing to draw, when the editor can fix it (else the data layer's "no figures yet"). */
  #emptyWhy = '';

  #whyEmpty(observations: readonly { date?: string }[], filtered: number): string {
    const t = trendMessages(this.#loc.lang);
    if (observations.length === 0) return filtered > 0 ? messages(this.#loc.lang).noneSelected : '';
    if (!observations.some((o) => o.date !== undefined)) return t.undated;
    const show = (raw: string | undefined): string => {
      const d = raw?.trim() ? parseIsoDate(raw) : undefined;
      return d ? formatDate(this.#loc, d) : '';
    };
    const [from, to] = [show(this.from), show(this.to)];
    return from || to ? t.noneInRange(from, to) : '';
  }

  #buildSeries(observations: Parameters<typeof buildSeries>[0], gaps: Parameters<typeof buildSeries>[1]): TrendSeries[] {
    const t = trendMessages(this.#loc.lang);
    const fields = (this.valueField ?? '').split(',').map((f) => f.trim()).filter(Boolean);
    const given = (this.seriesLabels ?? '').split(',').map((l) => l.trim());
    const labels = new Map<string, string>();
    fields.forEach((f, i) => given[i] && labels.set(f, given[i]!));
    const bound = (raw: string | undefined, name: string): string | undefined => {
      if (!raw?.trim()) return undefined;
      const d = parseIsoDate(raw);
      if (!d) warnOnce(TAG, `${name}="${raw}" is not an ISO date (2016, 2016-03, 2016-03-31); it is ignored.`);
      return d ? dateKey(d) : undefined;
    };
    const from = bound(this.from, 'from');
    const to = bound(this.to, 'to');
    const series = buildSeries(observations, gaps, { ...(from && { from }), ...(to && { to }), labels });
    // a column whose own name has a comma ("Returnees, households") was read as one field: its
    // series is the unnamed one, and its name is the whole of value-field
    if (fields.length > 1 && !series.some((s) => fields.includes(s.key))) fields.splice(0, fields.length, (this.valueField ?? '').trim());
    if (series.length > 8) warnOnce(TAG, `${series.length} series: colours repeat after 8 and line patterns after 4; show fewer (filter, region) or let readers hide some in the legend.`);
    // several value fields: in the order written, whatever the first row held
    if (fields.length > 1) series.sort((a, b) => rank(fields, a.key) - rank(fields, b.key));
    return series.map((s, i) => {
      if (labels.has(s.key)) return s;
      // without value-field the format's IDP count is read; a field given is the series' name; with
      // series-field every key is a name from the data, even one written "value"
      const field = s.key === 'value' && !this.seriesField?.trim() ? (fields[0] ?? '') : s.key;
      const label = given[i] || (IDP_FIELD.test(field) || field === '' ? t.idps : field);
      return { ...s, label };
    });
  }

  #doLayout(width: number): TrendLayout {
    const ratio = this.#ratio();
    const height = this.#fixedHeight() ?? width / ratio;
    const marks = new Set((this.marks ?? '').toLowerCase().split(/[\s,]+/));
    return layoutTrend(this.#series, {
      width,
      height,
      loc: this.#loc,
      kind: this.#kind(),
      hidden: this._hidden,
      marks: { peak: marks.has('peak'), latest: marks.has('latest') },
      annotations: readAnnotations(this.annotations),
      reverseTime: this.#reversed(),
      axisRight: this.#loc.dir === 'rtl',
    });
  }

  /**
   * Hidden series follow the data: a key no longer among the series is forgotten, and when the
   * hidden ones would leave nothing to see (a refresh, a new region), none stays hidden. The
   * legend that could bring one back shows only with two series or more.
   */
  #forgetHidden(): void {
    if (this._hidden.size === 0) return;
    const keys = new Set(this.#series.map((s) => s.key));
    const kept = [...this._hidden].filter((k) => keys.has(k));
    if (kept.length === this._hidden.size && kept.length < keys.size) return;
    this._hidden = new Set(kept.length < keys.size && keys.size > 1 ? kept : []);
  }

  /** The chart kind, as written in any case; an unknown one draws lines (warned once). */
  #kind(): TrendKind {
    return oneOf(this, 'kind', this.kind, KINDS, 'line');
  }

  /** Time runs right to left: in Arabic and Sorani, unless time-direction="ltr" (in any case). */
  #reversed(): boolean {
    return this.#loc.dir === 'rtl' && (this.timeDirection ?? '').trim().toLowerCase() !== 'ltr';
  }

  #ratio(): number {
    return parseRatio(this.aspectRatio, 16 / 9);
  }

  /**
   * The `height` attribute in pixels when it is a usable one (warned once otherwise), within what
   * a chart can be drawn in: at least the layout's 60 px, so that the frame and the drawing agree,
   * at most 4,000.
   */
  #fixedHeight(): number | undefined {
    const h = this.height;
    if (h === undefined || h === null) return undefined;
    if (Number.isFinite(h) && h > 0) {
      const bounded = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, h));
      if (bounded !== h) warnOnce(TAG, `height="${this.getAttribute('height') ?? ''}" is outside ${MIN_HEIGHT}-${MAX_HEIGHT} px; ${bounded} px is used.`);
      return bounded;
    }
    warnOnce(TAG, `height="${this.getAttribute('height') ?? ''}" is not a height in pixels (e.g. 320); the aspect ratio is used.`);
    return undefined;
  }

  protected override updated(): void {
    // sizes and positions go through the CSSOM, never a style attribute: strict CSPs allow it
    const frame = this.renderRoot.querySelector<HTMLElement>('.frame');
    if (frame) {
      frame.style.setProperty('--_ratio', String(this.#ratio()));
      // an unreadable or non-positive height ("abc", "0") keeps the aspect ratio, never a 0 px chart
      const fixed = this.#fixedHeight();
      frame.classList.toggle('fixed-height', fixed !== undefined);
      if (fixed !== undefined) frame.style.setProperty('--_height', `${fixed}px`);
      else frame.style.removeProperty('--_height');
    }
    const tip = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    const layout = this.#layout;
    if (tip && layout && this._cursor >= 0) {
      const x = layout.dateX[this._cursor]!;
      const w = tip.offsetWidth;
      const room = layout.width - w - 4;
      // beside the cursor, on the side with room; in RTL, on its left by default
      const preferLeft = this.#loc.dir === 'rtl';
      let left = preferLeft ? x - w - 12 : x + 12;
      if (left < 0 || left > room) left = preferLeft ? x + 12 : x - w - 12;
      left = Math.max(0, Math.min(room, left));
      tip.style.setProperty('--_tx', `${Math.round(left)}px`);
      tip.style.setProperty('--_ty', `${Math.round(layout.plot.top)}px`);
    }
  }

  protected override render(): TemplateResult {
    const loc = this.#loc;
    const t = trendMessages(loc.lang);
    const { view, source } = this.#data;
    const layout = this.#layout;
    const heading = this.#heading();
    let body: TemplateResult;
    if (this.state === 'loading') {
      body = html`<div class="frame"><div class="skeleton" aria-hidden="true"></div><span class="sr-only">${messages(loc.lang).loading}</span></div>
        <div class="skeleton-rest" aria-hidden="true"></div>`;
    } else if (this.state === 'error') {
      body = !hasData(this)
        ? html`<div class="frame"><p class="message" part="message">${this.#needsDataMessage()}</p></div>`
        : html`<div class="frame">${view && source ? view.errorCard(source, loc) : html`<p class="message">${messages(loc.lang).loadFailed}</p>`}</div>`;
    } else if (this.state === 'empty' || !layout) {
      body = html`<div class="frame"><p class="message" part="message">${this.#emptyWhy || (view ? view.dataMessages(loc.lang).empty : '')}</p></div>`;
    } else {
      body = html`<div class="frame">
          <div
            class="plot"
            part="plot"
            tabindex="0"
            role="group"
            aria-roledescription=${t.role}
            aria-label=${heading}
            aria-describedby="hint summary"
            @keydown=${this.#onKey}
            @pointerdown=${this.#onPointer}
            @pointermove=${this.#onPointer}
            @pointerleave=${this.#onPointerLeave}
            @pointercancel=${this.#onLeave}
            @blur=${this.#onLeave}
          >
            ${this.#renderSvg(layout)}
          </div>
          ${this.#renderTooltip(layout)}
        </div>
        ${this.#renderLegend()}
        <p class="summary" part="summary" id="summary">${this.#summary()}</p>
        <span class="sr-only" id="hint">${t.keyboardHint}</span>
        <span class="sr-only" role="status" part="live">${this.#liveText(layout)}</span>
        <button class="table-toggle" part="table-toggle" type="button" aria-expanded=${this._table ? 'true' : 'false'} @click=${() => (this._table = !this._table)}>
          ${this._table ? t.hideTable : t.showTable}
        </button>
        ${this._table ? this.#renderTable(heading, layout) : nothing}
        ${view && source ? view.staleMark(source, loc) : nothing}`;
    }
    return html`<figure class="root" part="base" dir=${loc.dir} lang=${loc.tag}>
      <figcaption class="heading" part="heading">${heading}</figcaption>
      ${body}${this.#renderFooter()}${view && source ? view.rejectedNotice(source, loc) : nothing}
    </figure>`;
  }

  #needsDataMessage(): string {
    return needsData(this.#loc.lang);
  }

  #heading(): string {
    if (this.heading?.trim()) return this.heading.trim();
    const t = trendMessages(this.#loc.lang);
    const labels = this.#series.filter((s) => !this._hidden.has(s.key)).map((s) => s.label);
    // 18 governorates would make a paragraph of a name: three, then how many more
    const named = labels.length > 4 ? t.seriesList(labels.slice(0, 3), formatNumber(this.#loc)(labels.length - 3)) : t.seriesList(labels, undefined);
    const layout = this.#layout;
    if (!layout || layout.dates.length === 0) return named;
    // yearly data is named by years, other data by months
    const yearly = this.#keyAt(layout.dates[0]!).length === 4;
    const fmt = (time: number): string => formatDate(this.#loc, { year: new Date(time).getUTCFullYear(), ...(!yearly && { month: new Date(time).getUTCMonth() + 1 }) });
    return t.generatedHeading(named, fmt(layout.dates[0]!), fmt(layout.dates[layout.dates.length - 1]!));
  }

  #summaryMemo: { inputs: readonly unknown[]; text: string } | undefined;

  /** The summary, recomputed only when the series, the hidden ones or the language change (not on every cursor step). */
  #summary(): string {
    const inputs = [this.#series, this._hidden, this.#loc.tag, this.#loc.numerals, this.annotations];
    if (!this.#summaryMemo || inputs.some((v, i) => v !== this.#summaryMemo!.inputs[i])) this.#summaryMemo = { inputs, text: this.#summarise() };
    return this.#summaryMemo.text;
  }

  /** The series' story, then the events marked on the chart (drawn in the picture, which screen readers skip). */
  #summarise(): string {
    const story = this.#summariseSeries();
    const dates = this.#layout?.dates ?? [];
    if (dates.length === 0) return story;
    const shown = readAnnotations(this.annotations).filter((a) => a.t >= dates[0]! && a.t <= dates[dates.length - 1]!);
    if (shown.length === 0) return story;
    const events = shown.map((a) => `${a.label} (${formatDate(this.#loc, a.date)})`);
    return `${story} ${trendMessages(this.#loc.lang).events(events.join(this.#loc.dir === 'rtl' ? '؛ ' : '; '))}`;
  }

  /** One sentence per series; with more than three, one sentence about their total. */
  #summariseSeries(): string {
    const visible = this.#series.filter((s) => !this._hidden.has(s.key));
    const defined = (s: TrendSeries): SummaryPoint[] => s.points.filter((p): p is SummaryPoint => p.value !== undefined);
    if (visible.length <= 3) return visible.map((s) => summarise(defined(s), this.#loc, s.label)).join(' ');
    // the total only where every series has a figure: missing is not zero, in the story either
    // (the rule of the stacked chart's total, so both tell the same figures)
    const layers = visible.map((s) => s.points);
    const dates = unionOfTimes(layers);
    const { total } = stackOn(dates, layers);
    const points: SummaryPoint[] = [];
    dates.forEach((t, i) => {
      const key = pointAt(visible[0]!.points, t)?.key;
      if (total[i] !== undefined) points.push({ t, value: total[i]!, ...(key !== undefined && { key }) });
    });
    // no date has every series (different reporting days, or a series of blanks): the first three
    // are told one by one rather than nothing
    if (points.length === 0) return visible.slice(0, 3).map((s) => summarise(defined(s), this.#loc, s.label)).filter(Boolean).join(' ');
    return summarise(points, this.#loc, trendMessages(this.#loc.lang).total(visible.length));
  }

  #renderSvg(layout: TrendLayout): SVGTemplateResult {
    const { plot } = layout;
    const stacked = this.#kind() === 'stacked-area';
    const cursorX = this._cursor >= 0 ? layout.dateX[this._cursor] : undefined;
    return svg`<svg viewBox="0 0 ${layout.width} ${layout.height}" aria-hidden="true" focusable="false">
      <g class="grid">${layout.yTicks.map((tick) => svg`<line x1=${plot.left} x2=${plot.right} y1=${tick.at} y2=${tick.at}></line>`)}</g>
      <g class="axis" part="axis">
        ${layout.yTicks.map(
          (tick) =>
            svg`<text x=${this.#loc.dir === 'rtl' ? plot.right + 6 : plot.left - 6} y=${tick.at} dy="0.32em" text-anchor=${this.#loc.dir === 'rtl' ? 'start' : 'end'}>${tick.label}</text>`,
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

  #renderTooltip(layout: TrendLayout): TemplateResult | typeof nothing {
    if (this._cursor < 0) return nothing;
    const time = layout.dates[this._cursor]!;
    const fmt = formatNumber(this.#loc);
    const t = trendMessages(this.#loc.lang);
    let rows = this.#series
      .map((s, index) => ({ s, index, value: pointAt(s.points, time)?.value }))
      .filter(({ s }) => !this._hidden.has(s.key));
    // 40 governorates would run the tooltip far past the chart: the highest ten at this date, in
    // legend order, then how many more (the live region and the table still tell every one)
    const more = rows.length - TOOLTIP_ROWS;
    if (more > 0) {
      const top = new Set([...rows].sort((a, b) => (b.value ?? -1) - (a.value ?? -1)).slice(0, TOOLTIP_ROWS));
      rows = rows.filter((r) => top.has(r));
    }
    // the visual tooltip; screen readers get the same text from the live region below the chart
    return html`<div class="tooltip" part="tooltip" aria-hidden="true">
      <p>${this.#dateLabel(time)}</p>
      ${rows.map(({ s, index, value }) => html`<p>${this.#key(index)}${s.label}: <span class="value">${value === undefined ? t.noData : fmt(value)}</span></p>`)}
      ${more > 0 ? html`<p>${t.more(fmt(more))}</p>` : nothing}
    </div>`;
  }

  /** What the live region says for the cursor: the date and every visible series' value. */
  #liveText(layout: TrendLayout): string {
    if (this._cursor < 0) return '';
    const time = layout.dates[this._cursor]!;
    const fmt = formatNumber(this.#loc);
    const t = trendMessages(this.#loc.lang);
    const values = this.#series
      .filter((s) => !this._hidden.has(s.key))
      .map((s) => {
        const p = pointAt(s.points, time);
        return `${s.label}: ${p?.value === undefined ? t.noData : fmt(p.value)}`;
      });
    return [this.#dateLabel(time), ...values].join('. ');
  }

  /** The date as precise as the data: "April 2014" for a month, "30 April 2024" for a day. */
  #dateLabel(time: number): string {
    const key = this.#keyAt(time);
    const parsed = parseIsoDate(key);
    const d = new Date(time);
    const date = formatDate(this.#loc, parsed ?? { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
    return key.includes('T') ? `${date} ${formatClock(this.#loc, time)}` : date;
  }

  /** The series' key: a line sample in its colour and dash (a colour swatch for areas and bars). */
  #key(index: number): TemplateResult {
    if (this.#kind() !== 'line') return html`<span class="swatch c${index % 8}" aria-hidden="true"></span>`;
    return html`<svg class="key c${index % 8}" viewBox="0 0 24 12" aria-hidden="true"><line class="d${index % 4}" x1="1" y1="6" x2="23" y2="6"></line></svg>`;
  }

  #renderLegend(): TemplateResult | typeof nothing {
    if (this.#series.length < 2) return nothing;
    return html`<ul class="legend" part="legend" aria-label=${trendMessages(this.#loc.lang).legend}>
      ${this.#series.map(
        (s, index) => html`<li>
          <button type="button" aria-pressed=${this._hidden.has(s.key) ? 'false' : 'true'} @click=${() => this.#toggle(s.key)}>
            ${this.#key(index)}${s.label}
          </button>
        </li>`,
      )}
    </ul>`;
  }

  /**
   * The data table, a page of TABLE_PAGE dates at a time: a 100k-point series would otherwise
   * put half a million cells in the page at once. The figures are the real ones, not decimated.
   */
  #renderTable(caption: string, layout: TrendLayout): TemplateResult {
    const series = this.#series.filter((s) => !this._hidden.has(s.key));
    const t = trendMessages(this.#loc.lang);
    const fmt = formatNumber(this.#loc);
    const dates = layout.dates; // the visible series' dates, ascending
    const pages = Math.max(1, Math.ceil(dates.length / TABLE_PAGE));
    const page = Math.min(this._tablePage, pages - 1);
    const first = page * TABLE_PAGE;
    const shown = dates.slice(first, first + TABLE_PAGE);
    const turn = (to: number, e: Event): void => {
      this._tablePage = to;
      // at the first or last page the button pressed is disabled: focus moves to the other one,
      // not to the page's body
      const pressed = e.currentTarget as HTMLButtonElement;
      void this.updateComplete.then(() => {
        if (pressed.disabled) pressed.parentElement?.querySelector<HTMLButtonElement>('button:not([disabled])')?.focus();
      });
    };
    return html`<div class="table-wrap"><table part="table">
      <caption>${caption}</caption>
      <thead><tr><th scope="col">${t.date}</th>${series.map((s) => html`<th scope="col">${s.label}</th>`)}</tr></thead>
      <tbody>
        ${shown.map(
          (time) => html`<tr><th scope="row">${this.#dateLabel(time)}</th>${series.map((s) => {
            const v = pointAt(s.points, time)?.value;
            return html`<td>${v === undefined ? '—' : fmt(v)}</td>`;
          })}</tr>`,
        )}
      </tbody>
    </table></div>
    ${pages > 1
      ? html`<p class="table-pages" part="table-pages">
          <button type="button" ?disabled=${page === 0} @click=${(e: Event) => turn(page - 1, e)}>${t.previousRows}</button>
          <span role="status">${t.rows(fmt(first + 1), fmt(first + shown.length), fmt(dates.length))}</span>
          <button type="button" ?disabled=${page === pages - 1} @click=${(e: Event) => turn(page + 1, e)}>${t.nextRows}</button>
        </p>`
      : nothing}`;
  }

  #renderFooter(): TemplateResult | typeof nothing {
    const credit = sourceCredit(this.#loc, this.source, this.sourceUrl);
    return credit === nothing ? nothing : html`<p class="footer">${credit}</p>`;
  }

  #toggle(key: string): void {
    const next = new Set(this._hidden);
    if (next.has(key)) next.delete(key);
    // never hide the last visible series: an empty chart helps no one
    else if (this.#series.filter((s) => !next.has(s.key)).length > 1) next.add(key);
    this._hidden = next;
  }

  readonly #onKey = (e: KeyboardEvent): void => {
    const n = this.#layout?.dates.length ?? 0;
    if (!n) return;
    // in right-to-left time, the right arrow goes back in time: keys follow what the eye sees
    const reversed = this.#reversed();
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    let next = this._cursor;
    if (step) next = this._cursor < 0 ? (reversed === step > 0 ? n - 1 : 0) : Math.max(0, this._cursor + (reversed ? -step : step));
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = n - 1;
    else if (e.key === 'Escape') next = -1;
    else return;
    e.preventDefault();
    this._cursor = Math.max(-1, Math.min(n - 1, next));
  };

  readonly #onPointer = (e: PointerEvent): void => {
    const layout = this.#layout;
    const target = e.currentTarget as HTMLElement;
    if (!layout) return;
    const box = target.getBoundingClientRect();
    const px = ((e.clientX - box.left) / box.width) * layout.width;
    const i = nearestDate(layout, px);
    if (i !== this._cursor) this._cursor = i;
  };

  readonly #onLeave = (): void => {
    this._cursor = -1;
  };

  /**
   * A finger lifted leaves the plot at once: after a tap the tooltip stays until the next tap or
   * blur. A swipe that scrolls the page is cancelled first (pointercancel), which clears it.
   */
  readonly #onPointerLeave = (e: PointerEvent): void => {
    if (e.pointerType !== 'touch') this._cursor = -1;
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'dtm-trend': DtmTrend;
  }
}
