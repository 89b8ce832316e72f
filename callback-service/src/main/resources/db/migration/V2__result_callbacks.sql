-- Inbox of every Result and QueueTimeOut delivery of the initiator APIs (B2C payment, Transaction
-- Status), processed or not: the raw body is kept for audit and support. STK stays in stk_callbacks.
create table result_callbacks (
    id                         text        primary key,
    kind                       text        not null
        check (kind in ('b2c_result', 'b2c_timeout', 'status_result', 'status_timeout')),
    payout_id                  text        not null,
    originator_conversation_id text,
    conversation_id            text,
    -- the M-Pesa receipt (TransactionID) of a B2C result, never a placeholder like 'UAV0000000'
    receipt                    text,
    -- false only for ResultType 1 ("more messages follow"): it must not absorb the final result
    is_final                   boolean     not null default true,
    source_address             text        not null,
    raw_body                   text        not null,
    status                     text        not null check (status in ('accepted', 'rejected', 'duplicate')),
    reason                     text,
    received_at                timestamptz not null,
    check ((status = 'rejected') = (reason is not null))
);

-- Absorb repeats: one accepted delivery per kind and key; later ones are stored as 'duplicate'.
-- Nulls never conflict, so each index only speaks for deliveries that carry its key.
create unique index result_callbacks_one_accepted_per_originator_id
    on result_callbacks (kind, originator_conversation_id, is_final) where status = 'accepted';
create unique index result_callbacks_one_accepted_per_conversation_id
    on result_callbacks (kind, conversation_id, is_final) where status = 'accepted';
create unique index result_callbacks_one_accepted_per_receipt
    on result_callbacks (kind, receipt, is_final) where status = 'accepted';
-- A QueueTimeOut body may carry no ids at all: then the payout's URL is the key.
create unique index result_callbacks_one_accepted_idless_per_payout
    on result_callbacks (kind, payout_id) where status = 'accepted'
        and originator_conversation_id is null and conversation_id is null;

create index result_callbacks_by_payout on result_callbacks (payout_id, received_at);
