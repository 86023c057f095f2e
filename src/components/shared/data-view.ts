/**
 * The entry of the lazily loaded data chunk of every data widget: its export list, nothing else.
 * A widget imports this module (through DataHostController) only when it has `src` or inline
 * data; a page with only a static counter never downloads it. The chunk holds the DataSource
 * controller and the data layer, the reading of the widget's data attributes (data-config.ts),
 * the fetch used for map boundaries, and the views of the data's states (data-ui.ts).
 */
export { DataSource } from '../../data/source.js';
export { selectFigure, type Aggregate } from '../../data/select.js';
export { refuse } from '../../data/pipeline.js';
export { checkUrl, sharedFetch, DataFetchError } from '../../data/fetch.js';
export { dataMessages } from '../../i18n/data-messages.js';
export { adoptDataStyles, dataStyles, errorCard, faultCard, rejectedNotice, staleMark } from './data-ui.js';
export { configSignature, sourceConfig } from './data-config.js';
