/**
 * `div` mounting: `<div data-dtm-widget="counter" data-value="140000" data-label="beneficiaries">`
 * becomes that `<div>` holding a `<dtm-counter value="140000" label="beneficiaries">`. WordPress
 * strips custom elements, scripts and iframes from the posts of most users but keeps `<div>` with
 * `data-*`, so a site whose administrator added the library script once can take widgets from any
 * author. Elements added later (a CMS block loaded by script, a single-page site) are mounted too.
 *
 * Only the attributes the widget declares pass (src/internal/widget-attributes.ts): any other
 * `data-*` is ignored, and values go through setAttribute only, never parsed as HTML.
 */
import { isWidgetName, WIDGET_ATTRIBUTES } from './internal/widget-attributes.js';

const SELECTOR = '[data-dtm-widget]';
/** Set on a mounted `div`, so that a second copy of the library (or a second pass) skips it. */
const MOUNTED = 'data-dtm-mounted';
const warned = new Set<string>();

/** Puts the named widget into `host`, unless it is already there. Returns the widget, if any. */
export function mountWidget(host: Element): Element | undefined {
  if (host.hasAttribute(MOUNTED)) return undefined;
  const name = (host.getAttribute('data-dtm-widget') ?? '').trim().toLowerCase();
  if (!isWidgetName(name)) {
    if (!warned.has(name)) {
      warned.add(name);
      console.warn(`[dtm-widgets] data-dtm-widget="${name.slice(0, 40)}" is not a widget: use counter, trend or map.`);
    }
    return undefined;
  }
  host.setAttribute(MOUNTED, '');
  const el = host.ownerDocument.createElement(`dtm-${name}`);
  for (const attr of WIDGET_ATTRIBUTES[name]) {
    const value = host.getAttribute(`data-${attr}`);
    if (value !== null) el.setAttribute(attr, value);
  }
  // an inline data child (where the CMS keeps it) moves into the widget; other content, such as a
  // fallback link for readers without JavaScript, gives way to the widget
  const inline = host.querySelector(':scope > script[type="application/json"], :scope > script[type="text/csv"]');
  if (inline) el.append(inline);
  host.replaceChildren(el);
  return el;
}

/** Mounts every `[data-dtm-widget]` in `root` (itself included). */
export function mountAll(root: ParentNode): void {
  if (root instanceof Element && root.matches(SELECTOR)) mountWidget(root);
  for (const host of Array.from(root.querySelectorAll(SELECTOR))) mountWidget(host);
}

let observer: MutationObserver | undefined;

/**
 * Mounts what is on the page now and, from then on, what is added. Safe to call more than once
 * (one observer per copy of the library; the mark on each `div` keeps two copies from doubling).
 */
export function startMounting(doc: Document | undefined = globalThis.document): void {
  if (!doc || observer || typeof MutationObserver === 'undefined') return;
  mountAll(doc);
  observer = new MutationObserver((records) => {
    for (const r of records) {
      for (const node of Array.from(r.addedNodes)) if (node instanceof Element) mountAll(node);
    }
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
}
