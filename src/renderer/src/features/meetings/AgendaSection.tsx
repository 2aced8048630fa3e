import {
  ActionIcon,
  Alert,
  Button,
  Card,
  Group,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AGENDA_CATEGORIES, type AgendaCategory, type AgendaItem, type Meeting } from '../../../../shared/meetings';
import { localized, useUiLanguage } from '../framework/language';
import { ItemProvisions } from './ItemProvisions';
import { api, useMeetingWrite } from './queries';

/** The agenda in the Thai five-part order; items are numbered within their part (4.1, 4.2). */
export function AgendaSection({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" component="section" aria-labelledby="agenda-heading">
      <Title order={4} id="agenda-heading">
        {t('meetings.agenda.heading')}
      </Title>
      {AGENDA_CATEGORIES.map((category) => (
        <CategoryBlock key={category} meeting={meeting} category={category} />
      ))}
    </Stack>
  );
}

function CategoryBlock({ meeting, category }: { meeting: Meeting; category: AgendaCategory }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const write = useMeetingWrite();
  const [title, setTitle] = useState('');
  const items = meeting.agenda.filter((item) => item.category === category);
  const add = async () => {
    const done = await write.run(() =>
      api().saveAgendaItem({
        meetingId: meeting.id,
        category,
        title: { en: language === 'en' ? title : '', th: language === 'th' ? title : '' },
      }),
    );
    if (done) setTitle('');
  };
  return (
    <Stack gap="xs" data-testid={`agenda-category-${category}`}>
      <Text fw={600}>{t(`meetings.agenda.categories.${category}`)}</Text>
      {items.map((item, index) => (
        <AgendaItemCard
          key={item.id}
          meeting={meeting}
          item={item}
          first={index === 0}
          last={index === items.length - 1}
        />
      ))}
      <Group gap="xs" align="flex-end">
        <TextInput
          aria-label={`${t('meetings.agenda.add')} – ${t(`meetings.agenda.categories.${category}`)}`}
          placeholder={t(language === 'th' ? 'meetings.agenda.titleTh' : 'meetings.agenda.titleEn')}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          w={420}
        />
        <Button variant="light" onClick={() => void add()} disabled={title.trim() === ''} loading={write.busy}>
          {t('meetings.agenda.add')}
        </Button>
      </Group>
      {write.error && <Alert color="red">{write.error}</Alert>}
    </Stack>
  );
}

function AgendaItemCard({
  meeting,
  item,
  first,
  last,
}: {
  meeting: Meeting;
  item: AgendaItem;
  first: boolean;
  last: boolean;
}) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const write = useMeetingWrite();
  const [values, setValues] = useState({ title: item.title, discussion: item.discussion, resolution: item.resolution });
  const field = (key: keyof typeof values, lang: 'en' | 'th', multiline: boolean) => {
    const label = t(`meetings.agenda.${key}${lang === 'en' ? 'En' : 'Th'}`);
    const onChange = (value: string) => setValues((v) => ({ ...v, [key]: { ...v[key], [lang]: value } }));
    return multiline ? (
      <Textarea
        label={label}
        value={values[key][lang]}
        onChange={(e) => onChange(e.currentTarget.value)}
        autosize
        minRows={2}
      />
    ) : (
      <TextInput label={label} value={values[key][lang]} onChange={(e) => onChange(e.currentTarget.value)} />
    );
  };
  const heading = `${item.number} ${localized(item.title, language) || t('meetings.agenda.untitled')}`;
  return (
    <Card withBorder padding="sm" data-testid={`agenda-item-${item.number}`} aria-label={heading}>
      <Group justify="space-between" mb="xs">
        <Text fw={600}>{heading}</Text>
        <Group gap={4}>
          <ActionIcon
            variant="subtle"
            aria-label={t('meetings.agenda.up')}
            disabled={first}
            onClick={() => void write.run(() => api().moveAgendaItem({ id: item.id, direction: 'up' }))}
          >
            ↑
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            aria-label={t('meetings.agenda.down')}
            disabled={last}
            onClick={() => void write.run(() => api().moveAgendaItem({ id: item.id, direction: 'down' }))}
          >
            ↓
          </ActionIcon>
          <Button
            size="compact-xs"
            variant="subtle"
            color="red"
            onClick={() => void write.run(() => api().removeAgendaItem({ id: item.id }))}
          >
            {t('meetings.agenda.remove')}
          </Button>
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xs">
        {field('title', 'th', false)}
        {field('title', 'en', false)}
        {field('discussion', 'th', true)}
        {field('discussion', 'en', true)}
        {field('resolution', 'th', true)}
        {field('resolution', 'en', true)}
      </SimpleGrid>
      <Group justify="flex-end" mt="xs">
        <Button
          size="xs"
          loading={write.busy}
          onClick={() =>
            void write.run(() =>
              api().saveAgendaItem({ meetingId: meeting.id, id: item.id, category: item.category, ...values }),
            )
          }
        >
          {t('meetings.agenda.save')}
        </Button>
      </Group>
      {write.error && (
        <Alert color="red" mt="xs">
          {write.error}
        </Alert>
      )}
      <ItemProvisions meeting={meeting} item={item} />
    </Card>
  );
}
