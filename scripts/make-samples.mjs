#!/usr/bin/env node
// Writes data/samples/* from the real Iraq figures in ../shared/reference/dtm-data.md (§3.1, §3.2),
// in the shapes partners publish. Run by hand when the reference changes; the output is committed.
//   node scripts/make-samples.mjs [path/to/dtm-data.md]
import { readFileSync, writeFileSync } from 'node:fs';

const src = process.argv[2] ?? new URL('../../shared/reference/dtm-data.md', import.meta.url);
const md = readFileSync(src, 'utf8');
const out = (name, text) => writeFileSync(new URL(`../data/samples/${name}`, import.meta.url), text);
const int = (s) => {
  if (!/^\d{1,3}(,\d{3})*$/.test(s)) throw new Error(`not a count: ${s}`);
  return Number(s.replace(/,/g, ''));
};

// §3.1: `YYYY-MM rN: 1,234,567;` for all 80 rounds (month precision: the table gives no day)
const section31 = md.slice(md.indexOf('### 3.1'), md.indexOf('**Year-end values**'));
const national = [...section31.matchAll(/(\d{4})-(\d{2}) r(\d+): ([\d,]+)/g)].map((m) => ({
  year: Number(m[1]),
  month: Number(m[2]),
  round: Number(m[3]),
  idps: int(m[4]),
}));
if (national.length !== 80) throw new Error(`expected 80 rounds, found ${national.length}`);

// §3.1 year-end table: exact reporting dates
const yearEnd = new Map(
  [...md.matchAll(/^\| (\d{4}) \| (\d{4}-\d{2}-\d{2}) \| (\d+) \| ([\d,]+) \|$/gm)].map((m) => [m[2].slice(0, 7), { date: m[2], round: Number(m[3]) }]),
);
// §3.2: governorates by year-end round; "—" = no record
const section32 = md.slice(md.indexOf('### 3.2'), md.indexOf('**At the national peak'));
const header = /\| P-code \| Governorate \| (.+) \|/.exec(section32)[1].split(' | ');
const governorates = [...section32.matchAll(/^\| (IRQ-G\d\d) \| ([^|]+) \| (.+) \|$/gm)].map((m) => ({
  pcode: m[1],
  name: m[2].trim(),
  values: m[3].split(' | ').map((v) => (v.trim() === '—' ? null : int(v.trim()))),
}));
if (governorates.length !== 18) throw new Error(`expected 18 governorates, found ${governorates.length}`);
// the peak table (2016-03-01, round 42): "| Name | n | Name | n | Name | n |"
const peakSection = md.slice(md.indexOf('**At the national peak'), md.indexOf('### 3.3'));
const peak = new Map();
for (const m of peakSection.matchAll(/\| ([A-Z][^|]+?) \| ([\d,]+) /g)) peak.set(m[1].trim(), int(m[2]));
if (peak.size !== 18) throw new Error(`expected 18 peak values, found ${peak.size}`);

const envelope = (result) => JSON.stringify({ result, statusCode: 200, isSuccess: true, errorMessages: [], totalRecordsCount: result.length }, null, 1) + '\n';

// 1. DTM API v2 admin0 shape, national series. reportingDate is left out (the source gives the
//    month only); the adapter reads yearReportingDate + monthReportingDate instead.
out(
  'iraq-idps-national.dtm.json',
  envelope(
    national.map((r) => ({
      operation: 'Iraq conflict',
      admin0Name: 'Iraq',
      admin0Pcode: 'IRQ',
      numPresentIdpInd: r.idps,
      yearReportingDate: r.year,
      monthReportingDate: r.month,
      roundNumber: r.round,
      assessmentType: 'BA',
    })),
  ),
);

