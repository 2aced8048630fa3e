import fs from 'node:fs';
import path from 'node:path';
import { makePlainSqlite, PNG_BYTES } from './fixtures';

/** Files made once for all cases: a good project, and one from a newer version. */
export interface Given {
  base: string;
  newer: string;
}

/** One way a user can hand bmma something that is not a project it can open. */
export interface BadInput {
  name: string;
  /** Prepares the case in its own folder; answers the command line and the file whose bytes must not change. */
  setup(dir: string, given: Given): { args: string[]; file: string };
  passphrase?: string;
  asNobody?: boolean;
  code: number;
  phrase: Record<'en' | 'th', string>;
}

const NOT_A_PROJECT = { en: 'is not a BMMA Workbench project', th: 'ไม่ใช่ไฟล์โครงการ BMMA Workbench' };

/** The bad-input matrix of issue 2. */
export const BAD_INPUTS: BadInput[] = [
  {
    name: 'a zero-byte file',
    setup: (dir) => {
      const file = path.join(dir, 'empty.bmma');
      fs.writeFileSync(file, '');
      return { args: ['info', file], file };
    },
    code: 3,
    phrase: NOT_A_PROJECT,
  },
  {
    name: 'a truncated file',
    setup: (dir, given) => {
      const file = path.join(dir, 'truncated.bmma');
      fs.writeFileSync(file, fs.readFileSync(given.base).subarray(0, 10_000));
      return { args: ['info', file], file };
    },
    code: 3,
    phrase: NOT_A_PROJECT,
  },
  {
    name: 'a plain SQLite file',
    setup: (dir) => {
      const file = path.join(dir, 'plain.bmma');
      makePlainSqlite(file);
      return { args: ['info', file], file };
    },
    code: 3,
    phrase: NOT_A_PROJECT,
  },
  {
    name: 'a PNG renamed .bmma',
    setup: (dir) => {
      const file = path.join(dir, 'photo.bmma');
      fs.writeFileSync(file, PNG_BYTES);
      return { args: ['info', file], file };
    },
    code: 3,
    phrase: NOT_A_PROJECT,
  },
  {
    name: 'a file from a newer version',
    setup: (dir, given) => {
      const file = path.join(dir, 'newer.bmma');
      fs.copyFileSync(given.newer, file);
      return { args: ['info', file], file };
    },
    code: 4,
    phrase: { en: 'saved by a newer version of BMMA Workbench', th: 'บันทึกด้วย BMMA Workbench รุ่นที่ใหม่กว่า' },
  },
  {
    name: 'a wrong passphrase',
    setup: (dir, given) => {
      const file = path.join(dir, 'project.bmma');
      fs.copyFileSync(given.base, file);
      return { args: ['info', file], file };
    },
    passphrase: 'not the right passphrase',
    code: 2,
    phrase: { en: 'The passphrase is not correct', th: 'รหัสผ่านไม่ถูกต้อง' },
  },
  {
    name: 'a path that does not exist',
    setup: (dir) => ({
      args: ['info', path.join(dir, 'missing', 'nowhere.bmma')],
      file: path.join(dir, 'missing'),
    }),
    code: 5,
    phrase: { en: 'does not exist', th: 'ไม่พบไฟล์หรือโฟลเดอร์' },
  },
  {
    name: 'create into a read-only folder',
    setup: (dir) => {
      const readOnly = path.join(dir, 'read-only');
      fs.mkdirSync(readOnly, { mode: 0o555 });
      fs.chmodSync(readOnly, 0o555);
      return { args: ['create', path.join(readOnly, 'new.bmma'), '--title', 'Refused'], file: readOnly };
    },
    asNobody: true,
    code: 5,
    phrase: { en: 'cannot write to this folder', th: 'ไม่สามารถเขียนลงในโฟลเดอร์นี้ได้' },
  },
];
