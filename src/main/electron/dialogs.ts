import path from 'node:path';
import type { BrowserWindow, Dialog, FileFilter, OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { Language } from '../../shared/messages';
import type { DialogPort } from '../dialogs';

/** Native open/save dialogs for project files (*.bmma), starting in the user's Documents. */

export const PROJECT_EXTENSION = 'bmma';

const STRINGS: Record<Language, { open: string; create: string; filter: string }> = {
  en: { open: 'Open a BMMA project', create: 'Create a BMMA project', filter: 'BMMA project' },
  th: { open: 'เปิดโครงการ BMMA', create: 'สร้างโครงการ BMMA', filter: 'โครงการ BMMA' },
};

export interface ElectronDialogsOptions {
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>;
  /** The window the dialog belongs to (modal on it); null shows a free dialog. */
  getWindow: () => BrowserWindow | null;
  documentsDir: string;
  language: () => Language;
}

/** Only a file name from the renderer, never a path: the folder is the user's choice. */
export function safeSuggestedName(suggested: string): string {
  const base = path
    .basename(suggested.replace(/\\/g, '/'))
    .replace(/[\p{Cc}<>:"|?*]/gu, '')
    .trim();
  const name = base === '' || base === '.' || base === '..' ? 'assessment' : base;
  return name.toLowerCase().endsWith(`.${PROJECT_EXTENSION}`) ? name : `${name}.${PROJECT_EXTENSION}`;
}

/** A project file always ends in .bmma, whatever was typed in the save dialog. */
export function withProjectExtension(file: string): string {
  return path.extname(file).toLowerCase() === `.${PROJECT_EXTENSION}` ? file : `${file}.${PROJECT_EXTENSION}`;
}

export function createElectronDialogs(options: ElectronDialogsOptions): DialogPort {
  const filters = (): FileFilter[] => [{ name: STRINGS[options.language()].filter, extensions: [PROJECT_EXTENSION] }];

  return {
    async chooseProjectToOpen() {
      const dialogOptions: OpenDialogOptions = {
        title: STRINGS[options.language()].open,
        defaultPath: options.documentsDir,
        filters: filters(),
        properties: ['openFile'],
      };
      const window = options.getWindow();
      const result = window
        ? await options.dialog.showOpenDialog(window, dialogOptions)
        : await options.dialog.showOpenDialog(dialogOptions);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },

    async chooseProjectToCreate(suggestedName) {
      const dialogOptions: SaveDialogOptions = {
        title: STRINGS[options.language()].create,
        defaultPath: path.join(options.documentsDir, safeSuggestedName(suggestedName)),
        filters: filters(),
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const window = options.getWindow();
      const result = window
        ? await options.dialog.showSaveDialog(window, dialogOptions)
        : await options.dialog.showSaveDialog(dialogOptions);
      return result.canceled || !result.filePath ? null : withProjectExtension(result.filePath);
    },
  };
}
