import { z } from 'zod';

/**
 * The name a user gives their computer (issue 6, audit trail): "Assessor 2 – Mae Sot laptop".
 * A role or a laptop's name, not necessarily a person's. Kept in this computer's settings next
 * to its device id, and written into each project it works on (device_labels, migration 16), so
 * the audit trail, its annex and review comments show it in place of the random id.
 *
 * Imports nothing but zod (as audit.ts): schemas.ts may re-export it.
 */

/** Characters, as counted by the table's CHECK (SQLite's length() counts characters). */
export const DEVICE_LABEL_MAX = 80;

/** Why a label is refused; the renderer and the api name the same reasons. */
export type DeviceLabelProblem = 'empty' | 'tooLong' | 'controlCharacters';

/** Trimmed and NFC-normalised, as stored. */
export function normaliseDeviceLabel(raw: string): string {
  return raw.normalize('NFC').trim();
}

/** The problem with a label as typed, or null when it may be saved. */
export function deviceLabelProblem(raw: string): DeviceLabelProblem | null {
  const label = normaliseDeviceLabel(raw);
  if (label === '') return 'empty';
  if ([...label].length > DEVICE_LABEL_MAX) return 'tooLong';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(label)) return 'controlCharacters';
  return null;
}

export const deviceInfoSchema = z.object({
  /** This computer's device id: the actor of its events, the author of its comments. */
  id: z.string(),
  /** The name given to this computer; null when none. */
  label: z.string().nullable(),
});
export type DeviceInfo = z.infer<typeof deviceInfoSchema>;

/**
 * device.setLabel: null removes the name. The schema lets any short text through so that the
 * service can say what is wrong with it (VALIDATION naming the field), not only "too long".
 */
export const deviceSetLabelInput = z.object({ label: z.string().max(2000).nullable() }).strict();

export const deviceLabelSchema = z.object({ id: z.string(), label: z.string() });
export type DeviceLabel = z.infer<typeof deviceLabelSchema>;

/** device.labels: the names the open project holds, and which device is this one. */
export const deviceLabelsOutput = z.object({
  thisDevice: z.string(),
  labels: z.array(deviceLabelSchema),
});
export type DeviceLabels = z.infer<typeof deviceLabelsOutput>;

type Words = { th: string; en: string };

/**
 * The fallbacks when a device has no name: this one, or another by the start of its id; and the
 * app's own actors (reference data loaded by the app, writes made by the bmma command line).
 */
export const DEVICE_FALLBACK_WORDS: { thisComputer: Words; device: Words; system: Words; cli: Words } = {
  thisComputer: { th: 'เครื่องนี้', en: 'This computer' },
  device: { th: 'เครื่อง {{id}}', en: 'Device {{id}}' },
  system: { th: 'ระบบ (BMMA Workbench)', en: 'System (BMMA Workbench)' },
  cli: { th: 'คำสั่ง bmma', en: 'bmma command line' },
};

/** Actors the app itself records (SYSTEM_ACTOR, CLI_ACTOR), shown in words. */
const APP_ACTORS = { system: 'system', cli: 'cli' } as const;

const DEVICE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-/i;

/**
 * What to call an actor: its name when it has one; "This computer" for this device; the app's
 * own actors in words; "Device 1a2b3c4d" for another device id; anything else as recorded.
 */
export function deviceDisplayName(
  actor: string,
  label: string | null | undefined,
  thisDevice: string | null,
  words: { thisComputer: string; device: (shortId: string) => string; system: string; cli: string },
): string {
  if (label) return label;
  // The app's own actors first: the CLI's session actor is "cli", and its export names it so.
  if (actor === APP_ACTORS.system) return words.system;
  if (actor === APP_ACTORS.cli) return words.cli;
  if (thisDevice !== null && actor === thisDevice) return words.thisComputer;
  return DEVICE_ID.test(actor) ? words.device(actor.slice(0, 8)) : actor;
}
