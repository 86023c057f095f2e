/**
 * What the <dtm-map> browser tests share: waiting for a state, reading the areas, legend, labels
 * and tooltip as drawn, inline data, and the published figures the built-in map shows.
 */
import type { DtmMap } from '../../../src/components/map/map.js';
import { part, plain, screenText, until } from '../helpers/dom.js';

export const GOVERNORATES = '/data/samples/iraq-idps-governorates.dtm.json';

// April 2024 (DTM round 132), by governorate: the figures of the sample file
export const APRIL_2024: Record<string, number> = {
  IQG01: 33_354, IQG02: 4_410, IQG03: 636, IQG04: 6_852, IQG05: 2_256, IQG06: 126_474, IQG07: 16_170, IQG08: 26_532, IQG09: 233_162,
  IQG10: 42_252, IQG11: 222_865, IQG12: 10_032, IQG13: 92_610, IQG14: 1_242, IQG15: 229_120, IQG16: 44_748, IQG17: 2_046, IQG18: 4_152,
};

export async function ready(el: DtmMap, state = 'ready'): Promise<void> {
  await until(() => el.getAttribute('state') === state, 10_000);
  await el.updateComplete;
}

export const paths = (el: Element): SVGPathElement[] => [...el.shadowRoot!.querySelectorAll<SVGPathElement>('path.area')];
/** The area drawn for `code` (areas are drawn in the boundary file's order: IQG01…IQG18). */
export const areaOf = (el: Element, code: string): SVGPathElement => paths(el)[Number(code.slice(3)) - 1]!;
/** The fill of the area drawn for `code`. */
export const fillOf = (el: Element, code: string): string => areaOf(el, code).getAttribute('fill')!;

/** The legend's items as a sighted reader sees them (bidi marks and no-break spaces kept). */
export const legendItems = (el: Element): string[] => [...part(el, 'legend')!.querySelectorAll('li')].map((li) => screenText(li));
/** The legend's items without bidi marks, no-break spaces as spaces (see `plain`). */
export const plainLegendItems = (el: Element): string[] => [...part(el, 'legend')!.querySelectorAll('li')].map((li) => plain(screenText(li)));

/** The colour painted in each class swatch of the legend, as #rrggbb. */
export const swatches = (el: Element): string[] =>
  [...part(el, 'legend')!.querySelectorAll<HTMLElement>('.swatch[data-class]')].map((s) => {
    const [r, g, b] = getComputedStyle(s).backgroundColor.match(/\d+/g)!.map(Number);
    return `#${[r!, g!, b!].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
  });

/** The map's own text labels (labels="names" or "values"), with where they are drawn. */
export const labelsOf = (el: Element): { text: string; x: number; y: number }[] =>
  [...el.shadowRoot!.querySelectorAll('svg:not(.size-key) text')].map((t) => ({ text: plain(t.textContent ?? ''), x: Number(t.getAttribute('x')), y: Number(t.getAttribute('y')) }));

export const tooltipText = (el: Element): string => plain(screenText(part(el, 'tooltip')!));

/** Rows as an inline JSON child of the element. */
export const inline = (rows: unknown[]): string => `<script type="application/json">${JSON.stringify(rows)}</script>`;
