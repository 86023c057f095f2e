import { describe, expect, it } from 'vitest';
import { onMapKey } from '../../../src/components/map/keys.js';

// items 0..3 in reading order 2, 0, 3, 1
const ORDER = [2, 0, 3, 1];

describe('onMapKey', () => {
  it('steps through the items in reading order, entering at either end', () => {
    expect(onMapKey('ArrowRight', -1, ORDER, false)).toEqual({ cursor: 2 });
    expect(onMapKey('ArrowLeft', -1, ORDER, false)).toEqual({ cursor: 1 });
    expect(onMapKey('ArrowDown', 2, ORDER, false)).toEqual({ cursor: 0 });
    expect(onMapKey('ArrowUp', 0, ORDER, false)).toEqual({ cursor: 2 });
    expect(onMapKey('End', 2, ORDER, false)).toEqual({ cursor: 1 });
    expect(onMapKey('Home', 1, ORDER, false)).toEqual({ cursor: 2 });
  });

  it('mirrors the arrows in Arabic and Sorani: the left arrow goes on', () => {
    expect(onMapKey('ArrowLeft', 2, ORDER, true)).toEqual({ cursor: 0 });
    expect(onMapKey('ArrowRight', 0, ORDER, true)).toEqual({ cursor: 2 });
    // up and down follow the reading order in either direction
    expect(onMapKey('ArrowDown', 2, ORDER, true)).toEqual({ cursor: 0 });
  });

  it('selects with Enter or Space on an item, clears with Escape, leaves other keys to the page', () => {
    expect(onMapKey('Enter', 3, ORDER, false)).toEqual({ select: true });
    expect(onMapKey(' ', 3, ORDER, false)).toEqual({ select: true });
    expect(onMapKey('Enter', -1, ORDER, false)).toBeUndefined();
    expect(onMapKey('Escape', 3, ORDER, false)).toEqual({ cursor: -1, clear: true });
    expect(onMapKey('Tab', 3, ORDER, false)).toBeUndefined();
    expect(onMapKey('ArrowRight', -1, [], false)).toBeUndefined();
  });
});
