/**
 * The iframe page's query string, read into one widget: `w` names it (`counter`, `trend`, `map`)
 * and every other parameter that the widget declares as an attribute is passed on as that
 * attribute, as text. Anything else is ignored. `id` is echoed in the height messages, `static=1`
 * asks for no animation and no interaction (print, screenshots), `title` names the page.
 */
import { isWidgetName, WIDGET_ATTRIBUTES, type WidgetName } from '../src/internal/widget-attributes.js';
import { safeHttpUrl } from '../src/internal/url.js';

export interface FrameParams {
  /** The widget, or undefined when `w` is missing or unknown (`requested` says what was asked). */
  readonly widget: WidgetName | undefined;
  readonly requested: string;
  /** Attribute name and value pairs, in the widget's declared order. */
  readonly attributes: ReadonlyArray<readonly [string, string]>;
  /** Echoed in messages: letters, digits, `-`, `_`, `.`, `:` only (64 at most), else undefined. */
  readonly id: string | undefined;
  readonly static: boolean;
  readonly title: string | undefined;
  /** WordPress's oEmbed secret from the hash (`#?secret=…`), when there is one. */
  readonly secret: string | undefined;
}

const ID = /^[\w.:-]{1,64}$/;
const SECRET = /^[A-Za-z0-9]{1,32}$/;

export function readFrameParams(search: string, hash = '', base?: string): FrameParams {
  const q = new URLSearchParams(search);
  const requested = (q.get('w') ?? '').trim().toLowerCase();
  const widget = isWidgetName(requested) ? requested : undefined;
  const attributes: Array<readonly [string, string]> = [];
  if (widget) {
    for (const name of WIDGET_ATTRIBUTES[widget]) {
      const value = q.get(name);
      if (value === null) continue;
      // data from anywhere but the web (javascript:, data:, file:) is not fetched
      if (name === 'src' && !safeHttpUrl(value, base)) continue;
      attributes.push([name, value]);
    }
    if (q.get('static') === '1') {
      // no count-up; the map stays with its still SVG picture (no pan, zoom or WebGL)
      if (widget === 'counter' && !attributes.some(([n]) => n === 'duration')) attributes.push(['duration', '0']);
      if (widget === 'map' && !attributes.some(([n]) => n === 'renderer')) attributes.push(['renderer', 'svg']);
    }
  }
  const id = q.get('id') ?? '';
  const secret = new URLSearchParams(hash.replace(/^#\??/, '')).get('secret') ?? '';
  const title = q.get('title')?.trim().slice(0, 200);
  return {
    widget,
    requested,
    attributes,
    id: ID.test(id) ? id : undefined,
    static: q.get('static') === '1',
    title: title || undefined,
    secret: SECRET.test(secret) ? secret : undefined,
  };
}

/** Right-to-left for Arabic and Sorani (any region subtag), like the widgets themselves. */
export function directionOf(lang: string | undefined): 'ltr' | 'rtl' {
  return /^(ar|ckb)(-|$)/i.test(lang?.trim() ?? '') ? 'rtl' : 'ltr';
}

/** The `<meta name="color-scheme">` for a theme: the frame's canvas matches the widget's. */
export function colorSchemeOf(theme: string | undefined): string {
  return theme === 'dark' ? 'dark' : theme === 'auto' ? 'light dark' : 'light';
}
