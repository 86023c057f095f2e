/** Strings of <dtm-map>: English here, Arabic and Sorani fetched when a widget speaks them (i18n/catalog.ts). */
import { Catalog } from '../../i18n/catalog.js';
import type { Lang } from '../../i18n/locale.js';

export interface MapMessages {
  readonly noData: string;
  readonly area: string;
  /** The table's first header with points (lat-field, lon-field). */
  readonly place: string;
  /** A point's name: its latitude and longitude (already formatted). */
  readonly placeAt: (lat: string, lon: string) => string;
  readonly share: string;
  readonly showTable: string;
  readonly hideTable: string;
  readonly boundaries: string;
  /** Before the basemap's credits. */
  readonly basemap: string;
  readonly keyboardHint: string;
  readonly legend: string;
  readonly idps: string;
  readonly byArea: (label: string) => string;
  /** "as of {date}" inside a sentence. */
  readonly asOf: (date: string) => string;
  readonly resetView: string;
  /** aria-roledescription of the map. */
  readonly role: string;
  /** The boundary file (boundaries) could not be used; `detail` is the technical cause, in English. */
  readonly boundaryFault: (detail: string) => string;
  /** MapLibre's cooperative-gesture hints. */
  readonly gestures: { readonly windows: string; readonly mac: string; readonly mobile: string };
}

const en: MapMessages = {
  noData: 'No data',
  area: 'Area',
  place: 'Place',
  placeAt: (lat, lon) => `${lat}°, ${lon}°`,
  share: 'Share',
  showTable: 'Show table',
  hideTable: 'Hide table',
  boundaries: 'Boundaries',
  basemap: 'Basemap',
  keyboardHint: 'Use the arrow keys to move between areas, Enter to select one, Escape to clear.',
  legend: 'Legend',
  idps: 'IDPs',
  byArea: (l) => `${l} by area`,
  asOf: (d) => `as of ${d}`,
  resetView: 'Reset view',
  role: 'map',
  boundaryFault: (d) => `The map's boundary file could not be used: ${d}. Check the boundaries address and the file.`,
  gestures: { windows: 'Use Ctrl + scroll to zoom the map', mac: 'Use ⌘ + scroll to zoom the map', mobile: 'Use two fingers to move the map' },
};

const catalog = new Catalog<MapMessages>(en, (lang) =>
  lang === 'ar' ? import('./messages.ar.js').then((m) => m.ar) : import('./messages.ckb.js').then((m) => m.ckb),
);

export function mapMessages(lang: Lang): MapMessages {
  return catalog.get(lang);
}
