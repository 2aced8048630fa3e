import type { Coverage, CoverageRow, Traceability } from '../../shared/curriculum';
import type { Db } from '../project/cipher';
import type { ProjectFile } from '../project/project-file';
import { MODULE_ORDER, readHeader, readModules } from './curriculum';

/**
 * Coverage (PRODUCT.md 8): every live training-addressable finding with the live modules that
 * cite it; a finding no module cites is a gap (also listed on the dashboard). Traceability:
 * module -> findings -> areas, the rows of the Word curriculum's table.
 */

const pair = (en: string, th: string): { en: string; th: string } => ({ en, th });

interface FindingRow {
  id: string;
  code: string;
  area_code: string;
  subarea_code: string;
  severity: string;
  statement_en: string;
  statement_th: string;
}

export function readCoverage(db: Db): Coverage {
  const findings = db
    .prepare(
      `SELECT f.id, f.code, sa.area_code, f.subarea_code, f.severity, f.statement_en, f.statement_th
       FROM findings f JOIN framework_subareas sa ON sa.code = f.subarea_code
       WHERE f.deleted = 0 AND f.training_addressable = 1
       ORDER BY f.subarea_code, length(f.code), f.code`,
    )
    .all() as FindingRow[];
  const links = db
    .prepare(
      `SELECT mf.finding_id, m.id, m.code, m.title_en, m.title_th
       FROM module_findings mf JOIN curriculum_modules m ON m.id = mf.module_id AND m.deleted = 0
       ORDER BY ${MODULE_ORDER}`,
    )
    .all() as { finding_id: string; id: string; code: string; title_en: string; title_th: string }[];
  const rows: CoverageRow[] = findings.map((finding) => ({
    finding: {
      id: finding.id,
      code: finding.code,
      areaCode: finding.area_code,
      subAreaCode: finding.subarea_code,
      severity: finding.severity,
      statement: pair(finding.statement_en, finding.statement_th),
    },
    modules: links
      .filter((link) => link.finding_id === finding.id)
      .map((link) => ({ id: link.id, code: link.code, title: pair(link.title_en, link.title_th) })),
  }));
  const gaps = rows.filter((row) => row.modules.length === 0);
  return { rows, gaps, total: rows.length, covered: rows.length - gaps.length };
}

export function getCoverage(project: ProjectFile): Coverage {
  return project.read(readCoverage);
}

export function readTraceability(db: Db): Traceability {
  const areas = new Map(
    (
      db.prepare('SELECT code, name_en, name_th, sort_order FROM framework_areas').all() as {
        code: string;
        name_en: string;
        name_th: string;
        sort_order: number;
      }[]
    ).map((row) => [row.code, { code: row.code, name: pair(row.name_en, row.name_th), order: row.sort_order }]),
  );
  const subAreas = new Map(
    (db.prepare('SELECT code, name_en, name_th FROM framework_subareas').all() as {
      code: string;
      name_en: string;
      name_th: string;
    }[]).map((row) => [row.code, { code: row.code, name: pair(row.name_en, row.name_th) }]),
  );
  const named = (code: string, from: Map<string, { code: string; name: { en: string; th: string } }>) => {
    const found = from.get(code);
    return { code, name: found ? found.name : pair(code, code) };
  };
  const rows = readModules(db).map((module) => {
    const findings = module.findings
      .filter((finding) => !finding.deleted)
      .map((finding) => ({
        id: finding.id,
        code: finding.code,
        statement: finding.statement,
        area: named(finding.areaCode, areas),
        subArea: named(finding.subAreaCode, subAreas),
      }));
    const areaCodes = [...new Set(findings.map((finding) => finding.area.code))].sort(
      (a, b) => (areas.get(a)?.order ?? 0) - (areas.get(b)?.order ?? 0) || a.localeCompare(b),
    );
    return {
      module: { id: module.id, code: module.code, title: module.title, hours: module.hours },
      findings,
      areas: areaCodes.map((code) => named(code, areas)),
    };
  });
  return { header: readHeader(db), rows };
}

export function getTraceability(project: ProjectFile): Traceability {
  return project.read(readTraceability);
}
