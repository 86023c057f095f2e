/**
 * The pure pieces of the downloads (no DOM): the CSV text, the file names, and the PNG size read
 * back from a file. Loaded with download-export.ts, only when a reader downloads something.
 */
import type { DownloadTable } from './download-menu.js';

/** Byte order mark: Excel reads a CSV without one in the machine's code page, and Arabic as noise. */
const BOM = '\ufeff';

/**
 * One CSV cell (RFC 4180). Text that a spreadsheet would run as a formula (=, +, -, @, tab, CR at
 * its start) gets a leading apostrophe: published data is untrusted, and a downloaded file is
 * opened in Excel. Numbers are written as they are (they came from the strict parser).
 */
export function csvCell(value: string | number | undefined): string {
  if (value === undefined) return ''; // missing stays missing, never 0
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV file's text: BOM, header row, the HXL row when there is one, the rows; CRLF line ends. */
export function csvText(table: DownloadTable): string {
  const lines = [table.header, ...(table.hxl ? [table.hxl] : []), ...table.rows];
  return BOM + lines.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * A file name from the heading and the date: `IDPs in Iraq` and `2024-04-30` make
 * `idps-in-iraq-2024-04-30.csv`. Letters and digits of any script are kept (an Arabic heading
 * makes an Arabic name); anything else becomes one hyphen. Never empty, never a path.
 */
export function fileName(title: string, date: string | undefined, ext: string): string {
  const slug = (s: string): string =>
    s
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
      .replace(/^-+|-+$/g, '');
  const base = slug(title).slice(0, 80).replace(/-+$/, '') || 'dtm-data';
  const when = date && /^\d{4}(-\d{2}){0,2}$/.test(date) ? `-${date}` : '';
  return `${base}${when}.${ext}`;
}

/** Width and height of a PNG file, from its IHDR chunk; undefined when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return undefined;
  if (String.fromCharCode(...bytes.slice(12, 16)) !== 'IHDR') return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
