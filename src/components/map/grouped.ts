/**
 * Many areas (GROUPED_FROM and more): the fills drawn as one `<path>` per colour, each area's
 * outline with it, instead of one element per area. At 2,000 areas the element per area was the
 * largest cost of the first picture (Lit's 2,000 template instances, their attributes and the
 * browser's style and paint of 2,000 hit-testable elements). What the reader gets stays: the
 * cursor and the selection are drawn over the fills as outlines of their own, and the area under
 * the pointer is found from the same projected geometry (a bounding-box pass, then the area's
 * `Path2D` and `isPointInPath`, the topmost area first, as the browser would for one element per
 * area). Fewer areas keep one `<path>` per area (render.ts): the DOM they cost is small.
 */
import type { PlacedArea } from './projection.js';

/** From this many areas on, the areas are drawn grouped by colour. */
export const GROUPED_FROM = 300;

export interface FillGroup {
  readonly fill: string;
  readonly d: string;
}

/** The order the areas were last painted in, by placed map: the hit test looks from the top down. */
const paintOrders = new WeakMap<readonly PlacedArea[], Int32Array>();

/**
 * The areas' paths joined by fill, in the order each fill first appears. Areas are then painted
 * group after group, not in their own order: the order is kept for the hit test, so that where
 * areas overlap (boundary files often do, along shared edges) the area found is the one on top.
 */
export function fillGroups(placed: readonly PlacedArea[], fillOf: (code: string) => string): FillGroup[] {
  const parts = new Map<string, { ds: string[]; members: number[] }>();
  placed.forEach((p, i) => {
    if (!p.d) return;
    const fill = fillOf(p.code);
    let group = parts.get(fill);
    if (!group) parts.set(fill, (group = { ds: [], members: [] }));
    group.ds.push(p.d);
    group.members.push(i);
  });
  paintOrders.set(placed, Int32Array.from([...parts.values()].flatMap((g) => g.members)));
  return [...parts].map(([fill, g]) => ({ fill, d: g.ds.join('') }));
}

/** Which area is at a point of the picture (in its viewBox units): -1 for none. */
export type AreaHit = (x: number, y: number) => number;

const hits = new WeakMap<readonly PlacedArea[], AreaHit>();
let context: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null | undefined;

/** The bounds of a path string of absolute coordinates (projection.ts's M, L and Z; d3's, with arcs of points). */
function boundsOf(d: string, into: Float64Array, at: number): void {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  const numbers = /-?\d*\.?\d+(?:e[-+]?\d+)?/gi;
  let even = true;
  for (let m = numbers.exec(d); m; m = numbers.exec(d)) {
    const v = Number(m[0]);
    if (even) {
      if (v < x0) x0 = v;
      if (v > x1) x1 = v;
    } else {
      if (v < y0) y0 = v;
      if (v > y1) y1 = v;
    }
    even = !even;
  }
  into[at] = x0;
  into[at + 1] = y0;
  into[at + 2] = x1;
  into[at + 3] = y1;
}

/** The hit test of a placed map, made on the first pointer over it and kept with it. */
export function areaHit(placed: readonly PlacedArea[]): AreaHit {
  let hit = hits.get(placed);
  if (hit) return hit;
  let boxes: Float64Array | undefined;
  const shapes: (Path2D | undefined)[] = [];
  hit = (x, y) => {
    context ??= typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(1, 1).getContext('2d') : document.createElement('canvas').getContext('2d');
    if (!context) return -1;
    if (!boxes) {
      boxes = new Float64Array(placed.length * 4);
      placed.forEach((p, i) => boundsOf(p.d, boxes!, i * 4));
    }
    // the topmost first: the last painted (fillGroups' order when the areas were grouped)
    const order = paintOrders.get(placed);
    for (let j = (order ?? placed).length - 1; j >= 0; j--) {
      const i = order ? order[j]! : j;
      const k = i * 4;
      if (x < boxes[k]! || y < boxes[k + 1]! || x > boxes[k + 2]! || y > boxes[k + 3]!) continue;
      const shape = (shapes[i] ??= new Path2D(placed[i]!.d));
      if (context.isPointInPath(shape, x, y)) return i;
    }
    return -1;
  };
  hits.set(placed, hit);
  return hit;
}

/** Where a pointer event is in the picture's viewBox units, from the SVG it is over. */
export function pointInPicture(e: MouseEvent): [number, number] | undefined {
  const svg = e.composedPath().find((n) => n instanceof SVGSVGElement) as SVGSVGElement | undefined;
  const m = svg?.getScreenCTM();
  if (!m) return undefined;
  const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(m.inverse());
  return [p.x, p.y];
}
