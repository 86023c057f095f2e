/**
 * The `dtm-publish` command (package.json "bin"): the publisher, or `dtm-publish mock` for the
 * local API stand-in. Built to dist/cli/dtm-publish.js by vite.cli.config.ts, for Node ≥ 20.
 */
import { main } from './publish/main.js';

// exitCode, not exit(): stdout and stderr are flushed before Node ends
process.exitCode = await main(process.argv.slice(2), { env: process.env, stdout: process.stdout, stderr: process.stderr });
