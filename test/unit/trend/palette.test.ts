/**
 * The trend's default series colours, read from its stylesheet: every line stands out from the
 * background (3:1), and no two series come closer to each other, in normal vision or simulated
 * deutan, protan or tritan vision (Machado et al. 2009, full severity), than Okabe-Ito's own
 * closest pair does (ΔE 15.8: vermillion and brown under protan vision).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('../../../src/components/trend/trend.styles.ts', import.meta.url), 'utf8');
/** The declarations of the first rule that starts with `selector`, up to its closing brace. */
function block(selector: string): string {
  const at = css.indexOf(`${selector} {`);
  if (at < 0) throw new Error(`no rule ${selector}`);
  return css.slice(at, css.indexOf('}', at));
}
/** Series colours set in a rule, by index; every --_sN declaration must be a #rrggbb default. */
function colours(rule: string): Map<number, string> {
  const declared = rule.match(/--_s\d:/g) ?? [];
  const read = [...rule.matchAll(/--_s(\d): var\(--dtm-series-\d, (#[0-9a-fA-F]{6})\)/g)];
  if (read.length !== declared.length) throw new Error(`a series colour is not a #rrggbb default: ${rule}`);
  return new Map(read.map((m) => [Number(m[1]), m[2]!.toLowerCase()]));
}
const light = colours(block(':host'));
const dark = new Map([...light, ...colours(block(":host([theme='dark' i])"))]);
const auto = new Map([...light, ...colours(block("    :host([theme='auto' i])"))]);

type Rgb = [number, number, number];
const rgb = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as Rgb;
const toLinear = (c: number): number => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const fromLinear = (c: number): number => {
  const x = Math.min(1, Math.max(0, c));
  return x <= 0.0031308 ? 12.92 * x : 1.055 * x ** (1 / 2.4) - 0.055;
};
const MACHADO: Record<string, number[][]> = {
  deutan: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  protan: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  tritan: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
};
const simulate = (c: Rgb, m: number[][]): Rgb => {
  const l = c.map(toLinear);
  return m.map((row) => fromLinear(row[0]! * l[0]! + row[1]! * l[1]! + row[2]! * l[2]!)) as Rgb;
};
const lab = (c: Rgb): Rgb => {
  const [r, g, b] = c.map(toLinear) as Rgb;
  const f = (t: number): number => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
};
const deltaE = (a: Rgb, b: Rgb): number => Math.hypot(...lab(a).map((v, i) => v - lab(b)[i]!));
const luminance = (c: Rgb): number => 0.2126 * toLinear(c[0]) + 0.7152 * toLinear(c[1]) + 0.0722 * toLinear(c[2]);
const contrast = (a: Rgb, b: Rgb): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

/** The closest pair of the palette, in normal and each simulated vision. */
function closest(palette: string[]): number {
  let min = Infinity;
  for (const m of [undefined, ...Object.values(MACHADO)]) {
    const seen = palette.map((h) => (m ? simulate(rgb(h), m) : rgb(h)));
    for (let i = 0; i < seen.length; i++) for (let j = i + 1; j < seen.length; j++) min = Math.min(min, deltaE(seen[i]!, seen[j]!));
  }
  return min;
}

const OKABE_ITO = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#8c6d31', '#555555'];

describe('the trend palette', () => {
  it("follows the system's dark mode (theme=\"auto\") with the dark theme's colours", () => {
    expect([...auto]).toEqual([...dark]);
  });

  for (const [theme, palette, background] of [
    ['light', light, '#ffffff'],
    ['dark', dark, '#151b23'],
  ] as const) {
    it(`${theme}: 8 colours, each at 3:1 or more against the background`, () => {
      expect(palette.size).toBe(8);
      for (const hex of palette.values()) expect(contrast(rgb(hex), rgb(background)), hex).toBeGreaterThanOrEqual(3);
    });
    it(`${theme}: no two series closer, in any simulated vision, than Okabe-Ito's own closest pair`, () => {
      expect(closest([...palette.values()])).toBeGreaterThanOrEqual(closest(OKABE_ITO) - 0.05);
    });
  }
});
