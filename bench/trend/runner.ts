/**
 * One timed first render in this page: ?lib=dtm|uplot|chartjs&n=10000&mode=json|prepared.
 *
 * mode=json (the fair bench, issue #15): every library starts from the same published JSON text,
 * fetched the same way (`data-<n>.json` from the bench server, not cached), with its code loaded
 * and a small warm-up chart drawn and removed before the clock (formatters, ICU, first-use code
 * paths). Inside the clock: uPlot and Chart.js fetch the text, `JSON.parse` it and build their
 * arrays, then draw; dtm-trend reads its `src`. `data` is the part up to the arrays being ready
 * (for dtm-trend, up to `dtm-load`); the rest is the chart phase.
 *
 * mode=prepared (the earlier table, kept for reference): the peers are handed ready arrays built
 * outside the clock (`prepare`); dtm-trend gets the JSON text inline.
 *
 * `render` runs from just before the first call to the next painted frame (rAF, then a task), as in
 * shared/reference/performance.md.
 */
import { generate, publishedJson } from './data.mjs';
import { nextPaint, report } from '../page.js';

interface Row {
  readonly date: string;
  readonly a: number;
  readonly b: number;
  readonly c: number;
}
interface Lib {
  /** ready arrays for the prepared mode, outside the clock */
  prepare(n: number): unknown;
  /** the library's own input from the parsed published rows (inside the clock in json mode) */
  fromRows(rows: readonly Row[]): unknown;
  render(el: HTMLElement, input: unknown): Promise<void> | void;
  /** dtm-trend only: draws from the published file's address */
  renderSrc?(el: HTMLElement, url: string): Promise<void>;
}

/** dtm-trend: when its data was read (dtm-load), to split its render into data and chart. */
let loadedAt: number | undefined;

function dtmTrend(el: HTMLElement, setup: (trend: HTMLElement) => void): Promise<void> {
  return new Promise<void>((resolve) => {
    const trend = document.createElement('dtm-trend');
    trend.setAttribute('value-field', 'a, b, c');
    trend.setAttribute('aspect-ratio', '2');
    trend.setAttribute('heading', 'bench');
    trend.setAttribute('max-bytes', '100000000');
    setup(trend);
    const done = (): void => (trend.getAttribute('state') === 'ready' ? resolve() : undefined);
    new MutationObserver(done).observe(trend, { attributes: true, attributeFilter: ['state'] });
    trend.addEventListener('dtm-load', () => (loadedAt = performance.now()), { once: true });
    el.append(trend);
  });
}

/** uPlot's columns: seconds, then one array per series (what its docs show users building). */
function uplotColumns(rows: readonly Row[]): Float64Array[] {
  const n = rows.length;
  const t = new Float64Array(n);
  const a = new Float64Array(n);
  const b = new Float64Array(n);
  const c = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const r = rows[i]!;
    t[i] = Date.parse(`${r.date}Z`) / 1000;
    a[i] = r.a;
    b[i] = r.b;
    c[i] = r.c;
  }
  return [t, a, b, c];
}

const libs: Record<string, () => Promise<Lib>> = {
  dtm: async () => {
    await import('../../src/components/trend/trend.define.js');
    // the data chunk is library code too: loaded before the clock starts, like the peers' code
    await import('../../src/components/shared/data-view.js');
    return {
      prepare: (n) => publishedJson(n),
      fromRows: () => undefined,
      render: (el, json) =>
        dtmTrend(el, (trend) => {
          const script = document.createElement('script');
          script.type = 'application/json';
          script.textContent = json as string;
          trend.append(script);
        }),
      renderSrc: (el, url) => dtmTrend(el, (trend) => trend.setAttribute('src', url)),
    };
  },
  uplot: async () => {
    const { default: UPlot } = await import('uplot');
    return {
      prepare: (n) => {
        const d = generate(n);
        return [Float64Array.from(d.t, (t) => t / 1000), ...d.series];
      },
      fromRows: uplotColumns,
      render: (el, data) => {
        const series = [{}, { stroke: '#0072b2', width: 1.5 }, { stroke: '#d55e00', width: 1.5 }, { stroke: '#009e73', width: 1.5 }];
        new UPlot({ width: 800, height: 400, series }, data as never, el);
      },
    };
  },
  chartjs: async () => {
    const { Chart, LineController, LineElement, PointElement, LinearScale, Tooltip, Legend } = await import('chart.js');
    Chart.register(LineController, LineElement, PointElement, LinearScale, Tooltip, Legend);
    return {
      prepare: (n) => {
        const d = generate(n);
        return d.series.map((ys) => Array.from(d.t, (t, i) => ({ x: t, y: ys[i]! })));
      },
      // parsing:false wants {x, y} points with numeric x: one array of points per series
      fromRows: (rows) => {
        const sets: { x: number; y: number }[][] = [[], [], []];
        for (const r of rows) {
          const x = Date.parse(`${r.date}Z`);
          sets[0]!.push({ x, y: r.a });
          sets[1]!.push({ x, y: r.b });
          sets[2]!.push({ x, y: r.c });
        }
        return sets;
      },
      render: (el, sets) => {
        const canvas = document.createElement('canvas');
        el.append(canvas);
        new Chart(canvas, {
          type: 'line',
          data: { datasets: (sets as { x: number; y: number }[][]).map((data) => ({ data, borderWidth: 1.5, pointRadius: 0 })) },
          options: { animation: false, parsing: false, normalized: true, responsive: false, scales: { x: { type: 'linear' } } },
        });
        canvas.width = 800;
      },
    };
  },
};

