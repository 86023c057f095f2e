/**
 * What every data widget shares, in the static part of its bundle: the data attributes, and a
 * controller that loads the data chunk (data-view.ts) on first need and creates the DataSource.
 * Kept small: the reading of the configuration (data-config.ts) is in the chunk, and a widget
 * with a static value never loads it.
 */
import type { PropertyDeclarations, ReactiveController, ReactiveControllerHost } from 'lit';
import { consumeBoard, type BoardConsumer, type BoardState } from '../board/board-context.js';
import type { Gap, Observation } from '../../data/pipeline/types.js';
import type { DataSource } from '../../data/source.js';
import type { DateFormat, DuplicateRule } from '../../data/pipeline.js';
import type { FormatOption } from '../../data/table.js';
import { parseStrictNumber } from '../../data/strict-number.js';
import { formatDate } from '../../format/date.js';
import { formatNumber } from '../../format/number.js';
import type { ResolvedLocale } from '../../i18n/locale.js';

export type DataView = typeof import('./data-view.js');

/** Attribute values are typed by people: read them with the strict number grammar, never Number(). */
export const strictNumber = {
  fromAttribute(raw: string | null): number | undefined {
    const parsed = parseStrictNumber(raw);
    return parsed.kind === 'number' ? parsed.value : parsed.kind === 'missing' ? undefined : Number.NaN;
  },
};

/** The attributes of every data widget (documented on each element). */
export const dataProperties: PropertyDeclarations = {
  src: {},
  format: {},
  valueField: { attribute: 'value-field' },
  dateField: { attribute: 'date-field' },
  regionField: { attribute: 'region-field' },
  filter: {},
  region: {},
  duplicates: {},
  dateFormat: { attribute: 'date-format' },
  refresh: { converter: strictNumber },
  maxBytes: { attribute: 'max-bytes', converter: strictNumber },
};

export interface DataAttributes {
  src: string | undefined;
  format: FormatOption;
  valueField: string | undefined;
  dateField: string | undefined;
  regionField: string | undefined;
  filter: string | undefined;
  region: string | undefined;
  duplicates: DuplicateRule;
  dateFormat: DateFormat | undefined;
  refresh: number | undefined;
  maxBytes: number | undefined;
}

export type DataHost = ReactiveControllerHost & HTMLElement & DataAttributes;
type Host = DataHost;

/** What a widget adds to the shared configuration. */
export interface Extra {
  readonly seriesField?: string;
  /** Points: the columns of latitude and longitude (the map). */
  readonly latField?: string;
  readonly lonField?: string;
  readonly nameField?: string;
  /** The widget announces each load itself, once it has counted what it cannot show (the map). */
  readonly hostAnnounces?: boolean;
  /** Several value fields make several series (the trend). */
  readonly severalValues?: boolean;
  /** `region` is a selection among the data, not a filter of it (the board). */
  readonly regionIsSelection?: boolean;
}

/** The inline data child of `host`, if any: the first <script type="application/json|text/csv">. */
export function inlineScript(host: Element): { element: Element; type: string } | undefined {
  for (const child of Array.from(host.children)) {
    if (child.localName !== 'script') continue;
    const type = (child.getAttribute('type') ?? '').trim().toLowerCase();
    if (type === 'application/json' || type === 'text/csv') return { element: child, type };
  }
  return undefined;
}

/** True when the widget reads published data (`src`, or an inline data child). */
export function hasData(host: Host): boolean {
  return (host.src !== undefined && host.src !== null) || inlineScript(host) !== undefined;
}

/** Loads the data chunk once, then owns the DataSource. */
export class DataHostController implements ReactiveController {
  readonly #host: Host;
  readonly #extra: () => Extra;
  view: DataView | undefined;
  source: DataSource | undefined;
  /** The data chunk could not be downloaded. */
  failed = false;
  #loading = false;

  /** The `<dtm-board>` around the widget, if any: its data serves a widget without its own. */
  readonly #board: BoardConsumer;
  /** The source and view are the board's, not the widget's own. */
  #borrowed = false;

  constructor(host: Host, extra: () => Extra = () => ({})) {
    this.#host = host;
    this.#extra = extra;
    host.addController(this);
    this.#board = consumeBoard(host);
  }

