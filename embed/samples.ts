/**
 * The samples the builder offers: the files of data/samples/ (copied to dist/embed/samples/ by the
 * build), each with what it holds and a starting configuration per widget that reads it well.
 * test/unit/embed/samples.test.ts checks this list against the folder.
 */
import type { WidgetName } from '../src/internal/widget-attributes.js';

export interface Sample {
  readonly file: string;
  readonly title: string;
  /** Attributes set with the sample, per widget it suits. */
  readonly presets: Partial<Record<WidgetName, Readonly<Record<string, string>>>>;
}

const DTM = { source: 'IOM DTM Iraq', 'source-url': 'https://iraqdtm.iom.int/' };

export const SAMPLES: readonly Sample[] = [
  {
    file: 'iraq-idps-national.dtm.json',
    title: 'IDPs in Iraq, national series 2014–2024 (DTM API response)',
    presets: { counter: { label: 'IDPs in Iraq', compare: 'previous', ...DTM }, trend: { ...DTM } },
  },
  {
    file: 'iraq-idps-governorates.dtm.json',
    title: 'IDPs by governorate (DTM API response)',
    presets: { map: { label: 'IDPs', ...DTM }, counter: { label: 'IDPs in Iraq', ...DTM }, trend: { ...DTM } },
  },
  {
    file: 'iraq-idps-governorates.hxl.csv',
    title: 'IDPs by governorate (HXL CSV)',
    presets: { map: { label: 'IDPs', ...DTM }, counter: { label: 'IDPs hosted in Duhok', region: 'Duhok', ...DTM }, trend: { ...DTM } },
  },
  {
    file: 'iraq-idps-governorates.hxl.json',
    title: 'IDPs by governorate (HXL JSON, row style)',
    presets: { map: { label: 'IDPs', ...DTM }, counter: { label: 'IDPs in Iraq', ...DTM }, trend: { ...DTM } },
  },
  {
    file: 'iraq-idps-national.hxl-objects.json',
    title: 'IDPs in Iraq, national series (HXL JSON, object style)',
    presets: { counter: { label: 'IDPs in Iraq', ...DTM }, trend: { ...DTM } },
  },
  {
    file: 'iraq-idps-returnees.json',
    title: 'IDPs and returnees in Iraq (plain JSON records)',
    presets: { trend: { 'value-field': 'idps,returnees', 'series-labels': 'IDPs,Returnees', ...DTM }, counter: { 'value-field': 'returnees', label: 'returnees', ...DTM } },
  },
  {
    file: 'crp-impact.json',
    title: 'Community Revitalization Program results (plain JSON records, no dates)',
    presets: { counter: { filter: 'indicator=beneficiaries', label: 'beneficiaries', source: 'IOM Iraq' } },
  },
];

/** The address of a sample in the snippets: beside the builder, under `base`. */
export const sampleUrl = (base: string, file: string): string => `${base}embed/samples/${file}`;

/** The sample file that `src` names under `base`, if it names one. */
export function sampleOf(src: string | undefined, base: string): Sample | undefined {
  return SAMPLES.find((s) => src === sampleUrl(base, s.file));
}
