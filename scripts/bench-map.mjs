#!/usr/bin/env node
// `npm run bench:map`: time from <dtm-map> creation to its first complete picture (SVG) and to
// MapLibre's first idle (rendering="webgl"), for 18 (built-in governorates), 120 and 2,000 areas
// (synthetic square grids over Iraq's extent), in headless Chromium with software WebGL2.
// A fresh page per run, shuffled; medians. Also prints the download before and after MapLibre.
//   node scripts/bench-map.mjs [--runs 5]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { grid } from '../bench/map/grid.mjs';
import { benchResult, CHROMIUM_ARGS, chromiumPath, HOW_TO_GET_CHROMIUM, listenLocal } from './chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.argv.includes('--runs') ? process.argv[process.argv.indexOf('--runs') + 1] : '5');
const sizes = [18, 120, 2000];
const executablePath = chromiumPath();
if (!executablePath) {
  console.error(HOW_TO_GET_CHROMIUM);
  process.exit(2);
}
if (spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '-c', 'bench/map/vite.config.mjs'], { cwd: root, stdio: 'inherit' }).status !== 0) process.exit(1);

const dist = join(root, 'bench-dist/map');
const types = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.html': 'text/html', '.css': 'text/css', '.geojson': 'application/json' };
const server = await listenLocal((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  const m = /^\/grid-(\d+)\.geojson$/.exec(path);
  if (m) {
    res.writeHead(200, { 'Content-Type': types['.geojson'] });
    return res.end(grid(Number(m[1])));
  }
  const file = normalize(join(dist, path));
  if (!file.startsWith(dist) || !existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
  res.end(readFileSync(file));
});
// EXTRA_ARGS: more Chromium flags (see bench-trend.mjs)
const extraArgs = (process.env.EXTRA_ARGS ?? '').split(/\s+/).filter(Boolean);
const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, '--use-angle=swiftshader', '--enable-unsafe-swiftshader', ...extraArgs] });
const jobs = [];
for (let r = 0; r < runs; r++) for (const n of sizes) jobs.push(n);
jobs.sort(() => Math.random() - 0.5);
const results = new Map(sizes.map((n) => [n, []]));
let done = 0;
for (const n of jobs) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  const r = await benchResult(page, `${server.origin}/page.html?areas=${n}`);
  await context.close();
  if (r.error) throw new Error(`${n}: ${r.error}`);
  results.get(n).push(r);
  process.stderr.write(`\r${++done}/${jobs.length} runs`);
}
process.stderr.write('\n');
server.close();

// Download weight: the CDN build a partner embeds (dist/cdn/map.js), in a plain page with the
// built-in governorates and inline data; every file fetched before the first picture, and after
// it (MapLibre and its worker), gzip-9 as a server would send them.
if (spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' }).status !== 0) process.exit(1);
const rows18 = Array.from({ length: 18 }, (_, i) => ({ date: '2024-04-30', region: `IQG${String(i + 1).padStart(2, '0')}`, value: ((i + 1) * 7919) % 250_000 }));
const weightPage = `<!doctype html><html lang="en"><meta charset="utf-8"><title>map weight</title><body><div style="width: 800px"><dtm-map><script type="application/json">${JSON.stringify(rows18)}</script></dtm-map></div><script type="module" src="/dist/cdn/map.js"></script></body></html>`;
const cdnRoot = join(root, 'dist/cdn');
const cdn = await listenLocal((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  if (path === '/weight.html') return res.writeHead(200, { 'Content-Type': 'text/html' }).end(weightPage);
  const file = normalize(join(root, path));
  if (!file.startsWith(cdnRoot) || !existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
  res.end(readFileSync(file));
});
const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
const page = await context.newPage();
// the moment the picture is complete, on the page's clock (epoch ms), to split the requests
await page.addInitScript(() => {
  new MutationObserver(() => {
    if (!window.__readyAt && document.querySelector('dtm-map')?.getAttribute('state') === 'ready') window.__readyAt = performance.timeOrigin + performance.now();
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['state'] });
});
const requests = [];
page.on('requestfinished', (r) => requests.push(r));
await page.goto(`${cdn.origin}/weight.html`);
await page.waitForFunction(() => document.querySelector('dtm-map')?.getAttribute('rendering') === 'webgl', null, { timeout: 120_000 });
const readyAt = await page.evaluate(() => window.__readyAt);
const fetched = requests.map((r) => [new URL(r.url()).pathname, r.timing().startTime < readyAt ? 'before' : 'after']);
await context.close();
cdn.close();
await browser.close();
const weigh = (which) => {
  const files = fetched.filter(([path, p]) => p === which && path.startsWith('/dist/cdn/')).map(([path]) => path);
  const gzip = files.reduce((sum, path) => sum + gzipSync(readFileSync(join(root, path)), { level: 9 }).length, 0);
  return { files: files.length, kib: (gzip / 1024).toFixed(1) };
};
const before = weigh('before');
const after = weigh('after');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`\nChromium, software WebGL2 (SwiftShader), 800 px wide, ${runs} runs per size, median ms [min–max]\n`);
console.log('| areas | first complete picture (SVG) | MapLibre first idle | idle ÷ picture (medians) | median of each run\'s idle ÷ picture |');
console.log('| ---: | ---: | ---: | ---: | ---: |');
for (const n of sizes) {
  const ps = results.get(n).map((r) => r.picture);
  const is = results.get(n).map((r) => r.idle);
  const [p, i] = [median(ps), median(is)];
  // the ratio of each run (same page, same moment), then its median: steadier than a ratio of medians
  const per = median(results.get(n).map((r) => r.idle / r.picture));
  const span = (xs) => `[${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)}]`;
  console.log(`| ${n.toLocaleString('en')} | ${p.toFixed(0)} ${span(ps)} | ${i.toFixed(0)} ${span(is)} | ${(i / p).toFixed(1)}× | ${per.toFixed(1)}× |`);
}
console.log(`\nDownload (dist/cdn/map.js in a plain page, gzip-9): before the first picture ${before.kib} KiB in ${before.files} files; after it, MapLibre GL and its worker ${after.kib} KiB in ${after.files} files.`);
