import { describe, expect, it } from 'vitest';
import { knownFieldName } from '../../../src/data/field-names.js';

describe('knownFieldName', () => {
  it('names the HXL people tags of displacement data instead of showing the tag', () => {
    expect(knownFieldName('#affected+returnees', 'en')).toBe('Returnees');
    expect(knownFieldName('#affected+idps', 'en')).toBe('IDPs');
    expect(knownFieldName('#affected+refugees', 'en')).toBe('Refugees');
    expect(knownFieldName('#affected', 'en')).toBe('Affected people');
  });

  it('reads a tag as HXL does: any case, spaces and attribute order', () => {
    expect(knownFieldName(' #AFFECTED +Returnees +ind ', 'en')).toBe('Returnees');
    expect(knownFieldName('#affected+ind+idps', 'en')).toBe('IDPs');
  });

  it('says households when the figure counts households', () => {
    expect(knownFieldName('#affected+returnees+hh', 'en')).toBe('Returnee households');
    expect(knownFieldName('#affected+households+idps', 'en')).toBe('IDP households');
    expect(knownFieldName('#affected+hh', 'en')).toBe('Affected households');
  });

  it('says the sex of a figure of men or women (DTM numberMales, numberFemales on HDX)', () => {
    expect(knownFieldName('#affected+idps+m', 'en')).toBe('IDPs, male');
    expect(knownFieldName('#affected+idps+f', 'ar')).toBe('النازحون داخليًا، إناث');
  });

  it('names DTM’s own IDP column', () => {
    expect(knownFieldName('numPresentIdpInd', 'en')).toBe('IDPs');
    expect(knownFieldName('numpresentidpind', 'ckb')).toBe('ئاوارەکانی ناوخۆ');
  });

  it('is localised in Arabic and Sorani', () => {
    expect(knownFieldName('#affected+returnees', 'ar')).toBe('العائدون');
    expect(knownFieldName('#affected+returnees', 'ckb')).toBe('گەڕاوەکان');
    expect(knownFieldName('#affected+returnees+hh', 'ar')).toBe('أسر العائدين');
    expect(knownFieldName('#affected+idps+hh', 'ckb')).toBe('خێزانە ئاوارەکانی ناوخۆ');
  });

  it('ignores excluded attributes: they narrow the columns matched, not what is counted', () => {
    expect(knownFieldName('#affected+idps-hh', 'en')).toBe('IDPs');
  });

  it('names nothing it cannot name for sure: the reader then shows the field as written', () => {
    for (const field of ['returnees', 'value', '#affected+idps+children', '#affected+idps+returnees', '#affected+hh+f', '#population', '#adm1+code', '#affected+idps+m+f', 'not a tag', '#', '']) {
      expect(knownFieldName(field, 'en'), field).toBeUndefined();
    }
  });
});
