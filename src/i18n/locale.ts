/**
 * Locale resolution: which language a widget speaks, which way it is laid out, and which digits it
 * writes. Pure functions; the only DOM access is `langOf`, which reads attributes.
 */

/** The languages that have translations. Everything else falls back to English. */
export type Lang = 'en' | 'ar' | 'ckb';
/** Digit systems a widget can write: Latin (0-9) or Arabic-Indic (٠-٩). */
export type Numerals = 'latn' | 'arab';
/** The `numerals` attribute: a digit system, or `auto` for the locale's default. */
export type NumeralsOption = Numerals | 'auto';
/** The values of the `numerals` attribute. */
export const NUMERALS: readonly NumeralsOption[] = ['auto', 'latn', 'arab'];

export interface ResolvedLocale {
  /** Canonical BCP 47 tag of the language in use (after fallback), e.g. `ar-IQ`. */
  readonly tag: string;
  /** The translation table in use. */
  readonly lang: Lang;
  readonly dir: 'ltr' | 'rtl';
  /**
   * The locale handed to `Intl`. Browsers ship no CLDR data for Sorani (Chromium 156 resolves
   * `ckb` to `en-US`), so Sorani numbers go through Iraqi Arabic, whose separators are the same
   * (٬ and ٫), and Sorani words (months, compact suffixes) come from our own tables.
   */
  readonly intl: string;
  readonly numerals: Numerals;
}

const cache = new Map<string, ResolvedLocale>();

function canonical(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined; // a malformed tag such as `en_GB` or `??`: fall back, never throw
  }
}

/**
 * Resolves a language tag and a numerals option into what the formatters need.
 *
 * @example resolveLocale('ar-IQ').numerals // 'arab'
 * @example resolveLocale('fr').tag         // 'en' (no French translation: English)
 */
export function resolveLocale(tag: string | null | undefined, numerals: NumeralsOption = 'auto'): ResolvedLocale {
  const key = `${tag ?? ''}|${numerals}`;
  const hit = cache.get(key);
  if (hit) return hit;

  const canon = (tag && canonical(tag.trim())) || 'en';
  const [primary = 'en', ...subtags] = canon.toLowerCase().split('-');
  // Sorani is `ckb`; `ku-Arab` is also used for Kurdish written in Arabic script (Sorani in Iraq).
  const lang: Lang =
    primary === 'ar' ? 'ar' : primary === 'ckb' || (primary === 'ku' && subtags.includes('arab')) ? 'ckb' : primary === 'en' ? 'en' : 'en';
  const resolvedTag = lang === 'en' && primary !== 'en' ? 'en' : canon;
  const intl = lang === 'ckb' ? 'ar-IQ' : resolvedTag;

  let digits: Numerals;
  if (numerals === 'latn' || numerals === 'arab') digits = numerals;
  else if (lang === 'en') digits = 'latn';
  else if (lang === 'ckb') digits = 'arab'; // CLDR: ckb's default numbering system is arab
  else if (lang === 'ar' && subtags.length === 0) digits = 'latn'; // CLDR 42+: bare `ar` writes 0-9
  else digits = new Intl.NumberFormat(intl).resolvedOptions().numberingSystem === 'arab' ? 'arab' : 'latn';

  const resolved: ResolvedLocale = { tag: resolvedTag, lang, dir: lang === 'en' ? 'ltr' : 'rtl', intl, numerals: digits };
  cache.set(key, resolved);
  return resolved;
}

/**
 * The language that applies to `el`: its own `lang`, else the closest ancestor's (crossing shadow
 * roots to their hosts), else the document's. Returns '' when none is set. An empty `lang=""`
 * means "unknown language" in HTML and stops the search, as it does for the browser.
 */
export function langOf(el: Element): string {
  for (let node: Node | null = el; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
    if (node.nodeType === 1 && (node as Element).hasAttribute('lang')) return (node as Element).getAttribute('lang') ?? '';
  }
  return '';
}
