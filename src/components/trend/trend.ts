import { LitElement, html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { LocaleController } from '../../controllers/locale-controller.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import type { DateFormat, DuplicateRule } from '../../data/pipeline.js';
import type { FormatOption } from '../../data/table.js';
import { NUMERALS, type NumeralsOption, type ResolvedLocale } from '../../i18n/locale.js';
import { messages } from '../../i18n/messages.js';
import { VERSION } from '../../internal/version.js';
import { oneOf } from '../../internal/enum.js';
import { chartStyles } from '../../styles/chart.styles.js';
import { hostStyles } from '../../styles/host.styles.js';
import { cursorKey } from '../shared/cursor.js';
import { DataHostController, dataProperties, strictNumber, type DataAttributes } from '../shared/data-host.js';
import { Memo } from '../shared/memo.js';
import { emptyBody, errorBody, isDrawable, loadingBody, needsDataBody, type WidgetState } from '../shared/states.js';
import { plotGroup, plotTexts } from '../shared/plot.js';
import { tableToggle } from '../shared/table.js';
import { moveTooltip } from '../shared/tooltip.js';
import { readAnnotations } from './annotations.js';
import { chartSummary } from './chart-summary.js';
import { FirstDrawController } from './first-draw.js';
import { layoutTrend, type TrendKind, type TrendLayout, type TrendSeries } from './layout.js';
import { nearestDate } from './lookup.js';
import { trendMessages } from './messages.js';
import { chartSeries } from './naming.js';
import { boardMark, withArea } from './board-link.js';
import { DownloadMenuController, downloadStyles } from '../shared/download-menu.js';
import { fixedHeight, keptHidden, readKind, readMarks, readRatio, timeReversed, toggledHidden } from './options.js';
import { generatedHeading, liveText, whyEmpty } from './readout.js';
import { renderFooter, renderLegend, renderSvg, renderTable, renderTooltip } from './render.js';
import { trendStyles } from './trend.styles.js';

/**
 * Displacement over time: one or more series from published data, as lines, areas, stacked areas
 * or bars, on a time scale of the real reporting dates (DTM rounds are irregular). Missing
 * figures are gaps, never zeros. The peak and the latest value are marked. Keyboard: the chart is
 * focusable; the arrow keys move between reporting dates, Home and End to the first and last,
 * Page Up and Page Down a tenth of the way.
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
 * @csspart download - The "Download" menu button: the series as CSV, the chart as SVG or PNG (made in the page, sent nowhere).
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
  static override styles = [hostStyles, chartStyles, trendStyles, downloadStyles];

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
  readonly #download = new DownloadMenuController(
    this,
    () => isDrawable(this.state) && !!this.#series.value?.some((s) => !this._hidden.has(s.key)),
    () => {
      // read now, made in a chunk of its own fetched when an item is chosen
      const series = this.#series.value;
      if (!series) return undefined;
      const made = [series, this._hidden, this.#heading(), this.renderRoot.querySelector<SVGSVGElement>('.frame svg'), this.#data.sourceName(this.source), this.#loc] as const;
      return import('./trend-download.js').then((m) => m.trendDownload(...made));
    },
  );
  /** The board's date, as a cursor position, last marked. */
  #mark: number | undefined;
  private _table = false;
  /** The page of the data table on screen (see TABLE_PAGE). */
  private _tablePage = 0;

  readonly #locale = new LocaleController(this);

  /** Waits for the widget's language (Arabic and Sorani strings are fetched): never English first. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.#locale.whenReady(() => super.scheduleUpdate());
  }
  readonly #size = new ResizeController(this);
  readonly #data = new DataHostController(this, () => ({ severalValues: true, ...(this.seriesField && { seriesField: this.seriesField }) }));
  readonly #firstDraw = new FirstDrawController(this);
  #loc!: ResolvedLocale;
  /** The chart's series, named and ordered; kept while the data and what selects and names them are the same. */
  readonly #series = new Memo<TrendSeries[]>();
  readonly #layout = new Memo<TrendLayout>();
  readonly #summary = new Memo<string>();
  /** The layout on screen: undefined while there is nothing to draw. */
  #drawn: TrendLayout | undefined;
  /** Why there is nothing to draw, when the editor can fix it (else the data layer's "no figures yet"). */
  #emptyWhy = '';

  /** State → layout: the series from the data, then the layout from the series and what it depends on. */
  protected override willUpdate(): void {
    this.#loc = this.#locale.resolve(oneOf(this, 'numerals', this.numerals, NUMERALS, 'auto'));
    if (!this.#data.active) {
      this.#data.release(); // src and inline data removed: stop fetching and refreshing
      this.state = 'error';
      this.#drawn = undefined;
      return;
    }
    this.#data.sync(this.#loc);
    const source = this.#data.source;
    let state: WidgetState = this.#data.failed ? 'error' : (source?.state ?? 'loading');
    if (this.#data.observations && isDrawable(state)) {
      const series = this.#seriesFor(this.#data.observations ?? [], this.#data.gaps);
      if (!series.some((s) => s.values.some((v) => !Number.isNaN(v)))) state = 'empty';
    }
    // new data on its way: the old series no longer name the chart (its heading, its legend)
    if (source && !source.observations) this.#series.clear();
    this.#emptyWhy = state === 'empty' && source ? whyEmpty(this.#data.observations ?? [], source.report?.reasons.filtered ?? 0, { from: this.from, to: this.to }, this.#loc) : '';
    // the width the observer reports, else the laid-out width read once (see ResizeController.measure)
    const width = this.#size.measure() || 600;
    this.#drawn = isDrawable(state) ? this.#layout.get(this.#layoutInputs(width), () => this.#doLayout(width)) : undefined;
    this.state = this.#firstDraw.gate(state, this.state);
    if (this.#drawn && this._cursor >= this.#drawn.dates.length) this._cursor = -1;
    // in a board, the cursor and its rule mark the board's date (the latest by default); the series stays whole
    const mark = this.#drawn && this.#data.shared ? boardMark(this.#drawn.dates, this.#data.at(undefined)) : undefined;
    if (mark !== this.#mark) [this.#mark, this._cursor] = [mark, mark ?? this._cursor];
  }

  /** The series for the data; new series let go of hidden keys they no longer have. */
  #seriesFor(observations: Parameters<typeof chartSeries>[0], gaps: Parameters<typeof chartSeries>[1]): TrendSeries[] {
    const before = this.#series.value;
    const inputs = [observations, gaps, this.from, this.to, this.valueField, this.seriesLabels, this.seriesField, this.#loc.lang];
    const idps = trendMessages(this.#loc.lang).idps;
    const series = this.#series.get(inputs, () =>
      chartSeries(observations, gaps, { from: this.from, to: this.to, valueField: this.valueField, seriesLabels: this.seriesLabels, seriesField: this.seriesField, idps, lang: this.#loc.lang }),
    );
    if (series !== before) this._hidden = keptHidden(this._hidden, series.map((s) => s.key));
    return series;
  }

  /**
   * What the layout depends on, and nothing else: the series, the width, the shape (aspect ratio
   * or fixed height), the kind, the hidden series, the marks, the annotations, the direction of
   * time and the locale (digits, labels, the side of the value axis). The cursor, the open table
   * and its page change the picture's companions, never the layout.
   */
  #layoutInputs(width: number): readonly unknown[] {
    return [this.#series.value, width, this.aspectRatio, this.height, this.kind, this._hidden, this.marks, this.annotations, this.timeDirection, this.#loc];
  }

  #doLayout(width: number): TrendLayout {
    const loc = this.#loc;
    return layoutTrend(this.#series.value ?? [], {
      width,
      height: this.#fixedHeight() ?? width / readRatio(this.aspectRatio),
      loc,
      kind: this.#kind(),
      hidden: this._hidden,
      marks: readMarks(this.marks),
      annotations: readAnnotations(this.annotations),
      reverseTime: timeReversed(loc, this.timeDirection),
      axisRight: loc.dir === 'rtl',
    });
  }

  #kind(): TrendKind {
    return readKind(this, this.kind);
  }

  #fixedHeight(): number | undefined {
    return fixedHeight(this.height, this.getAttribute('height'));
  }

  protected override updated(): void {
    // sizes and positions go through the CSSOM, never a style attribute: strict CSPs allow it
    const frame = this.renderRoot.querySelector<HTMLElement>('.frame');
    if (frame) {
      frame.style.setProperty('--_ratio', String(readRatio(this.aspectRatio)));
      // an unreadable or non-positive height ("abc", "0") keeps the aspect ratio, never a 0 px chart
      const fixed = this.#fixedHeight();
      frame.classList.toggle('fixed-height', fixed !== undefined);
      if (fixed !== undefined) frame.style.setProperty('--_height', `${fixed}px`);
      else frame.style.removeProperty('--_height');
    }
    const tip = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    const layout = this.#drawn;
    if (tip && layout && this._cursor >= 0) moveTooltip(tip, { x: layout.dateX[this._cursor]!, y: layout.plot.top }, layout, this.#loc.dir === 'rtl');
  }

  /** Render: the heading, the body of the state (or the chart), the footer. */
  protected override render(): TemplateResult {
    const loc = this.#loc;
    const { view, source } = this.#data;
    const heading = this.#heading();
    return html`<figure class="root" part="base" dir=${loc.dir} lang=${loc.tag}>
      <figcaption class="heading" part="heading">${heading}</figcaption>
      ${this.#body(heading)}${renderFooter(loc, this.#data.sourceName(this.source), this.sourceUrl)}${view && source ? view.rejectedNotice(source, loc) : nothing}${this.#download.render(loc.lang)}
    </figure>`;
  }

  #body(heading: string): TemplateResult {
    const lang = this.#loc.lang;
    const { view, source } = this.#data;
    if (this.state === 'loading') return loadingBody(lang);
    if (this.state === 'error') {
      if (!this.#data.active) return needsDataBody(lang);
      return errorBody(view && source ? view.errorCard(source, this.#loc) : undefined, messages(lang).loadFailed);
    }
    const layout = this.#drawn;
    if (this.state === 'empty' || !layout) return emptyBody(this.#emptyWhy || (view ? view.dataMessages(lang).empty : ''));
    return this.#chart(layout, heading);
  }

  #chart(layout: TrendLayout, heading: string): TemplateResult {
    const loc = this.#loc;
    const t = trendMessages(loc.lang);
    const { view, source } = this.#data;
    const series = this.#series.value ?? [];
    const kind = this.#kind();
    const time = this._cursor >= 0 ? layout.dates[this._cursor] : undefined;
    return html`<div class="frame">
        ${plotGroup(
          t.role,
          heading,
          { keydown: this.#onKey, pointerdown: this.#onPointer, pointermove: this.#onPointer, pointerleave: this.#onPointerLeave, pointercancel: this.#onLeave, blur: this.#onLeave },
          renderSvg(layout, kind, this._cursor, loc.dir === 'rtl'),
        )}
        ${time === undefined ? nothing : renderTooltip(series, this._hidden, time, kind, loc)}
      </div>
      ${renderLegend(series, this._hidden, kind, loc, this.#toggle)}
      ${plotTexts(this.#summaryText(layout), t.keyboardHint, time === undefined ? '' : liveText(series, this._hidden, time, loc))}
      ${tableToggle(this._table, { show: t.showTable, hide: t.hideTable }, () => (this._table = !this._table))}
      ${this._table
        ? renderTable(heading, series, this._hidden, layout.dates, loc, { page: this._tablePage, turn: (page) => (this._tablePage = page), rendered: () => this.updateComplete })
        : nothing}
      ${view && source ? view.staleMark(source, loc) : nothing}`;
  }

  #heading(): string {
    if (this.heading?.trim()) return withArea(this.heading.trim(), this.#data.areaName);
    return withArea(generatedHeading(this.#series.value ?? [], this._hidden, this.#drawn?.dates ?? [], this.#loc), this.#data.areaName);
  }

  /** The summary, made again only when the series, the hidden ones, the language or the events change (not on every cursor step). */
  #summaryText(layout: TrendLayout): string {
    const series = this.#series.value ?? [];
    const text = this.#summary.get([series, this._hidden, this.#loc, this.annotations], () => chartSummary(series, this._hidden, this.#loc, readAnnotations(this.annotations), layout.dates));
    return this.#data.areaName ? `${this.#data.areaName}: ${text}` : text;
  }

  readonly #toggle = (key: string): void => {
    this._hidden = toggledHidden(this._hidden, key, (this.#series.value ?? []).map((s) => s.key));
  };

  /** Arrows, Home, End, Page Up and Page Down move between reporting dates; in right-to-left time the right arrow goes back. */
  readonly #onKey = (e: KeyboardEvent): void => {
    const next = cursorKey(e.key, this._cursor, { count: this.#drawn?.dates.length ?? 0, backwards: timeReversed(this.#loc, this.timeDirection) });
    if (next === undefined) return;
    e.preventDefault();
    this._cursor = next;
  };

  readonly #onPointer = (e: PointerEvent): void => {
    const layout = this.#drawn;
    if (!layout) return;
    const box = (e.currentTarget as HTMLElement).getBoundingClientRect();
    const i = nearestDate(layout, ((e.clientX - box.left) / box.width) * layout.width);
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