// 2. DTM API v2 admin1 shape: every governorate at each year-end round and at the March 2016 peak
const admin1 = [];
const columns = header.map((ym) => ({ ym, ...yearEnd.get(ym) }));
const rounds = [...columns.slice(0, 1), { ym: '2016-03', date: '2016-03-01', round: 42 }, ...columns.slice(1)].sort((a, b) => a.date.localeCompare(b.date));
for (const col of rounds) {
  for (const g of governorates) {
    const idps = col.ym === '2016-03' ? peak.get(g.name) : g.values[header.indexOf(col.ym)];
    if (idps === null || idps === undefined) continue; // no record is not zero
    const [year, month] = col.date.split('-').map(Number);
    admin1.push({
      operation: 'Iraq conflict',
      admin0Name: 'Iraq',
      admin0Pcode: 'IRQ',
      admin1Name: g.name,
      admin1Pcode: g.pcode,
      numPresentIdpInd: idps,
      reportingDate: `${col.date}T00:00:00`,
      yearReportingDate: year,
      monthReportingDate: month,
      roundNumber: col.round,
      assessmentType: 'BA',
    });
  }
}
out('iraq-idps-governorates.dtm.json', envelope(admin1));

// 3. The same governorate figures as HXL: row-style JSON and CSV, with COD 2019 P-codes
const hxlHeader = ['Governorate', 'P-code', 'Date', 'Round', 'IDPs'];
const hxlTags = ['#adm1+name', '#adm1+code', '#date+reported', '#round+code', '#affected+idps+ind'];
const hxlRows = admin1.map((r) => [r.admin1Name, r.admin1Pcode.replace('IRQ-', 'IQ'), r.reportingDate.slice(0, 10), r.roundNumber, r.numPresentIdpInd]);
out('iraq-idps-governorates.hxl.json', '[\n' + [hxlHeader, hxlTags, ...hxlRows].map((r) => ' ' + JSON.stringify(r)).join(',\n') + '\n]\n');
const csvCell = (v) => (typeof v === 'string' && /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : String(v));
out('iraq-idps-governorates.hxl.csv', [hxlHeader, hxlTags, ...hxlRows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n');

// 4. HXL object-style JSON of the national series (what the HXL Proxy's data.objects.json serves)
out(
  'iraq-idps-national.hxl-objects.json',
  JSON.stringify(national.map((r) => ({ '#date+reported': `${r.year}-${String(r.month).padStart(2, '0')}`, '#round+code': r.round, '#affected+idps+ind': r.idps })), null, 1) + '\n',
);

// 5. IDPs and returnees, national, where the reference has a returnee figure (§3.5). IDPs come
//    from the same row when it gives them, else from the DTM series of that month (§3.1).
const section35 = md.slice(md.indexOf('### 3.5'), md.indexOf('Earlier milestones'));
const returns = [];
for (const m of section35.matchAll(/^\| (\d{4}-\d{2}(?:-\d{2})?)[^|]*\| ([^|]*) \| ([\d,]+) \| [^|]* \| ([^|]*) \| ([^|]*) \|$/gm)) {
  const [date, round, ret, other, source] = [m[1], m[2].trim(), m[3], m[4], m[5]];
  const idpsMatch = /IDPs ([\d,]+)|([\d,]+) IDPs/.exec(other);
  const inRow = idpsMatch?.[1] ?? idpsMatch?.[2];
  const fromSeries = national.find((r) => `${r.year}-${String(r.month).padStart(2, '0')}` === date.slice(0, 7));
  const idps = inRow ? int(inRow) : fromSeries?.idps;
  if (idps === undefined) continue;
  returns.push({ date, round: round === '—' ? '' : round, idps, returnees: int(ret), verified: source.trim().startsWith('✅') ? 'yes' : 'secondary source' });
}
if (returns.length < 10) throw new Error(`expected the returnee rows of §3.5, found ${returns.length}`);
out('iraq-idps-returnees.json', JSON.stringify(returns, null, 1) + '\n');

console.log(`national: ${national.length} rounds; governorates: ${admin1.length} records over ${rounds.length} dates; returnees: ${returns.length} dates`);
