import { describe, expect, it } from 'vitest';
import { TABLE_PAGE, tablePage } from '../../../src/components/shared/table-pages.js';

describe('tablePage', () => {
  it('holds a thousand rows a page, the last page what is left', () => {
    expect(TABLE_PAGE).toBe(1000);
    expect(tablePage(12_000, 5)).toEqual({ page: 5, pages: 12, first: 5000, end: 6000, total: 12_000 });
    expect(tablePage(1_500, 1)).toEqual({ page: 1, pages: 2, first: 1000, end: 1500, total: 1_500 });
  });

  it('shows the last page when the table has shrunk under the page asked for, and one page for none', () => {
    expect(tablePage(1_500, 7).page).toBe(1);
    expect(tablePage(0, 3)).toEqual({ page: 0, pages: 1, first: 0, end: 0, total: 0 });
    expect(tablePage(10, -2, 4)).toEqual({ page: 0, pages: 3, first: 0, end: 4, total: 10 });
  });
});
