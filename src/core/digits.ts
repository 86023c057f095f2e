/**
 * Digits as editors and publishers in Arabic and Sorani write them, mapped to ASCII before any
 * strict reader (numbers, dates) looks at them. Pure; shared by data/ and format/ through core/.
 */

const NON_ASCII_DIGITS = /[\u0660-\u0669\u06f0-\u06f9\u066b\u066c\u2212]/;

/**
 * Maps Arabic-Indic (٠-٩) and Persian (۰-۹) digits to ASCII, the Arabic decimal (٫) and
 * thousands (٬) separators to `.` and `,`, and the minus sign (U+2212) to `-`.
 */
export function normaliseDigits(raw: string): string {
  if (!NON_ASCII_DIGITS.test(raw)) return raw; // the common case, without copying
  let out = '';
  for (const ch of raw) {
    const c = ch.charCodeAt(0);
    if (c >= 0x0660 && c <= 0x0669) out += String.fromCharCode(c - 0x0660 + 48);
    else if (c >= 0x06f0 && c <= 0x06f9) out += String.fromCharCode(c - 0x06f0 + 48);
    else if (c === 0x066b) out += '.';
    else if (c === 0x066c) out += ',';
    else if (c === 0x2212) out += '-';
    else out += ch;
  }
  return out;
}
