/**
 * One timed map in this page: ?areas=18|120|2000. For 18, the built-in governorates; otherwise a
 * synthetic grid of that many square areas over Iraq's extent, fetched as GeoJSON from the bench
 * server (/grid-N.geojson), as a partner's own boundaries would be. Times from element creation
 * to the first complete picture (state ready, SVG painted) and to MapLibre's first idle
 * (rendering = webgl).
 */
import '../../src/components/map/map.define.js';
// library code is loaded before the clock starts (the data chunk, the geography chunk and the WebGL
// renderer too), as the peers' code is in shared/reference/performance.md §3
import '../../src/components/shared/data-view.js';
import '../../src/components/map/webgl.js';
import '../../src/components/map/map-geo.js';
import { nextPaint, report } from '../page.js';

async function main(): Promise<void> {
  const n = Number(new URLSearchParams(location.search).get('areas') ?? '18');
  const box = document.getElementById('box')!;
  const map = document.createElement('dtm-map');
  const rows: { date: string; region: string; value: number }[] = [];
  if (n === 18) {
    for (let i = 1; i <= 18; i++) rows.push({ date: '2024-04-30', region: `IQG${String(i).padStart(2, '0')}`, value: (i * 7919) % 250_000 });
  } else {
    for (let i = 0; i < n; i++) rows.push({ date: '2024-04-30', region: `ZZ${i}`, value: (i * 7919) % 250_000 });
    map.setAttribute('boundaries', `/grid-${n}.geojson`);
  }
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = JSON.stringify(rows);
  map.append(script);
  await nextPaint();
  // scripts/profile-map.mjs (?profile): a CPU profile of exactly the timed window, started and
  // stopped in the page (its profiler records console.profile); the bench does not ask for it
  const profiling = new URLSearchParams(location.search).has('profile');
  if (profiling) console.profile('picture');
  const t0 = performance.now();
  let picture = 0;
  let idle = 0;
  await new Promise<void>((resolve) => {
    new MutationObserver(() => {
      if (!picture && map.getAttribute('state') === 'ready') {
        void nextPaint().then(() => {
          picture = performance.now() - t0;
          if (profiling) console.profileEnd('picture');
          if (idle) resolve();
        });
      }
      if (!idle && map.getAttribute('rendering') === 'webgl') {
        idle = performance.now() - t0;
        if (picture) resolve();
      }
    }).observe(map, { attributes: true, attributeFilter: ['state', 'rendering'] });
    box.append(map);
  });
  report({ picture, idle });
}

void main().catch((e: unknown) => {
  report({ error: String(e) });
});
