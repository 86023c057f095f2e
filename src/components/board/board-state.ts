/**
 * The board's shared state, made from its source: the observations of the selected area (kept
 * between updates while nothing changes, so the widgets' own memos hold), the dates, the area's
 * name. And the board's words.
 */
import { isoKey } from '../../core/dates.js';
import { isInArea } from '../../core/areas.js';
import { governorate, normaliseRegion } from '../../data/iraq.js';
import type { Gap, Observation } from '../../data/pipeline/types.js';
import type { Lang } from '../../i18n/locale.js';
import type { DataHostController } from '../shared/data-host.js';
import type { BoardState } from './board-context.js';

/** A region in any form the data layer accepts, as the data writes it (`Ninewa` → `IQG15`); undefined when empty or unknown. */
export function regionOf(raw: string | undefined | null): string | undefined {
  if (!raw?.trim()) return undefined;
  const r = normaliseRegion(raw);
  return r.ok ? r.code : undefined;
}

/** The area's name in `lang` for headings: a governorate's name, else its code. */
export function regionName(code: string | undefined, lang: Lang): string | undefined {
  if (!code) return undefined;
  if (code === 'IQ') return { en: 'Iraq', ar: 'العراق', ckb: 'عێراق' }[lang];
  return governorate(code)?.[lang] ?? code;
}

interface Memo {
  all: readonly Observation[] | undefined;
  gapsIn: readonly Gap[];
  region: string | undefined;
  observations: readonly Observation[] | undefined;
  gaps: readonly Gap[];
  dates: readonly string[];
}

const memos = new WeakMap<DataHostController, Memo>();

/** The observations and gaps of `region` (all of them without one), and the data's dates; kept while unchanged. */
function filtered(data: DataHostController, region: string | undefined): Memo {
  const all = data.source?.observations;
  const gapsIn = data.source?.gaps ?? [];
  const old = memos.get(data);
  if (old && old.all === all && old.gapsIn === gapsIn && old.region === region) return old;
  const dates = old && old.all === all ? old.dates : [...new Set((all ?? []).flatMap((o) => (o.date ? [o.date] : [])))].sort();
  const inArea = (code: string | undefined): boolean => region === undefined || (code !== undefined && isInArea(code, region));
  const memo: Memo = {
    all,
    gapsIn,
    region,
    observations: region === undefined ? all : all?.filter((o) => inArea(o.region)),
    gaps: region === undefined ? gapsIn : gapsIn.filter((g) => inArea(g.region)),
    dates,
  };
  memos.set(data, memo);
  return memo;
}

/** The state the board shares with its widgets. */
export function shareState(data: DataHostController, region: string | undefined, at: string | undefined, lang: Lang): BoardState {
  const m = filtered(data, region);
  const others = new Map<string, { observations: readonly Observation[] | undefined; gaps: readonly Gap[] }>();
  const of = (raw: string): { observations: readonly Observation[] | undefined; gaps: readonly Gap[] } => {
    let hit = others.get(raw);
    if (!hit) {
      const code = regionOf(raw);
      const inArea = (c: string | undefined): boolean => code !== undefined && c !== undefined && isInArea(c, code);
      hit = { observations: m.all?.filter((o) => inArea(o.region)), gaps: m.gapsIn.filter((g) => inArea(g.region)) };
      others.set(raw, hit);
    }
    return hit;
  };
  return {
    of,
    source: data.source,
    view: data.view,
    failed: data.failed,
    all: m.all,
    observations: m.observations,
    gaps: m.gaps,
    region,
    regionName: regionName(region, lang),
    at: at && isoKey(at) ? isoKey(at) : undefined,
    dates: m.dates,
  };
}

interface Words {
  readonly clear: (area: string) => string;
}

const WORDS: Record<Lang, Words> = {
  en: { clear: (a) => `Clear selection (${a})` },
  ar: { clear: (a) => `إلغاء التحديد (${a})` },
  ckb: { clear: (a) => `لابردنی هەڵبژاردن (${a})` },
};

export const boardWords = (lang: Lang): Words => WORDS[lang];
