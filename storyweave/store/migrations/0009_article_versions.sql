-- An outlet's update of an article (a re-post at the same URL with other text, QA8 #2) is stored as a newer
-- version of it: an article of its own, beside the text it replaces, which stays. The URL no longer names
-- one article, so its unique index becomes a plain one (the look-up by URL stays fast). The versions of one
-- URL are told apart by their dates, then their arrival (Store._describe). A writer of schema 1 to 8 still
-- running on the database finds one of them by URL and skips its article, as it always did.
DROP INDEX IF EXISTS articles_url;
CREATE INDEX IF NOT EXISTS articles_url ON articles (url) WHERE url IS NOT NULL;
