/**
 * Native file dialogs, behind a port so api.ts needs no electron import. Electron's
 * implementation is in electron/dialogs.ts; the end-to-end bridge supplies its own.
 */
export interface DialogPort {
  chooseProjectToOpen(): Promise<string | null>;
  chooseProjectToCreate(suggestedName: string): Promise<string | null>;
  /** A file to attach to a document ('document') or a site visit ('photo'); null when cancelled. */
  chooseAttachment(kind: 'document' | 'photo'): Promise<string | null>;
  /** Where to save an exported attachment, starting from its own name; null when cancelled. */
  chooseExportPath(suggestedName: string): Promise<string | null>;
  /** Show a file the app has just written in the system's file manager (its folder, file selected). */
  showInFolder(file: string): Promise<void>;
  // --- Issue 6 review: review packet dialogs. Optional so that ports without them (the CLI,
  // older test fakes) answer "nothing chosen"; the Electron port and the bridge provide them.
  /** Where to save a review packet (.bmmareview), starting from the suggested name; null when cancelled. */
  chooseReviewPacketToSave?(suggestedName: string): Promise<string | null>;
  /** A review packet (.bmmareview) to import; null when cancelled. */
  chooseReviewPacketToOpen?(): Promise<string | null>;
  // --- end review
  // --- Issue 6 merge: optional as above; ports without it answer "nothing chosen".
  /** Another assessor's copy of the project (.bmma) to merge in; null when cancelled. */
  chooseProjectToMerge?(): Promise<string | null>;
  // --- end merge
}

/** For the CLI and tests: no dialog can be shown, so nothing is chosen. */
export const noDialogs: DialogPort = {
  chooseProjectToOpen: async () => null,
  chooseProjectToCreate: async () => null,
  chooseAttachment: async () => null,
  chooseExportPath: async () => null,
  showInFolder: async () => undefined,
};
