/**
 * TWG membership and the curriculum on a real encrypted project: modules are created, edited
 * and deleted (tombstones, CONFLICT, DUPLICATE); a finding that is not training-addressable is
 * refused; the coverage gap of a finding closes when a module cites it and reopens when the
 * module is deleted, on the curriculum's coverage and on the dashboard; traceability rows give
 * module -> findings -> areas. The audit trail holds field names, never the texts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectFile } from '../../../src/main/project/project-file';
import { createModule, deleteModule, getCurriculum, saveCurriculumHeader, updateModule } from '../../../src/main/services/curriculum';
import { getCoverage, getTraceability } from '../../../src/main/services/curriculum-coverage';
import { getDashboard } from '../../../src/main/services/dashboard';
import { createFinding as storeFinding, deleteFinding, type FindingCreateInput } from '../../../src/main/services/findings';
import { createTwgMember, deleteTwgMember, listTwgMembers, updateTwgMember } from '../../../src/main/services/twg';
import type { ModuleCreateInput } from '../../../src/shared/curriculum';
import type { Finding } from '../../../src/shared/analysis';
import { AppError } from '../../../src/shared/errors';
import { makeProject } from '../../helpers/project';
import { makeTempDir, removeTempDir } from '../../helpers/temp';
import { findingInput } from '../analysis/fixtures';

let root: string;
let project: ProjectFile;
let training: Finding;
let trainingB: Finding;
let legal: Finding;

/** The fixture's input is loosely typed (it is also sent through the api): the contract applies here. */
const createFinding = (target: ProjectFile, input: Record<string, unknown>): Finding =>
  storeFinding(target, input as FindingCreateInput);

const SECRET = 'Deputy Commander Somchai Jaidee'; // free text that must never reach the audit trail

function moduleInput(overrides: Partial<ModuleCreateInput> = {}): ModuleCreateInput {
  return {
    code: 'M05',
    title: { en: 'Financial investigation in smuggling cases', th: 'การสืบสวนทางการเงินในคดีลักลอบขนคน' },
    audience: { en: 'Inquiry officers, prosecutors', th: 'พนักงานสอบสวน พนักงานอัยการ' },
    hours: 6,
    methods: ['case_study', 'group_work'],
    materials: { en: SECRET, th: '' },
    assessment: { en: '5 post-test items', th: 'ข้อสอบหลังเรียน 5 ข้อ' },
    trainerProfile: { en: 'AMLO analyst', th: 'นักวิเคราะห์ ปปง.' },
    leadAgencyCode: 'RTP-IB',
    outline: { en: 'Indicators; asset tracing', th: 'ตัวบ่งชี้ การติดตามทรัพย์สิน' },
    order: 5,
    outcomes: [
      { code: 'LO1', text: { en: 'Identify financial indicators', th: 'ระบุตัวบ่งชี้ทางการเงิน' }, bloomLevel: 'remember' },
      { code: 'LO2', text: { en: 'Prepare an asset-tracing request', th: 'จัดทำคำขอติดตามทรัพย์สิน' }, bloomLevel: 'apply' },
    ],
    findingIds: [],
    ...overrides,
  };
}

function refusal(run: () => unknown): { code: string; details: Record<string, unknown> | undefined } {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, details: error.details };
    throw error;
  }
  throw new Error('expected a refusal');
}

const gapCodes = (): string[] => getCoverage(project).gaps.map((row) => row.finding.code);
const dashboardGaps = (): string[] =>
  getDashboard(project, { gapLimit: 1000 })
    .gaps.filter((gap) => gap.kind === 'finding_not_in_curriculum')
    .map((gap) => gap.code);

beforeAll(() => {
  root = makeTempDir('curriculum');
  project = makeProject(root);
  training = createFinding(project, findingInput());
  trainingB = createFinding(project, findingInput({ subAreaCode: 'A1' }));
  legal = createFinding(project, findingInput({ subAreaCode: 'B1', trainingAddressable: false }));
});

afterAll(() => {
  project.close();
  removeTempDir(root);
});

describe('TWG membership', () => {
  it('keeps members by agency and post, chair first, and tombstones them', () => {
    const member = createTwgMember(project, {
      agencyCode: 'RTP-IB',
      role: 'member',
      positionTitle: { en: 'Superintendent', th: 'ผู้กำกับการ' },
      sex: 'female',
      fromDate: '2021-01-15',
      toDate: null,
      active: true,
    });
    const chair = createTwgMember(project, {
      agencyCode: 'RTP',
      role: 'chair',
      positionTitle: { en: SECRET, th: '' },
      sex: 'male',
      fromDate: null,
      toDate: null,
      active: true,
    });
    expect(listTwgMembers(project).map((m) => [m.role, m.agencyCode, m.agencyAbbreviation.en !== ''])).toEqual([
      ['chair', 'RTP', true],
      ['member', 'RTP-IB', true],
    ]);
    expect(refusal(() => updateTwgMember(project, { id: member.id, toDate: '2020-01-01' })).code).toBe('DATE_ORDER');
    expect(refusal(() => updateTwgMember(project, { id: member.id, agencyCode: 'NOPE' })).code).toBe(
      'LINK_TARGET_MISSING',
    );
    const ended = updateTwgMember(project, { id: member.id, active: false, toDate: '2022-06-30', expectedUpdatedAt: member.updatedAt });
    expect(ended).toMatchObject({ active: false, toDate: '2022-06-30' });
    expect(refusal(() => updateTwgMember(project, { id: member.id, active: true, expectedUpdatedAt: member.updatedAt })).code).toBe(
      'CONFLICT',
    );
    deleteTwgMember(project, chair.id);
    expect(listTwgMembers(project).map((m) => m.id)).toEqual([member.id]);
  });
});

