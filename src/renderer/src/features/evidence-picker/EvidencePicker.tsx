import { Badge, Combobox, Group, Loader, SegmentedControl, Stack, Text, TextInput, useCombobox } from '@mantine/core';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Calendar } from '../../../../shared/dates';
import { EVIDENCE_KINDS, type EvidenceKind } from '../../../../shared/evidence-items';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useUiLanguage } from '../framework/language';
import { useAgencies } from '../reference/queries';
import { hitTitle } from '../search/hit-title';
import {
  documentItem,
  interviewItem,
  passageItem,
  searchHitItem,
  siteVisitItem,
  type LabelContext,
} from './candidates';
import { EVIDENCE_KIND_COLOURS, EvidenceChip } from './EvidenceChip';
import {
  addEvidence,
  evidenceKey,
  evidenceOptions,
  groupByKind,
  removeEvidence,
  type EvidenceItem,
  type KindFilter,
} from './evidence-options';
import { useEvidenceLists, useEvidenceSearch } from './queries';
import { useReadOnly } from '../review/read-only';

/** Options shown at once; typing narrows them. */
const OPTION_LIMIT = 60;

export interface EvidencePickerProps {
  label: string;
  description?: string;
  value: readonly EvidenceItem[];
  onChange: (next: EvidenceItem[]) => void;
  calendar: Calendar;
  /** The kinds that may be cited here (all four by default). */
  kinds?: readonly EvidenceKind[];
  /** Given: each chip's code opens the item's record. */
  onOpen?: (item: EvidenceItem) => void;
  error?: string | undefined;
  disabled?: boolean;
}

/**
 * Chooses the evidence a rating or finding cites: interviews, coded passages, site visits and
 * documents. A kind filter and a search field (code or words, in Thai or English) narrow the
 * options; arrows and Enter add one; chosen items show as chips with their kind and code, each
 * with a remove button. Reusable anywhere evidence is cited.
 */
