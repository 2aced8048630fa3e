import path from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createElectronDialogs, safeSuggestedName, withProjectExtension } from '../../../../src/main/electron/dialogs';

const documents = path.join(path.sep, 'home', 'user', 'Documents');

function setup(
  answer: { open?: object; save?: object } = {},
  language: 'en' | 'th' = 'en',
  window: object | null = { id: 1 },
) {
  const dialog = {
    showOpenDialog: vi.fn(
      async (..._args: unknown[]) => answer.open ?? { canceled: false, filePaths: ['/home/user/Documents/a.bmma'] },
    ),
    showSaveDialog: vi.fn(
      async (..._args: unknown[]) => answer.save ?? { canceled: false, filePath: '/home/user/Documents/new' },
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

describe('native dialogs', () => {
  it('opens *.bmma files from Documents, modal on the window', async () => {
    const { dialog, port } = setup();
    expect(await port.chooseProjectToOpen()).toBe('/home/user/Documents/a.bmma');
    const [window, options] = dialog.showOpenDialog.mock.calls[0]!;
    expect(window).toEqual({ id: 1 });
    expect(options).toMatchObject({
      title: 'Open a BMMA project',
      defaultPath: documents,
      filters: [{ name: 'BMMA project', extensions: ['bmma'] }],
      properties: ['openFile'],
    });
  });

  it('answers null when the user cancels', async () => {
    expect(await setup({ open: { canceled: true, filePaths: [] } }).port.chooseProjectToOpen()).toBeNull();
    expect(await setup({ save: { canceled: true, filePath: '' } }).port.chooseProjectToCreate('x.bmma')).toBeNull();
  });

  it('suggests the new file in Documents and always ends it in .bmma', async () => {
    const { dialog, port } = setup({}, 'th');
    expect(await port.chooseProjectToCreate('การประเมิน 2568')).toBe('/home/user/Documents/new.bmma');
    const [, options] = dialog.showSaveDialog.mock.calls[0]!;
    expect(options).toMatchObject({
      title: 'สร้างโครงการ BMMA',
      defaultPath: path.join(documents, 'การประเมิน 2568.bmma'),
      filters: [{ name: 'โครงการ BMMA', extensions: ['bmma'] }],
    });
  });

  it('shows a free dialog when there is no window', async () => {
    const { dialog, port } = setup({}, 'en', null);
    await port.chooseProjectToOpen();
    expect(dialog.showOpenDialog.mock.calls[0]![0]).toMatchObject({ defaultPath: documents });
  });

  it('takes only a file name from the renderer, never a folder', () => {
    expect(safeSuggestedName('../../etc/passwd')).toBe('passwd.bmma');
    expect(safeSuggestedName('..\\..\\Windows\\evil.bmma')).toBe('evil.bmma');
    expect(safeSuggestedName('/abs/path/plan.BMMA')).toBe('plan.BMMA');
    expect(safeSuggestedName('..')).toBe('assessment.bmma');
    expect(safeSuggestedName('a<b>:c?.bmma')).toBe('abc.bmma');
    expect(withProjectExtension('/x/y')).toBe('/x/y.bmma');
    expect(withProjectExtension('/x/y.bmma')).toBe('/x/y.bmma');
  });
});
