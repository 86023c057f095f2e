#!/usr/bin/env node
// `npm run check:lengths`: the longest files and functions in src/, and a failure when a file is
// over 400 lines or a function over 80. A reader should find each behaviour in one small file;
// a function that long does several jobs. Functions are measured from their first line to their
// last (nested functions count in their parent too, and on their own).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const MAX_FILE = 400;
const MAX_FUNCTION = 80;

const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (/\.ts$/.test(name) && !name.endsWith('.d.ts')) files.push(path);
  }
})(join(root, 'src'));

const fileLines = [];
const functions = [];
for (const path of files) {
  const text = readFileSync(path, 'utf8');
  const name = relative(root, path);
  fileLines.push({ name, lines: text.split('\n').length - (text.endsWith('\n') ? 1 : 0) });
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const line = (pos) => source.getLineAndCharacterOfPosition(pos).line;
  (function visit(node) {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const lines = line(node.getEnd()) - line(node.getStart(source)) + 1;
      const id = node.name ? node.name.getText(source) : ts.isArrowFunction(node) || ts.isFunctionExpression(node) ? '(anonymous)' : ts.SyntaxKind[node.kind];
      functions.push({ name: `${name}:${line(node.getStart(source)) + 1} ${id}`, lines });
    }
    ts.forEachChild(node, visit);
  })(source);
}

const top = (list, n) => [...list].sort((a, b) => b.lines - a.lines).slice(0, n);
console.log(`Longest files in src/ (limit ${MAX_FILE} lines):`);
for (const f of top(fileLines, 5)) console.log(`  ${String(f.lines).padStart(5)}  ${f.name}`);
console.log(`Longest functions in src/ (limit ${MAX_FUNCTION} lines):`);
for (const f of top(functions, 5)) console.log(`  ${String(f.lines).padStart(5)}  ${f.name}`);

const longFiles = fileLines.filter((f) => f.lines > MAX_FILE);
const longFunctions = functions.filter((f) => f.lines > MAX_FUNCTION);
for (const f of longFiles) console.error(`✗ ${f.name}: ${f.lines} lines (over ${MAX_FILE})`);
for (const f of longFunctions) console.error(`✗ ${f.name}: ${f.lines} lines (over ${MAX_FUNCTION})`);
console.log(`${files.length} files, ${functions.length} functions: ${longFiles.length + longFunctions.length === 0 ? 'all within the limits' : `${longFiles.length} files and ${longFunctions.length} functions over the limits`}`);
process.exit(longFiles.length + longFunctions.length === 0 ? 0 : 1);
