#!/usr/bin/env node
// A CPU profile of the bench page's timed window (dtm-trend reading its src), unminified build:
// prints self and inclusive time by function, so that each lever of issue #15 is aimed, not guessed.
//   node scripts/profile-trend.mjs [--n 10000] [--steps] [--out /tmp/trend.cpuprofile]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { publishedJson } from '../bench/trend/data.mjs';
import { benchResult, CHROMIUM_ARGS, chromiumPath, HOW_TO_GET_CHROMIUM, listenLocal } from './chromium.mjs';
import { summarize } from './profile-summary.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const arg = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);
const n = Number(arg('--n', '10000'));
const lib = arg('--lib', 'dtm');
const window = process.argv.includes('--steps') ? 'steps' : 'render';
const out = arg('--out', undefined);
const executablePath = chromiumPath();
if (!executablePath) {
  console.error(HOW_TO_GET_CHROMIUM);
  process.exit(2);
}
const built = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '-c', 'bench/trend/vite.config.mjs'], { cwd: root, stdio: 'inherit', env: { ...process.env, BENCH_MINIFY: '0' } });
if (built.status !== 0) process.exit(1);
const dist = join(root, 'bench-dist/trend');
const types = { '.js': 'text/javascript', '.html': 'text/html', '.css': 'text/css' };
const published = new Map([100, n].map((k) => [`/data-${k}.json`, Buffer.from(publishedJson(k))]));
const server = await listenLocal((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  if (published.has(path)) return res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }).end(published.get(path));
  const file = normalize(join(dist, path));
  if (!file.startsWith(dist) || !existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' }).end(readFileSync(file));
});
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
const page = await (await browser.newContext({ viewport: { width: 1000, height: 600 } })).newPage();
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
let profile;
await page.exposeFunction('__benchHook', async (what) => {
  if (what === (window === 'steps' ? 'start steps' : 'start')) await cdp.send('Profiler.start');
  if (what === (window === 'steps' ? 'stop steps' : 'stop')) profile = (await cdp.send('Profiler.stop')).profile;
});
const result = await benchResult(page, `${server.origin}/page.html?lib=${lib}&n=${n}&mode=json`);
await browser.close();
server.close();
console.log(`${lib}, 3 × ${n}, ${window}: ${JSON.stringify(result)}`);
if (out) writeFileSync(out, JSON.stringify(profile));
console.log(summarize(profile));
