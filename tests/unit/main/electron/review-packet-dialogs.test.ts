import path from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createElectronDialogs } from '../../../../src/main/electron/dialogs';

/** The review packet's dialogs (issue 6): save a .bmmareview in the copy, pick one in the project. */

const documents = path.join(path.sep, 'home', 'user', 'Documents');

function setup(answer: { open?: object; save?: object } = {}, language: 'en' | 'th' = 'en') {
  const dialog = {
    showOpenDialog: vi.fn(
      async (..._args: unknown[]) => answer.open ?? { canceled: false, filePaths: ['/media/usb/review.bmmareview'] },
    ),
    showSaveDialog: vi.fn(
      async (..._args: unknown[]) => answer.save ?? { canceled: false, filePath: '/media/usb/review' },
    ),
  };
  const port = createElectronDialogs({
    dialog: dialog as unknown as Dialog,
    getWindow: () => ({ id: 1 }) as unknown as BrowserWindow,
    documentsDir: documents,
    language: () => language,
    shell: { showItemInFolder: vi.fn() },
  });
  return { dialog, port };
}

describe('review packet dialogs', () => {
  it('saves a packet under the suggested bare name, adding the extension the user left out', async () => {
    const { dialog, port } = setup({}, 'th');
    expect(await port.chooseReviewPacketToSave?.('../../etc/review-2026-11-29.bmmareview')).toBe(
      '/media/usb/review.bmmareview',
    );
    const [, options] = dialog.showSaveDialog.mock.calls[0]!;
    expect(options).toMatchObject({
      title: 'บันทึกชุดผลการทบทวน',
      defaultPath: path.join(documents, 'review-2026-11-29.bmmareview'),
      filters: [{ name: 'ชุดผลการทบทวน BMMA', extensions: ['bmmareview'] }],
    });
  });

  it('opens only review packets, and answers null when cancelled', async () => {
    const { dialog, port } = setup();
    expect(await port.chooseReviewPacketToOpen?.()).toBe('/media/usb/review.bmmareview');
    expect(dialog.showOpenDialog.mock.calls[0]![1]).toMatchObject({
      title: 'Import a review packet',
      filters: [{ name: 'BMMA review packet', extensions: ['bmmareview'] }],
      properties: ['openFile'],
    });
    const cancelled = setup({ open: { canceled: true, filePaths: [] }, save: { canceled: true } });
    expect(await cancelled.port.chooseReviewPacketToOpen?.()).toBeNull();
    expect(await cancelled.port.chooseReviewPacketToSave?.('review.bmmareview')).toBeNull();
  });
});
