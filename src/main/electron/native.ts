import fs from 'node:fs';
import path from 'node:path';
import { logger } from '../logger';

/**
 * Where the Electron build of better-sqlite3-multiple-ciphers lives. It is built apart
 * (scripts/build-electron-native.mjs) and passed as `nativeBinding`, so the Node build in
 * node_modules, used by the tests and the CLI, is never overwritten (ARCHITECTURE.md).
 */

export const NATIVE_FILE = 'better_sqlite3.node';

export interface NativeBindingOptions {
  isPackaged: boolean;
  /** process.resourcesPath in a packaged app (electron-builder's extraResources). */
  resourcesPath: string;
  /** The repository root in development (app.getAppPath()). */
  appRoot: string;
  exists?: (file: string) => boolean;
}

export function electronNativeBinding(options: NativeBindingOptions): string | undefined {
  const exists = options.exists ?? fs.existsSync;
  if (options.isPackaged) {
    // Always this path when packaged: a missing file must fail loudly on open, not fall
    // back to a Node build that cannot load in Electron.
    return path.join(options.resourcesPath, 'native', NATIVE_FILE);
  }
  const dev = path.join(options.appRoot, 'build', 'native-electron', NATIVE_FILE);
  if (exists(dev)) return dev;
  logger.warn('Electron build of the native module not found; using the Node build (run npm run native:electron)', {
    expected: dev,
  });
  return undefined;
}
