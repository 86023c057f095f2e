#!/usr/bin/env node
// `npm run test:dist`: checks the built files (dist/) the way users meet them, after `npm run build`:
//  - the README's embed snippet pasted into a plain HTML page, loading dist/cdn/dtm-widgets.js;
//  - the same page under a strict Content-Security-Policy with Trusted Types enforced;
//  - the classic-script build (dist/iife) for CMSs that refuse modules;
//  - a page that loads only dist/cdn/counter.js downloads it and its one code chunk (self-contained);
//    loaded as counter.js?ver=6.4 (WordPress) its code still loads once;
//  - the library included twice on one page (module + classic script) keeps working;
//  - every package the bundler put into dist/ (per the source maps) has its licence notice;
//  - every target of package.json "exports" exists, and the side-effect-free entry imports in Node;
//  - the npm build (dist/lib) bundled by a consumer's Vite: its WebGL map finds MapLibre's worker,
//    and dist/lib holds no Vite-only import (`?inline`, `?url`) that other bundlers cannot read.
// Prints `dist: N passed, N failed` and writes reports/dist.json.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath, HOW_TO_GET_CHROMIUM, listenLocal } from './chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
if (!existsSync(join(root, 'dist/cdn/dtm-widgets.js'))) {
  console.error('dist/ not found: run `npm run build` first.');
  process.exit(2);
}
const executablePath = chromiumPath();
if (!executablePath) {
  console.error(HOW_TO_GET_CHROMIUM);
  process.exit(2);
}

// The snippet is the README's code between these two markers, as a web editor would copy it.
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const snippet = /<!-- snippet:start -->\s*```html\n([\s\S]*?)```\s*<!-- snippet:end -->/.exec(readme)?.[1];
const CDN = /https:\/\/cdn\.jsdelivr\.net\/npm\/dtm-widgets@[^/]+\/dist\/cdn\//g;

const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

// a map with inline data for three governorates (April 2024), in a 600px column
const MAP =
  '<div style="width:600px"><dtm-map label="IDPs"><script type="application/json">' +
  '[{"date":"2024-04-30","region":"IRQ-G09","value":233162},{"date":"2024-04-30","region":"IRQ-G15","value":229120},' +
  '{"date":"2024-04-30","region":"IRQ-G03","value":636}]</script></dtm-map></div>';
const BOARD =
  '<dtm-board><script type="application/json">[{"date":"2024-04-30","region":"IRQ-G09","value":233162},' +
  '{"date":"2024-04-30","region":"IRQ-G15","value":229120}]</script>' +
  '<dtm-counter duration="0" label="IDPs"></dtm-counter><dtm-counter duration="0" region="IRQ-G15"></dtm-counter></dtm-board>';
