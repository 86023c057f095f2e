import { describe, expect, it } from 'vitest';
import { cursorKey } from '../../../src/components/shared/cursor.js';

describe('cursorKey', () => {
  it('steps with the arrows, enters from the end the arrow points from, and stops at the ends', () => {
    const o = { count: 5 };
    expect(cursorKey('ArrowRight', -1, o)).toBe(0);
    expect(cursorKey('ArrowLeft', -1, o)).toBe(4);
    expect(cursorKey('ArrowRight', 2, o)).toBe(3);
    expect(cursorKey('ArrowRight', 4, o)).toBe(4);
    expect(cursorKey('ArrowLeft', 0, o)).toBe(0);
  });

  it('follows what the eye sees when items run right to left', () => {
    const o = { count: 5, backwards: true };
    expect(cursorKey('ArrowRight', 2, o)).toBe(1);
    expect(cursorKey('ArrowLeft', 2, o)).toBe(3);
    expect(cursorKey('ArrowRight', -1, o)).toBe(4);
    expect(cursorKey('ArrowLeft', -1, o)).toBe(0);
  });

  it('goes to the first and last with Home and End, leaves with Escape, and jumps a tenth with the page keys', () => {
    const o = { count: 100 };
    expect(cursorKey('Home', 50, o)).toBe(0);
    expect(cursorKey('End', 50, o)).toBe(99);
    expect(cursorKey('Escape', 50, o)).toBe(-1);
    expect(cursorKey('PageDown', 50, o)).toBe(60);
    expect(cursorKey('PageUp', 5, o)).toBe(0);
    expect(cursorKey('PageDown', 50, { count: 100, page: 25 })).toBe(75);
    expect(cursorKey('PageDown', -1, o)).toBe(0);
  });

  it('steps with up and down only where asked (a map), and lets other keys through', () => {
    expect(cursorKey('ArrowDown', 1, { count: 3 })).toBeUndefined();
    expect(cursorKey('ArrowDown', 1, { count: 3, vertical: true })).toBe(2);
    expect(cursorKey('ArrowUp', -1, { count: 3, vertical: true })).toBe(2);
    expect(cursorKey('Tab', 1, { count: 3 })).toBeUndefined();
    expect(cursorKey('Enter', 1, { count: 3 })).toBeUndefined();
    expect(cursorKey('Home', -1, { count: 0 })).toBeUndefined();
  });
});
