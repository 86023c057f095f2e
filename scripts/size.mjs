#!/usr/bin/env node
// What a page downloads for each widget, measured as issue #15 does: every JavaScript file the
// page fetches, gzipped on its own at level 9 (as a server sends it) and summed. Files come from
// Vite's manifests: the entry, every chunk it imports statically, and for a page that shows data
// the lazy chunks it then fetches (the data layer; for a map its geography). Each widget's file
// is a build of its own (vite.config.ts, widgetFiles) with its own manifest
// (dist/cdn/.vite/manifest-counter.json, …); dtm-widgets.js and map-webgl.js are in manifest.json.
// Run after `npm run build`.
//   (default)  the table, and the largest source modules of each budgeted page (gzip share)
//   --modules  every module of each page, not only the largest
//   --readme   also write the table into README.md, between <!-- sizes:start --> and <!-- sizes:end -->
// Exit 1 when a page is over its budget (CI fails), 2 when there is no build.
import { readFileSync, existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { gzipShares } from './size-modules.mjs';

const KiB = 1024;
const COUNTER = 'src/components/counter/counter.define.ts';
const TREND = 'src/components/trend/trend.define.ts';
const MAP = 'src/components/map/map.define.ts';
const ALL = 'src/define.ts';
const DATA = 'src/components/shared/data-view.ts';
const GEO = 'src/components/map/map-geo.ts';
/** d3-geo's spherical clip, fetched only for boundaries across the antimeridian or near a pole. */
const SPHERE = 'src/components/map/projection-sphere.ts';
const WEBGL = 'src/components/map/webgl.ts';
/** A language's chunks: the shared and data strings, the trend's and the map's (fetched only for those widgets). */
const LANG = (lang) => [`src/i18n/${lang}.ts`, `src/components/trend/messages.${lang}.ts`, `src/components/map/messages.${lang}.ts`];
/** The built-in boundaries are data, not code: measured on their own line (issue #15: "boundaries apart"). */
const isBoundaries = (key) => /(^|\/)_?boundaries[-.]|data\/boundaries\//.test(key);

/**
 * The pages of issue #15's table, then the others (gzip, summed per file). `target` is the issue's
 * figure; `budget` is the ceiling CI holds today: the floor reached after the weight work, plus
 * half a KiB, so that no page grows unnoticed while the targets are out of reach (README "Sizes"
 * says where the bytes go and what the targets would take). Lower a budget with every saving.
 * The counter and trend budgets rose by 0.7 KiB once, on purpose: English is written without Intl
 * (format/english.ts), which spares every English page ICU's start on the main thread.
 */
const PAGES = [
  { name: 'counter, static value', build: 'counter', keys: [COUNTER], target: 12 * KiB, budget: 16.4 * KiB },
  { name: 'counter reading src', build: 'counter', keys: [COUNTER, DATA], target: 24 * KiB, budget: 31.7 * KiB },
  { name: 'trend reading src', build: 'trend', keys: [TREND, DATA], target: 34 * KiB, budget: 44.2 * KiB },
  { name: 'map, first SVG picture with data (boundaries apart)', build: 'map', keys: [MAP, DATA, GEO], target: 46 * KiB, budget: 45.9 * KiB, drop: isBoundaries },
  { name: '↳ built-in boundaries (Iraq adm1), when used', build: 'map', keys: [MAP, DATA, GEO], only: isBoundaries },
  { name: '↳ d3-geo, only for boundaries across the antimeridian or near a pole', build: 'map', keys: [SPHERE], only: (key) => key === SPHERE },
  { name: '↳ WebGL map, lazy (MapLibre, its worker and CSS)', keys: [WEBGL], assets: true },
  { name: '↳ Arabic strings, when a widget speaks Arabic (all three widgets)', keys: LANG('ar') },
  { name: '↳ Sorani strings and month names, when a widget speaks Sorani (all three)', keys: LANG('ckb') },
  { name: 'trend, static (no data yet)', build: 'trend', keys: [TREND] },
  { name: 'map, static (no data yet)', build: 'map', keys: [MAP] },
  { name: 'dtm-widgets.js, all three elements', keys: [ALL] },
  { name: 'dtm-widgets.js reading src', keys: [ALL, DATA] },
];

const root = new URL('../', import.meta.url);
const cdn = new URL('dist/cdn/', root);
/** The manifest of dtm-widgets.js (`build` undefined) or of one widget's file. */
function manifestOf(build) {
  const name = `.vite/manifest${build ? `-${build}` : ''}.json`;
  const url = new URL(name, cdn);
  if (!existsSync(url)) {
    console.error(`dist/cdn/${name} not found: run \`npm run build\` first.`);
    process.exit(2);
  }
  return JSON.parse(readFileSync(url, 'utf8'));
}

function closure(manifest, key, seen = new Set()) {
  if (seen.has(key)) return seen;
  if (!manifest[key]) throw new Error(`${key} is not in the build's manifest: scripts/size.mjs names a source that moved`);
  seen.add(key);
  for (const dep of manifest[key].imports ?? []) closure(manifest, dep, seen);
  return seen;
}

/** The files a page downloads, each once. */
function filesOf(page) {
  const manifest = manifestOf(page.build);
  const keys = new Set();
  for (const k of page.keys) closure(manifest, k, keys);
  if (page.keys.some((k) => /\.(ar|ckb)\.ts$|i18n\/(ar|ckb)\.ts$/.test(k))) for (const k of [...keys]) if (!page.keys.includes(k)) keys.delete(k);
  const chosen = [...keys].filter((k) => (page.only ? page.only(k) : !page.drop?.(k)));
  // a widget's own file is one line that imports its code (vite.config.ts, widgetFiles: facade)
  const files = [...(page.build && !page.only ? [`${page.build}.js`] : []), ...chosen.map((k) => manifest[k].file)];
  if (page.assets) files.push(...chosen.flatMap((k) => manifest[k].assets ?? []));
  return [...new Set(files)];
}

const gzip = (buf) => gzipSync(buf, { level: 9 }).length;
const brotli = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Raw, gzip and brotli bytes, each file compressed on its own and summed: what the network carries. */
function sizes(paths) {
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const p of paths) {
    const buf = readFileSync(p);
    total.raw += buf.length;
    total.gzip += gzip(buf);
    total.brotli += brotli(buf);
  }
  return total;
}