export function EvidencePicker({
  label,
  description,
  value,
  onChange,
  calendar,
  kinds = EVIDENCE_KINDS,
  onOpen,
  error,
  disabled: disabledProp,
}: EvidencePickerProps) {
  const { t } = useTranslation();
  // In a review copy (issue 6) the chosen evidence is shown and opens, but cannot change.
  const readOnly = useReadOnly();
  const disabled = disabledProp === true || readOnly;
  const language = useUiLanguage();
  const id = useId();
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<KindFilter>('all');
  // The lists are read the first time the picker is used, not when a form merely opens.
  const [used, setUsed] = useState(false);
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const lists = useEvidenceLists(used);
  const search = useEvidenceSearch(query, used);
  const agencies = useAgencies();

  const context = useMemo<LabelContext>(() => {
    const abbreviations = new Map((agencies.data ?? []).map((agency) => [agency.code, agency.abbreviation[language]]));
    return {
      language,
      calendar,
      categoryLabel: (category) => t(`interviews.categories.${category}`),
      agencyAbbreviation: (code) => abbreviations.get(code) ?? code,
    };
  }, [agencies.data, language, calendar, t]);

  const listed = useMemo(() => {
    const interviews = lists.interviews.data?.items ?? [];
    const pii = new Map(interviews.map((interview) => [interview.id, interview.piiCount]));
    return [
      ...interviews.map((interview) => interviewItem(interview, context)),
      ...(lists.passages.data ?? []).map((passage) => passageItem(passage, pii)),
      ...(lists.siteVisits.data?.items ?? []).map((visit) => siteVisitItem(visit, context)),
      ...(lists.documents.data?.items ?? []).map((document) => documentItem(document, context)),
    ].filter((item) => kinds.includes(item.kind));
  }, [lists.interviews.data, lists.passages.data, lists.siteVisits.data, lists.documents.data, context, kinds]);

  const found = useMemo(
    () =>
      (search.data?.hits ?? [])
        .map((hit) => searchHitItem(hit, hitTitle(hit, context.categoryLabel, context.agencyAbbreviation)))
        .filter((item): item is EvidenceItem => item !== null && kinds.includes(item.kind)),
    [search.data, context, kinds],
  );

  const options = evidenceOptions(listed, query.trim() === '' ? [] : found, {
    query,
    kind,
    chosen: value,
    limit: OPTION_LIMIT,
  });
  const byKey = new Map(options.map((item) => [evidenceKey(item), item]));
  const loading = Object.values(lists).some((list) => list.isFetching) || search.isFetching;
  const listError = Object.values(lists).find((list) => list.isError)?.error ?? search.error;

  const choose = (key: string) => {
    const item = byKey.get(key);
    if (item) onChange(addEvidence(value, item));
    // Closed, so the new chip is in view; typing (or an arrow key) opens the options again.
    setQuery('');
    combobox.closeDropdown();
  };
  const kindOptions: { value: KindFilter; label: string }[] = [
    { value: 'all', label: t('evidencePicker.allKinds') },
    ...kinds.map((candidate) => ({ value: candidate, label: t(`evidencePicker.kindsPlural.${candidate}`) })),
  ];

  return (
    <Stack gap={6} role="group" aria-labelledby={`${id}-label`} data-testid="evidence-picker">
      <Stack gap={2}>
        <Text id={`${id}-label`} size="sm" fw={500}>
          {label}
        </Text>
        {description && (
          <Text size="xs" c="dimmed">
            {description}
          </Text>
        )}
      </Stack>
      {value.length === 0 ? (
        <Text size="sm" c="dimmed" fs="italic">
          {t('evidencePicker.none')}
        </Text>
      ) : (
        <Group
          component="ul"
          gap={6}
          wrap="wrap"
          m={0}
          p={0}
          aria-label={t('evidencePicker.chosen', { count: value.length })}
        >
          {value.map((item) => (
            <EvidenceChip
              key={evidenceKey(item)}
              item={item}
              onOpen={onOpen ? () => onOpen(item) : undefined}
              onRemove={disabled ? undefined : () => onChange(removeEvidence(value, evidenceKey(item)))}
            />
          ))}
        </Group>
      )}
      {!disabled && (
        <Stack gap={6}>
          {kinds.length > 1 && (
            <SegmentedControl
              size="xs"
              aria-label={t('evidencePicker.kindFilter')}
              data={kindOptions}
              value={kind}
              onChange={(next) => setKind(next as KindFilter)}
              style={{ alignSelf: 'flex-start' }}
              fullWidth={false}
            />
          )}
          <Combobox store={combobox} onOptionSubmit={choose} withinPortal position="bottom-start">
            <Combobox.Target withExpandedAttribute>
              <TextInput
                aria-label={t('evidencePicker.find', { label })}
                placeholder={t('evidencePicker.findPlaceholder')}
                value={query}
                error={error}
                onChange={(event) => {
                  setQuery(event.currentTarget.value);
                  setUsed(true);
                  combobox.openDropdown();
                  combobox.updateSelectedOptionIndex();
                }}
                onFocus={() => {
                  setUsed(true);
                  combobox.openDropdown();
                }}
                onClick={() => combobox.openDropdown()}
                onBlur={() => combobox.closeDropdown()}
                rightSection={loading ? <Loader size="xs" aria-hidden /> : null}
                autoComplete="off"
                spellCheck={false}
              />
            </Combobox.Target>
            <Combobox.Dropdown>
              {listError ? (
                <Combobox.Header>
                  <ErrorAlert error={listError} />
                </Combobox.Header>
              ) : null}
              <Combobox.Options mah={320} style={{ overflowY: 'auto' }} aria-label={t('evidencePicker.options')}>
                {options.length === 0 ? (
                  <Combobox.Empty>{loading ? t('evidencePicker.loading') : t('evidencePicker.noMatch')}</Combobox.Empty>
                ) : (
                  groupByKind(options).map((group) => (
                    <Combobox.Group key={group.kind} label={t(`evidencePicker.kindsPlural.${group.kind}`)}>
                      {group.items.map((item) => (
                        <Combobox.Option key={evidenceKey(item)} value={evidenceKey(item)}>
                          <Group gap="xs" wrap="nowrap">
                            <Badge
                              size="sm"
                              variant="light"
                              color={EVIDENCE_KIND_COLOURS[item.kind]}
                              tt="none"
                              fw={600}
                              style={{ flexShrink: 0 }}
                            >
                              {item.code}
                            </Badge>
                            <Text size="sm" truncate="end" style={{ minWidth: 0 }}>
                              {item.label}
                            </Text>
                            {item.piiCount !== undefined && item.piiCount > 0 && (
                              <Badge size="xs" color="red" variant="light" tt="none" style={{ flexShrink: 0 }}>
                                {t('evidencePicker.pii')}
                              </Badge>
                            )}
                          </Group>
                        </Combobox.Option>
                      ))}
                    </Combobox.Group>
                  ))
                )}
              </Combobox.Options>
              <Combobox.Footer>
                <Text size="xs" c="dimmed">
                  {t('evidencePicker.keysHint')}
                </Text>
              </Combobox.Footer>
            </Combobox.Dropdown>
          </Combobox>
        </Stack>
      )}
    </Stack>
  );
}
