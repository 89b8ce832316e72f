-- Events leave a service only through this table, written in the same transaction as the state
-- change they describe; OutboxRelay publishes them to Kafka afterwards (at least once, in order).
create table outbox (
    id           bigserial primary key,
    topic        text        not null,
    message_key  text        not null,
    event_type   text        not null,
    payload      text        not null,
    created_at   timestamptz not null default now(),
    published_at timestamptz
);

create index outbox_unpublished on outbox (id) where published_at is null;
