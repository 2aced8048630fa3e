import { z } from 'zod';
import { LANGUAGES } from './messages';

/** Control characters other than tab, line feed and carriage return are refused in text. */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export function text(max: number) {
  return z
    .string()
    .max(max)
    .refine((value) => !CONTROL_CHARS.test(value), { message: 'control characters are not allowed' });
}

export function line(max: number) {
  return z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((value) => !CONTROL_CHARS.test(value) && !/[\r\n]/.test(value), {
      message: 'a single line of text without control characters',
    });
}

export const filePath = z
  .string()
  .min(1)
  .max(4096)
  .refine((value) => !value.includes('\u0000'), { message: 'a path cannot contain NUL' });

/** A passphrase crosses the boundary only as input, never in an answer. Up to 10,000 characters. */
export const passphrase = z.string().min(1).max(10_000);

export const MIN_PASSPHRASE_LENGTH = 12;

export const language = z.enum(LANGUAGES);
export const calendar = z.enum(['BE', 'CE']);
export const isoDateTime = z.string().max(64);
export const uuid = z.string().uuid();

/** Channels that take no input accept nothing or an empty object. */
export const empty = z.union([z.undefined(), z.object({}).strict()]);

export const settingsSchema = z.object({
  language,
  calendar,
  idleLockMinutes: z.number().int().min(1).max(240),
});
export type Settings = z.infer<typeof settingsSchema>;

export const settingsUpdateSchema = settingsSchema.partial().strict();

export const recentFileSchema = z.object({
  path: filePath,
  title: z.string(),
  openedAt: isoDateTime,
});
export type RecentFile = z.infer<typeof recentFileSchema>;

export const projectStateSchema = z.enum(['closed', 'open', 'locked']);
export type ProjectState = z.infer<typeof projectStateSchema>;

export const projectStatusSchema = z.object({
  state: projectStateSchema,
  path: z.string().nullable(),
  title: z.string().nullable(),
});
export type ProjectStatus = z.infer<typeof projectStatusSchema>;

export const projectInfoSchema = z.object({
  id: uuid,
  title: z.string(),
  description: z.string(),
  language,
  calendar,
  path: z.string(),
  fileSize: z.number().int().nonnegative(),
  formatVersion: z.number().int().nonnegative(),
  appFormatVersion: z.number().int().nonnegative(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  counts: z.record(z.string(), z.number().int().nonnegative()),
  auditEvents: z.number().int().nonnegative(),
  lastBackupAt: isoDateTime.nullable(),
});
export type ProjectInfo = z.infer<typeof projectInfoSchema>;

export const projectCreateSchema = z
  .object({
    path: filePath,
    title: line(300),
    language,
    calendar: calendar.default('BE'),
    passphrase,
  })
  .strict();
export type ProjectCreateInput = z.input<typeof projectCreateSchema>;

export const projectOpenSchema = z.object({ path: filePath, passphrase }).strict();

export const projectUpdateSchema = z
  .object({
    title: line(300).optional(),
    description: text(20_000).optional(),
    language: language.optional(),
    calendar: calendar.optional(),
  })
  .strict();

export const unlockSchema = z.object({ passphrase }).strict();

export const changePassphraseSchema = z.object({ current: passphrase, next: passphrase }).strict();

export const integrityReportSchema = z.object({
  ok: z.boolean(),
  cipher: z.enum(['ok', 'failed']),
  sqlite: z.enum(['ok', 'failed']),
  audit: z.enum(['ok', 'failed']),
  problems: z.array(z.string()),
  pagesChecked: z.number().int().nonnegative(),
  auditEvents: z.number().int().nonnegative(),
  checkedAt: isoDateTime,
});
export type IntegrityReport = z.infer<typeof integrityReportSchema>;

export const backupSchema = z.object({
  name: z.string(),
  createdAt: isoDateTime,
  size: z.number().int().nonnegative(),
});
export type Backup = z.infer<typeof backupSchema>;

export const backupNameSchema = z
  .string()
  .min(1)
  .max(255)
  .regex(/^[^/\\]+\.bmma$/, 'a backup file name');

export const backupsListSchema = z.object({ projectPath: filePath.optional() }).strict().optional();

export const backupsRestoreSchema = z
  .object({
    projectPath: filePath,
    name: backupNameSchema,
    targetPath: filePath,
    passphrase,
  })
  .strict();

// The audit trail's schemas live with its filters and words (issue 6); kept importable from here.
export { auditEventSchema, auditListSchema, auditVerifySchema } from './audit';
export type { AuditEventSummary, AuditVerification } from './audit';

export const dialogPathSchema = z.object({ path: filePath.nullable() });

export const chooseCreatePathSchema = z
  .object({ suggestedName: z.string().max(255).optional() })
  .strict()
  .optional();

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  formatVersion: z.number().int(),
  runtime: z.enum(['electron', 'bridge', 'cli', 'test']),
});
