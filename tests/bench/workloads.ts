/**
 * The benchmark's units of work. Each runs the app's own code path (ProjectFile + the
 * interview services); only the key differs between the encrypted and the plain side, so
 * the pragmas, schema and statements are identical. run.ts times them, one unit at a time,
 * alternating between the two sides.
 */
import path from 'node:path';
import { ProjectFile } from '../../src/main/project/project-file';
import {
  createInterviews,
  getInterview,
  listInterviews,
  updateInterview,
  type InterviewCategory,
  type InterviewCreateInput,
} from '../../src/main/services/interviews';
import { interviewNotes, pick, seededRandom, type Random } from './text';

export type Side = 'encrypted' | 'plain';
export const SIDES: readonly Side[] = ['encrypted', 'plain'];

export const PASSPHRASE = 'ด่านแม่สอด bench passphrase 2564';
const ACTOR = 'bench-device';

const CATEGORIES: readonly InterviewCategory[] = ['official', 'migrant', 'stakeholder', 'focus_group'];
// Codes of the agencies seeded into every project (resources/reference/agencies.json).
export const AGENCIES = [
  'RTP-IB',
  'RTP',
  'OAG',
  'MOI',
  'NSC',
  'MOF-CUSTOMS',
  'MSDHS',
  'RTP-CTIC',
  'MOL-DOE',
  'MFA',
  'MOJ-DSI',
  'IOM',
] as const;
const LOCATIONS = ['Mae Sot', 'Sadao', 'Nong Khai', 'Aranyaprathet', 'Chiang Khong', 'Suvarnabhumi', 'Padang Besar'];
const MONTHS = ['2019-11', '2020-01', '2020-02', '2020-07', '2020-10', '2021-03', '2021-06'];

export function optionsFor(side: Side): { actor: string; backupOnOpen: false; unencrypted: boolean } {
  return { actor: ACTOR, backupOnOpen: false, unencrypted: side === 'plain' };
}

/** The same inputs, byte for byte, for both sides. */
export function interviewInputs(count: number, seed: number): InterviewCreateInput[] {
  const random = seededRandom(seed);
  const inputs: InterviewCreateInput[] = [];
  for (let i = 0; i < count; i += 1) {
    // Same draws in the same order as before, so the data stay comparable across runs.
    const category = pick(random, CATEGORIES);
    const agencyCode = pick(random, AGENCIES);
    const location = pick(random, LOCATIONS);
    const month = pick(random, MONTHS);
    const language = random() < 0.7 ? 'th' : 'en';
    const notes = interviewNotes(random);
    const sensitivity = random() < 0.2 ? 'restricted' : 'internal';
    inputs.push({
      category,
      agencyCode,
      location,
      month,
      interviewDate: null,
      interviewers: ['T1', 'T2'],
      interpreter: { used: false, language: null },
      language,
      consent: {
        mode: 'oral',
        infoSheetVersion: 'v1',
        permittedUse: 'paraphrase',
        recordingAllowed: false,
        withdrawnAt: null,
      },
      notes,
      sensitivity,
      reliability: { source: 'B', information: 2 },
    });
  }
  return inputs;
}

export function createProject(dir: string, side: Side, name: string): ProjectFile {
  const file = path.join(dir, `${name}-${side}.bmma`);
  return ProjectFile.create(
    file,
    { title: 'BMMA benchmark / การประเมินเชิงทดสอบ', language: 'th', calendar: 'BE', passphrase: PASSPHRASE },
    optionsFor(side),
  );
}

export function openProject(file: string, side: Side): ProjectFile {
  return ProjectFile.open(file, PASSPHRASE, optionsFor(side));
}

export function elapsed(fn: () => void): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** (a) Bulk (demo generation, import, merge): the inputs cut into transactions of `size`. */
export function batches<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}

/** One bulk transaction; the new ids are appended to `ids`. */
export function insertBatch(project: ProjectFile, batch: readonly InterviewCreateInput[], ids: string[]): void {
  for (const interview of createInterviews(project, batch)) ids.push(interview.id);
}

/** A deterministic edit: which interview (by insertion index) gets which new notes. */
export interface Edit {
  index: number;
  notes: string;
}

export function editPlan(count: number, population: number, seed: number): Edit[] {
  const random = seededRandom(seed);
  const edits: Edit[] = [];
  for (let i = 0; i < count; i += 1)
    edits.push({ index: Math.floor(random() * population), notes: interviewNotes(random) });
  return edits;
}

/** (b) A user's save: its own IMMEDIATE transaction with its audit event, then read back. */
export function singleEdit(project: ProjectFile, ids: readonly string[], edit: Edit): void {
  updateInterview(project, { id: idAt(ids, edit.index), notes: edit.notes });
}

export type ReadStep =
  | { kind: 'id'; index: number }
  | { kind: 'category'; category: InterviewCategory; limit: number }
  | { kind: 'agency'; agencyCode: string; limit: number };

/** Mostly look-ups by id (opening a record), with list screens filtered by category or agency. */
export function readPlan(count: number, population: number, seed: number): ReadStep[] {
  const random: Random = seededRandom(seed);
  const steps: ReadStep[] = [];
  for (let i = 0; i < count; i += 1) {
    const roll = random();
    if (roll < 0.7) steps.push({ kind: 'id', index: Math.floor(random() * population) });
    else if (roll < 0.85) steps.push({ kind: 'category', category: pick(random, CATEGORIES), limit: 50 });
    else steps.push({ kind: 'agency', agencyCode: pick(random, AGENCIES), limit: 50 });
  }
  return steps;
}

/** (c) One read; returns the rows seen so the work cannot be optimised away. */
export function readStep(project: ProjectFile, ids: readonly string[], step: ReadStep): number {
  if (step.kind === 'id') return getInterview(project, idAt(ids, step.index)).notes.length > 0 ? 1 : 0;
  const filter = step.kind === 'category' ? { category: step.category } : { agencyCode: step.agencyCode };
  return listInterviews(project, { ...filter, limit: step.limit }).items.length;
}

/** Open (key derivation + key check + migrations check), timed; then closed, untimed. */
export function timedOpen(file: string, side: Side): number {
  let project: ProjectFile | undefined;
  const ms = elapsed(() => {
    project = openProject(file, side);
  });
  project?.close();
  return ms;
}

function idAt(ids: readonly string[], index: number): string {
  const id = ids[index];
  if (id === undefined) throw new Error(`no interview at ${index}`);
  return id;
}
