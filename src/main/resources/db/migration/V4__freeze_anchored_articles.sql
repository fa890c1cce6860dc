-- Any anchor into an article's text freezes it, contradiction spans included (before this, only
-- annotations did, and a trim could move a contradiction span onto other words).
update article set text_frozen = true
where text_frozen = false and id in (select article_id from contradiction_span);
