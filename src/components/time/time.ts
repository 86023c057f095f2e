import { LitElement, html, type PropertyDeclarations, type TemplateResult } from 'lit';
import { LocaleController } from '../../controllers/locale-controller.js';
import { parseIsoDate } from '../../core/dates.js';
import { formatDate } from '../../format/date.js';
import { formatNumber } from '../../format/number.js';
import { NUMERALS, type NumeralsOption, type ResolvedLocale } from '../../i18n/locale.js';
import { messages } from '../../i18n/messages.js';
import { oneOf } from '../../internal/enum.js';
import { VERSION } from '../../internal/version.js';
import { hostStyles } from '../../styles/host.styles.js';
import type { BoardState } from '../board/board-context.js';
import { DataHostController, dataProperties, hasData, type DataAttributes } from '../shared/data-host.js';
import type { WidgetState } from '../shared/states.js';
import { errorMessage, infoMessage } from '../shared/states.js';
import { timeStyles } from './time.styles.js';
import { nearest, positions, roundsOf, stepKey } from './steps.js';
import { timeWords } from './words.js';

/** What `dtm-change` tells: the selected area and the reporting date. */
export interface DtmChangeDetail {
  readonly region: string | undefined;
  readonly at: string | undefined;
}

/**
 * A slider over the reporting dates present in the data: each date sits on a time scale (uneven
 * spacing kept), the keys step by round. Inside a `<dtm-board>` it moves the board's date; alone,
 * it reads its own data attributes and fires `dtm-change`.
 *
 * Keyboard as the ARIA slider pattern: the arrows step one round (in Arabic and Sorani the
 * slider runs right to left, and the right arrow goes back, as the eye sees it), Page Up and
 * Page Down a year, Home and End the first and last round. The play button steps through the
 * rounds, about one a second; it never starts by itself and stops at the end.
 *
 * @tagname dtm-time
 * @summary Time slider over the reporting dates of the data, with a play button.
 * @status experimental
 * @since 0.2.0
 *
 * @csspart base - The wrapper that carries `dir` and `lang`.
 * @csspart label - The label and the date shown.
 * @csspart track - The slider's track (role slider, focusable).
 * @csspart thumb - The mark of the date shown.
 * @csspart tick - One mark per reporting date.
 * @csspart ends - The first and last dates, under the track.
 * @csspart play - The play/pause button.
 * @csspart message - A message in place of the slider: no dates yet.
 * @csspart error - An error in place of the slider.
 *
 * @fires dtm-change - Fired when the reader moves the slider: `{region, at}` (bubbles, composed).
 * @fires dtm-load - Fired when the slider's own data has been read (as on the other widgets).
 * @fires dtm-error - Fired when the slider's own data could not be read.
 *
 * @cssprop --dtm-font-family - Font stack for all text. Default: the system UI font, then Noto Sans Arabic.
 * @cssprop --dtm-color-text - Text colour. Default: #1b2530 (light), #eef2f6 (dark).
 * @cssprop --dtm-color-muted - Colour of the end dates and the ticks. Default: #4f5d6c / #b4bfcc.
 * @cssprop --dtm-color-accent - Colour of the thumb and the played part of the track. Default: #0033a0 / #8fb4ff.
 * @cssprop --dtm-color-border - The track and the play button's border. Default: #d5dbe3 / #3a4552.
 * @cssprop --dtm-radius - Corner radius of the play button. Default: 0.5rem.
 */
export class DtmTime extends LitElement implements DataAttributes {
  /** The version of dtm-widgets that defined this class. */
  static readonly version: string = VERSION;

  static override styles = [hostStyles, timeStyles];

  static override properties: PropertyDeclarations = {
    lang: { reflect: true },
    numerals: {},
    theme: { reflect: true },
    label: {},
    at: { reflect: true },
    state: { reflect: true },
    ...dataProperties,
    playing: { state: true },
  };

