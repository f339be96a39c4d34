-- What the story list shows of each story, kept by the store as articles are grouped, and a cache of
-- rendered reports. Store._migrate fills story_rows from the stored stories in migration 3's step, which
-- follows this script in the same transaction.

-- One row per story, rewritten in the transaction that adds an article to it or merges it; a story
-- merged into another loses its row. first_seq (the arrival of its first article) is the order of creation.
CREATE TABLE story_rows (
    story_id TEXT PRIMARY KEY,
    first_seq INTEGER NOT NULL,
    headline TEXT,
    sources TEXT NOT NULL,  -- JSON array of outlet names, in order of first appearance
    source_count INTEGER NOT NULL,
    article_count INTEGER NOT NULL,
    first_date TEXT,
    last_date TEXT,
    search_text TEXT NOT NULL  -- headline, outlets and id, folded (case; accents from migration 3): what a search looks in
);
-- One index per order of the list (the ORDER BY clauses of Store.find_stories, exactly): a page is then
-- read in index order, not sorted from every row. At 20,000 stories the first page sorted by the latest
-- article took 40-90 ms without and 2 ms with (bench/bench_web_list.py database, /tmp/h6/st/t_orders.py).
CREATE UNIQUE INDEX story_rows_created ON story_rows (first_seq);
CREATE INDEX story_rows_latest ON story_rows (coalesce(last_date, '0001-01-01') DESC, first_seq);
CREATE INDEX story_rows_articles ON story_rows (article_count DESC, first_seq);
CREATE INDEX story_rows_outlets ON story_rows (source_count DESC, first_seq);

-- A rendered report of a stored story: one per story, word budget and format. digest names everything
-- the text was made from (the articles, the budget, the code); a row whose digest differs is stale.
CREATE TABLE report_cache (
    story_id TEXT NOT NULL,
    words INTEGER NOT NULL,
    format TEXT NOT NULL,
    digest TEXT NOT NULL,
    report TEXT NOT NULL,
    PRIMARY KEY (story_id, words, format)
) WITHOUT ROWID;
