import { describe, expect, it } from 'vitest';
import { formatHxlTag, hxlMatches, isHxlTag, parseHxlTag, type HxlTag } from '../../../src/data/hxl.js';

const tag = (text: string): HxlTag => {
  const t = parseHxlTag(text);
  if (!t) throw new Error(`not a tag: ${text}`);
  return t;
};

describe('parseHxlTag', () => {
  it.each<[string, string, string[], string[]]>([
    ['#affected+idps+ind', 'affected', ['idps', 'ind'], []],
    ['#affected+ind+idps', 'affected', ['idps', 'ind'], []],
    ['#date', 'date', [], []],
    ['#AFFECTED+IDPS+Ind', 'affected', ['idps', 'ind'], []],
    ['#affected +idps +ind', 'affected', ['idps', 'ind'], []],
    ['  #affected + idps  ', 'affected', ['idps'], []],
    ['#affected-f', 'affected', [], ['f']],
    ['#affected+idps -f', 'affected', ['idps'], ['f']],
    ['#date+reported-year-month', 'date', ['reported'], ['month', 'year']],
    ['#adm1+name+i_ar', 'adm1', ['i_ar', 'name'], []],
    ['#adm1+code+origin', 'adm1', ['code', 'origin'], []],
  ])('reads %j', (text, hashtag, attributes, excluded) => {
    const t = tag(text);
    expect(t.hashtag).toBe(hashtag);
    expect([...t.attributes].sort()).toEqual(attributes);
    expect([...t.excluded].sort()).toEqual(excluded);
  });

  it.each(['', '   ', 'affected', 'IDPs', '#', '# affected', '#1affected', '##affected', '#affected+', '#affected++idps', '#affected+1a', '#affected idps', '#affected+idps ind', '#affected+idps,#adm1+code', '#affected+id ps', '#affected/idps', '<script>#a</script>'])(
    'refuses %j',
    (text) => {
      expect(parseHxlTag(text)).toBeUndefined();
      expect(isHxlTag(text)).toBe(false);
    },
  );

  it.each([5, null, undefined, ['#affected'], { hashtag: 'affected' }])('isHxlTag(%j) is false for a non-string', (value) => {
    expect(isHxlTag(value)).toBe(false);
  });

  it('isHxlTag is true for a spec', () => {
    expect(isHxlTag('#adm1+code')).toBe(true);
  });
});

describe('hxlMatches', () => {
  it.each<[string, string, boolean]>([
    ['#affected+idps', '#affected+ind+idps', true],
    ['#affected+idps', '#affected+idps+ind', true],
    ['#affected+idps+ind', '#affected+ind+idps', true],
    ['#affected+idps', '#AFFECTED +IND +IDPS', true],
    ['#Affected +IDPs', '#affected+idps', true],
    ['#affected', '#affected+idps+f', true],
    ['#affected+idps', '#affected+idps', true],
    ['#affected+idps', '#affected+ind', false],
    ['#affected+idps+ind', '#affected+idps', false],
    ['#affected+idps', '#population+idps', false],
    ['#affected+idps', '#affectedx+idps', false],
    ['#affected-f', '#affected+idps+m', true],
    ['#affected-f', '#affected+idps+f', false],
    ['#affected-f', '#affected+idps+F', false],
    ['#affected+idps-f', '#affected+idps', true],
    ['#affected+idps-f', '#affected+f', false],
    ['#date+reported-year-month', '#date+reported', true],
    ['#date+reported-year-month', '#date+year+reported', false],
    ['#date+reported-year-month', '#date+month+reported', false],
    ['#adm1+code', '#adm1+code+origin', true],
    ['#adm1+code', '#adm2+code', false],
  ])('%j matches %j: %s', (pattern, spec, expected) => {
    expect(hxlMatches(tag(pattern), tag(spec))).toBe(expected);
  });
});

describe('formatHxlTag', () => {
  it.each([
    ['#affected +ind +idps', '#affected+idps+ind'],
    ['#Affected+IND+Idps', '#affected+idps+ind'],
    ['#date', '#date'],
    ['  #date + reported ', '#date+reported'],
    ['#adm1+name+i_ar', '#adm1+i_ar+name'],
  ])('writes %j as %j', (text, canonical) => {
    expect(formatHxlTag(tag(text))).toBe(canonical);
  });

  it('writes every spelling of one spec the same way, and reads its own output back', () => {
    const forms = ['#affected+idps+ind', '#affected+ind+idps', '#AFFECTED +IND +IDPS', ' #affected + idps + ind '];
    const written = new Set(forms.map((f) => formatHxlTag(tag(f))));
    expect(written.size).toBe(1);
    const [canonical] = written;
    expect(formatHxlTag(tag(canonical!))).toBe(canonical);
  });
});