  /** Language (`en`, `ar`, `ar-IQ`, `ckb`); else the closest ancestor's `lang`, the document's, or English. */
  declare lang: string;
  /** Digits: `auto` (the language's default: Arabic-Indic for ar-IQ and ckb), `latn` or `arab`. */
  numerals: NumeralsOption = 'auto';
  /** `light`, `dark`, or `auto` (follows the reader's colour-scheme preference). */
  theme: 'light' | 'dark' | 'auto' = 'light';
  /** The slider's name. Default: "Reporting date" in the slider's language. */
  label: string | undefined;
  /** The reporting date shown (ISO key, reflected). Default: the latest. Inside a board: the board's. */
  at: string | undefined;
  /** Read-only: `ready`, `loading`, `empty`, `stale` or `error`. */
  state: WidgetState = 'loading';
  /** URL of published data, when the slider stands alone. */
  src: string | undefined;
  /** `auto`, `dtm`, `hxl`, `records` or `csv`. */
  format: 'auto' | 'dtm' | 'hxl' | 'records' | 'csv' = 'auto';
  /** Column holding the figures. */
  valueField: string | undefined;
  /** Column of reporting dates. */
  dateField: string | undefined;
  /** Column of area codes. */
  regionField: string | undefined;
  /** `field=value` pairs separated by `;`. */
  filter: string | undefined;
  /** Only the dates of this area; told in `dtm-change`. */
  region: string | undefined;
  /** How rows with the same date and area combine. */
  duplicates: 'sum' | 'max' | 'min' | 'mean' | 'first' | 'last' | 'reject' = 'sum';
  /** How slash dates are written: `DD/MM/YYYY`, `MM/DD/YYYY` or `YYYY/MM/DD`. */
  dateFormat: 'DD/MM/YYYY' | 'MM/DD/YYYY' | 'YYYY/MM/DD' | undefined;
  /** Re-fetch every this many seconds; 0 for never. */
  refresh: number | undefined;
  /** Largest data file accepted, in bytes. Default: 10 MB. */
  maxBytes: number | undefined;
  /** True while the play button steps through the rounds. */
  protected playing = false;

