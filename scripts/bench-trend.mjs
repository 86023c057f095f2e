#!/usr/bin/env node
// `npm run bench:trend`: first render of 3 series × 1k, 10k and 100k points in headless Chromium,
// dtm-trend side by side with uPlot and Chart.js (bench-only dev dependencies), in shuffled order,
// a fresh page each run. Prints medians and ratios, the longest main-thread task, and the time of
// one keyboard step and of a pointer move (hover) of dtm-trend, and dtm-trend's render split into its
// data phase (to dtm-load) and its chart phase. Method: shared/reference/performance.md §2.
//   node scripts/bench-trend.mjs [--runs 7] [--sizes 1000,10000,100000]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { benchResult, CHROMIUM_ARGS, chromiumPath, HOW_TO_GET_CHROMIUM, listenLocal } from './chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const arg = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);
const runs = Number(arg('--runs', '7'));
const sizes = arg('--sizes', '1000,10000,100000').split(',').map(Number);
const libs = ['dtm', 'uplot', 'chartjs'];
const executablePath = chromiumPath();
if (!executablePath) {
  console.error(HOW_TO_GET_CHROMIUM);
  process.exit(2);
}

const built = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '-c', 'bench/trend/vite.config.mjs'], { cwd: root, stdio: 'inherit' });
if (built.status !== 0) process.exit(1);

const dist = join(root, 'bench-dist/trend');
const types = { '.js': 'text/javascript', '.html': 'text/html', '.css': 'text/css' };
const server = await listenLocal((req, res) => {
  const file = normalize(join(dist, new URL(req.url, 'http://x').pathname));
  if (!file.startsWith(dist) || !existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
  res.end(readFileSync(file));
});
const { origin } = server;
// EXTRA_ARGS: more Chromium flags, e.g. "--disable-gpu-rasterization --disable-accelerated-2d-canvas" for CPU raster
// (Debian's wrapper turns GPU raster on, through software GL here: shared/reference/performance.md §2.3)
const extraArgs = (process.env.EXTRA_ARGS ?? '').split(/\s+/).filter(Boolean);
const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, ...extraArgs] });

// every (lib, size) `runs` times, shuffled so that no library always runs first or warm
const jobs = [];
for (let r = 0; r < runs; r++) for (const n of sizes) for (const lib of libs) jobs.push({ lib, n });
for (let i = jobs.length - 1; i > 0; i--) {
  const j = Math.floor(Math.random() * (i + 1));
  [jobs[i], jobs[j]] = [jobs[j], jobs[i]];
}
const results = new Map();
let done = 0;
for (const { lib, n } of jobs) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 600 } });
  const page = await context.newPage();
  const result = await benchResult(page, `${origin}/page.html?lib=${lib}&n=${n}`);
  await context.close();
  if (result.error) throw new Error(`${lib} ${n}: ${result.error}`);
  const key = `${lib}|${n}`;
  if (!results.has(key)) results.set(key, []);
  results.get(key).push(result);
  process.stderr.write(`\r${++done}/${jobs.length} runs`);
}
process.stderr.write('\n');
await browser.close();
server.close();

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const get = (lib, n, field) => median(results.get(`${lib}|${n}`).map((r) => r[field]).filter((v) => v !== undefined));
console.log(`\nChromium (${executablePath}${extraArgs.length ? ` ${extraArgs.join(' ')}` : ''}), 800×400 chart, ${runs} runs per cell, median ms\n`);
console.log('| points per series (×3) | dtm-trend render | uPlot render | Chart.js render | dtm ÷ uPlot | dtm ÷ Chart.js | longest task, dtm | keyboard step, dtm | hover step, dtm |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
const split = [];
for (const n of sizes) {
  const d = get('dtm', n, 'render');
  const u = get('uplot', n, 'render');
  const c = get('chartjs', n, 'render');
  console.log(
    `| ${n.toLocaleString('en')} | ${d.toFixed(0)} | ${u.toFixed(0)} | ${c.toFixed(0)} | ${(d / u).toFixed(2)}× | ${(d / c).toFixed(2)}× | ${get('dtm', n, 'longest').toFixed(0)} | ${get('dtm', n, 'step').toFixed(1)} | ${get('dtm', n, 'hover').toFixed(1)} |`,
  );
  // the median of each run's chart phase (render - data), not the difference of the medians
  const chart = median(results.get(`dtm|${n}`).filter((r) => r.data !== undefined).map((r) => r.render - r.data));
  split.push(`| ${n.toLocaleString('en')} | ${get('dtm', n, 'data').toFixed(0)} | ${chart.toFixed(0)} | ${(chart / u).toFixed(2)}× | ${(chart / c).toFixed(2)}× |`);
}
console.log('\ndtm-trend\'s render in two phases (median ms): data = from the element\'s creation to dtm-load (the JSON text parsed, every value checked and accounted for);');
console.log('chart = the rest (series, layout, drawing, to the painted frame), which is what the peers\' render times, their data being prepared outside.\n');
console.log('| points per series (×3) | data | chart | chart ÷ uPlot | chart ÷ Chart.js |');
console.log('| ---: | ---: | ---: | ---: | ---: |');
for (const line of split) console.log(line);
console.log('\nprepare (data conversion outside render, median ms): ' + sizes.map((n) => `${n}: uPlot ${get('uplot', n, 'prepare').toFixed(1)}, Chart.js ${get('chartjs', n, 'prepare').toFixed(1)}`).join('; '));
console.log(`ICU cold start (the page's first Intl formatters, paid before the clock for every library; uPlot pays it when its module loads), median ms: ${get('dtm', sizes[0], 'intl').toFixed(1)}`);
console.log('dtm-trend reads the published JSON text: its parse, row accounting, series and layout are inside its render time.');
