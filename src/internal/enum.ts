import { warnOnce } from './warn.js';

/**
 * An enumerated attribute as people type it: any case, spaces around (`aggregate="MAX"`,
 * `compare=" Previous"`), like HTML's own enumerated attributes. An unknown value is said once in
 * the console, naming the values allowed, and `fallback` is used: never silently something else.
 */
export function oneOf<T extends string, F extends T | undefined>(host: Element, name: string, raw: unknown, allowed: readonly T[], fallback: F): T | F {
  if (raw === undefined || raw === null || raw === '') return fallback;
  const value = String(raw).trim().toLowerCase();
  const found = allowed.find((a) => a.toLowerCase() === value);
  if (found !== undefined) return found;
  warnOnce(host.localName, `${name}="${String(raw)}" is not one of ${allowed.join(', ')}; ${fallback === undefined ? 'it is ignored' : `${fallback} is used`}.`);
  return fallback;
}
