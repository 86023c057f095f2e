/**
 * Vitest globalSetup of the browser project: publishes the DTM samples with `dtm-publish`
 * (in-process, against its mock API) into reports/publish-fixture/, which Vite's dev server
 * serves to the browser tests at /reports/publish-fixture/. Two runs, as on a schedule: a full
 * first fetch, then an incremental one after the API gained round 133 and revised one figure, so
 * that the widgets are shown the merged snapshot, not a copy of the samples.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/publish/main.js';
import { sampleRows, startMock } from '../../src/cli/publish/mock.js';

const OUT = fileURLToPath(new URL('../../reports/publish-fixture/', import.meta.url));
const KEY = 'browser-fixture-key';
/** When the second run retrieved its figures: the widgets' stale mark shows it. */
export const RETRIEVED_AT = new Date('2026-06-01T12:00:00Z');

type Row = Record<string, unknown> & { numPresentIdpInd: number; roundNumber: number; admin1Pcode?: string };

/** Round 133: national 1,092,913 (July 2024); governorates as round 132 but Ninewa 6,000 fewer (2024-07-31); Duhok's round 132 revised to 233,166. */
function round133(rows: Record<'admin0' | 'admin1', Row[]>): Record<'admin0' | 'admin1', Row[]> {
  const national = rows.admin0.find((r) => r.roundNumber === 132)!;
  const r132 = rows.admin1.filter((r) => r.roundNumber === 132);
  return {
    admin0: [...rows.admin0, { ...national, numPresentIdpInd: 1_092_913, monthReportingDate: 7, roundNumber: 133 }],
    admin1: [
      ...rows.admin1.map((r) => (r.roundNumber === 132 && r.admin1Pcode === 'IRQ-G09' ? { ...r, numPresentIdpInd: 233_166 } : r)),
      ...r132.map((r) => ({ ...r, reportingDate: '2024-07-31T00:00:00', monthReportingDate: 7, roundNumber: 133, numPresentIdpInd: r.admin1Pcode === 'IRQ-G15' ? r.numPresentIdpInd - 6000 : r.numPresentIdpInd })),
    ],
  };
}

export default async function setup(): Promise<void> {
  await rm(OUT, { recursive: true, force: true });
  const samples = await sampleRows();
  const mock = await startMock({ key: KEY, rows: samples });
  const dir = await mkdtemp(path.join(tmpdir(), 'dtm-publish-fixture-'));
  try {
    const config = path.join(dir, 'dtm-publish.json');
    await writeFile(
      config,
      JSON.stringify({
        api: { base: mock.url, keyEnv: 'DTM_API_KEY' },
        out: OUT,
        datasets: [
          { name: 'iraq-idps-national', level: 'admin0', query: { Admin0Pcode: 'IRQ' } },
          { name: 'iraq-idps-governorates', level: 'admin1', query: { Admin0Pcode: 'IRQ' } },
        ],
      }),
    );
    let errors = '';
    const publish = (now: Date): Promise<number> =>
      main(['--config', config, '--quiet'], { env: { DTM_API_KEY: KEY }, stdout: { write: () => true }, stderr: { write: (t: string) => (errors += t) }, now: () => now });
    if ((await publish(new Date('2026-05-01T12:00:00Z'))) !== 0) throw new Error(`dtm-publish (first run) failed: ${errors}`);
    const next = round133({ admin0: samples.admin0 as Row[], admin1: samples.admin1 as Row[] });
    mock.setRows('admin0', next.admin0);
    mock.setRows('admin1', next.admin1);
    if ((await publish(RETRIEVED_AT)) !== 0) throw new Error(`dtm-publish (second run) failed: ${errors}`);
  } finally {
    await mock.close();
    await rm(dir, { recursive: true, force: true });
  }
}
