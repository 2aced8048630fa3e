/**
 * Issue 6, computer names: a user names their computer ("Assessor 2 – Mae Sot laptop"); the name
 * is kept with this computer's settings, written into each project opened or created here (and
 * at once into the open one), shown on audit events and in device.labels, and it travels with
 * the file: into a merge and into a review copy. Names are refused when empty, too long or with
 * control characters, with VALIDATION naming the field. The audit chain never holds a name.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mergeFromFile } from '../../../src/main/merge/merge';
import { ProjectFile } from '../../../src/main/project/project-file';
import { allAuditEvents } from '../../../src/main/services/audit';
import { listDeviceLabels, syncDeviceLabel } from '../../../src/main/services/device-labels';
import { createInterview, updateInterview } from '../../../src/main/services/interviews';
import { writeReviewCopy } from '../../../src/main/services/review-copy';
import { SettingsStore } from '../../../src/main/settings';
import { errorMessages } from '../../../src/shared/messages';
import { expectError, expectValue, makeApi, type TestApi } from '../../helpers/api';
import { interviewInput } from '../../helpers/interviews';
import { makeProject, OTHER_PASSPHRASE, PASSPHRASE } from '../../helpers/project';
import { makeSubDir, makeTempDir, removeTempDir } from '../../helpers/temp';

const THAI = 'ผู้ประเมินคนที่ 2 – โน้ตบุ๊กแม่สอด';
const ENGLISH = 'Assessor 2 – Mae Sot laptop';

let root: string;
let api: TestApi;
let file: string;

beforeEach(() => {
  root = makeTempDir('device-labels');
  api = makeApi(makeSubDir(root, 'app'));
  const project = makeProject(makeSubDir(root, 'p'), 'labels.bmma', { backupOnOpen: false });
  file = project.path;
  project.close();
});

afterEach(() => {
  api.session.close();
  removeTempDir(root);
});

const open = async () => expectValue(await api.call('project.open', { path: file, passphrase: PASSPHRASE }));
const labelEvents = () => allAuditEvents(api.session.require()).filter((e) => e.entity === 'device');

describe('naming this computer', () => {
  it('is kept with the settings, without a project, and read back after a restart', async () => {
    expect(expectValue(await api.call('device.get'))).toEqual({ id: api.settings.deviceId, label: null });
    expect(expectValue(await api.call('device.setLabel', { label: `  ${THAI}  ` }))).toEqual({
      id: api.settings.deviceId,
      label: THAI,
    });
    const restarted = new SettingsStore(path.join(root, 'app', 'settings'));
    expect(restarted.deviceLabel).toBe(THAI);
    expect(restarted.deviceId).toBe(api.settings.deviceId);
  });

  it('refuses an empty, blank, too long or multi-line name with VALIDATION naming the field, and keeps the old one', async () => {
    expectValue(await api.call('device.setLabel', { label: ENGLISH }));
    const cases: [string, string][] = [
      ['', 'empty'],
      ['    ', 'empty'],
      ['ก'.repeat(81), 'tooLong'],
      ['two\nlines', 'controlCharacters'],
    ];
    for (const [label, reason] of cases) {
      const error = expectError(await api.call('device.setLabel', { label }));
      expect(error.code).toBe('VALIDATION');
      expect(error.message).toBe(errorMessages.en.VALIDATION);
      expect(errorMessages.th.VALIDATION).not.toBe(errorMessages.en.VALIDATION);
      expect(error.details?.['issues']).toEqual([{ path: ['label'], code: reason }]);
    }
    // 80 Thai characters is the limit, not over it.
    expectValue(await api.call('device.setLabel', { label: 'ก'.repeat(80) }));
    expect(api.settings.deviceLabel).toBe('ก'.repeat(80));
  });
});

describe('the name in the project file', () => {
  it('is written when a project opens, once, and shown on this computer’s events', async () => {
    expectValue(await api.call('device.setLabel', { label: THAI }));
    await open();
    const labels = expectValue(await api.call('device.labels'));
    expect(labels).toEqual({ thisDevice: api.settings.deviceId, labels: [{ id: api.settings.deviceId, label: THAI }] });
    const created = labelEvents();
    expect(created.map((e) => [e.action, e.actor, e.entityId, e.fields])).toEqual([
      ['device.created', api.settings.deviceId, api.settings.deviceId, ['label']],
    ]);
    // Opening again writes nothing more: the file already says so.
    api.session.close();
    await open();
    expect(labelEvents()).toHaveLength(1);
    const events = expectValue(await api.call('audit.list', { limit: 500, filter: { actor: api.settings.deviceId } }));
    expect(events.length).toBeGreaterThanOrEqual(3);
    expect(events.every((e) => e.actor === api.settings.deviceId && e.actorLabel === THAI)).toBe(true);
    // Events of others (the test fixture's creator) have no name.
    const others = expectValue(await api.call('audit.list', { limit: 500, filter: { actor: 'test-device' } }));
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((e) => e.actorLabel === null)).toBe(true);
  });

  it('changes in the open project at once (the old events show the new name) and can be removed', async () => {
    await open();
    expect(expectValue(await api.call('device.labels')).labels).toEqual([]);
    expectValue(await api.call('device.setLabel', { label: ENGLISH }));
    expectValue(await api.call('device.setLabel', { label: THAI }));
    const opened = expectValue(await api.call('audit.list', { limit: 500, filter: { action: 'project.opened' } }));
    expect(opened[0]?.actorLabel).toBe(THAI);
    expect(labelEvents().map((e) => e.action)).toEqual(['device.created', 'device.updated']);
    expectValue(await api.call('device.setLabel', { label: null }));
    expect(expectValue(await api.call('device.get')).label).toBeNull();
    expect(expectValue(await api.call('device.labels')).labels).toEqual([]);
    expect(expectValue(await api.call('audit.list', { limit: 1 }))[0]).toMatchObject({
      action: 'device.deleted',
      actorLabel: null,
    });
  });

  it('filters by device id and date range, the events carrying the name', async () => {
    expectValue(await api.call('device.setLabel', { label: THAI }));
    await open();
    const me = api.settings.deviceId;
    const all = expectValue(await api.call('audit.list', { limit: 500 }));
    const mine = all.filter((e) => e.actor === me);
    const today = new Date();
    const since = new Date(today.getFullYear(), today.getMonth(), today.getDate()).toISOString();
    const until = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 1).toISOString();
    const filtered = expectValue(await api.call('audit.list', { limit: 500, filter: { actor: me, since, until } }));
    expect(filtered.map((e) => e.seq)).toEqual(mine.filter((e) => e.at >= since && e.at < until).map((e) => e.seq));
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.every((e) => e.actorLabel === THAI)).toBe(true);
    // The facets offer the device id (the renderer shows its name); a day a year back matches nothing.
    const facets = expectValue(await api.call('audit.facets', { filter: { actor: me } }));
    expect(facets.actors).toContain(me);
    expect(facets.matching).toBe(mine.length);
    const lastYear = new Date(today.getFullYear() - 1, today.getMonth(), today.getDate()).toISOString();
    const none = expectValue(
      await api.call('audit.list', { limit: 500, filter: { actor: me, since: lastYear, until: since } }),
    );
    expect(none).toEqual([]);
  });

  it('never puts the name into the audit trail: only the field name', async () => {
    expectValue(await api.call('device.setLabel', { label: THAI }));
    await open();
    const details = api.session
      .require()
      .read((db) =>
        (db.prepare('SELECT actor, action, entity, details FROM audit_events').all() as Record<string, string>[]).map(
          (r) => JSON.stringify(r),
        ),
      );
    expect(details.join('\n')).not.toContain(THAI);
    expect(details.join('\n')).not.toContain('แม่สอด');
  });

  it('verifies: the chain is intact after names are written and changed', async () => {
    expectValue(await api.call('device.setLabel', { label: THAI }));
    await open();
    expectValue(await api.call('device.setLabel', { label: ENGLISH }));
    expect(expectValue(await api.call('audit.verify'))).toMatchObject({ ok: true });
  });
});

describe('the name travels with the file', () => {
  it('merges: each assessor’s computer name arrives in the other’s file, and a rename follows', () => {
    const dir = makeSubDir(root, 'merge');
    const base = makeProject(dir, 'a.bmma', { backupOnOpen: false });
    const id = createInterview(base, interviewInput('official')).id;
    base.close();
    fs.copyFileSync(path.join(dir, 'a.bmma'), path.join(dir, 'b.bmma'));
    const into = ProjectFile.open(path.join(dir, 'a.bmma'), PASSPHRASE, { actor: 'assessor-a' });
    const from = ProjectFile.open(path.join(dir, 'b.bmma'), PASSPHRASE, { actor: 'assessor-b' });
    try {
      syncDeviceLabel(into, 'Assessor 1 – Aranyaprathet');
      syncDeviceLabel(from, THAI);
      updateInterview(from, { id, location: 'Mae Sot bridge' });
      from.close();
      mergeFromFile(into, path.join(dir, 'b.bmma'), PASSPHRASE);
      expect(listDeviceLabels(into).labels).toEqual([
        { id: 'assessor-a', label: 'Assessor 1 – Aranyaprathet' },
        { id: 'assessor-b', label: THAI },
      ]);
      // The edit B made arrived too, stamped by B's device (updated_by), which now has a name here.
      const updatedBy = into.read((db) => db.prepare('SELECT updated_by FROM interviews WHERE id = ?').get(id)) as {
        updated_by: string;
      };
      expect(updatedBy.updated_by).toBe('assessor-b');
      // B renames the laptop later; merging again takes the new name, no conflict.
      const again = ProjectFile.open(path.join(dir, 'b.bmma'), PASSPHRASE, { actor: 'assessor-b' });
      syncDeviceLabel(again, 'Assessor 2 – Mae Sot office');
      again.close();
      const counts = mergeFromFile(into, path.join(dir, 'b.bmma'), PASSPHRASE);
      expect(counts.conflicts).toBe(0);
      expect(listDeviceLabels(into).labels).toContainEqual({ id: 'assessor-b', label: 'Assessor 2 – Mae Sot office' });
    } finally {
      if (into.isOpen) into.close();
      if (from.isOpen) from.close();
    }
  });

  it('goes into a review copy, so a reviewer reads the assessor’s name', () => {
    const dir = makeSubDir(root, 'copy');
    const project = makeProject(dir, 'a.bmma', { backupOnOpen: false });
    try {
      syncDeviceLabel(project, THAI);
      const target = path.join(dir, 'review.bmma');
      writeReviewCopy(project, target, { maxSensitivity: 'internal', passphrase: OTHER_PASSPHRASE });
      const copy = ProjectFile.open(target, OTHER_PASSPHRASE, { actor: 'reviewer', readOnly: true });
      try {
        expect(listDeviceLabels(copy).labels).toEqual([{ id: 'test-device', label: THAI }]);
        expect(allAuditEvents(copy).some((e) => e.actor === 'test-device' && e.actorLabel === THAI)).toBe(true);
      } finally {
        copy.close();
      }
    } finally {
      project.close();
    }
  });
});
