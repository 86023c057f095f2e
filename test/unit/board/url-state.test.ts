import { describe, expect, it } from 'vitest';
import { readHash, writeHash } from '../../../src/components/board/url-state.js';

describe('the board in the URL hash', () => {
  it('reads its own keys only', () => {
    expect(readHash('#board1.region=IQG15&board1.at=2019-12-31&other.region=IQG09', 'board1')).toEqual({ region: 'IQG15', at: '2019-12-31' });
    expect(readHash('#intro', 'board1')).toEqual({});
    expect(readHash('#board1.region=%zz', 'board1')).toEqual({});
    expect(readHash('#b.region=%D9%86%D9%8A%D9%86%D9%88%D9%89', 'b')).toEqual({ region: 'نينوى' });
  });

  it('writes its keys without clobbering the rest of the hash', () => {
    expect(writeHash('', 'board1', { region: 'IQG15', at: '2019-12-31' })).toBe('#board1.region=IQG15&board1.at=2019-12-31');
    expect(writeHash('#intro&other.at=2020', 'board1', { region: 'IQG15' })).toBe('#intro&other.at=2020&board1.region=IQG15');
    expect(writeHash('#board1.region=IQG15&x=1', 'board1', { at: '2024-04-30' })).toBe('#x=1&board1.at=2024-04-30');
    expect(writeHash('#board1.region=IQG15', 'board1', {})).toBe('');
  });

  it('round-trips what it writes', () => {
    const hash = writeHash('#top', 'b 2', { region: 'Ninewa & Duhok', at: '2024-04' });
    expect(readHash(hash, 'b 2')).toEqual({ region: 'Ninewa & Duhok', at: '2024-04' });
  });
});
