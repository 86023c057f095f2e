/** custom-elements.json as `npm test` generates it (generated here when a bare vitest run has none). */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Manifest } from '../../../embed/options.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

export function readManifest(): Manifest {
  const file = `${root}custom-elements.json`;
  if (!existsSync(file)) execFileSync(process.execPath, ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--quiet'], { cwd: root });
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}
