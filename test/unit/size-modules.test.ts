/** scripts/size-modules.mjs: which source module each byte of a built chunk came from (npm run size's breakdown). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without types
import { gzipShares, moduleName, modulesOf } from '../../scripts/size-modules.mjs';

/** A chunk of three lines: glue, then src/a.ts, then lit-html (a template literal over two lines), then glue. */
function chunk(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dtm-size-'));
  const file = join(dir, 'chunk.js');
  writeFileSync(file, 'G;const a=1;const b=`x\ny`;\nexport{a};');
  // segments: col 2 → source 0; col 12 → source 1; line 2 col 0 → no source (1 field)
  writeFileSync(`${file}.map`, JSON.stringify({ version: 3, sources: ['../../src/a.ts', '../../node_modules/lit-html/lit-html.js'], mappings: 'EAAA,UCAA;;A' }));
  return file;
}

describe('size breakdown by module', () => {
  it('names our files by path and dependencies by package', () => {
    expect(moduleName('../../../src/i18n/messages.ts')).toBe('src/i18n/messages.ts');
    expect(moduleName('../../node_modules/@lit/reactive-element/reactive-element.js')).toBe('@lit/reactive-element');
    expect(moduleName('../../node_modules/d3-geo/src/path/index.js')).toBe('d3-geo');
  });

  it('gives each byte to the module its source map names, a continued line to the module before', () => {
    const parts = modulesOf(chunk()) as Map<string, string>;
    expect(Object.fromEntries(parts)).toEqual({
      '(bundler glue)': 'G;export{a};',
      'src/a.ts': 'const a=1;',
      'lit-html': 'const b=`x\ny`;\n',
    });
  });

  it('shares out the file’s real gzip size', () => {
    const file = chunk();
    const shares = gzipShares(file) as Map<string, number>;
    const total = gzipSync(Buffer.from('G;const a=1;const b=`x\ny`;\nexport{a};'), { level: 9 }).length;
    expect([...shares.values()].reduce((s, g) => s + g, 0)).toBeCloseTo(total, 6);
    expect([...shares.keys()].sort()).toEqual(['(bundler glue)', 'lit-html', 'src/a.ts']);
  });
});