describe('modules', () => {
  it('creates, edits and deletes a module with outcomes, refusing a duplicate code and a stale edit', () => {
    saveCurriculumHeader(project, { title: { en: 'TOC investigation', th: 'การสืบสวนอาชญากรรมข้ามชาติ' }, version: '1.0' });
    const module = createModule(project, moduleInput({ findingIds: [training.id] }));
    expect(module).toMatchObject({ code: 'M05', hours: 6, methods: ['case_study', 'group_work'] });
    expect(module.outcomes.map((o) => [o.code, o.bloomLevel])).toEqual([
      ['LO1', 'remember'],
      ['LO2', 'apply'],
    ]);
    expect(module.findings.map((f) => f.code)).toEqual([training.code]);

    expect(refusal(() => createModule(project, moduleInput())).code).toBe('DUPLICATE');
    expect(refusal(() => createModule(project, moduleInput({ code: 'M06', hours: 41 }))).code).toBe('VALIDATION');
    expect(refusal(() => createModule(project, moduleInput({ code: 'M06', hours: 0 }))).code).toBe('VALIDATION');

    const edited = updateModule(project, {
      id: module.id,
      expectedUpdatedAt: module.updatedAt,
      hours: 7.5,
      outcomes: [{ code: 'LO1', text: { en: 'Explain', th: 'อธิบาย' }, bloomLevel: 'understand' }],
    });
    expect(edited.hours).toBe(7.5);
    expect(edited.outcomes.map((o) => o.code)).toEqual(['LO1']);
    expect(refusal(() => updateModule(project, { id: module.id, expectedUpdatedAt: module.updatedAt, hours: 3 })).code).toBe(
      'CONFLICT',
    );
    expect(getCurriculum(project)).toMatchObject({ header: { version: '1.0' }, totalHours: 7.5 });

    deleteModule(project, module.id);
    expect(getCurriculum(project).modules).toEqual([]);
    // A deleted module's code may be used again.
    const again = createModule(project, moduleInput());
    expect(again.code).toBe('M05');
    deleteModule(project, again.id);

    const audit = project.read((db) =>
      (db.prepare("SELECT action, details FROM audit_events WHERE action LIKE 'curriculum.%' OR action LIKE 'twg.%'").all() as {
        action: string;
        details: string;
      }[]),
    );
    expect(audit.map((event) => event.action)).toContain('curriculum.moduleUpdated');
    expect(audit.find((event) => event.action === 'curriculum.moduleUpdated')?.details).toContain('"hours"');
    for (const event of audit) expect(event.details).not.toContain('Somchai');
  });

  it('refuses a finding that is not training-addressable, or deleted, and saves nothing', () => {
    expect(refusal(() => createModule(project, moduleInput({ code: 'M07', findingIds: [legal.id] })))).toMatchObject({
      code: 'NOT_TRAINING_ADDRESSABLE',
      details: { code: legal.code },
    });
    const module = createModule(project, moduleInput({ code: 'M07' }));
    expect(refusal(() => updateModule(project, { id: module.id, findingIds: [legal.id] })).code).toBe(
      'NOT_TRAINING_ADDRESSABLE',
    );
    const gone = createFinding(project, findingInput({ subAreaCode: 'C1' }));
    deleteFinding(project, gone.id);
    expect(refusal(() => updateModule(project, { id: module.id, findingIds: [gone.id] })).code).toBe('LINK_TARGET_MISSING');
    expect(getCurriculum(project).modules.find((m) => m.id === module.id)?.findings).toEqual([]);
    deleteModule(project, module.id);
  });
});

describe('coverage', () => {
  it('closes a gap when a module cites the finding and reopens it when the module is deleted', () => {
    expect(gapCodes()).toEqual([trainingB.code, training.code]);
    expect(dashboardGaps()).toEqual([trainingB.code, training.code]);
    // The finding with gaps in law only is never a curriculum gap.
    expect(getCoverage(project).rows.map((row) => row.finding.code)).not.toContain(legal.code);

    const module = createModule(project, moduleInput({ code: 'M01', findingIds: [training.id] }));
    const coverage = getCoverage(project);
    expect(coverage).toMatchObject({ total: 2, covered: 1 });
    expect(coverage.rows.find((row) => row.finding.id === training.id)?.modules.map((m) => m.code)).toEqual(['M01']);
    expect(gapCodes()).toEqual([trainingB.code]);
    expect(dashboardGaps()).toEqual([trainingB.code]);
    expect(getDashboard(project).gapCounts.finding_not_in_curriculum).toBe(1);

    deleteModule(project, module.id);
    expect(gapCodes()).toEqual([trainingB.code, training.code]);
    expect(dashboardGaps()).toEqual([trainingB.code, training.code]);
  });

  it('gives traceability rows: module -> findings -> areas, in curriculum order', () => {
    const second = createModule(project, moduleInput({ code: 'M02', order: 2, findingIds: [training.id, trainingB.id] }));
    const first = createModule(project, moduleInput({ code: 'M01', order: 1, findingIds: [trainingB.id] }));
    const { header, rows } = getTraceability(project);
    expect(header?.title.en).toBe('TOC investigation');
    expect(rows.map((row) => row.module.code)).toEqual(['M01', 'M02']);
    expect(rows[1]?.findings.map((f) => [f.code, f.area.code, f.subArea.code])).toEqual([
      [trainingB.code, 'A', 'A1'],
      [training.code, 'C', 'C4'],
    ]);
    expect(rows[1]?.areas.map((area) => area.code)).toEqual(['A', 'C']);
    expect(rows[1]?.areas[0]?.name.en).not.toBe('');
    expect(getCoverage(project).gaps).toEqual([]);
    deleteModule(project, first.id);
    deleteModule(project, second.id);
  });
});