const page = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`;
const pages = {
  '/snippet.html': () => page(snippet.replace(CDN, '/dist/cdn/')),
  // A strict-CSP page cannot have inline <style> (the page's own rule, not ours): its editor moves
  // the snippet's style line into the site's stylesheet, served here as /site.css.
  '/snippet-csp.html': () =>
    page('<link rel="stylesheet" href="/site.css">' + snippet.replace(CDN, '/dist/cdn/').replace(/<style>[\s\S]*?<\/style>/, '')),
  '/site.css': () => /<style>([\s\S]*?)<\/style>/.exec(snippet)?.[1] ?? '',
  '/iife.html': () =>
    page('<dtm-counter value="2200" label="families assisted" duration="0"></dtm-counter><script src="/dist/iife/dtm-widgets.js"></script>'),
  '/counter-only.html': () =>
    page('<dtm-counter value="40000" label="community members" duration="0"></dtm-counter><script type="module" src="/dist/cdn/counter.js"></script>'),
  // WordPress adds ?ver= to the scripts it enqueues: the widget's code must still load once
  '/counter-query.html': () =>
    page('<dtm-counter lang="ar-IQ" label="x" src="/missing.json" duration="0"></dtm-counter><script type="module" src="/dist/cdn/counter.js?ver=6.4"></script>'),
  // a trend chart with inline data under the strict CSP: SVG, tooltip positioning through the
  // CSSOM, the lazily loaded data chunk
  '/trend-csp.html': () =>
    page(
      '<div id="box"><dtm-trend heading="IDPs" lang="ar-IQ"><script type="application/json">' +
        '[{"date":"2023-12-31","value":1123663},{"date":"2024-04-30","value":1098913}]' +
        '</script></dtm-trend></div><script type="module" src="/dist/cdn/trend.js"></script>',
    ),
  '/map-cdn.html': () => page(MAP + '<script type="module" src="/dist/cdn/map.js"></script>'),
  '/map-iife.html': () => page(MAP + '<script src="/dist/iife/dtm-widgets.js"></script>'),
  // the map under enforced Trusted Types: our policy for MapLibre's worker refused, then allowed
  '/map-tt-refused.html': () => page(MAP + '<script type="module" src="/dist/cdn/map.js"></script>'),
  '/map-tt.html': () => page(MAP + '<script type="module" src="/dist/cdn/map.js"></script>'),
  // a board written in the page before any script: with every element, and with the board's own
  // script loaded after the counter's (the counters were upgraded first and must still find it)
  '/board.html': () => page(BOARD + '<script type="module" src="/dist/cdn/dtm-widgets.js"></script>'),
  '/board-late.html': () => page(BOARD + '<script type="module" src="/dist/cdn/counter.js"></script><script type="module" src="/dist/cdn/board.js"></script>'),
  // two widgets' own files on one page: each brings its own copy of Lit and of the shared code
  '/two-files.html': () =>
    page(
      '<dtm-counter lang="ar-IQ" value="140000" duration="0"></dtm-counter><dtm-trend heading="IDPs" lang="ar-IQ"><script type="application/json">' +
        '[{"date":"2023-12-31","value":1123663},{"date":"2024-04-30","value":1098913}]</script></dtm-trend>' +
        '<script type="module" src="/dist/cdn/counter.js"></script><script type="module" src="/dist/cdn/trend.js"></script>',
    ),
  '/twice.html': () =>
    page(
      '<dtm-counter lang="ar-IQ" value="140000" duration="0"></dtm-counter>' +
        '<script type="module" src="/dist/cdn/dtm-widgets.js"></script><script src="/dist/iife/dtm-widgets.js"></script>' +
        '<script type="module" src="/dist/cdn/counter.js"></script>',
    ),
};

const types = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.html': 'text/html; charset=utf-8', '.json': 'application/json', '.map': 'application/json' };
const server = await listenLocal((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  const headers = {};
  if (path === '/snippet-csp.html' || path === '/trend-csp.html') headers['Content-Security-Policy'] = STRICT_CSP;
  if (path === '/map-tt-refused.html') headers['Content-Security-Policy'] = "require-trusted-types-for 'script'; trusted-types lit-html";
  if (path === '/map-tt.html') headers['Content-Security-Policy'] = "require-trusted-types-for 'script'; trusted-types lit-html dtm-widgets";
  if (path === '/favicon.ico') {
    res.writeHead(204).end();
    return;
  }
  if (pages[path]) {
    res.writeHead(200, { 'Content-Type': path.endsWith('.css') ? 'text/css' : types['.html'], ...headers });
    res.end(pages[path]());
    return;
  }
  const file = normalize(join(root, path));
  if (!file.startsWith(join(root, 'dist')) || !existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
});
const { origin } = server;

// software WebGL2 (SwiftShader) for the map checks
const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, '--use-angle=swiftshader', '--enable-unsafe-swiftshader'] });

let passed = 0;
let failed = 0;
async function check(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`  ✓ ${name}`);
  } catch (e) {
    failed++;
    console.log(`  ✗ ${name}\n      ${String(e?.message ?? e).split('\n').join('\n      ')}`);
  }
}
function assert(ok, message) {
  if (!ok) throw new Error(message);
}

/** Opens a page and reports its counters' state and figures, requests, errors and CSP violations. */
async function visit(path) {
  const context = await browser.newContext();
  const p = await context.newPage();
  const requests = [];
  const errors = [];
  const warnings = [];
  p.on('request', (r) => requests.push(new URL(r.url()).pathname));
  p.on('pageerror', (e) => errors.push(e.message));
  p.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
    if (m.type() === 'warning') warnings.push(m.text());
  });
  await p.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await p.goto(origin + path);
  await p.waitForFunction(() => [...document.querySelectorAll('dtm-counter')].every((c) => c.shadowRoot && c.getAttribute('state')), null, {
    timeout: 10_000,
  });
  // let count-up animations (if any) finish
  await p.waitForFunction(
    () => [...document.querySelectorAll('dtm-counter')].every((c) => {
      const shown = c.shadowRoot.querySelector('[part~="figure"] .shown');
      return !shown || shown.textContent === c.shadowRoot.querySelector('[part~="figure"] .sizer')?.textContent;
    }),
    null,
    { timeout: 10_000 },
  );
  const counters = await p.$$eval('dtm-counter', (els) =>
    els.map((c) => ({
      state: c.getAttribute('state'),
      figure: c.shadowRoot.querySelector('[part~="figure"] .shown')?.textContent ?? '',
      text: c.shadowRoot.textContent.replace(/\s+/g, ' ').trim(),
    })),
  );
  const violations = await p.evaluate(() => window.__violations);
  const globals = await p.evaluate(() => Object.keys(window).filter((k) => /dtm/i.test(k)));
  await context.close();
  return { counters, requests, errors, warnings, violations, globals };
}

console.log('Checking dist/ in Chromium');

await check('the README has an embed snippet between the snippet markers', () => {
  assert(snippet && snippet.includes('<dtm-counter'), 'no <!-- snippet:start --> … <!-- snippet:end --> block with a <dtm-counter> in README.md');
  assert(CDN.test(snippet), 'the snippet does not load dist/cdn/dtm-widgets.js from the CDN address');
});

for (const [path, title] of [
  ['/snippet.html', 'the README snippet works pasted into a plain page'],
  ['/snippet-csp.html', 'the README snippet works under a strict CSP with Trusted Types'],
]) {
  await check(title, async () => {
    const r = await visit(path);
    assert(r.counters.length > 0, 'no counters on the page');
    for (const c of r.counters) {
      assert(c.state === 'ready', `a counter is in state "${c.state}": ${c.text}`);
      assert(/\d|[٠-٩]/.test(c.figure), `a counter shows no figure: ${c.text}`);
      assert(!/NaN|undefined/.test(c.text), `a counter shows ${c.text}`);
    }
    assert(r.errors.length === 0, `page errors: ${r.errors.join(' | ')}`);
    assert(r.violations.length === 0, `CSP violations: ${r.violations.join(' | ')}`);
  });
}

await check('the classic <script> build (dist/iife) renders a counter and adds no global', async () => {
  const r = await visit('/iife.html');
  assert(r.counters[0]?.figure === '2,200', `figure is ${JSON.stringify(r.counters[0]?.figure)}`);
  assert(r.errors.length === 0, `page errors: ${r.errors.join(' | ')}`);
  assert(r.globals.length === 0, `the script added globals: ${r.globals.join(', ')}`);
});

await check('a counter-only page downloads counter.js and its one code chunk, nothing else', async () => {
  const r = await visit('/counter-only.html');
  assert(r.counters[0]?.figure === '40,000', `figure is ${JSON.stringify(r.counters[0]?.figure)}`);
  const scripts = r.requests.filter((u) => u.endsWith('.js'));
  assert(scripts.length === 2 && scripts[0] === '/dist/cdn/counter.js' && /^\/dist\/cdn\/chunks\/counter-[\w-]{8}\.js$/.test(scripts[1]), `a counter page fetched ${scripts.join(', ')}`);
  console.log(`      requests: ${scripts.join(', ')}`);
});

await check('counter.js?ver=6.4 (as WordPress enqueues it) loads its code once, and an Arabic counter stays Arabic', async () => {
  const r = await visit('/counter-query.html');
  const scripts = r.requests.filter((u) => u.endsWith('.js'));
  const twice = scripts.filter((u, i) => scripts.indexOf(u) !== i);
  assert(twice.length === 0, `fetched twice: ${twice.join(', ')}`);
  assert(r.counters[0]?.state === 'error', `state is ${r.counters[0]?.state}`);
  assert(/[\u0600-\u06ff]/.test(r.counters[0].text) && !/address|not found/i.test(r.counters[0].text), `the error reads: ${r.counters[0].text}`);
});

await check('the library included twice (module, classic script, per-widget entry) keeps working, silently', async () => {
  const r = await visit('/twice.html');
  assert(r.counters[0]?.figure === '١٤٠٬٠٠٠', `figure is ${JSON.stringify(r.counters[0]?.figure)}`);
  assert(r.errors.length === 0, `page errors: ${r.errors.join(' | ')}`);
  assert(!r.warnings.some((w) => w.includes('already defined')), `warned: ${r.warnings.join(' | ')}`);
});

await check('a trend chart draws under the strict CSP with Trusted Types, its tooltip moves, and its Download menu opens', async () => {
  const context = await browser.newContext();
  const p = await context.newPage();
  const errors = [];
  p.on('pageerror', (e) => errors.push(e.message));
  p.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await p.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await p.goto(origin + '/trend-csp.html');
  await p.waitForFunction(() => document.querySelector('dtm-trend')?.getAttribute('state') === 'ready', null, { timeout: 10_000 });
  await p.focus('dtm-trend >> [part~="plot"]');
  await p.keyboard.press('End');
  const tip = await p.waitForFunction(() => {
    const t = document.querySelector('dtm-trend').shadowRoot.querySelector('[part~="tooltip"]');
    return t && getComputedStyle(t).translate !== 'none' ? t.textContent.replace(/\s+/g, ' ').trim() : null;
  }, null, { timeout: 5000 }).then((h) => h.jsonValue());
  // the menu's list and its look are a lazy chunk and a constructed stylesheet: both allowed by the policy
  await p.focus('dtm-trend >> [part="download"]');
  await p.keyboard.press('Enter');
  const menu = await p.waitForFunction(() => {
    const root = document.querySelector('dtm-trend').shadowRoot;
    const item = root.activeElement;
    return item?.getAttribute('role') === 'menuitem' ? `${item.textContent} ${getComputedStyle(item.parentElement).position}` : null;
  }, null, { timeout: 5000 }).then((h) => h.jsonValue());
  await p.keyboard.press('Escape');
  const violations = await p.evaluate(() => window.__violations);
  const marks = await p.$$eval('dtm-trend', (els) => [...els[0].shadowRoot.querySelectorAll('.mark text')].map((t) => t.textContent));
  await context.close();
  assert(violations.length === 0, `CSP violations: ${violations.join(' | ')}`);
  assert(errors.length === 0, `page errors: ${errors.join(' | ')}`);
  assert(marks.join(',').includes('١٬٠٩٨٬٩١٣'), `marks: ${marks.join(', ')}`);
  assert(tip.includes('١٬٠٩٨٬٩١٣'), `tooltip: ${tip}`);
  assert(menu === 'البيانات (CSV) absolute', `the Download menu's first item: ${menu}`);
});

