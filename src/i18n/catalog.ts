/**
 * Translations loaded only for the languages on the page. English is in each table's own module;
 * Arabic and Sorani are small chunks, fetched the first time a widget resolves to that language.
 * A widget waits for its language before its first render (LocaleController.whenReady), so no
 * English text shows for a moment on an Arabic page.
 */
import type { Lang } from './locale.js';

/** A language whose strings are fetched when needed. */
export type Translated = Exclude<Lang, 'en'>;

/** Every table of the copy of the library, so that one call loads a language for all of them. */
const catalogs = new Set<Catalog<unknown>>();

/** One module's strings: English at hand, the other languages on demand. */
export class Catalog<T> {
  readonly #en: T;
  readonly #fetch: (lang: Translated) => Promise<T>;
  readonly #tables = new Map<Translated, T>();
  readonly #pending = new Map<Translated, Promise<void>>();

  constructor(en: T, fetch: (lang: Translated) => Promise<T>) {
    this.#en = en;
    this.#fetch = fetch;
    catalogs.add(this as Catalog<unknown>);
  }

  /** The table of `lang`; English until it has loaded (or when it could not be downloaded). */
  get(lang: Lang): T {
    return lang === 'en' ? this.#en : (this.#tables.get(lang) ?? this.#en);
  }

  has(lang: Lang): boolean {
    return lang === 'en' || this.#tables.has(lang);
  }

  load(lang: Lang): Promise<void> {
    if (lang === 'en' || this.#tables.has(lang)) return Promise.resolve();
    let pending = this.#pending.get(lang);
    if (!pending) {
      pending = this.#fetch(lang).then(
        (table) => void this.#tables.set(lang, table),
        // a chunk that failed to download: the widget speaks English rather than stay blank,
        // and the next update tries again
        () => void this.#pending.delete(lang),
      );
      this.#pending.set(lang, pending);
    }
    return pending;
  }
}

/** Whether every table loaded so far has `lang` (English always). */
export function hasLanguage(lang: Lang): boolean {
  for (const c of catalogs) if (!c.has(lang)) return false;
  return true;
}

/** Loads `lang` for every table; settles (never rejects) when each has loaded or failed. */
export function loadLanguage(lang: Lang): Promise<void> {
  return Promise.all([...catalogs].map((c) => c.load(lang))).then(() => undefined);
}
