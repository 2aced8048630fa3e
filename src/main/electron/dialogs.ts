import path from 'node:path';
import type { BrowserWindow, Dialog, FileFilter, OpenDialogOptions, SaveDialogOptions, Shell } from 'electron';
import { ATTACHMENT_TYPES } from '../../shared/evidence-items';
import type { Language } from '../../shared/messages';
import { REVIEW_PACKET_EXTENSION } from '../../shared/review';
import type { DialogPort } from '../dialogs';
import { PHOTO_EXTENSIONS } from '../services/attachments';

/**
 * Native open/save dialogs, starting in the user's Documents: project files (*.bmma), files to
 * attach (photos or documents of the allowed types) and where to save an attachment's copy.
 */

export const PROJECT_EXTENSION = 'bmma';

interface Strings {
  open: string;
  create: string;
  filter: string;
  attachPhoto: string;
  attachDocument: string;
  photos: string;
  documents: string;
  exportCopy: string;
  sameType: string;
  packetSave: string;
  packetOpen: string;
  packetFilter: string;
  mergeOpen: string;
}

const STRINGS: Record<Language, Strings> = {
  en: {
    open: 'Open a BMMA project',
    create: 'Create a BMMA project',
    filter: 'BMMA project',
    attachPhoto: 'Attach a photo (no people in it)',
    attachDocument: 'Attach a document',
    photos: 'Photos',
    documents: 'Documents and photos',
    exportCopy: 'Save a copy of the attachment',
    sameType: 'Same type as the attachment',
    packetSave: 'Save the review packet',
    packetOpen: 'Import a review packet',
    packetFilter: 'BMMA review packet',
    mergeOpen: "Import another assessor's project",
  },
  th: {
    open: 'เปิดโครงการ BMMA',
    create: 'สร้างโครงการ BMMA',
    filter: 'โครงการ BMMA',
    attachPhoto: 'แนบภาพถ่าย (ไม่มีบุคคลในภาพ)',
    attachDocument: 'แนบเอกสาร',
    photos: 'ภาพถ่าย',
    documents: 'เอกสารและภาพถ่าย',
    exportCopy: 'บันทึกสำเนาไฟล์แนบ',
    sameType: 'ชนิดเดียวกับไฟล์แนบ',
    packetSave: 'บันทึกชุดผลการทบทวน',
    packetOpen: 'นำเข้าชุดผลการทบทวน',
    packetFilter: 'ชุดผลการทบทวน BMMA',
    mergeOpen: 'นำเข้าโครงการของผู้ประเมินอีกคน',
  },
};

/** What the open dialog offers: photos for a site visit, every allowed type for a document. */
export const DOCUMENT_EXTENSIONS = Object.keys(ATTACHMENT_TYPES);

export interface ElectronDialogsOptions {
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>;
  /** The window the dialog belongs to (modal on it); null shows a free dialog. */
  getWindow: () => BrowserWindow | null;
  documentsDir: string;
  language: () => Language;
  /** Opens the file manager on a file the app wrote (an export). */
  shell: Pick<Shell, 'showItemInFolder'>;
}

