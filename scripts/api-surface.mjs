// The public API of each element, as custom-elements.json declares it: attributes (name, type),
// public properties, events, parts and CSS custom properties, without descriptions. A unit test
// compares it with test/unit/api-surface.json, so a refactor cannot change the API unnoticed;
// `node scripts/api-surface.mjs --write` records a deliberate change (say why in the commit).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const names = (list) => [...new Set((list ?? []).map((x) => x.name))].sort();

/** Runs the analyzer into a temporary folder and returns the manifest. */
export function analyze() {
  // under reports/ (ignored by git): the analyzer joins its outdir to the working directory
  const out = join(root, 'reports', `cem-${process.pid}-${Date.now()}`);
  mkdirSync(out, { recursive: true });
  try {
    // the project's config, writing into the temporary folder (its own outdir would win over --outdir)
    const config = join(out, 'cem.config.mjs');
    writeFileSync(config, `import c from ${JSON.stringify(join(root, 'custom-elements-manifest.config.mjs'))};\nexport default { ...c, outdir: ${JSON.stringify(relative(root, out))}, packagejson: false };\n`);
    const r = spawnSync(process.execPath, [join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js'), 'analyze', '--quiet', '--config', config], { cwd: root, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`cem analyze failed: ${r.stderr}`);
    return JSON.parse(readFileSync(join(out, 'custom-elements.json'), 'utf8'));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** The surface of every element in a manifest, by tag name. */
export function surface(manifest) {
  const result = {};
  for (const mod of manifest.modules) {
    for (const d of mod.declarations ?? []) {
      if (!d.tagName) continue;
      result[d.tagName] = {
        attributes: Object.fromEntries(
          [...(d.attributes ?? [])].sort((a, b) => a.name.localeCompare(b.name)).map((a) => [a.name, a.type?.text ?? '']),
        ),
        properties: names((d.members ?? []).filter((m) => m.kind === 'field' && !m.static && m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('#'))),
        events: names(d.events),
        parts: names(d.cssParts),
        cssProperties: names(d.cssProperties),
      };
    }
  }
  return Object.fromEntries(Object.entries(result).sort(([a], [b]) => a.localeCompare(b)));
}

if (process.argv.includes('--write')) {
  writeFileSync(join(root, 'test/unit/api-surface.json'), `${JSON.stringify(surface(analyze()), null, 2)}\n`);
  console.log('test/unit/api-surface.json written');
}
