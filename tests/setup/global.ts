/**
 * vitest global setup: once per run, before any test file starts.
 *
 * Installs the Debian tools the interchange tests compare against (xmllint,
 * python3-networkx) when they are missing, so no test installs anything and a
 * missing tool fails here with one message instead of in the middle of a file.
 */
import { ensureSystemTools } from '../helpers/system.js';

export default function setup(): void {
  ensureSystemTools('xmllint', 'networkx');
}
