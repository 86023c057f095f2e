/**
 * The map's boundaries: loads the geography chunk (our Mercator, topojson-client, the built-in
 * Iraq governorates) on first need, and d3-geo only for boundaries across the antimeridian or near
 * a pole; reads the built-in boundaries at once and fetches others through the data chunk, and
 * keeps the fault with a retry. A newer request always wins over an older
 * one's late answer. A map re-inserted after a fault asks again.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { areaOf, finestFirst } from '../../core/areas.js';
import type { Observation } from '../../data/pipeline.js';
import { warnOnce } from '../../internal/warn.js';
import type { DataView } from '../shared/data-host.js';
import type { Area, BoundaryOptions } from './boundaries.js';

export type GeoModule = typeof import('./map-geo.js');

export const BUILT_IN = 'iraq-adm1';

/** What went wrong with the boundaries, in the data's own terms (SourceErrorKind). */
export type BoundaryFault = 'shape' | 'network' | 'config' | 'timeout' | 'http' | 'html' | 'too-large';

/** The boundary attributes, and the data chunk once it is in (its fetch reads custom boundaries). */
export interface BoundaryInputs {
  readonly boundaries: string | undefined;
  readonly key: string | undefined;
  readonly name: string | undefined;
  readonly object: string | undefined;
  readonly view: DataView | undefined;
}

export class BoundariesController implements ReactiveController {
  /** The geography chunk, once loaded. */
  geo: GeoModule | undefined;
  /** The areas to draw, once read. */
  areas: readonly Area[] | undefined;
  codes: ReadonlySet<string> = new Set();
  /** Why the boundaries cannot be drawn. */
  error: { readonly kind: BoundaryFault; readonly detail: string; readonly status?: number } | undefined;
  /** What the areas were read from (boundaries and options): changes when they must be read again. */
  source = '';

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #read: () => BoundaryInputs;
  #geoLoading = false;

  constructor(host: ReactiveControllerHost & HTMLElement, read: () => BoundaryInputs) {
    this.#host = host;
    this.#read = read;
    host.addController(this);
  }

  hostConnected(): void {
    // re-inserted: boundaries that failed are asked for again
    if (this.error) this.retry();
  }

