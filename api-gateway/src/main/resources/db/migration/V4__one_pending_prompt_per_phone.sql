-- One STK prompt in flight per phone. Daraja refuses a second push to a phone whose prompt is still open
-- ("Unable to lock subscriber"), so the gateway refuses it first, with 409 phone_busy.
-- A row is inserted with its payment, in the same transaction; the primary key serialises concurrent pushes
-- to one phone. It is deleted when the payment's final event arrives. held_until (the payment's creation plus
-- GATEWAY_PHONE_PROMPT_HOLD) frees a phone whose payment never gets a final event: the next push takes
-- the expired row over (JdbcPhonePrompts), so no sweep is needed.
create table phone_prompt_holds (
    msisdn     text primary key,
    payment_id text        not null unique,
    held_until timestamptz not null
);

-- Payments already waiting when this migration runs keep their phones for the default hold (2 minutes).
insert into phone_prompt_holds (msisdn, payment_id, held_until)
select distinct on (msisdn) msisdn, id, created_at + interval '2 minutes'
from payments
where status in ('pending', 'submitted', 'unknown') and created_at > now() - interval '2 minutes'
order by msisdn, created_at desc;
