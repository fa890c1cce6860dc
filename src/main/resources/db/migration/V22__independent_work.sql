-- Independent double annotation: in a project set to independent, each assignee marks an article
-- alone and sees the others' marks only after submitting their own (submitted_at).
alter table project add column independent boolean default false not null;
alter table article_assignee add column submitted_at timestamp with time zone;
