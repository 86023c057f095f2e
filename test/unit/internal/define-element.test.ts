import { afterEach, describe, expect, it, vi } from 'vitest';

/** A minimal CustomElementRegistry that throws on a second define, as browsers do. */
function fakeRegistry() {
  const defs = new Map<string, CustomElementConstructor>();
  return {
    get: (tag: string) => defs.get(tag),
    define: (tag: string, ctor: CustomElementConstructor) => {
      if (defs.has(tag)) throw new DOMException(`the name "${tag}" has already been used`, 'NotSupportedError');
      defs.set(tag, ctor);
    },
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  vi.resetModules();
});

describe('defineElement', () => {
  it('defines once, skips a second definition without throwing, and warns once when versions differ', async () => {
    vi.stubGlobal('customElements', fakeRegistry());
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { defineElement } = await import('../../../src/internal/define-element.js');
    class A extends Object {
      static version = '1.0.0';
    }
    class B extends Object {
      static version = '2.0.0';
    }
    expect(defineElement('dtm-x', A as unknown as CustomElementConstructor)).toBe(true);
    expect(defineElement('dtm-x', B as unknown as CustomElementConstructor)).toBe(false);
    expect(defineElement('dtm-y', A as unknown as CustomElementConstructor)).toBe(true);
    expect(defineElement('dtm-y', B as unknown as CustomElementConstructor)).toBe(false);
    expect(customElements.get('dtm-x')).toBe(A);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toContain('1.0.0');
    expect(warn.mock.calls[0]![0]).toContain('2.0.0');
  });

  it('stays silent when the same version is defined twice (the script included twice)', async () => {
    vi.stubGlobal('customElements', fakeRegistry());
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { defineElement } = await import('../../../src/internal/define-element.js');
    class A {
      static version = '1.0.0';
    }
    class A2 {
      static version = '1.0.0';
    }
    defineElement('dtm-z', A as unknown as CustomElementConstructor);
    expect(defineElement('dtm-z', A2 as unknown as CustomElementConstructor)).toBe(false);
    expect(warn).not.toHaveBeenCalled();
  });

  it('does nothing where there is no registry (server-side)', async () => {
    vi.stubGlobal('customElements', undefined);
    const { defineElement } = await import('../../../src/internal/define-element.js');
    expect(defineElement('dtm-x', class {} as unknown as CustomElementConstructor)).toBe(false);
  });
});