  /** True for the built-in boundaries (they carry their own credit). */
  get builtIn(): boolean {
    return wanted(this.#read().boundaries) === BUILT_IN;
  }

  /**
   * Whether a row is on the map: its area is one of the map's areas or one of their parts (the
   * containment rule of core/areas.ts); a point, within the areas' extent. Call once the areas
   * are in.
   */
  onMap(): (o: Observation) => boolean {
    const { areas, codes, geo } = this;
    const order = finestFirst(codes);
    return (o) => (o.point ? geo!.withinExtent(areas!, o.point) : o.region !== undefined && areaOf(o.region, codes, order) !== undefined);
  }

  /** Call from willUpdate: loads what the attributes ask for, when it changed. */
  sync(): void {
    const geo = this.geo;
    if (!geo) {
      this.#loadGeo();
      return;
    }
    const inputs = this.#read();
    const file = wanted(inputs.boundaries);
    const key = `${file}|${inputs.key ?? ''}|${inputs.name ?? ''}|${inputs.object ?? ''}`;
    if (key === this.source) return;
    this.source = key;
    this.areas = undefined;
    this.error = undefined;
    const options: BoundaryOptions = file === BUILT_IN ? {} : { ...(inputs.key && { key: inputs.key }), ...(inputs.name && { name: inputs.name }), ...(inputs.object && { object: inputs.object }) };
    const accept = (data: unknown): void => {
      if (this.source !== key) return; // a newer request won
      const r = geo.readBoundaries(data, options);
      if (r.ok) {
        if (r.skipped.count) {
          const e = r.skipped.examples.map((x) => `"${x}"`).join(', ');
          warnOnce(this.#host.localName, `${r.skipped.count} boundary feature(s) not drawn: their ${inputs.key ?? 'code'} is missing, repeated or not a P-code, or their geometry is not a polygon with numeric coordinates (${e}).`);
        }
        if (geo.needsSphere(r.areas)) {
          this.#onSphere(geo, r.areas, key);
          return;
        }
        this.#take(r.areas);
      } else this.#fail('shape', r.detail);
      this.#host.requestUpdate();
    };
    if (file === BUILT_IN) accept(geo.iraqAdm1);
    else if (!inputs.view) this.source = ''; // the fetch code is in the data chunk: again once it is in
    else this.#fetch(file, inputs.view, key, accept);
  }

  /** Fetches the boundaries again (the error card's button; a re-inserted map). */
  readonly retry = (): void => {
    this.source = '';
    this.error = undefined;
    this.#host.requestUpdate();
  };

  #take(areas: readonly Area[]): void {
    this.areas = areas;
    this.codes = new Set(areas.map((a) => a.code));
  }

  /**
   * Boundaries across the antimeridian or near a pole: d3-geo's spherical clip draws them, from a
   * chunk of its own loaded now (before their areas are placed, which is synchronous), so that
   * every other map does without its 8 KiB.
   */
  #onSphere(geo: GeoModule, read: readonly Area[], key: string): void {
    import('./projection-sphere.js').then(
      (sphere) => {
        if (this.source !== key) return; // a newer request won
        this.#take(geo.useSphere(read, sphere));
        this.#host.requestUpdate();
      },
      () => {
        if (this.source !== key) return;
        this.#fail('network', 'the map code could not be downloaded');
        this.#host.requestUpdate();
      },
    );
  }

  #loadGeo(): void {
    if (this.#geoLoading) return;
    this.#geoLoading = true;
    import('./map-geo.js').then(
      (geo) => {
        this.geo = geo;
        this.#host.requestUpdate();
      },
      () => {
        // asked for again by "Try again" (or a re-insertion), not left loading for good
        this.#geoLoading = false;
        this.#fail('network', 'the map code could not be downloaded');
        this.#host.requestUpdate();
      },
    );
  }

  #fetch(file: string, view: DataView, key: string, accept: (data: unknown) => void): void {
    const checked = view.checkUrl(file, document.baseURI);
    if (!checked.ok) {
      this.#fail('config', `the boundaries address "${file}" is not usable (${checked.problem})`);
      this.#host.requestUpdate();
      return;
    }
    view.sharedFetch(checked.url).then(
      (res) => {
        if (this.source !== key) return;
        if (res.status !== 'ok') {
          this.#fail('network', 'the boundary file answered "not modified" to a first request');
          this.#host.requestUpdate();
          return;
        }
        let parsed: unknown;
        try {
          parsed = JSON.parse(res.text);
        } catch {
          parsed = undefined;
        }
        accept(parsed);
      },
      (e: unknown) => {
        if (this.source !== key) return;
        // the fault as the data's own: unreachable, not found (404), an HTML page, too large
        const fault = e instanceof view.DataFetchError ? e : undefined;
        const why = fault?.kind === 'http' ? `the server answered ${fault.message}` : `it could not be loaded (${e instanceof Error ? e.message : String(e)})`;
        this.#fail(fault && fault.kind !== 'aborted' ? fault.kind : 'network', why, fault?.status);
        this.#host.requestUpdate();
      },
    );
  }

  #fail(kind: BoundaryFault, detail: string, status?: number): void {
    this.error = { kind, detail, ...(status !== undefined && { status }) };
    const url = this.#read().boundaries;
    this.#host.dispatchEvent(new CustomEvent('dtm-error', { detail: { url, kind, message: detail }, bubbles: true, composed: true }));
  }
}

const wanted = (boundaries: string | undefined): string => (boundaries ?? BUILT_IN).trim() || BUILT_IN;
