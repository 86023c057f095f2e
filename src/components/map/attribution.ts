/** Basemap credits for the footer, read from a MapLibre style's sources. */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', copy: '©', reg: '®' };

/**
 * A basemap style's attribution (HTML, e.g. `<a href="…">© OpenStreetMap</a> contributors`) as
 * plain text: the element shows it with a text binding, never as HTML (MapLibre's own control
 * would set innerHTML, which a strict CSP with Trusted Types refuses).
 */
export function attributionText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#\d{1,6}|#x[0-9a-f]{1,6}|[a-z]+);/gi, (m, e: string) => {
      if (e[0] !== '#') return ENTITIES[e.toLowerCase()] ?? m;
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    })
    .replace(/\s+/g, ' ')
    .trim();
}
