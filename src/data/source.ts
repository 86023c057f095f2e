/**
 * DataSource: the reactive controller every data widget uses to read published data, from a URL
 * (`src`) or from an inline <script type="application/json"> / <script type="text/csv"> child.
 * It owns the request (aborted when the widget leaves), the parse and the accounting, the live
 * refresh (paused while the page is hidden or the widget is far off-screen), and the states:
 * loading, ready, empty, stale (last good data kept after a failure) and error.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { checkUrl, DataFetchError, DEFAULT_MAX_BYTES, sharedFetch, type UrlProblem } from './fetch.js';
import { observe, refuse, type Gap, type LoadReport, type Observation, type PipelineOptions, type ReasonCode } from './pipeline.js';
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
   * Refuses observations the widget cannot show (a map: areas it does not draw), with a reason;
   * they move from `used` to `rejected` in the report before `dtm-load`. `refuseKey` names the
   * rule, so that a new rule re-reads the data.
   */
  readonly refuse?: (o: Observation) => ReasonCode | undefined;
  readonly refuseKey?: string;
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
    const key = JSON.stringify([config.src ?? null, config.inline?.type ?? null, config.format ?? 'auto', config.pipeline ?? {}, config.maxBytes ?? null, config.refuseKey ?? null]);
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
    let text: string | undefined;
    let validators: { etag: string | undefined; lastModified: string | undefined } | undefined;
    const remember = (): void => {
      this.#lastText = text;
      if (validators) {
        this.#etag = validators.etag;
        this.#lastModified = validators.lastModified;
      }
    };
    try {
      if (config.inline) {
        text = config.inline.text;
      } else {
        const checked = checkUrl(config.src, document.baseURI);
        if (!checked.ok) throw { kind: 'config', problem: checked.problem, detail: checked.detail } satisfies SourceError;
        url = checked.url;
        const res = await sharedFetch(url, {
          signal: abort.signal,
          maxBytes: config.maxBytes ?? DEFAULT_MAX_BYTES,
          ...(this.#etag && { etag: this.#etag }),
          ...(this.#lastModified && { lastModified: this.#lastModified }),
        });
        if (abort.signal.aborted) return;
        if (res.status === 'not-modified' || res.text === this.#lastText) {
          // unchanged: nothing on screen changes (a stale mark clears: the source answers again)
          this.lastSuccess = Date.now();
          if (this.state === 'stale') this.#set(this.observations?.length ? 'ready' : 'empty');
          return;
        }
        text = res.text;
        validators = { etag: res.etag, lastModified: res.lastModified };
        url = res.url;
      }
      if (text.trim() === '') {
        remember();
        const report: LoadReport = { total: 0, used: 0, merged: 0, rejected: 0, reasons: {}, examples: [], fields: { value: '' }, notes: [] };
        this.observations = [];
        this.gaps = [];
        this.report = report;
        this.format = undefined;
        this.meta = undefined;
        this.error = undefined;
        this.lastSuccess = Date.now();
        this.#set('empty');
        this.#emit<DtmLoadDetail>('dtm-load', { url, format: config.format && config.format !== 'auto' ? config.format : 'records', report });
        return;
      }
      const table = tableFromText(text, config.format ?? 'auto');
      if (!table.ok) throw { kind: table.error.kind, detail: table.error.detail } satisfies SourceError;
      let result = observe(table.table, config.pipeline ?? {}, config.severalValues);
      if (!result.ok) throw { kind: 'fields', detail: result.detail } satisfies SourceError;
      if (config.refuse) result = refuse(result, config.refuse);
      // reading the rows and drawing them are two tasks, not one long one: the page stays
      // responsive (input, other widgets) between them
      await yieldToMain();
      if (abort.signal.aborted) return;
      remember();
      this.observations = result.observations;
      this.gaps = result.gaps;
      this.report = result.report;
      this.format = result.format;
      this.meta = table.table.meta;
      this.error = undefined;
      this.lastSuccess = Date.now();
      for (const note of result.report.notes) console.info(`[${this.#host.localName}] ${note}`);
      this.#set(result.observations.length ? 'ready' : 'empty');
      this.#emit<DtmLoadDetail>('dtm-load', { url, format: result.format, report: result.report });
    } catch (e) {
      if (abort.signal.aborted || (e instanceof DataFetchError && e.kind === 'aborted')) return;
      this.error = toSourceError(e);
      remember();
      this.#lastText = undefined; // the same text again is read again (and refused again)
      // inline data that no longer reads is the page's own text: its error is shown, not the
      // figures of a text that is gone (stale is for a source that failed to answer)
      if (config.inline) {
        this.observations = undefined;
        this.report = undefined;
      }
      this.#set(this.observations ? 'stale' : 'error');
      this.#emit<DtmErrorDetail>('dtm-error', { url, kind: this.error.kind, message: this.error.detail });
    } finally {
      if (this.#abort === abort) {
        this.#abort = undefined;
        this.#schedule();
      }
    }
  }
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
