// Bundles the headless CLI (src/main/cli.ts) into out/cli/bmma.cjs for bin/bmma.cjs.
// Runs on `npm install` (prepare) and in `npm run build`. The native modules (SQLite, resvg) stay external.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

await build({
  entryPoints: [path.join(root, 'src/main/cli.ts')],
  outfile: path.join(root, 'out/cli/bmma.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['better-sqlite3-multiple-ciphers', '@resvg/resvg-js', 'electron'],
  sourcemap: false,
  logLevel: 'warning',
});
