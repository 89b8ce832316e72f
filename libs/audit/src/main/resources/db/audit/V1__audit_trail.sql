-- The append-only, hash-chained audit log. Run by io.mpesagw.audit.AuditSchema with its own history
-- table audit.flyway_schema_history, so every service can apply it at start-up (Flyway's advisory
-- lock serialises concurrent runs). Canonical form and chain design: libs/audit/README.md.

-- Flyway creates schema audit (AuditSchema names it), so every object below is schema-qualified.

create table audit.entries (
    id                bigserial   primary key,
    chain_id          text        not null,
    seq               bigint      not null check (seq >= 1),
    occurred_at       timestamptz not null,
    service           text        not null,
    event_type        text        not null,
    actor             text        not null,
    subject_type      text,
    subject_id        text,
    request_id        text,
    source_address    text,
    -- the exact (masked, key-sorted) JSON text that the hash covers; the jsonb is derived from it,
    -- so what auditors query and what the chain protects can never differ
    details_canonical text        not null,
    details           jsonb       generated always as (details_canonical::jsonb) stored,
    prev_hash         text        not null,
    hash              text        not null,
    unique (chain_id, seq)
);

create index entries_subject_idx    on audit.entries (subject_id, occurred_at) where subject_id is not null;
create index entries_actor_idx      on audit.entries (actor, occurred_at);
create index entries_occurred_idx   on audit.entries (occurred_at);
create index entries_event_type_idx on audit.entries (event_type, occurred_at);
create index entries_request_idx    on audit.entries (request_id) where request_id is not null;

-- The head of each chain: without it, deleting the LAST entry of a chain would leave a valid chain.
create table audit.chain_heads (
    chain_id  text   primary key,
    last_seq  bigint not null,
    last_hash text   not null
);

create function audit.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit.% is append-only: % refused', tg_table_name, tg_op
        using errcode = 'insufficient_privilege',
              hint = 'audit entries are never changed or removed; export old entries with AuditExport instead';
end $$;

-- Row triggers fire for every role, the table owner included; only disabling them (owner or
-- superuser, which the services' runtime roles are not) gets past them.
create trigger entries_refuse_update_delete before update or delete on audit.entries
    for each row execute function audit.refuse_change();
create trigger entries_refuse_truncate before truncate on audit.entries
    for each statement execute function audit.refuse_change();
create trigger chain_heads_refuse_delete before delete on audit.chain_heads
    for each row execute function audit.refuse_change();
create trigger chain_heads_refuse_truncate before truncate on audit.chain_heads
    for each statement execute function audit.refuse_change();

-- A head may only move forward one entry at a time, onto an entry that exists with that hash:
-- a writer cannot rewind or forge a head to hide a removed tail.
create function audit.head_follows_entries() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and (new.chain_id <> old.chain_id or new.last_seq <> old.last_seq + 1) then
        raise exception 'audit.chain_heads: head of % may only advance by one (from % to %)',
            old.chain_id, old.last_seq, new.last_seq using errcode = 'insufficient_privilege';
    end if;
    if tg_op = 'INSERT' and new.last_seq <> 1 then
        raise exception 'audit.chain_heads: a new chain % must start at seq 1, not %', new.chain_id, new.last_seq
            using errcode = 'insufficient_privilege';
    end if;
    if not exists (select 1 from audit.entries e
                   where e.chain_id = new.chain_id and e.seq = new.last_seq and e.hash = new.last_hash) then
        raise exception 'audit.chain_heads: no entry % #% with hash %', new.chain_id, new.last_seq, new.last_hash
            using errcode = 'insufficient_privilege';
    end if;
    return new;
end $$;
create trigger chain_heads_follow_entries before insert or update on audit.chain_heads
    for each row execute function audit.head_follows_entries();

revoke update, delete, truncate on audit.entries from public;
revoke update, delete, truncate on audit.chain_heads from public;

-- The canonical form of AuditCanonicalForm in SQL, so an auditor can check hashes with psql alone:
--   select id, chain_id, seq from audit.entries e where audit.entry_hash(e) <> e.hash;
create function audit.canonical_field(name text, value text) returns text
    language sql immutable as $$
    select name || '=' || case when value is null then '~'
                               else octet_length(value)::text || ':' || value end || E'\n'
$$;

create function audit.entry_hash(e audit.entries) returns text language sql stable as $$
    select encode(sha256(convert_to(
        E'mpesagw-audit-v1\n'
        || audit.canonical_field('chain_id', e.chain_id)
        || audit.canonical_field('seq', e.seq::text)
        || audit.canonical_field('occurred_at',
               to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
        || audit.canonical_field('service', e.service)
        || audit.canonical_field('event_type', e.event_type)
        || audit.canonical_field('actor', e.actor)
        || audit.canonical_field('subject_type', e.subject_type)
        || audit.canonical_field('subject_id', e.subject_id)
        || audit.canonical_field('request_id', e.request_id)
        || audit.canonical_field('source_address', e.source_address)
        || audit.canonical_field('details', e.details_canonical)
        || audit.canonical_field('prev_hash', e.prev_hash),
        'UTF8')), 'hex')
$$;

-- The auditor's read-only search: every argument is optional (null = no filter); each filter has
-- an index above.
create function audit.search(p_subject_id text default null, p_actor text default null,
                             p_event_type text default null, p_request_id text default null,
                             p_from timestamptz default null, p_to timestamptz default null)
    returns setof audit.entries language sql stable as $$
    select * from audit.entries
    where (p_subject_id is null or subject_id = p_subject_id)
      and (p_actor is null or actor = p_actor)
      and (p_event_type is null or event_type = p_event_type)
      and (p_request_id is null or request_id = p_request_id)
      and (p_from is null or occurred_at >= p_from)
      and (p_to is null or occurred_at < p_to)
    order by occurred_at, id
$$;

-- The auditor's role: reads the audit schema and nothing else. Roles are cluster-wide, and creating
-- one needs CREATEROLE, which a service's migrating role may lack: then an administrator runs
--   create role audit_reader nologin; select audit.grant_reader_access();
create function audit.grant_reader_access() returns void language plpgsql as $$
begin
    grant usage on schema audit to audit_reader;
    grant select on all tables in schema audit to audit_reader;
    alter default privileges in schema audit grant select on tables to audit_reader;
end $$;

do $$
begin
    if not exists (select 1 from pg_roles where rolname = 'audit_reader') then
        if (select rolcreaterole or rolsuper from pg_roles where rolname = current_user) then
            begin
                create role audit_reader nologin;
            exception when duplicate_object or unique_violation then
                null; -- another database's migration created it a moment ago
            end;
        else
            raise notice 'audit_reader not created: % lacks CREATEROLE; an administrator runs: create role audit_reader nologin; select audit.grant_reader_access();', current_user;
            return;
        end if;
    end if;
    perform audit.grant_reader_access();
end $$;
