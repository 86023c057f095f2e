/**
 * The map's geography, in a chunk of its own: d3-geo, topojson-client and the built-in Iraq
 * boundaries (about 15 KiB gzip together). Loaded by the first map on the page, so that a page
 * loading all widgets (dtm-widgets.js) for its counters does not pay for them.
 */
import iraqAdm1 from '../../../data/boundaries/iraq-adm1.topo.json';

export { readBoundaries } from './boundaries.js';
export { placeAreas, readingOrder, withinExtent } from './projection.js';
export { normaliseRegion } from '../../data/iraq.js';
export { iraqAdm1 };
