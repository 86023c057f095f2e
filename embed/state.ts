/**
 * The builder's whole state, and its permalink: `location.hash` with frame.html's parameter names
 * (`#w=counter&value=140000&label=beneficiaries&lang=ar`), plus three of the builder's own: `base`
 * (where snippets load the library from, when not the default), `data` (pasted CSV or JSON) and
 * `preview` (the preview width, when not 600). Pure (test/unit/embed/state.test.ts).
 */
import { isWidgetName, WIDGET_ATTRIBUTES, type WidgetName } from '../src/internal/widget-attributes.js';

export const PREVIEW_WIDTHS = [320, 600, 1000] as const;
export type PreviewWidth = (typeof PREVIEW_WIDTHS)[number];

export interface BuilderState {
  readonly w: WidgetName;
  /** Attribute values by name; only attributes the widget declares. */
  readonly values: Readonly<Record<string, string>>;
  readonly base: string;
  readonly data: string | undefined;
  readonly preview: PreviewWidth;
}

/** The versioned CDN address of this package's dist/. */
export const defaultBase = (version: string): string => `https://cdn.jsdelivr.net/npm/dtm-widgets@${version}/dist/`;

/** A first visit: a counter with a typed-in figure. */
export const FIRST: Readonly<Record<string, string>> = { value: '140000', label: 'beneficiaries', source: 'IOM Iraq', 'source-url': 'https://iraq.iom.int/' };

/** `base` as given, if it is an http(s) address (made to end in `/`), else undefined. */
export function cleanBase(raw: string | null | undefined): string | undefined {
  if (!raw?.trim()) return undefined;
  try {
    const url = new URL(raw.trim());
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    return url.href.endsWith('/') ? url.href : `${url.href}/`;
  } catch {
    return undefined;
  }
}

export function stateFromHash(hash: string, version: string): BuilderState {
  const q = new URLSearchParams(hash.replace(/^#/, ''));
  const requested = q.get('w');
  const w: WidgetName = isWidgetName(requested) ? requested : 'counter';
  const values: Record<string, string> = {};
  for (const name of WIDGET_ATTRIBUTES[w]) {
    const v = q.get(name);
    if (v !== null && v !== '') values[name] = v;
  }
  const width = Number.parseInt(q.get('preview') ?? '', 10);
  return {
    w,
    values: hash.replace(/^#/, '') === '' ? FIRST : values,
    base: cleanBase(q.get('base')) ?? defaultBase(version),
    data: q.get('data') || undefined,
    preview: (PREVIEW_WIDTHS as readonly number[]).includes(width) ? (width as PreviewWidth) : 600,
  };
}

/** The attributes of `state` in the widget's declared order, blanks left out. */
export function attributesOf(state: Pick<BuilderState, 'w' | 'values'>): Array<readonly [string, string]> {
  return WIDGET_ATTRIBUTES[state.w].filter((n) => state.values[n]?.trim()).map((n) => [n, state.values[n]!.trim()] as const);
}

export function hashFromState(state: BuilderState, version: string): string {
  const q = new URLSearchParams([['w', state.w], ...attributesOf(state).map(([n, v]) => [n, v] as [string, string])]);
  if (state.base !== defaultBase(version)) q.set('base', state.base);
  if (state.data) q.set('data', state.data);
  if (state.preview !== 600) q.set('preview', String(state.preview));
  return `#${q.toString()}`;
}
