-- Queries by merchant: entries about a merchant's payments, keys and settings carry its id in
-- details.merchantId (AuditEntry.withMerchant), inside the hashed content, so the chain protects it.
-- Entries a service records without knowing the merchant (a callback names only the payment) are
-- found through the payment id.
-- Not a partial index: a "details ? 'merchantId'" predicate would clash with JDBC's ? placeholders.
create index entries_merchant_idx on audit.entries ((details ->> 'merchantId'), occurred_at);

drop function audit.search(text, text, text, text, timestamptz, timestamptz);

-- The auditor's read-only search: every argument is optional (null = no filter); each filter has an index.
create function audit.search(p_subject_id text default null, p_merchant_id text default null,
                             p_actor text default null, p_event_type text default null,
                             p_request_id text default null,
                             p_from timestamptz default null, p_to timestamptz default null)
    returns setof audit.entries language sql stable as $$
    select * from audit.entries
    where (p_subject_id is null or subject_id = p_subject_id)
      and (p_merchant_id is null or details ->> 'merchantId' = p_merchant_id)
      and (p_actor is null or actor = p_actor)
      and (p_event_type is null or event_type = p_event_type)
      and (p_request_id is null or request_id = p_request_id)
      and (p_from is null or occurred_at >= p_from)
      and (p_to is null or occurred_at < p_to)
    order by occurred_at, id
$$;
