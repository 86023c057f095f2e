/**
 * Returns the absolute URL when `raw` resolves to http: or https:, else undefined. Everything
 * else (`javascript:`, `data:`, `vbscript:`, `file:`, malformed) must never become a link: Lit
 * escapes attribute values but does not check URL schemes.
 */
export function safeHttpUrl(raw: string | null | undefined, base?: string): string | undefined {
  // a blank one is no address at all (resolved, it would be the page itself)
  if (!raw?.trim()) return undefined;
  try {
    const url = new URL(raw.trim(), base ?? (typeof document !== 'undefined' ? document.baseURI : undefined));
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
