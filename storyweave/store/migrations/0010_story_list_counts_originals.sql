-- The story list counts a story's articles and outlets as its report does, a syndicated copy not as an article
-- or outlet of its own (QA9 #6: a story of 2 outlets and 2 copies was listed with 4, and sorted so). Store._migrate
-- writes every list row again in this migration's step (article_count and source_count), which follows this
-- script in the same transaction.

-- A writer of schema 2 to 9 still running on the database counts the copies too: its row of a story with copies
-- is marked stale, and written again when the list is next read (Store._fresh_list).
CREATE TRIGGER IF NOT EXISTS story_rows_counting_copies AFTER INSERT ON story_rows
WHEN NEW.article_count > (
    SELECT COUNT(*) FROM assignments s
    WHERE s.story_id = NEW.story_id AND s.article_id NOT IN (SELECT article_id FROM duplicates)
)
BEGIN
    INSERT OR IGNORE INTO story_stale (story_id) VALUES (NEW.story_id);
END;
