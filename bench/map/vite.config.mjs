// Builds the map benchmark page (production builds of dtm-map and its lazy chunks).
import { fileURLToPath } from 'node:url';
export default {
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  logLevel: 'warn',
  define: { __DTM_VERSION__: JSON.stringify('bench'), __DTM_IIFE__: 'false' },
  build: { minify: process.env.BENCH_MINIFY !== '0', outDir: fileURLToPath(new URL('../../bench-dist/map', import.meta.url)), emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 4000, rolldownOptions: { input: { page: fileURLToPath(new URL('./page.html', import.meta.url)) } } },
};
