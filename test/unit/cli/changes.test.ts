import { readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleRows } from '../../../src/cli/publish/mock.js';
import { age, folder, place, readJson, type Place } from './helpers.js';

let p: Place;
afterEach(async () => p?.cleanup());

type Row = Record<string, unknown> & { admin1Pcode: string; numPresentIdpInd: number; roundNumber: number; reportingDate: string };

/** The governorates of the samples, plus round 133 (round 132's figures, 2024-07-31, Ninewa 6,000 fewer), with one figure of round 132 revised. */
async function newRoundAndRevision(): Promise<{ rows: Row[]; latestBefore: number; latestAfter: number }> {
  const rows = (await sampleRows()).admin1 as Row[];
  const r132 = rows.filter((r) => r.roundNumber === 132);
  const r133 = r132.map((r) => ({ ...r, reportingDate: '2024-07-31T00:00:00', monthReportingDate: 7, roundNumber: 133, numPresentIdpInd: r.admin1Pcode === 'IRQ-G15' ? r.numPresentIdpInd - 6000 : r.numPresentIdpInd }));
  const revised = rows.map((r) => (r.roundNumber === 132 && r.admin1Pcode === 'IRQ-G09' ? { ...r, numPresentIdpInd: 233_166 } : r));
  const sum = (list: Row[]): number => list.reduce((a, r) => a + r.numPresentIdpInd, 0);
  return { rows: [...revised, ...r133], latestBefore: sum(r132), latestAfter: sum(r133) };
}

