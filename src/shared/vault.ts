import { z } from 'zod';
import { isoDateTime, passphrase, uuid } from './schemas';

/**
 * The identity vault (issue 6, SECURITY.md 21): who was interviewed or attended, readable
 * only with the data controller's vault passphrase. Everything else in the project carries
 * the pseudonym code alone.
 */

/** Whose identity a record holds: an interviewee, a meeting attendee, a TWG member, a ToT participant. */
export const VAULT_SUBJECT_KINDS = ['interview', 'meeting_attendance', 'twg_member', 'tot_participant'] as const;
export type VaultSubjectKind = (typeof VAULT_SUBJECT_KINDS)[number];
export const vaultSubjectKind = z.enum(VAULT_SUBJECT_KINDS);

/** The fields of an identity, in the order the forms show them. Only these names reach the audit trail. */
export const VAULT_IDENTITY_FIELDS = ['name', 'phone', 'idNumber', 'address'] as const;
export type VaultIdentityField = (typeof VAULT_IDENTITY_FIELDS)[number];

export const MIN_VAULT_PASSPHRASE_LENGTH = 12;

const isoDay = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'a date as YYYY-MM-DD');

export const vaultIdentitySchema = z
  .object({
    name: z.string().max(300),
    phone: z.string().max(100),
    idNumber: z.string().max(100),
    address: z.string().max(2000),
  })
  .strict();
export type VaultIdentity = z.infer<typeof vaultIdentitySchema>;

export const VAULT_STATES = ['not_set_up', 'locked', 'unlocked', 'destroyed'] as const;
export type VaultState = (typeof VAULT_STATES)[number];

export const vaultStatusSchema = z.object({
  state: z.enum(VAULT_STATES),
  /** The day from which the identities should be destroyed (YYYY-MM-DD). */
  destroyAfter: isoDay.nullable(),
  /** True once that day has come and the identities are still there: the app asks to destroy them. */
  destructionDue: z.boolean(),
  destroyedAt: isoDateTime.nullable(),
  /** Live identity records (a count reveals nobody). */
  identityCount: z.number().int().nonnegative(),
  kdf: z.string().nullable(),
});
export type VaultStatus = z.infer<typeof vaultStatusSchema>;

export const vaultSetupSchema = z.object({ passphrase, destroyAfter: isoDay }).strict();
export const vaultUnlockSchema = z.object({ passphrase }).strict();
export const vaultDestroyAfterSchema = z.object({ destroyAfter: isoDay }).strict();
/** Destroying is irreversible: the vault passphrase is asked again, unlocked or not. */
export const vaultDestroySchema = z.object({ passphrase }).strict();

export const vaultListSchema = z.union([
  z.undefined(),
  z.object({ subjectKind: vaultSubjectKind.optional(), subjectId: uuid.optional() }).strict(),
]);

export const vaultSaveSchema = z
  .object({
    /** Absent for a new record; one record per subject (saving again for the subject replaces it). */
    id: uuid.optional(),
    subjectKind: vaultSubjectKind,
    subjectId: uuid,
    identity: vaultIdentitySchema,
    expectedUpdatedAt: isoDateTime.optional(),
  })
  .strict();
export type VaultSaveInput = z.input<typeof vaultSaveSchema>;

export const vaultRemoveSchema = z.object({ id: uuid }).strict();

export const vaultEntrySchema = z.object({
  id: uuid,
  subjectKind: vaultSubjectKind,
  subjectId: uuid,
  /** The pseudonym code or label of the subject (KII-OFF-001, ToT participant code, ...); null if it was deleted. */
  subjectCode: z.string().nullable(),
  identity: vaultIdentitySchema,
  updatedAt: isoDateTime,
});
export type VaultEntry = z.infer<typeof vaultEntrySchema>;

export const vaultSubjectSchema = z.object({ kind: vaultSubjectKind, id: uuid, code: z.string() });
export type VaultSubject = z.infer<typeof vaultSubjectSchema>;
