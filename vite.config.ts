import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build, defineConfig, type Plugin, type UserConfig } from 'vite';
import { minifyCssLiterals } from './scripts/vite-minify-css-literals.mjs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
const define = { __DTM_VERSION__: JSON.stringify(version), __DTM_IIFE__: 'false' };
const plugins = [minifyCssLiterals()];

/** Where the npm build puts MapLibre's worker: beside webgl.js, which points at it. */
const WORKER_FILE = 'maplibre-gl-worker.mjs';

/**
 * The npm build's MapLibre files. webgl.ts imports MapLibre's stylesheet with `?inline` and its
 * worker with `?url`: Vite's suffixes, which other bundlers do not read, and in a library build
 * the worker would become a 700 KB data: URL that a strict CSP refuses (worker-src). So in the
 * npm build the stylesheet is written into webgl.js as a string, and the worker is written beside
 * webgl.js and found by `new URL('./maplibre-gl-worker.mjs', import.meta.url)`, which webpack 5,
 * Vite and Parcel follow (they copy the file into the consumer's build). Runs after Vite's own
 * handling of such URLs, which would look for the file in src/.
 */
function maplibreFilesForNpm(): Plugin {
  const resolve = (file: string): string => createRequire(import.meta.url).resolve(`maplibre-gl/dist/${file}`);
  const importOf = (name: string, spec: string): RegExp => new RegExp(`import ${name} from (["'])maplibre-gl/dist/${spec.replace(/[.?]/g, '\\$&')}\\1;?`);
  return {
    name: 'dtm-maplibre-files-for-npm',
    enforce: 'post',
    transform(code, id) {
      if (!id.endsWith('/src/components/map/webgl.ts')) return null;
      const css = importOf('cssText', 'maplibre-gl.css?inline');
      const worker = importOf('workerUrl', 'maplibre-gl-worker.mjs?url');
      if (!css.test(code) || !worker.test(code)) this.error('webgl.ts no longer imports MapLibre\'s stylesheet (?inline) and worker (?url) as this plugin expects');
      this.emitFile({ type: 'asset', fileName: `components/map/${WORKER_FILE}`, source: readFileSync(resolve('maplibre-gl-worker.mjs')) });
      const out = code
        .replace(css, `const cssText = ${JSON.stringify(readFileSync(resolve('maplibre-gl.css'), 'utf8'))};`)
        .replace(worker, `const workerUrl = new URL('./${WORKER_FILE}', import.meta.url).href;`);
      return { code: out, map: null };
    },
  };
}

/**
 * Vite's preload helper, replaced by a plain call. Vite wraps every import() of a client build in
 * a helper that adds <link rel=modulepreload> elements to the host page's <head> and dispatches
 * `vite:preloadError` on its window: not a polite guest's doing, and 0.6 KiB gzip on every page.
 * Without it a lazy chunk's own imports load one round trip later, which only the data layer and
 * the map's geography have (their chunks import small shared ones).
 */
function noPreloadHelper(): Plugin {
  const id = '\0vite/preload-helper.js';
  return {
    name: 'dtm-no-preload-helper',
    enforce: 'pre',
    resolveId: (source) => (source === id ? id : null),
    load: (source) => (source === id ? 'export const __vitePreload = (load) => load();' : null),
  };
}

/** Each widget's registration module: one CDN entry (and one npm subpath) per widget. */
const widgets = {
  counter: 'src/components/counter/counter.define.ts',
  trend: 'src/components/trend/trend.define.ts',
  map: 'src/components/map/map.define.ts',
  time: 'src/components/time/time.define.ts',
  board: 'src/components/board/board.define.ts',
};

/**
 * The web editors' pages (dist/embed/): the builder (index.html), the iframe page (frame.html),
 * the host script embed.js (a classic script, kept as written but minified) and the samples the
 * builder offers (dist/embed/samples/, so that a snippet made from a sample works from the CDN).
 * Runs after the classic build and the manifest: the builder shows the sha384 of the exact
 * dist/iife/dtm-widgets.js, and its options form is made from custom-elements.json.
 */
