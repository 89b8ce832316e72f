-- One row per Idempotency-Key a caller sent to one endpoint. A request claims its key by inserting the
-- in_flight row in a short transaction of its own; the transaction that creates the payment or session
-- also completes the row with the response, so "created" and "answer stored" commit together.
-- The key is kept only as a SHA-256 digest and the response only sealed (AES-256-GCM, GATEWAY_ENCRYPTION_KEY):
-- responses hold a checkout session's client secret, which is otherwise stored only as a digest.
create table idempotency_keys (
    merchant_id         text        not null,
    -- e.g. 'POST /v1/payments'; the browser's pay carries its session id: 'POST /v1/checkout/sessions/cs_…/pay'
    endpoint            text        not null,
    key_digest          text        not null,
    request_fingerprint text        not null,
    state               text        not null check (state in ('in_flight', 'completed')),
    -- which request holds the claim: completion is guarded by it, so a request whose claim was taken over cannot commit
    claim_token         text        not null,
    response_status     integer,
    response_body       text,
    created_at          timestamptz not null,
    locked_until        timestamptz not null,
    expires_at          timestamptz not null,
    primary key (merchant_id, endpoint, key_digest),
    check ((state = 'completed') = (response_status is not null and response_body is not null))
);

create index idempotency_keys_expiry on idempotency_keys (expires_at);
