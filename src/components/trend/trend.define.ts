/** Registers <dtm-trend>. Safe to run more than once on a page. */
import { DtmTrend } from './trend.js';
import { defineElement } from '../../internal/define-element.js';

defineElement('dtm-trend', DtmTrend);

export { DtmTrend };
