-- The mode (test or live) of the secret key that opened a checkout session: the checkout page must
-- present a publishable key of the same merchant and the same mode. Sessions opened before this
-- migration have none (null) and accept either mode; they expire within the session TTL.
alter table checkout_sessions
    add column mode text check (mode in ('test', 'live'));
