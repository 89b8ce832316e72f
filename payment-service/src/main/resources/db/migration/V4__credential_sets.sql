-- The Daraja credential set (token-service's name for an app, shortcode, passkey and initiator) a payment
-- or payout was requested with. Every Daraja call about it (push, query, B2C, Transaction Status) uses
-- this set, so a merchant's own shortcode is also the one its payments are queried on. Rows from before
-- were all made with the deployment's own set.
alter table payments add column credential_set text not null default 'default';
alter table payouts  add column credential_set text not null default 'default';
