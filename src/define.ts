/**
 * The side-effect entry: `import 'dtm-widgets'` or `<script type="module" src=".../dtm-widgets.js">`
 * defines every element. Each registration is skipped when the tag is already defined.
 */
export * from './components/counter/counter.define.js';
export * from './components/trend/trend.define.js';
export * from './components/map/map.define.js';
export * from './index.js';
