/** Test helpers: mount markup, read what a sighted reader sees and what a screen reader gets. */
import type { LitElement } from 'lit';

const mounted: Element[] = [];

/** Mounts `markup` in a fresh container and waits for every Lit element in it to render. */
export async function mount<T extends Element = HTMLElement>(markup: string, selector = 'dtm-counter'): Promise<T> {
  const box = document.createElement('div');
  box.innerHTML = markup; // test fixtures only; the library itself never parses HTML
  document.body.append(box);
  mounted.push(box);
  const el = box.querySelector(selector) as T;
  await (el as unknown as LitElement).updateComplete;
  return el;
}

export function cleanup(): void {
  for (const box of mounted.splice(0)) box.remove();
}

function isPainted(el: Element): boolean {
  if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return false;
  const r = el.getBoundingClientRect();
  return r.width > 1 || r.height > 1; // visually hidden text (1x1, clipped) is for screen readers only
}

function walk(node: Node, keep: (el: Element) => boolean, out: string[]): void {
  if (node.nodeType === Node.TEXT_NODE) {
    out.push(node.textContent ?? '');
    return;
  }
  if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
  const isElement = node.nodeType === Node.ELEMENT_NODE;
  if (isElement && !keep(node as Element)) return;
  // boxes (block, inline-block, grid) separate words; inline text (and Lit's adjacent text nodes) does not
  const display = isElement ? getComputedStyle(node as Element).display : 'inline';
  const block = display !== 'inline' && display !== 'contents';
  if (block) out.push(' ');
  const root = (node as Element).shadowRoot ?? node;
  for (const child of Array.from(root.childNodes)) walk(child, keep, out);
  if (block) out.push(' ');
}

const squash = (parts: string[]): string => parts.join('').replace(/\s+/g, ' ').trim();

/** The text a sighted reader sees: painted elements only. */
export function screenText(node: Element | ShadowRoot): string {
  const out: string[] = [];
  walk(node, isPainted, out);
  return squash(out);
}

/** The text a screen reader gets: everything not hidden by aria-hidden or display:none. */
export function spokenText(node: Element | ShadowRoot): string {
  const out: string[] = [];
  walk(node, (el) => el.getAttribute('aria-hidden') !== 'true' && getComputedStyle(el).display !== 'none', out);
  return squash(out);
}

export function part(el: Element, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector(`[part~="${name}"]`);
}

/** Removes bidi marks and turns no-break spaces into spaces. */
export const plain = (s: string): string => s.replace(/[\u061c\u200e\u200f]/g, '').replace(/\u00a0/g, ' ');

export const nextFrame = (): Promise<number> => new Promise((r) => requestAnimationFrame(r));

export async function until(check: () => boolean, timeout = 5000): Promise<void> {
  const end = performance.now() + timeout;
  while (!check()) {
    if (performance.now() > end) throw new Error('condition not met in time');
    await nextFrame();
  }
}

/**
 * Waits until the widget's Download menu is open, with the focus in it: the first open fetches
 * the menu's code, which a loaded test run can take over a second to serve.
 */
export async function menuOpen(el: Element & { updateComplete: Promise<boolean> }): Promise<void> {
  await until(() => part(el, 'download')?.getAttribute('aria-expanded') === 'true' && el.shadowRoot!.activeElement?.getAttribute('role') === 'menuitem');
  await el.updateComplete;
}