/** A new page that records the paths it requests and its uncaught errors. */
async function watchedPage() {
  const context = await browser.newContext();
  const p = await context.newPage();
  const requests = [];
  const errors = [];
  p.on('request', (r) => requests.push(new URL(r.url()).pathname));
  p.on('pageerror', (e) => errors.push(e.message));
  return { context, p, requests, errors };
}

for (const [path, title] of [
  ['/map-cdn.html', 'a map page (ES modules) shows the SVG picture, then loads MapLibre and its worker and switches to WebGL'],
  ['/map-iife.html', 'a map page (classic script) loads MapLibre from dist/cdn/map-webgl.js and switches to WebGL'],
]) {
  await check(title, async () => {
    const { context, p, requests, errors } = await watchedPage();
    await p.goto(origin + path);
    await p.waitForFunction(() => document.querySelector('dtm-map')?.getAttribute('state') === 'ready', null, { timeout: 10_000 });
    const first = await p.evaluate(() => document.querySelector('dtm-map').getAttribute('rendering'));
    await p.waitForFunction(() => document.querySelector('dtm-map')?.getAttribute('rendering') === 'webgl', null, { timeout: 60_000 });
    await context.close();
    assert(first === 'svg', `the first picture was ${first}`);
    assert(requests.some((u) => /map-webgl/.test(u)) || requests.some((u) => /chunks\/webgl/.test(u)), `no MapLibre chunk requested: ${requests.join(', ')}`);
    assert(requests.some((u) => /maplibre-gl-worker/.test(u)), 'the MapLibre worker was not loaded');
    assert(errors.length === 0, `page errors: ${errors.join(' | ')}`);
  });
}

