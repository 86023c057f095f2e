/**
 * The five snippets the builder offers, as text. Pure functions (test/unit/embed/snippets.test.ts):
 * every attribute value goes through `escapeAttribute`, inline data through `inlineDataScript`,
 * and the iframe's address is built with URLSearchParams, so no value can close a tag or a quote.
 */
import type { WidgetName } from '../src/internal/widget-attributes.js';

export type SnippetKind = 'module' | 'classic' | 'iframe' | 'iframe-resize' | 'div';
export const SNIPPET_KINDS: readonly SnippetKind[] = ['module', 'classic', 'iframe', 'iframe-resize', 'div'];

export interface SnippetInput {
  readonly w: WidgetName;
  /** Attribute name and value, in the widget's declared order. */
  readonly attributes: ReadonlyArray<readonly [string, string]>;
  /** Where dist/ is published, ending in `/`. */
  readonly base: string;
  /** Pasted data, and whether it is CSV or JSON. */
  readonly data?: { readonly text: string; readonly type: 'json' | 'csv' } | undefined;
  /** sha384 of dist/iife/dtm-widgets.js (`sha384-…`), when known. */
  readonly integrity?: string | undefined;
  /** The iframe's height in px: the tallest preview. */
  readonly height: number;
  /** The iframe's title: what the widget shows. */
  readonly title: string;
}

/** Escapes a value for a double-quoted HTML attribute. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const attrs = (list: ReadonlyArray<readonly [string, string]>, prefix = ''): string =>
  list.map(([n, v]) => ` ${prefix}${n}="${escapeAttribute(v)}"`).join('');

/**
 * Pasted data as an inline `<script>` child, or undefined when it cannot be one: JSON is written
 * again with `<` as `\u003c` (no `</script>` can end it early); CSV has no escape, so CSV holding
 * `</script` or `<!--` is refused.
 */
export function inlineDataScript(data: SnippetInput['data']): string | undefined {
  if (!data) return '';
  if (data.type === 'json') {
    let value: unknown;
    try {
      value = JSON.parse(data.text);
    } catch {
      return undefined;
    }
    return `<script type="application/json">${JSON.stringify(value).replace(/</g, '\\u003c')}</script>`;
  }
  if (/<\/script|<!--/i.test(data.text)) return undefined;
  return `<script type="text/csv">\n${data.text.trim()}\n</script>`;
}

/** The frame page's address: `w` and the attributes, as frame.html reads them. */
export function frameUrl(input: Pick<SnippetInput, 'w' | 'attributes' | 'base'>): string {
  const q = new URLSearchParams([['w', input.w], ...input.attributes.map(([n, v]) => [n, v] as [string, string])]);
  return `${input.base}embed/frame.html?${q.toString()}`;
}

function element(input: SnippetInput): string | undefined {
  const inline = inlineDataScript(input.data);
  if (inline === undefined) return undefined;
  return `<dtm-${input.w}${attrs(input.attributes)}>${inline}</dtm-${input.w}>`;
}

function iframe(input: SnippetInput): string | undefined {
  if (input.data) return undefined; // pasted data has no address a frame could load
  const height = Math.max(80, Math.min(4000, Math.ceil(input.height)));
  return (
    `<iframe src="${escapeAttribute(frameUrl(input))}" title="${escapeAttribute(input.title)}" loading="lazy"` +
    ` style="width:100%;border:0" height="${height}" data-dtm-embed></iframe>`
  );
}

/**
 * One snippet, or undefined when that kind cannot carry this configuration (pasted data in an
 * iframe or a `div`: the builder then says to publish the file and give its URL).
 */
export function snippet(kind: SnippetKind, input: SnippetInput): string | undefined {
  const base = escapeAttribute(input.base);
  switch (kind) {
    case 'module': {
      const el = element(input);
      return el && `<script type="module" src="${base}cdn/${input.w}.js"></script>\n${el}`;
    }
    case 'classic': {
      const el = element(input);
      const sri = input.integrity ? ` integrity="${escapeAttribute(input.integrity)}" crossorigin="anonymous"` : '';
      return el && `<script src="${base}iife/dtm-widgets.js"${sri} defer></script>\n${el}`;
    }
    case 'iframe':
      return iframe(input);
    case 'iframe-resize': {
      const frame = iframe(input);
      return frame && `${frame}\n<script src="${base}embed/embed.js" defer></script>`;
    }
    case 'div':
      if (input.data) return undefined;
      return `<div data-dtm-widget="${input.w}"${attrs(input.attributes, 'data-')}></div>`;
  }
}

/** The one script an administrator adds to the site's theme for `div` snippets. */
export function siteScript(base: string, integrity: string | undefined): string {
  const sri = integrity ? ` integrity="${escapeAttribute(integrity)}" crossorigin="anonymous"` : '';
  return `<script src="${escapeAttribute(base)}iife/dtm-widgets.js"${sri} defer></script>`;
}
