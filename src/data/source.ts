/**
 * DataSource: the reactive controller every data widget uses to read published data, from a URL
 * (`src`) or from an inline <script type="application/json"> / <script type="text/csv"> child.
 * It owns the request (aborted when the widget leaves), the parse and the accounting, the live
 * refresh (paused while the page is hidden or the widget is far off-screen), and the states:
 * loading, ready, empty, stale (last good data kept after a failure) and error.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { checkUrl, DataFetchError, DEFAULT_MAX_BYTES, sharedFetch, type UrlProblem } from './fetch.js';
import { observe, type Gap, type LoadReport, type Observation, type PipelineOptions, type PipelineSuccess } from './pipeline.js';
import { tableFromText, type Format, type FormatOption, type TableMeta } from './table.js';

export type SourceState = 'loading' | 'ready' | 'empty' | 'stale' | 'error';
export type SourceErrorKind = 'config' | 'network' | 'timeout' | 'http' | 'html' | 'too-large' | 'parse' | 'shape' | 'api' | 'fields' | 'internal';

export interface SourceError {
  readonly kind: SourceErrorKind;
  /** For `config`: what is wrong with `src`. */
  readonly problem?: UrlProblem;
  /** For `http`: the status code. */
  readonly status?: number;
  /** Technical detail (English), e.g. the parser's message or the missing column. */
  readonly detail: string;
}

export interface SourceConfig {
  readonly src?: string | null;
  /** Text of an inline data child, and its type. */
  readonly inline?: { readonly text: string; readonly type: string };
  readonly format?: FormatOption;
  readonly pipeline?: PipelineOptions;
  /** Seconds between refreshes; 0 or undefined: no refresh. */
  readonly refresh?: number;
  readonly maxBytes?: number;
  /**
   * The widget announces each load itself (`dtm-load`, from `loaded`), once it has counted what
   * it cannot show (a map: rows for areas it does not draw). Otherwise the source announces it.
   */
  readonly hostAnnounces?: boolean;
  /** Several value fields make several series (the trend); otherwise the first is read. */
  readonly severalValues?: boolean;
}

/** Detail of the `dtm-load` event. */
export interface DtmLoadDetail {
  readonly url: string;
  readonly format: Format;
  readonly report: LoadReport;
}

/** Detail of the `dtm-error` event. */
export interface DtmErrorDetail {
  readonly url: string;
  readonly kind: SourceErrorKind;
  readonly message: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'dtm-load': CustomEvent<DtmLoadDetail>;
    'dtm-error': CustomEvent<DtmErrorDetail>;
  }
}

type Host = ReactiveControllerHost & HTMLElement;

export class DataSource implements ReactiveController {
  state: SourceState = 'loading';
  observations: readonly Observation[] | undefined;
  /** Dates where a row said "no figure": charts draw gaps there. */
  gaps: readonly Gap[] = [];
  report: LoadReport | undefined;
  format: Format | undefined;
  error: SourceError | undefined;
  /** What the file says of itself (a dtm-publish snapshot's credit and retrieval time). */
  meta: TableMeta | undefined;
  #fetchedAt: number | undefined;
  /**
   * When the figures shown were last known current (ms since epoch): the snapshot's
   * `meta.retrievedAt` when it has one (when they were taken from the API), else when they were
   * last fetched successfully. The stale mark shows it.
   */
  get lastSuccess(): number | undefined {
    return this.meta?.retrievedAt ?? this.#fetchedAt;
  }
  set lastSuccess(time: number | undefined) {
    this.#fetchedAt = time;
  }

  readonly #host: Host;
  readonly #read: () => SourceConfig;
  #key = '';
  #inlineText: string | undefined;
  #config: SourceConfig = {};
  #abort: AbortController | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #lastAttempt = 0;
  #etag: string | undefined;
  #lastModified: string | undefined;
  #lastText: string | undefined;
  #visible = true;
  #observer: IntersectionObserver | undefined;
  #connected = false;

  constructor(host: Host, read: () => SourceConfig) {
    this.#host = host;
    this.#read = read;
    host.addController(this);
  }

