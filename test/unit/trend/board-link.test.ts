import { describe, expect, it } from 'vitest';
import { boardMark, withArea } from '../../../src/components/trend/board-link.js';

const DATES = [Date.UTC(2014, 11, 1), Date.UTC(2019, 11, 31), Date.UTC(2024, 3, 30)];

describe('the trend in a board', () => {
  it('marks the board date, the latest by default, and nothing for a date not drawn', () => {
    expect(boardMark(DATES, '2019-12-31')).toBe(1);
    expect(boardMark(DATES, undefined)).toBe(2);
    expect(boardMark(DATES, '2020-01-15')).toBeUndefined();
    expect(boardMark([], '2019-12-31')).toBeUndefined();
  });

  it('names the area after the heading', () => {
    expect(withArea('IDPs in Iraq', 'Ninewa')).toBe('IDPs in Iraq — Ninewa');
    expect(withArea('IDPs in Iraq', undefined)).toBe('IDPs in Iraq');
  });
});
