/**
 * The iframe page (dist/embed/frame.html): one widget from the query string, and its height sent
 * to the parent page so that embed.js (or WordPress's wp-embed.js) can size the iframe.
 * Messages carry only a number and the `id` given in the URL, so they go to any parent (`'*'`).
 */
import { colorSchemeOf, directionOf, readFrameParams } from './frame-params.js';

/** Only the widget the frame shows is downloaded (a counter's frame fetches no chart or map code). */
const LOAD = {
  counter: () => import('../src/components/counter/counter.define.js'),
  trend: () => import('../src/components/trend/trend.define.js'),
  map: () => import('../src/components/map/map.define.js'),
} as const;

const params = readFrameParams(location.search, location.hash, document.baseURI);
const root = document.documentElement;
const wrapper = document.getElementById('widget')!;
const lang = params.attributes.find(([n]) => n === 'lang')?.[1];
const theme = params.attributes.find(([n]) => n === 'theme')?.[1];
root.lang = lang?.trim() || 'en';
root.dir = directionOf(lang);
document.querySelector('meta[name="color-scheme"]')?.setAttribute('content', colorSchemeOf(theme));

if (params.widget) {
  const el = document.createElement(`dtm-${params.widget}`);
  for (const [name, value] of params.attributes) el.setAttribute(name, value);
  if (params.static) wrapper.classList.add('static');
  wrapper.append(el);
  void LOAD[params.widget]();
  document.title = params.title ?? `dtm-widgets ${params.widget}`;
} else {
  const p = document.createElement('p');
  p.className = 'unknown';
  p.textContent = params.requested
    ? `Unknown widget "${params.requested.slice(0, 40)}": w must be counter, trend or map.`
    : 'No widget named: add w=counter, w=trend or w=map to the address.';
  root.lang = 'en';
  root.dir = 'ltr';
  wrapper.append(p);
}

let height = 0;
function send(target: MessageEventSource | null = window.parent): void {
  if (!target || target === window || height === 0) return; // on its own, or nothing drawn yet
  (target as Window).postMessage({ type: 'dtm-widgets:resize', version: 1, id: params.id, height }, '*');
  // WordPress's sandboxed oEmbed frames: wp-embed.js sizes on this message when the secret matches
  if (params.secret) (target as Window).postMessage({ message: 'height', value: height, secret: params.secret }, '*');
}

new ResizeObserver(() => {
  const h = Math.ceil(wrapper.getBoundingClientRect().height);
  // 0 is the widget before its code arrived (widgets are never blank): no use to the parent
  if (h === height || h === 0) return;
  height = h;
  send();
}).observe(wrapper);

// a parent whose script arrived after the first report asks again
window.addEventListener('message', (event) => {
  const data: unknown = event.data;
  if (event.source !== window.parent || !data || typeof data !== 'object') return;
  if ((data as { type?: unknown }).type === 'dtm-widgets:ping') send(event.source);
});
