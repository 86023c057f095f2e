/** Registers <dtm-map>. Safe to run more than once on a page. */
import { DtmMap } from './map.js';
import { defineElement } from '../../internal/define-element.js';

defineElement('dtm-map', DtmMap);

export { DtmMap };
