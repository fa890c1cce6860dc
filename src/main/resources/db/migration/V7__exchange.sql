-- Export and import of annotated sets.
-- Who may export a project: only its leads (the default), or every member.
alter table project add column members_may_export boolean default false not null;
-- An item imported from a bundle whose author has no account here is attributed to the importer;
-- the author's username from the bundle is kept beside it, so a later export names them again.
alter table annotation add column original_author varchar(64);
alter table annotation_comment add column original_author varchar(64);
alter table contradiction add column original_author varchar(64);
