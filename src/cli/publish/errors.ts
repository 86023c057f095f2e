/**
 * The publisher's failures, each with the exit code it ends the run with, and the one place where
 * the key is scrubbed from text before anything is printed.
 */

/** 0 done (changed or unchanged), 1 configuration or key, 2 API or network, 3 data check. */
export const EXIT = { ok: 0, config: 1, api: 2, data: 3 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export class PublishError extends Error {
  readonly exitCode: ExitCode;
  constructor(exitCode: ExitCode, message: string) {
    super(message);
    this.name = 'PublishError';
    this.exitCode = exitCode;
  }
}

export const configError = (message: string): PublishError => new PublishError(EXIT.config, message);
export const apiError = (message: string): PublishError => new PublishError(EXIT.api, message);
export const dataError = (message: string): PublishError => new PublishError(EXIT.data, message);

/**
 * Text with every occurrence of `secret` replaced. Everything printed passes through this, even
 * text we wrote ourselves: an API that echoes the key in an error message (some gateways do)
 * must not put it in a CI log.
 */
export function redact(text: string, secret: string | undefined): string {
  if (!secret) return text;
  return text.split(secret).join('[key hidden]');
}

/** Text from outside (an API message) made safe for one log line: no controls, capped length. */
export function oneLine(text: string, max = 300): string {
  // eslint-disable-next-line no-control-regex
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}
