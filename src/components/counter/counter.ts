import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { CountUpController } from './count-up-controller.js';
import { changeLine } from './change-line.js';
import { counterStyles } from './counter.styles.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { VisibilityController } from '../../controllers/visibility-controller.js';
import { parseIsoDate } from '../../core/dates.js';
import { formatDate } from '../../format/date.js';
import { formatNumber } from '../../format/number.js';
import { NUMERALS, type NumeralsOption, type ResolvedLocale } from '../../i18n/locale.js';
import type { DateFormat, DuplicateRule } from '../../data/pipeline.js';
import type { Aggregate } from '../../data/select.js';
import type { FormatOption } from '../../data/table.js';
import { parseStrictNumber } from '../../data/strict-number.js';
import { messages } from '../../i18n/messages.js';
import { VERSION } from '../../internal/version.js';
import { oneOf } from '../../internal/enum.js';
import { warnOnce } from '../../internal/warn.js';
import { hostStyles } from '../../styles/host.styles.js';
import { DataHostController, dataProperties, strictNumber, type DataAttributes } from '../shared/data-host.js';
import { sourceCredit } from '../shared/credit.js';
import { DownloadMenuController, downloadStyles } from '../shared/download-menu.js';
import { errorMessage, infoMessage, type WidgetState } from '../shared/states.js';

const TAG = 'dtm-counter';

/** The figure shown, its comparison and its date, from attributes or from data. */
interface Figure {
  n: number | undefined;
  previous: number | undefined;
  date: string | undefined;
  /** Rows with no figure at that date, left out of it (data mode). */
  missing?: number | undefined;
}

/**
 * A big figure with a label: programme results and headline displacement numbers
 * ("140,000 beneficiaries", "3.1 million Iraqis displaced since January 2014").
 *
 * The figure comes from the `value` attribute, or from published data: `src` (a DTM API response,
 * HXL, CSV or plain JSON records) or an inline `<script type="application/json">` child, with
 * `value-field`, `filter`, `at`, `aggregate` and `compare` choosing the figure.
 *
 * The figure counts up when the counter first scrolls into view (not under
 * `prefers-reduced-motion`, nor when printed), and screen readers get only the final figure.
 * Until then it shows the final figure, so a printout or screenshot never reads `0`.
 * Text is English, Arabic (`ar`, `ar-IQ`) or Kurdish Sorani (`ckb`), from `lang` on the element
 * or its closest ancestor; Arabic and Sorani lay out right to left.
 *
 * @tagname dtm-counter
 * @summary Programme-impact counter: a large localised figure with a label, change and source.
 * @status experimental
 * @since 0.1.0
 *
 * @csspart base - The wrapper that carries `dir` and `lang`.
 * @csspart figure - The big figure.
 * @csspart label - The label under the figure.
 * @csspart change - The change against `previous`, in words with an arrow.
 * @csspart partial - Says the figure leaves out areas or series with no figure at its date.
 * @csspart source - The source credit, "Source: …" (text, or a link when `source-url` is http or https).
 * @csspart link - The source link itself.
 * @csspart as-of - The "As of" date.
 * @csspart message - A message in place of the figure: no value yet, no figures for the data's date or region.
 * @csspart error - An error in place of the figure: the error card (data), or the error in one line (a value that is not a number).
 * @csspart retry - The error card's "Try again" button.
 * @csspart stale - The "Not up to date" mark shown over the last good data.
 * @csspart rejected - The "N rows not shown" notice, with the reasons on demand.
 * @csspart download - The "Download" menu button: the figure as CSV, SVG or PNG (made in the page, sent nowhere).
 *
 * @fires dtm-load - Fired when data from `src` or inline data has been read: `{url, format, report: {total, used, merged, rejected, reasons, examples, fields, notes}}`.
 * @fires dtm-error - Fired when data could not be read: `{url, kind, message}`. The widget shows an error card, or its last good data marked stale.
 *
 * @cssprop --dtm-font-family - Font stack for all text. Default: the system UI font, then Noto Sans Arabic.
 * @cssprop --dtm-color-text - Label text colour. Default: #1b2530 (light), #eef2f6 (dark).
 * @cssprop --dtm-color-muted - Colour of the change, source and date lines. Default: #4f5d6c / #b4bfcc.
 * @cssprop --dtm-color-background - Background. Default: transparent (light), #151b23 (dark).
 * @cssprop --dtm-color-accent - Colour of the figure. Default: #0033a0 (IOM blue) / #8fb4ff.
 * @cssprop --dtm-color-link - Link colour. Default: #0b57d0 / #9cc2ff.
 * @cssprop --dtm-color-up - Colour of an increase (the words say it too). Default: #0f5f8c / #7cc4f2.
 * @cssprop --dtm-color-down - Colour of a decrease (the words say it too). Default: #a3480b / #f5a35c.
 * @cssprop --dtm-color-error - Colour of the message for a bad value. Default: #b42318 / #ff9b8f.
 * @cssprop --dtm-color-border - Lines of every widget: the error card, buttons, tables, the map's areas without figures under points. Default: #d5dbe3 / #3a4552.
 * @cssprop --dtm-radius - Corner radius. Default: 0.5rem.
 * @cssprop --dtm-padding - Padding inside the widget. Default: 0.
 * @cssprop --dtm-counter-figure-size - Font size of the figure. Default: clamp(1.5rem, 17cqi, 3.25rem).
 * @cssprop --dtm-counter-figure-weight - Font weight of the figure. Default: 700.
 * @cssprop --dtm-counter-label-size - Font size of the label. Default: 1rem.
 * @cssprop --dtm-counter-small-size - Font size of the change, source and date. Default: 0.8125rem.
 * @cssprop --dtm-counter-align - Text alignment: start, center or end. Default: start.
 */
