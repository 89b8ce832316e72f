-- The latest status of each payment, as the checkout page shows it. Written only by the guarded
-- upsert in JdbcPaymentStatusStore: a final status is never replaced, a redelivered event is a no-op.
create table payment_status (
    payment_id    text        primary key,
    status        text        not null
        check (status in ('pending', 'submitted', 'succeeded', 'failed', 'cancelled', 'expired', 'unknown')),
    message       text,
    mpesa_receipt text,
    last_event_id text        not null,
    updated_at    timestamptz not null
);
