-- The Audit screen's free-text filter looks for words anywhere in an entry's actor, action and
-- values: with a million entries a scan takes most of a second, a trigram index milliseconds.
-- pg_trgm ships with PostgreSQL and is a trusted extension (13+): the database's owner may create
-- it. Where the app's role may not, the filter still works, scanning.
do $$
begin
    begin
        create extension if not exists pg_trgm;
    exception when insufficient_privilege then
        raise notice 'pg_trgm is not available to this role: the audit trail''s free-text filter will scan';
        return;
    end;
    create index ix_audit_text on audit_entry using gin (
        (lower(coalesce(actor, '') || ' ' || action || ' ' || coalesce(before_json, '') || ' ' || coalesce(after_json, '')))
        gin_trgm_ops);
end
$$;
