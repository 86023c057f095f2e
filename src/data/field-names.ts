/**
 * Readable names of the figure fields the data layer knows: DTM's `numPresentIdpInd` and the
 * HXL people tags of displacement data (`#affected+idps`, `#affected+returnees`,
 * `#affected+refugees`, `#affected`, each of people or of households), in the widget's language.
 * A series read from `value-field="#affected+idps, #affected+returnees"` is shown as "IDPs" and
 * "Returnees", not as its tag. Pure.
 *
 * Only what the tag says for sure is named: a tag with any other attribute (`+children`,
 * `+origin`, …) has no name here, and its reader shows the tag as written rather than a name that
 * claims more (or less) than the figure counts.
 */
import { parseHxlTag } from './hxl.js';
import type { Lang } from '../i18n/locale.js';

type Group = 'idps' | 'returnees' | 'refugees' | 'affected';

interface Words {
  /** Per group: [people, households]. */
  readonly groups: Readonly<Record<Group, readonly [string, string]>>;
  readonly male: string;
  readonly female: string;
  /** A name and a qualifier of it: "IDPs, female". */
  readonly qualified: (name: string, qualifier: string) => string;
}

const WORDS: Readonly<Record<Lang, Words>> = {
  en: {
    groups: {
      idps: ['IDPs', 'IDP households'],
      returnees: ['Returnees', 'Returnee households'],
      refugees: ['Refugees', 'Refugee households'],
      affected: ['Affected people', 'Affected households'],
    },
    male: 'male',
    female: 'female',
    qualified: (name, q) => `${name}, ${q}`,
  },
  ar: {
    groups: {
      idps: ['النازحون داخليًا', 'أسر النازحين داخليًا'],
      returnees: ['العائدون', 'أسر العائدين'],
      refugees: ['اللاجئون', 'أسر اللاجئين'],
      affected: ['المتضررون', 'الأسر المتضررة'],
    },
    male: 'ذكور',
    female: 'إناث',
    qualified: (name, q) => `${name}، ${q}`,
  },
  ckb: {
    groups: {
      idps: ['ئاوارەکانی ناوخۆ', 'خێزانە ئاوارەکانی ناوخۆ'],
      returnees: ['گەڕاوەکان', 'خێزانە گەڕاوەکان'],
      refugees: ['پەنابەران', 'خێزانە پەنابەرەکان'],
      affected: ['زیانلێکەوتووان', 'خێزانە زیانلێکەوتووەکان'],
    },
    male: 'نێر',
    female: 'مێ',
    qualified: (name, q) => `${name}، ${q}`,
  },
};

/** DTM API columns of known meaning (dtm-data.md §1.4), by lower-case name. */
const DTM_FIELDS: ReadonlyMap<string, Group> = new Map([['numpresentidpind', 'idps']]);

/** Attributes that say nothing a reader needs: individuals are the default count. */
const SILENT = new Set(['ind', 'num', 'total']);
const HOUSEHOLDS = new Set(['hh', 'households']);
const GROUPS = new Set<string>(['idps', 'returnees', 'refugees']);

/**
 * The readable name of a figure field as written in `value-field` (a column name or an HXL tag
 * pattern) in `lang`; undefined when the field is not one the data layer knows. Excluded
 * attributes (`-hh`) narrow what a pattern matches, not what the figure counts: they are ignored.
 */
export function knownFieldName(field: string, lang: Lang): string | undefined {
  const words = WORDS[lang];
  const text = field.trim();
  const dtm = DTM_FIELDS.get(text.toLowerCase());
  if (dtm) return words.groups[dtm][0];
  const tag = text.startsWith('#') ? parseHxlTag(text) : undefined;
  if (tag?.hashtag !== 'affected') return undefined;
  let group: Group = 'affected';
  let households = false;
  let sex: 'male' | 'female' | undefined;
  for (const a of tag.attributes) {
    if (SILENT.has(a)) continue;
    if (HOUSEHOLDS.has(a)) households = true;
    else if ((a === 'm' || a === 'f') && sex === undefined) sex = a === 'm' ? 'male' : 'female';
    else if (GROUPS.has(a) && group === 'affected') group = a as Group;
    else return undefined; // another attribute, or two groups or sexes: more than a name can say
  }
  // households are not of one sex: a tag that says both is not one we can name
  if (households && sex) return undefined;
  const name = words.groups[group][households ? 1 : 0];
  return sex ? words.qualified(name, words[sex]) : name;
}
