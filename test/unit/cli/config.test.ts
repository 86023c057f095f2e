import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DATASETS, folder, place, type Place } from './helpers.js';

let p: Place;
afterEach(async () => p?.cleanup());

/** Runs with `config` as the whole config file; every case must exit 1 without a request. */
async function refused(config: unknown): Promise<string> {
  await writeFile(p.config, typeof config === 'string' ? config : JSON.stringify(config));
  const r = await p.run();
  expect(r.code).toBe(1);
  expect(p.mock.requests).toHaveLength(0);
  expect(await folder(p.out)).toEqual({});
  return r.stderr;
}

describe('dtm-publish: configuration errors name the bad field and exit 1 before any request', () => {
  it.each([
    [{ out: 'o', datasets: [{ ...DATASETS[0], level: 'admin3' }] }, 'datasets[0].level: expected one of admin0, admin1, admin2'],
    [{ out: 'o', datasets: [DATASETS[0], { ...DATASETS[1], query: { Admin1Pcode: 'IRQ-G01' } }] }, 'datasets[1].query: needs at least one of Operation, CountryName, Admin0Pcode'],
    [{ out: 'o', datasets: [{ ...DATASETS[0], query: { Admin0Pcode: 'IRQ', FromReportingDate: '2024-02-30' } }] }, 'datasets[0].query.FromReportingDate: expected a date YYYY-MM-DD'],
    [{ out: 'o', datasets: [{ ...DATASETS[0], query: { Admin0Pcode: 'IRQ', Round: 3 } }] }, 'datasets[0].query.Round: unknown query parameter'],
    [{ out: 'o', datasets: [{ ...DATASETS[0], query: { Admin0Pcode: 'IRQ', FromRoundNumber: 1.5 } }] }, 'datasets[0].query.FromRoundNumber: expected a whole number'],
    [{ out: 'o', datasets: [{ ...DATASETS[0], query: { Admin0Pcode: 'IRQ', FromReportingDate: '2024-05-01', ToReportingDate: '2024-04-30' } }] }, 'datasets[0].query.FromReportingDate: after ToReportingDate'],
    [{ out: 'o', datasets: [{ ...DATASETS[0], query: { Admin0Pcode: 'IRQ', FromRoundNumber: 10, ToRoundNumber: 9 } }] }, 'datasets[0].query.FromRoundNumber: greater than ToRoundNumber'],
    [{ out: 'o', datasets: [{ ...DATASETS[0], name: '../escape' }] }, 'datasets[0].name: "../escape" cannot be a file name here'],
    [{ out: 'o', datasets: [{ ...DATASETS[0], name: 'manifest' }] }, 'datasets[0].name: "manifest" cannot be a file name here'],
    [{ out: 'o', datasets: [DATASETS[0], { ...DATASETS[1], name: DATASETS[0]!.name }] }, 'datasets[1].name: "iraq-idps-national" is used twice'],
    [{ out: 'o', datasets: [] }, 'datasets: expected a non-empty list'],
    [{ datasets: DATASETS }, 'out: expected a non-empty string'],
    [{ out: 'o', overlapDay: 30, datasets: DATASETS }, 'overlapDay: unknown field'],
    [{ out: 'o', overlapDays: -1, datasets: DATASETS }, 'overlapDays: expected a whole number from 0 to 3650'],
    [{ api: { base: 'http://dtmapi.iom.int/v3' }, out: 'o', datasets: DATASETS }, 'api.base: must be an https URL (http only for 127.0.0.1 or localhost)'],
    [{ api: { base: 'https://dtmapi.iom.int/v3?key=1' }, out: 'o', datasets: DATASETS }, 'api.base: no credentials, query or fragment'],
    [{ api: { keyEnv: 'DTM API KEY' }, out: 'o', datasets: DATASETS }, 'api.keyEnv: expected the name of an environment variable'],
    [{ api: { key: 'secret' }, out: 'o', datasets: DATASETS }, 'api.key: unknown field (expected one of base, keyEnv, timeoutSeconds, retries)'],
    [{ out: 'o', strict: 'yes', datasets: DATASETS }, 'strict: expected true or false'],
    ['{"out": "o", ', 'is not valid JSON'],
    [[], 'the config must be a JSON object'],
  ])('%j', async (config, message) => {
    p = await place();
    expect(await refused(config)).toContain(message);
  });

  it('without --config, or with a config that is not there, says so', async () => {
    p = await place();
    const none = await p.run([]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('--config FILE is required');
    const missing = await p.run(['--config', 'nowhere.json']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('cannot read the config nowhere.json: ENOENT');
    const flag = await p.run(['--config', p.config, '--frobnicate']);
    expect(flag.code).toBe(1);
    expect(flag.stderr).toContain("Unknown option '--frobnicate'");
    const base = await p.run(['--config', p.config, '--api-base', 'ftp://example.org/v3']);
    expect(base.code).toBe(1);
    expect(base.stderr).toContain('--api-base: must be an https URL');
    expect(p.mock.requests).toHaveLength(0);
  });

  it('the out folder is read relative to the config file, --out relative to the working directory', async () => {
    p = await place();
    const r = await p.run(['--config', path.relative(process.cwd(), p.config)]);
    expect(r.code).toBe(0);
    expect(Object.keys(await folder(p.out))).toContain('manifest.json');
  });

  it('--help and --version print and exit 0', async () => {
    p = await place();
    const help = await p.run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Exit codes: 0 done, 1 configuration or key missing, 2 API or network failure, 3 data check failed.');
    expect(help.stdout).toContain("public republication needs IOM's permission");
    expect((await p.run(['--version'])).stdout).toBe('dtm-publish 0.0.0-test\n');
  });
});
