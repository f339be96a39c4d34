-- Editors' corrections of the grouping (`storyweave merge`, `storyweave move`), kept so that they hold: the
-- store applies each again, at its place among the articles, whenever it groups articles again (a grouper
-- rebuilt from an older checkpoint, Store.regroup). IF NOT EXISTS throughout: the tests' rewind_schema
-- leaves these tables in place.

-- after_seq is the newest article when the correction was made: a replay applies it right after that one.
-- 'merge': the stories of its articles become one. 'move': its articles (one and its near-duplicate copies)
-- go to the story of target_article, or to a new story when that is NULL.
CREATE TABLE IF NOT EXISTS corrections (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('merge', 'move')),
    after_seq INTEGER NOT NULL,
    made_at TEXT NOT NULL,
    target_article TEXT REFERENCES articles (id)
);
-- A merge's are every article of the stories merged, so that it also holds for the stories a regroup
-- with other settings makes of them.
CREATE TABLE IF NOT EXISTS correction_articles (
    correction_id INTEGER NOT NULL REFERENCES corrections (id),
    article_id TEXT NOT NULL REFERENCES articles (id),
    PRIMARY KEY (correction_id, article_id)
) WITHOUT ROWID;

-- The last correction the grouper checkpoint (grouper_state) has applied, written with it. A storyweave of an
-- older version, still running on a database this one upgraded, knows nothing of corrections and checkpoints
-- its grouper without this row; the trigger drops it, so the store applies every correction to that grouper.
CREATE TABLE IF NOT EXISTS grouper_corrections (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    applied INTEGER NOT NULL
);
CREATE TRIGGER IF NOT EXISTS grouper_corrections_on_checkpoint AFTER INSERT ON grouper_state
BEGIN
    DELETE FROM grouper_corrections;
END;

-- A story merged away and the story it went into. An older writer's grouper still holds the story merged
-- away and assigns articles to it; these triggers move them to the merged story as they are written.
-- (recursive_triggers is off: the UPDATE below fires the story_stale triggers but not these again.)
CREATE TABLE IF NOT EXISTS merged_stories (
    story_id TEXT PRIMARY KEY,
    merged_into TEXT NOT NULL
) WITHOUT ROWID;
CREATE TRIGGER IF NOT EXISTS merged_story_on_assign AFTER INSERT ON assignments
WHEN NEW.story_id IN (SELECT story_id FROM merged_stories)
BEGIN
    UPDATE assignments SET story_id = (SELECT merged_into FROM merged_stories WHERE story_id = NEW.story_id)
    WHERE article_id = NEW.article_id;
END;
CREATE TRIGGER IF NOT EXISTS merged_story_on_move AFTER UPDATE OF story_id ON assignments
WHEN NEW.story_id IN (SELECT story_id FROM merged_stories)
BEGIN
    UPDATE assignments SET story_id = (SELECT merged_into FROM merged_stories WHERE story_id = NEW.story_id)
    WHERE article_id = NEW.article_id;
END;
