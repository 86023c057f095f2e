/**
 * The MapLibre GL renderer of <dtm-map>, in its own chunk: only pages with a map near the
 * viewport download it (MapLibre is about 300 KiB gzip, plus its worker). It draws the same areas
 * and colours as the SVG picture, which stays on screen until this map's first `idle`, so readers
 * never wait for WebGL. No basemap unless asked; no glyph server (labels stay browser-shaped
 * text drawn by the element). Attribution is the element's footer: a basemap's credits reach it
 * as plain text, never as HTML.
 */
import * as maplibregl from 'maplibre-gl';
import cssText from 'maplibre-gl/dist/maplibre-gl.css?inline';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { attributionText } from './attribution.js';
import { workerUrl as trustedWorkerUrl } from './trusted-worker.js';

// The worker is a separate file; bundling moves it, so say where it is (first call wins), through
// our Trusted Types policy where the page enforces them
const worker = trustedWorkerUrl(workerUrl);
if ('url' in worker) maplibregl.setWorkerUrl(worker.url);

let sheet: CSSStyleSheet | undefined;

/** MapLibre's CSS, adopted into the widget's shadow root (a document <link> does not reach it). */
function adoptCss(root: ShadowRoot): void {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(cssText);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

export interface GlArea {
  readonly code: string;
  readonly feature: Feature<Geometry>;
  /** `#rrggbb` from the allow-list, or undefined for "no data". */
  readonly fill: string | undefined;
}

export interface GlOptions {
  /** A MapLibre style URL for a basemap (http/https, checked by the element), else none. */
  readonly basemap?: string;
  readonly borderColour: string;
  readonly highlightColour: string;
  readonly nodataColour: string;
  /** The cooperative-gesture hints, in the widget's language. */
  readonly gestureHints: { readonly windows: string; readonly mac: string; readonly mobile: string };
  readonly onHover: (code: string | undefined) => void;
  readonly onSelect: (code: string) => void;
  readonly onMove: () => void;
  /** Called once, when the first complete frame is drawn. */
  readonly onReady: () => void;
  /** Called when WebGL fails (no WebGL2, lost context, blocked worker): the SVG picture stays. */
  readonly onFail: (reason: string) => void;
  /** The basemap's credits as plain text (its sources' attributions), when it has any. */
  readonly onAttribution?: (text: string) => void;
}


export interface GlMap {
  /** New areas or colours: the GeoJSON goes to the worker again. */
  setAreas(areas: readonly GlArea[]): void;
  /** The hovered and the selected area, by feature state only (no new GeoJSON on every hover). */
  highlight(active: string | undefined, selected: string | undefined): void;
  project(lonLat: readonly [number, number]): [number, number];
  resize(): void;
  reset(): void;
  destroy(): void;
}

/** True when this browser can give MapLibre a WebGL2 context. */
export function hasWebgl2(): boolean {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    // a probe must not hold a context: the page has only about 16, and the oldest is lost first
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    return gl !== null;
  } catch {
    return false;
  }
}

/** A 6 × 6 hatch for "no data", drawn into an ImageData (no data: URL, fine under a strict CSP). */
function hatch(colour: string): ImageData {
  const size = 6;
  const data = new Uint8ClampedArray(size * size * 4);
  const r = parseInt(colour.slice(1, 3), 16); // our own allow-listed #rrggbb
  const g = parseInt(colour.slice(3, 5), 16);
  const b = parseInt(colour.slice(5, 7), 16);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const on = (x + y) % size < 2;
      data.set(on ? [r, g, b, 255] : [241, 243, 245, 255], (y * size + x) * 4);
    }
  }
  return new ImageData(data, size, size);
}

/** The areas as GeoJSON: `code` keys the feature states, `fill` colours them, `nodata` hatches them. */
function collection(list: readonly GlArea[]): FeatureCollection<Geometry> {
  return {
    type: 'FeatureCollection',
    features: list.map((a) => ({ ...a.feature, id: undefined, properties: { code: a.code, fill: a.fill ?? '', nodata: a.fill === undefined } })),
  };
}

