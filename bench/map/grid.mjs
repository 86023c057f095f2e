// The bench's synthetic boundaries (scripts/bench-map.mjs, scripts/profile-map.mjs).

/** n square areas tiling Iraq's bounding box (38.8–48.6 E, 29.1–37.4 N). */
export function grid(n) {
  const cols = Math.ceil(Math.sqrt(n * 1.2));
  const rows = Math.ceil(n / cols);
  const [w, s, e, nn] = [38.8, 29.1, 48.6, 37.4];
  const dx = (e - w) / cols;
  const dy = (nn - s) / rows;
  const features = [];
  for (let i = 0; i < n; i++) {
    const x = w + (i % cols) * dx;
    const y = s + Math.floor(i / cols) * dy;
    features.push({ type: 'Feature', properties: { code: `ZZ${i}`, name: `Area ${i}` }, geometry: { type: 'Polygon', coordinates: [[[x, y], [x + dx, y], [x + dx, y + dy], [x, y + dy], [x, y]]] } });
  }
  return JSON.stringify({ type: 'FeatureCollection', features });
}
