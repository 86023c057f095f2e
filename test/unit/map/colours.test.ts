import { describe, expect, it } from 'vitest';
import { classColours, parseColour, PALETTES, pick } from '../../../src/components/map/colours.js';

describe('parseColour', () => {
  it.each([
    ['#abc', '#aabbcc'],
    ['#0072B2', '#0072b2'],
    [' rgb(0, 114, 178) ', '#0072b2'],
    ['Navy', '#000080'],
  ])('accepts %j as %s', (raw, hex) => {
    expect(parseColour(raw)).toBe(hex);
  });
  it.each(['red;background:url(//x)', 'url(javascript:alert(1))', 'expression(alert(1))', '#ggg', 'rgb(300,0,0)', 'rgba(0,0,0,0.5)', 'hsl(0 0% 0%)', 'var(--x)', '', 'constructor', '__proto__', 'toString'])(
    'refuses %j',
    (raw) => {
      expect(parseColour(raw)).toBeUndefined();
    },
  );
});

describe('class colours', () => {
  it('spreads a named palette from light to dark over the classes', () => {
    const { colours } = classColours('oranges', 3);
    expect(colours).toEqual([PALETTES.oranges![0], PALETTES.oranges![3], PALETTES.oranges![6]]);
    expect(classColours(undefined, 5).colours).toEqual(pick(PALETTES.blues!, 5));
  });
  it('uses a list of allowed colours, and refuses the whole list when one is not allowed', () => {
    expect(classColours('#fee, #fa0, #a40', 3)).toEqual({ colours: ['#ffeeee', '#ffaa00', '#aa4400'], invalid: [] });
    const bad = classColours('#fee, red;background:url(//x)', 2);
    expect(bad.invalid).toEqual(['red;background:url(//x)']);
    expect(bad.colours).toEqual(pick(PALETTES.blues!, 2));
  });
  it('gives a single class (every figure alike, zeros included) the middle colour, not the darkest', () => {
    const blues = PALETTES.blues!;
    expect(pick(blues, 1)).toEqual([blues[Math.round((blues.length - 1) / 2)]]);
    expect(pick(blues, 1)[0]).not.toBe(blues[blues.length - 1]);
  });

  it('refuses a list of one colour: it cannot tell classes apart', () => {
    expect(classColours('#a40', 3)).toEqual({ colours: pick(PALETTES.blues!, 3), invalid: ['#a40'] });
  });
  it('reads rgb() colours in a list, commas and all', () => {
    expect(classColours('rgb(255, 238, 238), #fa0, rgb(170,68,0)', 3)).toEqual({ colours: ['#ffeeee', '#ffaa00', '#aa4400'], invalid: [] });
  });
  it('never gives two classes the same colour, even with more classes than the palette has', () => {
    const nine = classColours('blues', 9).colours;
    expect(new Set(nine).size).toBe(9);
    expect(nine[0]).toBe(PALETTES.blues![0]);
    expect(nine[8]).toBe(PALETTES.blues![6]);
    // three colours for five classes: the given ones at both ends and the middle, mixes between
    expect(classColours('#fee, #fa0, #a40', 5).colours).toEqual(['#ffeeee', '#ffcc77', '#ffaa00', '#d57700', '#aa4400']);
  });
});
