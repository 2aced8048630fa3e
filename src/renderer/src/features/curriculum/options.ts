import type { ComboboxItem } from '@mantine/core';
import type { Finding } from '../../../../shared/analysis';
import type { CitedFinding } from '../../../../shared/curriculum';
import type { Language } from '../../../../shared/messages';
import { localized } from '../framework/language';
import { shorten } from '../recommendations/plan-options';

interface AgencyLike {
  code: string;
  name: { en: string; th: string };
  abbreviation: { en: string; th: string };
}

/** "IB · Immigration Bureau, Royal Thai Police" in the interface language. */
export function agencyOptions(agencies: readonly AgencyLike[], language: Language): ComboboxItem[] {
  return agencies.map((agency) => ({
    value: agency.code,
    label: `${localized(agency.abbreviation, language) || agency.code} · ${localized(agency.name, language)}`,
  }));
}

/**
 * The finding picker's choices: live training-addressable findings, plus any finding the module
 * already cites that is no longer one (kept, marked as stale, so saving does not drop it silently).
 */
export function findingOptions(
  findings: readonly Finding[],
  cited: readonly CitedFinding[],
  language: Language,
  staleLabel: (code: string) => string,
): ComboboxItem[] {
  const options = findings
    .filter((finding) => finding.trainingAddressable)
    .map((finding) => ({
      value: finding.id,
      label: `${finding.code} · ${shorten(localized(finding.statement, language), 70)}`,
    }));
  for (const finding of cited) {
    if (!options.some((option) => option.value === finding.id))
      options.push({ value: finding.id, label: staleLabel(finding.code) });
  }
  return options;
}
