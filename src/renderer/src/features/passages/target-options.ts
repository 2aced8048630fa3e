import type { Finding } from '../../../../shared/analysis';
import type { Passage } from '../../../../shared/evidence-items';
import type { FrameworkTree } from '../../../../shared/framework';
import type { Language } from '../../../../shared/messages';
import { inLanguage } from '../evidence/format';

/**
 * The choices of the coding dialog: indicators grouped by area (retired ones left out: new
 * evidence is not coded to them), and findings by code and statement. Each option has search
 * texts in both languages, so "C4.2", "watch list" or "บัญชีเฝ้าดู" find it whatever the UI language.
 */
export interface TargetOption {
  value: string;
  label: string;
}
export interface TargetGroup {
  group: string;
  items: TargetOption[];
}
export interface TargetChoices<T> {
  data: T[];
  searchTexts: Map<string, string[]>;
}

/** Statements can be long; the picker shows the start of each. */
const STATEMENT_CHARS = 140;

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

export function indicatorChoices(tree: FrameworkTree | undefined, language: Language): TargetChoices<TargetGroup> {
  const searchTexts = new Map<string, string[]>();
  const data: TargetGroup[] = [];
  for (const area of tree?.areas ?? []) {
    const items: TargetOption[] = [];
    for (const subArea of area.subAreas) {
      for (const indicator of subArea.indicators) {
        if (indicator.retired) continue;
        items.push({ value: indicator.id, label: `${indicator.code} – ${inLanguage(indicator.text, language)}` });
        searchTexts.set(indicator.id, [indicator.code, indicator.text.en, indicator.text.th, subArea.name.en, subArea.name.th]);
      }
    }
    if (items.length > 0) data.push({ group: `${area.code} – ${inLanguage(area.name, language)}`, items });
  }
  return { data, searchTexts };
}

export function findingChoices(
  findings: readonly Pick<Finding, 'id' | 'code' | 'statement'>[] | undefined,
  language: Language,
): TargetChoices<TargetOption> {
  const searchTexts = new Map<string, string[]>();
  const data = (findings ?? []).map((finding) => {
    searchTexts.set(finding.id, [finding.code, finding.statement.en, finding.statement.th]);
    return { value: finding.id, label: `${finding.code} – ${shorten(inLanguage(finding.statement, language), STATEMENT_CHARS)}` };
  });
  return { data, searchTexts };
}

/** "C4.2 – Smuggling cases are ..." for a coded passage, in the UI language (or the other when empty). */
export function passageTargetLabel(passage: Pick<Passage, 'targetCode' | 'targetLabel'>, language: Language): string {
  const label = inLanguage(passage.targetLabel, language).trim();
  return label === '' ? passage.targetCode : `${passage.targetCode} – ${shorten(label, STATEMENT_CHARS)}`;
}