for (const [path, title] of [
  ['/board.html', 'a board written in the page shares its data with the counters inside (dtm-widgets.js)'],
  ['/board-late.html', 'counters upgraded before their board (counter.js, then board.js) still read the board'],
]) {
  await check(title, async () => {
    const { context, p, errors } = await watchedPage();
    await p.goto(origin + path);
    await p.waitForFunction(() => [...document.querySelectorAll('dtm-counter')].every((c) => c.getAttribute('state') === 'ready'), null, { timeout: 15_000 });
    const figures = await p.evaluate(() => [...document.querySelectorAll('dtm-counter')].map((c) => c.shadowRoot.querySelector('[part=figure] .sr-only').textContent));
    await context.close();
    assert(JSON.stringify(figures) === JSON.stringify(['462,282', '229,120']), `figures: ${figures.join(' | ')}`);
    assert(errors.length === 0, `page errors: ${errors.join(' | ')}`);
  });
}

await check('two widgets\' own files on one page (counter.js, trend.js) both draw, in Arabic, without an error', async () => {
  const { context, p, errors } = await watchedPage();
  await p.goto(origin + '/two-files.html');
  await p.waitForFunction(() => ['dtm-counter', 'dtm-trend'].every((t) => document.querySelector(t)?.getAttribute('state') === 'ready'), null, { timeout: 15_000 });
  const shown = await p.evaluate(() => [
    document.querySelector('dtm-counter').shadowRoot.querySelector('[part=figure] .sr-only').textContent,
    [...document.querySelector('dtm-trend').shadowRoot.querySelectorAll('.mark text')].map((t) => t.textContent).join(','),
  ]);
  await context.close();
  assert(shown[0] === '١٤٠٬٠٠٠', `counter: ${shown[0]}`);
  assert(shown[1].includes('١٬٠٩٨٬٩١٣'), `trend marks: ${shown[1]}`);
  assert(errors.length === 0, `page errors: ${errors.join(' | ')}`);
});

