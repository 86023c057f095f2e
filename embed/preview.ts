/**
 * The live preview: the real widget in English, Arabic and Sorani side by side, light and dark,
 * at the chosen width. Cells keep their elements between changes (only attributes change), so a
 * change of label does not fetch the data again. Reports the tallest cell, for the iframe snippet,
 * and the English light cell's data report (its `dtm-load` and `dtm-error` events).
 */
import type { DtmLoadDetail, DtmErrorDetail } from '../src/data/source.js';

export const LANGS = [
  { tag: 'en', name: 'English' },
  { tag: 'ar', name: 'Arabic (العربية)' },
  { tag: 'ckb', name: 'Sorani (کوردی)' },
] as const;
export const THEMES = ['light', 'dark'] as const;

export interface PreviewConfig {
  readonly tag: string;
  readonly attributes: ReadonlyArray<readonly [string, string]>;
  /** Inline data for every cell, when the editor pasted some. */
  readonly inline: { readonly text: string; readonly type: 'application/json' | 'text/csv' } | undefined;
  readonly width: number;
}

export interface PreviewEvents {
  onHeight(px: number): void;
  onLoad(detail: DtmLoadDetail): void;
  onError(detail: DtmErrorDetail): void;
}

export class Preview {
  readonly #grid: HTMLElement;
  readonly #events: PreviewEvents;
  #cells: HTMLElement[] = [];
  #tag = '';
  #inline = '';
  #height = 0;
  readonly #resize = new ResizeObserver(() => this.#measure());

  constructor(grid: HTMLElement, events: PreviewEvents) {
    this.#grid = grid;
    this.#events = events;
  }

  update(config: PreviewConfig): void {
    this.#grid.style.setProperty('--cell-width', `${config.width}px`);
    const inline = config.inline ? `${config.inline.type}\n${config.inline.text}` : '';
    if (config.tag !== this.#tag || inline !== this.#inline) this.#build(config);
    for (const cell of this.#cells) {
      const el = cell.querySelector(config.tag)!;
      const keep = new Set(['lang', 'theme']);
      for (const [name, value] of config.attributes) {
        if (keep.has(name)) continue;
        if (el.getAttribute(name) !== value) el.setAttribute(name, value);
      }
      const wanted = new Set(config.attributes.map(([n]) => n));
      for (const name of el.getAttributeNames()) {
        if (!keep.has(name) && name !== 'state' && name !== 'rendering' && !wanted.has(name)) el.removeAttribute(name);
      }
    }
  }

  #build(config: PreviewConfig): void {
    this.#tag = config.tag;
    this.#inline = config.inline ? `${config.inline.type}\n${config.inline.text}` : '';
    for (const cell of this.#cells) this.#resize.unobserve(cell);
    const rows = THEMES.map((theme) => {
      const row = document.createElement('div');
      row.className = `row ${theme}`;
      for (const lang of LANGS) {
        const figure = document.createElement('figure');
        figure.className = 'cell';
        const caption = document.createElement('figcaption');
        caption.textContent = `${lang.name}, ${theme}`;
        const box = document.createElement('div');
        box.className = 'box';
        const el = document.createElement(config.tag);
        el.setAttribute('lang', lang.tag);
        el.setAttribute('theme', theme);
        if (config.inline) {
          const script = document.createElement('script');
          script.type = config.inline.type;
          script.textContent = config.inline.text;
          el.append(script);
        }
        if (lang.tag === 'en' && theme === 'light') {
          el.addEventListener('dtm-load', (e) => this.#events.onLoad((e as CustomEvent<DtmLoadDetail>).detail));
          el.addEventListener('dtm-error', (e) => this.#events.onError((e as CustomEvent<DtmErrorDetail>).detail));
        }
        box.append(el);
        figure.append(caption, box);
        row.append(figure);
      }
      return row;
    });
    this.#grid.replaceChildren(...rows);
    this.#cells = [...this.#grid.querySelectorAll<HTMLElement>('.box')];
    for (const cell of this.#cells) this.#resize.observe(cell);
  }

  /** The tallest widget, in whole pixels: the iframe's height. */
  #measure(): void {
    const h = Math.ceil(Math.max(0, ...this.#cells.map((c) => c.firstElementChild?.getBoundingClientRect().height ?? 0)));
    if (h !== this.#height) {
      this.#height = h;
      this.#events.onHeight(h);
    }
  }
}
