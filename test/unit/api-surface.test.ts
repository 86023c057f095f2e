/**
 * The elements' public API is a contract: attributes (and their types), properties, events,
 * parts and CSS custom properties, as custom-elements.json declares them from the JSDoc. A
 * refactor must leave it as recorded in api-surface.json; a deliberate change is recorded with
 * `node scripts/api-surface.mjs --write` and said in the commit and CHANGELOG.md.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without types
import { analyze, surface } from '../../scripts/api-surface.mjs';

interface Declaration {
  tagName?: string;
  attributes?: { name: string; description?: string }[];
  cssParts?: { name: string; description?: string }[];
  cssProperties?: { name: string; description?: string }[];
  events?: { name: string; description?: string }[];
}
interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

let manifest: Manifest;
beforeAll(() => {
  manifest = analyze() as Manifest;
}, 60_000);

const elements = (): Declaration[] => manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);

describe('the public API of the elements', () => {
  it('is the recorded one (attributes, properties, events, parts, custom properties)', () => {
    const recorded = JSON.parse(readFileSync(new URL('./api-surface.json', import.meta.url), 'utf8')) as unknown;
    expect(surface(manifest)).toEqual(recorded);
  });

  it('documents every attribute, event, part and custom property of every element', () => {
    const missing = elements().flatMap((d) =>
      (['attributes', 'events', 'cssParts', 'cssProperties'] as const).flatMap((kind) =>
        (d[kind] ?? []).filter((x) => !x.description?.trim()).map((x) => `${d.tagName} ${kind} ${x.name}`),
      ),
    );
    expect(missing).toEqual([]);
  });
});
