import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { NATIVE_FILE } from '../../../../src/main/electron/native';

/**
 * The installer configuration (SECURITY.md 20; issue 2 item 5), read by electron-builder's
 * own loader and checked against its own schema, so a misspelt key fails here and not on
 * the day installers are built.
 */
const repoRoot = path.resolve(__dirname, '../../../..');
type DebugLogger = Parameters<typeof validateConfiguration>[1];
const quietLogger = { isEnabled: false, add: () => undefined } as unknown as DebugLogger;

async function loadConfig() {
  return getConfig(repoRoot, path.join(repoRoot, 'electron-builder.yml'), null);
}

describe('electron-builder.yml', () => {
  it('is valid for electron-builder', async () => {
    await expect(validateConfiguration(await loadConfig(), quietLogger)).resolves.toBeUndefined();
  });

  it('rejects a misspelt fuse (the schema check is real)', async () => {
    const config = await loadConfig();
    const broken = { ...config, electronFuses: { ...config.electronFuses, runAsNod: false } };
    await expect(validateConfiguration(broken, quietLogger)).rejects.toThrow(/electronFuses/);
  });

  it('flips the fuses: no Node mode, no NODE_OPTIONS, no inspector; asar integrity and asar only', async () => {
    expect((await loadConfig()).electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('publishes nothing, so the app has no auto-update', async () => {
    const config = await loadConfig();
    expect(config.publish).toBeNull();
  });

  it('ships the Electron build of the native module where native.ts looks for it, outside the asar', async () => {
    const config = await loadConfig();
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual(['**/*.node']);
    expect(config.npmRebuild).toBe(false);
    expect(config.extraResources).toEqual([
      { from: `build/native-electron/${NATIVE_FILE}`, to: `native/${NATIVE_FILE}` },
    ]);
  });

  it('packs only the built app, not the sources or the CLI', async () => {
    // electron-builder's loader normalises `files` to [{ filter: [...] }].
    const files = ((await loadConfig()).files as Array<string | { filter?: string[] }>).flatMap((entry) =>
      typeof entry === 'string' ? [entry] : (entry.filter ?? []),
    );
    expect(files).toEqual(expect.arrayContaining(['out/main/**', 'out/preload/**', 'out/renderer/**', 'package.json']));
    expect(
      files.some((pattern) => pattern.startsWith('src') || pattern.startsWith('out/cli') || pattern === 'out/**'),
    ).toBe(false);
  });

  it('builds NSIS + portable for Windows, AppImage + deb for Linux, dmg for macOS', async () => {
    const config = await loadConfig();
    expect(config.appId).toBe('org.iom.bmma-workbench');
    expect(config.productName).toBe('BMMA Workbench');
    expect(config.win?.target).toEqual(['nsis', 'portable']);
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.linux?.category).toBe('Office');
    expect(config.mac?.target).toEqual(['dmg']);
    // NSIS and portable both produce an .exe: distinct names or one overwrites the other.
    expect(config.nsis?.artifactName).not.toBe(config.portable?.artifactName);
  });
});
