-- Where a merchant's browser pages live (exact origins, checked by CORS on checkout) and where its
-- webhooks go.
alter table merchants
    add column allowed_origins text[] not null default '{}',
    add column webhook_url     text;

-- Keys are secret (sk_, server side) or publishable (pk_, may sit in a browser). Keys from V1 were all
-- secret; new rows must say which they are. A rotated key names its replacement and keeps working
-- until expires_at (the grace period); a revoked key is refused from revoked_at.
alter table api_keys
    add column kind        text not null default 'secret' check (kind in ('secret', 'publishable')),
    add column expires_at  timestamptz,
    add column replaced_by text references api_keys (id);
alter table api_keys alter column kind drop default;

create index api_keys_merchant on api_keys (merchant_id, created_at);

-- A merchant's Daraja credential set. The shortcode, its type and the environment are shown to
-- operators; every *_sealed column is AES-256-GCM under GATEWAY_ENCRYPTION_KEY (keyId.nonce.ciphertext)
-- with the merchant id and column as associated data, so a value copied to another row or column
-- does not open.
create table daraja_credentials (
    merchant_id               text primary key references merchants (id),
    shortcode                 text        not null check (shortcode ~ '^[0-9]{5,7}$'),
    shortcode_type            text        not null check (shortcode_type in ('paybill', 'till')),
    environment               text        not null check (environment in ('sandbox', 'production')),
    passkey_sealed            text        not null,
    consumer_key_sealed       text        not null,
    consumer_secret_sealed    text        not null,
    initiator_name_sealed     text,
    initiator_password_sealed text,
    updated_at                timestamptz not null,
    check ((initiator_name_sealed is null) = (initiator_password_sealed is null))
);