/** The box around every area's coordinates: the map's first view and its "Reset view". */
function boundsOf(areas: readonly GlArea[]): maplibregl.LngLatBounds {
  const bounds = new maplibregl.LngLatBounds();
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') bounds.extend([c[0] as number, c[1] as number]);
    else if (Array.isArray(c)) c.forEach(visit);
  };
  for (const a of areas) visit((a.feature.geometry as { coordinates?: unknown }).coordinates);
  return bounds;
}

/** The areas' source and layers: fills, hatched "no data", and borders that mark hover and selection. */
function areasStyle(areas: readonly GlArea[], o: GlOptions): maplibregl.StyleSpecification {
  const flag = (state: string): maplibregl.ExpressionSpecification => ['boolean', ['feature-state', state], false];
  return {
    version: 8,
    sources: { areas: { type: 'geojson', data: collection(areas), promoteId: 'code' } },
    layers: [
      { id: 'fill', type: 'fill', source: 'areas', filter: ['==', ['get', 'nodata'], false], paint: { 'fill-color': ['get', 'fill'] } },
      { id: 'nodata', type: 'fill', source: 'areas', filter: ['==', ['get', 'nodata'], true], paint: { 'fill-pattern': 'dtm-hatch' } },
      {
        id: 'border',
        type: 'line',
        source: 'areas',
        paint: {
          'line-color': ['case', flag('selected'), o.highlightColour, flag('active'), o.highlightColour, o.borderColour],
          'line-width': ['case', flag('selected'), 3, flag('active'), 2, 1],
        },
      },
    ],
  };
}

function newMap(container: HTMLElement, style: maplibregl.StyleSpecification, bounds: maplibregl.LngLatBounds, o: GlOptions): maplibregl.Map {
  const map = new maplibregl.Map({
    container,
    style: o.basemap ?? style,
    bounds,
    fitBoundsOptions: { padding: 8 },
    attributionControl: false,
    cooperativeGestures: true,
    locale: {
      'CooperativeGesturesHandler.WindowsHelpText': o.gestureHints.windows,
      'CooperativeGesturesHandler.MacHelpText': o.gestureHints.mac,
      'CooperativeGesturesHandler.MobileHelpText': o.gestureHints.mobile,
    },
    dragRotate: false,
    pitchWithRotate: false,
    canvasContextAttributes: { preserveDrawingBuffer: true },
  });
  map.touchZoomRotate.disableRotation();
  // the element's plot is the one keyboard and screen-reader entry (with its table and summary):
  // the canvas is not a second, English-only "Map" tab stop
  map.getCanvas().setAttribute('tabindex', '-1');
  map.getCanvas().setAttribute('aria-hidden', 'true');
  return map;
}

/**
 * Ready at the first idle frame; before it, any error, a lost context or a worker that never
 * reports (blocked by the page's CSP) is a failure: the SVG picture stays. Returns the time-out.
 */
function watchHealth(map: maplibregl.Map, o: GlOptions, fail: (reason: string) => void, failed: () => boolean): ReturnType<typeof setTimeout> {
  map.once('idle', () => {
    if (!failed()) o.onReady();
  });
  map.on('error', (e) => {
    if (!map.loaded()) fail(e.error?.message ?? 'map error');
  });
  map.on('webglcontextlost', () => fail('WebGL context lost'));
  const timer = setTimeout(() => {
    if (!map.loaded()) fail('the map did not load in time (is its worker allowed by the Content-Security-Policy?)');
  }, 15_000);
  map.once('load', () => clearTimeout(timer));
  return timer;
}

