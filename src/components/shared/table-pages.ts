/**
 * A long data table a page at a time, written once: which rows a page holds, and, below a table
 * of more than one page, the rows shown with buttons to the previous and next pages. Its own
 * module, so that a widget whose table has no pages does not download it.
 */
import { html, nothing, type TemplateResult } from 'lit';

/** Rows per page of a data table: a 100k-point series would otherwise put half a million cells in the page. */
export const TABLE_PAGE = 1000;

/** The page of a table on screen. */
export interface TablePage {
  /** The page shown (the one asked for, within the table). */
  readonly page: number;
  readonly pages: number;
  /** Index of its first row, and one past its last. */
  readonly first: number;
  readonly end: number;
  readonly total: number;
}

/** Page `asked` of a table of `total` rows (the last page when the table has shrunk since). Pure. */
export function tablePage(total: number, asked: number, size = TABLE_PAGE): TablePage {
  const pages = Math.max(1, Math.ceil(total / size));
  const page = Math.max(0, Math.min(Number.isInteger(asked) ? asked : 0, pages - 1));
  const first = page * size;
  return { page, pages, first, end: Math.min(total, first + size), total };
}

export interface PagerText {
  readonly previous: string;
  readonly next: string;
  /** "Rows 1,001–2,000 of 12,000", from numbers already formatted. */
  readonly rows: (from: string, to: string, total: string) => string;
}

/**
 * Below a table of more than one page: the rows shown, with buttons to the previous and next
 * pages. `turn` sets the page; `rendered` resolves once the widget has drawn it.
 */
export function tablePager(p: TablePage, text: PagerText, fmt: (n: number) => string, turn: (page: number) => void, rendered: () => Promise<unknown>): TemplateResult | typeof nothing {
  if (p.pages < 2) return nothing;
  const go = (to: number, e: Event): void => {
    turn(to);
    // at the first or last page the button pressed is disabled: focus moves to the other one,
    // not to the page's body
    const pressed = e.currentTarget as HTMLButtonElement;
    void rendered().then(() => {
      if (pressed.disabled) pressed.parentElement?.querySelector<HTMLButtonElement>('button:not([disabled])')?.focus();
    });
  };
  return html`<p class="table-pages" part="table-pages">
    <button type="button" ?disabled=${p.page === 0} @click=${(e: Event) => go(p.page - 1, e)}>${text.previous}</button>
    <span role="status">${text.rows(fmt(p.first + 1), fmt(p.end), fmt(p.total))}</span>
    <button type="button" ?disabled=${p.page === p.pages - 1} @click=${(e: Event) => go(p.page + 1, e)}>${text.next}</button>
  </p>`;
}
