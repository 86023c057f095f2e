/** What the map's "Download" menu offers: each area's published figure at the date shown, and the map as drawn. */
import { messages } from '../../i18n/messages.js';
import type { DownloadSubject } from '../shared/download-menu.js';
import type { MapView } from './render.js';
import { areaName } from './render.js';

export { DownloadMenuController, downloadStyles } from '../shared/download-menu.js';

/**
 * One row per area or point on the map: its code, its name in the map's language and its figure
 * at the date shown (empty where the data has none: missing is not zero). `undefined` while the
 * map is not drawn.
 */
export function mapDownload(view: MapView | undefined, title: string, svg: SVGSVGElement | null, source: string | undefined): DownloadSubject | undefined {
  if (!view) return undefined;
  const loc = view.loc;
  const t = messages(loc.lang);
  const rows = view.items.map((area) => [area.code, areaName(area, loc), view.state.values.get(area.code)]);
  return {
    title,
    date: view.state.date,
    table: { header: ['region', 'name', view.label || 'value'], hxl: ['#adm1+code', '#adm1+name', '#affected'], rows },
    svg,
    credit: source?.trim() ? `${t.source}: ${source.trim()}` : undefined,
    lang: loc.tag,
    dir: loc.dir,
  };
}
