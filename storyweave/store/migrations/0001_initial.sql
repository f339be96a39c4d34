-- Articles, their near-duplicate links and story assignments, and the grouper's checkpoint.

-- One row per committed ingest batch; article_count lets a reader check that a batch is whole.
CREATE TABLE batches (
    id INTEGER PRIMARY KEY,
    added_at TEXT NOT NULL,
    article_count INTEGER NOT NULL
);

-- seq is the arrival order, which is the order the grouper saw the articles in.
CREATE TABLE articles (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL UNIQUE,
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
CREATE UNIQUE INDEX articles_url ON articles (url) WHERE url IS NOT NULL;
CREATE INDEX articles_batch ON articles (batch_id);

-- A near-duplicate (syndicated copy, re-post) and the first-seen article it copies.
CREATE TABLE duplicates (
    article_id TEXT PRIMARY KEY REFERENCES articles (id),
    original_id TEXT NOT NULL REFERENCES articles (id)
);

CREATE TABLE assignments (
    article_id TEXT PRIMARY KEY REFERENCES articles (id),
    story_id TEXT NOT NULL
);
CREATE INDEX assignments_story ON assignments (story_id);

-- The online grouper (pickled) as of article last_seq; articles after it are replayed when it is loaded.
CREATE TABLE grouper_state (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    last_seq INTEGER NOT NULL,
    state BLOB NOT NULL
);
