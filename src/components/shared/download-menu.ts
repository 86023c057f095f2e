/**
 * The "Download" menu button every widget carries (::part(download)): the ARIA menu button
 * pattern. Only the button is in the static bundle, because it is drawn with the widget. The
 * menu's list, its keys, its words and its look (download-list.ts) come with what makes the files
 * (download-export.ts), fetched when the button is first focused, hovered or pressed: a page whose
 * readers never download pays for the button and nothing more. On the first open the menu opens
 * with the focus in it when that code arrives (see #openWhenLoaded). Nothing is ever sent
 * anywhere: files are made in the page.
 */
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { holdUpdate } from '../../controllers/locale-controller.js';
import type { Lang } from '../../i18n/locale.js';
import { messages } from '../../i18n/messages.js';
import type { DownloadList } from './download-list.js';

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

let nextId = 0;

type Host = ReactiveControllerHost & HTMLElement;
/** What a widget offers, or a promise of it: a widget may fetch the code that makes it on first use. */
type Subject = DownloadSubject | undefined | Promise<DownloadSubject | undefined>;

/** What the menu's list (download-list.ts) is given by its button's controller. */
export interface MenuPort {
  readonly host: Host;
  readonly id: string;
  /** What there is to download, made when an item is chosen. */
  readonly subject: () => Subject;
  /** Closes the menu; `returnFocus`: the focus goes back to the button. */
  readonly close: (returnFocus: boolean) => void;
  /** Says that the file could not be made. */
  readonly fail: () => void;
}

/** The menu's state (open, which item gets the focus) and the button; the list is download-list.ts. */
export class DownloadMenuController implements ReactiveController {
  readonly #host: Host;
  readonly #offers: () => boolean;
  readonly #subject: () => Subject;
  readonly #id = `dtm-download-${++nextId}`;
  #open = false;
  /** The item to focus after the next render (the last one for a large number), or -1. */
  #focus = -1;
  #error = false;
  #list: DownloadList | undefined;
  #loading: Promise<void> | undefined;
  /** A first open waiting for the list's code: the item to focus then, or -1. */
  #pending = -1;

  /**
   * `offers`: whether there is anything to download now, asked at every render; `subject`: what
   * there is, made only when an item is chosen (a chart's table of every published figure is
   * not built for each keyboard step), or a promise of it (the counter fetches the code that
   * makes it when an item is chosen).
   */
  constructor(host: Host, offers: () => boolean, subject: () => Subject) {
    this.#host = host;
    this.#offers = offers;
    this.#subject = subject;
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.#focus < 0) return;
    const items = this.#host.shadowRoot?.querySelectorAll<HTMLElement>(`#${this.#id} [role="menuitem"]`) ?? [];
    items[Math.min(this.#focus, items.length - 1)]?.focus();
    this.#focus = -1;
  }

  hostDisconnected(): void {
    this.#open = false;
    this.#cancel();
  }

  /** The list's code, fetched once (again after a failed download). */
  #load(): Promise<void> {
    const port: MenuPort = {
      host: this.#host,
      id: this.#id,
      subject: this.#subject,
      close: (returnFocus) => this.#close(returnFocus),
      fail: () => {
        this.#error = true;
        this.#host.requestUpdate();
      },
    };
    return (this.#loading ??= import('./download-list.js').then(
      (m) => void (this.#list = new m.DownloadList(port)),
      () => void (this.#loading = undefined),
    ));
  }

  readonly #preload = (): void => void this.#load();

  #show(focus: number): void {
    this.#error = false;
    if (!this.#list) {
      const asked = this.#pending >= 0;
      this.#pending = focus;
      if (!asked) this.#openWhenLoaded();
      return;
    }
    this.#open = true;
    this.#focus = focus;
    this.#host.requestUpdate();
  }

  /**
   * The first open: the menu opens, with the focus in it, when its code arrives, unless the
   * reader has moved on meanwhile (#cancel: the focus left, Escape, a second press), whose focus
   * is then left where it is. The widget's next update (and updateComplete) waits for the code,
   * for a second at most: a stalled network never freezes the widget.
   */
  #openWhenLoaded(): void {
    const loaded = this.#load().then(() => {
      const at = this.#pending;
      this.#pending = -1;
      // the reader is still there: the focus on this button, or nowhere (a browser that does not
      // focus a button on a click, Safari); focus elsewhere means they moved on
      if (at < 0 || !this.#stillHere()) return;
      if (this.#list) this.#show(at);
      else {
        this.#error = true;
        this.#host.requestUpdate();
      }
    });
    holdUpdate(this.#host, Promise.race([loaded, new Promise((resolve) => setTimeout(resolve, 1000))]));
    this.#host.requestUpdate();
  }

  /** True when the focus is on this menu's button, or on nothing at all. */
  #stillHere(): boolean {
    let focused: Element | null = document.activeElement;
    while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
    return !focused || focused === document.body || focused === this.#button();
  }

