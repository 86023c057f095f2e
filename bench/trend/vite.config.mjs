// Builds the benchmark page (production builds of dtm-trend, uPlot and Chart.js, each a lazy chunk).
import { fileURLToPath } from 'node:url';
export default {
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  logLevel: 'warn',
  define: { __DTM_VERSION__: JSON.stringify('bench') },
  build: { minify: process.env.BENCH_MINIFY !== '0', outDir: fileURLToPath(new URL('../../bench-dist/trend', import.meta.url)), emptyOutDir: true, target: 'es2022', rolldownOptions: { input: { page: fileURLToPath(new URL('./page.html', import.meta.url)) } } },
};
