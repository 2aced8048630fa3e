/**
 * Asks a tab to open one record (an interview in its editor, an indicator in the tree).
 * `nonce` makes a second request for the same record a new value, so choosing the same
 * hit again opens it again.
 */
export interface OpenRequest {
  id: string;
  nonce: number;
}
