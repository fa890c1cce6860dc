-- Who wrote an article, as its page said: metadata beside the text, never part of it.
alter table article add column byline varchar(300);
