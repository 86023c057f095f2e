const seen = new Set<string>();

/** Logs a console warning once per distinct message, prefixed with the tag that raised it. */
export function warnOnce(tag: string, message: string): void {
  const text = `[${tag}] ${message}`;
  if (seen.has(text)) return;
  seen.add(text);
  console.warn(text);
}
