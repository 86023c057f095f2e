/**
 * The board's state in the page's URL hash, pure: `#board1.region=IQG15&board1.at=2019-12-31`.
 * Each board's keys are namespaced by its `id`; everything else in the hash (another board's
 * keys, a plain `#section` anchor, other parameters) is kept as it was.
 */
export interface UrlState {
  readonly region?: string | undefined;
  readonly at?: string | undefined;
}

const KEYS = ['region', 'at'] as const;

/** The hash's parts, `&`-separated, without the leading `#`. */
const partsOf = (hash: string): string[] => (hash.startsWith('#') ? hash.slice(1) : hash).split('&').filter((p) => p !== '');

/** What the hash says for board `id` (raw text, to be checked by the board). */
export function readHash(hash: string, id: string): UrlState {
  const out: Record<string, string> = {};
  for (const part of partsOf(hash)) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    let key: string;
    let value: string;
    try {
      key = decodeURIComponent(part.slice(0, eq));
      value = decodeURIComponent(part.slice(eq + 1));
    } catch {
      continue; // a malformed escape (%zz) is someone else's or nobody's: skip it
    }
    for (const k of KEYS) if (key === `${id}.${k}`) out[k] = value;
  }
  return out;
}

/** The hash with board `id`'s keys set to `state` (a key without a value is removed). */
export function writeHash(hash: string, id: string, state: UrlState): string {
  const mine = new Set(KEYS.map((k) => `${id}.${k}`));
  const kept = partsOf(hash).filter((part) => {
    const eq = part.indexOf('=');
    let key = eq < 0 ? part : part.slice(0, eq);
    try {
      key = decodeURIComponent(key);
    } catch {
      /* kept as it is */
    }
    return !mine.has(key);
  });
  const enc = (s: string): string => encodeURIComponent(s).replace(/%2F/gi, '/');
  for (const k of KEYS) {
    const v = state[k];
    if (v) kept.push(`${enc(`${id}.${k}`)}=${enc(v)}`);
  }
  return kept.length ? `#${kept.join('&')}` : '';
}
