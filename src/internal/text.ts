/**
 * Text from data (names, series) or typed by an editor (a label), without the Unicode controls
 * that embed, override or isolate a direction (U+202A-U+202E, U+2066-U+2069). Concatenated into a
 * heading or a summary, one right-to-left override turns the rest of the line around, figures
 * included ("12,345" read as "543,21"). The marks that only hint a direction (U+200E, U+200F,
 * U+061C) stay: they cannot reach past their neighbours.
 */
export function withoutDirectionControls(text: string): string {
  return text.replace(/[\u202a-\u202e\u2066-\u2069]/g, '');
}