  /** Call from the host's willUpdate: (re)loads when what to load has changed. */
  sync(): void {
    const config = this.#read();
    // the inline text (possibly megabytes) is compared as a string, never serialised into the key
    const key = JSON.stringify([config.src ?? null, config.inline?.type ?? null, config.format ?? 'auto', config.pipeline ?? {}, config.maxBytes ?? null]);
    const inlineText = config.inline?.text;
    const refreshChanged = (config.refresh ?? 0) !== (this.#config.refresh ?? 0);
    this.#config = config;
    if (key !== this.#key || inlineText !== this.#inlineText) {
      // inline text edited under the same settings is like a refresh: the figures on screen stay
      // until the new ones are read (no flash of the loading state)
      const edited = key === this.#key && this.#inlineText !== undefined && inlineText !== undefined;
      this.#key = key;
      this.#inlineText = inlineText;
      // new data: nothing of the old may show, not even as stale (an edited inline text keeps
      // them while it is read; if it does not read, they go: see #load)
      if (!edited) {
        this.observations = undefined;
        this.report = undefined;
        this.meta = undefined;
      }
      this.#etag = this.#lastModified = this.#lastText = undefined;
      if (this.#connected) void this.#load();
    } else if (refreshChanged) {
      this.#schedule();
    }
  }

  /** Tries again now (the error card's button). */
  retry(): void {
    void this.#load();
  }

  hostConnected(): void {
    this.#connected = true;
    document.addEventListener('visibilitychange', this.#onVisibility);
    if (typeof IntersectionObserver !== 'undefined') {
      // "far off-screen": more than a screen away in any direction
      this.#observer = new IntersectionObserver(
        (entries) => {
          const visible = entries.some((e) => e.isIntersecting);
          if (visible !== this.#visible) {
            this.#visible = visible;
            this.#schedule();
          }
        },
        { rootMargin: '100%' },
      );
      this.#observer.observe(this.#host);
    }
    if (this.#key && (!this.observations || this.#overdue())) void this.#load();
    else this.#schedule();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#abort?.abort();
    this.#abort = undefined;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#visible = true;
  }

  readonly #onVisibility = (): void => this.#schedule();

  get #paused(): boolean {
    return document.visibilityState === 'hidden' || !this.#visible;
  }

  #overdue(): boolean {
    const every = (this.#config.refresh ?? 0) * 1000;
    return every > 0 && Date.now() - this.#lastAttempt >= every;
  }

  /** Arms the next refresh, or runs it now when it is overdue; nothing while paused. */
  #schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const every = (this.#config.refresh ?? 0) * 1000;
    if (!(every > 0) || !this.#connected || this.#paused || this.#abort || this.#config.inline) return;
    const wait = Math.max(0, this.#lastAttempt + every - Date.now());
    this.#timer = setTimeout(() => void this.#load(), wait);
  }

  #set(state: SourceState): void {
    this.state = state;
    this.#host.requestUpdate();
  }

  /** The last load, as `dtm-load` tells it (for a host that announces loads itself). */
  loaded: DtmLoadDetail | undefined;

  #loaded(detail: DtmLoadDetail, config: SourceConfig): void {
    this.loaded = detail;
    if (!config.hostAnnounces) this.#emit('dtm-load', detail);
  }

  #emit<T>(type: 'dtm-load' | 'dtm-error', detail: T): void {
    this.#host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  async #load(): Promise<void> {
    clearTimeout(this.#timer);
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    this.#lastAttempt = Date.now();
    const config = this.#config;
    let url = config.inline ? '(inline)' : (config.src ?? '').trim();
    if (!this.observations) this.#set('loading');
    // what identifies this response is kept only once the load has ended (shown, or refused): a
    // load cut short (the widget removed while yielding) must not make the next answer look
    // "unchanged", or the new data would never be shown
    let got: Fetched | undefined;
    try {
      if (!config.inline) {
        const checked = checkUrl(config.src, document.baseURI);
        if (!checked.ok) throw { kind: 'config', problem: checked.problem, detail: checked.detail } satisfies SourceError;
        url = checked.url;
      }
      got = config.inline ? { text: config.inline.text, url } : await this.#fetch(url, config, abort.signal);
      if (!got || abort.signal.aborted) return;
      url = got.url;
      if (got.text.trim() === '') {
        this.#remember(got);
        const report: LoadReport = { total: 0, used: 0, merged: 0, rejected: 0, reasons: {}, examples: [], fields: { value: '' }, notes: [] };
        this.#show({ observations: [], gaps: [], report, format: undefined, meta: undefined });
        this.#loaded({ url, format: config.format && config.format !== 'auto' ? config.format : 'records', report }, config);
        return;
      }
      const table = tableFromText(got.text, config.format ?? 'auto');
      if (!table.ok) throw { kind: table.error.kind, detail: table.error.detail } satisfies SourceError;
      const result = observe(table.table, config.pipeline ?? {}, config.severalValues);
      if (!result.ok) throw { kind: 'fields', detail: result.detail } satisfies SourceError;
      // reading the rows and drawing them are two tasks, not one long one: the page stays
      // responsive (input, other widgets) between them
      await yieldToMain();
      if (abort.signal.aborted) return;
      this.#remember(got);
      for (const note of result.report.notes) console.info(`[${this.#host.localName}] ${note}`);
      this.#show({ ...result, meta: table.table.meta });
      this.#loaded({ url, format: result.format, report: result.report }, config);
    } catch (e) {
      if (abort.signal.aborted || (e instanceof DataFetchError && e.kind === 'aborted')) return;
      this.#fail(toSourceError(e), got, url, config);
    } finally {
      if (this.#abort === abort) {
        this.#abort = undefined;
        this.#schedule();
      }
    }
  }

  /** Fetches `url`; undefined when the load was cut short or the answer is unchanged (nothing to show). */
  async #fetch(url: string, config: SourceConfig, signal: AbortSignal): Promise<Fetched | undefined> {
    const res = await sharedFetch(url, {
      signal,
      maxBytes: config.maxBytes ?? DEFAULT_MAX_BYTES,
      ...(this.#etag && { etag: this.#etag }),
      ...(this.#lastModified && { lastModified: this.#lastModified }),
    });
    if (signal.aborted) return undefined;
    if (res.status === 'not-modified' || res.text === this.#lastText) {
      // unchanged: nothing on screen changes (a stale mark clears: the source answers again)
      this.lastSuccess = Date.now();
      if (this.state === 'stale') this.#set(this.observations?.length ? 'ready' : 'empty');
      return undefined;
    }
    return { text: res.text, url: res.url, validators: { etag: res.etag, lastModified: res.lastModified } };
  }

  /** Keeps what identifies the answer read (or refused), so that the same answer is known again. */
  #remember(got: Fetched | undefined): void {
    this.#lastText = got?.text;
    if (got?.validators) {
      this.#etag = got.validators.etag;
      this.#lastModified = got.validators.lastModified;
    }
  }

  /** Shows what was read: its figures (ready), or none (empty). */
  #show(read: Pick<PipelineSuccess, 'observations' | 'gaps' | 'report'> & { format: Format | undefined; meta: TableMeta | undefined }): void {
    this.observations = read.observations;
    this.gaps = read.gaps;
    this.report = read.report;
    this.format = read.format;
    this.meta = read.meta;
    this.error = undefined;
    this.lastSuccess = Date.now();
    this.#set(read.observations.length ? 'ready' : 'empty');
  }

