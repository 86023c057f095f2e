/**
 * The MapLibre GL renderer, in Chromium's software WebGL2 (SwiftShader): slow to start (5-15 s
 * here), so these tests have long time-outs and check what a reader sees: the colours drawn, the
 * fallback to the SVG picture (no WebGL2, a lost context), and that removal releases the map.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../../src/components/map/map.define.js';
import type { DtmMap } from '../../../src/components/map/map.js';
import { PALETTES, pick } from '../../../src/components/map/colours.js';
import { hasWebgl2 } from '../../../src/components/map/webgl.js';
import { cleanup, mount, part, until } from '../helpers/dom.js';
import { GOVERNORATES, areaOf, fillOf, paths, tooltipText } from './helpers.js';

/** The colour drawn by the WebGL canvas at (x, y), in CSS pixels of the map. */
function pixel(el: DtmMap, x: number, y: number): [number, number, number] {
  const canvas = el.shadowRoot!.querySelector<HTMLCanvasElement>('canvas.maplibregl-canvas')!;
  const scale = canvas.width / canvas.getBoundingClientRect().width;
  const copy = document.createElement('canvas');
  copy.width = canvas.width;
  copy.height = canvas.height;
  const ctx = copy.getContext('2d')!;
  ctx.drawImage(canvas, 0, 0);
  const d = ctx.getImageData(Math.round(x * scale), Math.round(y * scale), 1, 1).data;
  return [d[0]!, d[1]!, d[2]!];
}

const hex = (h: string): [number, number, number] => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('<dtm-map> with WebGL', () => {
  it('hands over from the SVG picture to MapLibre, drawing the same colours', { timeout: 60_000 }, async () => {
    const el = await mount<DtmMap>(`<div style="width: 600px"><dtm-map src="${GOVERNORATES}"></dtm-map></div>`, 'dtm-map');
    await until(() => el.getAttribute('state') === 'ready', 10_000);
    expect(el.getAttribute('rendering')).toBe('svg'); // the first picture is SVG
    await until(() => el.getAttribute('rendering') === 'webgl', 45_000);
    await el.updateComplete;
    // Al-Anbar (IQG01), a large area in the lightest-but-one class in April 2024 (33,354)
    const anbar = el.shadowRoot!.querySelectorAll('path.area')[0]!;
    const svgFill = anbar.getAttribute('fill')!;
    const frame = el.shadowRoot!.querySelector('.frame')!.getBoundingClientRect();
    const box = anbar.getBoundingClientRect();
    const [r, g, b] = pixel(el, box.x + box.width * 0.35 - frame.x, box.y + box.height * 0.55 - frame.y);
    const [er, eg, eb] = hex(svgFill);
    expect(Math.abs(r - er) + Math.abs(g - eg) + Math.abs(b - eb)).toBeLessThan(24);
    expect(pick(PALETTES.blues!, 5)).toContain(svgFill);
    // one keyboard entry: the canvas is not a tab stop of its own
    expect(el.shadowRoot!.querySelector('canvas')!.getAttribute('tabindex')).toBe('-1');
  });

  it('stays SVG with renderer="svg" and never loads MapLibre', async () => {
    const el = await mount<DtmMap>(`<dtm-map renderer="svg" src="${GOVERNORATES}"></dtm-map>`, 'dtm-map');
    await until(() => el.getAttribute('state') === 'ready', 10_000);
    await new Promise((r) => setTimeout(r, 500));
    expect(el.shadowRoot!.querySelector('.gl')).toBeNull();
    expect(el.getAttribute('rendering')).toBe('svg');
  });

  it('keeps the SVG picture when WebGL2 is not available, with one console note', { timeout: 30_000 }, async () => {
    const original = HTMLCanvasElement.prototype.getContext;
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      return type === 'webgl2' ? null : (original as (...a: unknown[]) => RenderingContext | null).call(this, type, ...rest);
    } as typeof original);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await mount<DtmMap>(`<dtm-map src="${GOVERNORATES}"></dtm-map>`, 'dtm-map');
    await until(() => warn.mock.calls.some((c) => String(c[0]).includes('WebGL2 is not available')), 20_000);
    expect(el.getAttribute('rendering')).toBe('svg');
    expect(el.shadowRoot!.querySelectorAll('path.area')).toHaveLength(18);
    expect(el.shadowRoot!.querySelector('canvas.maplibregl-canvas')).toBeNull();
  });

  it('checks for WebGL2 without holding a context: other maps keep theirs', () => {
    const kept = document.createElement('canvas').getContext('webgl2')!;
    for (let i = 0; i < 20; i++) expect(hasWebgl2()).toBe(true);
    expect(kept.isContextLost()).toBe(false);
  });

  it('selects on a tap with its tooltip, clears with Escape, and draws WebGL again after a state without a picture', { timeout: 120_000 }, async () => {
    const el = await mount<DtmMap>(`<div style="width: 600px"><dtm-map src="${GOVERNORATES}"></dtm-map></div>`, 'dtm-map');
    await until(() => el.getAttribute('rendering') === 'webgl', 45_000);
    await el.updateComplete;
    // a click on Al-Anbar (IQG01) on MapLibre's canvas
    const anbar = el.shadowRoot!.querySelectorAll('path.area')[0]!.getBoundingClientRect();
    const canvas = el.shadowRoot!.querySelector<HTMLCanvasElement>('canvas.maplibregl-canvas')!;
    const c = canvas.getBoundingClientRect();
    await userEvent.click(canvas, { position: { x: anbar.x + anbar.width * 0.35 - c.x, y: anbar.y + anbar.height * 0.55 - c.y } });
    await until(() => el.selected === 'IQG01', 10_000);
    await el.updateComplete;
    expect(part(el, 'tooltip')).not.toBeNull(); // a tap has no hover: the tooltip still shows
    await userEvent.keyboard('{Escape}');
    await until(() => !el.selected);
    // no data for that date: the message replaces the picture; back to the latest: MapLibre again
    el.setAttribute('at', '2001-01');
    await until(() => el.getAttribute('state') === 'empty');
    expect(el.getAttribute('rendering')).toBe('svg');
    el.removeAttribute('at');
    await until(() => el.getAttribute('rendering') === 'webgl', 45_000);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('canvas.maplibregl-canvas')).not.toBeNull();
  });

  it('releases the map when removed, and builds a new one when re-inserted', { timeout: 90_000 }, async () => {
    const el = await mount<DtmMap>(`<dtm-map src="${GOVERNORATES}"></dtm-map>`, 'dtm-map');
    await until(() => el.getAttribute('rendering') === 'webgl', 45_000);
    const first = el.shadowRoot!.querySelector('canvas.maplibregl-canvas');
    const parent = el.parentElement!;
    el.remove();
    expect(el.shadowRoot!.querySelector('canvas.maplibregl-canvas')).toBeNull(); // map.remove() ran
    await el.updateComplete;
    expect(el.getAttribute('rendering')).toBe('svg');
    parent.append(el);
    await until(() => el.getAttribute('rendering') === 'webgl', 45_000);
    expect(el.shadowRoot!.querySelector('canvas.maplibregl-canvas')).not.toBe(first);
  });
});

