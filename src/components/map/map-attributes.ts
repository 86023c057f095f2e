/**
 * The attributes of `<dtm-map>`, documented (the custom-elements manifest reads these comments):
 * the data attributes every data widget shares, the boundaries, and how the figures are shown.
 * The element (map.ts) adds the behaviour.
 */
import { LitElement, type PropertyDeclarations } from 'lit';
import type { DateFormat, DuplicateRule } from '../../data/pipeline.js';
import type { FormatOption } from '../../data/table.js';
import type { NumeralsOption } from '../../i18n/locale.js';
import { oneOf } from '../../internal/enum.js';
import { warnOnce } from '../../internal/warn.js';
import { parseRatio } from '../shared/credit.js';
import { dataProperties, strictNumber, type DataAttributes } from '../shared/data-host.js';
import type { WidgetState } from '../shared/states.js';
import { BUILT_IN } from './boundaries-controller.js';
import type { ClassScale } from './classes.js';

export class MapAttributes extends LitElement implements DataAttributes {
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
  };

  /** URL of published data (JSON or CSV); relative URLs resolve against the page. */
  src: string | undefined;
  /** `auto`, `dtm`, `hxl`, `records` or `csv`. */
  format: FormatOption = 'auto';
  /** Column (name or HXL tag pattern) holding the figure. Default: `numPresentIdpInd` (DTM), `#affected+idps` (HXL), `value`. One figure per area: of several, comma-separated, the first is read. */
  valueField: string | undefined;
  /** Column of reporting dates. Default: `reportingDate` (DTM), `#date` (HXL), `date`. */
  dateField: string | undefined;
  /** Column of area codes (any P-code form or governorate name). Default: the deepest admin P-code present. */
  regionField: string | undefined;
  /** `field=value` pairs separated by `;`, e.g. `operation=Iraq conflict`. */
  filter: string | undefined;
  /** Only this area's rows (any P-code form or governorate name); a governorate includes its districts. */
  region: string | undefined;
  /** How rows with the same date and area combine: `sum`, `max`, `min`, `mean`, `first`, `last` or `reject`. */
  duplicates: DuplicateRule = 'sum';
  /** How slash dates are written: `DD/MM/YYYY`, `MM/DD/YYYY` or `YYYY/MM/DD`; without it they are refused. */
  dateFormat: DateFormat | undefined;
  /** Re-fetch every this many seconds (paused while hidden or far off-screen); 0 for never. */
  refresh: number | undefined;
  /** Largest data file accepted, in bytes. Default: 10 MB. */
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
  /** Who published the data, e.g. "IOM DTM Iraq". */
  source: string | undefined;
  /** Link of the source; only http and https URLs become links, anything else shows as text. */
  sourceUrl: string | undefined;
  /** Language (`en`, `ar`, `ar-IQ`, `ckb`); else the closest ancestor's `lang`, the document's, or English. */
  declare lang: string;
  /** Digits: `auto` (the language's default: Arabic-Indic for ar-IQ and ckb), `latn` (0-9) or `arab` (٠-٩). */
  numerals: NumeralsOption = 'auto';
  /** `light`, `dark`, or `auto` (follows the reader's colour-scheme preference). */
  theme: 'light' | 'dark' | 'auto' = 'light';
  /** Read-only: `loading`, `ready`, `empty`, `stale` or `error`. */
  state: WidgetState = 'loading';

}

/* How the element reads its own attributes: enumerated ones as people type them (internal/enum.ts). */

/** Width over height, from `aspect-ratio`; 4/3 when it is absent or unusable. */
export const ratio = (el: MapAttributes): number => parseRatio(el.aspectRatio, 4 / 3);

/** Figures at points (lat-field and lon-field), rather than by area; one of the two alone is said. */
export function pointsMode(el: MapAttributes): boolean {
  const lat = Boolean(el.latField?.trim());
  const lon = Boolean(el.lonField?.trim());
  if (lat !== lon) warnOnce(el.localName, `${lat ? 'lat-field' : 'lon-field'} is set without ${lat ? 'lon-field' : 'lat-field'}: set both to draw points; the figures are drawn by area.`);
  return lat && lon;
}

/** `renderer="svg"`: no WebGL map. */
export const svgOnly = (el: MapAttributes): boolean => oneOf(el, 'renderer', el.renderer, ['auto', 'svg'] as const, 'auto') === 'svg';

/** `kind="bubbles"`: circles sized by the figures. */
export const bubbles = (el: MapAttributes): boolean => oneOf(el, 'kind', el.kind, ['choropleth', 'bubbles'] as const, 'choropleth') === 'bubbles';
