#!/usr/bin/env node
// `npm start`: installs what is missing, then serves the demo (demo/index.html) and the embed
// builder (embed/index.html) from source.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ensureDeps } from './ensure-deps.mjs';

ensureDeps();
const root = fileURLToPath(new URL('..', import.meta.url));
const port = process.env.PORT ?? '5173';
// the builder's options form is made from custom-elements.json (generated, not committed)
spawnSync(process.execPath, ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--quiet'], { cwd: root, stdio: 'inherit' });
console.log(`\n  dtm-widgets demo: http://127.0.0.1:${port}/demo/`);
console.log(`  embed builder:   http://127.0.0.1:${port}/embed/\n`);
const vite = spawn(process.execPath, ['node_modules/vite/bin/vite.js', '--host', '127.0.0.1', '--port', port, '--strictPort'], {
  cwd: root,
  stdio: 'inherit',
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => vite.kill(sig));
vite.on('exit', (code) => process.exit(code ?? 0));
