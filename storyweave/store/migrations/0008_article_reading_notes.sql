-- What reading each article warned of (QA7 #15): "feed.jsonl:9: ignoring unreadable date '31/02/2026'", "x.txt:
-- not UTF-8, read as Windows-1252", each line as the command line printed it when the article was ingested. A
-- stored story's report lists its articles' notes, as a report read from the files does; only the reader saw
-- them, and the article keeps none of them (an unreadable date is stored as none). One row a note, in the order
-- logged. A note on a date in the future is not kept: the report works it out from the stored date, as the date
-- may have come since. IF NOT EXISTS: the tests' rewind_schema leaves it in place. A database made before this
-- migration that cannot be written gets it empty, as a TEMP table (Store._derive_in_temp).
CREATE TABLE IF NOT EXISTS article_notes (
    article_id TEXT NOT NULL REFERENCES articles (id),
    position INTEGER NOT NULL,
    note TEXT NOT NULL,
    PRIMARY KEY (article_id, position)
) WITHOUT ROWID;