/** The clock in json mode: fetch the published text and draw it, as each library's user must. */
async function fromJson(lib: Lib, el: HTMLElement, url: string): Promise<number | undefined> {
  if (lib.renderSrc) {
    await lib.renderSrc(el, url);
    return loadedAt;
  }
  const text = await (await fetch(url)).text();
  const input = lib.fromRows(JSON.parse(text) as Row[]);
  const ready = performance.now();
  await lib.render(el, input);
  return ready;
}

/** A small chart drawn and removed before the clock: code, formatters and ICU warmed for all. */
async function warmUp(lib: Lib): Promise<number> {
  const box = document.createElement('div');
  box.style.cssText = 'width:800px;height:400px;position:absolute;left:-10000px';
  document.body.append(box);
  const w0 = performance.now();
  await fromJson(lib, box, './data-100.json');
  await nextPaint();
  const took = performance.now() - w0;
  box.remove();
  loadedAt = undefined;
  return took;
}

/** One keyboard step on the focused chart and the slower of two pointer moves, each to the next paint. */
async function steps(el: HTMLElement): Promise<{ step: number; hover: number }> {
  const trend = el.querySelector('dtm-trend')!;
  const plot = trend.shadowRoot!.querySelector<HTMLElement>('[part~="plot"]')!;
  plot.focus();
  plot.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
  await nextPaint();
  const s0 = performance.now();
  plot.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
  await nextPaint();
  const step = performance.now() - s0;
  plot.blur();
  await nextPaint();
  const box = plot.getBoundingClientRect();
  const moves: number[] = [];
  for (const f of [1 / 3, 2 / 3]) {
    const h0 = performance.now();
    plot.dispatchEvent(new PointerEvent('pointermove', { clientX: box.left + box.width * f, clientY: box.top + box.height / 2, bubbles: true }));
    await nextPaint();
    moves.push(performance.now() - h0);
  }
  return { step, hover: Math.max(...moves) };
}

async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const name = params.get('lib') ?? 'dtm';
  const n = Number(params.get('n') ?? '1000');
  const mode = params.get('mode') ?? 'json';
  const el = document.getElementById('chart')!;
  const longTasks: PerformanceEntry[] = [];
  new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: false });
  const lib = await libs[name]!();
  const warm = await warmUp(lib);
  let prepare: number | undefined;
  let prepared: unknown;
  if (mode === 'prepared') {
    const p0 = performance.now();
    prepared = lib.prepare(n);
    prepare = performance.now() - p0;
  }
  await nextPaint();
  // a profiler attached from outside (a CPU profile of the timed window only); absent in the bench
  const hook = (window as unknown as { __benchHook?: (what: string) => Promise<void> }).__benchHook;
  await hook?.('start');
  const t0 = performance.now();
  const ready = mode === 'prepared' ? (await lib.render(el, prepared), loadedAt) : await fromJson(lib, el, `./data-${n}.json`);
  await nextPaint();
  const render = performance.now() - t0;
  await hook?.('stop');
  const data = ready === undefined ? undefined : ready - t0;
  await hook?.('start steps');
  const interaction = name === 'dtm' ? await steps(el) : undefined;
  await hook?.('stop steps');
  // only the tasks of the render: not the page's start, the warm-up, the data preparation or the steps
  const longest = Math.max(0, ...longTasks.filter((e) => e.startTime + e.duration > t0 && e.startTime < t0 + render).map((e) => e.duration));
  report({ render, data, prepare, warm, longest, ...interaction });
}

void main().catch((e: unknown) => {
  report({ error: String(e) });
});
