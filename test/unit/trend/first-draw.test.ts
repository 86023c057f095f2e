import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FirstDrawController } from '../../../src/components/trend/first-draw.js';

afterEach(() => vi.useRealTimers());

function host(): ReactiveControllerHost & { updates: number } {
  const h = {
    updates: 0,
    addController: (_c: ReactiveController) => undefined,
    removeController: () => undefined,
    requestUpdate: () => void h.updates++,
    updateComplete: Promise.resolve(true),
  };
  return h;
}

describe('FirstDrawController', () => {
  it('keeps a first picture loading for one task, then lets it draw', () => {
    vi.useFakeTimers();
    const h = host();
    const first = new FirstDrawController(h);
    expect(first.gate('ready', 'loading')).toBe('loading');
    expect(first.gate('ready', 'loading')).toBe('loading'); // one timer, not two
    expect(h.updates).toBe(0);
    vi.runAllTimers();
    expect(h.updates).toBe(1);
    expect(first.gate('ready', 'loading')).toBe('ready');
  });

  it('draws later changes at once, and passes other states through', () => {
    const first = new FirstDrawController(host());
    expect(first.gate('stale', 'ready')).toBe('stale');
    expect(first.gate('error', 'loading')).toBe('error');
    expect(first.gate('empty', 'loading')).toBe('empty');
  });

  it('asks again on its return when it was moved out of the page before drawing', () => {
    vi.useFakeTimers();
    const h = host();
    const first = new FirstDrawController(h);
    first.gate('ready', 'loading');
    first.hostDisconnected();
    vi.runAllTimers();
    expect(h.updates).toBe(0); // the timer went with the removal
    first.hostConnected();
    expect(h.updates).toBe(1);
  });
});
