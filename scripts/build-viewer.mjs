// Bundle the browser viewer (src/viewer) into dist/viewer/viewer.{js,css}: IIFE, minified.
// The HTML exporter inlines both into every page it writes.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const common = { absWorkingDir: root, bundle: true, minify: true, legalComments: 'none', logLevel: 'warning', charset: 'utf8' };

await build({ ...common, entryPoints: ['src/viewer/main.ts'], outfile: 'dist/viewer/viewer.js', format: 'iife', target: 'es2020', platform: 'browser' });
await build({ ...common, entryPoints: ['src/viewer/viewer.css'], outfile: 'dist/viewer/viewer.css' });