await check('under enforced Trusted Types, a page that lists the "dtm-widgets" policy gets the WebGL map', async () => {
  const { context, p, errors } = await watchedPage();
  await p.goto(origin + '/map-tt.html');
  await p.waitForFunction(() => document.querySelector('dtm-map')?.getAttribute('rendering') === 'webgl', null, { timeout: 60_000 });
  await context.close();
  assert(errors.length === 0, `page errors: ${errors.join(' | ')}`);
});

await check('under enforced Trusted Types that refuse our policy, the map stays on SVG with one note and no uncaught error', async () => {
  const { context, p, errors } = await watchedPage();
  const notes = [];
  p.on('console', (m) => m.type() === 'warning' && notes.push(m.text()));
  await p.goto(origin + '/map-tt-refused.html');
  await p.waitForFunction(() => document.querySelector('dtm-map')?.getAttribute('state') === 'ready', null, { timeout: 10_000 });
  // the WebGL chunk is fetched near the viewport, then refused: the note says so
  await p.waitForFunction(() => document.querySelector('dtm-map')?.hasAttribute('rendering'), null, { timeout: 10_000 });
  for (let i = 0; i < 100 && !notes.some((n) => n.includes('dtm-widgets')); i++) await p.waitForTimeout(100);
  const rendering = await p.evaluate(() => document.querySelector('dtm-map').getAttribute('rendering'));
  await context.close();
  assert(rendering === 'svg', `rendering is ${rendering}`);
  assert(errors.length === 0, `uncaught errors: ${errors.join(' | ')}`);
  const said = notes.filter((n) => n.includes('[dtm-map]'));
  assert(said.length === 1 && said[0].includes('"dtm-widgets"'), `console notes: ${said.join(' | ')}`);
});

await check('every package bundled into dist/ has its notice in THIRD-PARTY-NOTICES.md, at its version', () => {
  // the packages the bundler put into the built files, read from their source maps
  const found = new Set();
  for (const dir of ['dist/cdn', 'dist/cdn/chunks', 'dist/iife']) {
    if (!existsSync(join(root, dir))) continue;
    for (const f of readdirSync(join(root, dir)).filter((f) => f.endsWith('.map'))) {
      for (const source of JSON.parse(readFileSync(join(root, dir, f), 'utf8')).sources) {
        const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
        if (m) found.add(m[1]);
      }
    }
  }
  assert(found.has('lit') && found.has('maplibre-gl'), `source maps list only: ${[...found].join(', ')}`);
  const notices = readFileSync(join(root, 'THIRD-PARTY-NOTICES.md'), 'utf8');
  const missing = [...found].filter((name) => {
    const { version } = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8'));
    return !notices.includes(`### ${name} ${version} (`);
  });
  assert(missing.length === 0, `no notice for: ${missing.join(', ')}`);
});

