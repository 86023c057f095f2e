/**
 * Iraq's 18 governorates: OCHA COD 2019 P-code, the DTM API form, ISO 3166-2, and names in
 * English (with the spellings publishers use), Arabic and Sorani. Sources: dtm-data.md §1.9
 * (COD 2019, DTM API, ISO 3166-2, Arabic names from the 2014 COD attribute table) and its Sorani
 * addendum (common spellings, awaiting native-speaker review). See data/README.md.
 */
export interface Governorate {
  /** OCHA COD 2019 P-code, the form every widget uses internally: `IQG15`. */
  readonly code: string;
  /** ISO 3166-2 code: `IQ-NI`. */
  readonly iso: string;
  readonly en: string;
  readonly ar: string;
  readonly ckb: string;
  /** Other English spellings seen in published data. */
  readonly aliases: readonly string[];
}

export const GOVERNORATES: readonly Governorate[] = [
  { code: 'IQG01', iso: 'IQ-AN', en: 'Al-Anbar', ar: 'الانبار', ckb: 'ئەنبار', aliases: ['Anbar'] },
  { code: 'IQG02', iso: 'IQ-BA', en: 'Al-Basrah', ar: 'البصرة', ckb: 'بەسرە', aliases: ['Basrah', 'Basra'] },
  { code: 'IQG03', iso: 'IQ-MU', en: 'Al-Muthanna', ar: 'المثنى', ckb: 'موسەننا', aliases: ['Muthanna'] },
  { code: 'IQG04', iso: 'IQ-NA', en: 'Al-Najaf', ar: 'النجف', ckb: 'نەجەف', aliases: ['Najaf'] },
  { code: 'IQG05', iso: 'IQ-QA', en: 'Al-Qadissiya', ar: 'القادسية', ckb: 'قادسیە', aliases: ['Qadissiya', 'Al-Qadisiyah', 'Qadisiyah', 'Al-Qadisiyyah', 'Diwaniyah', 'Diwaniya'] },
  { code: 'IQG06', iso: 'IQ-SU', en: 'Al-Sulaymaniyah', ar: 'السليمانية', ckb: 'سلێمانی', aliases: ['Sulaymaniyah', 'Sulaimaniya', 'Suleimaniyah', 'Sulaymaniya', 'Slemani'] },
  { code: 'IQG07', iso: 'IQ-BB', en: 'Babil', ar: 'بابل', ckb: 'بابل', aliases: ['Babylon'] },
  { code: 'IQG08', iso: 'IQ-BG', en: 'Baghdad', ar: 'بغداد', ckb: 'بەغدا', aliases: [] },
  { code: 'IQG09', iso: 'IQ-DA', en: 'Duhok', ar: 'دهوك', ckb: 'دهۆک', aliases: ['Dohuk', 'Dahuk', 'Dahok'] },
  { code: 'IQG10', iso: 'IQ-DI', en: 'Diyala', ar: 'ديالى', ckb: 'دیالە', aliases: ['Diyalah'] },
  { code: 'IQG11', iso: 'IQ-AR', en: 'Erbil', ar: 'اربيل', ckb: 'هەولێر', aliases: ['Arbil', 'Irbil', 'Hawler'] },
  { code: 'IQG12', iso: 'IQ-KA', en: 'Kerbala', ar: 'كربلاء', ckb: 'کەربەلا', aliases: ['Karbala'] },
  { code: 'IQG13', iso: 'IQ-KI', en: 'Kirkuk', ar: 'كركوك', ckb: 'کەرکووک', aliases: ['Tameem', "Ta'mim", 'At-Tamim'] },
  { code: 'IQG14', iso: 'IQ-MA', en: 'Maysan', ar: 'ميسان', ckb: 'مەیسان', aliases: ['Missan', 'Misan'] },
  { code: 'IQG15', iso: 'IQ-NI', en: 'Ninewa', ar: 'نينوى', ckb: 'نەینەوا', aliases: ['Nineveh', 'Ninawa', 'Ninevah', 'Nineva'] },
  { code: 'IQG16', iso: 'IQ-SD', en: 'Salah Al-Din', ar: 'صلاح الدين', ckb: 'سەلاحەدین', aliases: ['Saladin', 'Salahuddin', 'Salah ad Din', 'Salah ad-Din', 'Salahaddin'] },
  { code: 'IQG17', iso: 'IQ-DQ', en: 'Thi Qar', ar: 'ذي قار', ckb: 'زیقار', aliases: ['Dhi Qar', 'Thi-Qar', 'Dhi-Qar', 'Thiqar', 'Dhiqar'] },
  { code: 'IQG18', iso: 'IQ-WA', en: 'Wassit', ar: 'واسط', ckb: 'واست', aliases: ['Wasit'] },
];

