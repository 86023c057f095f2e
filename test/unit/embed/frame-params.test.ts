import { describe, expect, it } from 'vitest';
import { colorSchemeOf, directionOf, readFrameParams } from '../../../embed/frame-params.js';

const base = 'https://widgets.example/dist/embed/frame.html';

describe('frame.html query string → one widget', () => {
  it('passes declared attributes, in the widget order, as text', () => {
    const p = readFrameParams('?w=counter&label=%3Cscript%3Ealert(1)%3C%2Fscript%3E&value=140000&lang=ar', '', base);
    expect(p.widget).toBe('counter');
    expect(p.attributes).toEqual([
      ['value', '140000'],
      ['label', '<script>alert(1)</script>'],
      ['lang', 'ar'],
    ]);
  });

  it('ignores unknown parameters and read-only attributes', () => {
    const p = readFrameParams('?w=trend&heading=IDPs&onclick=x&style=color:red&state=ready&value=3', '', base);
    expect(p.attributes).toEqual([['heading', 'IDPs']]);
  });

  it('names an unknown widget', () => {
    const p = readFrameParams('?w=script&label=x', '', base);
    expect(p.widget).toBeUndefined();
    expect(p.requested).toBe('script');
    expect(p.attributes).toEqual([]);
  });

  it('takes only an http(s) src', () => {
    for (const bad of ['javascript:alert(1)', 'data:application/json,[]', 'file:///etc/passwd', ' ']) {
      expect(readFrameParams(`?w=counter&src=${encodeURIComponent(bad)}`, '', base).attributes).toEqual([]);
    }
    expect(readFrameParams('?w=map&src=https%3A%2F%2Fex.org%2Fa.json', '', base).attributes).toEqual([['src', 'https://ex.org/a.json']]);
    expect(readFrameParams('?w=map&src=samples%2Fa.json', '', base).attributes).toEqual([['src', 'samples/a.json']]);
  });

  it('static=1: no count-up, the still SVG map', () => {
    expect(readFrameParams('?w=counter&value=5&static=1', '', base).attributes).toEqual([['value', '5'], ['duration', '0']]);
    expect(readFrameParams('?w=map&static=1', '', base).attributes).toEqual([['renderer', 'svg']]);
    expect(readFrameParams('?w=counter&value=5&static=1', '', base).static).toBe(true);
  });

  it('echoes a plain id only, and reads WordPress\'s secret from the hash', () => {
    expect(readFrameParams('?w=counter&id=chart-1', '', base).id).toBe('chart-1');
    expect(readFrameParams('?w=counter&id=%3Cb%3E', '', base).id).toBeUndefined();
    expect(readFrameParams('?w=counter', '#?secret=AbC123xyZ9', base).secret).toBe('AbC123xyZ9');
    expect(readFrameParams('?w=counter', '#secret=a%22b', base).secret).toBeUndefined();
  });

  it('right to left for Arabic and Sorani; the colour scheme follows the theme', () => {
    expect(['ar', 'ar-IQ', 'ckb', 'CKB-iq'].map(directionOf)).toEqual(['rtl', 'rtl', 'rtl', 'rtl']);
    expect(['en', 'ark', '', undefined].map(directionOf)).toEqual(['ltr', 'ltr', 'ltr', 'ltr']);
    expect([undefined, 'light', 'dark', 'auto', 'x'].map(colorSchemeOf)).toEqual(['light', 'light', 'dark', 'light dark', 'light']);
  });
});
