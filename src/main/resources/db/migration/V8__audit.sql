-- The audit trail (issue 12): one row per change, written in the transaction of the change and
-- never updated or deleted. Each row holds a SHA-256 hash over its content and the previous row's
-- hash. Rows get their number from audit_head, whose single row every writer locks until it
-- commits: numbers follow commit order and every row's predecessor is the row committed before it,
-- on any number of nodes (a sequence alone would hand out numbers in start order, not commit order).
create table audit_entry (
    seq            bigint       not null primary key,
    occurred_at    timestamp with time zone not null,
    actor          varchar(200),
    via            varchar(40)  not null,
    action         varchar(64)  not null,
    project_id     bigint,
    article_id     bigint,
    target_type    varchar(32),
    target_id      bigint,
    before_json    text,
    after_json     text,
    client_address varchar(64),
    prev_hash      varchar(64)  not null,
    entry_hash     varchar(64)  not null
);
create index ix_audit_actor on audit_entry (actor, seq);
create index ix_audit_project on audit_entry (project_id, seq);
create index ix_audit_article on audit_entry (article_id, seq);
create index ix_audit_action on audit_entry (action, seq);
create index ix_audit_target on audit_entry (target_type, target_id, seq);
create index ix_audit_time on audit_entry (occurred_at);

create table audit_head (
    id        integer     not null primary key,
    last_seq  bigint      not null,
    last_hash varchar(64) not null
);
insert into audit_head (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
