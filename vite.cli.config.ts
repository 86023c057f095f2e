import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/*
 * The `dtm-publish` command (src/cli/), for Node ≥ 20: one ES module with a shebang, the data
 * layer it shares with the widgets bundled in (the command then runs from the package's dist/
 * alone), Node's built-ins left as imports. `vite build -c vite.cli.config.ts` → dist/cli/.
 */
export default defineConfig({
  define: { __DTM_VERSION__: JSON.stringify(version) },
  ssr: { noExternal: true },
  build: {
    ssr: 'src/cli/dtm-publish.ts',
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rolldownOptions: {
      // one file: the widgets' language chunks (import() in i18n/) are inlined, not written beside it
      output: { entryFileNames: 'dtm-publish.js', banner: '#!/usr/bin/env node', format: 'es', codeSplitting: false },
    },
  },
});
