import {
  Badge,
  Grid,
  Group,
  Loader,
  NavLink,
  SegmentedControl,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  isEmptyRichDoc,
  NARRATIVE_LANGUAGES,
  NARRATIVE_SECTIONS,
  type Narrative,
  type NarrativeLanguage,
  type NarrativeSection,
} from '../../../../shared/narrative';
import { ErrorAlert } from '../../components/ErrorAlert';
import { BmmaError } from '../../lib/bmma';
import { otherLanguage, useUiLanguage } from '../framework/language';
import { useFrameworkTree } from '../framework/queries';
import { narrativeKey, useSettledSave, type SaveStatus } from './autosave';
import { NarrativeEditor, ReadOnlyNarrative } from './NarrativeEditor';
import classes from './ReportText.module.css';
import { useNarratives } from './queries';
import { sectionLabel } from './sections';
import { ReviewBox } from '../review/ReviewBox';
import { ReadOnlyHint, useReadOnly } from '../review/read-only';

const STATUS_COLOR: Record<SaveStatus, string> = { saved: 'teal', saving: 'dimmed', unsaved: 'orange' };

function findNarrative(list: Narrative[] | undefined, section: NarrativeSection, language: NarrativeLanguage) {
  return list?.find((n) => n.section === section && n.language === language);
}

/**
 * The "Report text" tab: the report's narrative sections on the left (with which languages
 * are written), the selected one in a rich-text editor on the right, Thai and English stored
 * separately. Autosaves; the Export screen flushes anything still pending.
 */
export function ReportTextPanel() {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const uiLanguage = useUiLanguage();
  const narratives = useNarratives();
  const framework = useFrameworkTree();
  const [section, setSection] = useState<NarrativeSection>('executive_summary');
  const [language, setLanguage] = useState<NarrativeLanguage>(uiLanguage);
  const wide = useMediaQuery('(min-width: 88em)');
  const key = narrativeKey(section, language);
  const settled = useSettledSave(key);
  const [status, setStatus] = useState<SaveStatus>('saved');

  const areas = framework.data?.areas;
  const labelOf = (s: NarrativeSection) => sectionLabel(t, s, areas, uiLanguage);
  const languageName = (l: NarrativeLanguage) => t(`reportText.languages.${l}`);
  // A stored section that no longer passes the schema: main names it in the error's details.
  const damagedDetail = narratives.error instanceof BmmaError ? narratives.error.details?.['section'] : undefined;
  const damaged = NARRATIVE_SECTIONS.find((s) => s === damagedDetail);
  const current = findNarrative(narratives.data, section, language);
  const other = findNarrative(narratives.data, section, otherLanguage(language));
  // The other language beside the editor, to translate from: only on wide screens and when
  // there is something to read, so the editor keeps the full width otherwise.
  const beside = wide && other !== undefined && !isEmptyRichDoc(other.content);
  const editorLabel = t('reportText.editorLabel', { section: labelOf(section), language: languageName(language) });

  return (
    <Stack gap="md">
      <div>
        <Title order={3}>{t('reportText.heading')}</Title>
        <Text size="sm" c="dimmed">
          {t('reportText.intro')}
        </Text>
      </div>
      <ErrorAlert error={narratives.error ?? framework.error}>
        {damaged && <Text size="sm">{t('reportText.damagedSection', { section: labelOf(damaged) })}</Text>}
      </ErrorAlert>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 3 }}>
          <nav aria-label={t('reportText.sectionsLabel')} className={classes.sectionList}>
            {NARRATIVE_SECTIONS.map((s) => (
              <NavLink
                key={s}
                // A button, not an <a> without href: reachable with Tab and Enter.
                component="button"
                type="button"
                active={s === section}
                onClick={() => setSection(s)}
                label={labelOf(s)}
                aria-current={s === section ? 'page' : undefined}
                description={
                  <Group gap={4} mt={2}>
                    {NARRATIVE_LANGUAGES.map((l) => {
                      const n = findNarrative(narratives.data, s, l);
                      const written = n !== undefined && !isEmptyRichDoc(n.content);
                      const name = languageName(l);
                      return (
                        <span key={l}>
                          <Badge
                            size="xs"
                            variant={written ? 'filled' : 'outline'}
                            color={written ? 'teal' : 'gray'}
                            aria-hidden
                            title={t(written ? 'reportText.hasText' : 'reportText.noText', { language: name })}
                          >
                            {t(`reportText.languageShort.${l}`)}
                          </Badge>
                          <VisuallyHidden>
                            {t(written ? 'reportText.hasText' : 'reportText.noText', { language: name })}
                          </VisuallyHidden>
                        </span>
                      );
                    })}
                  </Group>
                }
              />
            ))}
          </nav>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9 }}>
          <Stack gap="sm">
            <Group justify="space-between" align="center">
              <Title order={4}>{labelOf(section)}</Title>
              <Group gap="md" wrap="nowrap">
                {/* Nothing is saved in a review copy: no save state to show. */}
                {!readOnly && (
                  <Text
                    size="sm"
                    c={STATUS_COLOR[status]}
                    role="status"
                    aria-live="polite"
                    data-save-status={status}
                    className={classes.status}
                  >
                    {t(`reportText.status.${status}`)}
                  </Text>
                )}
                <SegmentedControl
                  aria-label={t('reportText.languageSwitch')}
                  value={language}
                  onChange={(value) => setLanguage(value === 'en' ? 'en' : 'th')}
                  data={NARRATIVE_LANGUAGES.map((l) => ({ value: l, label: t(`reportText.languageShort.${l}`) }))}
                />
              </Group>
            </Group>
            {!current || !settled ? (
              narratives.isPending || !settled ? (
                <Loader size="sm" />
              ) : null
            ) : (
              <Grid gap="md">
                <Grid.Col span={beside ? 7 : 12}>
                  {/* A review copy shows the text as it is, not editable (issue 6). */}
                  {readOnly ? (
                    <Stack gap="xs">
                      <ReadOnlyHint />
                      <ReadOnlyNarrative key={key} narrative={current} label={editorLabel} />
                    </Stack>
                  ) : (
                    <NarrativeEditor key={key} narrative={current} label={editorLabel} onStatus={setStatus} />
                  )}
                </Grid.Col>
                {beside && (
                  <Grid.Col span={5}>
                    <Text size="sm" fw={600} mb={6}>
                      {t('reportText.otherLanguage', { language: languageName(other.language) })}
                    </Text>
                    <ReadOnlyNarrative
                      key={`${other.section}:${other.language}`}
                      narrative={other}
                      label={t('reportText.otherLanguage', { language: languageName(other.language) })}
                    />
                  </Grid.Col>
                )}
              </Grid>
            )}
            <ReviewBox targetType="narrative" targetId={section} version={`${current?.updatedAt ?? ''}:${status}`} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