function embedConfig(): UserConfig {
  const iife = new URL('./dist/iife/dtm-widgets.js', import.meta.url);
  if (!existsSync(iife)) throw new Error('dist/iife/dtm-widgets.js is missing: the embed build runs after `vite build --mode iife`');
  if (!existsSync(new URL('./custom-elements.json', import.meta.url))) throw new Error('custom-elements.json is missing: run `cem analyze` before the embed build');
  const integrity = `sha384-${createHash('sha384').update(readFileSync(iife)).digest('base64')}`;
  const samples: Plugin = {
    name: 'dtm-embed-samples',
    generateBundle() {
      const dir = new URL('./data/samples/', import.meta.url);
      for (const f of readdirSync(dir).filter((f) => /\.(json|csv)$/.test(f))) {
        this.emitFile({ type: 'asset', fileName: `samples/${f}`, source: readFileSync(new URL(f, dir)) });
      }
    },
  };
  return {
    root: 'embed',
    base: './',
    define: { ...define, __DTM_IIFE_INTEGRITY__: JSON.stringify(integrity) },
    plugins: [...plugins, samples],
    build: {
      outDir: '../dist/embed',
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: true,
      rolldownOptions: {
        input: Object.fromEntries(['index.html', 'frame.html', 'embed.js'].map((f) => [f.replace(/\.\w+$/, ''), fileURLToPath(new URL(`./embed/${f}`, import.meta.url))])),
        output: {
          entryFileNames: (chunk) => (chunk.name === 'embed' ? 'embed.js' : 'assets/[name]-[hash].js'),
          chunkFileNames: 'assets/[name]-[hash].js',
          assetFileNames: 'assets/[name]-[hash][extname]',
        },
      },
    },
  };
}

const WEBGL = 'src/components/map/webgl.ts';

/**
 * A CDN build of `input` into dist/cdn: ES modules whose chunk URLs are relative to the entry (so
 * dist/cdn can be hosted under any path), with a manifest that scripts/size.mjs reads to find each
 * entry's full download.
 */
function cdnConfig(input: Record<string, string>, manifest: string | true = true, entryFileNames = '[name].js'): UserConfig {
  return {
    base: './',
    define,
    plugins: [...plugins, noPreloadHelper()],
    build: {
      outDir: 'dist/cdn',
      emptyOutDir: manifest === true,
      target: 'es2022',
      sourcemap: true,
      manifest,
      rolldownOptions: {
        input,
        // a widget's file may export more than its element: what its lazy chunks share with it (Lit)
        preserveEntrySignatures: manifest === true ? 'strict' : 'allow-extension',
        output: {
          entryFileNames,
          chunkFileNames: 'chunks/[name]-[hash].js',
          assetFileNames: 'assets/[name]-[hash][extname]',
          // the built-in boundaries are data: a chunk of their own, measured apart by scripts/size.mjs
          codeSplitting: { groups: [{ name: 'boundaries', test: /[\\/]data[\\/]boundaries[\\/]/ }] },
        },
      },
    },
  };
}

/**
 * Each widget's CDN file (counter.js, trend.js, map.js, time.js, board.js) is built on its own,
 * after dtm-widgets.js: a one-line file that imports the widget's code chunk, which holds
 * everything its first picture needs (Lit included), and its own lazy chunks (data, languages,
 * downloads). A page with one widget then downloads two files where a shared build gave it seven,
 * each with its imports and exports, and gzipped apart. A page with several widgets loads
 * dtm-widgets.js, whose elements share one Lit (two widget files on one page still work: each
 * registers its own element, and a board finds its widgets through a context keyed by a global
 * symbol). The map's code loads MapLibre from map-webgl.js, built once with dtm-widgets.js.
 */
