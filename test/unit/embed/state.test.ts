import { describe, expect, it } from 'vitest';
import { attributesOf, cleanBase, defaultBase, FIRST, hashFromState, stateFromHash } from '../../../embed/state.js';

const V = '1.2.3';

describe('the permalink', () => {
  it('defaults to the versioned jsDelivr address of dist/', () => {
    expect(defaultBase(V)).toBe('https://cdn.jsdelivr.net/npm/dtm-widgets@1.2.3/dist/');
    expect(stateFromHash('', V).base).toBe(defaultBase(V));
  });

  it('a first visit shows a typed-in counter', () => {
    const s = stateFromHash('', V);
    expect(s.w).toBe('counter');
    expect(s.values).toEqual(FIRST);
  });

  it("reads frame.html's parameter names", () => {
    const s = stateFromHash('#w=counter&value=140000&label=beneficiaries&lang=ar', V);
    expect(s.w).toBe('counter');
    expect(attributesOf(s)).toEqual([
      ['value', '140000'],
      ['label', 'beneficiaries'],
      ['lang', 'ar'],
    ]);
  });

  it('keeps only attributes the widget declares', () => {
    const s = stateFromHash('#w=trend&value=5&heading=IDPs&onload=alert(1)&__proto__=x', V);
    expect(s.values).toEqual({ heading: 'IDPs' });
  });

  it('an unknown widget falls back to the counter; an unknown width to 600', () => {
    const s = stateFromHash('#w=chart&preview=7', V);
    expect(s.w).toBe('counter');
    expect(s.preview).toBe(600);
  });

  it('round-trips: state → hash → the same state', () => {
    const s = stateFromHash('#w=map&src=https%3A%2F%2Fex.org%2Fa.json&label=IDPs+%26+returnees&lang=ckb&base=https%3A%2F%2Fex.org%2Fdist&preview=320&data=a%2Cb', V);
    expect(s.base).toBe('https://ex.org/dist/');
    const again = stateFromHash(hashFromState(s, V), V);
    expect(again).toEqual(s);
    expect(hashFromState(again, V)).toBe(hashFromState(s, V));
  });

  it('leaves the default base and width out of the hash', () => {
    expect(hashFromState(stateFromHash('#w=counter&value=1', V), V)).toBe('#w=counter&value=1');
  });

  it('takes only an http(s) base', () => {
    expect(cleanBase('javascript:alert(1)//')).toBeUndefined();
    expect(cleanBase('data:text/html,x')).toBeUndefined();
    expect(cleanBase('https://ex.org/x')).toBe('https://ex.org/x/');
    expect(stateFromHash('#base=javascript%3Aalert(1)', V).base).toBe(defaultBase(V));
  });
});
