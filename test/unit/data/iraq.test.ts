import { describe, expect, it } from 'vitest';
import { GOVERNORATES, foldName, governorate, normaliseRegion } from '../../../src/data/iraq.js';

/**
 * The 18 governorates as dtm-data.md §1.9 lists them (verified mapping), written out here rather
 * than read from the module so that a wrong row in the module shows up:
 * [COD 2019 P-code, DTM API admin1Pcode, ISO 3166-2, COD 2019 English name, Arabic name (2014 COD)].
 */
const REFERENCE: readonly (readonly [string, string, string, string, string])[] = [
  ['IQG01', 'IRQ-G01', 'IQ-AN', 'Al-Anbar', 'الانبار'],
  ['IQG02', 'IRQ-G02', 'IQ-BA', 'Al-Basrah', 'البصرة'],
  ['IQG03', 'IRQ-G03', 'IQ-MU', 'Al-Muthanna', 'المثنى'],
  ['IQG04', 'IRQ-G04', 'IQ-NA', 'Al-Najaf', 'النجف'],
  ['IQG05', 'IRQ-G05', 'IQ-QA', 'Al-Qadissiya', 'القادسية'],
  ['IQG06', 'IRQ-G06', 'IQ-SU', 'Al-Sulaymaniyah', 'السليمانية'],
  ['IQG07', 'IRQ-G07', 'IQ-BB', 'Babil', 'بابل'],
  ['IQG08', 'IRQ-G08', 'IQ-BG', 'Baghdad', 'بغداد'],
  ['IQG09', 'IRQ-G09', 'IQ-DA', 'Duhok', 'دهوك'],
  ['IQG10', 'IRQ-G10', 'IQ-DI', 'Diyala', 'ديالى'],
  ['IQG11', 'IRQ-G11', 'IQ-AR', 'Erbil', 'اربيل'],
  ['IQG12', 'IRQ-G12', 'IQ-KA', 'Kerbala', 'كربلاء'],
  ['IQG13', 'IRQ-G13', 'IQ-KI', 'Kirkuk', 'كركوك'],
  ['IQG14', 'IRQ-G14', 'IQ-MA', 'Maysan', 'ميسان'],
  ['IQG15', 'IRQ-G15', 'IQ-NI', 'Ninewa', 'نينوى'],
  ['IQG16', 'IRQ-G16', 'IQ-SD', 'Salah Al-Din', 'صلاح الدين'],
  ['IQG17', 'IRQ-G17', 'IQ-DQ', 'Thi Qar', 'ذي قار'],
  ['IQG18', 'IRQ-G18', 'IQ-WA', 'Wassit', 'واسط'],
];

/** Every form of every governorate: [input, expected P-code, whether the input was rewritten]. */
const FORMS: [string, string, boolean][] = REFERENCE.flatMap(([code, dtm, iso, en, ar]) => [
  [code, code, false] as [string, string, boolean],
  [code.toLowerCase(), code, true],
  [dtm, code, true],
  [dtm.toLowerCase(), code, true],
  [`${dtm}Q01`, `${code}Q01`, true],
  [`${code}Q01`, `${code}Q01`, false],
  [iso, code, true],
  [iso.toLowerCase(), code, true],
  [en, code, true],
  [en.toUpperCase(), code, true],
  [ar, code, true],
]);

describe('normaliseRegion: every governorate in every form', () => {
  it.each(FORMS)('reads %j as %s', (input, code, normalised) => {
    expect(normaliseRegion(input)).toEqual({ ok: true, code, normalised });
  });

  it('reads DTM district codes as COD district codes (IRQ-G15Q05 Al-Mosul -> IQG15Q05)', () => {
    expect(normaliseRegion('IRQ-G15Q05')).toEqual({ ok: true, code: 'IQG15Q05', normalised: true });
    expect(normaliseRegion('IQG03Q03')).toEqual({ ok: true, code: 'IQG03Q03', normalised: false });
  });

  it('trims spaces around a code', () => {
    expect(normaliseRegion('  IRQ-G15 ')).toMatchObject({ ok: true, code: 'IQG15' });
    expect(normaliseRegion('\tIQG09\n')).toMatchObject({ ok: true, code: 'IQG09' });
  });
});

