-- Story ids that stopped existing, each with its first article then, so that an id a reader saw (in `storyweave
-- stories`, a report's address) keeps naming the story its articles are in: the story that article is in now
-- (Store.current_story_id). A story id stops existing when the grouper merges its story into an older one (a
-- later article like both, mostly in a later batch: its id was listed meanwhile), when an editor merges it
-- (merged_stories, migration 4, is what an older writer's triggers read) or when a move takes all its articles
-- (a cluster line kept as one story, Store._keep_line, or an editor's). The article, not the story it went into,
-- is kept: that story may in turn be merged, or the line moved out of it again, and the article is always in
-- exactly one story. A writer of schema 1 to 11 still running on the database records none.
-- IF NOT EXISTS: the tests' rewind_schema leaves it in place.
CREATE TABLE IF NOT EXISTS story_aliases (
    story_id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles (id)
) WITHOUT ROWID;
-- The editors' merges made before: the merged story's first article stands for the one merged away, which the
-- database no longer tells apart.
INSERT OR IGNORE INTO story_aliases (story_id, article_id)
SELECT merged.story_id, first.article_id FROM merged_stories AS merged
JOIN (
    SELECT s.story_id, s.article_id, MIN(a.seq) FROM assignments AS s JOIN articles AS a ON a.id = s.article_id
    GROUP BY s.story_id
) AS first ON first.story_id = merged.merged_into;
