/** Registers <dtm-board>. Safe to run more than once on a page. */
import { DtmBoard } from './board.js';
import { defineElement } from '../../internal/define-element.js';

defineElement('dtm-board', DtmBoard);

export { DtmBoard };