describe('normaliseRegion: English spellings publishers use', () => {
  it.each<[string, string]>([
    ['Ninewa', 'IQG15'],
    ['Nineveh', 'IQG15'],
    ['Ninawa', 'IQG15'],
    ['ninewa', 'IQG15'],
    ['Duhok', 'IQG09'],
    ['Dohuk', 'IQG09'],
    ['Dahuk', 'IQG09'],
    ['Thi Qar', 'IQG17'],
    ['Thi-Qar', 'IQG17'],
    ['Dhi Qar', 'IQG17'],
    ['Dhi-Qar', 'IQG17'],
    ['Maysan', 'IQG14'],
    ['Missan', 'IQG14'],
    ['Babil', 'IQG07'],
    ['Babylon', 'IQG07'],
    ['Salah Al-Din', 'IQG16'],
    ['Salah al-Din', 'IQG16'],
    ['Salah ad-Din', 'IQG16'],
    ['Saladin', 'IQG16'],
    ['Al-Anbar', 'IQG01'],
    ['Anbar', 'IQG01'],
    ['Al Anbar', 'IQG01'],
    ['Basra', 'IQG02'],
    ['Basrah', 'IQG02'],
    ['Najaf', 'IQG04'],
    ['Sulaymaniyah', 'IQG06'],
    ['Erbil', 'IQG11'],
    ['Arbil', 'IQG11'],
    ['Karbala', 'IQG12'],
    ['Kerbala', 'IQG12'],
    ['Wasit', 'IQG18'],
    ['Wassit', 'IQG18'],
  ])('reads %j as %s', (name, code) => {
    expect(normaliseRegion(name)).toEqual({ ok: true, code, normalised: true });
  });

  // dtm-data.md §1.8: "Round 134 uses `Al Anbar`, `Babil`, `Duhok`, `Al Diwaniya` (for Qadissiya)"
  it.each<[string, string]>([
    ['Al Anbar', 'IQG01'],
    ['Babil', 'IQG07'],
    ['Duhok', 'IQG09'],
    ['Al Diwaniya', 'IQG05'],
  ])('reads the DTM Master List round 134 spelling %j as %s', (name, code) => {
    expect(normaliseRegion(name)).toEqual({ ok: true, code, normalised: true });
  });

  it.each<[string, string]>([
    ['الأنبار', 'IQG01'],
    ['  نينوى ', 'IQG15'],
    ['صلاح الدين', 'IQG16'],
    ['ذي قار', 'IQG17'],
  ])('reads the Arabic name %j as %s (alef forms and spaces folded)', (name, code) => {
    expect(normaliseRegion(name)).toMatchObject({ ok: true, code });
  });
});

describe('normaliseRegion: refusals', () => {
  const codes2014 = Array.from({ length: 18 }, (_, i) => `IQ-G${String(i + 1).padStart(2, '0')}`);

  it.each([...codes2014, 'iq-g04', ' IQ-G15 '])('refuses the 2014 COD code %j as ambiguous-code (never mapped)', (code) => {
    expect(normaliseRegion(code)).toEqual({ ok: false, reason: 'ambiguous-code' });
  });

  it.each(['__proto__', 'constructor', 'prototype', 'Constructor', ' __proto__ ', 'PROTOTYPE', 'toString', 'valueOf', 'hasOwnProperty'])('refuses %j as reserved-key', (key) => {
    expect(normaliseRegion(key)).toEqual({ ok: false, reason: 'reserved-key' });
  });

  it.each(['IQG19', 'IQG00', 'iqg19', 'IRQ-G19', 'IRQ-G00', 'IRQ-G19Q01', 'IQG99Q01', 'IQ-XX', 'IQ-KR'])('refuses the out-of-range Iraq code %j as unknown-region', (code) => {
    expect(normaliseRegion(code)).toEqual({ ok: false, reason: 'unknown-region' });
  });

  it.each(['Atlantis', 'Mosul', 'Ninewa Plains', 'Kurdistan', 'Iraq', 'Baghdad City', 'Nineweh', '<script>alert(1)</script>', 'N/A', 'unknown'])(
    'refuses the unknown name %j as unknown-region (no fuzzy matching)',
    (name) => {
      expect(normaliseRegion(name)).toEqual({ ok: false, reason: 'unknown-region' });
    },
  );

  it.each(['', '   ', '\t\n', null, undefined, {}, [], true, ['IQG15']])('refuses %j as missing-region', (raw) => {
    expect(normaliseRegion(raw)).toEqual({ ok: false, reason: 'missing-region' });
  });
});