/** The pointer over the areas (hover, click or tap), and camera moves, told to the element. */
function wirePointer(map: maplibregl.Map, o: GlOptions): void {
  for (const layer of ['fill', 'nodata']) {
    map.on('mousemove', layer, (e) => o.onHover(e.features?.[0]?.properties?.code as string | undefined));
    map.on('mouseleave', layer, () => o.onHover(undefined));
    map.on('click', layer, (e) => {
      const code = e.features?.[0]?.properties?.code as string | undefined;
      if (code) o.onSelect(code);
    });
  }
  map.on('move', () => o.onMove());
}

/** A basemap's credits as plain text (sources named by a TileJSON URL know them once loaded). */
function tellAttribution(map: maplibregl.Map, onAttribution: (text: string) => void): void {
  let said = '';
  map.on('sourcedata', () => {
    const texts = new Set<string>();
    for (const id of Object.keys(map.getStyle()?.sources ?? {})) {
      const a = (map.getSource(id) as { attribution?: unknown } | undefined)?.attribution;
      if (typeof a === 'string' && a.trim()) texts.add(attributionText(a));
    }
    const text = [...texts].filter(Boolean).join('; ');
    if (text !== said) onAttribution((said = text));
  });
}

export function createGlMap(container: HTMLElement, root: ShadowRoot, areas: readonly GlArea[], o: GlOptions): GlMap | undefined {
  if ('refused' in worker) {
    // a worker that cannot start would throw inside MapLibre: the SVG picture stays
    o.onFail(worker.refused);
    return undefined;
  }
  adoptCss(root);
  const style = areasStyle(areas, o);
  const bounds = boundsOf(areas);
  let failed = false;
  const fail = (reason: string): void => {
    if (failed) return;
    failed = true;
    o.onFail(reason);
  };
  const map = newMap(container, style, bounds, o);
  const addOwnLayers = (): void => {
    if (!map.hasImage('dtm-hatch')) map.addImage('dtm-hatch', hatch(o.nodataColour));
    if (o.basemap && !map.getSource('areas')) {
      map.addSource('areas', style.sources.areas!);
      for (const layer of style.layers) map.addLayer(layer);
    }
  };
  map.on('style.load', () => {
    addOwnLayers();
    // figures and a selection or hover given while the style was loading (a basemap takes a while)
    if (areasNow !== areas) api.setAreas(areasNow);
    if (wanted) api.highlight(wanted.active, wanted.selected);
  });
  if (o.basemap && o.onAttribution) tellAttribution(map, o.onAttribution);
  map.on('styleimagemissing', (e: { id: string }) => {
    if (e.id === 'dtm-hatch' && !map.hasImage('dtm-hatch')) map.addImage('dtm-hatch', hatch(o.nodataColour));
  });
  const timer = watchHealth(map, o, fail, () => failed);
  wirePointer(map, o);

  let last: { active?: string; selected?: string } = {};
  let areasNow = areas;
  let wanted: { active: string | undefined; selected: string | undefined } | undefined;
  const api: GlMap = {
    setAreas(list) {
      areasNow = list;
      // feature states outlive setData (they are kept by id): `last` stays, to be cleared
      (map.getSource('areas') as maplibregl.GeoJSONSource | undefined)?.setData(collection(list));
    },
    highlight(active, selected) {
      wanted = { active, selected };
      if (!map.getSource('areas')) return; // the style is still loading: applied on style.load
      for (const [key, code] of [['active', last.active], ['selected', last.selected]] as const) {
        if (code) map.setFeatureState({ source: 'areas', id: code }, { [key]: false });
      }
      if (active) map.setFeatureState({ source: 'areas', id: active }, { active: true });
      if (selected) map.setFeatureState({ source: 'areas', id: selected }, { selected: true });
      last = { ...(active && { active }), ...(selected && { selected }) };
    },
    project(lonLat) {
      const p = map.project(lonLat as [number, number]);
      return [p.x, p.y];
    },
    resize() {
      map.resize();
    },
    reset() {
      map.fitBounds(bounds, { padding: 8, animate: false });
    },
    destroy() {
      clearTimeout(timer);
      map.remove(); // releases the WebGL context, the worker, listeners and DOM
    },
  };
  return api;
}
