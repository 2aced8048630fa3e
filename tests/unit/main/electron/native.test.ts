import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { electronNativeBinding, NATIVE_FILE } from '../../../../src/main/electron/native';
import { captureLogs } from './fakes';

let logs: ReturnType<typeof captureLogs>;
beforeEach(() => (logs = captureLogs()));
afterEach(() => logs.restore());

describe('the Electron build of the native module', () => {
  it('is loaded from resources/native when packaged, even if missing (fails loudly, never the Node build)', () => {
    const binding = electronNativeBinding({
      isPackaged: true,
      resourcesPath: '/opt/BMMA/resources',
      appRoot: '/x',
      exists: () => false,
    });
    expect(binding).toBe(path.join('/opt/BMMA/resources', 'native', 'better_sqlite3.node'));
  });

  it('is loaded from build/native-electron in development when it was built', () => {
    const binding = electronNativeBinding({
      isPackaged: false,
      resourcesPath: '/r',
      appRoot: '/repo',
      exists: () => true,
    });
    expect(binding).toBe(path.join('/repo', 'build', 'native-electron', NATIVE_FILE));
  });

  it('falls back to the Node build in development, with a warning saying what to run', () => {
    const binding = electronNativeBinding({
      isPackaged: false,
      resourcesPath: '/r',
      appRoot: '/repo',
      exists: () => false,
    });
    expect(binding).toBeUndefined();
    expect(logs.lines.join('\n')).toContain('npm run native:electron');
  });
});
