/**
 * The options form, read from custom-elements.json (made by `cem analyze` from the JSDoc): each
 * attribute with its type, its allowed values, its default and its description. A new attribute
 * documented on an element appears in the builder by itself. Pure (test/unit/embed/options.test.ts).
 */
import type { WidgetName } from '../src/internal/widget-attributes.js';

interface ManifestAttribute {
  readonly name: string;
  readonly type?: { readonly text?: string };
  readonly default?: string;
  readonly description?: string;
}
export interface Manifest {
  readonly modules: ReadonlyArray<{ readonly declarations?: ReadonlyArray<{ readonly tagName?: string; readonly attributes?: readonly ManifestAttribute[] }> }>;
}

export interface OptionField {
  readonly name: string;
  /** `select`: one of `values`; `text`: free text, with `values` as suggestions. */
  readonly control: 'select' | 'text';
  readonly values: readonly string[];
  readonly numeric: boolean;
  /** The default as the element documents it, without quotes; '' when none. */
  readonly default: string;
  readonly description: string;
  /** Which step of the builder shows it. */
  readonly step: 'data' | 'fields' | 'options';
}

const DATA_STEP = new Set(['src', 'format']);

function attributesOf(manifest: Manifest, tag: string): readonly ManifestAttribute[] {
  for (const mod of manifest.modules) for (const d of mod.declarations ?? []) if (d.tagName === tag) return d.attributes ?? [];
  return [];
}

/** `'a' | 'b' | undefined` → [a, b]; undefined when the type is not a union of string literals. */
function literalUnion(type: string): string[] | undefined {
  const parts = type.split('|').map((p) => p.trim()).filter((p) => p !== 'undefined' && p !== 'null');
  return parts.length > 1 && parts.every((p) => /^'[^']*'$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : undefined;
}

/** The `code` words of a description: "`line`, `area` or `bar`" → [line, area, bar]. */
function codeWords(description: string): string[] {
  return [...description.matchAll(/`([^`\s]+)`/g)].map((m) => m[1]!).filter((v, i, all) => all.indexOf(v) === i);
}

/** A default as an editor would type it: a quoted string or a number; a constant's name is no help. */
function shownDefault(d: string | undefined): string {
  if (!d) return '';
  if (/^'[^']*'$/.test(d)) return d.slice(1, -1);
  return /^-?\d+(\.\d+)?$/.test(d) ? d : '';
}

/**
 * The fields of one widget, in the element's order. Read-only attributes (state, rendering) are
 * left out. An attribute documented only on another widget borrows its description from there.
 */
export function optionFields(manifest: Manifest, w: WidgetName): OptionField[] {
  const own = attributesOf(manifest, `dtm-${w}`);
  const others = (['counter', 'trend', 'map'] as const).filter((x) => x !== w).flatMap((x) => attributesOf(manifest, `dtm-${x}`));
  const out: OptionField[] = [];
  for (const a of own) {
    const description = a.description || others.find((o) => o.name === a.name && o.description)?.description || '';
    if (/^read-only/i.test(description)) continue;
    const type = a.type?.text ?? 'string';
    const union = literalUnion(type);
    // a named type (FormatOption, Aggregate …) is a closed list the description spells out
    const named = /^[A-Z]\w*(\s*\|\s*undefined)?$/.test(type);
    const words = codeWords(description);
    const control = union || (named && words.length > 1) ? 'select' : 'text';
    out.push({
      name: a.name,
      control,
      values: union ?? words,
      numeric: /\bnumber\b/.test(type),
      default: shownDefault(a.default),
      description,
      step: DATA_STEP.has(a.name) ? 'data' : a.name.endsWith('-field') ? 'fields' : 'options',
    });
  }
  return out;
}
