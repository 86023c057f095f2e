// Where areas overlap, the area found under the pointer is the one painted on top.
import { expect, it } from 'vitest';
import { areaHit, fillGroups } from '../../../src/components/map/grouped.js';
import type { PlacedArea } from '../../../src/components/map/projection.js';

const square = (code: string, x: number): PlacedArea => ({ code, d: `M${x},${x}L${x + 10},${x}L${x + 10},${x + 10}L${x},${x + 10}Z`, cx: x + 5, cy: x + 5, lonLat: [0, 0] });

it('overlapping areas: the hit is the area drawn on top', () => {
  // A and C share a class colour, B has another; a sloppy boundary file lets them overlap at (9, 9)
  const placed = [square('A', 0), square('B', 5), square('C', 8)];
  const fill: Record<string, string> = { A: 'red', B: 'blue', C: 'red' };
  const groups = fillGroups(placed, (c) => fill[c]!);
  // what is painted at (9, 9): the last group whose path contains it
  const ctx = new OffscreenCanvas(1, 1).getContext('2d')!;
  const painted = [...groups].reverse().find((g) => ctx.isPointInPath(new Path2D(g.d), 9, 9))!.fill;
  const hit = placed[areaHit(placed)(9, 9)]!.code;
  expect({ painted, hitColour: fill[hit], hit }).toEqual({ painted, hitColour: painted, hit: 'B' });
});