function widgetFiles(): Plugin {
  // imported by the map's own code, which lives in chunks/ (see facade below)
  const webgl = '../map-webgl.js';
  const sharedWebgl: Plugin = {
    name: 'dtm-shared-webgl',
    enforce: 'pre',
    resolveId: (source, importer) => (source === './webgl.js' && importer?.endsWith('/src/components/map/gl-controller.ts') ? { id: webgl, external: 'absolute' } : null),
    generateBundle(_, bundle) {
      // the URL is relative to the file that imports it: that must be in chunks/, beside which map-webgl.js is one level up
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        if (chunk.dynamicImports.includes(webgl) && !chunk.fileName.startsWith('chunks/')) this.error(`${chunk.fileName} imports ${webgl}, which is not one level up from it`);
        // a second copy of MapLibre (1 MB) would mean webgl.ts is now imported from elsewhere: say so
        if (Object.keys(chunk.modules).some((id) => id.includes('/node_modules/maplibre-gl/'))) this.error(`${chunk.fileName} bundles MapLibre: webgl.ts is imported from outside gl-controller.ts (see widgetFiles)`);
      }
    },
  };
  /**
   * The widget's file (counter.js) is one line that imports its code (chunks/counter-<hash>.js).
   * Its lazy chunks import what they share with it (Lit, the strings) from that chunk: were the
   * code in counter.js itself, a page loading `counter.js?ver=6.4` (WordPress adds ?ver=) would
   * download and run it a second time when a chunk imports `../counter.js`, a URL without the
   * query, and the chunk would read strings from a copy that never loaded the page's language.
   */
  const facade = (name: string): Plugin => ({
    name: 'dtm-widget-facade',
    generateBundle(_, bundle) {
      const entry = Object.values(bundle).find((c) => c.type === 'chunk' && c.isEntry);
      if (!entry) return this.error(`no entry chunk for ${name}`);
      this.emitFile({ type: 'asset', fileName: `${name}.js`, source: `export*from"./${entry.fileName}";\n` });
    },
  });
  let cdn = false;
  return {
    name: 'dtm-widget-files',
    apply: 'build',
    // only after the CDN build itself: not when another tool (Storybook) builds with this config
    configResolved: (config) => void (cdn = config.build.outDir.replace(/\\/g, '/').endsWith('dist/cdn')),
    async closeBundle() {
      if (!cdn) return;
      for (const [name, entry] of Object.entries(widgets)) {
        const config = cdnConfig({ [name]: entry }, `.vite/manifest-${name}.json`, 'chunks/[name]-[hash].js');
        await build({ ...config, configFile: false, logLevel: 'warn', plugins: [...(config.plugins ?? []), sharedWebgl, facade(name)] });
      }
    },
  };
}

/*
 * Four builds from one config:
 *   vite build              dist/cdn/   ES modules for <script type="module">: dtm-widgets.js (all
 *                                       elements, sharing chunks), then one self-contained file per
 *                                       widget (widgetFiles)
 *   vite build --mode iife  dist/iife/  one classic <script> for CMSs that refuse modules
 *   vite build --mode lib   dist/lib/   the npm build: one module per source file, lit external
 *   vite build --mode embed dist/embed/ the embed builder, the iframe page and embed.js
 * `vite` (serve) runs the demo from source.
 * Not build.lib for the CDN: lib mode inlines assets and keeps whitespace in ES output.
 */
export default defineConfig(({ mode }): UserConfig => {
  if (mode === 'embed') return embedConfig();
  if (mode === 'iife') {
    return {
      define: { ...define, __DTM_IIFE__: 'true' },
      plugins,
      build: {
        outDir: 'dist/iife',
        emptyOutDir: true,
        target: 'es2022',
        sourcemap: true,
        // `name` is required by Vite for IIFE; with no exports the bundle assigns no global to it
        lib: { entry: 'src/iife.ts', formats: ['iife'], name: 'DtmWidgets', fileName: () => 'dtm-widgets.js' },
      },
    };
  }
  if (mode === 'lib') {
    return {
      define,
      plugins: [...plugins, maplibreFilesForNpm()],
      build: {
        outDir: 'dist/lib',
        emptyOutDir: true,
        target: 'es2022',
        minify: false,
        sourcemap: true,
        lib: {
          entry: { define: 'src/define.ts', index: 'src/index.ts', ...Object.fromEntries(Object.values(widgets).map((p) => [p.slice(4, -3), p])) },
          formats: ['es'],
        },
        rolldownOptions: {
          // dependencies stay imports for the consumer's bundler (lit, d3-*, topojson-client, maplibre-gl)
          external: (id) => /^(lit|@lit\/|d3-|topojson-client|maplibre-gl)/.test(id),
          output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
        },
      },
    };
  }
  return { ...cdnConfig({ 'dtm-widgets': 'src/define.ts', 'map-webgl': WEBGL }), plugins: [...plugins, noPreloadHelper(), widgetFiles()], server: { host: '127.0.0.1' } };
});
