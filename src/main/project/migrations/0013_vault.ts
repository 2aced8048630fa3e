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
    -- One row once the data controller has set the vault up. kdf_params is JSON
    -- ({"N":65536,"r":8,"p":1,"keyLength":32}); after destruction salt and verifier are
    -- emptied and destroyed_at set, so the vault can never be unlocked again.
    CREATE TABLE vault_meta (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      kdf TEXT NOT NULL CHECK (kdf IN ('scrypt')),
      kdf_params TEXT NOT NULL CHECK (json_valid(kdf_params)),
      salt BLOB NOT NULL,
      verifier BLOB NOT NULL,
      destroy_after TEXT,
      destroyed_at TEXT,
      -- Never set: present so that code walking every record table (counts, merge) can treat
      -- this one like the others.
      deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL
    ) STRICT;
    -- Nothing here but the subject's pseudonymous handle and the sealed record: the AAD of
    -- each ciphertext binds it to its id, subject_kind and subject_id. A removed record keeps
    -- its tombstone (for merging) but not its ciphertext.
    CREATE TABLE vault_identities (
      id TEXT PRIMARY KEY NOT NULL,
      subject_kind TEXT NOT NULL
        CHECK (subject_kind IN ('interview', 'meeting_attendance', 'twg_member', 'tot_participant')),
      subject_id TEXT NOT NULL,
      nonce BLOB NOT NULL,
      ciphertext BLOB NOT NULL,
      deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL
    ) STRICT;
    CREATE UNIQUE INDEX vault_identities_subject ON vault_identities (subject_kind, subject_id) WHERE deleted = 0;
  `,
};