describe('normaliseRegion: Iraq as a whole', () => {
  it.each<[string, boolean]>([
    ['IQ', false],
    ['IRQ', true],
    ['irq', true],
    [' iq ', true],
  ])('reads %j as IQ, the prefix of every governorate code', (raw, normalised) => {
    expect(normaliseRegion(raw)).toEqual({ ok: true, code: 'IQ', normalised });
  });
});

describe('normaliseRegion: codes of other countries pass through', () => {
  it.each<[string, string, boolean]>([
    ['HT02', 'HT02', false],
    ['SO11', 'SO11', false],
    ['HTI', 'HTI', false],
    ['SO-11', 'SO-11', false],
    ['AF0101', 'AF0101', false],
    ['ET0412', 'ET0412', false],
    ['ht02', 'HT02', true],
    [' so11', 'SO11', true],
  ])('keeps %j as %s', (raw, code, normalised) => {
    expect(normaliseRegion(raw)).toEqual({ ok: true, code, normalised });
  });
});

describe('the governorate table', () => {
  it('has 18 governorates with distinct P-codes, ISO codes and names', () => {
    expect(GOVERNORATES).toHaveLength(18);
    expect(new Set(GOVERNORATES.map((g) => g.code)).size).toBe(18);
    expect(new Set(GOVERNORATES.map((g) => g.iso)).size).toBe(18);
    expect(new Set(GOVERNORATES.map((g) => g.en)).size).toBe(18);
    expect(new Set(GOVERNORATES.map((g) => g.ar)).size).toBe(18);
  });

  it('holds every COD 2019 code IQG01..IQG18', () => {
    const expected = Array.from({ length: 18 }, (_, i) => `IQG${String(i + 1).padStart(2, '0')}`);
    expect(GOVERNORATES.map((g) => g.code).sort()).toEqual(expected);
  });

  it.each(REFERENCE)('%s matches the verified mapping (DTM %s, ISO %s, %s, %s)', (code, _dtm, iso, en, ar) => {
    expect(governorate(code)).toMatchObject({ code, iso, en, ar });
    expect(governorate(iso)?.code).toBe(code);
  });

  it('resolves every name and alias of a governorate to that governorate and no other', () => {
    for (const g of GOVERNORATES) {
      for (const name of [g.en, g.ar, ...g.aliases]) {
        expect(normaliseRegion(name), `${name} -> ${g.code}`).toEqual({ ok: true, code: g.code, normalised: true });
      }
    }
  });

  it('has no entry for keys of Object.prototype', () => {
    for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) expect(governorate(key)).toBeUndefined();
  });
});

describe('foldName', () => {
  it.each([
    ['Al-Anbar', 'anbar'],
    ['Al Anbar', 'anbar'],
    ['Salah Al-Din', 'salahaldin'],
    ["Ta'mim", 'tamim'],
    ['الأنبار', 'الانبار'],
    ['إربيل', 'اربيل'],
  ])('folds %j to %j', (name, folded) => {
    expect(foldName(name)).toBe(folded);
  });
});
