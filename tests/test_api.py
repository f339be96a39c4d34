"""The Python API end to end: storyweave.load / summarize / report on the bundled example."""

import datetime as dt
import json
import random
import re

import pytest

import storyweave
from storyweave import api
from storyweave.errors import StoryweaveError
from storyweave.model import Article, Batch
from storyweave.render import render, validate
from storyweave.store import STORY_ORDERS as STORE_ORDERS
from tests.conftest import EXAMPLE, SHARED


@pytest.fixture(scope="module")
def example_report(example_batch, encoder):
    return storyweave.report(example_batch, words=120, encoder=encoder)


def test_summary_citations_agree_with_the_claims(example_report):
    claims = {c.id: c for c in example_report.claims}
    for sentence in example_report.summary.sentences:
        claim = claims[sentence.claim_id]
        assert sentence.sentence_id in claim.sentence_ids
        assert set(sentence.sources) == set(claim.article_ids)


def test_every_sentence_belongs_to_at_most_one_claim(example_report):
    # A sentence may also support another claim whose fact it states inside a longer sentence (align's
    # "contains"): it is then longer than that claim's wording, and words at most one claim of its own.
    texts = {s.id: s.text for s in example_report.sentences}
    citing: dict[str, list[str]] = {}
    for claim in example_report.claims:
        for sid in claim.sentence_ids:
            citing.setdefault(sid, []).append(claim.text)
    for sid, wordings in citing.items():
        assert sum(len(texts[sid]) <= len(wording) for wording in wordings) <= 1, sid
    for claim in example_report.claims:
        articles = [sid.split("#")[0] for sid in claim.sentence_ids]
        assert len(articles) == len(set(articles)), "a claim counts one sentence per article"


def test_report_sections_are_filled_and_the_json_validates(example_report):
    assert example_report.quotes and example_report.conflicts and example_report.timeline
    doc = json.loads(render(example_report, "json"))
    validate(doc)
    assert all(s["text"] for claim in doc["claims"] for s in claim["support"])


def test_planted_conflicts_are_reported_with_their_outlets(example_report):
    facts = json.loads((EXAMPLE.parent / "harbor-fire.facts.json").read_text())
    reported = {
        frozenset((p.value, frozenset(p.articles)) for p in c.positions)
        for c in example_report.conflicts
        if not c.update
    }
    for conflict in facts["conflicts"]:
        expected = {(p["value"], frozenset(p["articles"])) for p in conflict["positions"]}
        assert any(expected <= set(r) for r in reported), conflict["about"]
    assert len(reported) == len(facts["conflicts"]), "no conflict that was not planted"


def test_summarize_accepts_plain_articles_and_rejects_nothing_to_read():
    articles = storyweave.load([EXAMPLE]).articles
    assert storyweave.summarize(articles[:2], words=50).summary.word_count <= 50
    with pytest.raises(StoryweaveError):
        storyweave.summarize([], words=50)


def test_load_says_what_to_do_with_article_objects():
    # QA: load([Article(...)]) raised pathlib's TypeError, which named no way on.
    with pytest.raises(TypeError, match="give Article objects to report, summarize or group as they are"):
        storyweave.load([Article("a", "A fire broke out in the harbour on Monday night.")])


@pytest.mark.parametrize(
    ("source", "message"),
    [
        (
            [Article("a", "Fire.", date="2026-03-10")],
            "article 'a': date must be date or NoneType, got str '2026-03-10'",
        ),
        ([Article("a", None)], "article 'a': text must be str, got NoneType None"),
        ("A fire broke out.", "give Article objects (or a Batch), not text"),
        ([{"id": "a", "text": "Fire."}], "article 0: an Article expected, got dict"),
    ],
)
def test_articles_of_the_wrong_type_fail_on_arrival_naming_the_field(source, message):
    # QA10c #4: they failed deep inside a stage (in_the_future, .lower(), .id) with errors about something else.
    for run in (api.summarize, api.report, api.group):
        with pytest.raises(TypeError, match=re.escape(message)):
            run(source)
    with pytest.raises(TypeError, match="word budget must be an int, got str '120'"):
        storyweave.summarize([Article("a", "A fire broke out in the harbour.")], words="120")


