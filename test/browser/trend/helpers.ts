/**
 * What the <dtm-trend> browser tests share: waiting for a state, reading the drawing, summary,
 * heading, legend and table as a reader gets them, inline data, and the sample files.
 */
import type { DtmTrend } from '../../../src/components/trend/trend.js';
import { mount, part, plain, screenText, until } from '../helpers/dom.js';

export const NATIONAL = '/data/samples/iraq-idps-national.dtm.json';
export const GOVERNORATES = '/data/samples/iraq-idps-governorates.dtm.json';

export async function settle(el: DtmTrend, state = 'ready'): Promise<void> {
  await until(() => el.getAttribute('state') === state, 10_000);
  await el.updateComplete;
}
export const ready = (el: DtmTrend): Promise<void> => settle(el);

export const svgOf = (el: Element): SVGSVGElement => el.shadowRoot!.querySelector('svg')!;
export const texts = (el: Element, selector: string): string[] => [...el.shadowRoot!.querySelectorAll(selector)].map((t) => plain(t.textContent ?? '').trim());
/** The x of each point of a path's "M x,y L x,y …" data, in drawing order. */
export const pathXs = (d: string): number[] => [...d.matchAll(/[ML](-?[\d.]+),/g)].map((m) => Number(m[1]));
/** The x of each point of the first line drawn. */
export const lineXs = (el: Element): number[] => pathXs(el.shadowRoot!.querySelector('path.line')!.getAttribute('d')!);
export const lines = (el: Element): Element[] => [...el.shadowRoot!.querySelectorAll('path.line')];

/** The summary as a sighted reader sees it (bidi marks and no-break spaces kept). */
export const summaryOf = (el: Element): string => screenText(el.shadowRoot!.querySelector('[part~="summary"]')!);
/** The summary without bidi marks, no-break spaces as spaces (see `plain`). */
export const summary = (el: Element): string => plain(screenText(part(el, 'summary')!));
export const heading = (el: Element): string => plain(screenText(part(el, 'heading')!));
/** The legend's buttons, by name; none when there is no legend. */
export const legend = (el: Element): string[] => [...(part(el, 'legend')?.querySelectorAll('button') ?? [])].map((b) => plain(b.textContent ?? '').trim());

/** The data table, opened if it is not already, as rows of cell texts (header row first). */
export async function tableOf(el: DtmTrend): Promise<string[][]> {
  if (part(el, 'table-toggle')!.getAttribute('aria-expanded') !== 'true') {
    part(el, 'table-toggle')!.click();
    await el.updateComplete;
  }
  const table = part(el, 'table') as HTMLTableElement;
  return [...table.rows].map((r) => [...r.cells].map((c) => plain(c.textContent ?? '').trim()));
}
/** A click on the table button (which opens a closed table, and closes an open one), then the table as rows of cell texts (header row first). */
export async function toggledTableOf(el: DtmTrend): Promise<string[][]> {
  part(el, 'table-toggle')!.click();
  await el.updateComplete;
  return [...(part(el, 'table') as HTMLTableElement).rows].map((r) => [...r.cells].map((c) => plain(c.textContent ?? '').trim()));
}
/** Mounts `markup`, waits for the chart, and opens its table. */
export async function openTable(markup: string): Promise<DtmTrend> {
  const el = await mount<DtmTrend>(markup, 'dtm-trend');
  await until(() => el.getAttribute('state') === 'ready', 10_000);
  await el.updateComplete;
  part(el, 'table-toggle')!.click();
  await el.updateComplete;
  return el;
}

/** Rows as an inline JSON child of the element. */
export const inline = (rows: unknown[]): string => `<script type="application/json">${JSON.stringify(rows)}</script>`;