/** The part of the library a module belongs to, for the summary above each page's module list. */
function areaOf(name) {
  if (/^(lit|lit-html|lit-element|@lit\/reactive-element)$/.test(name)) return 'Lit';
  if (/^(d3-|topojson)/.test(name)) return 'd3 and topojson-client';
  if (!name.startsWith('src/')) return name.startsWith('(') ? "bundler glue (each chunk's imports and exports)" : name;
  if (name.startsWith('src/data/')) return 'data layer (src/data: fetch, shapes, parsers, pipeline, P-codes)';
  if (/^src\/(i18n|controllers\/locale)/.test(name)) return 'English strings and locale (src/i18n)';
  const widget = /^src\/components\/(counter|trend|map|board|time)\//.exec(name);
  if (widget) return `the ${widget[1]} widget (src/components/${widget[1]})`;
  if (/^src\/(components\/shared|styles|controllers)\//.test(name)) return 'shared widget code (data host, states, download menu, styles, controllers)';
  return 'formatting and core helpers (src/format, src/core, src/internal)';
}

const kib = (n) => `${(n / KiB).toFixed(1)} KiB`;
const rows = [];
const over = [];
const measured = [];
for (const page of PAGES) {
  const files = filesOf(page);
  if (!files.length) continue;
  const s = sizes(files.map((f) => fileURLToPath(new URL(f, cdn))));
  let verdict = '';
  if (page.budget !== undefined) {
    verdict = s.gzip <= page.budget ? `≤ ${kib(page.budget)}: within` : `≤ ${kib(page.budget)}: **OVER**`;
    if (s.gzip > page.budget) over.push(page.name);
  }
  if (page.target !== undefined) {
    verdict += `; target ${kib(page.target)}: ${s.gzip <= page.target ? 'met' : 'not met'}`;
  }
  rows.push([page.name, files.length, kib(s.raw), kib(s.gzip), kib(s.brotli), verdict]);
  measured.push({ page, files });
}
const iife = new URL('dist/iife/dtm-widgets.js', root);
if (existsSync(iife)) {
  const s = sizes([fileURLToPath(iife)]);
  rows.push(['iife/dtm-widgets.js, classic `<script>`, everything', 1, kib(s.raw), kib(s.gzip), kib(s.brotli), '']);
}

const head = ['page (what it downloads)', 'JS files', 'raw', 'gzip', 'brotli', 'CI budget; issue #15 target (gzip)'];
const table = [`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i ? ' ---: ' : ' --- ')).join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
console.log(table);

// Where each budgeted page's bytes go: estimated gzip bytes per source module (dependencies by package).
const all = process.argv.includes('--modules');
for (const { page, files } of measured.filter((m) => m.page.budget !== undefined)) {
  const shares = new Map();
  for (const f of files) {
    for (const [name, g] of gzipShares(fileURLToPath(new URL(f, cdn)))) shares.set(name, (shares.get(name) ?? 0) + g);
  }
  const list = [...shares].sort((a, b) => b[1] - a[1]);
  const areas = new Map();
  for (const [name, g] of list) areas.set(areaOf(name), (areas.get(areaOf(name)) ?? 0) + g);
  console.log(`\n${page.name}: gzip by part (estimated)`);
  for (const [area, g] of [...areas].sort((a, b) => b[1] - a[1])) console.log(`  ${(g / KiB).toFixed(1).padStart(5)} KiB  ${area}`);
  const shown = all ? list : list.slice(0, 12);
  const rest = list.slice(shown.length).reduce((s, [, g]) => s + g, 0);
  console.log(`${page.name}: the largest modules`);
  for (const [name, g] of shown) console.log(`  ${(g / KiB).toFixed(2).padStart(6)} KiB  ${name}`);
  if (rest) console.log(`  ${(rest / KiB).toFixed(2).padStart(6)} KiB  ${list.length - shown.length} more modules (--modules lists them)`);
}

if (process.argv.includes('--readme')) {
  const readmeUrl = new URL('README.md', root);
  const readme = readFileSync(readmeUrl, 'utf8');
  if (!/<!-- sizes:start -->[\s\S]*?<!-- sizes:end -->/.test(readme)) {
    console.error('README.md has no <!-- sizes:start --> … <!-- sizes:end --> block.');
    process.exit(2);
  }
  writeFileSync(readmeUrl, readme.replace(/<!-- sizes:start -->[\s\S]*?<!-- sizes:end -->/, () => `<!-- sizes:start -->\n${table}\n<!-- sizes:end -->`));
  console.log('\nREADME.md updated.');
}
if (over.length) {
  console.error(`\nOver the CI budget (a page grew past today's floor): ${over.join('; ')}.`);
  process.exitCode = 1;
}
