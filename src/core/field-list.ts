/**
 * One rule for a written list of fields (`value-field="IDPs, Returnees"`), shared by the data
 * layer (which reads each field) and the trend (which names and orders the series). Pure.
 *
 * A column whose own name has a comma ("Returnees, households") is one field: the whole text is
 * asked about first, so a file that has such a column never has it split. Otherwise the text is
 * cut at its commas into trimmed, non-empty names. Text that gives fewer than two names ("a,")
 * is kept as written (trimmed), so that a field that is not found is named as the editor wrote it.
 */

/**
 * The fields of `written`, in the order written; `[]` for blank text.
 * @param hasColumn whether the data has a column (or HXL tag) by this exact text; it is asked
 *   only about the whole text, and only when that text has a comma between two names.
 */
export function splitFieldList(written: string, hasColumn: (name: string) => boolean): string[] {
  const whole = written.trim();
  if (whole === '') return [];
  if (!whole.includes(',')) return [whole];
  const names = whole
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  if (names.length < 2 || hasColumn(whole)) return [whole];
  return names;
}