export class DtmCounter extends LitElement implements DataAttributes {
  /** The version of dtm-widgets that defined this class. */
  static readonly version: string = VERSION;

  static override styles = [hostStyles, counterStyles, downloadStyles];

  static override properties: PropertyDeclarations = {
    value: { converter: strictNumber },
    label: {},
    notation: {},
    maximumFractionDigits: { attribute: 'maximum-fraction-digits', converter: strictNumber },
    previous: { converter: strictNumber },
    asOf: { attribute: 'as-of' },
    source: {},
    sourceUrl: { attribute: 'source-url' },
    lang: { reflect: true },
    numerals: {},
    theme: { reflect: true },
    duration: { converter: strictNumber },
    state: { reflect: true },
    ...dataProperties,
    at: {},
    aggregate: {},
    compare: {},
  };

  /** The figure: digits, optionally with a decimal point and thousands separators (`140000`, `140,000`, `١٤٠٠٠٠`). */
  value: number | undefined;
  /** What the figure counts, e.g. "beneficiaries". */
  label: string | undefined;
  /** `standard` (3,100,000) or `compact` (3.1M, ٣٫١ مليون). */
  notation: 'standard' | 'compact' = 'standard';
  /** At most this many digits after the decimal separator (0 to 20). */
  maximumFractionDigits: number | undefined;
  /** An earlier figure: shows the change, up or down, as a number and a percentage. */
  previous: number | undefined;
  /** The date the figure refers to, ISO 8601 (`2024-04-30`, `2024-04`, `2024`), shown localised. */
  asOf: string | undefined;
  /** Who published the figure, e.g. "IOM Iraq". Without it, the credit a dtm-publish snapshot gives itself (`meta.source`). */
  source: string | undefined;
  /** Link for the source; only http and https URLs become links, anything else shows as text. */
  sourceUrl: string | undefined;
  /** Language (`en`, `ar`, `ar-IQ`, `ckb`); else the closest ancestor's `lang`, the document's, or English. */
  declare lang: string;
  /** Digits: `auto` (the language's default: Arabic-Indic for ar-IQ and ckb), `latn` (0-9) or `arab` (٠-٩). */
  numerals: NumeralsOption = 'auto';
  /** `light`, `dark`, or `auto` (follows the reader's colour-scheme preference). */
  theme: 'light' | 'dark' | 'auto' = 'light';
  /** Count-up animation length in milliseconds; 0 shows the figure at once. */
  duration: number | undefined = 1200;
  /** Read-only: `ready`, `loading`, `empty`, `stale` (last good data after a failed refresh) or `error`. */
  state: WidgetState = 'loading';
  /** URL of published data (JSON or CSV); relative URLs resolve against the page. */
  src: string | undefined;
  /** `auto`, `dtm`, `hxl`, `records` or `csv`. */
  format: FormatOption = 'auto';
  /** Column (name or HXL tag pattern) holding the figure. Default: `numPresentIdpInd` (DTM), `#affected+idps` (HXL), `value`. */
  valueField: string | undefined;
  /** Column of reporting dates. Default: `reportingDate` (DTM), `#date` (HXL), `date`. */
  dateField: string | undefined;
  /** Column of area codes. Default: the deepest admin P-code present. */
  regionField: string | undefined;
  /** `field=value` pairs separated by `;`, e.g. `admin1Pcode=IRQ-G15;operation=Iraq conflict`. */
  filter: string | undefined;
  /** Only this area (any P-code form or governorate name); a governorate includes its districts. */
  region: string | undefined;
  /** Which reporting date: `latest`, an ISO date (`2016-03`), or `all` (for additive figures). */
  at = 'latest';
  /** How the figures of that date combine: `sum`, `max`, `min`, `mean` or `count`. */
  aggregate: Aggregate = 'sum';
  /** `previous`: show the change since the previous reporting date. */
  compare: string | undefined;
  /** How rows with the same date and area combine: `sum`, `max`, `min`, `mean`, `first`, `last` or `reject`. */
  duplicates: DuplicateRule = 'sum';
  /** How slash dates are written: `DD/MM/YYYY`, `MM/DD/YYYY` or `YYYY/MM/DD`; without it they are refused. */
  dateFormat: DateFormat | undefined;
  /** Re-fetch every this many seconds (paused while hidden or far off-screen); 0 for never. */
  refresh: number | undefined;
  /** Largest data file accepted, in bytes. Default: 10 MB. */
  maxBytes: number | undefined;

