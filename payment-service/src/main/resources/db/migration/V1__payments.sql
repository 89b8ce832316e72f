create table payments (
    id                   text primary key,
    merchant_id          text        not null,
    amount               bigint      not null check (amount >= 1),
    msisdn               text        not null,
    account_reference    text        not null,
    description          text,
    status               text        not null,
    checkout_request_id  text unique,
    merchant_request_id  text,
    failure_code         text,
    daraja_result_code   text,
    mpesa_receipt        text,
    -- set before the STK push leaves, so a crash mid-call is never mistaken for "not sent"
    push_attempted_at    timestamptz,
    created_at           timestamptz not null,
    updated_at           timestamptz not null
);

create index payments_status on payments (status, updated_at);
