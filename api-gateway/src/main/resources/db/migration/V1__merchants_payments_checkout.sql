create table merchants (
    id         text primary key,
    name       text        not null,
    created_at timestamptz not null
);

-- Secret keys are stored only as SHA-256 digests: they are long random strings, so a fast digest
-- is safe (no dictionary to attack) and lets every request be checked with one indexed lookup.
create table api_keys (
    id          text primary key,
    merchant_id text        not null references merchants (id),
    key_digest  text        not null unique,
    mode        text        not null check (mode in ('test', 'live')),
    created_at  timestamptz not null,
    revoked_at  timestamptz
);

-- The gateway's view of payments: written when a payment is requested, kept current from
-- payment-service's events (payment-service owns the state machine).
create table payments (
    id                  text primary key,
    merchant_id         text        not null references merchants (id),
    amount              bigint      not null check (amount >= 1),
    msisdn              text        not null,
    reference           text        not null,
    description         text,
    status              text        not null,
    failure_code        text,
    message             text,
    mpesa_receipt       text,
    checkout_session_id text,
    created_at          timestamptz not null,
    updated_at          timestamptz not null
);

create index payments_merchant_created on payments (merchant_id, created_at desc);

create table checkout_sessions (
    id                   text primary key,
    merchant_id          text        not null references merchants (id),
    amount               bigint      not null check (amount >= 1),
    reference            text        not null,
    description          text,
    client_secret_digest text        not null,
    payment_id           text references payments (id),
    created_at           timestamptz not null,
    expires_at           timestamptz not null
);
