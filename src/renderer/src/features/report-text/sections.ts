import type { TFunction } from 'i18next';
import type { FrameworkTree } from '../../../../shared/framework';
import type { Language } from '../../../../shared/messages';
import type { NarrativeSection } from '../../../../shared/narrative';
import { localized } from '../framework/language';

type AreaSection = Extract<NarrativeSection, `area_${string}`>;

function isAreaSection(section: NarrativeSection): section is AreaSection {
  return section.startsWith('area_');
}

/** The section's name as the report uses it; areas carry their framework name when known. */
export function sectionLabel(
  t: TFunction,
  section: NarrativeSection,
  areas: FrameworkTree['areas'] | undefined,
  language: Language,
): string {
  if (isAreaSection(section)) {
    const code = section.slice('area_'.length);
    const area = areas?.find((a) => a.code === code);
    return area
      ? t('reportText.sections.areaNamed', { code, name: localized(area.name, language) })
      : t('reportText.sections.area', { code });
  }
  return t(`reportText.sections.${section}`);
}
