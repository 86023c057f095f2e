/**
 * The map's geography, in a chunk of its own: the boundaries reader, our Mercator, topojson-client
 * and the built-in Iraq boundaries. Loaded by the first map on the page, so that a page loading
 * all widgets (dtm-widgets.js) for its counters does not pay for them. d3-geo is a chunk of its
 * own again (projection-sphere.ts), loaded by the boundaries controller only for boundaries across
 * the antimeridian or near a pole.
 */
import iraqAdm1 from '../../../data/boundaries/iraq-adm1.topo.json';

export { readBoundaries } from './boundaries.js';
export { needsSphere, placeAreas, readingOrder, useSphere, withinExtent } from './projection.js';
export { normaliseRegion } from '../../data/iraq.js';
export { iraqAdm1 };
