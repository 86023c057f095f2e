/**
 * What every data widget shares, in the static part of its bundle: the data attributes, the
 * reading of its configuration, and a controller that loads the data chunk (data-view.ts) on
 * first need and creates the DataSource. Kept small: a widget with a static value never loads
 * the chunk.
 */
import type { PropertyDeclarations, ReactiveController, ReactiveControllerHost } from 'lit';
import type { DataSource, SourceConfig } from '../../data/source.js';
import type { DateFormat, DuplicateRule } from '../../data/pipeline.js';
import type { FormatOption } from '../../data/table.js';
import { parseStrictNumber } from '../../data/strict-number.js';

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

type Host = ReactiveControllerHost & HTMLElement & DataAttributes;

/** What a widget adds to the shared configuration. */
export interface Extra {
  readonly seriesField?: string;
  readonly refuse?: SourceConfig['refuse'];
  readonly refuseKey?: string;
}

/** True when the widget reads published data (`src`, or an inline data child). */
export function hasData(host: Host): boolean {
  return (host.src !== undefined && host.src !== null) || host.querySelector(':scope > script[type="application/json"], :scope > script[type="text/csv"]') !== null;
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

  constructor(host: Host, extra: () => Extra = () => ({})) {
    this.#host = host;
    this.#extra = extra;
    host.addController(this);
  }

  hostConnected(): void {
    // a parser-inserted inline data child may arrive after the element is upgraded
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => this.#host.requestUpdate(), { once: true });
  }

  /** Call from willUpdate while the widget has data. */
  sync(): void {
    if (!this.view && !this.failed && !this.#loading) {
      this.#loading = true;
      import('./data-view.js').then(
        (view) => {
          this.view = view;
          view.adoptDataStyles(this.#host.shadowRoot);
          this.source = new view.DataSource(this.#host, () => this.#config());
          this.#host.requestUpdate();
        },
        () => {
          this.failed = true;
          this.#host.requestUpdate();
        },
      );
    }
    this.source?.sync();
  }

  #config(): SourceConfig {
    const h = this.#host;
    const inline = this.view!.inlineData(h); // read once: the text may be large
    const extra = this.#extra();
    return {
      src: h.src,
      ...(inline && { inline }),
      format: h.format,
      pipeline: {
        ...(h.valueField && { valueField: h.valueField }),
        ...(h.dateField && { dateField: h.dateField }),
        ...(h.regionField && { regionField: h.regionField }),
        ...(extra.seriesField && { seriesField: extra.seriesField }),
        ...(h.filter && { filter: h.filter }),
        ...(h.region && { region: h.region }),
        ...(h.dateFormat && { dateFormat: h.dateFormat }),
        duplicates: h.duplicates,
      },
      refresh: h.refresh ?? 0,
      ...(h.maxBytes !== undefined && { maxBytes: h.maxBytes }),
      ...(extra.refuse && { refuse: extra.refuse, refuseKey: extra.refuseKey ?? '' }),
    };
  }
}
