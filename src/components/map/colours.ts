/**
 * Colours a publisher may set (palette lists): an allow-list of forms, parsed and normalised to
 * `#rrggbb`, never pasted into CSS, so `red;background:url(//x)` cannot become a style.
 * Plus the named sequential palettes, all readable with the common colour-vision deficiencies.
 */

const NAMED: Record<string, string> = {
  black: '#000000',
  white: '#ffffff',
  gray: '#808080',
  grey: '#808080',
  red: '#ff0000',
  orange: '#ffa500',
  yellow: '#ffff00',
  green: '#008000',
  blue: '#0000ff',
  navy: '#000080',
  teal: '#008080',
  purple: '#800080',
  brown: '#a52a2a',
};

const hex2 = (n: number): string => n.toString(16).padStart(2, '0');

/** `#abc`, `#aabbcc`, `rgb(1, 2, 3)` or a basic colour name, as `#rrggbb`; undefined otherwise. */
export function parseColour(raw: string): string | undefined {
  const t = raw.trim().toLowerCase();
  if (Object.prototype.hasOwnProperty.call(NAMED, t)) return NAMED[t];
  let m = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(t);
  if (m) return `#${m[1]}${m[1]}${m[2]}${m[2]}${m[3]}${m[3]}`;
  if (/^#[0-9a-f]{6}$/.test(t)) return t;
  m = /^rgb\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*\)$/.exec(t);
  if (m) {
    const [r, g, b] = [m[1]!, m[2]!, m[3]!].map((d) => Number(d)); // 1-3 validated digits
    if (r! <= 255 && g! <= 255 && b! <= 255) return `#${hex2(r!)}${hex2(g!)}${hex2(b!)}`;
  }
  return undefined;
}

/** Sequential palettes, light to dark (ColorBrewer Blues, Oranges, Purples; viridis; cividis). */
export const PALETTES: Record<string, readonly string[]> = {
  blues: ['#eff3ff', '#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#084594'],
  oranges: ['#feedde', '#fdd0a2', '#fdae6b', '#fd8d3c', '#f16913', '#d94801', '#8c2d04'],
  purples: ['#f2f0f7', '#dadaeb', '#bcbddc', '#9e9ac8', '#807dba', '#6a51a3', '#4a1486'],
  viridis: ['#fde725', '#8fd744', '#35b779', '#21908d', '#31688e', '#443a83', '#440154'],
  cividis: ['#fee838', '#d2c060', '#a59c74', '#7c7b78', '#575c6d', '#32426f', '#00224e'],
};

/** Between two `#rrggbb` colours, `f` of the way (in sRGB: neighbours of a sequential palette). */
function mix(a: string, b: string, f: number): string {
  const channel = (c: string, at: number): number => parseInt(c.slice(at, at + 2), 16);
  return `#${[1, 3, 5].map((at) => hex2(Math.round(channel(a, at) + (channel(b, at) - channel(a, at)) * f))).join('')}`;
}

/**
 * `n` colours from a palette, evenly spread over its range (light to dark). More classes than
 * the palette has colours get colours mixed between its neighbours: never two classes alike.
 * One class (every area has the same figure, zero included) takes the middle colour: the
 * darkest would say "the most" of figures that are all alike.
 */
export function pick(palette: readonly string[], n: number): string[] {
  const last = palette.length - 1;
  if (n <= 1 || last === 0) return Array.from({ length: Math.max(1, n) }, () => palette[Math.round(last / 2)]!);
  return Array.from({ length: n }, (_, i) => {
    const at = (i * last) / (n - 1);
    if (n <= palette.length) return palette[Math.round(at)]!;
    const lo = Math.floor(at);
    return lo >= last ? palette[last]! : mix(palette[lo]!, palette[lo + 1]!, at - lo);
  });
}

/**
 * The colours of `n` classes from the `palette` attribute: a palette name, or a comma-separated
 * list of allowed colours (each checked; the list is used only when every entry is valid).
 */
export function classColours(attribute: string | undefined, n: number): { colours: string[]; invalid: string[] } {
  const raw = (attribute ?? '').trim();
  const named = Object.prototype.hasOwnProperty.call(PALETTES, raw.toLowerCase()) ? PALETTES[raw.toLowerCase()] : undefined;
  if (!raw || named) return { colours: pick(named ?? PALETTES.blues!, n), invalid: [] };
  // commas inside rgb( ) belong to the colour
  const parts = raw.split(/,(?![^(]*\))/).map((p) => p.trim()).filter(Boolean);
  const parsed = parts.map(parseColour);
  const invalid = parts.filter((_, i) => parsed[i] === undefined);
  // one colour cannot tell classes apart: a list needs two at least
  if (invalid.length || parsed.length < 2) return { colours: pick(PALETTES.blues!, n), invalid: invalid.length ? invalid : [raw] };
  return { colours: pick(parsed as string[], n), invalid: [] };
}
