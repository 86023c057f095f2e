/**
 * Entry of the classic-script build (dist/iife/dtm-widgets.js): defines every element and mounts
 * `<div data-dtm-widget>` elements (through define.ts), and exports nothing, so the script adds no
 * global variable to the host page.
 */
import './define.js';
