import { Box, Group, Loader, Popover, Stack, Text, TextInput } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../../shared/search';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatNumber } from '../../lib/format';
import { useUiLanguage } from '../interviews/language';
import { useAgencies } from '../reference/queries';
import { hitTitle } from './hit-title';
import { useSearch } from './queries';
import { SearchHitOption } from './SearchHitOption';
import classes from './Search.module.css';

function SearchIcon() {
  return (
    <svg
      width={16}
      height={16}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      aria-hidden
      focusable={false}
    >
      <circle cx="11" cy="11" r="7" />
      <path d="m20 20-3.5-3.5" strokeLinecap="round" />
    </svg>
  );
}

/**
 * The project-wide search field in the header (Ctrl+K or Ctrl+F). Typing asks `search.query`
 * once typing pauses; the hits drop down below; arrows move, Enter opens, Escape closes.
 * It follows the ARIA combobox pattern: the focus stays in the field and the active hit is
 * named by aria-activedescendant.
 */
export function SearchBox({ onOpen }: { onOpen: (hit: SearchHit) => void }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const [query, setQuery] = useState('');
  const [opened, setOpened] = useState(false);
  const search = useSearch(query);
  const agencies = useAgencies();
  const abbreviations = useMemo(
    () => new Map((agencies.data ?? []).map((agency) => [agency.code, agency.abbreviation[language]])),
    [agencies.data, language],
  );
  const titleOf = (hit: SearchHit) =>
    hitTitle(
      hit,
      (category) => t(`interviews.categories.${category}`),
      (code) => abbreviations.get(code) ?? code,
    );
  // The active hit belongs to one answer: a new answer starts at its first hit (derived, not an effect).
  const [cursor, setCursor] = useState<{ answer: unknown; index: number }>({ answer: undefined, index: 0 });
  const active = cursor.answer === search.data ? cursor.index : 0;
  const setActive = (next: (current: number) => number) => setCursor({ answer: search.data, index: next(active) });
  const hits = query.trim() === '' ? [] : (search.data?.hits ?? []);
  const showDropdown = opened && query.trim() !== '';
  const optionId = (index: number) => `${listId}-hit-${index}`;

  // Physical keys, so the shortcuts also work with the Thai keyboard layout; and from inside a text box.
  useHotkeys(
    [
      ['mod+K', () => focusField(), { usePhysicalKeys: true }],
      ['mod+F', () => focusField(), { usePhysicalKeys: true }],
    ],
    [],
  );
  function focusField() {
    inputRef.current?.focus();
    inputRef.current?.select();
    setOpened(true);
  }

  useEffect(() => {
    if (showDropdown) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
    // optionId only depends on listId, which never changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active, showDropdown]);

  const choose = (hit: SearchHit) => {
    setOpened(false);
    inputRef.current?.blur();
    onOpen(hit);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpened(true);
      if (hits.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => Math.min(hits.length - 1, Math.max(0, current + step)));
    } else if (event.key === 'Enter') {
      const hit = hits[active];
      if (showDropdown && hit && !search.typing) {
        event.preventDefault();
        choose(hit);
      }
    } else if (event.key === 'Escape' && showDropdown) {
      // Only the dropdown closes: an Escape meant for it must not also close a side panel.
      event.preventDefault();
      event.stopPropagation();
      setOpened(false);
    }
  };

  return (
    <Popover
      opened={showDropdown}
      onChange={setOpened}
      position="bottom-start"
      width="target"
      trapFocus={false}
      returnFocus={false}
      closeOnEscape={false}
      withRoles={false}
      shadow="md"
      offset={4}
    >
      <Popover.Target>
        <TextInput
          ref={inputRef}
          type="search"
          value={query}
          onChange={(event) => {
            setQuery(event.currentTarget.value);
            setOpened(true);
          }}
          onFocus={() => setOpened(true)}
          onKeyDown={onKeyDown}
          placeholder={t('search.placeholder')}
          aria-label={t('search.label')}
          aria-keyshortcuts="Control+K Control+F"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={showDropdown}
          aria-controls={showDropdown && hits.length > 0 ? listId : undefined}
          aria-activedescendant={showDropdown && hits[active] ? optionId(active) : undefined}
          leftSection={<SearchIcon />}
          rightSection={search.isFetching ? <Loader size="xs" aria-hidden /> : null}
          w="100%"
          maw={640}
          autoComplete="off"
          spellCheck={false}
        />
      </Popover.Target>
      <Popover.Dropdown p="xs" data-testid="search-results">
        <Stack gap="xs">
          <ErrorAlert error={search.error} />
          {search.data && !search.error && (
            <Group justify="space-between" px="sm">
              <Text size="xs" c="dimmed" role="status" data-testid="search-total">
                {search.data.total === 0
                  ? t('search.noResults')
                  : // Counting stops at a cap (services/search.ts): past it the count is "more than".
                    t(search.data.totalIsLowerBound ? 'search.moreThan' : 'search.total', {
                      count: search.data.total,
                      formatted: formatNumber(search.data.total, language),
                    })}
              </Text>
              {(search.data.total > hits.length || search.data.totalIsLowerBound) && (
                <Text size="xs" c="dimmed">
                  {t(search.data.order === 'newest' ? 'search.newestShown' : 'search.firstShown', {
                    shown: formatNumber(hits.length, language),
                  })}
                </Text>
              )}
            </Group>
          )}
          {search.data?.totalIsLowerBound && !search.error && (
            <Text size="xs" c="dimmed" px="sm" data-testid="search-narrow">
              {t('search.narrowHint')}
            </Text>
          )}
          {!search.data && search.isFetching && (
            <Text size="sm" c="dimmed" px="sm">
              {t('search.searching')}
            </Text>
          )}
          {hits.length > 0 && (
            // A plain scrolling box: the snippets must wrap to the dropdown's width, not widen it.
            <Box mah={420} style={{ overflowY: 'auto' }}>
              <ul id={listId} role="listbox" aria-label={t('search.resultsLabel')} className={classes.list}>
                {hits.map((hit, index) => (
                  <SearchHitOption
                    key={`${hit.kind}:${hit.id}`}
                    id={optionId(index)}
                    hit={hit}
                    title={titleOf(hit)}
                    active={index === active}
                    onChoose={() => choose(hit)}
                    onHover={() => setActive(() => index)}
                  />
                ))}
              </ul>
            </Box>
          )}
          <Text size="xs" c="dimmed" px="sm">
            {t('search.keysHint')}
          </Text>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
