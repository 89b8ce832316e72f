-- The merchants' Daraja credential sets stored through PUT /internal/v1/credential-sets/{name} (the
-- vault; "default" and the sets of DARAJA_CREDENTIAL_SETS_FILE are configured, never stored here).
-- Name, environment, shortcode and its type are shown to operators; every *_sealed column is
-- AES-256-GCM under TOKEN_ENCRYPTION_KEY, stored as keyId.nonce.ciphertext, with the set's name and
-- the field as associated data: a value copied to another row or column does not open.
-- The runtime login gets its rights from db/grants (service-kit), which covers every table of the schema.
CREATE TABLE credential_sets (
    name                      text PRIMARY KEY CHECK (name ~ '^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$'),
    environment               text        NOT NULL CHECK (environment IN ('sandbox', 'production')),
    shortcode                 text        NOT NULL CHECK (shortcode ~ '^[0-9]{5,7}$'),
    shortcode_type            text        NOT NULL CHECK (shortcode_type IN ('paybill', 'till')),
    passkey_sealed            text        NOT NULL,
    consumer_key_sealed       text        NOT NULL,
    consumer_secret_sealed    text        NOT NULL,
    initiator_name_sealed     text,
    initiator_password_sealed text,
    updated_at                timestamptz NOT NULL,
    CHECK ((initiator_name_sealed IS NULL) = (initiator_password_sealed IS NULL))
);