/** A bare file name: no folder, no characters Windows refuses; `fallback` when nothing is left. */
export function safeFileName(suggested: string, fallback: string): string {
  const base = path
    .basename(suggested.replace(/\\/g, '/'))
    .replace(/[\p{Cc}<>:"|?*]/gu, '')
    .trim();
  return base === '' || base === '.' || base === '..' ? fallback : base;
}

/** Only a file name from the renderer, never a path: the folder is the user's choice. */
export function safeSuggestedName(suggested: string): string {
  const name = safeFileName(suggested, 'assessment');
  return name.toLowerCase().endsWith(`.${PROJECT_EXTENSION}`) ? name : `${name}.${PROJECT_EXTENSION}`;
}

/** A copy keeps its original's extension when the user typed a name without one. */
export function withExtensionOf(file: string, original: string): string {
  const extension = path.extname(original);
  return path.extname(file) === '' && extension !== '' ? `${file}${extension}` : file;
}

/** A project file always ends in .bmma, whatever was typed in the save dialog. */
export function withProjectExtension(file: string): string {
  return path.extname(file).toLowerCase() === `.${PROJECT_EXTENSION}` ? file : `${file}.${PROJECT_EXTENSION}`;
}

export function createElectronDialogs(options: ElectronDialogsOptions): DialogPort {
  const filters = (): FileFilter[] => [{ name: STRINGS[options.language()].filter, extensions: [PROJECT_EXTENSION] }];
  /** Every dialog is modal to the window when there is one; the chosen path, or null when cancelled. */
  const openOne = async (dialogOptions: OpenDialogOptions): Promise<string | null> => {
    const window = options.getWindow();
    const result = window
      ? await options.dialog.showOpenDialog(window, dialogOptions)
      : await options.dialog.showOpenDialog(dialogOptions);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
  const saveTo = async (dialogOptions: SaveDialogOptions): Promise<string | null> => {
    const window = options.getWindow();
    const result = window
      ? await options.dialog.showSaveDialog(window, dialogOptions)
      : await options.dialog.showSaveDialog(dialogOptions);
    return result.canceled || !result.filePath ? null : result.filePath;
  };

  return {
    async chooseProjectToOpen() {
      const dialogOptions: OpenDialogOptions = {
        title: STRINGS[options.language()].open,
        defaultPath: options.documentsDir,
        filters: filters(),
        properties: ['openFile'],
      };
      return openOne(dialogOptions);
    },

    async chooseProjectToCreate(suggestedName) {
      const dialogOptions: SaveDialogOptions = {
        title: STRINGS[options.language()].create,
        defaultPath: path.join(options.documentsDir, safeSuggestedName(suggestedName)),
        filters: filters(),
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const chosen = await saveTo(dialogOptions);
      return chosen === null ? null : withProjectExtension(chosen);
    },

    async chooseAttachment(kind) {
      const strings = STRINGS[options.language()];
      const dialogOptions: OpenDialogOptions = {
        title: kind === 'photo' ? strings.attachPhoto : strings.attachDocument,
        defaultPath: options.documentsDir,
        filters:
          kind === 'photo'
            ? [{ name: strings.photos, extensions: [...PHOTO_EXTENSIONS] }]
            : [{ name: strings.documents, extensions: DOCUMENT_EXTENSIONS }],
        properties: ['openFile'],
      };
      return openOne(dialogOptions);
    },

    async chooseExportPath(suggestedName) {
      const strings = STRINGS[options.language()];
      const name = safeFileName(suggestedName, 'attachment');
      const extension = path.extname(name).slice(1);
      const dialogOptions: SaveDialogOptions = {
        title: strings.exportCopy,
        defaultPath: path.join(options.documentsDir, name),
        filters: extension === '' ? [] : [{ name: strings.sameType, extensions: [extension] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const chosen = await saveTo(dialogOptions);
      return chosen === null ? null : withExtensionOf(chosen, name);
    },

    async showInFolder(file) {
      options.shell.showItemInFolder(file);
    },

    // Issue 6 review: the review packet's save and open dialogs.
    async chooseReviewPacketToSave(suggestedName) {
      const strings = STRINGS[options.language()];
      const name = safeFileName(suggestedName, `review.${REVIEW_PACKET_EXTENSION}`);
      const dialogOptions: SaveDialogOptions = {
        title: strings.packetSave,
        defaultPath: path.join(options.documentsDir, name),
        filters: [{ name: strings.packetFilter, extensions: [REVIEW_PACKET_EXTENSION] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const chosen = await saveTo(dialogOptions);
      return chosen === null ? null : withExtensionOf(chosen, name);
    },

    async chooseReviewPacketToOpen() {
      const strings = STRINGS[options.language()];
      const dialogOptions: OpenDialogOptions = {
        title: strings.packetOpen,
        defaultPath: options.documentsDir,
        filters: [{ name: strings.packetFilter, extensions: [REVIEW_PACKET_EXTENSION] }],
        properties: ['openFile'],
      };
      return openOne(dialogOptions);
    },

    // Issue 6 merge: another assessor's copy of the project.
    async chooseProjectToMerge() {
      const dialogOptions: OpenDialogOptions = {
        title: STRINGS[options.language()].mergeOpen,
        defaultPath: options.documentsDir,
        filters: filters(),
        properties: ['openFile'],
      };
      return openOne(dialogOptions);
    },
  };
}
