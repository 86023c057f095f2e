#!/usr/bin/env node
// A CPU profile of the map bench page's timed window (from <dtm-map> creation to its first
// complete picture, console.profile in bench/map/runner.ts), unminified build: self and inclusive
// time by function, so that each lever of issue #15 is aimed, not guessed.
//   node scripts/profile-map.mjs [--areas 2000] [--out /tmp/map.cpuprofile]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { grid } from '../bench/map/grid.mjs';
import { benchResult, CHROMIUM_ARGS, chromiumPath, HOW_TO_GET_CHROMIUM, listenLocal } from './chromium.mjs';
import { summarize } from './profile-summary.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const arg = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);
const areas = Number(arg('--areas', '2000'));
const out = arg('--out', undefined);
const executablePath = chromiumPath();
if (!executablePath) {
  console.error(HOW_TO_GET_CHROMIUM);
  process.exit(2);
}
const built = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '-c', 'bench/map/vite.config.mjs'], { cwd: root, stdio: 'inherit', env: { ...process.env, BENCH_MINIFY: '0' } });
if (built.status !== 0) process.exit(1);
const dist = join(root, 'bench-dist/map');
const types = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.html': 'text/html', '.css': 'text/css' };
const server = await listenLocal((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  const m = /^\/grid-(\d+)\.geojson$/.exec(path);
  if (m) return res.writeHead(200, { 'Content-Type': 'application/json' }).end(grid(Number(m[1])));
  const file = normalize(join(dist, path));
  if (!file.startsWith(dist) || !existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' }).end(readFileSync(file));
});
const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, '--use-angle=swiftshader', '--enable-unsafe-swiftshader'] });
const page = await (await browser.newContext({ viewport: { width: 1000, height: 900 } })).newPage();
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
const profiled = new Promise((resolve) => cdp.on('Profiler.consoleProfileFinished', (e) => resolve(e.profile)));
page.on('pageerror', (e) => console.error('page:', e.message));
const result = await benchResult(page, `${server.origin}/page.html?areas=${areas}&profile`);
const profile = await profiled;
await browser.close();
server.close();
console.log(`${areas} areas: ${JSON.stringify(result)}`);
if (out) writeFileSync(out, JSON.stringify(profile));
// (program) is the browser's own work on the main thread: style, layout, paint, parsing
console.log(summarize(profile));
