-- On PostgreSQL the audit trail is append-only in the database itself: UPDATE, DELETE and TRUNCATE
-- on audit_entry are refused for every role that does not first disable the trigger (which only
-- the table's owner can, and which the verification then reports).
create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit trail is append-only: % on audit_entry refused', tg_op;
end;
$$;

create trigger audit_entry_no_update_delete before update or delete on audit_entry
    for each row execute function audit_entry_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_append_only();
