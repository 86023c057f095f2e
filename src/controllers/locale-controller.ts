import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { hasLanguage, loadLanguage } from '../i18n/catalog.js';
import { langOf, resolveLocale, type NumeralsOption, type ResolvedLocale } from '../i18n/locale.js';

type Host = ReactiveControllerHost & HTMLElement;

/*
 * One MutationObserver per copy of the library, shared by every connected widget: a language
 * switcher that changes `lang` on <html> or on a container re-renders the widgets inside it.
 * It observes only `lang` attributes, and it is disconnected when the last widget goes.
 */
const hosts = new Set<Host>();
let observer: MutationObserver | undefined;

function watch(host: Host): void {
  hosts.add(host);
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => hosts.forEach((h) => h.requestUpdate()));
    observer.observe(document, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

function unwatch(host: Host): void {
  hosts.delete(host);
  if (hosts.size === 0 && observer) {
    observer.disconnect();
    observer = undefined;
  }
}

/** What a widget's next update waits for besides its language (see holdUpdate). */
const holds = new WeakMap<Host, Promise<void>>();

/**
 * Makes the widget's next update wait for `work` too (settled, fulfilled or not): code that
 * its next picture needs and that is fetched on first use, such as the Download menu's list on
 * first open. The update, and `updateComplete`, then come with what it shows, never before it.
 */
export function holdUpdate(host: Host, work: Promise<unknown>): void {
  const all: Promise<void> = Promise.all([holds.get(host), work])
    .catch(() => undefined)
    .then(() => void (holds.get(host) === all && holds.delete(host)));
  holds.set(host, all);
}

/** Resolves the widget's locale from its own `lang`, its ancestors' or the document's. */
export class LocaleController implements ReactiveController {
  readonly #host: Host;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    watch(this.#host);
  }

  hostDisconnected(): void {
    unwatch(this.#host);
  }

  resolve(numerals: NumeralsOption = 'auto'): ResolvedLocale {
    const loc = resolveLocale(this.#tag(), numerals);
    // a widget that does not wait (whenReady) speaks English until its language has loaded
    if (!hasLanguage(loc.lang)) void loadLanguage(loc.lang).then(() => hasLanguage(loc.lang) && this.#host.requestUpdate());
    return loc;
  }

  #tag(): string {
    // the widget's own `lang` property first: set from script, its attribute is written only
    // after this update, and the update would be in the old language
    return this.#host.lang?.trim() || langOf(this.#host);
  }

  /**
   * For the host's `scheduleUpdate`: runs `update` once the widget's language has loaded (at once
   * for English, or when it is already here), so that an Arabic or Sorani widget never shows
   * English for a moment before its first figure; and after what holdUpdate asked it to wait for.
   * Lit waits for the returned promise.
   */
  whenReady(update: () => void | Promise<unknown>): void | Promise<unknown> {
    const held = holds.get(this.#host);
    if (held) return held.then(() => this.whenReady(update));
    const { lang } = resolveLocale(this.#tag());
    return hasLanguage(lang) ? update() : loadLanguage(lang).then(update);
  }
}

/** For tests: how many widgets the shared observer is serving. */
export function watchedHostCount(): number {
  return hosts.size;
}