  /** Shows the error: the last figures stay, marked stale, when the source failed to answer. */
  #fail(error: SourceError, got: Fetched | undefined, url: string, config: SourceConfig): void {
    this.error = error;
    this.#remember(got);
    this.#lastText = undefined; // the same text again is read again (and refused again)
    // inline data that no longer reads is the page's own text: its error is shown, not the
    // figures of a text that is gone (stale is for a source that failed to answer)
    if (config.inline) {
      this.observations = undefined;
      this.report = undefined;
    }
    this.#set(this.observations ? 'stale' : 'error');
    this.#emit<DtmErrorDetail>('dtm-error', { url, kind: error.kind, message: error.detail });
  }
}

/** A text to read, where it came from, and what identifies it for the next conditional request. */
interface Fetched {
  readonly text: string;
  readonly url: string;
  readonly validators?: { readonly etag: string | undefined; readonly lastModified: string | undefined };
}

/** Resolves in a new task (scheduler.yield where the browser has it: it keeps this work's priority). */
function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function toSourceError(e: unknown): SourceError {
  if (e instanceof DataFetchError) {
    return { kind: e.kind === 'aborted' ? 'network' : e.kind, detail: e.message, ...(e.status !== undefined && { status: e.status }) };
  }
  if (typeof e === 'object' && e !== null && 'kind' in e && 'detail' in e) return e as SourceError;
  // a bug of ours: still an error card, never a blank widget or an uncaught exception
  return { kind: 'internal', detail: e instanceof Error ? e.message : String(e) };
}
