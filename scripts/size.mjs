#!/usr/bin/env node
// Prints raw, gzip (level 9) and brotli (quality 11) sizes of what a page downloads for each CDN
// entry: the entry file plus every chunk it imports statically, transitively (Vite's manifest).
// Lazy chunks (dynamic imports) are listed on their own line. Run after `npm run build`.
//   --strict   exit 1 when an entry is over its budget
//   --readme   also write the table into README.md, between <!-- sizes:start --> and <!-- sizes:end -->
import { readFileSync, existsSync, writeFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const BUDGETS = { 'counter.js': 8 * 1024 }; // gzip bytes, from the issues
const LAZY_BUDGETS = { 'counter.js': 14 * 1024, 'trend.js': 20 * 1024, 'map.js': 30 * 1024 }; // with the data layer, everything included (map: 25 + 5 for the boundaries)
const cdn = new URL('../dist/cdn/', import.meta.url);
const manifestUrl = new URL('.vite/manifest.json', cdn);
if (!existsSync(manifestUrl)) {
  console.error('dist/cdn/.vite/manifest.json not found: run `npm run build` first.');
  process.exit(2);
}
const manifest = JSON.parse(readFileSync(manifestUrl, 'utf8'));

function closure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of manifest[key].imports ?? []) closure(dep, seen);
  return seen;
}

function sizes(files) {
  const buf = Buffer.concat(files.map((f) => readFileSync(new URL(f, cdn))));
  return {
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const rows = [];
let over = false;
for (const [key, chunk] of Object.entries(manifest)) {
  if (!chunk.isEntry) continue;
  const files = [...closure(key)].map((k) => manifest[k].file);
  const s = sizes(files);
  const budget = BUDGETS[chunk.file];
  const verdict = budget === undefined ? '' : s.gzip <= budget ? `within ${kib(budget)}` : `OVER ${kib(budget)}`;
  if (budget !== undefined && s.gzip > budget) over = true;
  rows.push([chunk.file, files.length, kib(s.raw), kib(s.gzip), kib(s.brotli), verdict]);
  // chunks imported with import() from anything in the static closure, fetched only when needed:
  // the data layer (widgets with src or inline data) and the WebGL map (maps near the viewport)
  const staticKeys = closure(key);
  const dynamic = [...new Set([...staticKeys].flatMap((k) => manifest[k].dynamicImports ?? []))];
  const groups = [
    // everything a first complete picture needs: the data layer, and for maps their geography
    { name: 'data layer', test: (k) => /data-view|map-geo/.test(k), budget: LAZY_BUDGETS[chunk.file] },
    { name: 'WebGL map, lazy (with its worker)', test: (k) => /webgl/.test(k) },
  ];
  for (const group of groups) {
    const lazy = new Set(dynamic.filter(group.test).flatMap((k) => [...closure(k)]));
    for (const k of staticKeys) lazy.delete(k);
    if (!lazy.size) continue;
    const lazyFiles = [...lazy].flatMap((k) => [manifest[k].file, ...(manifest[k].assets ?? [])]);
    // the data layer row counts the whole download; the WebGL row only what it adds
    const measured = group.budget !== undefined || group.name === 'data layer' ? sizes([...files, ...lazyFiles]) : sizes(lazyFiles);
    const verdict = group.budget === undefined ? (group.name === 'data layer' ? 'with data (src)' : 'after the SVG picture') : measured.gzip <= group.budget ? `within ${kib(group.budget)}` : `OVER ${kib(group.budget)}`;
    if (group.budget !== undefined && measured.gzip > group.budget) over = true;
    rows.push([group.name === 'data layer' ? `${chunk.file} + data layer` : `  + ${group.name}`, group.name === 'data layer' ? files.length + lazyFiles.length : lazyFiles.length, kib(measured.raw), kib(measured.gzip), kib(measured.brotli), verdict]);
  }
}
const iife = new URL('../dist/iife/dtm-widgets.js', import.meta.url);
if (existsSync(iife)) {
  const s = sizes([iife.href]);
  rows.push(['iife/dtm-widgets.js', 1, kib(s.raw), kib(s.gzip), kib(s.brotli), 'classic <script>']);
}
const head = ['entry (full download)', 'files', 'raw', 'gzip', 'brotli', 'budget'];
const table = [`| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
console.log(table);
if (process.argv.includes('--readme')) {
  const readmeUrl = new URL('../README.md', import.meta.url);
  const readme = readFileSync(readmeUrl, 'utf8');
  const block = `<!-- sizes:start -->\n${table}\n<!-- sizes:end -->`;
  writeFileSync(readmeUrl, readme.replace(/<!-- sizes:start -->[\s\S]*?<!-- sizes:end -->/, block));
  console.log('README.md updated.');
}
if (over) {
  console.log('\nAn entry is over its gzip budget (see the budget column).');
  if (process.argv.includes('--strict')) process.exitCode = 1;
}
