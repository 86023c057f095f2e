import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { optionFields, type Manifest } from '../../../embed/options.js';
import { SAMPLES } from '../../../embed/samples.js';
import { readManifest } from './manifest.js';

describe('the options form, from custom-elements.json', () => {
  const manifest = readManifest();

  it('has a field per writable attribute, with its description', () => {
    const fields = optionFields(manifest, 'counter');
    const names = fields.map((f) => f.name);
    expect(names).toContain('value');
    expect(names).toContain('maximum-fraction-digits');
    expect(names).not.toContain('state');
    expect(fields.find((f) => f.name === 'label')!.description).toMatch(/what the figure counts/i);
  });

  it('offers closed lists as menus, with the default', () => {
    const fields = optionFields(manifest, 'counter');
    const notation = fields.find((f) => f.name === 'notation')!;
    expect(notation).toMatchObject({ control: 'select', values: ['standard', 'compact'], default: 'standard' });
    expect(fields.find((f) => f.name === 'aggregate')).toMatchObject({ control: 'select', values: ['sum', 'max', 'min', 'mean', 'count'] });
    expect(fields.find((f) => f.name === 'format')).toMatchObject({ control: 'select', step: 'data' });
    expect(fields.find((f) => f.name === 'value-field')).toMatchObject({ control: 'text', step: 'fields' });
    expect(optionFields(manifest, 'trend').find((f) => f.name === 'kind')).toMatchObject({ control: 'select', values: ['line', 'area', 'stacked-area', 'bar'] });
  });

  it('shows defaults as typed: strings unquoted, numbers, never a constant name', () => {
    const counter = optionFields(manifest, 'counter');
    expect(counter.find((f) => f.name === 'duration')!.default).toBe('1200');
    expect(counter.find((f) => f.name === 'at')!.default).toBe('latest');
    expect(optionFields(manifest, 'map').find((f) => f.name === 'boundaries')!.default).toBe('');
  });

  it('a map attribute documented only on another widget borrows its description', () => {
    expect(optionFields(manifest, 'map').find((f) => f.name === 'numerals')!.description).not.toBe('');
  });

  it('a new attribute documented on an element appears by itself', () => {
    const added: Manifest = {
      modules: [{ declarations: [{ tagName: 'dtm-counter', attributes: [{ name: 'glow', type: { text: "'soft' | 'hard' | undefined" }, description: 'How it glows.' }] }] }],
    };
    expect(optionFields(added, 'counter')).toEqual([
      { name: 'glow', control: 'select', values: ['soft', 'hard'], numeric: false, default: '', description: 'How it glows.', step: 'options' },
    ]);
  });
});

describe('the builder samples', () => {
  it('are the files of data/samples/, each suited to a widget', () => {
    const files = readdirSync(new URL('../../../data/samples/', import.meta.url)).filter((f) => /\.(json|csv)$/.test(f));
    expect(SAMPLES.map((s) => s.file).sort()).toEqual(files.sort());
    for (const s of SAMPLES) expect(Object.keys(s.presets).length).toBeGreaterThan(0);
  });
});