describe('dtm-publish: changed data', () => {
  it('a new round plus one revised figure gives exactly that diff, on stdout and in changes.md', async () => {
    p = await place();
    expect((await p.run()).code).toBe(0);
    const { rows, latestBefore, latestAfter } = await newRoundAndRevision();
    expect(latestBefore).toBe(1_098_913);
    expect(latestAfter).toBe(1_092_913);
    p.mock.setRows('admin1', rows);
    const r = await p.run(undefined, { now: new Date('2026-09-01T06:00:00Z') });
    expect(r.code).toBe(0);
    const diff = [
      'iraq-idps-governorates: changed',
      '  new round 133 (2024-07-31)',
      '  revised IQG09 at 2024-04-30: 233,162 → 233,166 (+4)',
      '  latest total 1,098,913 (2024-04-30) → 1,092,913 (2024-07-31): −6,000',
    ].join('\n');
    expect(r.stdout).toContain(`iraq-idps-national: unchanged (80 rows, latest 2024-04, round 132)\n${diff}\n`);
    expect(r.stdout).toContain(`1 changed, 1 unchanged: wrote iraq-idps-governorates.json, iraq-idps-governorates.csv, changes.md, manifest.json in ${p.out}\n`);
    expect(await readFile(path.join(p.out, 'changes.md'), 'utf8')).toBe(
      [
        '# DTM snapshot changes',
        '',
        'Run of 2026-09-01T06:00:00Z (dtm-publish 0.0.0-test).',
        '',
        '## iraq-idps-governorates',
        '',
        '- new round 133 (2024-07-31)',
        '- revised IQG09 at 2024-04-30: 233,162 → 233,166 (+4)',
        '- latest total 1,098,913 (2024-04-30) → 1,092,913 (2024-07-31): −6,000',
        '',
      ].join('\n'),
    );
    const snapshot = (await readJson(path.join(p.out, 'iraq-idps-governorates.json'))) as { result: unknown[]; meta: Record<string, unknown> };
    expect(snapshot.meta).toMatchObject({ retrievedAt: '2026-09-01T06:00:00Z', latestReportingDate: '2024-07-31', latestRound: 133, rows: 233 });
    expect(snapshot.result).toHaveLength(233);
    // the national snapshot was not touched
    const manifest = (await readJson(path.join(p.out, 'manifest.json'))) as { generatedAt: string; files: { path: string; latestRound: number }[] };
    expect(manifest.generatedAt).toBe('2026-09-01T06:00:00Z');
    expect(manifest.files.map((f) => `${f.path} ${f.latestRound}`)).toEqual([
      'iraq-idps-national.json 132',
      'iraq-idps-national.csv 132',
      'iraq-idps-governorates.json 133',
      'iraq-idps-governorates.csv 133',
    ]);
  });

  it('later runs ask only from the latest date less the overlap and merge; --full refetches everything', async () => {
    p = await place({ overlapDays: 30 });
    expect((await p.run()).code).toBe(0);
    const rows = (await sampleRows()).admin1 as Row[];
    // a revision far back (2016) is outside the window: the incremental run does not see it
    const old = rows.map((r) => (r.roundNumber === 42 && r.admin1Pcode === 'IRQ-G01' ? { ...r, numPresentIdpInd: r.numPresentIdpInd + 12 } : r));
    p.mock.setRows('admin1', old);
    p.mock.requests.length = 0;
    const incremental = await p.run();
    expect(incremental.code).toBe(0);
    expect(p.mock.requests.map((q) => q.query)).toEqual([
      { Admin0Pcode: 'IRQ', FromReportingDate: '2024-03-02' },
      { Admin0Pcode: 'IRQ', FromReportingDate: '2024-03-31' },
    ]);
    expect(incremental.stdout).toContain('iraq-idps-governorates: unchanged (215 rows');
    // the window's answer held 18 rows; the snapshot still has all 215, merged
    expect(((await readJson(path.join(p.out, 'iraq-idps-governorates.json'))) as { result: unknown[] }).result).toHaveLength(215);

    p.mock.requests.length = 0;
    const full = await p.run(['--config', p.config, '--full']);
    expect(full.code).toBe(0);
    expect(p.mock.requests.map((q) => q.query)).toEqual([{ Admin0Pcode: 'IRQ' }, { Admin0Pcode: 'IRQ' }]);
    expect(full.stdout).toContain('iraq-idps-governorates: changed\n  revised IQG01 at 2016-03-01: 631,788 → 631,800 (+12)\n1 changed, 1 unchanged');
  });

  it('a different query for the same name is fetched in full, not merged into the old snapshot', async () => {
    p = await place();
    expect((await p.run()).code).toBe(0);
    const config = (await readJson(p.config)) as { datasets: { query: Record<string, string> }[] };
    config.datasets[1]!.query = { Admin0Pcode: 'IRQ', Admin1Pcode: 'IRQ-G15' };
    await import('node:fs/promises').then((fs) => fs.writeFile(p.config, JSON.stringify(config)));
    p.mock.requests.length = 0;
    const r = await p.run();
    expect(r.code).toBe(0);
    expect(p.mock.requests[1]!.query).toEqual({ Admin0Pcode: 'IRQ', Admin1Pcode: 'IRQ-G15' });
    const snapshot = (await readJson(path.join(p.out, 'iraq-idps-governorates.json'))) as { result: Row[] };
    expect(new Set(snapshot.result.map((x) => x.admin1Pcode))).toEqual(new Set(['IRQ-G15']));
    expect(Object.keys(await folder(p.out))).toHaveLength(6);
  });

  it('an empty answer for the recent window changes nothing and exits 3: it would withdraw every recent figure', async () => {
    p = await place();
    expect((await p.run()).code).toBe(0);
    await age(p.out);
    const before = await folder(p.out);
    p.mock.setRows('admin1', ((await sampleRows()).admin1 as Row[]).filter((r) => r.roundNumber < 120));
    const r = await p.run();
    expect(r.code).toBe(3);
    expect(r.stderr).toBe('dtm-publish: iraq-idps-governorates: the API has no rows from 2024-01-01, where the last snapshot has some; nothing was changed (run with --full to confirm)\n');
    expect(await folder(p.out)).toEqual(before);
  });

  it('a writing run removes the temporary files a killed run left, not those of a run still writing', async () => {
    p = await place();
    expect((await p.run()).code).toBe(0);
    const abandoned = path.join(p.out, '.iraq-idps-national.json.dtm-publish-4242-0badf00d.tmp');
    const fresh = path.join(p.out, '.iraq-idps-national.csv.dtm-publish-4343-0badf00d.tmp');
    await writeFile(abandoned, 'half');
    await writeFile(fresh, 'half');
    await utimes(abandoned, new Date('2020-01-01'), new Date('2020-01-01'));
    p.mock.setRows('admin0', ((await sampleRows()).admin0 as Row[]).slice(0, 79));
    expect((await p.run(['--config', p.config, '--full'])).code).toBe(0);
    expect((await readdir(p.out)).filter((n) => n.startsWith('.'))).toEqual(['.iraq-idps-national.csv.dtm-publish-4343-0badf00d.tmp']);
  });
});
