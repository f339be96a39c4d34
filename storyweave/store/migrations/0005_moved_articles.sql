-- Editors' moves hold against a storyweave of an older version still running on a database this one upgraded,
-- as merges do (migration 4's merged_stories). That writer's grouper knows nothing of a move: replaying the
-- articles other writers stored, it assigns a moved article (INSERT OR REPLACE) to the story it was moved out
-- of, and puts a later near-duplicate copy of it there too. These triggers put either back where the editor
-- put the article. IF NOT EXISTS throughout: the tests' rewind_schema leaves these in place.

-- The story each article an editor moved (and each of its copies then) is in. A change of its story by any
-- writer (a merge, a later move) moves the mark along; the store marks the articles of each move it applies.
CREATE TABLE IF NOT EXISTS moved_articles (
    article_id TEXT PRIMARY KEY REFERENCES articles (id),
    story_id TEXT NOT NULL
) WITHOUT ROWID;
INSERT OR REPLACE INTO moved_articles (article_id, story_id)
SELECT s.article_id, s.story_id FROM correction_articles c
JOIN corrections k ON k.id = c.correction_id AND k.kind = 'move'
JOIN assignments s ON s.article_id = c.article_id;

-- An article assigned again (an older writer's replay): a moved one, or a copy of one, goes to the marked story.
-- (recursive_triggers is off: the UPDATE fires the other triggers on assignments, not this one again.)
CREATE TRIGGER IF NOT EXISTS moved_article_on_assign AFTER INSERT ON assignments
WHEN coalesce(
    (SELECT story_id FROM moved_articles WHERE article_id = NEW.article_id),
    (SELECT m.story_id FROM duplicates d JOIN moved_articles m ON m.article_id = d.original_id
     WHERE d.article_id = NEW.article_id)
) <> NEW.story_id
BEGIN
    UPDATE assignments SET story_id = coalesce(
        (SELECT story_id FROM moved_articles WHERE article_id = NEW.article_id),
        (SELECT m.story_id FROM duplicates d JOIN moved_articles m ON m.article_id = d.original_id
         WHERE d.article_id = NEW.article_id)
    ) WHERE article_id = NEW.article_id;
END;

-- A new copy of a moved article: every writer assigns it before linking it to its original.
CREATE TRIGGER IF NOT EXISTS moved_article_on_copy AFTER INSERT ON duplicates
WHEN (SELECT story_id FROM moved_articles WHERE article_id = NEW.original_id)
    <> (SELECT story_id FROM assignments WHERE article_id = NEW.article_id)
BEGIN
    UPDATE assignments SET story_id = (SELECT story_id FROM moved_articles WHERE article_id = NEW.original_id)
    WHERE article_id = NEW.article_id;
END;

-- A moved article's story changed (a merge, another move, the trigger above): the mark follows it.
CREATE TRIGGER IF NOT EXISTS moved_article_follows AFTER UPDATE OF story_id ON assignments
WHEN NEW.article_id IN (SELECT article_id FROM moved_articles)
BEGIN
    UPDATE moved_articles SET story_id = NEW.story_id WHERE article_id = NEW.article_id;
END;
