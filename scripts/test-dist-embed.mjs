// The web editors' files in dist/embed/ (issue 11), checked in Chromium the way they are used:
// host pages on one origin (http://localhost:PORT) framing dist/embed/frame.html from another
// (http://127.0.0.1:PORT), embed.js sizing the frames, the builder's snippets pasted into blank
// pages, WordPress-style filtering of the div snippet, axe on the builder and the frame, print.
// Imported by scripts/test-dist.mjs, which counts the checks into reports/dist.json.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.html': 'text/html; charset=utf-8', '.json': 'application/json', '.csv': 'text/csv', '.css': 'text/css', '.map': 'application/json' };
const page = (body, lang = 'en') => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>host</title></head><body>${body}</body></html>`;

/** Strips what WordPress's kses removes for users without unfiltered_html: scripts, iframes, custom elements. */
export function wordpressFilter(html) {
  return html
    .replace(/<script\b[\s\S]*?<\/script>/gi, '')
    .replace(/<iframe\b[\s\S]*?<\/iframe>/gi, '')
    .replace(/<\/?[a-z][a-z0-9]*-[\w-]*\b[^>]*>/gi, '');
}

export async function checkEmbed({ browser, check, assert, root }) {
  const pages = new Map(); // path → html, for the host pages the checks make
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const headers = { 'Access-Control-Allow-Origin': '*' }; // as jsDelivr and GitHub Pages send it
    if (url.pathname === '/to-localhost') {
      // a marked iframe whose src is on 127.0.0.1 but whose page ends up on localhost
      res.writeHead(302, { Location: `http://localhost:${port}/blank.html` }).end();
      return;
    }
    if (url.pathname === '/blank.html') {
      res.writeHead(200, { ...headers, 'Content-Type': TYPES['.html'] }).end(page('<p>blank</p>'));
      return;
    }
    if (pages.has(url.pathname)) {
      res.writeHead(200, { ...headers, 'Content-Type': TYPES['.html'] }).end(pages.get(url.pathname));
      return;
    }
    const file = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!file.startsWith(join(root, 'dist')) || !existsSync(file) || !extname(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const port = server.address().port;
  const FRAMES = `http://127.0.0.1:${port}`; // the origin that serves dist/
  const HOST = `http://localhost:${port}`; // the editors' pages
  const frameUrl = (q) => `${FRAMES}/dist/embed/frame.html?${new URLSearchParams(q)}`;
  const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

  async function open(path, html, { width = 1000, height = 800 } = {}) {
    if (html !== undefined) pages.set(path, html);
    const context = await browser.newContext({ viewport: { width, height } });
    const p = await context.newPage();
    const errors = [];
    p.on('pageerror', (e) => errors.push(e.message));
    p.on('dialog', (d) => {
      errors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await p.goto(HOST + path);
    return { context, p, errors };
  }
  /** The Playwright frame of the iframe matching `selector` on `p`, once its widget has rendered. */
  async function frameOf(p, selector) {
    const handle = await p.waitForSelector(selector);
    const f = await handle.contentFrame();
    await f.waitForFunction(() => {
      const w = document.querySelector('#widget > *');
      return w && (w.shadowRoot ? ['ready', 'error', 'empty'].includes(w.getAttribute('state')) : true);
    }, null, { timeout: 15_000 });
    return f;
  }
  const contentHeight = (f) => f.evaluate(() => document.getElementById('widget').getBoundingClientRect().height);
  const iframeHeight = (p, selector) => p.$eval(selector, (el) => el.getBoundingClientRect().height);
  async function settle(p, f, selector) {
    // the height follows the content: wait until the two agree (or time out and report both)
    const end = Date.now() + 5000;
    let a = 0;
    let b = -99;
    while (Date.now() < end) {
      a = await contentHeight(f);
      b = await iframeHeight(p, selector);
      if (Math.abs(a - b) <= 2) return { content: a, iframe: b };
      await p.waitForTimeout(50);
    }
    return { content: a, iframe: b };
  }

  await check('npm run build emits dist/embed/{index.html,frame.html,embed.js}; embed.js is a classic script within 1 KiB gzip', () => {
    for (const f of ['index.html', 'frame.html', 'embed.js']) assert(existsSync(join(root, 'dist/embed', f)), `dist/embed/${f} is missing`);
    const js = readFileSync(join(root, 'dist/embed/embed.js'));
    const gz = gzipSync(js, { level: 9 }).length;
    console.log(`      embed.js: ${js.length} B, ${gz} B gzip`);
    assert(gz <= 1024, `embed.js is ${gz} B gzip`);
    assert(!/^\s*(import|export)\b/m.test(js.toString()), 'embed.js has import/export: not a classic script');
  });

  for (const width of [320, 1000]) {
    await check(`an iframe at ${width} px takes its content's height (±2 px) from embed.js, grows and shrinks with it`, async () => {
      const src = frameUrl({ w: 'counter', value: '140000', label: 'beneficiaries', source: 'IOM Iraq', 'as-of': '2024-04-30', duration: '0', id: 'c1' });
      const { context, p, errors } = await open(`/size-${width}.html`, page(`<div style="width:${width}px"><iframe id="f" src="${src}" title="t" style="width:100%;border:0" data-dtm-embed></iframe></div><script src="${FRAMES}/dist/embed/embed.js"></script>`), { width: width + 40 });
      try {
        const f = await frameOf(p, '#f');
        const first = await settle(p, f, '#f');
        assert(Math.abs(first.content - first.iframe) <= 2, `content ${first.content} px, iframe ${first.iframe} px`);
        assert(first.iframe !== 150, 'the iframe kept its default 150 px');
        await f.evaluate(() => document.querySelector('dtm-counter').setAttribute('label', 'beneficiaries in Ninewa, Duhok, Erbil, Sulaymaniyah, Kirkuk, Salah al-Din, Anbar and Baghdad governorates since January 2014, as reported by partners'));
        const grown = await settle(p, f, '#f');
        assert(grown.content > first.content && Math.abs(grown.content - grown.iframe) <= 2, `after growing: content ${grown.content}, iframe ${grown.iframe} (was ${first.iframe})`);
        await f.evaluate(() => document.querySelector('dtm-counter').setAttribute('label', 'beneficiaries'));
        const shrunk = await settle(p, f, '#f');
        assert(shrunk.content < grown.content && Math.abs(shrunk.content - shrunk.iframe) <= 2, `after shrinking: content ${shrunk.content}, iframe ${shrunk.iframe} (was ${grown.iframe})`);
        assert(errors.length === 0, errors.join(' | '));
      } finally {
        await context.close();
      }
    });
  }

  await check('embed.js loaded after the frame reported still sizes it (it pings); loaded twice, it is harmless', async () => {
    const src = frameUrl({ w: 'counter', value: '2200', label: 'families assisted', duration: '0' });
    const { context, p, errors } = await open('/late.html', page(`<iframe id="f" src="${src}" title="t" style="width:100%;border:0" data-dtm-embed></iframe>`));
    try {
      const f = await frameOf(p, '#f');
      await p.waitForTimeout(300); // the frame has posted its height to nobody
      assert((await iframeHeight(p, '#f')) === 150, 'the iframe was sized before embed.js arrived');
      await p.evaluate((url) => {
        for (let i = 0; i < 2; i++) {
          const s = document.createElement('script');
          s.src = url;
          document.body.append(s);
        }
      }, `${FRAMES}/dist/embed/embed.js`);
      const r = await settle(p, f, '#f');
      assert(Math.abs(r.content - r.iframe) <= 2, `content ${r.content} px, iframe ${r.iframe} px`);
      const added = await p.evaluate((s) => {
        const el = document.createElement('iframe');
        el.id = 'g';
        el.title = 't';
        el.style.cssText = 'width:100%;border:0';
        el.dataset.dtmEmbed = '';
        el.src = s;
        document.body.append(el);
        return true;
      }, frameUrl({ w: 'counter', value: '5', label: 'sites', source: 'IOM Iraq', duration: '0' }));
      const g = await frameOf(p, '#g');
      const r2 = await settle(p, g, '#g');
      assert(added && Math.abs(r2.content - r2.iframe) <= 2, `an iframe added later: content ${r2.content}, iframe ${r2.iframe}`);
      assert(errors.length === 0, errors.join(' | '));
    } finally {
      await context.close();
    }
  });

  await check('embed.js ignores unmarked frames, other origins and the host window; NaN and "1e9" are ignored, -5 and 99999 clamped', async () => {
    const { context, p, errors } = await open(
      '/hostile.html',
      page(
        `<iframe id="marked" src="${FRAMES}/blank.html" title="a" data-dtm-embed></iframe>` +
          `<iframe id="unmarked" src="${FRAMES}/blank.html" title="b"></iframe>` +
          `<iframe id="moved" src="${FRAMES}/to-localhost" title="c" data-dtm-embed></iframe>` +
          `<script src="${FRAMES}/dist/embed/embed.js"></script>`,
      ),
    );
    try {
      const frame = async (id) => (await p.waitForSelector(`#${id}`)).contentFrame();
      const post = async (id, height) => {
        const f = await frame(id);
        await f.waitForLoadState();
        await f.evaluate((h) => parent.postMessage({ type: 'dtm-widgets:resize', version: 1, height: h === 'NaN' ? Number.NaN : h }, '*'), height);
        await p.waitForTimeout(100);
      };
      const style = (id) => p.$eval(`#${id}`, (el) => el.style.cssText);
      await post('unmarked', 500);
      assert((await style('unmarked')) === '', `unmarked frame: ${await style('unmarked')}`);
      const moved = await frame('moved');
      await moved.waitForLoadState();
      assert(moved.url().startsWith(HOST), `the moved frame is at ${moved.url()}`);
      await post('moved', 500);
      assert((await style('moved')) === '', `a frame now on another origin than its src: ${await style('moved')}`);
      await p.evaluate(() => window.postMessage({ type: 'dtm-widgets:resize', version: 1, height: 500 }, '*'));
      await p.waitForTimeout(100);
      assert((await style('marked')) === '' && (await style('unmarked')) === '', 'a message from the host window changed a frame');
      for (const bad of ['NaN', '1e9', '500', null, { toString: 1 }]) {
        await post('marked', bad);
        assert((await style('marked')) === '', `height ${JSON.stringify(bad)} was taken: ${await style('marked')}`);
      }
      await post('marked', -5);
      assert((await style('marked')) === 'height: 80px;', `-5 → ${await style('marked')}`);
      await post('marked', 99999);
      assert((await style('marked')) === 'height: 4000px;', `99999 → ${await style('marked')}`);
      await post('marked', 321.4);
      assert((await style('marked')) === 'height: 321px;', `321.4 → ${await style('marked')}`);
      const attrs = await p.$eval('#marked', (el) => el.getAttributeNames().sort().join(','));
      assert(attrs === 'data-dtm-embed,id,src,style,title', `attributes now: ${attrs}`);
      assert(p.url() === `${HOST}/hostile.html`, `the host navigated to ${p.url()}`);
      assert(errors.length === 0, errors.join(' | '));
    } finally {
      await context.close();
    }
  });

  await check('frame.html in a sandboxed WordPress-style frame: its id and height, WordPress\'s {message, value, secret}; embed.js takes origin "null"', async () => {
    const src = `${frameUrl({ w: 'counter', value: '140000', label: 'beneficiaries', source: 'IOM Iraq', duration: '0', id: 'wp-1' })}#?secret=AbC123xyZ9`;
    const listen = `<script>window.__got=[];addEventListener('message',(e)=>window.__got.push({origin:e.origin,data:e.data}));</script>`;
    const { context, p, errors } = await open('/wordpress.html', page(`${listen}<iframe id="f" sandbox="allow-scripts" security="restricted" src="${src}" title="t" style="width:100%;border:0" data-dtm-embed></iframe><script src="${FRAMES}/dist/embed/embed.js"></script>`));
    try {
      await p.waitForFunction(() => window.__got.some((m) => m.data?.message === 'height' && m.data.value > 80) && window.__got.some((m) => m.data?.type === 'dtm-widgets:resize' && m.data.height > 80), null, { timeout: 15_000 });
      assert(!(await p.evaluate(() => window.__got.some((m) => m.data?.height === 0 || m.data?.value === 0))), 'the frame reported a height of 0');
      const got = await p.evaluate(() => window.__got);
      const resize = got.filter((m) => m.data?.type === 'dtm-widgets:resize').at(-1);
      const wp = got.filter((m) => m.data?.message === 'height').at(-1);
      assert(resize.origin === 'null' && resize.data.version === 1 && resize.data.id === 'wp-1' && resize.data.height > 80, `resize: ${JSON.stringify(resize)}`);
      assert(Object.keys(resize.data).sort().join() === 'height,id,type,version', `resize keys: ${Object.keys(resize.data)}`);
      assert(wp.data.secret === 'AbC123xyZ9' && wp.data.value === resize.data.height, `WordPress message: ${JSON.stringify(wp)}`);
      const h = await p.$eval('#f', (el) => el.style.height);
      assert(h === `${resize.data.height}px`, `the sandboxed iframe is ${h}, the frame said ${resize.data.height}`);
      assert(errors.length === 0, errors.join(' | '));
    } finally {
      await context.close();
    }
  });

  await check('frame.html: title=<img onerror>, label=<script>, source-url=javascript: run nothing and show as text', async () => {
    const src = frameUrl({
      w: 'counter',
      value: '140000',
      duration: '0',
      title: '<img src=x onerror="parent.postMessage(\'pwned\',\'*\');window.__pwned=1">',
      label: '<script>window.__pwned=1</script>',
      source: 'IOM <b>Iraq</b>',
      'source-url': 'javascript:window.__pwned=1',
      onload: 'window.__pwned=1',
    });
    const { context, p, errors } = await open('/xss.html', page(`<iframe id="f" src="${src}" title="t" data-dtm-embed></iframe>`));
    try {
      const f = await frameOf(p, '#f');
      const seen = await f.evaluate(() => {
        const c = document.querySelector('dtm-counter');
        const shadow = c.shadowRoot;
        shadow.querySelector('[part~="source"]')?.click();
        return {
          pwned: window.__pwned,
          title: document.title,
          imgs: document.querySelectorAll('img').length + shadow.querySelectorAll('img, script, b').length,
          links: shadow.querySelectorAll('a').length,
          label: shadow.querySelector('[part~="label"]')?.textContent,
          source: shadow.querySelector('[part~="source"]')?.textContent,
          attrs: c.getAttributeNames().sort().join(','),
        };
      });
      await p.waitForTimeout(200);
      assert(seen.pwned === undefined, 'script ran in the frame');
      assert(seen.imgs === 0 && seen.links === 0, `elements from the URL: ${JSON.stringify(seen)}`);
      assert(seen.label === '<script>window.__pwned=1</script>', `label: ${seen.label}`);
      assert(seen.source?.includes('IOM <b>Iraq</b>'), `source: ${seen.source}`);
      assert(seen.title.startsWith('<img src=x'), `title: ${seen.title}`);
      // the URL's attributes, and what the element reflects (state, theme): no title, no onload
      assert(seen.attrs.replace(/,theme|,state/g, '') === 'duration,label,source,source-url,value', `attributes: ${seen.attrs}`);
      assert(errors.length === 0, errors.join(' | '));
    } finally {
      await context.close();
    }
  });

  await check('frame.html: an unknown w shows a clear message; src must be http(s)', async () => {
    const { context, p } = await open('/unknown.html', page(`<iframe id="f" src="${frameUrl({ w: 'pie' })}" title="t"></iframe><iframe id="g" src="${frameUrl({ w: 'counter', src: 'javascript:alert(1)', value: '7', duration: '0' })}" title="t"></iframe>`));
    try {
      const f = await frameOf(p, '#f');
      const text = await f.evaluate(() => document.body.textContent.trim());
      assert(/Unknown widget "pie"/.test(text), `message: ${text}`);
      const g = await frameOf(p, '#g');
      assert((await g.evaluate(() => document.querySelector('dtm-counter').hasAttribute('src'))) === false, 'a javascript: src was passed on');
    } finally {
      await context.close();
    }
  });

  for (const lang of ['ar', 'ckb']) {
    await check(`lang=${lang} frames are right to left with no horizontal overflow at 320 px (counter, trend)`, async () => {
      const sample = `${FRAMES}/dist/embed/samples/iraq-idps-national.dtm.json`;
      const body =
        `<iframe id="c" src="${frameUrl({ w: 'counter', lang, src: sample, label: 'نازحون داخلياً في العراق', compare: 'previous', source: 'IOM DTM', 'source-url': 'https://iraqdtm.iom.int/', duration: '0' })}" title="c" style="width:320px;border:0" data-dtm-embed></iframe>` +
        `<iframe id="t" src="${frameUrl({ w: 'trend', lang, src: sample, source: 'IOM DTM' })}" title="t" style="width:320px;border:0" data-dtm-embed></iframe>` +
        `<script src="${FRAMES}/dist/embed/embed.js"></script>`;
      const { context, p, errors } = await open(`/rtl-${lang}.html`, page(body), { width: 400 });
      try {
        for (const id of ['c', 't']) {
          const f = await frameOf(p, `#${id}`);
          const r = await f.evaluate(() => ({ dir: document.documentElement.dir, lang: document.documentElement.lang, scroll: document.documentElement.scrollWidth, inner: window.innerWidth, state: document.querySelector('#widget > *').getAttribute('state') }));
          assert(r.dir === 'rtl' && r.lang === lang, `${id}: dir=${r.dir} lang=${r.lang}`);
          assert(r.state === 'ready', `${id}: state ${r.state}`);
          assert(r.scroll <= r.inner, `${id}: scrollWidth ${r.scroll} > ${r.inner}`);
        }
        assert(errors.length === 0, errors.join(' | '));
      } finally {
        await context.close();
      }
    });
  }

  async function axeOn(p, selectorOrFrame) {
    const target = selectorOrFrame ?? p;
    await target.evaluate(axeSource);
    return target.evaluate(async () => {
      // eslint-disable-next-line no-undef
      const r = await axe.run(document, { resultTypes: ['violations'] });
      return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.html.slice(0, 100)}`));
    });
  }

  await check('axe-core: frame.html has no serious or critical violations in en, ar and ckb (counter, trend, map)', async () => {
    const failures = [];
    for (const lang of ['en', 'ar', 'ckb']) {
      for (const w of ['counter', 'trend', 'map']) {
        const src = frameUrl({ w, lang, src: `${FRAMES}/dist/embed/samples/${w === 'map' ? 'iraq-idps-governorates.dtm.json' : 'iraq-idps-national.dtm.json'}`, label: 'IDPs', renderer: 'svg', duration: '0' });
        const context = await browser.newContext({ viewport: { width: 800, height: 900 } });
        const p = await context.newPage();
        try {
          await p.goto(src);
          await p.waitForFunction(() => document.querySelector('#widget > *')?.getAttribute('state') === 'ready', null, { timeout: 15_000 });
          failures.push(...(await axeOn(p)).map((v) => `${w} ${lang}: ${v}`));
        } finally {
          await context.close();
        }
      }
    }
    assert(failures.length === 0, failures.join('\n'));
  });

  await check('print emulation: counters below the fold show their final figures, a running count-up jumps to its end', async () => {
    const counters = '<dtm-counter value="140000" duration="60000"></dtm-counter>' + '<div style="height:3000px"></div>' + '<dtm-counter value="2200" duration="1200"></dtm-counter><dtm-counter lang="ar-IQ" value="40000" duration="1200"></dtm-counter>';
    const { context, p, errors } = await open('/print.html', page(`${counters}<script type="module" src="${FRAMES}/dist/cdn/dtm-widgets.js"></script>`));
    try {
      const figures = () => p.$$eval('dtm-counter', (els) => els.map((c) => c.shadowRoot?.querySelector('[part~="figure"] .shown')?.textContent ?? ''));
      await p.waitForFunction(() => [...document.querySelectorAll('dtm-counter')].every((c) => c.shadowRoot?.querySelector('[part~="figure"]')));
      await p.waitForFunction(() => document.querySelector('dtm-counter').shadowRoot.querySelector('.shown').textContent !== '140,000');
      await p.emulateMedia({ media: 'print' });
      await p.waitForTimeout(100);
      const printed = await figures();
      assert(printed.join('|') === '140,000|2,200|٤٠٬٠٠٠', `printed: ${printed.join(' | ')}`);
      const pdf = await p.pdf().catch(() => undefined);
      assert(pdf === undefined || pdf.length > 1000, 'no PDF');
      assert(errors.length === 0, errors.join(' | '));
    } finally {
      await context.close();
    }
  });

  await builderChecks({ open, frameOf, axeOn, check, assert, pages, HOST, FRAMES, root });
  server.close();
}

async function builderChecks({ open, frameOf, axeOn, check, assert, pages, HOST, FRAMES, root }) {
  const base = `${FRAMES}/dist/`;
  const start = `/dist/embed/index.html#base=${encodeURIComponent(base)}`;
  const snippetsOf = (p) => p.$$eval('[data-snippet]', (els) => Object.fromEntries(els.map((e) => [e.dataset.snippet, e.querySelector('textarea')?.value ?? null])));
  /** Waits until the snippets stop changing (the preview measured its height). */
  async function steady(p) {
    let last = '';
    for (let i = 0; i < 60; i++) {
      const now = JSON.stringify(await snippetsOf(p));
      if (now === last) return JSON.parse(now);
      last = now;
      await p.waitForTimeout(250);
    }
    return JSON.parse(last);
  }
  const previewFigure = (p) => p.$eval('#preview .row.light .cell dtm-counter', (c) => c.shadowRoot.querySelector('[part~="figure"] .sizer')?.textContent);

  let made; // the snippets the builder made, for the pasting checks
  let figure;
  await check('builder: choosing a sample and an option updates every snippet and the permalink', async () => {
    const { context, p, errors } = await open(start, undefined, { width: 1400, height: 1000 });
    try {
      const before = await steady(p);
      const linkBefore = await p.inputValue('#permalink');
      await p.getByLabel('A built-in sample').check();
      await p.selectOption('#sample', 'iraq-idps-national.dtm.json');
      await p.fill('#opt-label', 'IDPs in Iraq "today" & <now>');
      await p.press('#opt-label', 'Tab');
      await p.waitForFunction(() => document.querySelector('#preview dtm-counter')?.getAttribute('state') === 'ready');
      made = await steady(p);
      for (const kind of ['module', 'classic', 'iframe', 'iframe-resize', 'div']) {
        assert(typeof made[kind] === 'string' && made[kind] !== before[kind], `the ${kind} snippet did not change`);
        assert(made[kind].includes('iraq-idps-national.dtm.json'), `the ${kind} snippet has no sample src: ${made[kind]}`);
        assert(!/<now>|"today"/.test(made[kind]), `the ${kind} snippet has an unescaped value: ${made[kind]}`);
      }
      const link = await p.inputValue('#permalink');
      assert(link !== linkBefore && link.includes('label=') && link.includes('src='), `permalink: ${link}`);
      figure = await previewFigure(p);
      assert(/\d/.test(figure ?? ''), `preview figure: ${figure}`);
      const serious = await axeOn(p);
      assert(serious.length === 0, `axe on the builder with a sample: ${serious.join('\n')}`);
      const report = await p.textContent('.report', { timeout: 10_000 }).catch(async () => `no report; step 3 says: ${await p.textContent('#app section:nth-of-type(3)')}`);
      assert(/dtm/.test(report) && /used/.test(report), `data report: ${report}`);
      // reloading the permalink gives the same builder and the same snippets
      const again = await open(new URL(link).pathname + new URL(link).hash, undefined, { width: 1400, height: 1000 });
      try {
        await again.p.waitForFunction(() => document.querySelector('#preview dtm-counter')?.getAttribute('state') === 'ready');
        const reloaded = await steady(again.p);
        for (const kind of Object.keys(made)) assert(reloaded[kind] === made[kind], `the ${kind} snippet differs after reload:\n${reloaded[kind]}\n${made[kind]}`);
      } finally {
        await again.context.close();
      }
      assert(errors.length === 0, errors.join(' | '));
    } finally {
      await context.close();
    }
  });

  await check('builder: the integrity in the classic snippet is the sha384 of the served dist/iife/dtm-widgets.js', async () => {
    const sri = /integrity="(sha384-[^"]+)"/.exec(made?.classic ?? '')?.[1];
    const res = await fetch(`${base}iife/dtm-widgets.js`);
    const served = `sha384-${createHash('sha384').update(Buffer.from(await res.arrayBuffer())).digest('base64')}`;
    assert(sri === served, `snippet ${sri}, served ${served}`);
    assert(/crossorigin="anonymous"/.test(made.classic), 'no crossorigin');
  });

  for (const kind of ['module', 'classic', 'iframe', 'iframe-resize', 'div']) {
    await check(`builder: the ${kind} snippet pasted into a blank page shows the preview's figure`, async () => {
      assert(made?.[kind], 'no snippet made');
      let body = made[kind];
      if (kind === 'div') {
        // a WordPress author's post: kses strips scripts, iframes and custom elements; the site
        // administrator added the classic script once, in the theme
        const filtered = wordpressFilter(`${made.module}\n${made.iframe}\n${body}`);
        assert(!/<script|<iframe|<dtm-/.test(filtered) && filtered.includes('data-dtm-widget'), `filtered: ${filtered}`);
        body = `${filtered}<script src="${base}iife/dtm-widgets.js" defer></script>`;
      }
      const { context, p, errors } = await open(`/paste-${kind}.html`, page(body));
      try {
        let target = p;
        if (kind.startsWith('iframe')) target = await frameOf(p, 'iframe[data-dtm-embed]');
        await target.waitForFunction(() => document.querySelector('dtm-counter')?.getAttribute('state') === 'ready', null, { timeout: 15_000 });
        const shown = await target.evaluate(() => document.querySelector('dtm-counter').shadowRoot.querySelector('[part~="figure"] .sizer').textContent);
        assert(shown === figure, `${kind}: ${shown}, preview: ${figure}`);
        if (kind === 'iframe-resize') {
          const h = await p.$eval('iframe', (el) => el.style.height);
          assert(/^\d+px$/.test(h), `the iframe was not sized: "${h}"`);
        }
        assert(errors.length === 0, errors.join(' | '));
      } finally {
        await context.close();
      }
    });
  }

  await check('builder: pasted CSV becomes inline data in the module snippet, which works pasted; the iframe and div say to publish the file', async () => {
    const { context, p, errors } = await open(start, undefined, { width: 1400, height: 1000 });
    try {
      await p.getByLabel('Pasted CSV or JSON').check();
      await p.fill('#paste', 'date,value\n2024-01-31,5100\n2024-04-30,7200\n2024-05-31,n/a</b>\n');
      await p.press('#paste', 'Tab');
      await p.waitForFunction(() => document.querySelector('.report'));
      const report = (await p.textContent('.report')).replace(/\s+/g, ' ');
      assert(/csv/.test(report) && /3 read: 2 used/.test(report), `report: ${report}`);
      const s = await steady(p);
      assert(s.module.includes('<script type="text/csv">') && s.module.includes('7200'), `module: ${s.module}`);
      assert(s.iframe === null && s.div === null, 'an iframe or div snippet was made from pasted data');
      const note = await p.textContent('[data-snippet="div"]');
      assert(/publish the file/.test(note), `div block: ${note}`);
      const pasted = await open('/paste-inline.html', page(s.module.replace(/src="[^"]*cdn\//, `src="${base}cdn/`)));
      try {
        await pasted.p.waitForFunction(() => document.querySelector('dtm-counter')?.getAttribute('state') === 'ready', null, { timeout: 15_000 });
        const shown = await pasted.p.evaluate(() => document.querySelector('dtm-counter').shadowRoot.querySelector('[part~="figure"] .sizer').textContent);
        assert(shown === '7,200', `pasted page shows ${shown}`);
        assert(pasted.errors.length === 0, pasted.errors.join(' | '));
      } finally {
        await pasted.context.close();
      }
      assert(errors.length === 0, errors.join(' | '));
    } finally {
      await context.close();
    }
  });

  await check('builder: works with the keyboard alone, copies and announces it; axe finds nothing serious', async () => {
    const { context, p, errors } = await open(start, undefined, { width: 1400, height: 1000 });
    try {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: HOST });
      await steady(p);
      // Tab to the widget choice, arrow to Trend
      await p.keyboard.press('Tab');
      let guard = 0;
      while (!(await p.evaluate(() => document.activeElement?.getAttribute('name') === 'w')) && guard++ < 30) await p.keyboard.press('Tab');
      await p.keyboard.press('ArrowDown');
      await p.waitForFunction(() => location.hash.includes('w=trend'));
      await p.waitForFunction(() => document.querySelector('#preview dtm-trend'));
      // Tab to the module snippet's Copy button and press Enter
      guard = 0;
      while (!(await p.evaluate(() => document.activeElement?.textContent === 'Copy module snippet')) && guard++ < 200) await p.keyboard.press('Tab');
      assert(guard < 200, 'the Copy button was not reached with Tab');
      await p.keyboard.press('Enter');
      await p.waitForFunction(() => document.getElementById('announce').textContent.includes('Copied'), null, { timeout: 5000 });
      const copied = await p.evaluate(() => navigator.clipboard.readText());
      assert(copied.includes('<dtm-trend'), `clipboard: ${copied}`);
      const violations = await axeOn(p);
      assert(violations.length === 0, violations.join('\n'));
      assert(errors.length === 0, errors.join(' | '));
    } finally {
      await context.close();
    }
  });
  void pages;
  void root;
}
