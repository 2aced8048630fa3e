import path from 'node:path';
import { buildSync } from 'esbuild';

/** Bundles init-script.ts (and the contract client with zod) into one IIFE for page.addInitScript. */
export function buildInitScript(): string {
  const result = buildSync({
    entryPoints: [path.join(__dirname, 'init-script.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('init script did not build');
  return output.text;
}
