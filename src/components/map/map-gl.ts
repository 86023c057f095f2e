/**
 * What the map gives its WebGL renderer: the areas with their fills, and its set-up (colours from
 * the page through the allow-list, the basemap, the gesture hints in the map's language, and the
 * pointer wired back to the element).
 */
import { safeHttpUrl } from '../../internal/url.js';
import { warnOnce } from '../../internal/warn.js';
import type { Area } from './boundaries.js';
import { parseColour } from './colours.js';
import type { GlSetup } from './gl-controller.js';
import { mapMessages } from './messages.js';
import type { MapView } from './render.js';
import type { GlArea } from './webgl.js';

/** The neutral grey of areas under bubbles (as in the SVG picture). */
const UNDER_BUBBLES = '#d5dbe3';

/** The element side of the WebGL map. */
export interface GlHost extends HTMLElement {
  readonly basemap: string | undefined;
}

/** What the element does with the WebGL map's pointer: an area hovered, an area tapped or clicked. */
export interface GlPointer {
  readonly hover: (code: string | undefined) => void;
  readonly select: (code: string) => void;
}

/**
 * The areas and their fills: the class colour, none for "no data"; bubbles carry the figures, so
 * the areas under them are grey (with points, every area: the figures are not by area).
 */
export function glAreas(view: MapView, areas: readonly Area[]): GlArea[] {
  const grey = view.bubbles || view.state.points !== undefined;
  return areas.map((a) => {
    const v = view.state.values.get(a.code);
    const fill = view.state.points ? UNDER_BUBBLES : v === undefined ? undefined : grey ? UNDER_BUBBLES : view.state.classes.colourOf(v);
    return { code: a.code, feature: a.feature, fill };
  });
}

export function glSetup(host: GlHost, view: MapView, areas: readonly Area[], pointer: GlPointer): GlSetup {
  const style = getComputedStyle(host);
  // page colours go through the allow-list before MapLibre sees them
  const colour = (name: string, fallback: string): string => parseColour(style.getPropertyValue(name)) ?? fallback;
  const basemap = safeHttpUrl(host.basemap);
  if (host.basemap?.trim() && !basemap?.startsWith('https:')) warnOnce(host.localName, `basemap="${host.basemap}" is not an https:// style URL; the map has no basemap.`);
  return {
    // MapLibre makes its container position: relative, so it gets an inner box of its own
    container: host.shadowRoot?.querySelector<HTMLElement>('.gl-map') ?? null,
    root: host.shadowRoot,
    areas: glAreas(view, areas),
    options: {
      ...(basemap?.startsWith('https:') && { basemap }),
      borderColour: colour('--_area-stroke', '#ffffff'),
      highlightColour: colour('--_link', '#0b57d0'),
      nodataColour: colour('--_nodata', '#9aa5b1'),
      gestureHints: mapMessages(view.loc.lang).gestures,
      onHover: pointer.hover,
      onSelect: pointer.select,
      onMove: () => (host as unknown as { requestUpdate(): void }).requestUpdate(),
    },
  };
}
