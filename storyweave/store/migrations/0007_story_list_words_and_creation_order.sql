-- The story list, searched by whole words of every article's headline and listed in the order the stories
-- were made (QA6 #7, #9). Store._migrate writes every list row again in this migration's step, which follows
-- this script in the same transaction: search_text becomes the row's distinct words, each with a space either
-- side (Store._search_text), where it was the story's headline, outlets and id as they stand. IF EXISTS / IF
-- NOT EXISTS throughout: the tests' rewind_schema leaves these in place.
DELETE FROM story_rows;

-- The order of creation is that of the story ids (the grouper numbers stories as it makes them, s0001 ...
-- s9999, s10000), no longer first_seq (the arrival of a story's first article, which a move changes): one
-- index per order of the list, as migration 2's, with the new tie-break (Store.find_stories's ORDER BY
-- clauses exactly). first_seq stays (unique), as a writer of schema 2 to 6 still running on the database
-- writes it.
DROP INDEX IF EXISTS story_rows_latest;
DROP INDEX IF EXISTS story_rows_articles;
DROP INDEX IF EXISTS story_rows_outlets;
CREATE INDEX IF NOT EXISTS story_rows_made ON story_rows (length(story_id), story_id);
CREATE INDEX IF NOT EXISTS story_rows_latest_made
    ON story_rows (coalesce(last_date, '0001-01-01') DESC, length(story_id), story_id);
CREATE INDEX IF NOT EXISTS story_rows_articles_made ON story_rows (article_count DESC, length(story_id), story_id);
CREATE INDEX IF NOT EXISTS story_rows_outlets_made ON story_rows (source_count DESC, length(story_id), story_id);

-- A writer of schema 2 to 6 still running on the database writes a list row's search_text as the headline,
-- outlets and id as they stand, which a search by words does not read: the story is marked stale, and its
-- row written again when the list is next read (Store._fresh_list). A row written by this version begins
-- with a space.
CREATE TRIGGER IF NOT EXISTS story_rows_of_an_older_writer AFTER INSERT ON story_rows
WHEN substr(NEW.search_text, 1, 1) <> ' '
BEGIN
    INSERT OR IGNORE INTO story_stale (story_id) VALUES (NEW.story_id);
END;
