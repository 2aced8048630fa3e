/**
 * The review workflow through the real handler table on a real encrypted project: allowed and
 * refused status moves, the reason a request for changes needs, an edit after approval sending
 * the item back to draft (and saying when), threaded comments that never reach the audit trail,
 * the queue, and the export preview's count of items not approved.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding, Recommendation } from '../../../src/shared/analysis';
import type { ActionItem } from '../../../src/shared/action-plan';
import { EMPTY_RICH_DOC } from '../../../src/shared/narrative';
import { expectError, expectValue, type TestApi } from '../../helpers/api';
import { makeTempDir, removeTempDir } from '../../helpers/temp';
import { actionInput, findingInput, openAnalysisProject, recommendationInput } from '../analysis/fixtures';

const COMMENT = 'Cite the 2561 case statistics here — อ้างอิงสถิติคดีปี 2561';
const REASON = 'The severity does not match the evidence: ความรุนแรงไม่สอดคล้อง';

let root: string;
let api: TestApi;
let finding: Finding;
let recommendation: Recommendation;
let action: ActionItem;

const review = (targetType: string, targetId: string) => api.call('review.get', { targetType, targetId });
const move = (targetType: string, targetId: string, status: string, reason?: string) =>
  api.call('review.setStatus', { targetType, targetId, status, ...(reason === undefined ? {} : { reason }) });

beforeAll(async () => {
  root = makeTempDir('review-workflow');
  ({ api } = await openAnalysisProject(root, 'review'));
  finding = expectValue(await api.call('findings.create', findingInput()));
  recommendation = expectValue(await api.call('recommendations.create', recommendationInput([finding.id])));
  action = expectValue(await api.call('actions.create', actionInput()));
}, 60_000);

afterAll(() => {
  api.session.close();
  removeTempDir(root);
});

describe('review statuses', () => {
  it('starts every item as a draft that can only be sent for review', async () => {
    const state = expectValue(await review('finding', finding.id));
    expect(state).toMatchObject({ status: 'draft', reason: '', reopenedAt: null, next: ['ready'], comments: [] });
  });

  it('refuses a move that is not allowed, and changes nothing', async () => {
    expect(expectError(await move('finding', finding.id, 'approved')).code).toBe('REVIEW_TRANSITION');
    expect(expectValue(await review('finding', finding.id)).status).toBe('draft');
  });

  it('needs a reason to request changes, and keeps it', async () => {
    expectValue(await move('recommendation', recommendation.id, 'ready'));
    expect(expectError(await move('recommendation', recommendation.id, 'changes_requested')).code).toBe(
      'REVIEW_REASON_REQUIRED',
    );
    expect(expectError(await move('recommendation', recommendation.id, 'changes_requested', '   ')).code).toBe(
      'REVIEW_REASON_REQUIRED',
    );
    const state = expectValue(await move('recommendation', recommendation.id, 'changes_requested', REASON));
    expect(state).toMatchObject({ status: 'changes_requested', reason: REASON, next: ['draft', 'ready'] });
  });

  it('refuses a record that does not exist and a report section key that is not one', async () => {
    expect(expectError(await move('finding', '00000000-0000-4000-8000-000000000000', 'ready')).code).toBe('NOT_FOUND');
    expect(expectError(await move('narrative', 'chapter_99', 'ready')).code).toBe('VALIDATION');
  });

  it('sends an approved item back to draft when it is edited, and says when', async () => {
    expectValue(await move('finding', finding.id, 'ready'));
    expectValue(await move('finding', finding.id, 'approved'));
    const edited = expectValue(
      await api.call('findings.update', { id: finding.id, expectedUpdatedAt: finding.updatedAt, severity: 'medium' }),
    );
    finding = edited;
    const state = expectValue(await review('finding', finding.id));
    expect(state.status).toBe('draft');
    expect(state.reopenedAt).not.toBeNull();
    expect(Date.parse(state.reopenedAt ?? '')).toBeGreaterThanOrEqual(Date.parse(edited.updatedAt) - 1000);
  });

  it('reopens an approved action, recommendation and report section the same way', async () => {
    for (const [type, id] of [
      ['action', action.id],
      ['recommendation', recommendation.id],
    ] as const) {
      // The recommendation comes back from "changes requested", the action from draft.
      expectValue(await move(type, id, 'ready'));
      expectValue(await move(type, id, 'approved'));
    }
    action = expectValue(
      await api.call('actions.update', { id: action.id, expectedUpdatedAt: action.updatedAt, priority: 'low' }),
    );
    recommendation = expectValue(
      await api.call('recommendations.update', {
        id: recommendation.id,
        expectedUpdatedAt: recommendation.updatedAt,
        horizon: 'long',
      }),
    );
    expect(expectValue(await review('action', action.id)).status).toBe('draft');
    expect(expectValue(await review('recommendation', recommendation.id)).status).toBe('draft');

    const doc = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Background text.' }] }],
    };
    const saved = expectValue(
      await api.call('narrative.save', {
        section: 'background',
        language: 'en',
        content: doc,
        expectedUpdatedAt: null,
      }),
    );
    expectValue(await move('narrative', 'background', 'ready'));
    expectValue(await move('narrative', 'background', 'approved'));
    // Saving the very same text again (an autosave) keeps the approval; a change does not.
    const same = expectValue(
      await api.call('narrative.save', {
        section: 'background',
        language: 'en',
        content: doc,
        expectedUpdatedAt: saved.updatedAt,
      }),
    );
    expect(expectValue(await review('narrative', 'background')).status).toBe('approved');
    expectValue(
      await api.call('narrative.save', {
        section: 'background',
        language: 'en',
        content: EMPTY_RICH_DOC,
        expectedUpdatedAt: same.updatedAt,
      }),
    );
    expect(expectValue(await review('narrative', 'background'))).toMatchObject({ status: 'draft' });
  });
});

describe('comments', () => {
  it('threads replies under their comment, authored by the session actor', async () => {
    const first = expectValue(
      await api.call('review.comment', { targetType: 'finding', targetId: finding.id, body: COMMENT }),
    );
    const parent = first.comments[0];
    expect(parent).toMatchObject({ body: COMMENT, parentId: null, origin: 'local' });
    const replied = expectValue(
      await api.call('review.comment', {
        targetType: 'finding',
        targetId: finding.id,
        parentId: parent?.id,
        body: 'Added.',
      }),
    );
    expect(replied.comments).toHaveLength(2);
    expect(replied.comments[1]).toMatchObject({
      parentId: parent?.id,
      body: 'Added.',
      author: replied.comments[0]?.author,
    });
  });

  it('refuses a reply to a comment on another record', async () => {
    const parentId = expectValue(await review('finding', finding.id)).comments[0]?.id;
    const result = await api.call('review.comment', {
      targetType: 'action',
      targetId: action.id,
      parentId,
      body: 'Misplaced',
    });
    expect(expectError(result).code).toBe('LINK_TARGET_MISSING');
    expect(expectValue(await review('action', action.id)).comments).toEqual([]);
  });

  it('keeps comment text and reasons out of the audit trail', async () => {
    const events = api.session.require().read((db) => db.prepare('SELECT action, details FROM audit_events').all()) as {
      action: string;
      details: string;
    }[];
    expect(events.some((event) => event.action === 'review.commented')).toBe(true);
    expect(events.some((event) => event.action === 'review.reopened')).toBe(true);
    const all = JSON.stringify(events);
    expect(all).not.toContain('2561 case statistics');
    expect(all).not.toContain('severity does not match');
  });
});

describe('queue and export warning', () => {
  it('lists the items by status with counts and comment numbers', async () => {
    const queue = expectValue(await api.call('review.queue', {}));
    const item = queue.items.find((i) => i.targetId === finding.id);
    expect(item).toMatchObject({ targetType: 'finding', code: finding.code, status: 'draft', comments: 2 });
    expect(item?.reopenedAt).not.toBeNull();
    expect(queue.counts.draft).toBeGreaterThanOrEqual(3);
    expect(queue.isReviewCopy).toBe(false);
    const ready = expectValue(await api.call('review.queue', { status: 'ready' }));
    expect(ready.items.every((i) => i.status === 'ready')).toBe(true);
  });

  it('counts the items not approved in the export preview, without blocking it', async () => {
    const profile = {
      language: 'en',
      calendar: 'BE',
      digits: 'arabic',
      marking: 'none',
      markingLabel: '',
      draft: { enabled: true, version: '0.1', date: null },
      maxSensitivity: 'internal',
      minCellSize: 3,
    };
    const plan = await api.call('export.preview', { document: 'action_plan', profile });
    expect(expectValue(plan).unapproved).toBe(1);
    expectValue(await move('action', action.id, 'ready'));
    expectValue(await move('action', action.id, 'approved'));
    // Nothing left to approve: no warning at all.
    expect(
      expectValue(await api.call('export.preview', { document: 'action_plan', profile })).unapproved,
    ).toBeUndefined();
    // The report counts findings, recommendations, actions and written sections: 1 + 1 + 0 + 1.
    expect(expectValue(await api.call('export.preview', { document: 'report', profile })).unapproved).toBe(3);
  });
});
