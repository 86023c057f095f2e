declare const __DTM_VERSION__: string | undefined;

/** The package version, injected at build time; `0.0.0-dev` when running from source without Vite. */
export const VERSION: string = typeof __DTM_VERSION__ === 'string' ? __DTM_VERSION__ : '0.0.0-dev';
