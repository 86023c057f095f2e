// Which source module each minified byte of a built chunk came from, read from the chunk's source
// map, and each module's estimated share of the chunk's gzip size. A module's share is its own
// code gzipped alone, scaled so that the shares of a chunk add up to the chunk's real gzip size:
// modules compress better together than alone, and the scaling keeps the total honest.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const B64 = new Map([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));

/** Decodes one segment of a source map's `mappings` (base64 VLQ) into its numbers. */
function vlq(segment) {
  const out = [];
  let value = 0;
  let shift = 0;
  for (const c of segment) {
    const digit = B64.get(c);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

/**
 * A readable name for a source: our own files by their path from the repository root
 * (`src/i18n/messages.ts`), dependencies by their package (`lit-html`, `d3-shape`).
 */
export function moduleName(source) {
  const path = source.replace(/\\/g, '/').replace(/^(\.\.\/)+/, '').replace(/^\/?work\/main\//, '');
  const dep = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (dep) return dep[1];
  return path.replace(/\?.*$/, '');
}

/** Minified code of `file` per source module, as strings, from `file.map`. */
export function modulesOf(file) {
  const code = readFileSync(file, 'utf8');
  const byModule = new Map();
  const add = (name, text) => byModule.set(name, (byModule.get(name) ?? '') + text);
  if (!existsSync(`${file}.map`)) {
    add('(no source map)', code);
    return byModule;
  }
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  const names = map.sources.map(moduleName);
  const lines = code.split('\n');
  let src = 0;
  // a line with no mapping continues the previous one (the rest of a multi-line template literal)
  let owner = '(bundler glue)';
  map.mappings.split(';').forEach((lineMap, i) => {
    const line = lines[i] ?? '';
    let col = 0;
    let from = 0;
    for (const seg of lineMap ? lineMap.split(',') : []) {
      const f = vlq(seg);
      col += f[0];
      if (col > from) add(owner, line.slice(from, col));
      from = col;
      if (f.length >= 4) {
        src += f[1];
        owner = names[src];
      } else owner = '(bundler glue)';
    }
    add(owner, line.slice(from) + (i < lines.length - 1 ? '\n' : ''));
  });
  for (let i = map.mappings.split(';').length; i < lines.length; i++) add('(bundler glue)', `${lines[i]}\n`);
  return byModule;
}

const gz = (text) => gzipSync(Buffer.from(text, 'utf8'), { level: 9 }).length;

/** Estimated gzip bytes per module for one built file (see the note at the top). */
export function gzipShares(file) {
  const total = gz(readFileSync(file, 'utf8'));
  const parts = [...modulesOf(file)].filter(([, text]) => text.trim()).map(([name, text]) => [name, gz(text)]);
  const sum = parts.reduce((s, [, g]) => s + g, 0) || 1;
  return new Map(parts.map(([name, g]) => [name, (g / sum) * total]));
}