  readonly #locale = new LocaleController(this);

  /** Waits for the widget's language (Arabic and Sorani strings are fetched): never English first. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.#locale.whenReady(() => super.scheduleUpdate());
  }
  readonly #count = new CountUpController(this);
  readonly #visibility = new VisibilityController(this, () => this.#startCount());
  /** The value attribute as typed, for the error message. */
  #rawValue: string | null = null;
  /** The figure last shown in full, the start of the next count. */
  #shownValue: number | undefined;
  #seen = false;
  #loc!: ResolvedLocale;
  readonly #data = new DataHostController(this);
  /** Inside a <dtm-board>: its data, area and date, for a counter without data of its own. */
  #selectionInputs: readonly unknown[] = [];
  #selection: ReturnType<NonNullable<DataHostController['view']>['selectFigure']>;
  /** The figure and its context, from attributes or from data. */
  #figure: Figure = { n: undefined, previous: undefined, date: undefined };
  readonly #download = new DownloadMenuController(
    this,
    () => this.state === 'ready' || this.state === 'stale',
    // what the counter offers is made by a small chunk of its own, fetched when an item is chosen
    () => (this.state === 'ready' || this.state === 'stale' ? import('./counter-download.js').then((m) => m.counterDownload(this, this.#loc, this.#figure, this.#sourceName())) : undefined),
  );

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name === 'value') {
      this.#rawValue = value;
      // NaN to NaN is no change to Lit: "abc" corrected to "xyz" must still say "xyz"
      this.requestUpdate();
    }
    super.attributeChangedCallback(name, old, value);
  }

