/**
 * One timed first render in this page: ?lib=dtm|uplot|chartjs&n=10000. `render` runs from just
 * before the creation call to the next painted frame (rAF, then a task), as in
 * shared/reference/performance.md. The data conversion each library needs is timed apart as
 * `prepare`; for dtm-trend the input is the JSON a partner publishes, so its parse, accounting
 * and layout are inside `render`. dtm-trend's `data` is the part of its render up to `dtm-load`.
 */
import { generate, type BenchData } from './data.js';
import { nextPaint, report } from '../page.js';

type Renderer = (el: HTMLElement, prepared: unknown) => Promise<void> | void;
/** dtm-trend: when its data was read (dtm-load), to split its render into data and chart. */
let loadedAt: number | undefined;
interface Lib {
  prepare(data: BenchData): unknown;
  render: Renderer;
}

const libs: Record<string, () => Promise<Lib>> = {
  dtm: async () => {
    await import('../../src/components/trend/trend.define.js');
    // the data chunk is library code too: loaded before the clock starts, like the peers' code
    await import('../../src/components/shared/data-view.js');
    return {
      prepare: (d) => {
        const rows = Array.from(d.t, (t, i) => ({ date: new Date(t).toISOString().slice(0, 16), a: d.series[0]![i], b: d.series[1]![i], c: d.series[2]![i] }));
        return JSON.stringify(rows);
      },
      render: (el, json) =>
        new Promise<void>((resolve) => {
          const trend = document.createElement('dtm-trend');
          trend.setAttribute('value-field', 'a, b, c');
          trend.setAttribute('aspect-ratio', '2');
          trend.setAttribute('heading', 'bench');
          trend.setAttribute('max-bytes', '100000000');
          const script = document.createElement('script');
          script.type = 'application/json';
          script.textContent = json as string;
          trend.append(script);
          const done = (): void => (trend.getAttribute('state') === 'ready' ? resolve() : undefined);
          new MutationObserver(done).observe(trend, { attributes: true, attributeFilter: ['state'] });
          trend.addEventListener('dtm-load', () => (loadedAt = performance.now()), { once: true });
          el.append(trend);
        }),
    };
  },
  uplot: async () => {
    const { default: UPlot } = await import('uplot');
    return {
      prepare: (d) => [Float64Array.from(d.t, (t) => t / 1000), ...d.series],
      render: (el, data) => {
        new UPlot(
          {
            width: 800,
            height: 400,
            series: [{}, { stroke: '#0072b2', width: 1.5 }, { stroke: '#d55e00', width: 1.5 }, { stroke: '#009e73', width: 1.5 }],
          },
          data as never,
          el,
        );
      },
    };
  },
  chartjs: async () => {
    const { Chart, LineController, LineElement, PointElement, LinearScale, Tooltip, Legend } = await import('chart.js');
    Chart.register(LineController, LineElement, PointElement, LinearScale, Tooltip, Legend);
    return {
      prepare: (d) => d.series.map((ys) => Array.from(d.t, (t, i) => ({ x: t, y: ys[i]! }))),
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

async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const name = params.get('lib') ?? 'dtm';
  const n = Number(params.get('n') ?? '1000');
  const el = document.getElementById('chart')!;
  const longTasks: PerformanceEntry[] = [];
  new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: false });
  const lib = await libs[name]!();
  // ICU's cold start: the first Intl formatters of a page cost 20-60 ms here, whoever creates
  // them. uPlot pays it while its module is evaluated (outside `render`); so that every library's
  // `render` times the same work, it is paid here, before the clock, for all of them, and
  // reported apart as `intl`.
  const i0 = performance.now();
  new Intl.NumberFormat(undefined).format(1);
  new Intl.DateTimeFormat(undefined, { month: 'short', timeZone: 'UTC' }).format(0);
  const intl = performance.now() - i0;
  const data = generate(n);
  const p0 = performance.now();
  const prepared = lib.prepare(data);
  const prepare = performance.now() - p0;
  await nextPaint();
  const t0 = performance.now();
  await lib.render(el, prepared);
  await nextPaint();
  const render = performance.now() - t0;
  // dtm-trend's data phase: the published JSON parsed, every value checked and accounted for (its
  // data chunk is already loaded); the rest of its render is the chart's
  const dataPhase = loadedAt === undefined ? undefined : loadedAt - t0;
  let step: number | undefined;
  let hover: number | undefined;
  if (name === 'dtm') {
    // one keyboard step on the focused chart, to the next paint
    const trend = el.querySelector('dtm-trend')!;
    const plot = trend.shadowRoot!.querySelector<HTMLElement>('[part~="plot"]')!;
    plot.focus();
    plot.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    await nextPaint();
    const s0 = performance.now();
    plot.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    await nextPaint();
    step = performance.now() - s0;
    // and the pointer: two moves across the plot (a third and two thirds of its width), the
    // slower one kept, each to the next paint
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
    hover = Math.max(...moves);
  }
  // only the tasks of the render: not the page's start, the data preparation, the ICU warm-up or the steps
  const longest = Math.max(0, ...longTasks.filter((e) => e.startTime + e.duration > t0 && e.startTime < t0 + render).map((e) => e.duration));
  report({ render, data: dataPhase, prepare, intl, longest, step, hover });
}

void main().catch((e: unknown) => {
  report({ error: String(e) });
});
