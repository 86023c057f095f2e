#!/usr/bin/env node
// `npm run bench:trend`: first render of 3 series × 1k, 10k and 100k points in headless Chromium,
// dtm-trend side by side with uPlot and Chart.js (bench-only dev dependencies), in shuffled order,
// a fresh page each run, all in one run. The fair table (issue #15): every library starts from the
// same published JSON text, fetched the same way, its code loaded and a small warm-up chart drawn
// before the clock; uPlot and Chart.js JSON.parse it and build their arrays inside the clock,
// dtm-trend reads its `src`. Each render is split into data (to the arrays, or dtm-load) and
// chart. Then the earlier "prepared arrays" table, for reference (peers handed ready arrays).
// Prints medians and [min–max], dtm-trend's longest task and its keyboard and hover steps.
// Method: shared/reference/performance.md §2.
//   node scripts/bench-trend.mjs [--runs 7] [--sizes 1000,10000,100000] [--no-prepared]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { publishedJson } from '../bench/trend/data.mjs';
import { benchResult, CHROMIUM_ARGS, chromiumPath, HOW_TO_GET_CHROMIUM, listenLocal } from './chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const arg = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);
const runs = Number(arg('--runs', '7'));
const sizes = arg('--sizes', '1000,10000,100000').split(',').map(Number);
const libs = ['dtm', 'uplot', 'chartjs'];
const modes = process.argv.includes('--no-prepared') ? ['json'] : ['json', 'prepared'];
const executablePath = chromiumPath();
if (!executablePath) {
  console.error(HOW_TO_GET_CHROMIUM);
  process.exit(2);
}

const built = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '-c', 'bench/trend/vite.config.mjs'], { cwd: root, stdio: 'inherit' });
if (built.status !== 0) process.exit(1);

const dist = join(root, 'bench-dist/trend');
const types = { '.js': 'text/javascript', '.html': 'text/html', '.css': 'text/css' };
// the published files, made once: the same text for every library, served with no-store
const published = new Map([100, ...sizes].map((n) => [`/data-${n}.json`, Buffer.from(publishedJson(n))]));
const server = await listenLocal((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  if (published.has(path)) {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
    return res.end(published.get(path));
  }
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
for (let r = 0; r < runs; r++) for (const mode of modes) for (const n of sizes) for (const lib of libs) jobs.push({ lib, n, mode });
for (let i = jobs.length - 1; i > 0; i--) {
  const j = Math.floor(Math.random() * (i + 1));
  [jobs[i], jobs[j]] = [jobs[j], jobs[i]];
}
const results = new Map();
let done = 0;
for (const { lib, n, mode } of jobs) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 600 } });
  const page = await context.newPage();
  const result = await benchResult(page, `${origin}/page.html?lib=${lib}&n=${n}&mode=${mode}`);
  await context.close();
  if (result.error) throw new Error(`${mode} ${lib} ${n}: ${result.error}`);
  const key = `${mode}|${lib}|${n}`;
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
const values = (mode, lib, n, field) => (results.get(`${mode}|${lib}|${n}`) ?? []).map((r) => (typeof field === 'function' ? field(r) : r[field])).filter((v) => v !== undefined && !Number.isNaN(v));
const get = (mode, lib, n, field) => median(values(mode, lib, n, field));
const range = (mode, lib, n, field) => {
  const xs = values(mode, lib, n, field);
  return `${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)}`;
};
const cell = (mode, lib, n, field) => `${get(mode, lib, n, field).toFixed(0)} [${range(mode, lib, n, field)}]`;
const chart = (r) => (r.data === undefined ? undefined : r.render - r.data);
const x = (a, b) => `${(a / b).toFixed(2)}×`;
console.log(`\nChromium (${executablePath}${extraArgs.length ? ` ${extraArgs.join(' ')}` : ''}), 800×400 chart, ${runs} runs per cell, median ms [min–max]\n`);
console.log('From the same published JSON text, fetched by each (end to end: fetch, parse, arrays or rows checked, chart, to the painted frame):\n');
console.log('| points per series (×3) | dtm-trend | uPlot | Chart.js | dtm ÷ uPlot | dtm ÷ Chart.js | longest task, dtm | keyboard step, dtm | hover step, dtm |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const n of sizes) {
  const [d, u, c] = libs.map((lib) => get('json', lib, n, 'render'));
  console.log(
    `| ${n.toLocaleString('en')} | ${cell('json', 'dtm', n, 'render')} | ${cell('json', 'uplot', n, 'render')} | ${cell('json', 'chartjs', n, 'render')} | ${x(d, u)} | ${x(d, c)} | ${get('json', 'dtm', n, 'longest').toFixed(0)} | ${get('json', 'dtm', n, 'step').toFixed(1)} | ${get('json', 'dtm', n, 'hover').toFixed(1)} |`,
  );
}
// the median of each run's phase, not the difference of the medians
console.log('\nThe same runs in two phases: data = fetch + parse + the library\'s arrays (dtm-trend: to dtm-load, every value checked and accounted for); chart = the rest, to the painted frame:\n');
console.log('| points per series (×3) | data: dtm | uPlot | Chart.js | chart: dtm | uPlot | Chart.js | dtm chart ÷ uPlot chart |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const n of sizes) {
  const [dd, ud, cd] = libs.map((lib) => get('json', lib, n, 'data'));
  const [dc, uc, cc] = libs.map((lib) => get('json', lib, n, chart));
  console.log(`| ${n.toLocaleString('en')} | ${dd.toFixed(0)} | ${ud.toFixed(0)} | ${cd.toFixed(0)} | ${dc.toFixed(0)} | ${uc.toFixed(0)} | ${cc.toFixed(0)} | ${x(dc, uc)} |`);
}
console.log(`\nwarm-up chart (100 points, before the clock), median ms: ${libs.map((lib) => `${lib} ${get('json', lib, sizes[0], 'warm').toFixed(0)}`).join(', ')}`);
if (modes.includes('prepared')) {
  console.log('\nFor reference, the earlier table: the peers handed ready arrays (built outside the clock), dtm-trend the JSON text inline:\n');
  console.log('| points per series (×3) | dtm-trend render | uPlot render | Chart.js render | dtm ÷ uPlot | dtm chart phase | chart ÷ uPlot |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const n of sizes) {
    const [d, u, c] = libs.map((lib) => get('prepared', lib, n, 'render'));
    const dc = get('prepared', 'dtm', n, chart);
    console.log(`| ${n.toLocaleString('en')} | ${d.toFixed(0)} | ${u.toFixed(0)} | ${c.toFixed(0)} | ${x(d, u)} | ${dc.toFixed(0)} | ${x(dc, u)} |`);
  }
}
