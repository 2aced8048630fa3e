/**
 * "Add action for this recommendation" (Recommendations tab) opens the Action plan tab on a
 * new item that already names the recommendation and its sub-area. Tabs are switched with
 * useOpenRecord()('action', id), which carries an id only: the prefill waits here under a
 * token, and the token travels as the id. The Action plan tab asks this module first; an id
 * that is not a token is an item to open.
 */
export interface ActionDraft {
  recommendationId: string;
  subAreaCode: string;
}

const drafts = new Map<string, ActionDraft>();
let issued = 0;

/** Keeps the prefill and returns the token to open the Action plan tab with. */
export function stashActionDraft(draft: ActionDraft): string {
  issued += 1;
  const token = `draft:${issued}`;
  drafts.set(token, draft);
  return token;
}

/**
 * The prefill a token stands for, or undefined for an item id. Not removed when read: React
 * may run an effect twice in development, and a second read must find the same draft. A few
 * entries of two short strings each, for as long as the page lives.
 */
export function actionDraftFor(id: string): ActionDraft | undefined {
  return drafts.get(id);
}
