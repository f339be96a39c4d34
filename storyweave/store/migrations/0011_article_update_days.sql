-- The day an outlet last updated each article, where its input says so (a page's dateModified: Article.modified),
-- which tells an outlet's versions of one URL apart when they share a publication date (a page saved before and
-- after its correction) and which the report's Sources show. A table of its own, one row an article that has
-- one, as the reading notes (migration 8) are: an article stored before this migration has none, so a database
-- made before it that cannot be written gets it empty, as a TEMP table (Store._derive_in_temp), and is still
-- read. A writer of schema 1 to 10 still running on the database stores its articles without one. IF NOT
-- EXISTS: the tests' rewind_schema leaves it in place.
CREATE TABLE IF NOT EXISTS article_modified (
    article_id TEXT PRIMARY KEY REFERENCES articles (id),
    modified TEXT NOT NULL
) WITHOUT ROWID;
