-- Issue 25: the audit trail's head is guarded like its entries. It only moves forward, one entry
-- at a time, to the entry just appended (its number and signature), and its key mark stays; it
-- cannot be deleted or truncated. Only the table's owner can disable the trigger (re-signing the
-- trail does, in its transaction); whatever the owner does meanwhile, the entries' signatures,
-- made with a key the database does not hold, show.
create function audit_head_forward_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' then
        if new.id = old.id and new.last_seq = old.last_seq + 1
                and new.key_check is not distinct from old.key_check
                and new.last_hash = (select entry_hash from audit_entry where seq = new.last_seq) then
            return new;
        end if;
    end if;
    raise exception 'the audit trail''s head only moves on to the entry just appended: % on audit_head refused', tg_op;
end;
$$;

create trigger audit_head_forward_only before insert or update or delete on audit_head
    for each row execute function audit_head_forward_only();
create trigger audit_head_no_truncate before truncate on audit_head
    for each statement execute function audit_head_forward_only();
