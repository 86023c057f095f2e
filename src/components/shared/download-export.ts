/**
 * Makes the files of the "Download" menu, in the page: a CSV of the figures shown, a standalone
 * SVG of the picture as drawn, and a PNG at twice its size drawn from that SVG. Imported only
 * when a reader chooses an item (download-menu.ts). Nothing is sent anywhere: a Blob, an object
 * URL, an `<a download>` click, and the URL revoked.
 */
import type { DownloadKind, DownloadSubject } from './download-menu.js';
import { csvText, fileName } from './download-files.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The presentation properties copied from the page's computed styles into the file. */
const STYLE_PROPS = [
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-linecap', 'stroke-linejoin',
  'opacity', 'font-family', 'font-size', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline', 'letter-spacing', 'paint-order', 'visibility',
] as const;

/** The PNG could not be drawn: the page's Content-Security-Policy refused the image. */
export class PngBlockedError extends Error {
  override name = 'PngBlockedError';
}

/** A value that points outside the file (a URL other than a #fragment): dropped. */
const external = (v: string): boolean => /url\(\s*['"]?(?!#)/i.test(v) || /^\s*(?!#)\S/.test(v);

/**
 * Copies the computed look of `from` and its descendants onto the clone `to`, and removes what
 * a standalone file must not have: scripts, foreign HTML, event handlers, external references.
 */
function inline(from: Element, to: Element): void {
  const style = getComputedStyle(from);
  if (style.display === 'none') {
    to.remove();
    return;
  }
  const declarations = STYLE_PROPS.map((p) => [p, style.getPropertyValue(p)] as const)
    .filter(([, v]) => v && !/url\(\s*['"]?(?!#)/i.test(v))
    .map(([p, v]) => `${p}:${v}`);
  for (const attr of Array.from(to.attributes)) {
    const name = attr.name.toLowerCase();
    if (name.startsWith('on') || name === 'class' || name === 'style' || name === 'part' || name === 'tabindex') to.removeAttribute(attr.name);
    else if ((name === 'href' || name === 'xlink:href' || name === 'src') && external(attr.value)) to.removeAttribute(attr.name);
  }
  if (declarations.length) to.setAttribute('style', declarations.join(';'));
  const a = Array.from(from.children);
  const b = Array.from(to.children);
  a.forEach((child, i) => {
    const copy = b[i]!;
    const tag = child.localName.toLowerCase();
    if (tag === 'script' || tag === 'foreignobject' || child.namespaceURI !== SVG_NS) copy.remove();
    else inline(child, copy);
  });
}

function text(doc: Document, content: string, attrs: Record<string, string>): SVGTextElement {
  const t = doc.createElementNS(SVG_NS, 'text');
  for (const [k, v] of Object.entries(attrs)) t.setAttribute(k, v);
  t.textContent = content; // text only: data never becomes markup
  return t;
}

/** The SVG element of the file: the chart as drawn, or a card of the subject's lines. */
function pictureOf(subject: DownloadSubject, font: string, colour: string): { svg: SVGSVGElement; width: number; height: number } {
  if (subject.svg) {
    const box = subject.svg.getBoundingClientRect();
    const width = Math.max(1, Math.round(box.width));
    const height = Math.max(1, Math.round(box.height));
    const svg = subject.svg.cloneNode(true) as SVGSVGElement;
    inline(subject.svg, svg);
    if (!svg.getAttribute('viewBox')) svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    return { svg, width, height };
  }
  const svg = document.createElementNS(SVG_NS, 'svg');
  const lines = subject.lines ?? [subject.title];
  const width = 480;
  let y = 0;
  lines.forEach((line, i) => {
    const size = i === 0 ? 40 : 16;
    y += size * 1.4;
    svg.append(text(document, line, { x: subject.dir === 'rtl' ? String(width - 16) : '16', y: String(y), 'font-size': String(size), 'font-weight': i === 0 ? '700' : '400', fill: colour, 'font-family': font }));
  });
  svg.setAttribute('viewBox', `0 0 ${width} ${y + 12}`);
  return { svg, width, height: Math.round(y + 12) };
}

/**
 * The standalone SVG file of the subject: `xmlns`, a `<title>`, the look inlined from the page's
 * computed styles, the source credit under the picture; no script, no external reference.
 */
export function standaloneSvg(subject: DownloadSubject, host: Element): { text: string; width: number; height: number } {
  const style = getComputedStyle(host);
  const font = style.fontFamily;
  const colour = style.color;
  const { svg, width, height: picture } = pictureOf(subject, font, colour);
  const credit = subject.credit ? 22 : 0;
  const height = picture + credit;
  const root = document.createElementNS(SVG_NS, 'svg');
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.setAttribute('lang', subject.lang);
  root.setAttribute('direction', subject.dir);
  root.setAttribute('role', 'img');
  const title = document.createElementNS(SVG_NS, 'title');
  title.textContent = subject.title;
  root.append(title);
  svg.setAttribute('x', '0');
  svg.setAttribute('y', '0');
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(picture));
  svg.removeAttribute('role');
  svg.removeAttribute('aria-labelledby');
  root.append(svg);
  if (subject.credit) {
    const x = subject.dir === 'rtl' ? width - 8 : 8;
    root.append(text(document, subject.credit, { x: String(x), y: String(height - 7), 'font-size': '12', fill: colour, 'font-family': font, 'text-anchor': 'start', direction: subject.dir }));
  }
  return { text: new XMLSerializer().serializeToString(root), width, height };
}

/** Draws the SVG at `scale` on a canvas; refused by a CSP without blob: in img-src. */
export async function pngOf(svg: { text: string; width: number; height: number }, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg.text], { type: 'image/svg+xml' }));
  try {
    const img = new Image(svg.width, svg.height);
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new PngBlockedError('the page does not allow this image'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = svg.width * scale;
    canvas.height = svg.height * scale;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new PngBlockedError('the canvas could not be read'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Hands the file to the browser: an object URL on an `<a download>`, revoked once the click is done. */
export function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.click();
  // the download reads the URL after the click task; a later task is safe to revoke it in
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Makes and saves the file of `kind` for `subject` (the widget `host` gives fonts and colours). */
export async function download(kind: DownloadKind, subject: DownloadSubject, host: Element): Promise<void> {
  const name = (ext: string): string => fileName(subject.title, subject.date, ext);
  if (kind === 'csv') {
    if (!subject.table) throw new Error('no figures to download');
    save(new Blob([csvText(subject.table)], { type: 'text/csv;charset=utf-8' }), name('csv'));
    return;
  }
  // the fonts the picture uses must be ready before it is drawn
  await document.fonts?.ready;
  const svg = standaloneSvg(subject, host);
  if (kind === 'svg') save(new Blob([svg.text], { type: 'image/svg+xml;charset=utf-8' }), name('svg'));
  else save(await pngOf(svg), name('png'));
}
