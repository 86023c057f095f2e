import { describe, expect, it } from 'vitest';
import { Memo } from '../../../src/components/shared/memo.js';

describe('Memo', () => {
  it('keeps its value while every listed input is the same, and makes a new one when one changes', () => {
    const memo = new Memo<{ n: number }>();
    let made = 0;
    const make = (): { n: number } => ({ n: ++made });
    const list = [1, 2];
    const first = memo.get(['a', list, Number.NaN], make);
    expect(memo.get(['a', list, Number.NaN], make)).toBe(first);
    expect(memo.get(['a', [1, 2], Number.NaN], make)).not.toBe(first);
    expect(memo.get(['a', [1, 2]], make).n).toBe(3);
    expect(memo.value?.n).toBe(3);
  });

  it('forgets its value when cleared', () => {
    const memo = new Memo<string>();
    memo.get([1], () => 'a');
    memo.clear();
    expect(memo.value).toBeUndefined();
    expect(memo.get([1], () => 'b')).toBe('b');
  });
});
