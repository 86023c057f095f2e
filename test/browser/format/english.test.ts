/**
 * English figures and dates without Intl, compared with Intl in Chromium: the ICU readers have
 * (the properties are in test/unit/format/english.test.ts, which also runs them in Node).
 */
import '../../unit/format/english.test.js';
