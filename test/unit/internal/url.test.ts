import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from '../../../src/internal/url.js';

const base = 'https://partner.example/news/page.html';

describe('safeHttpUrl', () => {
  it.each([
    ['https://iraq.iom.int/news', 'https://iraq.iom.int/news'],
    ['http://example.org/a?b=1', 'http://example.org/a?b=1'],
    ['  https://example.org/  ', 'https://example.org/'],
    ['/reports/crp.pdf', 'https://partner.example/reports/crp.pdf'],
    ['HTTPS://EXAMPLE.ORG', 'https://example.org/'],
  ])('keeps %j', (raw, href) => {
    expect(safeHttpUrl(raw, base)).toBe(href);
  });
  it.each(['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\nscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox', 'file:///etc/passwd', 'ftp://example.org', 'mailto:a@b.c', '', '   ', '\t\n', null, undefined, 'http://[::1'])(
    'refuses %j',
    (raw) => {
      expect(safeHttpUrl(raw as string, base)).toBeUndefined();
    },
  );
});
