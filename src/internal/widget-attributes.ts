/**
 * The attributes each widget takes, by widget name: the ones `custom-elements.json` declares,
 * less the read-only ones (`state`, `rendering`). `div` mounting (src/mount.ts) and the iframe
 * page (embed/frame.ts) pass on only these, so a page or a URL cannot set anything else on an
 * element. Kept here rather than read from the manifest (tens of KB) so that the library carries
 * a few hundred bytes; test/unit/embed/widget-attributes.test.ts checks it against the manifest,
 * so a new attribute that is not added here fails the tests.
 */
const DATA = ['src', 'format', 'value-field', 'date-field', 'region-field', 'filter', 'region', 'duplicates', 'date-format', 'refresh', 'max-bytes'];
const COMMON = ['source', 'source-url', 'lang', 'numerals', 'theme'];

export const WIDGET_ATTRIBUTES: Readonly<Record<'counter' | 'trend' | 'map', readonly string[]>> = {
  counter: [
    'value', 'label', 'notation', 'maximum-fraction-digits', 'previous', 'as-of', ...COMMON, 'duration',
    'at', 'aggregate', 'compare', ...DATA,
  ],
  trend: [
    'series-field', 'series-labels', 'from', 'to', 'kind', 'marks', 'annotations', 'heading', 'aspect-ratio',
    'height', 'time-direction', ...COMMON, ...DATA,
  ],
  map: [
    'boundaries', 'boundary-key', 'boundary-name', 'boundary-object', 'lat-field', 'lon-field', 'name-field',
    'at', 'kind', 'scale', 'classes', 'thresholds', 'palette', 'labels', 'label', 'heading', 'aspect-ratio',
    'selected', 'renderer', 'basemap', ...COMMON, ...DATA,
  ],
};

export type WidgetName = keyof typeof WIDGET_ATTRIBUTES;

/** True when `name` is one of the widgets (`counter`, `trend`, `map`). */
export function isWidgetName(name: string | null | undefined): name is WidgetName {
  return name === 'counter' || name === 'trend' || name === 'map';
}
