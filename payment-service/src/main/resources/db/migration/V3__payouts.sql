-- B2C payouts. originator_conversation_id is minted and committed before the B2C request leaves: a
-- redelivered command finds the row and sends nothing, and an unknown outcome is settled by asking
-- Transaction Status for this id, never by sending again.
create table payouts (
    id                         text primary key,
    merchant_id                text        not null,
    amount                     bigint      not null check (amount >= 1),
    msisdn                     text        not null,
    reference                  text,
    remarks                    text        not null,
    occasion                   text,
    originator_conversation_id text        not null unique,
    conversation_id            text,
    status                     text        not null,
    failure_code               text,
    daraja_result_code         text,
    mpesa_receipt              text,
    -- when the janitor next asks Transaction Status (a lease while it asks); null once final
    next_status_query_at       timestamptz,
    status_queries             integer     not null default 0,
    created_at                 timestamptz not null,
    updated_at                 timestamptz not null
);

create index payouts_open on payouts (next_status_query_at) where status in ('requested', 'submitted', 'unknown');
