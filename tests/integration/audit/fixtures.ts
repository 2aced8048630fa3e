import { appendAuditEvent } from '../../../src/main/project/audit';
import type { Db } from '../../../src/main/project/cipher';
import type { ProjectFile } from '../../../src/main/project/project-file';

/** One event as seeded: what the filters are checked against, computed here and not by the code under test. */
export interface SeededEvent {
  actor: string;
  action: string;
  entity: string;
  entityId: string;
  at: string;
  fields: string[];
}

export const ACTORS = ['device-aaaa', 'device-bbbb', 'cli'] as const;
const ACTIONS = ['finding.created', 'finding.updated', 'interview.updated', 'export.written'] as const;
export const RECORD_IDS = ['11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222', '33333333-3333-4333-8333-333333333333'];

/**
 * `count` events, one a day from 2025-01-01 at 10:00 UTC, actors, actions and records cycling at
 * different rates so that every filter picks a different subset. Appended as the app appends
 * them (chained), in one transaction.
 */
export function seedEvents(project: ProjectFile, count: number): SeededEvent[] {
  const events: SeededEvent[] = [];
  for (let i = 0; i < count; i += 1) {
    const action = ACTIONS[i % ACTIONS.length] as string;
    const at = new Date(Date.UTC(2025, 0, 1 + i, 10, 0, 0)).toISOString();
    events.push({
      actor: ACTORS[i % ACTORS.length] as string,
      action,
      entity: action.split('.')[0] as string,
      entityId: RECORD_IDS[i % RECORD_IDS.length] as string,
      at,
      fields: action.endsWith('updated') ? ['title', `field${i}`] : [],
    });
  }
  project.write((ctx) => {
    for (const e of events) {
      appendAuditEvent(ctx.db as Db, {
        actor: e.actor,
        action: e.action,
        entity: e.entity,
        entityId: e.entityId,
        at: e.at,
        details: e.fields.length > 0 ? { fields: e.fields } : {},
      });
    }
  });
  return events;
}
