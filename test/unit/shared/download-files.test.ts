import { describe, expect, it } from 'vitest';
import { csvCell, csvText, fileName, pngSize } from '../../../src/components/shared/download-files.js';

describe('csvText', () => {
  it('starts with a BOM, has a header, the HXL row and CRLF line ends', () => {
    const text = csvText({ header: ['date', 'region', 'IDPs'], hxl: ['#date', '#adm1+code', '#affected+idps'], rows: [['2024-04-30', 'IQG15', 229120]] });
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1)).toBe('date,region,IDPs\r\n#date,#adm1+code,#affected+idps\r\n2024-04-30,IQG15,229120\r\n');
  });

  it('has no HXL row unless asked, and keeps a missing figure empty (never 0)', () => {
    expect(csvText({ header: ['a', 'b'], rows: [['x', undefined]] }).slice(1)).toBe('a,b\r\nx,\r\n');
  });

  it('quotes commas, quotes and line breaks, and keeps Arabic as it is', () => {
    expect(csvCell('نينوى, العراق')).toBe('"نينوى, العراق"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('defuses text a spreadsheet would run as a formula, but not numbers', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('-1+1')).toBe("'-1+1");
    expect(csvCell(-12)).toBe('-12');
    expect(csvCell(Number.NaN)).toBe('');
  });
});

describe('fileName', () => {
  it('comes from the heading and the date', () => {
    expect(fileName('IDPs in Iraq', '2024-04-30', 'csv')).toBe('idps-in-iraq-2024-04-30.csv');
    expect(fileName('  IDPs: Ninewa / Duhok! ', '2024-04', 'png')).toBe('idps-ninewa-duhok-2024-04.png');
  });

  it('keeps Arabic letters, and is never empty nor a path', () => {
    expect(fileName('النازحون في العراق', '2024-04-30', 'svg')).toBe('النازحون-في-العراق-2024-04-30.svg');
    expect(fileName('../../etc/passwd', undefined, 'csv')).toBe('etc-passwd.csv');
    expect(fileName('***', 'not a date', 'csv')).toBe('dtm-data.csv');
  });
});

describe('pngSize', () => {
  it('reads the size from the IHDR chunk and refuses what is not a PNG', () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 3, 192, 0, 0, 1, 44]);
    expect(pngSize(bytes)).toEqual({ width: 960, height: 300 });
    expect(pngSize(new Uint8Array(24))).toBeUndefined();
  });
});
