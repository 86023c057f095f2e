import { LitElement, css, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ContextProvider } from '@lit/context';
import { LocaleController } from '../../controllers/locale-controller.js';
import { isoKey } from '../../core/dates.js';
import { NUMERALS, type NumeralsOption, type ResolvedLocale } from '../../i18n/locale.js';
import { oneOf } from '../../internal/enum.js';
import { VERSION } from '../../internal/version.js';
import { warnOnce } from '../../internal/warn.js';
import { hostStyles } from '../../styles/host.styles.js';
import { DataHostController, dataProperties, hasData, type DataAttributes } from '../shared/data-host.js';
import type { DtmChangeDetail } from '../time/time.js';
import { boardContext } from './board-context.js';
import { boardWords, regionOf, shareState } from './board-state.js';
import { readHash, writeHash } from './url-state.js';

const TAG = 'dtm-board';

/**
 * A container that shares one data source, one selected area and one reporting date with every
 * widget inside it: linking widgets is a matter of nesting them, with no script to write.
 *
 * Widgets inside without their own `src` or inline data use the board's data (one request, one
 * parse for all). Selecting an area on a map inside sets `region`; selecting it again, Escape on
 * the map or the "Clear selection" button clears it. A `<dtm-time>` inside moves `at`. Counters
 * and maps show the board's date; trends keep the whole series and mark it. With `sync-url` and
 * an `id`, the state lives in the page's URL hash (`#board1.region=IQG15&board1.at=2019-12-31`),
 * is restored on load and follows back and forward.
 *
 * @tagname dtm-board
 * @summary Links the widgets inside it: one data source, one selected area, one reporting date.
 * @status experimental
 * @since 0.2.0
 *
 * @slot - The widgets to link, and any other content.
 * @csspart base - The wrapper that carries `dir` and `lang`.
 * @csspart clear - The "Clear selection" button, shown while an area is selected.
 *
 * @fires dtm-change - Fired when the selected area or the reporting date changes: `{region, at}` (bubbles, composed).
 * @fires dtm-load - Fired when the board's data has been read: `{url, format, report}`.
 * @fires dtm-error - Fired when the board's data could not be read: `{url, kind, message}`.
 *
 * @cssprop --dtm-color-border - The "Clear selection" button's border. Default: #d5dbe3 / #3a4552.
 * @cssprop --dtm-radius - Corner radius of the "Clear selection" button. Default: 0.5rem.
 */
export class DtmBoard extends LitElement implements DataAttributes {
  /** The version of dtm-widgets that defined this class. */
  static readonly version: string = VERSION;

