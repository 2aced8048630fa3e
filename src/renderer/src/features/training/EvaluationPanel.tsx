import { SimpleGrid } from '@mantine/core';
import type { Calendar } from '../../../../shared/dates';
import type { TotEvent } from '../../../../shared/tot';
import { L1Forms } from './L1Forms';
import { L3FollowUps } from './L3FollowUps';

/** L1 reaction forms (Likert 1–5 per item, comment) beside L3 follow-ups (cascade sessions delivered). */
export function EvaluationPanel({ event, calendar }: { event: TotEvent; calendar: Calendar }) {
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
      <L1Forms event={event} />
      <L3FollowUps event={event} calendar={calendar} />
    </SimpleGrid>
  );
}
