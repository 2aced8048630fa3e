import type { MenuItemConstructorOptions } from 'electron';
import type { Language } from '../../shared/messages';

/**
 * The application menu. Items act in the main process only (lock, close, quit, about):
 * the renderer learns of a lock or close by polling project.status, so the menu needs no
 * channel of its own (ARCHITECTURE.md: one contract, no ipcMain.on). "New project" and
 * "Open project" need the renderer's forms (title, passphrase), so they live on the start
 * screen, not here.
 */

export interface MenuActions {
  lock: () => void;
  closeProject: () => void;
  about: () => void;
}

export interface MenuOptions {
  language: Language;
  isMac: boolean;
  /** Reload and DevTools only in development. */
  isDev: boolean;
  appName: string;
  actions: MenuActions;
}

type MenuStrings = Record<
  'file' | 'lock' | 'closeProject' | 'quit' | 'edit' | 'view' | 'window' | 'help' | 'about',
  string
>;

export const MENU_STRINGS: Record<Language, MenuStrings> = {
  en: {
    file: 'File',
    lock: 'Lock project',
    closeProject: 'Close project',
    quit: 'Quit',
    edit: 'Edit',
    view: 'View',
    window: 'Window',
    help: 'Help',
    about: 'About BMMA Workbench',
  },
  th: {
    file: 'แฟ้ม',
    lock: 'ล็อกโครงการ',
    closeProject: 'ปิดโครงการ',
    quit: 'ออกจากโปรแกรม',
    edit: 'แก้ไข',
    view: 'มุมมอง',
    window: 'หน้าต่าง',
    help: 'ช่วยเหลือ',
    about: 'เกี่ยวกับ BMMA Workbench',
  },
};

/** Ctrl+L on Windows and Linux, Cmd+L on macOS: the same key the lock button shows. */
export const LOCK_ACCELERATOR = 'CmdOrCtrl+L';

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const t = MENU_STRINGS[options.language];
  const { actions } = options;

  const appMenu: MenuItemConstructorOptions[] = options.isMac
    ? [
        {
          label: options.appName,
          submenu: [
            { label: t.about, click: actions.about },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit', label: t.quit },
          ],
        },
      ]
    : [];

  const file: MenuItemConstructorOptions = {
    label: t.file,
    submenu: [
      { id: 'lock', label: t.lock, accelerator: LOCK_ACCELERATOR, click: actions.lock },
      { id: 'close-project', label: t.closeProject, click: actions.closeProject },
      ...(options.isMac
        ? []
        : ([{ type: 'separator' }, { role: 'quit', label: t.quit }] as MenuItemConstructorOptions[])),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: t.edit,
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: t.view,
    submenu: [
      ...(options.isDev
        ? ([{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }] as MenuItemConstructorOptions[])
        : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  const window: MenuItemConstructorOptions = { label: t.window, submenu: [{ role: 'minimize' }, { role: 'close' }] };
  const help: MenuItemConstructorOptions = {
    label: t.help,
    submenu: options.isMac ? [] : [{ label: t.about, click: actions.about }],
  };

  return [...appMenu, file, edit, view, window, ...(options.isMac ? [] : [help])];
}

/** The About box's text, in the menu's language. */
export function aboutMessage(language: Language, version: string): { title: string; message: string; detail: string } {
  return language === 'th'
    ? {
        title: MENU_STRINGS.th.about,
        message: `BMMA Workbench ${version}`,
        detail:
          'เครื่องมือสำหรับการประเมินการบริหารจัดการชายแดนและการย้ายถิ่น (BMMA) ของประเทศไทย ทำงานบนเครื่องนี้เท่านั้น ไม่เชื่อมต่อเครือข่าย ข้อมูลโครงการเข้ารหัสทั้งแฟ้ม',
      }
    : {
        title: MENU_STRINGS.en.about,
        message: `BMMA Workbench ${version}`,
        detail:
          'A workbench for the Border and Migration Management Assessment (BMMA) of Thailand. It works on this computer only, never connects to a network, and keeps each project in one encrypted file.',
      };
}
