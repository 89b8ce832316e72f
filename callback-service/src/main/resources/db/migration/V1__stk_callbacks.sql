-- Inbox of every STK callback delivery, processed or not: the raw body is kept for audit and support.
create table stk_callbacks (
    id                  text        primary key,
    payment_id          text        not null,
    checkout_request_id text,
    source_address      text        not null,
    raw_body            text        not null,
    status              text        not null check (status in ('accepted', 'rejected', 'duplicate')),
    reason              text,
    received_at         timestamptz not null,
    check ((status = 'rejected') = (reason is not null)),
    check (status = 'rejected' or checkout_request_id is not null)
);

-- Absorbs repeats: one accepted delivery per CheckoutRequestID; later ones are stored as 'duplicate'.
create unique index stk_callbacks_one_accepted_per_checkout
    on stk_callbacks (checkout_request_id) where status = 'accepted';

create index stk_callbacks_by_payment on stk_callbacks (payment_id, received_at);
