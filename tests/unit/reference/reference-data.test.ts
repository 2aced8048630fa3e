/**
 * The reference data shipped in resources/reference/ (PRODUCT.md sections 2 and 3): what an
 * assessor will find in a new project — the A–E framework with every sub-area of DOMAIN.md 1.1,
 * rating scales with rubrics, agencies, crossing points, the 77 provinces and the laws — in Thai
 * and English, with every code resolving. Also checks that the schemas refuse broken files.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  REFERENCE_FILES,
  agenciesFileSchema,
  crossingPointsFileSchema,
  frameworkSchema,
  legalInstrumentsFileSchema,
  referenceFileSchemas,
  type ReferenceData,
  type ReferenceFileKey,
} from '../../../src/shared/reference/schemas';
import { describeReferenceProblem, validateReferenceData } from '../../../src/shared/reference/validate';
import {
  AGENCY_TYPE_LABELS,
  CROSSING_MODE_LABELS,
  CROSSING_STATUS_LABELS,
  EVIDENCE_TYPE_LABELS,
  INDICATOR_SCOPE_LABELS,
  INSTRUMENT_KIND_LABELS,
  INSTRUMENT_STATUS_LABELS,
  REGION_LABELS,
} from '../../../src/shared/reference/vocabulary';

const THAI = /[\u0E00-\u0E7F]/;
const FOLDER = new URL('../../../resources/reference/', import.meta.url);

function raw(key: ReferenceFileKey): unknown {
  return JSON.parse(readFileSync(new URL(REFERENCE_FILES[key], FOLDER), 'utf8'));
}

function load(): ReferenceData {
  return {
    framework: frameworkSchema.parse(raw('framework')),
    agencies: agenciesFileSchema.parse(raw('agencies')),
    crossingPoints: crossingPointsFileSchema.parse(raw('crossingPoints')),
    provinces: referenceFileSchemas.provinces.parse(raw('provinces')),
    legalInstruments: legalInstrumentsFileSchema.parse(raw('legalInstruments')),
  };
}

const data = load();
const indicators = data.framework.areas.flatMap((area) => area.subAreas.flatMap((subArea) => subArea.indicators));

/** Sub-areas of the suggested thematic tree in DOMAIN.md 1.1. */
const EXPECTED_SUB_AREAS = [
  ...['A1', 'A2', 'A3', 'A4', 'A5', 'A6'],
  ...['B1', 'B2', 'B3', 'B4', 'B5'],
  ...['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7'],
  ...['D1', 'D2', 'D3', 'D4', 'D5'],
  ...['E1', 'E2', 'E3'],
];

/** ISO 3166-2:TH province codes (Bangkok and 76 provinces, Bueng Kan TH-38 included). */
const ISO_PROVINCE_NUMBERS = [
  ...[10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27],
  ...[30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49],
  ...[50, 51, 52, 53, 54, 55, 56, 57, 58, 60, 61, 62, 63, 64, 65, 66, 67],
  ...[70, 71, 72, 73, 74, 75, 76, 77, 80, 81, 82, 83, 84, 85, 86, 90, 91, 92, 93, 94, 95, 96],
];

/** Every {en, th} pair in a parsed file, with its path. */
function bilingualTexts(value: unknown, path = ''): { path: string; en: unknown; th: unknown }[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => bilingualTexts(item, `${path}[${index}]`));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  if (keys.length === 2 && keys[0] === 'en' && keys[1] === 'th') return [{ path, en: record.en, th: record.th }];
  return keys.flatMap((key) => bilingualTexts(record[key], `${path}.${key}`));
}

describe('reference files', () => {
  it('each parses with its schema', () => {
    for (const key of Object.keys(REFERENCE_FILES) as ReferenceFileKey[]) {
      const result = referenceFileSchemas[key].safeParse(raw(key));
      expect(result.success ? [] : result.error.issues, key).toEqual([]);
    }
  });

  it('give every text in English and in Thai script (abbreviations may stay Latin, e.g. IOM)', () => {
    for (const key of Object.keys(REFERENCE_FILES) as ReferenceFileKey[]) {
      const texts = bilingualTexts(raw(key));
      expect(texts.length).toBeGreaterThan(10);
      for (const { path, en, th } of texts) {
        expect(typeof en === 'string' && en.trim().length > 0, `${key}${path}.en`).toBe(true);
        expect(typeof th === 'string' && th.trim().length > 0, `${key}${path}.th`).toBe(true);
        expect(THAI.test(String(en)), `${key}${path}.en is in Thai`).toBe(false);
        if (!path.endsWith('.abbreviation')) expect(THAI.test(String(th)), `${key}${path}.th is not Thai`).toBe(true);
      }
    }
  });

  it('resolve every cross-reference (provinces, agencies, framework sub-areas)', () => {
    expect(validateReferenceData(data)).toEqual([]);
  });

  it('label every value of every closed list in Thai and English', () => {
    const lists = [
      EVIDENCE_TYPE_LABELS,
      INDICATOR_SCOPE_LABELS,
      CROSSING_MODE_LABELS,
      CROSSING_STATUS_LABELS,
      AGENCY_TYPE_LABELS,
      INSTRUMENT_KIND_LABELS,
      INSTRUMENT_STATUS_LABELS,
      REGION_LABELS,
    ];
    for (const labels of lists) {
      for (const label of Object.values(labels)) {
        expect(label.en.length).toBeGreaterThan(0);
        expect(THAI.test(label.th)).toBe(true);
      }
      expect(new Set(Object.values(labels).map((label) => label.th)).size).toBe(Object.keys(labels).length);
    }
  });
});

