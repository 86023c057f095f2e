import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildObservations } from '../../../src/data/pipeline.js';
import { tableFromText } from '../../../src/data/table.js';
import { age, folder, KEY, place, readJson, type Place } from './helpers.js';

let p: Place;
afterEach(async () => p?.cleanup());

const observe = (text: string) => {
  const table = tableFromText(text);
  if (!table.ok) throw new Error(table.error.detail);
  const result = buildObservations(table.table, { today: '2026-06-01' });
  if (!result.ok) throw new Error(result.detail);
  return result;
};

describe('dtm-publish: a first run against the mock', () => {
  it('writes each snapshot, its CSV and the manifest; the widgets read them as the API rows', async () => {
    p = await place();
    const r = await p.run();
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(Object.keys(await folder(p.out))).toEqual(['changes.md', 'iraq-idps-governorates.csv', 'iraq-idps-governorates.json', 'iraq-idps-national.csv', 'iraq-idps-national.json', 'manifest.json']);

    const national = await readFile(path.join(p.out, 'iraq-idps-national.json'), 'utf8');
    const snapshot = JSON.parse(national) as { isSuccess: boolean; result: unknown[]; totalRecordsCount: number; meta: Record<string, unknown> };
    expect(snapshot).toMatchObject({ isSuccess: true, totalRecordsCount: 80 });
    expect(snapshot.meta).toEqual({
      source: 'International Organization for Migration (IOM), Displacement Tracking Matrix (DTM)',
      terms: "DTM data: non-commercial use only, with the credit above; public republication needs IOM's permission.",
      endpoint: `${p.mock.url}/displacement/admin0`,
      level: 'admin0',
      query: { Admin0Pcode: 'IRQ' },
      retrievedAt: '2026-06-01T12:00:00Z',
      latestReportingDate: '2024-04',
      latestRound: 132,
      rows: 80,
      tool: 'dtm-publish 0.0.0-test',
    });
    // rows as the API gave them
    const sample = JSON.parse(await readFile('data/samples/iraq-idps-national.dtm.json', 'utf8')) as { result: unknown[] };
    expect(snapshot.result).toEqual(sample.result);
    const read = observe(national);
    expect(read.report).toMatchObject({ total: 80, used: 80, rejected: 0 });

    // the CSV: a header row, HDX's hashtags, the same rows; the widgets read the same figures from it
    const csv = await readFile(path.join(p.out, 'iraq-idps-governorates.csv'), 'utf8');
    expect(csv.split('\r\n').slice(0, 2)).toEqual([
      'operation,admin0Name,admin0Pcode,admin1Name,admin1Pcode,numPresentIdpInd,reportingDate,yearReportingDate,monthReportingDate,roundNumber,assessmentType',
      '#operation+name,#country+name,#country+code,#adm1+name,#adm1+code,#affected+idps,#date+reported,#date+year+reported,#date+month+reported,#round+code,#assessment+type',
    ]);
    const fromJson = observe(await readFile(path.join(p.out, 'iraq-idps-governorates.json'), 'utf8'));
    const fromCsv = observe(csv);
    expect(fromCsv.report).toMatchObject({ total: 215, used: 215, rejected: 0 });
    expect(fromCsv.observations).toEqual(fromJson.observations);

    // the manifest: every file with its hash, size, latest date and round
    const manifest = (await readJson(path.join(p.out, 'manifest.json'))) as { files: { path: string; sha256: string; bytes: number; latestReportingDate: string; latestRound: number }[] };
    expect(manifest.files.map((f) => f.path)).toEqual(['iraq-idps-national.json', 'iraq-idps-national.csv', 'iraq-idps-governorates.json', 'iraq-idps-governorates.csv']);
    for (const f of manifest.files) {
      const bytes = await readFile(path.join(p.out, f.path));
      expect(f.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(f.bytes).toBe(bytes.length);
    }
    expect(manifest.files[2]).toMatchObject({ latestReportingDate: '2024-04-30', latestRound: 132 });

    expect(r.stdout).toContain('iraq-idps-national: changed\n  first snapshot: 80 rows, latest 2024-04 (round 132), total 1,098,913\n');
    expect(p.mock.requests.map((q) => [q.path, q.query, q.keyMatched])).toEqual([
      ['/v3/displacement/admin0', { Admin0Pcode: 'IRQ' }, true],
      ['/v3/displacement/admin1', { Admin0Pcode: 'IRQ' }, true],
    ]);
  });
});

describe('dtm-publish: a rerun against unchanged data', () => {
  it('rewrites nothing (same bytes, same modification time) and says "unchanged"', async () => {
    p = await place();
    expect((await p.run()).code).toBe(0);
    await age(p.out);
    const before = await folder(p.out);
    const r = await p.run([`--config`, p.config], { now: new Date('2026-06-02T12:00:00Z') });
    expect(r.code).toBe(0);
    expect(await folder(p.out)).toEqual(before);
    expect(r.stdout).toContain('iraq-idps-national: unchanged (80 rows, latest 2024-04, round 132)\n');
    expect(r.stdout).toContain('iraq-idps-governorates: unchanged (215 rows, latest 2024-04-30, round 132)\n');
    expect(r.stdout).toContain(`unchanged: nothing written in ${p.out}\n`);
  });

  it('--dry-run fetches and reports but writes nothing, not even the first time', async () => {
    p = await place();
    const r = await p.run(['--config', p.config, '--dry-run']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('dry run: 2 changed, 0 unchanged; would write iraq-idps-national.json');
    expect(await folder(p.out)).toEqual({});
  });

  it('--quiet prints nothing on success; --out and --api-base override the config', async () => {
    p = await place({ api: { base: 'https://dtmapi.iom.int/v3' } });
    const r = await p.run(['--config', p.config, '--quiet', '--out', 'elsewhere', '--api-base', p.mock.url]);
    expect(r).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(Object.keys(await folder(path.join(p.dir, 'elsewhere')))).toContain('manifest.json');
    expect(await folder(p.out)).toEqual({});
  });
});

describe('dtm-publish: the key', () => {
  it('missing: exits 1 before any request, naming the variable', async () => {
    p = await place({ api: { base: 'http://127.0.0.1:9/v3', keyEnv: 'IOM_DTM_KEY' } });
    const r = await p.run(undefined, { env: { DTM_API_KEY: KEY } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('set the environment variable IOM_DTM_KEY');
    expect(r.stdout).toBe('');
    expect(p.mock.requests).toHaveLength(0);
    expect(await folder(p.out)).toEqual({});
  });

  it('goes in the Ocp-Apim-Subscription-Key header only: never in a URL, a file or a line printed', async () => {
    p = await place();
    const seen: string[] = [];
    const spy: typeof fetch = (input, init) => {
      seen.push(String(input));
      return fetch(input, init);
    };
    const outputs: string[] = [];
    const first = await p.run(undefined, { fetch: spy });
    outputs.push(first.stdout, first.stderr);
    // every failure mode, the 401 among them (its body echoes the key header)
    for (const fault of ['401', 'html', 'truncated', 'unsuccessful', 'miscount', '500', '429'] as const) {
      p.mock.setAlways(fault);
      const r = await p.run(['--config', p.config, '--full'], { fetch: spy });
      expect(r.code).not.toBe(0);
      outputs.push(r.stdout, r.stderr);
    }
    p.mock.setAlways(undefined);
    expect(p.mock.requests.every((q) => q.keyMatched)).toBe(true);
    expect(seen.length).toBeGreaterThan(10);
    expect(seen.filter((u) => u.includes(KEY))).toEqual([]);
    expect(outputs.filter((o) => o.includes(KEY))).toEqual([]);
    for (const f of Object.values(await folder(p.out))) expect(Buffer.from(f.bytes, 'base64').toString('utf8')).not.toContain(KEY);
    // and the test can fail: the mock's 401 really does echo the key
    p.mock.setAlways('401');
    const echo = await (await fetch(`${p.mock.url}/displacement/admin0?Admin0Pcode=IRQ`, { headers: { 'Ocp-Apim-Subscription-Key': KEY } })).text();
    expect(echo).toContain(KEY);
  });

  it('is hidden from every line printed, even text that is not ours to write', async () => {
    p = await place();
    // a (wrong) key that happens to be in the URL's query, as the P-code: refused, and hidden
    const r = await p.run(undefined, { env: { DTM_API_KEY: 'IRQ' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('dtm-publish: iraq-idps-national: the API refused the key (HTTP 401): check the secret in DTM_API_KEY; not retried\n');
    expect(r.stdout).toBe(`iraq-idps-national: GET ${p.mock.url}/displacement/admin0?Admin0Pcode=[key hidden]\n`);
  });
});