await check('every package.json "exports" target exists', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const targets = Object.values(pkg.exports).flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t)));
  const missing = targets.filter((t) => !t.includes('*') && !existsSync(join(root, t)));
  assert(missing.length === 0, `missing: ${missing.join(', ')}`);
});

await check("'dtm-widgets/elements' imports in Node without defining anything", async () => {
  const mod = await import('dtm-widgets/elements');
  assert(typeof mod.DtmCounter === 'function', 'DtmCounter is not exported');
  assert(typeof mod.formatNumber === 'function', 'formatNumber is not exported');
  assert(mod.VERSION === JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version, `VERSION is ${mod.VERSION}`);
});

await check('dist/lib imports nothing Vite-only, and carries MapLibre\'s worker beside webgl.js', () => {
  const files = [];
  const walk = (dir) => {
    for (const e of readdirSync(join(root, dir), { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else if (e.name.endsWith('.js')) files.push(join(dir, e.name));
    }
  };
  walk('dist/lib');
  const suffixed = files.filter((f) => /\bfrom\s*["'][^"']*\?[^"']*["']|import\(\s*["'][^"']*\?/.test(readFileSync(join(root, f), 'utf8')));
  assert(suffixed.length === 0, `Vite-only imports in: ${suffixed.join(', ')}`);
  assert(!files.some((f) => f.includes('node_modules')), 'a module under dist/lib/node_modules (npm leaves such folders out of the package)');
  const worker = join(root, 'dist/lib/components/map/maplibre-gl-worker.mjs');
  assert(existsSync(worker), 'no dist/lib/components/map/maplibre-gl-worker.mjs');
  assert(readFileSync(worker).equals(readFileSync(join(root, 'node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs'))), 'the worker is not MapLibre\'s, as installed');
});

await check('the npm build bundled by a consumer\'s Vite: the map switches to WebGL with MapLibre\'s worker', async () => {
  // a consumer project that installed dtm-widgets (a link to this package) and imports one widget
  const app = mkdtempSync(join(tmpdir(), 'dtm-consumer-'));
  try {
    mkdirSync(join(app, 'node_modules'));
    symlinkSync(root, join(app, 'node_modules/dtm-widgets'), 'dir');
    writeFileSync(join(app, 'index.html'), page(MAP + '<script type="module" src="./main.js"></script>'));
    writeFileSync(join(app, 'main.js'), "import 'dtm-widgets/map';\n");
    const { build } = await import('vite');
    await build({ root: app, base: './', configFile: false, logLevel: 'silent', build: { outDir: join(root, 'dist/npm-consumer'), emptyOutDir: true, chunkSizeWarningLimit: 4096 } });
  } finally {
    rmSync(app, { recursive: true, force: true });
  }
  const { context, p, requests, errors } = await watchedPage();
  try {
    await p.goto(`${origin}/dist/npm-consumer/index.html`);
    await p.waitForFunction(() => document.querySelector('dtm-map')?.getAttribute('rendering') === 'webgl', null, { timeout: 60_000 });
  } finally {
    await context.close();
    // served from dist/ for the test only: never published with the package ("files": dist/)
    rmSync(join(root, 'dist/npm-consumer'), { recursive: true, force: true });
  }
  assert(requests.some((u) => /\/dist\/npm-consumer\/assets\/maplibre-gl-worker-[\w-]+\.mjs$/.test(u)), `the worker was not loaded from the consumer's build: ${requests.join(', ')}`);
  assert(errors.length === 0, `page errors: ${errors.join(' | ')}`);
});

// the web editors' files: builder, iframe page, embed.js (issue 11)
await (await import('./test-dist-embed.mjs')).checkEmbed({ browser, check, assert, root });

await browser.close();
server.close();
mkdirSync(join(root, 'reports'), { recursive: true });
writeFileSync(join(root, 'reports/dist.json'), JSON.stringify({ passed, failed }));
console.log(`\ndist: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