  readonly #locale = new LocaleController(this);
  readonly #data = new DataHostController(this);
  #loc!: ResolvedLocale;
  #dates: readonly string[] = [];
  #timer: ReturnType<typeof setInterval> | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stop();
  }

  /** The board's state, when inside one and without data of its own. */
  get #shared(): BoardState | undefined {
    return this.#data.shared;
  }

  protected override willUpdate(): void {
    this.#loc = this.#locale.resolve(oneOf(this, 'numerals', this.numerals, NUMERALS, 'auto'));
    const board = this.#shared;
    if (board) {
      this.#data.release();
      this.#dates = board.dates;
      this.#roundsFrom(board.all);
      const source = board.source;
      this.state = board.failed ? 'error' : !source ? 'loading' : source.state;
      if (board.at !== this.at) this.at = board.at;
      return;
    }
    if (!hasData(this)) {
      this.state = 'empty';
      this.#dates = [];
      this.#roundsFrom(undefined);
      return;
    }
    this.#data.sync(this.#loc);
    const source = this.#data.source;
    this.state = this.#data.failed ? 'error' : (source?.state ?? 'loading');
    const obs = source?.observations;
    if (obs && obs !== this.#seen) {
      this.#seen = obs;
      this.#dates = [...new Set(obs.flatMap((o) => (o.date ? [o.date] : [])))].sort();
    }
    this.#roundsFrom(obs);
  }

  #seen: unknown;
  /** The round of each date, when the data has rounds; and the observations it was read from. */
  #rounds = new Map<string, number>();
  #roundsSeen: unknown;

  #roundsFrom(observations: BoardState['all']): void {
    if (observations === this.#roundsSeen) return;
    this.#roundsSeen = observations;
    this.#rounds = observations ? roundsOf(observations) : new Map();
  }

  /** The index of the date shown: `at`, else the latest. */
  get #index(): number {
    const i = this.at ? this.#dates.indexOf(this.at) : -1;
    return i >= 0 ? i : this.#dates.length - 1;
  }

  /** Moves to the date at `i` and tells the page (or the board, which listens). */
  #go(i: number): void {
    const at = this.#dates[i];
    if (at === undefined || at === this.#dates[this.#index]) return;
    this.at = at;
    const region = this.#shared?.region ?? this.region;
    this.dispatchEvent(new CustomEvent<DtmChangeDetail>('dtm-change', { detail: { region, at }, bubbles: true, composed: true }));
  }

  readonly #onKey = (e: KeyboardEvent): void => {
    const next = stepKey(e.key, this.#index, this.#dates, this.#loc.dir === 'rtl');
    if (next === undefined) return;
    e.preventDefault();
    this.#stop();
    this.#go(next);
  };

  readonly #onPointer = (e: PointerEvent): void => {
    if (e.type === 'pointerdown') (e.currentTarget as HTMLElement).setPointerCapture?.(e.pointerId);
    else if (!(e.buttons & 1)) return;
    const box = (e.currentTarget as HTMLElement).getBoundingClientRect();
    if (box.width <= 0) return;
    let f = (e.clientX - box.left) / box.width;
    if (this.#loc.dir === 'rtl') f = 1 - f;
    this.#stop();
    this.#go(nearest(Math.max(0, Math.min(1, f)), positions(this.#dates)));
  };

  readonly #onPlay = (): void => {
    if (this.playing) return this.#stop();
    if (this.#index >= this.#dates.length - 1) this.#go(0); // at the end, play starts again from the first round
    this.playing = true;
    this.#timer = setInterval(() => {
      const i = this.#index;
      if (i >= this.#dates.length - 1) return this.#stop();
      this.#go(i + 1);
      if (i + 1 >= this.#dates.length - 1) this.#stop(); // stops at the end
    }, 1000);
  };

  #stop(): void {
    if (this.#timer !== undefined) clearInterval(this.#timer);
    this.#timer = undefined;
    this.playing = false;
  }

  /** The date of `key` in the widget's language, with its round when the data has one. */
  #date(key: string | undefined, w: ReturnType<typeof timeWords>): string {
    const d = key ? parseIsoDate(key) : undefined;
    const text = d ? formatDate(this.#loc, d) : (key ?? '');
    const round = key === undefined ? undefined : this.#rounds.get(key);
    return round === undefined ? text : w.withRound(text, formatNumber(this.#loc, { useGrouping: false })(round));
  }

  protected override render(): TemplateResult {
    const loc = this.#loc;
    const w = timeWords(loc.lang);
    return html`<div class="root" part="base" dir=${loc.dir} lang=${loc.tag}>${this.#body(w)}</div>`;
  }

  #body(w: ReturnType<typeof timeWords>): TemplateResult {
    const t = messages(this.#loc.lang);
    if (this.state === 'error') return errorMessage(t.loadFailed);
    if (this.state === 'loading') return html`<p class="message" part="message">${t.loading}</p>`;
    const dates = this.#dates;
    if (!dates.length) return infoMessage(w.noDates);
    const i = this.#index;
    const places = positions(dates);
    const pct = (p: number): string => `${(p * 100).toFixed(3)}%`;
    const shown = this.#date(dates[i], w);
    const name = this.label?.trim() || w.label;
    return html`<p class="label" part="label"><span>${name}</span>: <output>${shown}</output></p>
      <div class="row">
        <button type="button" class="button" part="play" aria-pressed=${this.playing ? 'true' : 'false'} @click=${this.#onPlay}>
          <span aria-hidden="true">${this.playing ? '❚❚' : '▶'}</span> ${this.playing ? w.pause : w.play}
        </button>
        <div class="track" part="track" role="slider" tabindex="0" aria-label=${name} aria-orientation="horizontal"
          aria-valuemin="0" aria-valuemax=${dates.length - 1} aria-valuenow=${i} aria-valuetext=${w.valueText(shown, i + 1, dates.length)}
          @keydown=${this.#onKey} @pointerdown=${this.#onPointer} @pointermove=${this.#onPointer}>
          <div class="rail"></div>
          <div class="done" data-width=${pct(places[i]!)}></div>
          ${places.map((p) => html`<span class="tick" part="tick" data-at=${pct(p)}></span>`)}
          <span class="thumb" part="thumb" data-at=${pct(places[i]!)}></span>
        </div>
      </div>
      <p class="ends" part="ends"><span>${this.#date(dates[0], w)}</span><span>${this.#date(dates[dates.length - 1], w)}</span></p>`;
  }

  protected override updated(): void {
    // positions are set through the CSSOM, never a style attribute: a strict CSP (style-src
    // without 'unsafe-inline') refuses inline style attributes but not the CSSOM
    for (const el of this.renderRoot.querySelectorAll<HTMLElement>('[data-at]')) el.style.insetInlineStart = el.dataset['at']!;
    const done = this.renderRoot.querySelector<HTMLElement>('.done');
    if (done) done.style.inlineSize = done.dataset['width']!;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dtm-time': DtmTime;
  }
  interface HTMLElementEventMap {
    'dtm-change': CustomEvent<DtmChangeDetail>;
  }
}