  /** The board whose data the widget shows: it has none of its own and sits in a board. */
  get shared(): BoardState | undefined {
    return hasData(this.#host) ? undefined : this.#board.value;
  }

  /** The widget has data to show: its own, or its board's. */
  get active(): boolean {
    return hasData(this.#host) || this.shared !== undefined;
  }

  /** The observations to show: the source's, or in a board those of the widget's own `region`, else of the board's area. */
  get observations(): readonly Observation[] | undefined {
    const b = this.shared;
    if (!b) return this.source?.observations;
    return this.#host.region?.trim() ? b.of(this.#host.region).observations : b.observations;
  }

  get gaps(): readonly Gap[] {
    const b = this.shared;
    if (!b) return this.source?.gaps ?? [];
    return this.#host.region?.trim() ? b.of(this.#host.region).gaps : b.gaps;
  }

  /**
   * The date to show: the widget's own (`own`, its `at`), unless it sits in a board and has none
   * of its own: then the board's. Its own is an `at` attribute, or a date set by script
   * (`counter.at = '2023-12-31'`); `latest`, the default, follows the board.
   */
  at<T extends string | undefined>(own: T): string | T {
    const board = this.shared;
    const mine = this.#host.hasAttribute('at') || (typeof own === 'string' && own.trim() !== '' && own.trim().toLowerCase() !== 'latest');
    return board && !mine ? (board.at ?? own) : own;
  }

  /** The board's selected area, named, when the widget shows it (no `region` of its own). */
  get areaName(): string | undefined {
    return this.#host.region?.trim() ? undefined : this.shared?.regionName;
  }

  /** Changes seen in the widget's children (inline data added, replaced or edited). */
  #changes = 0;
  #observer: MutationObserver | undefined;
  /** What the source was last told to read (see #signature). */
  #synced: string | undefined;

  hostConnected(): void {
    // a parser-inserted inline data child may arrive after the element is upgraded
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => this.#host.requestUpdate(), { once: true });
    // inline data added, replaced or edited later (a CMS, a script; a script's type switched to
    // application/json) is read again; and what changed while the widget was out of the page
    // is not seen by an observer: on (re-)insertion the children count as changed
    this.#changes++;
    this.#host.requestUpdate();
    this.#observer = new MutationObserver(() => {
      this.#changes++;
      this.#host.requestUpdate();
    });
    this.#observer.observe(this.#host, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['type'] });
  }

  /**
   * The source to credit: the widget's own `source` attribute, else the credit the published file
   * gives itself (a dtm-publish snapshot's `meta.source`), else none.
   */
  sourceName(attribute: string | undefined): string | undefined {
    return attribute?.trim() ? attribute : this.source?.meta?.source;
  }

  /** Call when the widget no longer has data (src and inline data removed): stops everything. */
  release(): void {
    if (this.#borrowed) {
      this.#borrowed = false;
      this.source = undefined;
      this.view = undefined;
      this.failed = false;
    }
    if (!this.source) return;
    this.#host.removeController(this.source);
    this.source.hostDisconnected();
    this.source = undefined;
    this.#synced = undefined;
  }

  #warmed = false;
  #warmTimer: ReturnType<typeof setTimeout> | undefined;

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    // removed before the formatters were made: nothing runs for a widget that is gone
    if (this.#warmTimer === undefined) return;
    clearTimeout(this.#warmTimer);
    this.#warmTimer = undefined;
    this.#warmed = false;
  }

  /**
   * Call from willUpdate while the widget has data, with the widget's locale. The first call also
   * creates the formatters the first picture will need, in a task of their own: ICU's cold start
   * (20-60 ms on these machines for a page's first Intl formatter) then runs while the data chunk
   * and the data are on their way, not between their arrival and the picture. English makes no
   * Intl formatter at all (format/english.ts): for it this warms our own code only.
   */
  sync(loc?: ResolvedLocale): void {
    const board = this.shared;
    if (board) {
      // the board's data: one request and one parse for every widget inside it
      if (!this.#borrowed) this.release();
      this.#borrowed = true;
      this.source = board.source;
      this.view = board.view;
      this.failed = board.failed;
      if (this.view) this.view.adoptDataStyles(this.#host.shadowRoot);
      return;
    }
    if (this.#borrowed) this.release();
    if (loc && !this.#warmed) {
      this.#warmed = true;
      this.#warmTimer = setTimeout(() => {
        this.#warmTimer = undefined;
        formatNumber(loc)(0);
        formatNumber(loc, { notation: 'compact' })(0);
        formatDate(loc, { year: 2024, month: 4, day: 30 });
      }, 0);
    }
    const view = this.view;
    if (view && !this.source) this.source = new view.DataSource(this.#host, () => view.sourceConfig(this.#host, this.#extra()));
    if (!this.view && !this.failed && !this.#loading) {
      this.#loading = true;
      import('./data-view.js').then(
        (view) => {
          this.view = view;
          view.adoptDataStyles(this.#host.shadowRoot);
          // the source is created by the next sync(), once the widget says it is ready for data
          this.#host.requestUpdate();
        },
        () => {
          this.failed = true;
          this.#host.requestUpdate();
        },
      );
    }
    // the source reads the configuration, inline text included (megabytes, copied on every read),
    // only when an attribute or a child has changed: not on every pointer move
    const signature = this.source && view?.configSignature(this.#host, this.#extra(), this.#changes);
    if (this.source && signature !== this.#synced) {
      this.#synced = signature;
      this.source.sync();
    }
  }
}
