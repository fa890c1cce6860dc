-- The moment an article was published, where the page or a lead gives it: a timeline of what
-- outlets reported needs the hour, not only the day. Kept in UTC; published_on is then its date.
alter table article add column published_at timestamp with time zone;
