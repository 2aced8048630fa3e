import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { recentFileSchema, settingsSchema, type RecentFile, type Settings } from '../shared/schemas';
import { DEVICE_LABEL_MAX } from '../shared/device-labels';
import { ensurePrivateDir, writeFileAtomic } from './project/atomic';
import { logger } from './logger';

export const RECENT_LIMIT = 10;

const storedSchema = z.object({
  settings: settingsSchema,
  recent: z.array(recentFileSchema).max(RECENT_LIMIT),
  deviceId: z.string().uuid(),
  // Issue 6 audit: the name given to this computer (optional: older settings files have none).
  deviceLabel: z.string().min(1).max(DEVICE_LABEL_MAX).optional(),
});
type Stored = z.infer<typeof storedSchema>;

export const DEFAULT_SETTINGS: Settings = { language: 'th', calendar: 'BE', idleLockMinutes: 10 };

/**
 * Per-user settings and the recent-files list, in one JSON file in the app's data folder
 * (0700), written atomically (0600). No passphrase or project content is ever stored here.
 */
export class SettingsStore {
  private stored: Stored;
  private readonly file: string;

  constructor(private readonly dir: string) {
    this.file = path.join(dir, 'settings.json');
    this.stored = this.load();
  }

  private load(): Stored {
    try {
      const parsed = storedSchema.safeParse(JSON.parse(fs.readFileSync(this.file, 'utf8')));
      if (parsed.success) return parsed.data;
      logger.warn('settings file is not valid; using defaults');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') logger.warn('settings file unreadable; using defaults');
    }
    return { settings: { ...DEFAULT_SETTINGS }, recent: [], deviceId: crypto.randomUUID() };
  }

  private save(): void {
    ensurePrivateDir(this.dir);
    writeFileAtomic(this.file, JSON.stringify(this.stored, null, 2));
  }

  get settings(): Settings {
    return { ...this.stored.settings };
  }

  /** A random id for this installation: recorded as updated_by, never a person's name. */
  get deviceId(): string {
    return this.stored.deviceId;
  }

  /** The name given to this computer ("Assessor 2 – Mae Sot laptop"), or null. */
  get deviceLabel(): string | null {
    return this.stored.deviceLabel ?? null;
  }

  /** Stores the name (already validated by the service), or removes it with null. */
  setDeviceLabel(label: string | null): void {
    const { deviceLabel: _previous, ...rest } = this.stored;
    this.stored = label === null ? rest : { ...rest, deviceLabel: label };
    this.save();
  }

  update(patch: Partial<Settings>): Settings {
    const next = settingsSchema.parse({ ...this.stored.settings, ...patch });
    this.stored = { ...this.stored, settings: next };
    this.save();
    return this.settings;
  }

  get recent(): RecentFile[] {
    return this.stored.recent.map((r) => ({ ...r }));
  }

  rememberRecent(entry: RecentFile): RecentFile[] {
    const others = this.stored.recent.filter((r) => r.path !== entry.path);
    this.stored = { ...this.stored, recent: [entry, ...others].slice(0, RECENT_LIMIT) };
    this.save();
    return this.recent;
  }

  removeRecent(file: string): RecentFile[] {
    this.stored = { ...this.stored, recent: this.stored.recent.filter((r) => r.path !== file) };
    this.save();
    return this.recent;
  }

  clearRecent(): RecentFile[] {
    this.stored = { ...this.stored, recent: [] };
    this.save();
    return this.recent;
  }
}
