import { describe, expect, it } from 'vitest';
import { placeTooltip } from '../../../src/components/shared/tooltip.js';

const size = { width: 100, height: 40 };
const box = { width: 400, height: 200 };

describe('placeTooltip', () => {
  it('sits beside its anchor on the reading side: right of it in English, left of it in Arabic', () => {
    expect(placeTooltip({ x: 150, y: 20 }, size, box, false)).toEqual({ left: 162, top: 20 });
    expect(placeTooltip({ x: 150, y: 20 }, size, box, true)).toEqual({ left: 38, top: 20 });
  });

  it('flips to the other side at an edge', () => {
    expect(placeTooltip({ x: 350, y: 20 }, size, box, false)).toEqual({ left: 238, top: 20 });
    expect(placeTooltip({ x: 50, y: 20 }, size, box, true)).toEqual({ left: 62, top: 20 });
  });

  it('stays inside the picture, however wide or low', () => {
    expect(placeTooltip({ x: 200, y: 190 }, { width: 300, height: 40 }, box, false)).toEqual({ left: 0, top: 160 });
    expect(placeTooltip({ x: 10, y: -5 }, { width: 500, height: 300 }, box, false)).toEqual({ left: 0, top: 0 });
  });
});