/** Folds a name for lookup: case, `Al-`/`Al ` prefix, spaces, hyphens, apostrophes, Arabic alef forms. */
export function foldName(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/^al[\s-]+/, '')
    .replace(/[أإآ]/g, 'ا')
    .replace(/[\s\-'’ʿ`._]/g, '');
}

const byCode = new Map<string, Governorate>();
const byName = new Map<string, Governorate>();
for (const g of GOVERNORATES) {
  byCode.set(g.code, g);
  byCode.set(g.iso, g);
  for (const n of [g.en, g.ar, g.ckb, ...g.aliases]) byName.set(foldName(n), g);
}

export function governorate(code: string): Governorate | undefined {
  return byCode.get(code);
}

export type RegionResult =
  | { readonly ok: true; readonly code: string; readonly normalised: boolean }
  | { readonly ok: false; readonly reason: 'missing-region' | 'reserved-key' | 'ambiguous-code' | 'unknown-region' };

const RESERVED = new Set(['__proto__', 'constructor', 'prototype', 'tostring', 'valueof', 'hasownproperty']);

/**
 * Normalises an Iraq region code or governorate name to the COD 2019 P-code.
 *   DTM `IRQ-G15`, `IRQ-G15Q05` -> `IQG15`, `IQG15Q05`; COD `iqg15` -> `IQG15`; ISO `IQ-NI` -> `IQG15`;
 *   names `Nineveh`, `Ninawa`, `نينوى` -> `IQG15`.
 * The 2014 COD codes `IQ-G01`…`IQ-G18` number the governorates differently (IQ-G04 was Al-Qadissiya,
 * COD 2019 IQG04 is Al-Najaf): they are refused (`ambiguous-code`), never mapped.
 * Iraq as a whole, `IRQ` (DTM's admin0Pcode) or `IQ` (COD's), in any case, is `IQ`: the prefix of
 * every governorate's code, so `region="IRQ"` keeps national rows and governorate rows alike. Its
 * name is refused like any other unknown name: a "total" row among governorates is no area.
 * Codes of other countries (`HT02`, `SO-11`) pass through trimmed and upper-cased; unknown names
 * are refused (`unknown-region`): there is no fuzzy matching.
 */
export function normaliseRegion(raw: unknown): RegionResult {
  if (typeof raw !== 'string' && typeof raw !== 'number') return { ok: false, reason: 'missing-region' };
  const text = String(raw).trim();
  if (text === '') return { ok: false, reason: 'missing-region' };
  if (RESERVED.has(text.toLowerCase())) return { ok: false, reason: 'reserved-key' };
  const upper = text.toUpperCase();
  // the 2014 COD form (IQ-G04, and anything built on it): another numbering, never mapped
  if (/^IQ-G\d/.test(upper)) return { ok: false, reason: 'ambiguous-code' };
  const m = /^(?:IRQ-?|IQ)G(\d\d)((?:Q\d\d)?)$/.exec(upper);
  if (m) {
    const gov = `IQG${m[1]}`;
    if (!byCode.has(gov)) return { ok: false, reason: 'unknown-region' };
    const code = gov + m[2];
    return { ok: true, code, normalised: code !== text };
  }
  if (/^IQ-[A-Z]{2}$/.test(upper)) {
    const g = byCode.get(upper);
    return g ? { ok: true, code: g.code, normalised: true } : { ok: false, reason: 'unknown-region' };
  }
  if (upper === 'IRQ' || upper === 'IQ') return { ok: true, code: 'IQ', normalised: text !== 'IQ' };
  const g = byName.get(foldName(text));
  if (g) return { ok: true, code: g.code, normalised: true };
  // a country code (IRQ, IQ) or another country's P-code (letters then digits) passes through;
  // an unknown name does not
  if (/^[A-Z]{2,3}$/.test(text)) return { ok: true, code: text, normalised: false };
  if (/^[A-Z]{2,3}-?[A-Z0-9-]*\d[A-Z0-9-]*$/.test(upper)) return { ok: true, code: upper, normalised: upper !== text };
  return { ok: false, reason: 'unknown-region' };
}
