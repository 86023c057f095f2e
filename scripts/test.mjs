#!/usr/bin/env node
// `npm test`: installs what is missing, checks for a Chrome/Chromium, regenerates the custom
// elements manifest (Storybook's controls read it), runs every Vitest project (unit, browser,
// storybook) and prints the totals as one line: `N passed, N failed`.
// Extra arguments go to Vitest, e.g. `npm test -- --project unit`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ensureDeps } from './ensure-deps.mjs';
import { chromiumPath, HOW_TO_GET_CHROMIUM } from './chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
ensureDeps();

const args = process.argv.slice(2);
const onlyUnit = args.includes('--project') && args[args.indexOf('--project') + 1] === 'unit';
if (!onlyUnit && !chromiumPath()) {
  console.error(HOW_TO_GET_CHROMIUM);
  console.error('(`npm test -- --project unit` runs the node tests without a browser.)');
  process.exit(1);
}

const run = (cmd, argv, env = {}) =>
  spawnSync(process.execPath, [cmd, ...argv], { cwd: root, stdio: 'inherit', env: { ...process.env, TZ: 'UTC', ...env } }).status ?? 1;

if (run('node_modules/@custom-elements-manifest/analyzer/cem.js', ['analyze', '--quiet']) !== 0) process.exit(1);

mkdirSync(new URL('../reports', import.meta.url), { recursive: true });
const report = fileURLToPath(new URL('../reports/vitest.json', import.meta.url));
// a run that crashes writes no report: never print the totals of an earlier run
rmSync(report, { force: true });
const status = run('node_modules/vitest/vitest.mjs', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...args], {
  STORYBOOK_DISABLE_TELEMETRY: '1',
});

if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  const skipped = r.numPendingTests + (r.numTodoTests ?? 0);
  console.log(`\nvitest: ${r.numPassedTests} passed, ${r.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`);
  if (r.numTotalTests === 0) {
    console.error('No test ran.');
    process.exit(1);
  }
} else {
  console.log('\nvitest: 0 passed, 1 failed (no report written)');
}
process.exit(status);
