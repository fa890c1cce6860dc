-- Where the text named a suggested quote's speaker ("he", "the minister", "Brandel"): a reviewer
-- checks the engine's reading of who "he" is against the words themselves.
alter table suggestion add column speaker_start integer;
alter table suggestion add column speaker_end integer;
alter table suggestion add column speaker_words varchar(300);
