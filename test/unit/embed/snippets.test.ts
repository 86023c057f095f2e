import { describe, expect, it } from 'vitest';
import { escapeAttribute, frameUrl, inlineDataScript, siteScript, snippet, SNIPPET_KINDS, type SnippetInput } from '../../../embed/snippets.js';

const base = 'https://cdn.jsdelivr.net/npm/dtm-widgets@1.2.3/dist/';
const input: SnippetInput = {
  w: 'counter',
  attributes: [
    ['value', '140000'],
    ['label', 'beneficiaries'],
  ],
  base,
  integrity: 'sha384-abc+/=',
  height: 151.2,
  title: 'beneficiaries',
};
const hostile: SnippetInput = {
  ...input,
  attributes: [
    ['label', '"><script>alert(1)</script>'],
    ['source', `a & b 'c' <img src=x onerror=alert(1)>`],
    ['source-url', 'javascript:alert(1)'],
  ],
  title: '"><img src=x onerror=alert(1)>',
};

/** Every attribute value of the HTML text, as a parser would read it back. */
function attributeValues(text: string): string[] {
  return [...text.matchAll(/\s[\w-]+="([^"]*)"/g)].map((m) => m[1]!);
}

describe('escapeAttribute', () => {
  it('escapes what could close a quoted attribute or open a tag', () => {
    expect(escapeAttribute(`"a" & <b> 'c'`)).toBe('&quot;a&quot; &amp; &lt;b&gt; \'c\'');
    expect(escapeAttribute('&quot;')).toBe('&amp;quot;');
  });
});

describe('the five snippets', () => {
  it('module: the widget entry as a module script, then the element', () => {
    expect(snippet('module', input)).toBe(
      `<script type="module" src="${base}cdn/counter.js"></script>\n<dtm-counter value="140000" label="beneficiaries"></dtm-counter>`,
    );
  });

  it('classic: the classic build with integrity and crossorigin', () => {
    expect(snippet('classic', input)).toBe(
      `<script src="${base}iife/dtm-widgets.js" integrity="sha384-abc+/=" crossorigin="anonymous" defer></script>\n<dtm-counter value="140000" label="beneficiaries"></dtm-counter>`,
    );
  });

  it('iframe: frame.html with the attributes, a title, lazy, full width, the measured height, marked', () => {
    expect(snippet('iframe', input)).toBe(
      `<iframe src="${base}embed/frame.html?w=counter&amp;value=140000&amp;label=beneficiaries" title="beneficiaries" loading="lazy" style="width:100%;border:0" height="152" data-dtm-embed></iframe>`,
    );
  });

  it('iframe-resize: the iframe and embed.js', () => {
    expect(snippet('iframe-resize', input)).toBe(`${snippet('iframe', input)}\n<script src="${base}embed/embed.js" defer></script>`);
  });

  it('div: data-dtm-widget and a data- attribute per attribute', () => {
    expect(snippet('div', input)).toBe('<div data-dtm-widget="counter" data-value="140000" data-label="beneficiaries"></div>');
    expect(siteScript(base, 'sha384-x')).toBe(`<script src="${base}iife/dtm-widgets.js" integrity="sha384-x" crossorigin="anonymous" defer></script>`);
  });

  it.each(SNIPPET_KINDS)('%s: hostile values stay inside their quotes', (kind) => {
    const text = snippet(kind, hostile)!;
    expect(text).not.toMatch(/<img|<script>alert|onerror=alert\(1\)>/);
    // nothing but the snippet's own tags: no value opened one
    const tags = [...text.matchAll(/<(\/?[\w-]+)/g)].map((m) => m[1]);
    expect(tags.every((t) => /^\/?(script|dtm-counter|iframe|div)$/.test(t!))).toBe(true);
    for (const v of attributeValues(text)) expect(v).not.toMatch(/[<>"]/);
  });

  it('iframe: the frame address reads back to the same values', () => {
    const src = /src="([^"]*)"/.exec(snippet('iframe', hostile)!)![1]!.replace(/&amp;/g, '&');
    const q = new URL(src).searchParams;
    expect(q.get('label')).toBe('"><script>alert(1)</script>');
    expect(q.get('source')).toBe(`a & b 'c' <img src=x onerror=alert(1)>`);
    expect(frameUrl(input)).toBe(`${base}embed/frame.html?w=counter&value=140000&label=beneficiaries`);
  });

  it('clamps the iframe height to 80–4000 px', () => {
    expect(snippet('iframe', { ...input, height: 0 })).toContain('height="80"');
    expect(snippet('iframe', { ...input, height: 99_999 })).toContain('height="4000"');
  });

  it('pasted JSON becomes an inline child that no </script> can end', () => {
    const text = snippet('module', { ...input, data: { type: 'json', text: '[{"date":"2024","value":1,"note":"</script><b>"}]' } })!;
    expect(text).toContain('<script type="application/json">[{"date":"2024","value":1,"note":"\\u003c/script>\\u003cb>"}]</script></dtm-counter>');
    expect(JSON.parse(/json">(.*)<\/script>/.exec(text)![1]!)[0].note).toBe('</script><b>');
  });

  it('pasted CSV is inlined as text/csv unless it could end the script', () => {
    expect(inlineDataScript({ type: 'csv', text: 'date,value\n2024,5\n' })).toBe('<script type="text/csv">\ndate,value\n2024,5\n</script>');
    expect(inlineDataScript({ type: 'csv', text: 'a\n</SCRIPT><img>' })).toBeUndefined();
    expect(inlineDataScript({ type: 'json', text: '{not json' })).toBeUndefined();
  });

  it('pasted data gives no iframe or div snippet (they need a published file)', () => {
    const withData = { ...input, data: { type: 'json' as const, text: '[]' } };
    expect(snippet('iframe', withData)).toBeUndefined();
    expect(snippet('iframe-resize', withData)).toBeUndefined();
    expect(snippet('div', withData)).toBeUndefined();
    expect(snippet('classic', withData)).toContain('<script type="application/json">[]</script>');
  });

  it('without a known hash the classic snippet has no integrity attribute', () => {
    expect(snippet('classic', { ...input, integrity: undefined })).not.toContain('integrity');
  });
});
