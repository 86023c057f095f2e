/**
 * The map's WebGL renderer (MapLibre, about 430 KiB with its worker): fetched when the map comes
 * within a screen of the viewport, after the SVG picture is up, and released on disconnect (the
 * context, the worker and every listener), when the map switches to SVG, or when there is no
 * picture. Each start has a generation: an older start's late answer never touches a newer map.
 * When WebGL fails the SVG picture stays, never a blank box.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { VisibilityController } from '../../controllers/visibility-controller.js';
import { warnOnce } from '../../internal/warn.js';
import type { GlArea, GlMap, GlOptions } from './webgl.js';

type GlModule = typeof import('./webgl.js');
declare const __DTM_IIFE__: boolean | undefined;

/* The classic-script build cannot split chunks: it loads the WebGL renderer from the ES build
   published next to it (dist/cdn/map-webgl.js), resolved against the script's own URL. */
const scriptSrc = typeof document !== 'undefined' ? ((document.currentScript as HTMLScriptElement | null)?.src ?? '') : '';
const loadGl = (): Promise<GlModule> =>
  typeof __DTM_IIFE__ !== 'undefined' && __DTM_IIFE__
    ? (import(/* @vite-ignore */ new URL('../cdn/map-webgl.js', scriptSrc || location.href).href) as Promise<GlModule>)
    : import('./webgl.js');

/** What the host gives the WebGL map when it is built: its box and its options. */
export interface GlSetup {
  readonly container: HTMLElement | null;
  readonly root: ShadowRoot | null;
  readonly options: Omit<GlOptions, 'onReady' | 'onFail' | 'onAttribution'>;
  readonly areas: readonly GlArea[];
}

export class GlController implements ReactiveController {
  /** The renderer on screen. */
  rendering: 'svg' | 'webgl' = 'svg';
  /** The basemap's own credits (OpenStreetMap and the like), as text, while it is on screen. */
  basemapCredit = '';

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #setup: () => GlSetup;
  readonly #onRendering: (rendering: 'svg' | 'webgl') => void;
  #map: GlMap | undefined;
  #state: 'idle' | 'loading' | 'ready' | 'failed' = 'idle';
  #generation = 0;
  #signature = '';
  #highlight = '';
  readonly #near: VisibilityController;

  constructor(host: ReactiveControllerHost & HTMLElement, setup: () => GlSetup, onRendering: (rendering: 'svg' | 'webgl') => void) {
    this.#host = host;
    this.#setup = setup;
    this.#onRendering = onRendering;
    this.#near = new VisibilityController(host, () => this.#start(), '100% 0px');
    host.addController(this);
  }

  hostDisconnected(): void {
    this.release();
  }

  /** True while a WebGL map exists or is being built. */
  get active(): boolean {
    return this.#map !== undefined || this.#state === 'loading' || this.#state === 'ready';
  }

  /** After the SVG picture is up: builds the WebGL map once the host is near the viewport. */
  wanted(): void {
    if (this.#state !== 'idle' || !this.#host.isConnected) return;
    this.#state = 'loading';
    this.#near.waitUntilVisible();
  }

  /** Releases the WebGL map (context, worker, listeners) and any pending start; SVG shows. */
  release(): void {
    this.#map?.destroy();
    this.#map = undefined;
    this.#generation++;
    this.#signature = '';
    this.#highlight = '';
    this.basemapCredit = '';
    this.#near.cancel();
    if (this.#state !== 'failed') this.#state = 'idle';
    this.#setRendering('svg');
  }

  /**
   * Brings the WebGL map up to date: the GeoJSON goes to the worker only when the areas or their
   * colours change (`signature`); hover and selection are feature states.
   */
  sync(areas: () => readonly GlArea[], signature: string, active: string | undefined, selected: string | undefined): void {
    const map = this.#map;
    if (!map) return;
    if (signature !== this.#signature) {
      this.#signature = signature;
      map.setAreas(areas());
      this.#highlight = '';
    }
    const highlight = `${active ?? ''}|${selected ?? ''}`;
    if (highlight !== this.#highlight) {
      this.#highlight = highlight;
      map.highlight(active, selected);
    }
  }

  /** Where a place is on screen, from the WebGL camera; undefined while SVG shows. */
  project(lonLat: readonly [number, number]): [number, number] | undefined {
    return this.#map && this.rendering === 'webgl' ? this.#map.project(lonLat) : undefined;
  }

  reset(): void {
    this.#map?.reset();
  }

  #start(): void {
    // let the SVG picture reach the screen first: MapLibre's set-up is heavy main-thread work
    requestAnimationFrame(() => setTimeout(() => this.#create(), 0));
  }

  #create(): void {
    const generation = ++this.#generation;
    loadGl().then(
      (gl) => {
        // removed, re-inserted or switched to SVG while the chunk was on its way: a newer
        // attempt owns the map, and an older attempt's answer must not touch its state
        if (generation !== this.#generation) return;
        const setup = this.#setup();
        if (this.#map || !this.#host.isConnected || !setup.container || !setup.root) {
          this.#state = 'idle';
          return;
        }
        if (!gl.hasWebgl2()) {
          this.#fail('WebGL2 is not available');
          return;
        }
        this.#map = gl.createGlMap(setup.container, setup.root, setup.areas, {
          ...setup.options,
          onReady: () => {
            this.#state = 'ready';
            this.#setRendering('webgl');
          },
          onFail: (reason) => this.#fail(reason),
          onAttribution: (text) => {
            this.basemapCredit = text;
            this.#host.requestUpdate();
          },
        });
      },
      () => {
        if (generation === this.#generation) this.#fail('the WebGL renderer could not be downloaded');
      },
    );
  }

  #fail(reason: string): void {
    this.#map?.destroy();
    this.#map = undefined;
    this.#state = 'failed';
    this.#setRendering('svg');
    // the SVG picture is already there and stays: never a blank box
    warnOnce(this.#host.localName, `drawing with SVG: ${reason}.`);
  }

  #setRendering(rendering: 'svg' | 'webgl'): void {
    this.rendering = rendering;
    this.#onRendering(rendering);
  }
}
