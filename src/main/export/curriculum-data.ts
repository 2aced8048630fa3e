import {
  SEXES,
  type Coverage,
  type CurriculumHeader,
  type CurriculumModule,
  type Traceability,
  type TwgMember,
  type TwgRole,
} from '../../shared/curriculum';
import type { ExportPreview, ExportProfile } from '../../shared/export';
import type { ProjectFile } from '../project/project-file';
import { getCurriculum } from '../services/curriculum';
import { getCoverage, getTraceability } from '../services/curriculum-coverage';
import { getFrameworkTree } from '../services/framework';
import { getProjectInfo } from '../services/project';
import { listAgencies } from '../services/reference';
import { listTwgMembers } from '../services/twg';
import type { Bilingual } from './locale';

/**
 * What the Word curriculum shows, read once through the services (getCurriculum, getCoverage,
 * getTraceability, listTwgMembers, listAgencies, the framework tree). The preview counts from
 * the same model, so what it announces ("<5" cells, empty sections) is what the document holds.
 */

type Sex = (typeof SEXES)[number];

/** The TWG's current members of one agency in one role: posts, and head counts by sex. */
export interface TwgGroup {
  agencyCode: string;
  agencyName: Bilingual;
  role: TwgRole;
  positions: Bilingual[];
  bySex: Record<Sex, number>;
  total: number;
}

export type TraceRow = Traceability['rows'][number];

export interface CurriculumModel {
  header: CurriculumHeader | null;
  projectTitle: string;
  /** The date on the title page: the draft's date when it has one, else today. */
  date: string;
  modules: CurriculumModule[];
  totalHours: number;
  /** Traceability rows, one per module in curriculum order (getTraceability's). */
  trace: TraceRow[];
  coverage: Coverage;
  twg: TwgGroup[];
  /** Whether any current member's sex is 'other': the column is shown only then. */
  twgHasOther: boolean;
  minCellSize: number;
  agencies: Map<string, { name: Bilingual; abbreviation: Bilingual }>;
  areas: Map<string, Bilingual>;
  subAreas: Map<string, Bilingual>;
}

/** Current members grouped by agency and role, in listTwgMembers' order (chair first, then by agency). */
export function groupTwg(members: readonly TwgMember[]): TwgGroup[] {
  const groups = new Map<string, TwgGroup>();
  for (const member of members.filter((m) => m.active)) {
    const key = `${member.agencyCode}\u0000${member.role}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        agencyCode: member.agencyCode,
        agencyName: member.agencyName,
        role: member.role,
        positions: [],
        bySex: { female: 0, male: 0, other: 0 },
        total: 0,
      };
      groups.set(key, group);
    }
    const position = member.positionTitle;
    if (position.th.trim() !== '' || position.en.trim() !== '') group.positions.push(position);
    group.bySex[member.sex] += 1;
    group.total += 1;
  }
  return [...groups.values()];
}

export function loadCurriculumModel(project: ProjectFile, profile: ExportProfile, today: string): CurriculumModel {
  const curriculum = getCurriculum(project);
  const twg = groupTwg(listTwgMembers(project));
  const tree = getFrameworkTree(project);
  return {
    header: curriculum.header,
    projectTitle: getProjectInfo(project).title,
    date: (profile.draft.enabled ? profile.draft.date : null) ?? today,
    modules: curriculum.modules,
    totalHours: curriculum.totalHours,
    trace: getTraceability(project).rows,
    coverage: getCoverage(project),
    twg,
    twgHasOther: twg.some((g) => g.bySex.other > 0),
    minCellSize: profile.minCellSize,
    agencies: new Map(listAgencies(project).map((a) => [a.code, { name: a.name, abbreviation: a.abbreviation }])),
    areas: new Map(tree.areas.map((a) => [a.code, a.name])),
    subAreas: new Map(tree.areas.flatMap((a) => a.subAreas.map((s) => [s.code, s.name] as const))),
  };
}

/** A count of people is small when it is above zero and under the profile's minimum cell size. */
export function isSmall(count: number, min: number): boolean {
  return count > 0 && count < min;
}

/** The TWG table's count cells, rows then the total row, in the order the table prints them. */
export function twgCounts(model: Pick<CurriculumModel, 'twg' | 'twgHasOther'>): number[][] {
  const shown: readonly Sex[] = model.twgHasOther ? SEXES : ['female', 'male'];
  const row = (bySex: Record<Sex, number>, total: number): number[] => [...shown.map((s) => bySex[s]), total];
  const totals = { female: 0, male: 0, other: 0 };
  for (const group of model.twg) for (const sex of SEXES) totals[sex] += group.bySex[sex];
  const all = model.twg.reduce((sum, g) => sum + g.total, 0);
  return [...model.twg.map((g) => row(g.bySex, g.total)), ...(model.twg.length > 0 ? [row(totals, all)] : [])];
}

/** Whether any module cites a live finding: else the traceability table is a placeholder. */
export function hasTraceability(model: Pick<CurriculumModel, 'trace'>): boolean {
  return model.trace.some((row) => row.findings.length > 0);
}

export function curriculumPreview(project: ProjectFile, profile: ExportProfile): ExportPreview {
  const model = loadCurriculumModel(project, profile, '1970-01-01');
  const small = twgCounts(model)
    .flat()
    .filter((n) => isSmall(n, profile.minCellSize)).length;
  const emptySections: string[] = [];
  if (model.modules.length === 0) emptySections.push('modules');
  if (!hasTraceability(model)) emptySections.push('traceability');
  return {
    omissions: small > 0 ? [{ reason: 'small_cell', count: small }] : [],
    emptySections,
    included: model.modules.length,
  };
}
