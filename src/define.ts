/**
 * The side-effect entry: `import 'dtm-widgets'` or `<script type="module" src=".../dtm-widgets.js">`
 * defines every element, and mounts a widget into every `<div data-dtm-widget>` on the page, now
 * and when added later (src/mount.ts). Each registration is skipped when the tag is already defined.
 */
import { startMounting } from './mount.js';

// the board first: widgets upgraded inside a defined board find it at once
export * from './components/board/board.define.js';
export * from './components/counter/counter.define.js';
export * from './components/trend/trend.define.js';
export * from './components/map/map.define.js';
export * from './components/time/time.define.js';
export * from './index.js';

startMounting();
