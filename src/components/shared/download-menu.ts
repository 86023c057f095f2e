/**
 * The "Download" menu button every widget carries (::part(download)): the ARIA menu button
 * pattern, in the static bundle because it is drawn with the widget. What it downloads is made by
 * download-export.ts, imported only when an item is chosen: a page whose readers never download
 * pays for the button and nothing more. Nothing is ever sent anywhere: files are made in the page.
 */
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Lang } from '../../i18n/locale.js';

/** The figures a widget shows, as a table: the published values, not the drawing. */
export interface DownloadTable {
  readonly header: readonly string[];
  /** An HXL hashtag row under the header, when the columns have tags. */
  readonly hxl?: readonly string[] | undefined;
  readonly rows: readonly (readonly (string | number | undefined)[])[];
}

/** What the widget offers for download, read when an item is chosen. */
export interface DownloadSubject {
  /** The heading: the file name and the picture's title come from it. */
  readonly title: string;
  /** The reporting date shown (ISO key), for the file name. */
  readonly date?: string | undefined;
  readonly table?: DownloadTable | undefined;
  /** The chart or map as drawn; without it the picture is a card made of `lines`. */
  readonly svg?: SVGSVGElement | null | undefined;
  /** A card for widgets with no chart (the counter): its lines of text, largest first. */
  readonly lines?: readonly string[] | undefined;
  /** The source credit line ("Source: IOM Iraq"), written into pictures. */
  readonly credit?: string | undefined;
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
}

export type DownloadKind = 'csv' | 'svg' | 'png';
const KINDS: readonly DownloadKind[] = ['csv', 'svg', 'png'];

interface Words {
  readonly button: string;
  readonly csv: string;
  readonly svg: string;
  readonly png: string;
  readonly pngBlocked: string;
  readonly failed: string;
}

const WORDS: Record<Lang, Words> = {
  en: { button: 'Download', csv: 'Data (CSV)', svg: 'Image (SVG)', png: 'Image (PNG)', pngBlocked: 'Image (PNG): not allowed by this page’s security policy', failed: 'The file could not be made.' },
  ar: { button: 'تنزيل', csv: 'البيانات (CSV)', svg: 'صورة (SVG)', png: 'صورة (PNG)', pngBlocked: 'صورة (PNG): لا تسمح بها سياسة أمان هذه الصفحة', failed: 'تعذّر إنشاء الملف.' },
  ckb: { button: 'داگرتن', csv: 'داتا (CSV)', svg: 'وێنە (SVG)', png: 'وێنە (PNG)', pngBlocked: 'وێنە (PNG): سیاسەتی ئاسایشی ئەم پەڕەیە ڕێگەی پێنادات', failed: 'فایلەکە دروست نەکرا.' },
};

/** The words of the menu in `lang` (exported for the tests and the stories). */
export const downloadWords = (lang: Lang): Words => WORDS[lang];

let nextId = 0;

type Host = ReactiveControllerHost & HTMLElement;

/** The menu's state (open, which item has focus) and its rendering. */
export class DownloadMenuController implements ReactiveController {
  readonly #host: Host;
  readonly #offers: () => boolean;
  readonly #subject: () => DownloadSubject | undefined;
  readonly #id = `dtm-download-${++nextId}`;
  #open = false;
  /** The item to focus after the next render, or -1. */
  #focus = -1;
  /** The PNG could not be made here (a Content-Security-Policy refused the image). */
  #pngBlocked = false;
  #error = false;

  /**
   * `offers`: whether there is anything to download now, asked at every render; `subject`: what
   * there is, made only when an item is chosen (a chart's table of every published figure is
   * not built for each keyboard step).
   */
  constructor(host: Host, offers: () => boolean, subject: () => DownloadSubject | undefined) {
    this.#host = host;
    this.#offers = offers;
    this.#subject = subject;
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.#focus < 0) return;
    const items = this.#items();
    items[Math.min(this.#focus, items.length - 1)]?.focus();
    this.#focus = -1;
  }

  hostDisconnected(): void {
    this.#open = false;
  }

  #items(): HTMLElement[] {
    return Array.from(this.#host.shadowRoot?.querySelectorAll<HTMLElement>(`#${this.#id} [role="menuitem"]`) ?? []);
  }

  #button(): HTMLElement | null | undefined {
    return this.#host.shadowRoot?.querySelector<HTMLElement>(`[aria-controls="${this.#id}"]`);
  }

  #show(focus: number): void {
    this.#open = true;
    this.#error = false;
    this.#focus = focus;
    this.#host.requestUpdate();
  }

  #close(returnFocus: boolean): void {
    if (!this.#open) return;
    this.#open = false;
    this.#host.requestUpdate();
    if (returnFocus) this.#button()?.focus();
  }

