// Generates custom-elements.json from the JSDoc on each element class (attributes, events, parts,
// CSS custom properties). Storybook's controls and docs and the README reference read it.
import { readFileSync } from 'node:fs';

/**
 * The data attributes every data widget shares (`dataProperties` in data-host.ts): the analyzer
 * cannot follow the spread into each element's `static properties`, so they are added from the
 * documented fields. Their names are read from the source, so the two cannot drift apart.
 */
const host = readFileSync(new URL('./src/components/shared/data-host.ts', import.meta.url), 'utf8');
const block = host.slice(host.indexOf('export const dataProperties'), host.indexOf('};', host.indexOf('export const dataProperties')));
const DATA_FIELDS = new Map([...block.matchAll(/^\s+(\w+): \{(?:[^}]*attribute: '([\w-]+)')?/gm)].map((m) => [m[1], m[2] ?? m[1].toLowerCase()]));

/** Data attributes in, internal state (`_cursor`, `_table`, …) out of each element's API. */
const attributesPlugin = {
  name: 'dtm-attributes',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules) {
      for (const d of mod.declarations ?? []) {
        if (!d.tagName) continue;
        d.attributes = (d.attributes ?? []).filter((a) => !a.name.startsWith('_'));
        d.members = (d.members ?? []).filter((m) => !m.name.startsWith('_'));
        const known = new Set(d.attributes.map((a) => a.fieldName ?? a.name));
        for (const m of d.members) {
          if (m.kind !== 'field' || !DATA_FIELDS.has(m.name) || known.has(m.name)) continue;
          d.attributes.push({ name: DATA_FIELDS.get(m.name), fieldName: m.name, ...(m.type && { type: m.type }), ...(m.description && { description: m.description }), ...(m.default && { default: m.default }) });
        }
      }
    }
  },
};

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.define.ts', 'src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  plugins: [attributesPlugin],
};