def test_articles_sharing_an_id_are_refused():
    # QA: their sentences shared ids ("a#0"), so one article's sentence was cited as the other's, and a
    # near-duplicate pair under one id dropped both articles: an empty summary and no error.
    fire = "A fire broke out in the harbour on Monday night, officials said. Three warehouses burned."
    articles = [
        Article("a", fire),
        Article("b", "Police arrested two men in Leeds."),
        Article("a", fire + " Z"),
    ]

    for run in (storyweave.summarize, storyweave.report):
        with pytest.raises(ValueError, match="article ids must be unique in a story; repeated: 'a'"):
            run(articles, words=40)


def test_ingest_of_nothing_readable_raises_before_creating_the_database(tmp_path):
    db = tmp_path / "ib.db"
    batch = storyweave.load([tmp_path / "missing.txt"])

    with pytest.raises(StoryweaveError, match=r"^no readable articles; .*missing\.txt: no such file"):
        api.ingest(batch, db, progress=False)
    assert not db.exists()


def test_ingest_files_of_nothing_storable_raises_before_creating_the_database(tmp_path):
    db = tmp_path / "ib.db"
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{broken\n{"id": "b", "text": "Sign up for our newsletter."}\n')

    with pytest.raises(StoryweaveError, match=r"^no readable articles; .*feed\.jsonl:1: malformed JSON"):
        api.ingest_files([feed], db, progress=False)
    assert not db.exists()


def test_ingest_files_stores_the_stories_of_ingest_for_any_input_order(tmp_path):
    # The old path read the whole input, then sorted it: the new one must give the same stories.
    stream = SHARED / "data" / "clustering_tdt_duc2003" / "dev.jsonl"
    if not stream.is_file():
        pytest.skip("../shared/data is not beside the repo")
    lines = stream.read_text(encoding="utf-8").splitlines()[:80]
    lines += ["{not json", json.dumps({"id": "ad", "text": "Sign up for our newsletter."})]
    random.Random(3).shuffle(lines)
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")

    in_memory = api.load([feed], all_clusters=True)
    stored = api.ingest(in_memory, tmp_path / "memory.db", progress=False)
    ingested = api.ingest_files([feed], tmp_path / "files.db", progress=False)

    assert ingested.stored == stored
    # The same problems, each as it is met (a line read, an article cleaned), not all reading problems first.
    assert sorted(map(str, ingested.problems)) == sorted(map(str, in_memory.problems))
    stories = api.stories(tmp_path / "files.db")
    assert len(stories) > 1
    assert stories == api.stories(tmp_path / "memory.db")


def test_a_syndicated_copy_is_counted_once(caplog):
    text = (
        "A fire destroyed the Pier 7 warehouse in Wrenport late on Tuesday night, officials said. "
        "Fire Chief Ana Ruiz said crews fought the blaze for six hours."
    )
    articles = [
        Article(id="a", text=text, source="Bay Herald", origin="a.txt"),
        Article(id="b", text=text + " Copyright Port Wire.", source="Port Wire", origin="b.txt"),
        Article(
            id="c", text="Crews fought a warehouse fire at Pier 7 in Wrenport for six hours.", origin="c.txt"
        ),
    ]
    with caplog.at_level("WARNING", logger="storyweave.api"):
        report = api.summarize(articles, words=60)
    assert [a.id for a in report.articles] == ["a", "c"]
    assert all("b" not in s.sources for s in report.summary.sentences)
    assert [r.getMessage() for r in caplog.records] == [
        "b.txt (b): a near-duplicate of a.txt (a), counted once"
    ]


def test_a_repost_with_changed_figures_is_kept_and_cross_checked(caplog, encoder):
    """QA: an outlet re-posted its story with 14 workers changed to 40; the update was hidden as a copy."""
    text = (
        "An explosion at a chemical plant in Tarragona on Monday killed {} workers, the regional government "
        "said. Firefighters worked through the night to contain the blaze, which sent black smoke over the port. "
        "The company said it was cooperating with investigators and had suspended operations at the site."
    )
    articles = [
        Article(id="a", text=text.format(14), source="Costa Daily", origin="a.txt"),
        Article(id="b", text=text.format(40), source="Costa Daily", origin="b.txt"),
        Article(id="c", text=text.format(40) + " Copyright Port Wire.", source="Port Wire", origin="c.txt"),
    ]
    with caplog.at_level("INFO", logger="storyweave.api"):
        result = api.report(articles, words=60, encoder=encoder)
    assert [a.id for a in result.articles] == ["a", "b"]
    assert [r.getMessage() for r in caplog.records] == [
        "c.txt (c): a near-duplicate of b.txt (b), counted once",
        "b.txt (b): kept as a revision of a.txt (a): its figures differ",
    ]
    (conflict,) = [c for c in result.conflicts if c.kind == "number"]
    assert [(p.value, p.articles) for p in conflict.positions] == [("14", ("a",)), ("40", ("b",))]


def test_the_report_timeline_joins_one_event_told_in_other_words(encoder):
    # The timeline reads paraphrases only with the report's encoder (DUC d30034t's 1975 invasion).
    articles = [
        Article(
            id="a",
            text="The guerrillas fought a war which broke out in 1975 when Indonesian forces invaded the former "
            "Portuguese colony.",
            date=dt.date(1998, 11, 6),
        ),
        Article(
            id="b",
            text="East Timor, which was invaded by the Indonesian military in 1975, is claimed by the rebels.",
            date=dt.date(1998, 11, 9),
        ),
    ]
    (event,) = api.report(articles, words=60, encoder=encoder).timeline
    assert (event.date, event.articles) == ("1975", ("a", "b"))


def _two_story_file(tmp_path):
    path = tmp_path / "dev.jsonl"
    path.write_text(
        json.dumps({"id": "fire", "documents": [{"id": "f", "text": "A fire destroyed a warehouse."}]})
        + "\n"
        + json.dumps({"id": "quake", "documents": [{"id": "q", "text": "A quake hit Padang."}]})
        + "\n"
    )
    return path


def test_load_refuses_a_file_of_several_stories_unless_one_is_picked(tmp_path):
    from storyweave.ingest import ClusterChoiceError

    path = _two_story_file(tmp_path)

    with pytest.raises(ClusterChoiceError, match=r"dev\.jsonl holds 2 clusters \(ids: fire, quake\)"):
        storyweave.load([path])
    assert [a.id for a in storyweave.load([path], cluster="quake").articles] == ["q"]
    assert [a.id for a in storyweave.load([path], all_clusters=True).articles] == ["f", "q"]
    with pytest.raises(ValueError, match="not both"):
        storyweave.load([path], cluster="quake", all_clusters=True)


DAY = dt.date(2024, 5, 1)
# Three stories: a mill fire (2 articles, 1 outlet), a council vote (3 articles, 2 outlets, the latest) and
# an undated one whose headline holds characters SQL's LIKE would read as wildcards.
LISTED = (
    Article(
        "mill-1",
        "A fire spread through the old Hartley mill in Brackenford on Wednesday, firefighters said. "
        "Crews from three stations fought the flames at the mill for five hours.",
        title="Mill fire spreads",
        date=DAY,
        source="Gazette",
    ),
    Article(
        "vote-1",
        "The Lakeside city council voted 5 to 2 on Monday to delay a new budget for road repairs. "
        "Mayor Tom Berg said the vote would come back in June.",
        title="Council vote delayed",
        date=DAY,
        source="Gazette",
    ),
    Article(
        "mill-2",
        "Firefighters fought a fire at the old Hartley mill in Brackenford for five hours on Wednesday. "
        "The mill fire spread from the roof, crews from three stations said.",
        date=DAY,
        source="Gazette",
    ),
    Article(
        "vote-2",
        "Lakeside's council delayed the road repair budget on Monday in a 5-2 vote. "
        "Mayor Tom Berg said the council vote comes back in June.",
        title="Road budget vote put off",
        date=DAY.replace(day=2),
        source="Wire",
    ),
    Article(
        "vote-3",
        "The council in Lakeside put off its road repair budget vote on Monday, 5 to 2. "
        "Mayor Tom Berg expects the budget back in June.",
        date=DAY.replace(day=3),
        source="Wire",
    ),
    Article(
        "odd-1",
        " ".join(f"odd{n}" for n in range(40)) + ".",
        title="Parking fees up 100%: a_rise",
        source="Post",
    ),
)


@pytest.fixture(scope="module")
def listed_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("listed") / "news.db"
    api.ingest(Batch(LISTED), db, progress=False)
    return db


def test_find_stories_keeps_those_holding_every_word_in_the_order_asked(listed_db):
    stories = api.stories(listed_db)
    mill, vote, odd = stories
    assert [story.article_ids for story in stories] == [
        ("mill-1", "mill-2"),
        ("vote-1", "vote-2", "vote-3"),
        ("odd-1",),
    ]

    def found(**asked):
        return list(api.find_stories(listed_db, **asked).stories)

    assert found(query="MILL fire") == [mill]
    assert found(query="wire") == [vote]  # an outlet
    assert found(query=odd.id) == [odd]
    assert found(query="100% a_rise") == [odd]
    assert found(query="fir%") == [] and found(query="a_ris_") == []  # no wildcards, whole words (QA6 #9)
    assert found() == stories
    assert found(order="latest") == [vote, mill, odd]  # undated last
    assert found(order="articles") == [vote, mill, odd]
    assert found(order="outlets") == [vote, mill, odd]  # a tie keeps creation order
    page = api.find_stories(listed_db, order="latest", offset=1, limit=1)
    assert (page.stories, page.matched, page.stored) == ((mill,), 3, 3)
    assert api.find_stories(listed_db, query="council").matched == 1
    with pytest.raises(ValueError, match="unknown story order"):
        api.find_stories(listed_db, order="newest")
    assert tuple(api.STORY_ORDERS) == STORE_ORDERS  # every order the UI offers is one the store sorts by


def test_find_stories_keeps_those_dated_in_a_window_with_the_search_and_order(listed_db):
    mill, vote, odd = api.stories(listed_db)  # mill: DAY; vote: DAY..DAY+2; odd: undated

    def found(**asked):
        return list(api.find_stories(listed_db, **asked).stories)

    after = DAY + dt.timedelta(days=1)
    assert found(since=after) == [vote]
    assert found(until=DAY) == [mill, vote]  # the undated story is in no window
    assert found(since=DAY, until=DAY, order="articles") == [vote, mill]
    assert found(since=after, until=after) == [vote]  # between its first and last article
    assert found(since=after, query="mill") == []
    page = api.find_stories(listed_db, until=DAY, order="latest", offset=1, limit=1)
    assert (page.stories, page.matched, page.stored) == ((mill,), 2, 3)
    with pytest.raises(ValueError, match="is after until"):
        api.find_stories(listed_db, since=after, until=DAY)


def test_a_stored_storys_report_is_kept_and_made_again_when_the_story_or_the_code_changes(
    tmp_path, monkeypatch
):
    db = tmp_path / "news.db"
    api.ingest(Batch(LISTED[:3]), db, progress=False)
    mill = api.stories(db)[0]
    made = []
    make = api.report

    def counted(*args, **kwargs):
        made.append(kwargs["words"])
        return make(*args, **kwargs)

    monkeypatch.setattr(api, "report", counted)
    first = api.report_story(db, mill.id, words=60, fmt="md")
    assert first == render(make(api.story_articles(db, mill.id), words=60), "md")
    assert api.report_story(db, mill.id, words=60, fmt="md") == first
    assert api.report_story(db, mill.id, words=40, fmt="json") != first  # another budget and format: made
    assert made == [60, 40]

    # An article joins the story: its report is made again, with the new outlet.
    later = Article(
        "mill-3",
        "The old Hartley mill in Brackenford burned for five hours on Wednesday as crews from three stations "
        "fought the fire, firefighters said.",
        date=DAY.replace(day=2),
        source="Herald",
    )
    api.ingest(Batch((later,)), db, progress=False)
    assert "mill-3" in api.stories(db)[0].article_ids
    grown = api.report_story(db, mill.id, words=60, fmt="md")
    assert made == [60, 40, 60] and "Herald" in grown and "Herald" not in first

    # Other code (an edit, an upgraded library) makes it again too.
    monkeypatch.setattr(api, "_code_fingerprint", lambda: "other code")
    assert api.report_story(db, mill.id, words=60, fmt="md") == grown
    assert made == [60, 40, 60, 60]
    with pytest.raises(ValueError, match="unknown report format"):
        api.report_story(db, mill.id, fmt="pdf")


def test_a_kept_report_drops_its_future_date_caveat_once_the_date_has_come(tmp_path, monkeypatch):
    """QA (s39 surface #2): a stored story's report, kept while an article's date was ahead, was read back with
    "dated in the future" after the day had come, as the kept report's digest named the articles, not the notes
    that are worked out from today's date."""
    import storyweave.model

    db = tmp_path / "news.db"
    ahead = dt.date.today() + dt.timedelta(days=3)
    article = Article(
        "mill",
        "The old Hartley mill in Brackenford burned on Tuesday, firefighters said.",
        date=ahead,
        source="Post",
    )
    api.ingest(Batch((article,)), db, progress=False)
    made_today = api.report_story(db, "s0001", fmt="json")
    assert json.loads(made_today)["notes"] == [
        f"mill: the date {ahead.isoformat()} is in the future (kept; check it)"
    ]

    class Later(dt.date):
        @classmethod
        def today(cls):
            return ahead

    monkeypatch.setattr(storyweave.model, "dt", type("clock", (), {"date": Later, "timedelta": dt.timedelta}))
    assert json.loads(api.report_story(db, "s0001", fmt="json"))["notes"] == []
    assert "in the future" not in api.report_story(db, "s0001", fmt="md")


def test_merge_stories_makes_stored_stories_one(tmp_path):
    from storyweave.store.sqlite import StoryChoiceError

    db = tmp_path / "news.db"
    day = dt.date(2024, 5, 1)
    # Unrelated events half a year apart: two stories.
    flood = Article(
        "flood", "The river Vltava flooded Prague's old town on Monday, officials said.", date=day
    )
    vote = Article(
        "vote",
        "Iceland's parliament voted to dissolve itself ahead of an early election.",
        date=day + dt.timedelta(days=180),
    )
    api.ingest(Batch((flood, vote)), db, progress=False)
    assert [story.id for story in api.stories(db)] == ["s0001", "s0002"]

    story = api.merge_stories(db, ["s0002", "s0001"])

    assert (story.id, story.article_ids) == ("s0001", ("flood", "vote"))
    assert api.stories(db) == [story]
    with pytest.raises(StoryChoiceError, match="no story 's0002'"):
        api.merge_stories(db, ["s0001", "s0002"])
    with pytest.raises(StoryweaveError, match="no such database"):
        api.merge_stories(tmp_path / "none.db", ["s0001", "s0002"])


def test_reading_an_empty_file_as_the_store_leaves_it_empty(tmp_path):
    # QA: `storyweave stories --db empty.db` wrote a schema into an empty file ("new database (schema version 6)").
    empty = tmp_path / "empty.db"
    empty.touch()
    with pytest.raises(StoryweaveError, match="empty.db: an empty file, no database"):
        api.stories(empty)
    assert empty.stat().st_size == 0


def test_move_article_puts_it_in_another_story_or_a_new_one(tmp_path):
    db = tmp_path / "news.db"
    day = dt.date(2024, 5, 1)
    text = "The river Vltava flooded Prague's old town on Monday, officials said; {} people left their homes."
    api.ingest(
        Batch(tuple(Article(f"flood-{n}", text.format(n * 100), date=day) for n in (1, 2))),
        db,
        progress=False,
    )
    (story,) = api.stories(db)

    alone = api.move_article(db, "flood-2")

    assert alone.article_ids == ("flood-2",) and alone.id != story.id
    back = api.move_article(db, "flood-2", story.id)
    assert back == story and api.stories(db) == [story]
    with pytest.raises(StoryweaveError, match="no such database"):
        api.move_article(tmp_path / "none.db", "flood-2")


def test_what_the_command_line_warns_of_is_in_the_notes_of_the_batch_and_the_report(tmp_path):
    """QA: an unreadable or future date and a syndicated copy reached only the log, which a library shows not."""
    text = (
        "A fire destroyed the Pier 7 warehouse in Wrenport late on Tuesday night, officials said. "
        "Fire Chief Ana Ruiz said crews fought the blaze for six hours."
    )
    (tmp_path / "a.txt").write_text(f"date: 2024-13-45\nsource: Bay Herald\n\n{text}\n", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(
        f"date: 2999-01-01\nsource: Port Wire\n\n{text} Caf\xe9.\n".encode("cp1252")
    )
    other = "Crews fought a warehouse fire at Pier 7 in Wrenport for six hours, the harbour office said."
    (tmp_path / "c.txt").write_text(f"date: 2024-03-06\n\n{other}\n", encoding="utf-8")

    batch = storyweave.load([tmp_path])
    report = storyweave.summarize(batch, words=60)

    assert [note.split(": ", 1)[0] for note in batch.notes] == [
        str(tmp_path / f"{name}.txt") for name in "abb"
    ]
    assert "2024-13-45" in batch.notes[0] and "2999-01-01" in " ".join(batch.notes)
    assert "Windows-1252" in " ".join(batch.notes)
    assert report.notes[: len(batch.notes)] == batch.notes
    assert report.notes[len(batch.notes) :] == (
        f"{tmp_path / 'b.txt'} (b): a near-duplicate of {tmp_path / 'a.txt'} (a), counted once",
    )
    assert batch.problems == report.problems == ()  # a caveat is no skipped input


def test_a_report_of_plain_articles_has_the_notes_of_its_own_reading():
    text = "A fire destroyed the Pier 7 warehouse in Wrenport late on Tuesday night, officials said."
    report = api.summarize([Article("a", text), Article("b", text + " Copyright Port Wire.")], words=30)
    assert report.notes == ("b: a near-duplicate of a, counted once",)


def test_a_story_of_many_copies_names_ten_and_counts_the_rest():
    text = "A fire destroyed the Pier 7 warehouse in Wrenport late on Tuesday night, officials said."
    copies = [Article(f"copy-{n:02d}", f"{text} Copyright Wire {n}.") for n in range(25)]
    report = api.summarize([Article("a", text), *copies], words=30)
    assert report.notes == (
        *(f"copy-{n:02d}: a near-duplicate of a, counted once" for n in range(10)),
        "15 more near-duplicates, each counted once",
    )


def test_a_stored_storys_report_names_its_copies_as_one_read_from_files_does(tmp_path):
    """QA: the story list named a copy's outlet, while the stored story's report never mentioned the copy."""
    text = "A fire destroyed the Pier 7 warehouse in Wrenport late on Tuesday night, officials said."
    gazette = Article("gazette", text, source="Gazette", origin="gazette.txt")
    tribune = Article("tribune", text + " Copyright Wire.", source="Tribune", origin="tribune.txt")
    db = tmp_path / "news.db"
    api.ingest(Batch((gazette, tribune)), db, progress=False)
    note = "tribune.txt (tribune): a near-duplicate of gazette.txt (gazette), counted once"
    assert api.story_articles(db, "s0001").notes == (note,)
    assert json.loads(api.report_story(db, "s0001", fmt="json"))["notes"] == [note]
    assert api.report(api.story_articles(db, "s0001")).notes == (note,)


def test_a_revision_is_a_caveat_of_the_report():
    """QA: "kept as a revision" reached stderr but no report."""
    text = "The blast at the Marlow Falls plant killed 3 workers on Monday, the company said."
    ledger = Article("ledger", text + " The plant will stay shut.", source="Ledger")
    shopper = Article(
        "shopper", text.replace("3 workers", "4 workers") + " The plant will stay shut.", source="Shopper"
    )
    report = api.summarize([ledger, shopper], words=30)
    assert report.notes == ("shopper: kept as a revision of ledger: its figures differ",)


def test_an_unknown_stored_story_is_the_callers_mistake_as_in_a_merge(tmp_path):
    from storyweave.store.sqlite import StoryChoiceError

    db = tmp_path / "news.db"
    api.ingest(
        Batch((Article("flood", "The river Vltava flooded Prague's old town on Monday."),)),
        db,
        progress=False,
    )
    for call in (api.report_story, api.story_articles):
        with pytest.raises(StoryChoiceError, match="no story 's0404'"):
            call(db, "s0404")


def _readme_block(after: str) -> str:
    """The first ```python block of README.md after the line ``after``."""
    readme = (EXAMPLE.parents[1] / "README.md").read_text(encoding="utf-8")
    return readme.split(after, 1)[1].split("```python\n", 1)[1].split("```", 1)[0]


def test_the_readme_scale_example_runs_its_dask_calls_only_as_the_main_script():
    """QA: run as written in a script, it failed ("Nanny failed to start"): each local worker process
    imports the script again, and started a cluster of its own."""
    import ast

    tree = ast.parse(_readme_block("### Many stories at once (Dask)"))
    body = [node for node in tree.body if not isinstance(node, ast.Import | ast.ImportFrom)]
    assert len(body) == 1 and isinstance(body[0], ast.If)
    assert ast.unparse(body[0].test) == "__name__ == '__main__'"
    assert "report_stories" in ast.unparse(body[0])


def test_a_summary_line_quoting_someone_cites_only_the_outlets_that_credit_them():
    """QA: '"...," said council leader Tom Astley. [3][4]' cited an outlet that gives the words to an MP, and the
    claims joined the two outlets."""
    words = '"This bridge has been crumbling for years and everyone in Hollinsford knew it,"'
    articles = [
        Article(
            "radio",
            f"{words} Sarah Penhaligon, the local MP, said on Friday. Freight services are suspended.",
            source="Dales Radio",
        ),
        Article(
            "advertiser",
            f"A train derailed on the viaduct on Thursday. {words} said council leader Tom Astley.",
            source="Advertiser",
        ),
    ]
    report = api.report(articles, words=60)
    assert {quote.speaker for quote in report.quotes} == {"Tom Astley", "Sarah Penhaligon"}
    quoting = [line for line in report.summary.sentences if "crumbling" in line.text]
    assert quoting
    for line in quoting:
        assert line.sources == (line.sentence_id.split("#")[0],)
    # Nor does any claim join the two: each outlet is cited for the speaker it names.
    assert not [claim for claim in report.claims if {"radio", "advertiser"} <= set(claim.article_ids)]
    # summarize, which reads who said what only for a quoting line several outlets carry, cites the same.
    summary = api.summarize(articles, words=60).summary
    assert [(line.text, line.sources) for line in summary.sentences] == [
        (line.text, line.sources) for line in report.summary.sentences
    ]


def test_summarize_cites_every_outlet_that_credits_a_shared_quote_to_the_same_person():
    words = '"We will rebuild the viaduct before winter,"'
    articles = [
        Article(
            "radio",
            f"{words} council leader Tom Astley said on Friday. Freight is suspended.",
            source="Radio",
        ),
        Article(
            "advertiser",
            f"A train derailed on the viaduct. {words} said council leader Tom Astley.",
            source="Ad",
        ),
    ]
    quoting = [line for line in api.summarize(articles, words=60).summary.sentences if "rebuild" in line.text]
    assert [sorted(line.sources) for line in quoting] == [["advertiser", "radio"]]


def test_a_summary_line_quotes_with_the_name_another_outlet_gives_the_speaker():
    # QA: the line credited "the board chairwoman" where three outlets name Harriet Lomax; the shortest credit won.
    words = '"Every ballot was counted by hand, twice, and the result is final,"'
    articles = [
        Article(
            "a",
            f"Observers watched every table in the old armory. {words} said Harriet Lomax, who chairs the board.",
            source="Ledger",
        ),
        Article(
            "b", f"The recount took ten days. {words} Lomax said at the county building.", source="Radio"
        ),
        Article(
            "c",
            f"Okafor did not concede on Friday night. {words} the board chairwoman said.",
            source="Courier",
        ),
    ]
    for summarize in (api.summarize, api.report):
        (line,) = [line for line in summarize(articles, words=18).summary.sentences if "ballot" in line.text]
        assert line.text == f"{words} Lomax said at the county building."
        assert sorted(line.sources) == ["a", "b", "c"]  # the shortest credit that names her fits the budget
    # With no room for a longer credit, or no outlet naming her, the line keeps its wording.
    (line,) = api.summarize(articles, words=17).summary.sentences
    assert line.text == f"{words} the board chairwoman said."
    (line,) = [
        line for line in api.summarize(articles[2:], words=18).summary.sentences if "ballot" in line.text
    ]
    assert line.text == f"{words} the board chairwoman said."


def test_a_summary_runs_with_fewer_young_collections_and_restores_the_thresholds(monkeypatch):
    import gc

    seen = []
    prepare = api._prepare

    def recording(source):
        seen.append(gc.get_threshold())
        return prepare(source)

    monkeypatch.setattr(api, "_prepare", recording)
    before = gc.get_threshold()
    try:
        gc.set_threshold(900, 11, 12)
        api.summarize([Article("a", "Flooding closed the coastal road on Monday, officials said.")], words=20)
        assert seen == [(api._YOUNG_OBJECTS_COLLECTED, 11, 12)]
        assert gc.get_threshold() == (900, 11, 12)
        # Restored after a failed call too, and never lowered.
        gc.set_threshold(50_000, 10, 10)
        with pytest.raises(StoryweaveError):
            api.summarize([])
        assert seen[-1] == (50_000, 10, 10)
        assert gc.get_threshold() == (50_000, 10, 10)
    finally:
        gc.set_threshold(*before)


def test_overlapping_summaries_restore_the_thresholds_once_the_last_ends():
    import gc

    before = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        outer = api._fewer_collections()
        inner = api._fewer_collections()
        outer.__enter__()
        inner.__enter__()
        outer.__exit__(None, None, None)  # the other call still runs: the raised threshold stays
        assert gc.get_threshold()[0] == api._YOUNG_OBJECTS_COLLECTED
        inner.__exit__(None, None, None)
        assert gc.get_threshold() == (700, 10, 10)
    finally:
        gc.set_threshold(*before)
