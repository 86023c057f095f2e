#!/usr/bin/env node
// `npm run bench:data`: parses and aggregates 10k, 100k and 1M DTM-shaped rows (admin-2 records
// as the DTM API returns them, as JSON text) and prints time and memory. Target (issue #15): 100k
// rows in at most 80 ms for our layer (JSON.parse, the engine's own work, is timed on its own: for
// 100k verbose DTM records it is 33 MB of text). Then the trend bench's table (one row per hour,
// `date`, `a`, `b`, `c`, each field a series: bench/trend/data.mjs) read as <dtm-trend> reads it.
// Loads the TypeScript sources through Vite.
//   node --expose-gc scripts/bench-data.mjs [--runs 5] [--sizes 10000,100000,1000000] [--tables dtm,hourly]
import { createServer } from 'vite';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const runs = Number(arg('--runs', '5'));
const sizes = arg('--sizes', '10000,100000,1000000').split(',').map(Number);
const tables = arg('--tables', 'dtm,hourly').split(',');

const vite = await createServer({ server: { middlewareMode: true, hmr: false }, appType: 'custom', logLevel: 'error', optimizeDeps: { noDiscovery: true, include: [] } });
const { tableFromJson } = await vite.ssrLoadModule('/src/data/table.ts');
const { buildObservations, observe } = await vite.ssrLoadModule('/src/data/pipeline.ts');
const { publishedJson } = await import('../bench/trend/data.mjs');
const { selectFigure } = await vite.ssrLoadModule('/src/data/select.ts');

/** n admin-2 records: 100 districts of the 18 governorates, one reporting date per 100 rows. */
function dtmText(n) {
  const result = [];
  for (let i = 0; i < n; i++) {
    const gov = (i % 18) + 1;
    const district = (Math.floor(i / 18) % 6) + 1;
    const round = Math.floor(i / 100);
    const year = 2014 + Math.floor(round / 12) % 11;
    const month = (round % 12) + 1;
    const g = String(gov).padStart(2, '0');
    result.push({
      id: i + 1,
      operation: 'Iraq conflict',
      admin0Name: 'Iraq',
      admin0Pcode: 'IRQ',
      admin1Name: `Governorate ${g}`,
      admin1Pcode: `IRQ-G${g}`,
      admin2Name: `District ${g}-${district}`,
      admin2Pcode: `IRQ-G${g}Q0${district}`,
      numPresentIdpInd: (i * 7919) % 250000,
      reportingDate: `${year}-${String(month).padStart(2, '0')}-28T00:00:00`,
      yearReportingDate: year,
      monthReportingDate: month,
      roundNumber: round + 1,
      assessmentType: 'BA',
    });
  }
  return JSON.stringify({ result, statusCode: 200, isSuccess: true, errorMessages: [], totalRecordsCount: n });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const range = (xs) => `${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)}`;
const mb = (b) => `${(b / 1048576).toFixed(1)} MB`;
const ms = (xs) => `${median(xs).toFixed(1)} ms`;
console.log(`node ${process.version}, ${runs} runs per size, median shown [min–max of our layer]${global.gc ? '' : ' (run with --expose-gc for steadier memory figures)'}\n`);

/**
 * Times `runs` passes over `text`: JSON.parse, then our layer (`read` the parsed value, then
 * `select` on the result), each pass after a full collection. Returns the timings and the last report.
 */
function timeRuns(text, read, select) {
  const t = { json: [], shape: [], build: [], select: [], ours: [], total: [] };
  let heap = 0;
  let report;
  for (let r = 0; r < runs; r++) {
    global.gc?.();
    const base = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    const value = JSON.parse(text);
    const tj = performance.now();
    const table = tableFromJson(value);
    const t1 = performance.now();
    const result = read(table.table);
    const t2 = performance.now();
    select(result);
    const t3 = performance.now();
    heap = Math.max(heap, process.memoryUsage().heapUsed - base);
    t.json.push(tj - t0);
    t.shape.push(t1 - tj);
    t.build.push(t2 - t1);
    t.select.push(t3 - t2);
    t.ours.push(t3 - tj);
    t.total.push(t3 - t0);
    report = result.report;
  }
  return { t, heap, report };
}

if (tables.includes('dtm')) {
  console.log('DTM API records (admin 2), one figure per area and date:\n');
  console.log('| rows | JSON text | JSON.parse (engine) | shape detection | rows -> observations | select latest | our layer (shape + rows + select) | total | heap used after |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const n of sizes) {
    const text = dtmText(n);
    const { t, heap, report } = timeRuns(text, (table) => buildObservations(table), (result) => selectFigure(result.observations, { previous: true }));
    if (report.used + report.merged + report.rejected !== n) throw new Error('accounting does not add up');
    console.log(
      `| ${n.toLocaleString('en')} | ${mb(text.length)} | ${ms(t.json)} | ${ms(t.shape)} | ${ms(t.build)} | ${ms(t.select)} | **${ms(t.ours)}** [${range(t.ours)}] | ${ms(t.total)} | +${mb(heap)} |`,
    );
  }
}

if (tables.includes('hourly')) {
  console.log('\nThe trend bench\'s table (one row per hour: date, a, b, c), each field a series, as <dtm-trend> reads it:\n');
  console.log('| rows (values) | JSON text | JSON.parse (engine) | shape detection | rows -> observations | our layer (shape + rows) | total | heap used after |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const n of sizes) {
    const text = publishedJson(n);
    const { t, heap, report } = timeRuns(text, (table) => observe(table, { valueField: 'a, b, c' }, true), () => {});
    if (report.used + report.merged + report.rejected !== 3 * n) throw new Error('accounting does not add up');
    console.log(
      `| ${n.toLocaleString('en')} (${(3 * n).toLocaleString('en')}) | ${mb(text.length)} | ${ms(t.json)} | ${ms(t.shape)} | ${ms(t.build)} | **${ms(t.ours)}** [${range(t.ours)}] | ${ms(t.total)} | +${mb(heap)} |`,
    );
  }
}
await vite.close();
