/**
 * Registers a custom element once. A page that includes the script twice, or two builds of
 * dtm-widgets, must keep working: `customElements.define` throws NotSupportedError on the second
 * call and would stop the rest of the bundle. So: skip a tag that is taken, and warn once per copy
 * of the library when the copy that got there first is a different version (or not ours).
 */
import { VERSION } from './version.js';

let warned = false;

export interface VersionedElement extends CustomElementConstructor {
  readonly version?: string;
}

/** Defines `tag` unless it is already defined. Returns true when this call registered it. */
export function defineElement(tag: string, ctor: VersionedElement): boolean {
  const registry = globalThis.customElements;
  if (!registry) return false; // server-side rendering or a non-browser test: nothing to register
  const existing = registry.get(tag) as VersionedElement | undefined;
  if (!existing) {
    registry.define(tag, ctor);
    return true;
  }
  if (existing !== ctor && existing.version !== (ctor.version ?? VERSION) && !warned) {
    warned = true;
    console.warn(
      `[dtm-widgets] <${tag}> is already defined by ${existing.version ? `dtm-widgets ${existing.version}` : 'another script'}; ` +
        `this copy (${ctor.version ?? VERSION}) was not registered. Load dtm-widgets once per page.`,
    );
  }
  return false;
}
