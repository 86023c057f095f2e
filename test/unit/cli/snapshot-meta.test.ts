import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tableFromJson, tableFromText } from '../../../src/data/table.js';
import { place, type Place } from './helpers.js';

let p: Place;
afterEach(async () => p?.cleanup());

const metaOf = (meta: unknown) => {
  const t = tableFromJson({ isSuccess: true, result: [{ numPresentIdpInd: 1 }], meta });
  if (!t.ok) throw new Error(t.error.detail);
  return t.table.meta;
};

describe('the data layer reads a snapshot\'s meta', () => {
  it('a published snapshot gives the widgets its credit and when it was retrieved', async () => {
    p = await place();
    expect((await p.run()).code).toBe(0);
    const t = tableFromText(await readFile(path.join(p.out, 'iraq-idps-national.json'), 'utf8'));
    expect(t.ok && t.table.meta).toEqual({
      source: 'International Organization for Migration (IOM), Displacement Tracking Matrix (DTM)',
      retrievedAt: Date.UTC(2026, 5, 1, 12, 0, 0),
    });
  });

  it('keeps only what reads: a text credit (capped) and an ISO date-time with its zone', () => {
    expect(metaOf({ retrievedAt: '2026-06-01T15:00:00+03:00' })).toEqual({ retrievedAt: Date.UTC(2026, 5, 1, 12) });
    expect(metaOf({ retrievedAt: '2026-06-01T12:00:00.250Z', source: '  IOM DTM  ' })).toEqual({ source: 'IOM DTM', retrievedAt: Date.UTC(2026, 5, 1, 12) });
    expect(metaOf({ source: 'x'.repeat(500) })?.source).toHaveLength(200);
    for (const bad of ['2026-06-01', '2026-02-30T00:00:00Z', '2026-06-01T24:00:00Z', 'June 1, 2026', 1780315200000, '2026-06-01T12:00:00']) {
      expect(metaOf({ retrievedAt: bad })).toBeUndefined();
    }
    expect(metaOf({ source: { toString: 'IOM' } })).toBeUndefined();
    expect(metaOf('IOM')).toBeUndefined();
    expect(metaOf(undefined)).toBeUndefined();
  });
});