describe('default framework', () => {
  it('has areas A–E and every sub-area of DOMAIN.md 1.1, each with at least three indicators', () => {
    expect(data.framework.areas.map((area) => area.code)).toEqual(['A', 'B', 'C', 'D', 'E']);
    const subAreas = data.framework.areas.flatMap((area) => area.subAreas);
    expect(subAreas.map((subArea) => subArea.code)).toEqual(EXPECTED_SUB_AREAS);
    for (const subArea of subAreas) expect(subArea.indicators.length, subArea.code).toBeGreaterThanOrEqual(3);
  });

  it('defines the presence 0–2, maturity 0–4 and compliance 3-level scales and uses each', () => {
    const values = (id: string) => data.framework.scales[id]?.levels.map((level) => level.value);
    expect(values('presence')).toEqual([0, 1, 2]);
    expect(values('maturity')).toEqual([0, 1, 2, 3, 4]);
    expect(values('compliance')).toHaveLength(3);
    expect(new Set(indicators.map((indicator) => indicator.scale))).toEqual(
      new Set(['presence', 'maturity', 'compliance']),
    );
  });

  it('gives indicator-specific rubrics in every area, covering each level of the scale', () => {
    for (const area of data.framework.areas) {
      const withRubric = area.subAreas.flatMap((subArea) => subArea.indicators).filter((indicator) => indicator.rubric);
      expect(withRubric.length, area.code).toBeGreaterThanOrEqual(2);
    }
  });

  it('keeps the sample indicator of DOMAIN.md 6.2 (E2.3, referral SOP to MSDHS)', () => {
    const sample = indicators.find((indicator) => indicator.code === 'E2.3');
    expect(sample?.scale).toBe('presence');
    expect(sample?.scope).toEqual(['crossing_point']);
    expect(sample?.expectedEvidence).toEqual(['document', 'interview']);
    expect(sample?.text.th).toContain('กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์');
  });
});

describe('agencies, crossing points, provinces and laws', () => {
  it('lists the 77 provinces under their ISO 3166-2:TH codes', () => {
    const provinces = data.provinces.provinces;
    expect(provinces).toHaveLength(77);
    expect(provinces.map((province) => province.code).sort()).toEqual(ISO_PROVINCE_NUMBERS.map((n) => `TH-${n}`));
    const byCode = new Map(provinces.map((province) => [province.code, province.name.th]));
    expect(byCode.get('TH-10')).toBe('กรุงเทพมหานคร');
    expect(byCode.get('TH-57')).toBe('เชียงราย');
    expect(byCode.get('TH-38')).toBe('บึงกาฬ');
  });

  it('includes air, land and sea crossing points with the neighbours of DOMAIN.md 2.3', () => {
    const points = data.crossingPoints.crossingPoints;
    for (const mode of ['air', 'land', 'sea'] as const)
      expect(points.filter((point) => point.mode === mode).length, mode).toBeGreaterThanOrEqual(5);
    expect(new Set(points.map((point) => point.neighbourCountry))).toEqual(new Set(['MM', 'LA', 'KH', 'MY', null]));
    const maeSot = points.find((point) => point.code === 'BCP-TAK-MSOT2');
    expect(maeSot).toMatchObject({ mode: 'land', status: 'permanent', provinceCode: 'TH-63', neighbourCountry: 'MM' });
    expect(maeSot?.counterpart?.en).toBe('Myawaddy');
  });

  it('marks the beneficiaries and TWG members (IB, RTP, OAG, MOI, NSC, Customs, MSDHS)', () => {
    const agencies = new Map(data.agencies.agencies.map((agency) => [agency.code, agency]));
    for (const code of ['RTP-IB', 'RTP', 'OAG', 'MOI', 'NSC', 'MOF-CUSTOMS', 'MSDHS']) {
      expect(agencies.get(code)?.beneficiary, code).toBe(true);
      expect(agencies.get(code)?.twg, code).toBe(true);
    }
    expect(agencies.get('RTP-IB')?.abbreviation.th).toBe('สตม.');
  });

  it('holds the Immigration Act sections of DOMAIN.md 2.4 and the Anti-Trafficking Act with its amendments', () => {
    const instruments = new Map(data.legalInstruments.instruments.map((instrument) => [instrument.code, instrument]));
    const sections = (code: string) => instruments.get(code)?.provisions.map((provision) => provision.section);
    expect(sections('IMM-ACT-2522')).toEqual([
      '4',
      '11',
      '12',
      '16',
      '17',
      '18',
      '23',
      '34',
      '37',
      '38',
      '54',
      '58',
      '59',
      '63',
      '64',
      '81',
      '84',
    ]);
    expect(instruments.get('IMM-ACT-2522')).toMatchObject({ yearBE: 2522, yearCE: 1979, kind: 'act' });
    expect(sections('ATP-ACT-2551')).toEqual(['4', '6', '15']);
    const amendments = [...instruments.values()].filter((instrument) => instrument.amends === 'ATP-ACT-2551');
    expect(amendments.map((instrument) => instrument.yearBE)).toEqual([2558, 2560, 2562]);
    expect(instruments.get('UN-SOM-PROTOCOL')?.status).toBe('signed_not_ratified');
  });
});