  /** The parsed value: a number, `undefined` (missing) or NaN (invalid). */
  get #number(): number | undefined {
    const v = this.value as unknown;
    if (typeof v === 'number') return Number.isFinite(v) ? v : Number.NaN;
    if (typeof v === 'string') return strictNumber.fromAttribute(v); // set as a string from script
    return undefined;
  }

  get #fractionDigits(): number | undefined {
    const d = this.maximumFractionDigits;
    if (d === undefined || d === null) return undefined;
    if (Number.isInteger(d) && d >= 0 && d <= 20) return d;
    warnOnce(TAG, `maximum-fraction-digits must be a whole number from 0 to 20; "${String(d)}" is ignored.`);
    return undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#loc = this.#locale.resolve(oneOf(this, 'numerals', this.numerals, NUMERALS, 'auto'));
    const before = this.#figure.n;
    // its own data, or inside a <dtm-board> without any, the board's (the data host serves both)
    const feed = this.#data;
    if (feed.active) {
      // cheap when nothing changed (the source is told only of a new configuration or new
      // children), so a count-up frame costs no data work
      feed.sync(this.#loc);
      const source = feed.source;
      const at = feed.at(this.at);
      let figure: Figure = { n: undefined, previous: this.previous, date: undefined };
      let state: WidgetState = feed.failed ? 'error' : (source?.state ?? 'loading');
      if (feed.observations && (state === 'ready' || state === 'stale')) {
        const inputs = [feed.observations, feed.gaps, at, this.aggregate, this.compare];
        if (inputs.some((v, i) => v !== this.#selectionInputs[i])) {
          this.#selectionInputs = inputs;
          this.#selection = feed.view!.selectFigure(feed.observations, {
            at,
            aggregate: oneOf(this, 'aggregate', this.aggregate, ['sum', 'max', 'min', 'mean', 'count'] as const, 'sum'),
            previous: oneOf(this, 'compare', this.compare, ['previous', 'none'] as const, undefined) === 'previous',
            gaps: feed.gaps,
          });
        }
        const selection = this.#selection;
        if (selection && Number.isFinite(selection.figure.value)) {
          // a change between figures that leave out areas with no figure would be the blanks' doing,
          // not the people's: no change is told when either date is partial
          const partial = (selection.figure.missing ?? 0) > 0 || (selection.previous?.missing ?? 0) > 0;
          figure = { n: selection.figure.value, previous: this.previous ?? (partial ? undefined : selection.previous?.value), date: selection.figure.date, missing: selection.figure.missing };
        } else state = 'empty';
      }
      this.#figure = figure;
      this.state = state;
    } else {
      this.#data.release(); // src and inline data removed: stop fetching and refreshing
      const n = this.#number;
      this.#figure = { n, previous: this.previous, date: undefined };
      this.state = n === undefined ? 'empty' : Number.isNaN(n) ? 'error' : 'ready';
    }
    const after = this.#figure.n;
    if (changed.has('value') || !Object.is(before, after)) this.#scheduleCount(after);
  }

  #scheduleCount(n: number | undefined): void {
    if (n === undefined || Number.isNaN(n)) {
      this.#visibility.cancel();
      this.#count.finish();
      this.#shownValue = undefined;
      return;
    }
    const duration = this.duration ?? 0;
    const reduced = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
    if (!(duration > 0) || reduced) {
      this.#visibility.cancel();
      this.#count.finish();
      this.#shownValue = n;
    } else if (this.#seen) {
      this.#count.run(this.#count.current ?? this.#shownValue ?? 0, n, duration);
      this.#shownValue = n;
    } else {
      // not seen yet: the final figure until the count-up runs, so that a printout, a screenshot
      // or a reader who never scrolls here is not told "0"
      this.#count.finish();
      this.#visibility.waitUntilVisible();
    }
  }

  #startCount(): void {
    this.#seen = true;
    const n = this.#figure.n;
    if (n === undefined || Number.isNaN(n)) return;
    this.#count.run(this.#count.current ?? 0, n, this.duration ?? 0);
    this.#shownValue = n;
  }

  protected override render(): TemplateResult {
    const loc = this.#loc;
    const t = messages(loc.lang);
    const { n } = this.#figure;
    // in a board with an area selected, the label says which area the figure counts
    const labelText = [this.label, this.#data.areaName].filter(Boolean).join(' — ');
    const label = labelText ? html`<p class="label" part="label">${labelText}</p>` : nothing;
    const { view, source } = this.#data;
    const dataMode = this.#data.active;
    let body: TemplateResult;
    if (this.state === 'loading') {
      body = html`<p class="figure" part="figure"><span class="skeleton" aria-hidden="true"></span><span class="sr-only">${t.loading}</span></p>${label}`;
    } else if (dataMode && this.state === 'error') {
      body = html`${view && source ? view.errorCard(source, loc) : errorMessage(t.loadFailed)}${label}`;
    } else if (dataMode && this.state === 'empty') {
      body = html`${infoMessage(this.#emptyMessage())}${label}`;
    } else if (n === undefined) {
      body = html`${infoMessage(t.noValue)}${label}`;
    } else if (Number.isNaN(n)) {
      const written = this.#rawValue ?? String(this.value);
      const raw = written.slice(0, 60);
      // all digits, but past what a count can hold exactly: say that, not "not a number"
      const parsed = parseStrictNumber(written);
      const tooLarge = parsed.kind === 'invalid' && parsed.reason === 'too-large';
      body = html`${errorMessage(tooLarge ? t.tooLarge(raw) : t.invalidValue(raw))}${label}`;
    } else {
      const format = formatNumber(loc, { notation: oneOf(this, 'notation', this.notation, ['standard', 'compact'] as const, 'standard'), maximumFractionDigits: this.#fractionDigits });
      const final = format(n);
      const shown = this.#count.current === undefined ? final : format(this.#count.current);
      body = html`<p class="figure" part="figure">
          <span class="sizer" aria-hidden="true">${final}</span>
          <span class="shown" aria-hidden="true">${shown}</span>
          <span class="sr-only">${final}</span>
        </p>
        ${label}${changeLine(loc, n, this.#figure.previous, this.#fractionDigits)}${this.#renderPartial()}${view && source ? view.staleMark(source, loc) : nothing}`;
    }
    let footer = this.#renderFooter();
    // while loading, hold the line of the date that data brings, so nothing moves when it arrives
    if (footer === nothing && this.state === 'loading') footer = html`<p class="footer" aria-hidden="true">&nbsp;</p>`;
    return html`<div class="root" part="base" dir=${loc.dir} lang=${loc.tag}>
      ${body}${footer}${view && source ? view.rejectedNotice(source, loc) : nothing}${this.state === 'loading' ? this.#download.placeholder(loc.lang) : this.#download.render(loc.lang)}
    </div>`;
  }

  /** The source to credit: the `source` attribute, else the credit the data gives itself. */
  #sourceName(): string | undefined {
    return this.#data.sourceName(this.source);
  }

  /** Says when the figure leaves out areas or series with no figure that day (missing is not zero). */
  #renderPartial(): TemplateResult | typeof nothing {
    const missing = this.#figure.missing;
    if (!missing) return nothing;
    return html`<p class="partial" part="partial">${messages(this.#loc.lang).partial(formatNumber(this.#loc)(missing), missing === 1)}</p>`;
  }

  /**
   * Why there is no figure, when the editor can fix it: figures were published but none for the
   * region or filter, or none at `at`. Else the data layer's "no figures published yet".
   */
  #emptyMessage(): string {
    const { view, source } = this.#data;
    const t = messages(this.#loc.lang);
    if (!view || !source) return t.noValue;
    if (source.observations?.length === 0 && (source.report?.reasons.filtered ?? 0) > 0) return t.noneSelected;
    const raw = this.at?.trim();
    if (source.observations?.length && raw) {
      const at = parseIsoDate(raw);
      if (!at) warnOnce(TAG, `at="${raw}" is not an ISO date (2024, 2024-04, 2024-04-30).`);
      return t.noneAt(at ? formatDate(this.#loc, at) : raw);
    }
    return view.dataMessages(this.#loc.lang).empty;
  }

  #renderFooter(): TemplateResult | typeof nothing {
    const loc = this.#loc;
    const t = messages(loc.lang);
    const credit = sourceCredit(loc, this.#sourceName(), this.sourceUrl);
    let asOf: string | undefined;
    const when = this.asOf ?? this.#figure.date;
    if (when) {
      const date = parseIsoDate(when);
      if (date) asOf = t.asOf(formatDate(loc, date));
      else warnOnce(TAG, `as-of="${when}" is not an ISO date (YYYY-MM-DD, YYYY-MM or YYYY); it is not shown.`);
    }
    if (credit === nothing && !asOf) return nothing;
    return html`<p class="footer">${credit}${asOf ? html`<span part="as-of">${asOf}</span>` : nothing}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dtm-counter': DtmCounter;
  }
}