  #button(): HTMLElement | null | undefined {
    return this.#host.shadowRoot?.querySelector<HTMLElement>('.download > button');
  }

  /** A first open still waiting for the menu's code is given up. */
  #cancel(): void {
    this.#pending = -1;
  }

  #close(returnFocus: boolean): void {
    if (!this.#open) return;
    this.#open = false;
    this.#host.requestUpdate();
    if (returnFocus) this.#button()?.focus();
  }

  readonly #onButtonKey = (e: KeyboardEvent): void => {
    if (e.key === 'ArrowDown' || e.key === 'Enter' || e.key === ' ') this.#show(0);
    else if (e.key === 'ArrowUp') this.#show(9);
    else if (e.key === 'Escape' && this.#pending >= 0) this.#cancel();
    else return;
    e.preventDefault();
  };

  /** Firefox fires a click on Space's keyup even when its keydown was handled: it would toggle the menu again. */
  readonly #onButtonKeyUp = (e: KeyboardEvent): void => {
    if (e.key === ' ') e.preventDefault();
  };

  readonly #onButtonClick = (): void => {
    if (this.#open) this.#close(false);
    else if (this.#pending >= 0) this.#cancel();
    else this.#show(0);
  };

  readonly #onFocusOut = (e: FocusEvent): void => {
    const next = e.relatedTarget as Node | null;
    if (next && (e.currentTarget as Element).contains(next)) return;
    this.#cancel();
    this.#close(false);
  };

  /**
   * The room the button will take, kept while the widget loads: nothing moves when the data
   * arrives. Not seen, not focusable, not read.
   */
  placeholder(lang: Lang): TemplateResult {
    return html`<div class="download room" aria-hidden="true"><button type="button" class="button" tabindex="-1" disabled>${messages(lang).download}<span> ▾</span></button></div>`;
  }

  /** The button and its menu, in `lang`; `nothing` when the widget has nothing to download. */
  render(lang: Lang): TemplateResult | typeof nothing {
    if (!this.#offers()) return nothing;
    const t = messages(lang);
    return html`<div class="download" @focusout=${this.#onFocusOut}>
      <button type="button" class="button" part="download" aria-haspopup="menu" aria-expanded=${this.#open ? 'true' : 'false'} aria-controls=${this.#list ? this.#id : nothing}
        @click=${this.#onButtonClick} @keydown=${this.#onButtonKey} @keyup=${this.#onButtonKeyUp} @focus=${this.#preload} @pointerenter=${this.#preload}>
        ${t.download}<span aria-hidden="true"> ▾</span>
      </button>
      ${this.#list ? this.#list.render(lang, this.#open) : nothing}
      ${this.#error ? html`<span class="download-error" role="status">${t.downloadFailed}</span>` : nothing}
    </div>`;
  }
}

/** The button's look; widgets add it to their styles (the list brings its own). */
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
  .download > .button {
    font-size: 0.8125rem;
  }
  .download-error {
    margin-inline-start: 0.5rem;
    font-size: 0.8125rem;
  }
`;
