-- The current Daraja token of each credential set, shared by every token-service replica.
-- The token itself is sealed (AES-256-GCM, key from TOKEN_ENCRYPTION_KEY): a database dump or a
-- read-only login does not hand out a usable token. Times are in the clear for operators and are
-- bound into the seal as associated data, so editing them breaks the seal.
CREATE TABLE daraja_tokens (
    credential_set text PRIMARY KEY,
    key_id         text        NOT NULL,
    nonce          bytea       NOT NULL CHECK (octet_length(nonce) = 12),
    ciphertext     bytea       NOT NULL,
    issued_at      timestamptz NOT NULL,
    expires_at     timestamptz NOT NULL CHECK (expires_at > issued_at),
    refreshed_by   text        NOT NULL,
    refreshed_at   timestamptz NOT NULL
);
