import { describe, expect, it } from 'vitest';
import { areaOf, finestFirst, isInArea, isPartOf } from '../../../src/core/areas.js';

describe('isPartOf(code, area)', () => {
  it.each([
    ['IQG15Q01', 'IQG15'],
    ['IQG15', 'IQ'],
    ['IRQ-G15', 'IRQ'],
    ['SO11', 'SO'],
    ['SO1101', 'SO11'],
    ['SY010000', 'SY0100'],
    ['NG001001', 'NG001'],
  ])('%s is part of %s', (code, area) => {
    expect(isPartOf(code, area)).toBe(true);
  });

  it.each([
    ['LBY', 'LB'],
    ['IQG15', 'IQG1'],
    ['IRQ-G015', 'IRQ-G01'],
    ['IQG15', 'IQG15'],
    ['IQX1', 'IQ'],
    ['IQG15', ''],
    ['IQ', 'IQG15'],
    ['SY0101', 'SY0100'],
  ])('%s is not part of %s', (code, area) => {
    expect(isPartOf(code, area)).toBe(false);
  });

  it('isInArea also keeps the area itself', () => {
    expect(isInArea('LB', 'LB')).toBe(true);
    expect(isInArea('LBY', 'LB')).toBe(false);
    expect(isInArea('LB01', 'LB')).toBe(true);
  });
});

describe('areaOf(code, areas)', () => {
  const areas = new Set(['LB', 'IQG1', 'IQG15', 'IQ']);
  const order = finestFirst(areas);
  it('finds the finest containing area, never a sibling with a longer name', () => {
    expect(areaOf('LBY', areas, order)).toBeUndefined();
    expect(areaOf('LBY01', areas, order)).toBeUndefined();
    expect(areaOf('IQG15Q05', areas, order)).toBe('IQG15');
    expect(areaOf('IQG1', areas, order)).toBe('IQG1');
    expect(areaOf('IQG18', areas, order)).toBe('IQ');
    expect(areaOf('LB02', areas, order)).toBe('LB');
  });
});
