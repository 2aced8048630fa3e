import path from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createElectronDialogs, safeFileName, withExtensionOf } from '../../../../src/main/electron/dialogs';

/** The attachment dialogs: what a user can pick to attach, and where a copy is saved. */

const documents = path.join(path.sep, 'home', 'user', 'Documents');

function setup(
  answer: { open?: object; save?: object } = {},
  language: 'en' | 'th' = 'en',
  window: object | null = { id: 1 },
) {
  const dialog = {
    showOpenDialog: vi.fn(
      async (..._args: unknown[]) => answer.open ?? { canceled: false, filePaths: ['/home/user/Documents/scan.pdf'] },
    ),
    showSaveDialog: vi.fn(
      async (..._args: unknown[]) => answer.save ?? { canceled: false, filePath: '/media/usb/copy.pdf' },
    ),
  };
  const port = createElectronDialogs({
    dialog: dialog as unknown as Dialog,
    getWindow: () => window as BrowserWindow | null,
    documentsDir: documents,
    language: () => language,
    shell: { showItemInFolder: vi.fn() },
  });
  return { dialog, port };
}

describe('choosing a file to attach', () => {
  it('offers only photos for a site visit, in the chosen language, modal on the window', async () => {
    const { dialog, port } = setup({ open: { canceled: false, filePaths: ['/home/user/Documents/gate.jpg'] } }, 'th');
    expect(await port.chooseAttachment('photo')).toBe('/home/user/Documents/gate.jpg');
    const [window, options] = dialog.showOpenDialog.mock.calls[0]!;
    expect(window).toEqual({ id: 1 });
    expect(options).toEqual({
      title: 'แนบภาพถ่าย (ไม่มีบุคคลในภาพ)',
      defaultPath: documents,
      filters: [{ name: 'ภาพถ่าย', extensions: ['jpg', 'jpeg', 'png'] }],
      properties: ['openFile'],
    });
  });

  it('offers every allowed type for a document, and nothing that could run', async () => {
    const { dialog, port } = setup();
    expect(await port.chooseAttachment('document')).toBe('/home/user/Documents/scan.pdf');
    const [, options] = dialog.showOpenDialog.mock.calls[0]!;
    expect(options).toMatchObject({ title: 'Attach a document', properties: ['openFile'] });
    const [filter] = (options as { filters: { name: string; extensions: string[] }[] }).filters;
    expect(filter?.name).toBe('Documents and photos');
    expect([...(filter?.extensions ?? [])].sort()).toEqual(
      ['csv', 'doc', 'docx', 'jpeg', 'jpg', 'ods', 'odt', 'pdf', 'png', 'txt', 'xls', 'xlsx'],
    );
  });

  it('answers null when the user cancels, and shows a free dialog without a window', async () => {
    const { dialog, port } = setup({ open: { canceled: true, filePaths: [] } }, 'en', null);
    expect(await port.chooseAttachment('photo')).toBeNull();
    expect(dialog.showOpenDialog.mock.calls[0]![0]).toMatchObject({ defaultPath: documents });
  });
});

describe('choosing where to save a copy', () => {
  it('suggests the attachment\'s own name in Documents, filtered to its type', async () => {
    const { dialog, port } = setup();
    expect(await port.chooseExportPath('พ.ร.บ. คนเข้าเมือง 2522.pdf')).toBe('/media/usb/copy.pdf');
    const [window, options] = dialog.showSaveDialog.mock.calls[0]!;
    expect(window).toEqual({ id: 1 });
    expect(options).toEqual({
      title: 'Save a copy of the attachment',
      defaultPath: path.join(documents, 'พ.ร.บ. คนเข้าเมือง 2522.pdf'),
      filters: [{ name: 'Same type as the attachment', extensions: ['pdf'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
  });

  it('never lets a stored name choose the folder', async () => {
    const { dialog, port } = setup({}, 'th');
    await port.chooseExportPath('../../.ssh/authorized_keys');
    await port.chooseExportPath('..');
    const calls = dialog.showSaveDialog.mock.calls.map((call) => call[1] as { defaultPath: string; title: string });
    expect(calls.map((c) => c.defaultPath)).toEqual([
      path.join(documents, 'authorized_keys'),
      path.join(documents, 'attachment'),
    ]);
    expect(calls[0]?.title).toBe('บันทึกสำเนาไฟล์แนบ');
  });

  it('keeps the extension when the user types a name without one, and answers null on cancel', async () => {
    expect(await setup({ save: { canceled: false, filePath: '/media/usb/copy' } }).port.chooseExportPath('scan.png')).toBe(
      '/media/usb/copy.png',
    );
    expect(await setup({ save: { canceled: true, filePath: '' } }).port.chooseExportPath('scan.png')).toBeNull();
    expect(safeFileName('a<b>:c?.pdf', 'x')).toBe('abc.pdf');
    expect(withExtensionOf('/x/report.docx', 'scan.pdf')).toBe('/x/report.docx');
  });
});
