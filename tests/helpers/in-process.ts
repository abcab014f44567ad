/**
 * Test helper: run the CLI in this process (`main(argv, ctx)`), collecting its output.
 * The same as `runCli` (cli.ts), under the name some tests use.
 */
export { runCli as runMain } from './cli.js';
