/**
 * Native file dialogs, behind a port so api.ts needs no electron import. Electron's
 * implementation is in electron/dialogs.ts; the end-to-end bridge supplies its own.
 */
export interface DialogPort {
  chooseProjectToOpen(): Promise<string | null>;
  chooseProjectToCreate(suggestedName: string): Promise<string | null>;
}

/** For the CLI and tests: no dialog can be shown, so nothing is chosen. */
export const noDialogs: DialogPort = {
  chooseProjectToOpen: async () => null,
  chooseProjectToCreate: async () => null,
};
