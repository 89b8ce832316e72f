-- Flyway runs this after every migrate, so tables added by later migrations are covered too.
-- The runtime role (spring.datasource.username) reads and writes the rows of this service's schema;
-- it owns nothing, so it can neither alter nor drop a table, and it cannot touch the migration history.
do $$
declare
    runtime text := '${runtime_role}';
    schema_name text := '${flyway:defaultSchema}';
begin
    -- Flyway's own lock is released before callbacks run: replicas starting together would race on
    -- the same ACL rows ("tuple concurrently updated"); this lock lasts until the callback commits
    perform pg_advisory_xact_lock(hashtextextended('mpesagw:grants:' || schema_name, 0));
    if runtime = current_user then
        raise notice 'the service runs as its migration role %; set DATABASE_MIGRATION_USER to separate them', runtime;
        return;
    end if;
    execute format('grant usage on schema %I to %I', schema_name, runtime);
    execute format('grant select, insert, update, delete on all tables in schema %I to %I', schema_name, runtime);
    execute format('grant usage, select on all sequences in schema %I to %I', schema_name, runtime);
    execute format('revoke all on %I.%I from %I', schema_name, '${flyway:table}', runtime);
end $$;
