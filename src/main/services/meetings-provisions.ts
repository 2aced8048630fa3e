import crypto from 'node:crypto';
import type { z } from 'zod';
import { AppError } from '../../shared/errors';
import {
  consensusSchema,
  positionSetSchema,
  provisionAddSchema,
  provisionLinkSchema,
  type Meeting,
  type ProvisionOption,
} from '../../shared/meetings';
import type { Db } from '../project/cipher';
import type { ProjectFile } from '../project/project-file';
import { findProvision, listProvisionOptions, readMeeting } from './meetings-read';
import { assertAgency, nextOrder, readChild, seated } from './meetings-rules';
import { laterThan, missing, notFound, parseInput } from './records';

/**
 * Provisions discussed under an agenda item (shipped legal reference data plus sections the user
 * adds, such as draft sections of the new Immigration Act), each agency's position on them and
 * whether consensus was reached. Audit: ids, codes and section numbers only.
 */

type Input<S extends z.ZodType> = z.input<S>;

export function listProvisions(project: ProjectFile): ProvisionOption[] {
  return project.read((db) => listProvisionOptions(db));
}

/** A section the user adds to an instrument (a draft Act's new sections); DUPLICATE if it exists. */
export function addProvision(project: ProjectFile, input: Input<typeof provisionAddSchema>): ProvisionOption {
  const provision = parseInput(provisionAddSchema, input);
  return project.write((ctx) => {
    const { db } = ctx;
    if (!db.prepare('SELECT 1 FROM legal_instruments WHERE code = ? AND deleted = 0').get(provision.instrumentCode)) {
      throw missing('legal_instrument', { code: provision.instrumentCode });
    }
    if (findProvision(db, provision.instrumentCode, provision.section)) {
      throw new AppError('DUPLICATE', undefined, { entity: 'provision', field: 'section' });
    }
    const id = crypto.randomUUID();
    db.prepare(
      `INSERT INTO meeting_provisions (id, instrument_code, section, title_en, title_th, draft, created_at, updated_at, updated_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      id,
      provision.instrumentCode,
      provision.section,
      provision.title.en,
      provision.title.th,
      provision.draft ? 1 : 0,
      ctx.now,
      ctx.now,
      ctx.actor,
    );
    ctx.audit('meeting.provisionAdded', 'legal_provision', id, {
      instrumentCode: provision.instrumentCode,
      section: provision.section,
    });
    const added = findProvision(db, provision.instrumentCode, provision.section);
    if (!added) throw notFound('provision');
    return added;
  });
}

function itemMeeting(db: Db, agendaItemId: string): string {
  return readChild(db, 'meeting_agenda_items', agendaItemId).meeting_id;
}

export function linkProvision(project: ProjectFile, input: Input<typeof provisionLinkSchema>): Meeting {
  const link = parseInput(provisionLinkSchema, input);
  return project.write((ctx) => {
    const { db } = ctx;
    const meetingId = itemMeeting(db, link.agendaItemId);
    if (!findProvision(db, link.instrumentCode, link.section)) {
      throw missing('provision', { code: `${link.instrumentCode} s.${link.section}` });
    }
    const already = db
      .prepare(
        'SELECT 1 FROM meeting_item_provisions WHERE agenda_item_id = ? AND instrument_code = ? AND section = ? AND deleted = 0',
      )
      .get(link.agendaItemId, link.instrumentCode, link.section);
    if (already) throw new AppError('DUPLICATE', undefined, { entity: 'item_provision', field: 'section' });
    const id = crypto.randomUUID();
    const order = nextOrder(
      db,
      'SELECT max(sort_order) + 1 AS next FROM meeting_item_provisions WHERE agenda_item_id = ?',
      link.agendaItemId,
    );
    db.prepare(
      `INSERT INTO meeting_item_provisions (id, agenda_item_id, instrument_code, section, sort_order, created_at, updated_at, updated_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, link.agendaItemId, link.instrumentCode, link.section, order, ctx.now, ctx.now, ctx.actor);
    ctx.audit('meeting.provisionLinked', 'meeting', meetingId, {
      itemId: link.agendaItemId,
      instrumentCode: link.instrumentCode,
      section: link.section,
    });
    return readMeeting(db, meetingId);
  });
}

function readLink(db: Db, id: string): { meetingId: string; updatedAt: string } {
  const row = db
    .prepare(
      `SELECT a.meeting_id, l.updated_at FROM meeting_item_provisions l
       JOIN meeting_agenda_items a ON a.id = l.agenda_item_id AND a.deleted = 0
       WHERE l.id = ? AND l.deleted = 0`,
    )
    .get(id) as { meeting_id: string; updated_at: string } | undefined;
  if (!row) throw notFound('meeting_item_provisions');
  return { meetingId: row.meeting_id, updatedAt: row.updated_at };
}

export function setConsensus(project: ProjectFile, input: Input<typeof consensusSchema>): Meeting {
  const { id, consensus } = parseInput(consensusSchema, input);
  return project.write((ctx) => {
    const link = readLink(ctx.db, id);
    ctx.db
      .prepare('UPDATE meeting_item_provisions SET consensus = ?, updated_at = ?, updated_by = ? WHERE id = ?')
      .run(consensus === null ? null : consensus ? 1 : 0, laterThan(ctx.now, link.updatedAt), ctx.actor, id);
    ctx.audit('meeting.consensusSet', 'meeting', link.meetingId, { linkId: id, consensus });
    return readMeeting(ctx.db, link.meetingId);
  });
}

export function unlinkProvision(project: ProjectFile, id: string): Meeting {
  return project.write((ctx) => {
    const link = readLink(ctx.db, id);
    ctx.db
      .prepare(
        'UPDATE meeting_positions SET deleted = 1, updated_at = ?, updated_by = ? WHERE item_provision_id = ? AND deleted = 0',
      )
      .run(ctx.now, ctx.actor, id);
    ctx.db
      .prepare('UPDATE meeting_item_provisions SET deleted = 1, updated_at = ?, updated_by = ? WHERE id = ?')
      .run(laterThan(ctx.now, link.updatedAt), ctx.actor, id);
    ctx.audit('meeting.provisionUnlinked', 'meeting', link.meetingId, { linkId: id });
    return readMeeting(ctx.db, link.meetingId);
  });
}

/**
 * One position per agency per provision in an item (a second call replaces it). Only an agency
 * with a present or substitute attendance row may hold one: AGENCY_NOT_ATTENDING otherwise.
 */
export function setPosition(project: ProjectFile, input: Input<typeof positionSetSchema>): Meeting {
  const position = parseInput(positionSetSchema, input);
  return project.write((ctx) => {
    const { db } = ctx;
    const link = readLink(db, position.itemProvisionId);
    assertAgency(db, position.agencyCode);
    if (!seated(db, link.meetingId, position.agencyCode)) {
      throw new AppError('AGENCY_NOT_ATTENDING', undefined, { agencyCode: position.agencyCode });
    }
    const stored = db
      .prepare('SELECT id FROM meeting_positions WHERE item_provision_id = ? AND agency_code = ? AND deleted = 0')
      .get(position.itemProvisionId, position.agencyCode) as { id: string } | undefined;
    const id = stored?.id ?? crypto.randomUUID();
    if (stored) {
      db.prepare(
        'UPDATE meeting_positions SET position = ?, note = ?, updated_at = ?, updated_by = ? WHERE id = ?',
      ).run(position.position, position.note, ctx.now, ctx.actor, id);
    } else {
      db.prepare(
        `INSERT INTO meeting_positions (id, item_provision_id, agency_code, position, note, created_at, updated_at, updated_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        id,
        position.itemProvisionId,
        position.agencyCode,
        position.position,
        position.note,
        ctx.now,
        ctx.now,
        ctx.actor,
      );
    }
    ctx.audit('meeting.positionSet', 'meeting', link.meetingId, {
      linkId: position.itemProvisionId,
      agencyCode: position.agencyCode,
      position: position.position,
      fields: ['position', 'note'],
    });
    return readMeeting(db, link.meetingId);
  });
}

export function removePosition(project: ProjectFile, id: string): Meeting {
  return project.write((ctx) => {
    const row = ctx.db
      .prepare('SELECT item_provision_id FROM meeting_positions WHERE id = ? AND deleted = 0')
      .get(id) as { item_provision_id: string } | undefined;
    if (!row) throw notFound('meeting_positions');
    const link = readLink(ctx.db, row.item_provision_id);
    ctx.db
      .prepare('UPDATE meeting_positions SET deleted = 1, updated_at = ?, updated_by = ? WHERE id = ?')
      .run(ctx.now, ctx.actor, id);
    ctx.audit('meeting.positionRemoved', 'meeting', link.meetingId, { positionId: id });
    return readMeeting(ctx.db, link.meetingId);
  });
}