describe('<dtm-map> WebGL context lost', () => {
  it('goes back to the SVG picture when the WebGL context is lost', { timeout: 90_000 }, async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await mount<DtmMap>(`<div style="width: 600px"><dtm-map src="${GOVERNORATES}"></dtm-map></div>`, 'dtm-map');
    await until(() => el.getAttribute('rendering') === 'webgl', 45_000);
    await el.updateComplete;
    const frame = el.shadowRoot!.querySelector('.frame')!;
    expect(frame.classList.contains('gl-on')).toBe(true);
    expect(getComputedStyle(el.shadowRoot!.querySelector('g.areas')!).visibility).toBe('hidden');
    const canvas = el.shadowRoot!.querySelector<HTMLCanvasElement>('canvas.maplibregl-canvas')!;
    const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGL2RenderingContext | WebGLRenderingContext | null;
    expect(gl).not.toBeNull();
    const lose = gl!.getExtension('WEBGL_lose_context');
    expect(lose).not.toBeNull();
    lose!.loseContext();
    await until(() => el.getAttribute('rendering') === 'svg', 20_000);
    await el.updateComplete;
    // the SVG picture is back on screen, with its colours, and MapLibre is gone
    expect(el.shadowRoot!.querySelector('.frame')!.classList.contains('gl-on')).toBe(false);
    expect(getComputedStyle(el.shadowRoot!.querySelector('g.areas')!).visibility).toBe('visible');
    expect(paths(el)).toHaveLength(18);
    expect(fillOf(el, 'IQG09')).toBe('#084594'); // Duhok, darkest of the default blues
    expect(el.shadowRoot!.querySelector('canvas.maplibregl-canvas')).toBeNull();
    expect(part(el, 'reset')).toBeNull();
    expect(warn.mock.calls.filter((c) => String(c[0]).includes('WebGL context lost'))).toHaveLength(1);
    // the pointer reaches the SVG areas again
    expect(getComputedStyle(part(el, 'plot')!).pointerEvents).toBe('auto');
    const duhok = areaOf(el, 'IQG09');
    const b = duhok.getBoundingClientRect();
    duhok.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true, clientX: b.x + b.width / 2, clientY: b.y + b.height / 2 }));
    await el.updateComplete;
    expect(tooltipText(el)).toMatch(/^Duhok IDPs: 233,162/);
    // and it stays SVG: no new MapLibre map is built
    await new Promise((r) => setTimeout(r, 1000));
    expect(el.getAttribute('rendering')).toBe('svg');
    expect(el.shadowRoot!.querySelector('canvas.maplibregl-canvas')).toBeNull();
  });
});
