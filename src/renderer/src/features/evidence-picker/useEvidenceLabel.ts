import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../framework/language';
import { useAgencies } from '../reference/queries';
import { interviewLinkLabel } from './candidates';
import type { EvidenceItem } from './evidence-options';

/** The label of a cited item as shown in the UI language (see interviewLinkLabel). */
export function useEvidenceLabel(): (item: Pick<EvidenceItem, 'kind' | 'label' | 'labelTh'>) => string {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const agencies = useAgencies();
  const abbreviations = useMemo(
    () => new Map((agencies.data ?? []).map((agency) => [agency.code, agency.abbreviation[language]])),
    [agencies.data, language],
  );
  return useCallback(
    (item) =>
      item.kind === 'interview'
        ? interviewLinkLabel(item.label, {
            categoryLabel: (category) => t(`interviews.categories.${category}`),
            agencyAbbreviation: (code) => abbreviations.get(code) ?? code,
          })
        : language === 'th' && item.labelTh
          ? item.labelTh
          : item.label,
    [t, abbreviations, language],
  );
}
