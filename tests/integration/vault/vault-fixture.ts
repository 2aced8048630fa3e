import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createApi, dispatch } from '../../../src/main/api';
import { noDialogs } from '../../../src/main/dialogs';
import { Session } from '../../../src/main/session';
import { SettingsStore } from '../../../src/main/settings';
import type { Channel, ChannelOutput } from '../../../src/shared/contract';
import type { Result } from '../../../src/shared/errors';
import { expectValue } from '../../helpers/api';
import { interviewInput } from '../../helpers/interviews';
import { PASSPHRASE, openRaw, tableNames } from '../../helpers/project';
import { makeSubDir, makeTempDir } from '../../helpers/temp';

/** The data controller's vault passphrase in these tests (not the project's). */
export const VAULT_PASSPHRASE = 'ช้างเผือก vault of the controller 2569';

/** Planted identity: each value is distinctive enough to search the whole file for. */
export const PLANTED = {
  name: 'Kittisak Wongsawat-QZX',
  phone: '+66 89 777 4321',
  idNumber: 'AA9876543-PASSPORT',
  address: '99/7 Moo 4 Tambon Tha Sai Luat',
};

export interface VaultFixture {
  root: string;
  projectPath: string;
  session: Session;
  /** Moves the app's clock (the Session's `now`). */
  clock: { now: Date };
  interviewId: string;
  interviewCode: string;
  call<C extends Channel>(channel: C, input?: unknown): Promise<Result<ChannelOutput<C>>>;
}

/** A real encrypted project opened through the real api, with one official interview. */
export async function makeVaultFixture(label: string): Promise<VaultFixture> {
  const root = makeTempDir(label);
  const settings = new SettingsStore(path.join(root, 'settings'));
  const clock = { now: new Date('2026-11-29T05:00:00Z') };
  const session = new Session({ settings, now: () => clock.now });
  const handlers = createApi({ session, settings, dialogs: noDialogs, runtime: 'test', version: '0.0.0-test' });
  const call = <C extends Channel>(channel: C, input?: unknown) =>
    dispatch(handlers, channel, input) as Promise<Result<ChannelOutput<C>>>;
  const projectPath = path.join(makeSubDir(root, 'projects'), 'vault.bmma');
  expectValue(
    await call('project.create', { path: projectPath, title: 'Vault test', language: 'en', passphrase: PASSPHRASE }),
  );
  const interview = expectValue(await call('interviews.create', interviewInput('official')));
  return { root, projectPath, session, clock, interviewId: interview.id, interviewCode: interview.code, call };
}

/** Every needle found anywhere in the table rows (text, or blob read as UTF-8 and Latin-1). */
export function findInRows(file: string, needles: readonly string[]): string[] {
  const db = openRaw(file, PASSPHRASE);
  try {
    const found = new Set<string>();
    for (const table of tableNames(db)) {
      for (const row of db.prepare(`SELECT * FROM "${table.replace(/"/g, '""')}"`).all() as Record<string, unknown>[]) {
        for (const value of Object.values(row)) {
          const text = Buffer.isBuffer(value)
            ? `${value.toString('utf8')}\n${value.toString('latin1')}`
            : String(value);
          for (const needle of needles) if (text.includes(needle)) found.add(`${table}:${needle}`);
        }
      }
    }
    return [...found];
  } finally {
    db.close();
  }
}

/**
 * The whole file decrypted page by page (a copy rekeyed to no key: SQLite3MultipleCiphers rewrites every page), then
 * searched byte for byte: what someone with the project passphrase alone could ever read.
 */
export function findInDecryptedFile(file: string, needles: readonly string[]): string[] {
  const copy = path.join(path.dirname(file), `plain-${crypto.randomUUID()}.db`);
  fs.copyFileSync(file, copy);
  try {
    const db = openRaw(copy, PASSPHRASE);
    db.rekey(Buffer.alloc(0));
    db.close();
    const bytes = fs.readFileSync(copy);
    if (!bytes.subarray(0, 15).equals(Buffer.from('SQLite format 3'))) throw new Error('the copy was not decrypted');
    return needles.filter((needle) => bytes.includes(Buffer.from(needle, 'utf8')));
  } finally {
    fs.rmSync(copy, { force: true });
  }
}