  static override styles = [
    hostStyles,
    css`
      :host {
        display: block;
      }
      button[part='clear'] {
        margin-block-end: 0.5rem;
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    ...dataProperties,
    region: { reflect: true },
    at: { reflect: true },
    syncUrl: { type: Boolean, attribute: 'sync-url' },
    lang: { reflect: true },
    numerals: {},
  };

  /** The selected area (reflected): any P-code form or governorate name the data layer accepts; empty for the whole. */
  region: string | undefined;
  /** The reporting date the widgets show (ISO key, reflected). Default: the latest in the data. */
  at: string | undefined;
  /** Keep `region` and `at` in the page's URL hash, namespaced by the board's `id`; restore them on load and follow back and forward. */
  syncUrl = false;
  /** Language of the board's own control (`en`, `ar`, `ar-IQ`, `ckb`); else the closest ancestor's `lang`. */
  declare lang: string;
  /** Digits: `auto`, `latn` or `arab`. */
  numerals: NumeralsOption = 'auto';
  /** URL of published data (JSON or CSV) shared by the widgets inside. */
  src: string | undefined;
  /** `auto`, `dtm`, `hxl`, `records` or `csv`. */
  format: 'auto' | 'dtm' | 'hxl' | 'records' | 'csv' = 'auto';
  /** Column (name or HXL tag pattern) holding the figures. */
  valueField: string | undefined;
  /** Column of reporting dates. */
  dateField: string | undefined;
  /** Column of area codes. */
  regionField: string | undefined;
  /** `field=value` pairs separated by `;`. */
  filter: string | undefined;
  /** How rows with the same date and area combine: `sum`, `max`, `min`, `mean`, `first`, `last` or `reject`. */
  duplicates: 'sum' | 'max' | 'min' | 'mean' | 'first' | 'last' | 'reject' = 'sum';
  /** How slash dates are written: `DD/MM/YYYY`, `MM/DD/YYYY` or `YYYY/MM/DD`. */
  dateFormat: 'DD/MM/YYYY' | 'MM/DD/YYYY' | 'YYYY/MM/DD' | undefined;
  /** Re-fetch every this many seconds (paused while hidden); 0 for never. */
  refresh: number | undefined;
  /** Largest data file accepted, in bytes. Default: 10 MB. */
  maxBytes: number | undefined;

  readonly #locale = new LocaleController(this);
  readonly #data = new DataHostController(this, () => ({ regionIsSelection: true }));
  readonly #provider = new ContextProvider(this, { context: boardContext, initialValue: undefined });
  #loc!: ResolvedLocale;
  /** The state last told in dtm-change (and written to the URL). */
  #told: DtmChangeDetail | undefined;
  /** The attributes as the page wrote them: what a URL without the board's keys means. */
  #initial: DtmChangeDetail | undefined;
  /** The change comes from the URL (load, back, forward): not pushed onto the history again. */
  #fromUrl = false;

  constructor() {
    super();
    this.addEventListener('dtm-select', (e) => {
      if (e.target === this) return;
      const code = e.detail.code;
      this.#set({ region: this.#regionCode() === code ? undefined : code });
    });
    this.addEventListener('dtm-change', (e) => {
      if (e.target === this) return;
      // the slider's change becomes the board's, told once, by the board (listeners on the board included)
      e.stopImmediatePropagation();
      this.#set({ at: e.detail.at });
    });
    this.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape' || !e.composedPath().some((n) => (n as Element).localName === 'dtm-map')) return;
      if (this.region) this.#set({ region: undefined });
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#initial ??= { region: this.region, at: this.at };
    if (!this.syncUrl) return;
    if (!this.id) warnOnce(TAG, 'sync-url needs an id on the board: its keys in the URL are named after it.');
    window.addEventListener('popstate', this.#onUrl);
    window.addEventListener('hashchange', this.#onUrl);
    this.#onUrl();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.#onUrl);
    window.removeEventListener('hashchange', this.#onUrl);
  }

  /** Restores the state the URL holds (on load, back and forward); invalid values are ignored. */
  readonly #onUrl = (): void => {
    if (!this.syncUrl || !this.id) return;
    const raw = readHash(location.hash, this.id);
    const region = raw.region !== undefined && regionOf(raw.region) === undefined ? undefined : raw.region;
    const at = raw.at !== undefined && !isoKey(raw.at) ? undefined : raw.at;
    if (region !== raw.region || at !== raw.at) warnOnce(TAG, `the URL's ${this.id}.region or ${this.id}.at is not a known area or an ISO date; it is ignored.`);
    this.#fromUrl = true;
    this.region = region ?? (raw.region === undefined ? this.#initial?.region : this.region);
    this.at = at ?? (raw.at === undefined ? this.#initial?.at : this.at);
  };

  #set(change: { region?: string | undefined; at?: string | undefined }): void {
    this.#fromUrl = false;
    if ('region' in change) this.region = change.region;
    if ('at' in change) this.at = change.at;
  }

  /** The selected area as the data writes it (`IQG15`), or undefined. */
  #regionCode(): string | undefined {
    return regionOf(this.region);
  }

  protected override willUpdate(): void {
    this.#loc = this.#locale.resolve(oneOf(this, 'numerals', this.numerals, NUMERALS, 'auto'));
    if (hasData(this)) this.#data.sync(this.#loc);
    else this.#data.release();
    this.#provider.setValue(shareState(this.#data, this.#regionCode(), this.at, this.#loc.lang));
  }

  #now(): DtmChangeDetail {
    return { region: this.#regionCode(), at: this.at || undefined };
  }

  protected override firstUpdated(): void {
    this.#told = this.#now();
  }

  protected override updated(changed: PropertyValues<this>): void {
    // the maps inside that read the board's data highlight its area
    for (const map of this.querySelectorAll('dtm-map')) if (!hasData(map as never)) (map as { selected?: string | undefined }).selected = this.#regionCode();
    const fromUrl = this.#fromUrl;
    this.#fromUrl = false;
    if (!changed.has('region') && !changed.has('at')) return;
    const now = this.#now();
    if (now.region === this.#told?.region && now.at === this.#told?.at) return;
    this.#told = now;
    if (this.syncUrl && this.id && !fromUrl) {
      const hash = writeHash(location.hash, this.id, { region: now.region, at: now.at });
      history.pushState(history.state, '', `${location.pathname}${location.search}${hash}`);
    }
    this.dispatchEvent(new CustomEvent<DtmChangeDetail>('dtm-change', { detail: now, bubbles: true, composed: true }));
  }

  protected override render(): TemplateResult {
    const loc = this.#loc;
    const name = this.#provider.value?.regionName;
    return html`<div part="base" dir=${loc.dir} lang=${loc.tag}>
      ${this.region && name
        ? html`<button type="button" class="button" part="clear" @click=${() => this.#set({ region: undefined })}>${boardWords(loc.lang).clear(name)}</button>`
        : nothing}
      <slot></slot>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dtm-board': DtmBoard;
  }
}
