import crypto from 'node:crypto';
import { AppError } from '../../shared/errors';
import {
  VAULT_IDENTITY_FIELDS,
  vaultListSchema,
  vaultRemoveSchema,
  vaultSaveSchema,
  type VaultEntry,
  type VaultIdentity,
  type VaultSubject,
  type VaultSubjectKind,
} from '../../shared/vault';
import type { Db } from '../project/cipher';
import type { ProjectFile } from '../project/project-file';
import { decryptRecord, encryptRecord } from '../project/vault-crypto';
import { invalid, missing, notFound, parseInput } from './records';
import { requireVaultKey, type VaultKeyPort } from './vault';
import { listVaultSubjects, subjectCode } from './vault-subjects';

/**
 * Identity records in the vault: one per subject (an interviewee, a meeting attendee, a TWG
 * member, a ToT participant), each sealed with AES-256-GCM under the vault key. Reading or
 * writing needs the unlocked vault; the audit trail gets the subject and the NAMES of the
 * fields filled in, never their values.
 */

interface IdentityRow {
  id: string;
  subject_kind: VaultSubjectKind;
  subject_id: string;
  nonce: Buffer;
  ciphertext: Buffer;
  updated_at: string;
}

function toIdentity(fields: Record<string, string>): VaultIdentity {
  return {
    name: fields.name ?? '',
    phone: fields.phone ?? '',
    idNumber: fields.idNumber ?? '',
    address: fields.address ?? '',
  };
}

function toEntry(db: Db, key: Buffer, row: IdentityRow): VaultEntry {
  const binding = { id: row.id, subjectKind: row.subject_kind, subjectId: row.subject_id };
  return {
    id: row.id,
    subjectKind: row.subject_kind,
    subjectId: row.subject_id,
    subjectCode: subjectCode(db, row.subject_kind, row.subject_id),
    identity: toIdentity(decryptRecord(key, binding, row.nonce, row.ciphertext)),
    updatedAt: row.updated_at,
  };
}

const SELECT_LIVE =
  'SELECT id, subject_kind, subject_id, nonce, ciphertext, updated_at FROM vault_identities WHERE deleted = 0';

/**
 * The identities, decrypted, sorted by subject kind then code. One record that fails its
 * authentication (altered bytes, a ciphertext moved to another row) makes the whole answer
 * FILE_TAMPERED: a clear error, never garbage shown as a name.
 */
export function listIdentities(project: ProjectFile, keys: VaultKeyPort, input: unknown): VaultEntry[] {
  const filter = parseInput(vaultListSchema, input) ?? {};
  const key = requireVaultKey(project, keys);
  return project.read((db) => {
    const rows = db
      .prepare(
        `${SELECT_LIVE} AND (@kind IS NULL OR subject_kind = @kind) AND (@subject IS NULL OR subject_id = @subject)`,
      )
      .all({ kind: filter.subjectKind ?? null, subject: filter.subjectId ?? null }) as IdentityRow[];
    return rows
      .map((row) => toEntry(db, key, row))
      .sort(
        (a, b) =>
          a.subjectKind.localeCompare(b.subjectKind) || (a.subjectCode ?? '').localeCompare(b.subjectCode ?? ''),
      );
  });
}

/** Candidates for a new identity record: codes only, so the vault need not be unlocked. */
export function listSubjects(project: ProjectFile): VaultSubject[] {
  return project.read(listVaultSubjects);
}

function filledFields(identity: VaultIdentity): string[] {
  return VAULT_IDENTITY_FIELDS.filter((field) => identity[field].trim() !== '');
}

/**
 * Saves the identity of one subject. Without an id, a live record of the same subject is
 * replaced (one record per subject); with an id, that record is updated. Every save seals
 * the fields again with a fresh nonce.
 */
export function saveIdentity(project: ProjectFile, keys: VaultKeyPort, input: unknown): VaultEntry {
  const { id, subjectKind, subjectId, identity, expectedUpdatedAt } = parseInput(vaultSaveSchema, input);
  const key = requireVaultKey(project, keys);
  const fields = filledFields(identity);
  if (fields.length === 0) throw invalid('identity', 'empty');
  return project.write((ctx) => {
    if (subjectCode(ctx.db, subjectKind, subjectId) === null) throw missing(subjectKind, { id: subjectId });
    const existing = (
      id
        ? ctx.db.prepare(`${SELECT_LIVE} AND id = ?`).get(id)
        : ctx.db.prepare(`${SELECT_LIVE} AND subject_kind = ? AND subject_id = ?`).get(subjectKind, subjectId)
    ) as IdentityRow | undefined;
    if (id && !existing) throw notFound('vault_identity');
    if (existing && (existing.subject_kind !== subjectKind || existing.subject_id !== subjectId)) {
      throw invalid('subjectId', 'subject_mismatch');
    }
    if (existing && expectedUpdatedAt && existing.updated_at !== expectedUpdatedAt) throw new AppError('CONFLICT');
    const recordId = existing?.id ?? crypto.randomUUID();
    const sealed = encryptRecord(key, { id: recordId, subjectKind, subjectId }, identity);
    if (existing) {
      ctx.db
        .prepare('UPDATE vault_identities SET nonce = ?, ciphertext = ?, updated_at = ?, updated_by = ? WHERE id = ?')
        .run(sealed.nonce, sealed.ciphertext, ctx.now, ctx.actor, recordId);
    } else {
      ctx.db
        .prepare(
          `INSERT INTO vault_identities (id, subject_kind, subject_id, nonce, ciphertext, deleted, created_at, updated_at, updated_by)
           VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?)`,
        )
        .run(recordId, subjectKind, subjectId, sealed.nonce, sealed.ciphertext, ctx.now, ctx.now, ctx.actor);
    }
    ctx.audit('vault.identitySaved', 'vault_identity', recordId, {
      subjectKind,
      subjectId,
      fields,
      created: !existing,
    });
    const row = ctx.db.prepare(`${SELECT_LIVE} AND id = ?`).get(recordId) as IdentityRow;
    return toEntry(ctx.db, key, row);
  });
}

/**
 * Removes one identity: the sealed bytes are overwritten and dropped at once; only a
 * tombstone (id, subject, time) stays, so a merge knows the record was removed.
 */
export function removeIdentity(project: ProjectFile, keys: VaultKeyPort, input: unknown): { id: string } {
  const { id } = parseInput(vaultRemoveSchema, input);
  requireVaultKey(project, keys);
  project.write((ctx) => {
    const row = ctx.db.prepare(`${SELECT_LIVE} AND id = ?`).get(id) as IdentityRow | undefined;
    if (!row) throw notFound('vault_identity');
    ctx.db
      .prepare(
        'UPDATE vault_identities SET nonce = zeroblob(length(nonce)), ciphertext = zeroblob(length(ciphertext)) WHERE id = ?',
      )
      .run(id);
    ctx.db
      .prepare(
        "UPDATE vault_identities SET nonce = X'', ciphertext = X'', deleted = 1, updated_at = ?, updated_by = ? WHERE id = ?",
      )
      .run(ctx.now, ctx.actor, id);
    ctx.audit('vault.identityRemoved', 'vault_identity', id, {
      subjectKind: row.subject_kind,
      subjectId: row.subject_id,
    });
  });
  return { id };
}
