/** Registers <dtm-counter>. Safe to run more than once on a page. */
import { DtmCounter } from './counter.js';
import { defineElement } from '../../internal/define-element.js';

defineElement('dtm-counter', DtmCounter);

export { DtmCounter };
