/** The round of a row (DTM `roundNumber`, HXL `#round`): a label read strictly, never a refusal. */
import { describe, expect, it } from 'vitest';
import { readRound } from '../../../../src/data/pipeline/rows.js';
import { load } from './helpers.js';

const dtm = (round: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  admin0Pcode: 'IRQ',
  admin1Pcode: 'IRQ-G15',
  numPresentIdpInd: 1000,
  reportingDate: '2024-04-30T00:00:00',
  roundNumber: round,
  ...extra,
});

describe('readRound', () => {
  it.each<[unknown, number | undefined]>([
    [132, 132],
    ['132', 132],
    [' ١٣٢ ', 132],
    [0, undefined],
    [-3, undefined],
    [13.5, undefined],
    ['R132', undefined],
    ['', undefined],
    [null, undefined],
    [undefined, undefined],
    [true, undefined],
    [{ n: 1 }, undefined],
  ])('reads %j as %j', (raw, round) => {
    expect(readRound(raw)).toBe(round);
  });
});

describe('the round of an observation', () => {
  it('keeps DTM roundNumber', () => {
    const r = load([dtm(132)]);
    expect(r.observations).toEqual([{ date: '2024-04-30', region: 'IQG15', value: 1000, round: 132 }]);
  });

  it('gives no round for a missing or unreadable one, and never refuses the row for it', () => {
    const r = load([dtm(null), dtm('n/a', { admin1Pcode: 'IRQ-G09' }), dtm(0, { admin1Pcode: 'IRQ-G01' }), dtm('x', { admin1Pcode: 'IRQ-G02' })]);
    expect(r.report).toMatchObject({ total: 4, used: 4, rejected: 0 });
    for (const o of r.observations) expect(o).not.toHaveProperty('round');
  });

  it('keeps the round of merged duplicates when they agree, and drops it when they do not', () => {
    const agree = load([dtm(132), dtm(132, { numPresentIdpInd: 500 })]);
    expect(agree.observations).toEqual([{ date: '2024-04-30', region: 'IQG15', value: 1500, round: 132 }]);
    const differ = load([dtm(132), dtm(131, { numPresentIdpInd: 500 })]);
    expect(differ.observations).toEqual([{ date: '2024-04-30', region: 'IQG15', value: 1500 }]);
    const oneMissing = load([dtm(132), dtm(null, { numPresentIdpInd: 500 }), dtm(132, { numPresentIdpInd: 1 })]);
    expect(oneMissing.observations).toEqual([{ date: '2024-04-30', region: 'IQG15', value: 1501 }]);
  });

  it('reads an HXL #round column, and no round from an untagged column of plain records', () => {
    const hxl = load([
      ['P-code', 'Date', 'IDPs', 'Round'],
      ['#adm1+code', '#date', '#affected+idps', '#round'],
      ['IQG15', '2024-04-30', 1000, 132],
    ]);
    expect(hxl.observations).toEqual([{ date: '2024-04-30', region: 'IQG15', value: 1000, round: 132 }]);
    const records = load([{ date: '2024-04-30', region: 'IQG15', value: 1000, round: 132 }]);
    expect(records.observations).toEqual([{ date: '2024-04-30', region: 'IQG15', value: 1000 }]);
  });
});
