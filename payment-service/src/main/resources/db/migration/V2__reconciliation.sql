-- The janitor (PaymentJanitor) settles payments whose callback never came. It claims a due payment by
-- pushing next_reconcile_at forward (a lease), so several instances never query the same payment at once.
alter table payments add column next_reconcile_at  timestamptz;
alter table payments add column reconcile_attempts integer not null default 0;

-- Only open payments are ever due; final ones drop out of this index.
create index payments_open on payments (push_attempted_at) where status in ('requested', 'submitted', 'unknown');
