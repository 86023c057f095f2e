/**
 * Area containment: the one rule for "is this area part of that one", used by the data layer's
 * `region` filter and double-count check and by the map's join. Codes are compared in the data
 * layer's normalised form (COD P-codes; `IQ…` for Iraq). Pure.
 *
 * A P-code's parts extend it by a new segment: a letter or separator after a number
 * (`IQG15` → `IQG15Q01`, `IRQ` → `IRQ-G15`), a number after letters (`SO` → `SO11`), or a number
 * group of at least two digits after a number (`SO11` → `SO1101`, `SY0100` → `SY010000`). A
 * code that only lengthens the last segment is a sibling, not a part: `LB` (Lebanon) does not
 * contain `LBY` (Libya), `IQG1` does not contain `IQG15`, `IRQ-G01` does not contain `IRQ-G015`.
 */

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** True when `area` strictly contains `code` (a code never contains itself). */
export function isPartOf(code: string, area: string): boolean {
  const n = area.length;
  if (n === 0 || code.length <= n || !code.startsWith(area)) return false;
  // Iraq (IQ) holds its governorates (IQG…), not other two-letter-prefixed codes
  if (area === 'IQ') return code.charCodeAt(2) === 71; // G
  const last = area.charCodeAt(n - 1);
  const next = code.charCodeAt(n);
  if (!isDigit(last)) return isDigit(next) || !isLetter(next) || !isLetter(last);
  if (!isDigit(next)) return true;
  // a number after a number: a new level adds at least two digits
  let run = 0;
  while (n + run < code.length && isDigit(code.charCodeAt(n + run))) run++;
  return run >= 2;
}

/** True when `code` is `area` or one of its parts: the `region` filter's rule. */
export function isInArea(code: string, area: string): boolean {
  return code === area || isPartOf(code, area);
}

/**
 * The area among `areas` that `code` is or belongs to, the finest first (a district's own code
 * before its governorate's), or undefined. `finestFirst` is `areas` sorted longest first.
 */
export function areaOf(code: string, areas: ReadonlySet<string>, finestFirst: readonly string[]): string | undefined {
  if (areas.has(code)) return code;
  for (const a of finestFirst) if (isPartOf(code, a)) return a;
  return undefined;
}

/** `areas` sorted longest first, for areaOf. */
export function finestFirst(areas: Iterable<string>): string[] {
  return [...areas].sort((a, b) => b.length - a.length);
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
