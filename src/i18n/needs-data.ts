/**
 * What a chart or map says when it has no data at all (no src, no inline data). Its own module,
 * so the counter, which shows its value attribute instead, does not carry these strings. Arabic
 * and Sorani come with their language's chunk (ar.ts, ckb.ts).
 */
import type { Lang } from './locale.js';
import { core } from './messages.js';

const en = 'This widget needs data: set src to the URL of a JSON or CSV file, or put the data in a <script type="application/json"> inside it.';

export function needsData(lang: Lang): string {
  return core.get(lang).needsData ?? en;
}
