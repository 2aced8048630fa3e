/**
 * Checks across the reference files: every code one file uses must exist in the file that owns
 * it (a crossing point's province and agencies, an instrument's framework sub-areas). The
 * answer is a list of problems rather than an exception, so that an editor can show them all
 * at once, in Thai or English.
 */
import type { ReferenceData, ReferenceFileKey } from './schemas';
import type { Localized } from './vocabulary';

export type ReferenceProblemKind = 'unknown_province' | 'unknown_agency' | 'unknown_sub_area';

export interface ReferenceProblem {
  kind: ReferenceProblemKind;
  /** File holding the reference that does not resolve. */
  file: ReferenceFileKey;
  /** Code of the record holding the reference (e.g. BCP-TAK-MSOT2). */
  record: string;
  /** The code that does not resolve. */
  missing: string;
}

export function validateReferenceData(data: ReferenceData): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const provinces = new Set(data.provinces.provinces.map((province) => province.code));
  const agencies = new Set(data.agencies.agencies.map((agency) => agency.code));
  const subAreas = new Set(data.framework.areas.flatMap((area) => area.subAreas.map((subArea) => subArea.code)));

  for (const point of data.crossingPoints.crossingPoints) {
    if (!provinces.has(point.provinceCode))
      problems.push({
        kind: 'unknown_province',
        file: 'crossingPoints',
        record: point.code,
        missing: point.provinceCode,
      });
    for (const agency of point.agenciesPresent)
      if (!agencies.has(agency))
        problems.push({ kind: 'unknown_agency', file: 'crossingPoints', record: point.code, missing: agency });
  }
  for (const instrument of data.legalInstruments.instruments)
    for (const subArea of instrument.subAreas)
      if (!subAreas.has(subArea))
        problems.push({
          kind: 'unknown_sub_area',
          file: 'legalInstruments',
          record: instrument.code,
          missing: subArea,
        });
  return problems;
}

const PROBLEM_TEMPLATES: Record<ReferenceProblemKind, Localized> = {
  unknown_province: {
    en: '{record}: province {missing} is not in the province list',
    th: '{record}: ไม่พบจังหวัดรหัส {missing} ในบัญชีจังหวัด',
  },
  unknown_agency: {
    en: '{record}: agency {missing} is not in the agency list',
    th: '{record}: ไม่พบหน่วยงานรหัส {missing} ในบัญชีหน่วยงาน',
  },
  unknown_sub_area: {
    en: '{record}: sub-area {missing} is not in the assessment framework',
    th: '{record}: ไม่พบหัวข้อย่อยรหัส {missing} ในกรอบการประเมิน',
  },
};

/** The problem as a sentence in the user's language. */
export function describeReferenceProblem(problem: ReferenceProblem, language: keyof Localized): string {
  return PROBLEM_TEMPLATES[problem.kind][language]
    .replace('{record}', problem.record)
    .replace('{missing}', problem.missing);
}
