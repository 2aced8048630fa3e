import { AppError } from '../shared/errors';
import type { ProjectCreateInput, ProjectStatus } from '../shared/schemas';
import { ProjectFile, type OpenOptions } from './project/project-file';
import { logger } from './logger';
import { syncDeviceLabel } from './services/device-labels';
import { getProjectInfo } from './services/project';
import type { SettingsStore } from './settings';

export interface SessionOptions {
  settings: SettingsStore;
  nativeBinding?: string | undefined;
  now?: () => Date;
  /** Called after the project locks or closes, so the shell can drop what the window shows. */
  onStateChange?: (status: ProjectStatus) => void;
}

/**
 * The one project this window works on, and its state: closed, open, or locked (the path
 * and title are kept, the connection and everything read from it are gone).
 */
export class Session {
  private project: ProjectFile | null = null;
  private lockedPath: string | null = null;
  private title: string | null = null;
  /**
   * The identity vault's key (issue 6, SECURITY.md 21) while the vault is unlocked. It lives
   * only in this process and only as long as the connection: lock, close and the idle lock
   * all go through dropConnection, which wipes it.
   */
  private vaultKey: Buffer | null = null;

  constructor(private readonly options: SessionOptions) {}

  private openOptions(): OpenOptions {
    return {
      actor: this.options.settings.deviceId,
      backupOnOpen: true,
      nativeBinding: this.options.nativeBinding,
      ...(this.options.now ? { now: this.options.now } : {}),
    };
  }

  status(): ProjectStatus {
    if (this.project) return { state: 'open', path: this.project.path, title: this.title };
    if (this.lockedPath) return { state: 'locked', path: this.lockedPath, title: this.title };
    return { state: 'closed', path: null, title: null };
  }

  private assertNoProject(): void {
    if (this.project || this.lockedPath) throw new AppError('PROJECT_OPEN');
  }

  private adopt(project: ProjectFile, event: 'project.opened' | 'project.unlocked' | null): ProjectFile {
    if (event) project.write((ctx) => ctx.audit(event, 'project', null), { allowInReviewCopy: true });
    this.syncLabel(project);
    const info = getProjectInfo(project);
    this.project = project;
    this.lockedPath = null;
    this.title = info.title;
    this.options.settings.rememberRecent({ path: project.path, title: info.title, openedAt: project.now().toISOString() });
    return project;
  }

  create(input: ProjectCreateInput & { calendar: 'BE' | 'CE' }): ProjectFile {
    this.assertNoProject();
    const project = ProjectFile.create(
      input.path,
      { title: input.title, language: input.language, calendar: input.calendar, passphrase: input.passphrase },
      this.openOptions(),
    );
    return this.adopt(project, null);
  }

  open(file: string, passphrase: string): ProjectFile {
    this.assertNoProject();
    return this.adopt(ProjectFile.open(file, passphrase, this.openOptions()), 'project.opened');
  }

  /** Opens a project after closing the current one (restore from backup). */
  replace(open: () => ProjectFile): ProjectFile {
    const project = open();
    this.dropConnection();
    this.lockedPath = null;
    return this.adopt(project, 'project.opened');
  }

  /**
   * Issue 6 audit: the file carries this computer's name (device_labels) as the settings say.
   * A failure here must not keep the project from opening: the name is written next time.
   */
  private syncLabel(project: ProjectFile): void {
    try {
      syncDeviceLabel(project, this.options.settings.deviceLabel);
    } catch (error) {
      logger.warn('could not write the computer name into the project', { code: (error as { code?: string }).code });
    }
  }

  /**
   * Issue 6 audit: the computer's name is changing; the open project (if any) is told first, so
   * that a refused write leaves the settings as they were.
   */
  writeDeviceLabel(label: string | null): void {
    if (this.project) syncDeviceLabel(this.project, label);
  }

  require(): ProjectFile {
    if (this.project) return this.project;
    if (this.lockedPath) throw new AppError('LOCKED');
    throw new AppError('NO_PROJECT');
  }

  /** Closes the connection (checkpointing it) but remembers which file to unlock. */
  lock(): ProjectStatus {
    if (this.project) {
      this.lockedPath = this.project.path;
      this.dropConnection();
      this.notify();
    }
    return this.status();
  }

  unlock(passphrase: string): ProjectFile {
    if (this.project) return this.project;
    if (!this.lockedPath) throw new AppError('NO_PROJECT');
    const project = ProjectFile.open(this.lockedPath, passphrase, this.openOptions());
    return this.adopt(project, 'project.unlocked');
  }

  close(): ProjectStatus {
    this.dropConnection();
    this.lockedPath = null;
    this.title = null;
    this.notify();
    return this.status();
  }

  /** Keeps the vault key for this session (a copy; the caller's buffer may be wiped). */
  setVaultKey(key: Buffer): void {
    this.forgetVaultKey();
    this.vaultKey = Buffer.from(key);
  }

  get currentVaultKey(): Buffer | null {
    return this.vaultKey;
  }

  forgetVaultKey(): void {
    this.vaultKey?.fill(0);
    this.vaultKey = null;
  }

  private dropConnection(): void {
    this.forgetVaultKey();
    const project = this.project;
    this.project = null;
    project?.close();
  }

  private notify(): void {
    this.options.onStateChange?.(this.status());
  }
}
