-- Who last changed an annotation, so a refused concurrent save can say whose version it met.
alter table annotation add column updated_by bigint;
update annotation set updated_by = author_id;
alter table annotation add constraint fk_annotation_updated_by foreign key (updated_by) references app_user (id);
