import { describe, expect, it } from 'vitest';
import { isWidgetName, WIDGET_ATTRIBUTES } from '../../../src/internal/widget-attributes.js';
import { readManifest } from './manifest.js';

describe('the attributes div mounting and frame.html pass on', () => {
  const manifest = readManifest();
  const declared = (tag: string): ReadonlyArray<{ name: string; description?: string }> =>
    manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag)?.attributes ?? [];

  it.each(['counter', 'trend', 'map'] as const)('are exactly what custom-elements.json declares for dtm-%s, less the read-only ones', (w) => {
    const attrs = declared(`dtm-${w}`);
    expect(attrs.length).toBeGreaterThan(10);
    const writable = attrs.filter((a) => !/^read-only/i.test(a.description ?? '')).map((a) => a.name);
    expect([...WIDGET_ATTRIBUTES[w]].sort()).toEqual([...writable].sort());
    expect(WIDGET_ATTRIBUTES[w]).not.toContain('state');
  });

  it('names no element the manifest does not have', () => {
    // <dtm-board> holds other widgets and <dtm-time> steers them: they link widgets on a page, and
    // are not mounted alone from a div or in frame.html
    const linking = ['dtm-board', 'dtm-time'];
    const tags = manifest.modules.flatMap((m) => m.declarations ?? []).map((d) => d.tagName).filter((t): t is string => Boolean(t));
    expect(tags.filter((t) => linking.includes(t)).sort()).toEqual(linking);
    expect(tags.filter((t) => !linking.includes(t)).sort()).toEqual(Object.keys(WIDGET_ATTRIBUTES).map((w) => `dtm-${w}`).sort());
  });

  it('knows the widget names and nothing else', () => {
    expect(['counter', 'trend', 'map'].every(isWidgetName)).toBe(true);
    for (const bad of ['Counter ', 'dtm-counter', '__proto__', 'constructor', '', null, undefined]) expect(isWidgetName(bad)).toBe(false);
  });
});
