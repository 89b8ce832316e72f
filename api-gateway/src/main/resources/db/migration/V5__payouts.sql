-- The gateway's view of B2C payouts: written when a payout is requested, kept current from
-- payment-service's payout events (payment-service owns the state machine).
create table payouts (
    id            text primary key,
    merchant_id   text        not null references merchants (id),
    amount        bigint      not null check (amount >= 1),
    msisdn        text        not null,
    reference     text        not null,
    remarks       text        not null,
    occasion      text,
    status        text        not null,
    failure_code  text,
    message       text,
    mpesa_receipt text,
    created_at    timestamptz not null,
    updated_at    timestamptz not null
);

create index payouts_merchant_created on payouts (merchant_id, created_at desc);
