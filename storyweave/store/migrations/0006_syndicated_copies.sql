-- A syndicated copy (the same text from another outlet or under another URL) is an article of its own, kept
-- as a near-duplicate of the first, so the content hash no longer identifies an article: its UNIQUE
-- constraint goes, and an index keeps the look-up by hash fast. SQLite cannot drop a constraint, so the
-- table is made again (https://sqlite.org/lang_altertable.html#otheralter); Store._migrate turns foreign keys
-- off around migrations, which the other tables' references to articles (id) need to survive the drop.
CREATE TABLE articles_new (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL,
    url TEXT,
    title TEXT,
    headline TEXT,
    date TEXT,
    source TEXT,
    origin TEXT,
    text TEXT NOT NULL,
    removed TEXT NOT NULL DEFAULT '[]',
    batch_id INTEGER NOT NULL REFERENCES batches (id)
);
INSERT INTO articles_new (seq, id, content_hash, url, title, headline, date, source, origin, text, removed,
    batch_id)
SELECT seq, id, content_hash, url, title, headline, date, source, origin, text, removed, batch_id FROM articles;
DROP TABLE articles;
ALTER TABLE articles_new RENAME TO articles;
CREATE UNIQUE INDEX articles_url ON articles (url) WHERE url IS NOT NULL;
CREATE INDEX articles_batch ON articles (batch_id);
CREATE INDEX articles_content_hash ON articles (content_hash);
