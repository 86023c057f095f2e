#!/usr/bin/env node
// Takes docs/embed-builder.png, the README's picture of the embed builder, from dist/embed/ (run
// `npm run build` first) in headless Chromium: a counter from a sample, previewed at 320 px.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath, HOW_TO_GET_CHROMIUM, listenLocal } from './chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const executablePath = chromiumPath();
if (!executablePath) {
  console.error(HOW_TO_GET_CHROMIUM);
  process.exit(2);
}
if (!existsSync(join(root, 'dist/embed/index.html'))) {
  console.error('dist/embed/ not found: run `npm run build` first.');
  process.exit(2);
}
const types = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.html': 'text/html', '.json': 'application/json', '.css': 'text/css', '.csv': 'text/csv' };
const server = await listenLocal((req, res) => {
  const file = normalize(join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
  if (!file.startsWith(join(root, 'dist')) || !existsSync(file) || !extname(file)) return void res.writeHead(404).end();
  res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const hash = new URLSearchParams({
  w: 'counter',
  src: `https://cdn.jsdelivr.net/npm/dtm-widgets@${version}/dist/embed/samples/iraq-idps-national.dtm.json`,
  label: 'IDPs in Iraq',
  compare: 'previous',
  source: 'IOM DTM Iraq',
  'source-url': 'https://iraqdtm.iom.int/',
  preview: '320',
});
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1400, height: 1180 } });
await page.goto(`${server.origin}/dist/embed/index.html#${hash}`);
await page.waitForFunction(() => [...document.querySelectorAll('#preview dtm-counter')].every((c) => c.getAttribute('state') === 'ready'));
await page.waitForFunction(() => document.querySelector('.report'));
await page.waitForTimeout(1500); // the count-ups end
mkdirSync(join(root, 'docs'), { recursive: true });
await page.screenshot({ path: join(root, 'docs/embed-builder.png') });
await browser.close();
server.close();
console.log('docs/embed-builder.png written');
