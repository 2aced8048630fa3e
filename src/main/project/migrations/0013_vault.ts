/**
 * Migration 13: the identity vault (issue 6, SECURITY.md 21). Identities (name, phone, ID or
 * passport number, exact address) of interviewees and contacts live only here, each record
 * encrypted a second time with AES-256-GCM under a key derived from the data controller's
 * vault passphrase (never stored). `vault_meta` holds the KDF salt and parameters and a
 * verifier (a known value encrypted under the key) to tell a wrong vault passphrase.
 * The vault helper owns this file and may change the SQL until it is committed.
 */
export const migration0013 = {
  version: 13,
  name: 'identity vault',
  sql: /* sql */ `
    CREATE TABLE vault_meta (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      kdf TEXT NOT NULL,
      kdf_params TEXT NOT NULL,
      salt BLOB NOT NULL,
      verifier BLOB NOT NULL,
      destroy_after TEXT,
      destroyed_at TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL
    );
    CREATE TABLE vault_identities (
      id TEXT PRIMARY KEY,
      subject_kind TEXT NOT NULL
        CHECK (subject_kind IN ('interview', 'meeting_attendance', 'twg_member', 'tot_participant')),
      subject_id TEXT NOT NULL,
      nonce BLOB NOT NULL,
      ciphertext BLOB NOT NULL,
      deleted INTEGER NOT NULL DEFAULT 0,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL
    );
    CREATE UNIQUE INDEX vault_identities_subject ON vault_identities (subject_kind, subject_id) WHERE deleted = 0;
  `,
};