  readonly #onButtonKey = (e: KeyboardEvent): void => {
    if (e.key === 'ArrowDown' || e.key === 'Enter' || e.key === ' ') this.#show(0);
    else if (e.key === 'ArrowUp') this.#show(KINDS.length - 1);
    else return;
    e.preventDefault();
  };

  readonly #onButtonClick = (): void => {
    if (this.#open) this.#close(false);
    else this.#show(0);
  };

  readonly #onMenuKey = (e: KeyboardEvent): void => {
    const items = this.#items();
    const at = items.indexOf(e.composedPath()[0] as HTMLElement);
    const move = (i: number): void => items[(i + items.length) % items.length]?.focus();
    if (e.key === 'ArrowDown') move(at + 1);
    else if (e.key === 'ArrowUp') move(at - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(items.length - 1);
    else if (e.key === 'Escape') this.#close(true);
    else if (e.key === 'Enter' || e.key === ' ') void this.#choose(KINDS[at]);
    else if (e.key === 'Tab') {
      this.#close(false); // the focus moves on as Tab would take it
      return;
    } else return;
    e.preventDefault();
    e.stopPropagation(); // Escape here closes the menu, not the widget's selection
  };

  readonly #onFocusOut = (e: FocusEvent): void => {
    const next = e.relatedTarget as Node | null;
    const root = this.#host.shadowRoot;
    const wrap = root?.querySelector(`#${this.#id}`)?.parentElement;
    if (!next || !wrap?.contains(next)) this.#close(false);
  };

  async #choose(kind: DownloadKind | undefined): Promise<void> {
    const subject = this.#subject();
    if (!kind || !subject || (kind === 'png' && this.#pngBlocked)) return;
    this.#close(true);
    try {
      const exporter = await import('./download-export.js');
      await exporter.download(kind, subject, this.#host);
    } catch (err) {
      if (kind === 'png' && (err as Error)?.name === 'PngBlockedError') this.#pngBlocked = true;
      else this.#error = true;
      this.#host.requestUpdate();
    }
  }

  /**
   * The room the button will take, kept while the widget loads: nothing moves when the data
   * arrives. Not seen, not focusable, not read.
   */
  placeholder(lang: Lang): TemplateResult {
    return html`<div class="download room" aria-hidden="true"><button type="button" tabindex="-1" disabled>${WORDS[lang].button}<span> ▾</span></button></div>`;
  }

  /** The button and its menu, in `lang`; `nothing` when the widget has nothing to download. */
  render(lang: Lang): TemplateResult | typeof nothing {
    if (!this.#offers()) return nothing;
    const w = WORDS[lang];
    const label = (k: DownloadKind): string => (k === 'png' && this.#pngBlocked ? w.pngBlocked : w[k]);
    return html`<div class="download" @focusout=${this.#onFocusOut}>
      <button type="button" part="download" aria-haspopup="menu" aria-expanded=${this.#open ? 'true' : 'false'} aria-controls=${this.#id} @click=${this.#onButtonClick} @keydown=${this.#onButtonKey}>
        ${w.button}<span aria-hidden="true"> ▾</span>
      </button>
      <ul role="menu" id=${this.#id} aria-label=${w.button} ?hidden=${!this.#open} @keydown=${this.#onMenuKey}>
        ${KINDS.map(
          (k) => html`<li role="menuitem" tabindex="-1" data-kind=${k} aria-disabled=${k === 'png' && this.#pngBlocked ? 'true' : 'false'} @click=${() => void this.#choose(k)}>${label(k)}</li>`,
        )}
      </ul>
      ${this.#error ? html`<span class="download-error" role="status">${w.failed}</span>` : nothing}
    </div>`;
  }
}

/** The menu's look; widgets add it to their styles. */
export const downloadStyles = css`
  .download {
    position: relative;
    display: inline-block;
  }
  .download.room {
    visibility: hidden;
  }
  /* a printout has no use for a button */
  @media print {
    .download {
      display: none;
    }
  }
  .download > button {
    font: inherit;
    font-size: 0.8125rem;
    color: inherit;
    background: transparent;
    border: 1px solid var(--dtm-color-border, #d5dbe3);
    border-radius: var(--dtm-radius, 0.5rem);
    padding: 0.25rem 0.6rem;
    cursor: pointer;
  }
  .download [role='menu'] {
    position: absolute;
    inset-inline-start: 0;
    z-index: 3;
    margin: 0.25rem 0 0;
    padding: 0.25rem 0;
    list-style: none;
    min-inline-size: max-content;
    /* system colours follow the widget's colour scheme (light or dark) */
    background: Canvas;
    color: CanvasText;
    border: 1px solid var(--dtm-color-border, #d5dbe3);
    border-radius: var(--dtm-radius, 0.5rem);
    box-shadow: 0 4px 12px rgb(0 0 0 / 15%);
  }
  .download [role='menu'][hidden] {
    display: none;
  }
  .download [role='menuitem'] {
    padding: 0.35rem 0.8rem;
    cursor: pointer;
    font-size: 0.875rem;
  }
  .download [role='menuitem']:focus,
  .download [role='menuitem']:hover {
    outline: 2px solid var(--dtm-color-accent, #0033a0);
    outline-offset: -2px;
  }
  .download [aria-disabled='true'] {
    color: GrayText;
    cursor: not-allowed;
  }
  .download-error {
    margin-inline-start: 0.5rem;
    font-size: 0.8125rem;
  }
`;
