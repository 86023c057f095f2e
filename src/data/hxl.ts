/**
 * HXL hashtags and tag patterns. A spec such as `#affected +idps +ind` is a hashtag and a set of
 * attributes; a pattern `#affected+idps` matches every spec with that hashtag and at least those
 * attributes. Case, spaces and attribute order do not matter. A leading `-` on a pattern
 * attribute excludes it (`#affected-f`).
 */
export interface HxlTag {
  readonly hashtag: string;
  readonly attributes: ReadonlySet<string>;
  readonly excluded: ReadonlySet<string>;
}

const TAG = /^#([a-z][a-z0-9_]*)((?:\s*[+-]\s*[a-z][a-z0-9_]*)*)$/i;

/** Parses a spec or pattern; undefined when `text` is not one. */
export function parseHxlTag(text: string): HxlTag | undefined {
  const m = TAG.exec(text.trim());
  if (!m) return undefined;
  const attributes = new Set<string>();
  const excluded = new Set<string>();
  for (const a of m[2]!.matchAll(/([+-])\s*([a-z][a-z0-9_]*)/gi)) (a[1] === '+' ? attributes : excluded).add(a[2]!.toLowerCase());
  return { hashtag: m[1]!.toLowerCase(), attributes, excluded };
}

export function isHxlTag(text: unknown): boolean {
  return typeof text === 'string' && parseHxlTag(text) !== undefined;
}

/** True when the column spec `tag` matches `pattern`. */
export function hxlMatches(pattern: HxlTag, tag: HxlTag): boolean {
  if (pattern.hashtag !== tag.hashtag) return false;
  for (const a of pattern.attributes) if (!tag.attributes.has(a)) return false;
  for (const a of pattern.excluded) if (tag.attributes.has(a)) return false;
  return true;
}

/** A readable, canonical form: `#affected+idps+ind` (attributes sorted). */
export function formatHxlTag(tag: HxlTag): string {
  return `#${tag.hashtag}${[...tag.attributes].sort().map((a) => `+${a}`).join('')}`;
}
