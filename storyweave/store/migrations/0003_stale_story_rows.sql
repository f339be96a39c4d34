-- Keeps the story list right when a storyweave of an older version, still running on a database that this
-- one upgraded, adds articles: that writer knows nothing of story_rows, but SQLite runs these triggers for
-- it. Each change to a story's assignments marks the story stale here; the store rewrites the list rows of
-- stale stories before it reads the list (Store._fresh_list), and the writer of this version unmarks the
-- stories it rewrites itself in the same transaction. Store._migrate then rebuilds every list row: an older
-- writer may have changed stories since migration 2 filled them, and search_text is now folded (accents).
CREATE TABLE story_stale (story_id TEXT PRIMARY KEY) WITHOUT ROWID;

-- An older writer assigns with INSERT OR REPLACE, whose replaced row fires no delete trigger (SQLite's
-- recursive_triggers is off): the story the article leaves is marked here, before the row is replaced.
CREATE TRIGGER story_stale_on_assign BEFORE INSERT ON assignments
BEGIN
    INSERT OR IGNORE INTO story_stale (story_id)
    SELECT NEW.story_id UNION SELECT story_id FROM assignments WHERE article_id = NEW.article_id;
END;

-- A merge moves every article of one story to another.
CREATE TRIGGER story_stale_on_move AFTER UPDATE OF story_id ON assignments
BEGIN
    INSERT OR IGNORE INTO story_stale (story_id) VALUES (OLD.story_id), (NEW.story_id);
END;

-- A regroup deletes every assignment.
CREATE TRIGGER story_stale_on_unassign AFTER DELETE ON assignments
BEGIN
    INSERT OR IGNORE INTO story_stale (story_id) VALUES (OLD.story_id);
END;
