/** Registers <dtm-time>. Safe to run more than once on a page. */
import { DtmTime } from './time.js';
import { defineElement } from '../../internal/define-element.js';

defineElement('dtm-time', DtmTime);

export { DtmTime };
