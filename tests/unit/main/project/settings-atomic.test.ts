/**
 * SECURITY.md item 11 for the settings file: SettingsStore writes through writeFileAtomic, so a
 * failure between the write and the rename leaves the previous settings.json as it was.
 * writeFileAtomic is wrapped (not replaced) to inject that failure into the real write.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import * as atomic from '../../../../src/main/project/atomic';
import { SettingsStore } from '../../../../src/main/settings';
import { fileMode, listNames } from '../../../helpers/files';
import { makeTempDir, removeTempDir } from '../../../helpers/temp';

vi.mock(import('../../../../src/main/project/atomic'), async (importOriginal) => {
  const original = await importOriginal();
  return { ...original, writeFileAtomic: vi.fn(original.writeFileAtomic) };
});

let root: string;

beforeAll(() => {
  root = makeTempDir('settings');
});

afterAll(() => removeTempDir(root));

it('writes settings.json atomically, and keeps the old one when a write fails before the rename', async () => {
  const { writeFileAtomic: realWrite } = await vi.importActual<typeof atomic>('../../../../src/main/project/atomic');
  const dir = path.join(root, 'app');
  const file = path.join(dir, 'settings.json');
  const store = new SettingsStore(dir);
  store.update({ language: 'en' });
  expect(vi.mocked(atomic.writeFileAtomic)).toHaveBeenLastCalledWith(file, expect.any(String));
  const saved = fs.readFileSync(file, 'utf8');
  if (process.platform !== 'win32') {
    expect(fileMode(dir)).toBe(0o700);
    expect(fileMode(file)).toBe(0o600);
  }

  vi.mocked(atomic.writeFileAtomic).mockImplementationOnce((target, data, options) =>
    realWrite(target, data, {
      ...options,
      hooks: {
        beforeRename: () => {
          throw new Error('power cut between write and rename');
        },
      },
    }),
  );
  expect(() => store.update({ idleLockMinutes: 30 })).toThrow(expect.objectContaining({ code: 'IO' }));
  expect(fs.readFileSync(file, 'utf8')).toBe(saved);
  expect(listNames(dir)).toEqual(['settings.json']);
  // A new store reads the last good settings.
  expect(new SettingsStore(dir).settings).toMatchObject({ language: 'en', idleLockMinutes: 10 });
});
