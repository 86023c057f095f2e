import { describe, expect, it } from 'vitest';
import { nearest, positions, roundsOf, stepKey, timeOf } from '../../../src/components/time/steps.js';

const DATES = ['2014-12-01', '2015-06-01', '2015-12-01', '2016-12-01', '2019-12-31', '2024-04-30'];

describe('positions', () => {
  it('places dates on a time scale, uneven spacing kept', () => {
    const p = positions(DATES);
    expect(p[0]).toBe(0);
    expect(p[5]).toBe(1);
    // 2019 → 2024 is longer than 2015 → 2016: the gaps say so
    expect(p[5]! - p[4]!).toBeGreaterThan(p[3]! - p[2]!);
    expect(positions(['2024-04'])).toEqual([0]);
  });

  it('reads years and months, and nothing else', () => {
    expect(timeOf('2024')).toBe(Date.UTC(2024, 0, 1));
    expect(timeOf('2024-04')).toBe(Date.UTC(2024, 3, 1));
    expect(timeOf('April 2024')).toBeNaN();
  });
});

describe('stepKey (the ARIA slider keys)', () => {
  it('steps one round with the arrows, to the ends with Home and End', () => {
    expect(stepKey('ArrowRight', 2, DATES)).toBe(3);
    expect(stepKey('ArrowUp', 2, DATES)).toBe(3);
    expect(stepKey('ArrowLeft', 2, DATES)).toBe(1);
    expect(stepKey('ArrowDown', 0, DATES)).toBe(0);
    expect(stepKey('Home', 3, DATES)).toBe(0);
    expect(stepKey('End', 0, DATES)).toBe(5);
    expect(stepKey('Enter', 0, DATES)).toBeUndefined();
  });

  it('follows the eye right to left: Right goes back, Left forward; Up is always later', () => {
    expect(stepKey('ArrowRight', 2, DATES, true)).toBe(1);
    expect(stepKey('ArrowLeft', 2, DATES, true)).toBe(3);
    expect(stepKey('ArrowUp', 2, DATES, true)).toBe(3);
  });

  it('moves a year with Page Up and Page Down', () => {
    expect(stepKey('PageUp', 0, DATES)).toBe(2); // Dec 2014 → Dec 2015, past Jun 2015
    expect(stepKey('PageUp', 3, DATES)).toBe(4); // a gap longer than a year: the next round
    expect(stepKey('PageDown', 2, DATES)).toBe(0);
    expect(stepKey('PageDown', 0, DATES)).toBe(0);
  });
});

describe('nearest', () => {
  it('picks the date nearest the pointer', () => {
    const p = positions(DATES);
    expect(nearest(0.98, p)).toBe(5);
    expect(nearest(0, p)).toBe(0);
  });
});

describe('roundsOf', () => {
  it('gives each date the round its observations agree on', () => {
    const rounds = roundsOf([
      { date: '2024-04-30', round: 132 },
      { date: '2024-04-30', round: 132 },
      { date: '2024-04-30' }, // a row without a round does not disagree
      { date: '2023-12-31', round: 131 },
      { date: '2023-12-31', round: 130 }, // two rounds at one date: no label
      { date: '2023-12-31', round: 131 },
      { date: '2022-12-31' },
      { round: 5 },
    ]);
    expect([...rounds]).toEqual([['2024-04-30', 132]]);
  });

  it('is empty without rounds', () => {
    expect(roundsOf([{ date: '2024-04-30' }]).size).toBe(0);
  });
});
