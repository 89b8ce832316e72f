-- Flyway runs this after every migrate of the audit schema, so each service's runtime role (and the
-- auditor's, once an administrator has created it) gets exactly what it needs, whichever service
-- happened to create the schema. The runtime role may append entries and advance chain heads; the
-- triggers of V1 refuse every other change, and owning nothing, it cannot disable them.
do $$
declare
    runtime text := '${runtime_role}';
begin
    -- Flyway's own lock is released before callbacks run: replicas starting together would race on
    -- the same ACL rows ("tuple concurrently updated"); this lock lasts until the callback commits
    perform pg_advisory_xact_lock(hashtextextended('mpesagw:grants:audit', 0));
    if runtime <> current_user then
        execute format('grant usage on schema audit to %I', runtime);
        execute format('grant select, insert on audit.entries to %I', runtime);
        execute format('grant select, insert, update on audit.chain_heads to %I', runtime);
        execute format('grant usage on sequence audit.entries_id_seq to %I', runtime);
        execute format('revoke all on audit.flyway_schema_history from %I', runtime);
    else
        raise notice 'the service writes audit entries as the audit schema''s owner %; set DATABASE_MIGRATION_USER to separate them', runtime;
    end if;
    if exists (select 1 from pg_roles where rolname = 'audit_reader') then
        perform audit.grant_reader_access();
    end if;
end $$;