describe('schemas refuse broken reference data', () => {
  const framework = raw('framework') as { areas: { subAreas: { indicators: Record<string, unknown>[] }[] }[] };
  const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
    result.error?.issues.map((issue) => issue.message) ?? [];

  function brokenIndicator(change: (indicator: Record<string, unknown>) => void) {
    const copy = structuredClone(framework);
    const indicator = copy.areas[0]?.subAreas[0]?.indicators[0];
    if (!indicator) throw new Error('the framework has no first indicator');
    change(indicator);
    return messages(frameworkSchema.safeParse(copy));
  }

  it('an indicator outside its sub-area, on an unknown scale, or with a rubric that misses a level', () => {
    expect(brokenIndicator((indicator) => (indicator.code = 'B1.9'))).toContain('B1.9 is not in A1');
    expect(brokenIndicator((indicator) => (indicator.scale = 'stars'))).toContain('unknown scale stars');
    expect(
      brokenIndicator((indicator) => {
        indicator.scale = 'presence';
        indicator.rubric = [0, 1].map((value) => ({ value, descriptor: { en: 'x', th: 'ก' } }));
      }).join(),
    ).toMatch(/rubric levels 0,1 do not match the presence scale levels 0,1,2/);
    expect(brokenIndicator((indicator) => (indicator.extra = true)).length).toBeGreaterThan(0);
  });

  it('a duplicate indicator code', () => {
    const copy = structuredClone(framework);
    const list = copy.areas[0]?.subAreas[0]?.indicators ?? [];
    list.push(structuredClone(list[0] ?? {}));
    expect(messages(frameworkSchema.safeParse(copy)).join()).toMatch(/duplicate indicator code A1\.1/);
  });

  it('an agency whose parent is unknown or its own descendant', () => {
    const file = raw('agencies') as { agencies: { code: string; parent: string | null }[] };
    const unknown = structuredClone(file);
    if (unknown.agencies[1]) unknown.agencies[1].parent = 'NOPE';
    expect(messages(agenciesFileSchema.safeParse(unknown))).toContain('unknown agency NOPE');
    const cycle = structuredClone(file);
    const rtp = cycle.agencies.find((agency) => agency.code === 'RTP');
    if (rtp) rtp.parent = 'RTP-IB';
    expect(messages(agenciesFileSchema.safeParse(cycle)).join()).toMatch(/is its own ancestor/);
  });

  it('an airport with a neighbouring country, and a law whose B.E. and C.E. years disagree', () => {
    const points = raw('crossingPoints') as { crossingPoints: { mode: string; neighbourCountry: string | null }[] };
    const airport = points.crossingPoints.find((point) => point.mode === 'air');
    if (airport) airport.neighbourCountry = 'MM';
    expect(messages(crossingPointsFileSchema.safeParse(points))).toContain('an airport has no neighbouring country');
    const laws = raw('legalInstruments') as { instruments: { yearBE: number | null }[] };
    if (laws.instruments[0]) laws.instruments[0].yearBE = 2523;
    expect(messages(legalInstrumentsFileSchema.safeParse(laws))).toContain('B.E. 2523 is not C.E. 1979 + 543');
  });

  it('a reference to a province, agency or sub-area that does not exist, described in both languages', () => {
    const broken = structuredClone(data);
    const point = broken.crossingPoints.crossingPoints[0];
    const law = broken.legalInstruments.instruments[0];
    if (!point || !law) throw new Error('empty reference data');
    point.provinceCode = 'TH-99';
    point.agenciesPresent = [...point.agenciesPresent, 'NOPE'];
    law.subAreas = ['F1'];
    const problems = validateReferenceData(broken);
    expect(problems.map((problem) => [problem.kind, problem.missing])).toEqual([
      ['unknown_province', 'TH-99'],
      ['unknown_agency', 'NOPE'],
      ['unknown_sub_area', 'F1'],
    ]);
    const [first] = problems;
    if (!first) throw new Error('no problem reported');
    expect(describeReferenceProblem(first, 'en')).toBe(`${point.code}: province TH-99 is not in the province list`);
    expect(describeReferenceProblem(first, 'th')).toMatch(THAI);
  });
});
