/** `dtm-publish mock`: the mock API (mock.ts) on a port until Ctrl-C. */
import path from 'node:path';
import { configError, EXIT } from './errors.js';
import { FAULTS, sampleRows, startMock, type Fault } from './mock.js';
import type { Args } from './config.js';
import type { Io } from './main.js';

function fault(raw: string, where: string): Fault {
  if (!(FAULTS as readonly string[]).includes(raw)) throw configError(`${where}: unknown fault "${raw}" (expected one of ${FAULTS.join(', ')})`);
  return raw as Fault;
}

export async function serveMock(values: Args['values'], io: Io): Promise<number> {
  const rawPort = typeof values.port === 'string' ? values.port.trim() : '8787';
  if (!/^\d{1,5}$/.test(rawPort) || Number(rawPort) > 65_535) throw configError(`--port: expected a port number, got "${rawPort}"`);
  const faults = Array.isArray(values.fault) ? values.fault.map((f) => fault(f, '--fault')) : [];
  const always = typeof values['fault-always'] === 'string' ? fault(values['fault-always'], '--fault-always') : undefined;
  const key = typeof values.key === 'string' && values.key ? values.key : undefined;
  const samples = typeof values.samples === 'string' ? path.resolve(io.cwd ?? process.cwd(), values.samples) : undefined;
  const mock = await startMock({
    rows: await sampleRows(samples),
    ...(key && { key }),
    faults,
    ...(always && { always }),
    port: Number(rawPort),
    host: typeof values.host === 'string' ? values.host : '127.0.0.1',
  });
  io.stdout.write(
    `DTM API mock on ${mock.url} (admin0: the Iraq national series, admin1: the governorates; ${key ? 'expects the key given by --key' : 'any non-empty key'})\n` +
      `Try: DTM_API_KEY=anything dtm-publish --config dtm-publish.json --api-base ${mock.url}\nCtrl-C stops it.\n`,
  );
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await mock.close();
  return EXIT.ok;
}
