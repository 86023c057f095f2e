/**
 * The Download menu's list: its items, its keys (arrows, Home, End, Escape, Enter, Space, Tab),
 * its words and its look. Fetched with what makes the files (download-export.ts) when the menu's
 * button is first focused, hovered or pressed (download-menu.ts): never on a page whose readers
 * do not download.
 */
import { css, html, type TemplateResult } from 'lit';
import type { Lang } from '../../i18n/locale.js';
import { messages } from '../../i18n/messages.js';
import { download } from './download-export.js';
import type { DownloadKind, MenuPort } from './download-menu.js';

const KINDS: readonly DownloadKind[] = ['csv', 'svg', 'png'];

interface Words {
  readonly csv: string;
  readonly svg: string;
  readonly png: string;
  readonly pngBlocked: string;
}

const WORDS: Record<Lang, Words> = {
  en: { csv: 'Data (CSV)', svg: 'Image (SVG)', png: 'Image (PNG)', pngBlocked: 'Image (PNG): not allowed by this page’s security policy' },
  ar: { csv: 'البيانات (CSV)', svg: 'صورة (SVG)', png: 'صورة (PNG)', pngBlocked: 'صورة (PNG): لا تسمح بها سياسة أمان هذه الصفحة' },
  ckb: { csv: 'داتا (CSV)', svg: 'وێنە (SVG)', png: 'وێنە (PNG)', pngBlocked: 'وێنە (PNG): سیاسەتی ئاسایشی ئەم پەڕەیە ڕێگەی پێنادات' },
};

/** The list's look, added to the widget's shadow root when the list first arrives. */
const listStyles = css`
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
`;

/** The list of one widget's menu. */
export class DownloadList {
  readonly #port: MenuPort;
  /** The PNG could not be made here (a Content-Security-Policy refused the image). */
  #pngBlocked = false;

  constructor(port: MenuPort) {
    this.#port = port;
    // constructable stylesheets: fine under a strict CSP
    const root = port.host.shadowRoot;
    const sheet = listStyles.styleSheet;
    if (root && sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  readonly #onKey = (e: KeyboardEvent): void => {
    const items = Array.from((e.currentTarget as Element).querySelectorAll<HTMLElement>('[role="menuitem"]'));
    const at = items.indexOf(e.composedPath()[0] as HTMLElement);
    const move = (i: number): void => items[(i + items.length) % items.length]?.focus();
    if (e.key === 'ArrowDown') move(at + 1);
    else if (e.key === 'ArrowUp') move(at - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(items.length - 1);
    else if (e.key === 'Escape') this.#port.close(true);
    else if (e.key === 'Enter' || e.key === ' ') void this.#choose(KINDS[at]);
    else if (e.key === 'Tab') {
      this.#port.close(false); // the focus moves on as Tab would take it
      return;
    } else return;
    e.preventDefault();
    e.stopPropagation(); // Escape here closes the menu, not the widget's selection
  };

  async #choose(kind: DownloadKind | undefined): Promise<void> {
    const port = this.#port;
    if (!kind || (kind === 'png' && this.#pngBlocked)) return;
    try {
      const subject = await port.subject();
      if (!subject) return;
      port.close(true);
      await download(kind, subject, port.host);
    } catch (err) {
      if (kind === 'png' && (err as Error)?.name === 'PngBlockedError') {
        this.#pngBlocked = true;
        port.host.requestUpdate();
      } else port.fail();
    }
  }

  render(lang: Lang, open: boolean): TemplateResult {
    const w = WORDS[lang];
    const blocked = this.#pngBlocked;
    return html`<ul role="menu" id=${this.#port.id} aria-label=${messages(lang).download} ?hidden=${!open} @keydown=${this.#onKey}>
      ${KINDS.map(
        (k) => html`<li role="menuitem" tabindex="-1" data-kind=${k} aria-disabled=${k === 'png' && blocked ? 'true' : 'false'} @click=${() => void this.#choose(k)}>${k === 'png' && blocked ? w.pngBlocked : w[k]}</li>`,
      )}
    </ul>`;
  }
}
