import { Badge, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../../shared/search';
import { Snippet } from './Snippet';
import classes from './Search.module.css';

interface SearchHitOptionProps {
  id: string;
  hit: SearchHit;
  /** The title in the UI language (see hit-title.ts). */
  title: string;
  active: boolean;
  onChoose: () => void;
  onHover: () => void;
}

/** One hit in the results list: kind, code, title, then the excerpt with the matched words marked. */
export function SearchHitOption({ id, hit, title, active, onChoose, onHover }: SearchHitOptionProps) {
  const { t } = useTranslation();
  return (
    <UnstyledButton
      component="li"
      id={id}
      role="option"
      aria-selected={active}
      data-active={active || undefined}
      className={classes.option}
      tabIndex={-1}
      // Keeps the focus in the search field, so the arrows and Enter keep working after a click.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onChoose}
      onMouseEnter={onHover}
    >
      <Stack gap={2}>
        <Group gap="xs" wrap="nowrap">
          <Badge
            size="sm"
            variant="light"
            color={hit.kind === 'interview' ? 'teal' : 'indigo'}
            style={{ flexShrink: 0 }}
          >
            {t(`search.kind.${hit.kind}`)}
          </Badge>
          <Text size="sm" fw={600} style={{ flexShrink: 0 }}>
            {hit.code}
          </Text>
          <Text size="sm" truncate="end">
            {title}
          </Text>
        </Group>
        <Text size="sm" c="dimmed" className={classes.snippet} data-testid="search-snippet">
          <Snippet snippet={hit.snippet} />
        </Text>
      </Stack>
    </UnstyledButton>
  );
}
