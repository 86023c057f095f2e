/**
 * The data table beside every chart and map, written once: the "Show table" toggle and the box
 * the table scrolls in (a keyboard stop with a name, so that keyboard users can scroll it). The
 * rows are the widget's own; a long table is shown a page at a time (table-pages.ts).
 */
import { html, type TemplateResult } from 'lit';

/** The "Show table" / "Hide table" button. */
export function tableToggle(open: boolean, labels: { readonly show: string; readonly hide: string }, toggle: () => void): TemplateResult {
  return html`<button class="table-toggle" part="table-toggle" type="button" aria-expanded=${open ? 'true' : 'false'} @click=${toggle}>
    ${open ? labels.hide : labels.show}
  </button>`;
}

/**
 * The box a table scrolls in. A box that scrolls must be reachable by keyboard (axe
 * `scrollable-region-focusable`): it is a tab stop, a region, and has a name (`label`, localised).
 * `className` is the stylesheet's: `table-wrap` (a tall table scrolls within 20rem), `table-scroll`.
 */
export function tableRegion(label: string, table: TemplateResult, className = 'table-wrap'): TemplateResult {
  return html`<div class=${className} tabindex="0" role="region" aria-label=${label}>${table}</div>`;
}
