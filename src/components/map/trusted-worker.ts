/**
 * MapLibre's worker under Trusted Types. A page that enforces them (`require-trusted-types-for
 * 'script'`) refuses `new Worker(url)` with a plain string: MapLibre's worker start would throw.
 * So the worker URL goes through a Trusted Types policy of ours, named POLICY (a page's
 * `trusted-types` directive must list it, beside `lit-html`), which allows exactly that one URL.
 * A worker on another origin (the CDN build on a partner's page) is started from a same-origin
 * module blob that imports it, as MapLibre itself would, so that the URL stays ours to vouch for.
 * Where the page's policy refuses ours, the map stays on SVG: `workerUrl` says why.
 */

/** The name of our Trusted Types policy, for pages' `trusted-types` directives. */
export const POLICY = 'dtm-widgets';

interface TrustedTypesLike {
  createPolicy(name: string, rules: { createScriptURL: (url: string) => string }): { createScriptURL(url: string): unknown };
}

let cached: { url: string } | { refused: string } | undefined;

/**
 * The worker URL to give MapLibre's setWorkerUrl: the plain URL where Trusted Types do not exist,
 * else a TrustedScriptURL that also answers the string methods MapLibre calls on it (endsWith,
 * split); `refused` when the page's policy does not allow ours.
 */
export function workerUrl(url: string): { url: string } | { refused: string } {
  if (cached) return cached;
  const tt = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!tt) return (cached = { url });
  const sameOrigin = new URL(url, location.href).origin === location.origin;
  const target = sameOrigin ? url : URL.createObjectURL(new Blob([`import ${JSON.stringify(new URL(url, location.href).href)};`], { type: 'text/javascript' }));
  let trusted: unknown;
  try {
    const policy = tt.createPolicy(POLICY, {
      createScriptURL: (u) => {
        if (u !== target) throw new TypeError(`${POLICY}: only MapLibre's worker is vouched for`);
        return u;
      },
    });
    trusted = policy.createScriptURL(target);
  } catch (e) {
    return (cached = { refused: `the page's Trusted Types policy does not allow "${POLICY}" (${e instanceof Error ? e.message : String(e)})` });
  }
  // MapLibre reads the URL as a string (its extension, its origin) before new Worker() takes the
  // trusted object: the object answers those reads with its own text
  Object.assign(trusted as object, { endsWith: target.endsWith.bind(target), split: target.split.bind(target) as typeof target.split });
  return (cached = { url: trusted as string });
}
