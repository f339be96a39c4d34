"""Session 26 store leftovers: the title of an updated article, "1 article" in messages, cluster lines kept as
stories by ``ingest``, and the lead first in a short summary."""

import json

import pytest

from storyweave import api
from storyweave.render import render_html, render_markdown
from storyweave.store import AddResult, Store

URL = "https://coastalherald.example/news/ferry-strike-sailings"
FIRST_POST = """source: Coastal Herald
date: 2026-10-05
url: {url}
title: Ferry strike cancels {count} sailings to the islands

{words} ferry sailings between Portmarrow and the Skerrin Islands were cancelled on Monday as deckhands and engineers \
began a 48-hour strike over pay.

The walkout by members of the Maritime and Transport Union left about {passengers} passengers looking for other ways \
to travel, the operator Skerrin Link said.

Skerrin Link said it had offered a 4 per cent rise, which the union rejected as "well below inflation".
"""
ISLAND_TIMES = """source: The Island Times
date: 2026-10-05
title: Islanders stranded as ferry crews walk out

Islanders were left stranded on Monday after ferry crews walked out in a row over pay, halting most sailings between \
Portmarrow and the Skerrin Islands.

The Maritime and Transport Union said the 48-hour strike was a last resort after talks broke down last week.
"""


@pytest.fixture
def ferry(tmp_path):
    """An outlet's first post, the update it posted at the same URL (12 -> 30 sailings), another outlet."""
    folder = tmp_path / "ferry"
    folder.mkdir()
    (folder / "01_herald.txt").write_text(
        FIRST_POST.format(url=URL, count=12, words="Twelve", passengers="1,800")
    )
    (folder / "02_island-times.txt").write_text(ISLAND_TIMES)
    (folder / "03_herald-updated.txt").write_text(
        FIRST_POST.format(url=URL, count=30, words="Thirty", passengers="4,000")
    )
    return folder


# -- 1. The title follows the newest version of an updated article --------------------------------------------


def test_the_title_is_the_update_s_headline_in_every_renderer(ferry):
    # QA8 aer-lumen: the report kept the first post as a revision and was titled by its stale "140 flights".
    report = api.summarize(api.load([ferry]), words=60)
    assert render_markdown(report).splitlines()[0] == "# Ferry strike cancels 30 sailings to the islands"
    assert "<title>Ferry strike cancels 30 sailings to the islands" in render_html(report)


def test_the_title_does_not_depend_on_the_order_of_the_paths(ferry):
    paths = [ferry / "03_herald-updated.txt", ferry / "02_island-times.txt", ferry / "01_herald.txt"]
    report = api.summarize(api.load(paths), words=60)
    assert render_markdown(report).splitlines()[0] == "# Ferry strike cancels 30 sailings to the islands"


def test_an_outlet_s_versions_of_one_article_count_as_one_headline(tmp_path):
    # Two posts at one URL are one outlet's article: the headline two other outlets share names the story.
    texts = {
        "a1": (
            "Coastal Herald",
            URL,
            "Herald headline",
            "Ferry crews in Portmarrow walked out on Monday over pay.",
        ),
        "a2": (
            "Coastal Herald",
            URL,
            "Herald headline",
            "Every sailing to the Skerrin Islands was cancelled today.",
        ),
        "b": ("North Wire", "", "Wire headline", "A strike by ferry crews halted sailings to the islands."),
        "c": (
            "Island Times",
            "",
            "Wire headline",
            "Islanders were stranded as the ferry crews stayed ashore.",
        ),
    }
    for name, (source, url, title, text) in texts.items():
        (tmp_path / f"{name}.txt").write_text(
            f"source: {source}\ndate: 2026-10-05\nurl: {url}\ntitle: {title}\n\n{text}\n"
        )
    report = api.summarize(api.load([tmp_path]), words=60)
    assert len(report.articles) == 4
    assert render_markdown(report).splitlines()[0] == "# Wire headline"


def test_a_stored_update_titles_the_stored_story_s_report_as_the_list_names_it(ferry, tmp_path):
    db = tmp_path / "news.db"
    api.ingest(api.load([ferry / "01_herald.txt"]), db, progress=False)
    api.ingest(api.load([ferry / "03_herald-updated.txt"]), db, progress=False)
    (story,) = api.stories(db)
    assert story.headline == "Ferry strike cancels 30 sailings to the islands"
    report = api.summarize(api.load([ferry / "01_herald.txt", ferry / "03_herald-updated.txt"]), words=60)
    with Store(db) as store:
        stored = api.summarize(store.story_articles(story.id), words=60)
    assert render_markdown(stored).splitlines()[0] == render_markdown(report).splitlines()[0]
    assert render_markdown(stored).splitlines()[0] == f"# {story.headline}"


# -- 2. "1 article", not "1 articles" ---------------------------------------------------------------------------


def test_counted_is_singular_for_one():
    from storyweave.ingest import counted

    assert [counted(n, "article") for n in (0, 1, 2, 1200)] == [
        "0 articles",
        "1 article",
        "2 articles",
        "1,200 articles",
    ]
    assert counted(1, "story", "stories") == "1 story"
    assert counted(3, "story", "stories") == "3 stories"


def test_the_ingest_summary_says_one_near_duplicate():
    said = AddResult(added=2, duplicates=1, skipped_existing=0, repeated=1, updated=1).described(skipped=0)
    assert (
        said == "2 added (1 near-duplicate), 1 updated, 0 already stored, 1 repeated in the input, 0 skipped"
    )


def test_the_store_says_one_repeated_article_and_one_update_in_the_singular(ferry, tmp_path, caplog):
    db = tmp_path / "news.db"
    with caplog.at_level("INFO", logger="storyweave.store.sqlite"):
        api.ingest(api.load([ferry / "01_herald.txt"]), db, progress=False)
        feed = tmp_path / "feed.jsonl"
        line = {
            "id": "x",
            "text": "Ferry crews in Portmarrow walked out on Monday over pay.",
            "source": "Wire",
        }
        feed.write_text(json.dumps(line) + "\n" + json.dumps({**line, "id": "y"}) + "\n")
        api.ingest_files([feed, ferry / "03_herald-updated.txt"], db, progress=False)
    messages = [record.getMessage() for record in caplog.records]
    assert any(
        message.endswith(": 1 article repeated in the input, stored once: y (" + f"{feed}:2)")
        for message in messages
    )
    assert any(": 1 article with new text at a stored URL (an update)" in message for message in messages)
    assert not any(" 1 articles" in message for message in messages)


def test_the_ingest_command_says_one_near_duplicate(tmp_path, run):
    text = "Ferry crews in Portmarrow walked out on Monday over pay, cancelling every sailing to the islands."
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        json.dumps({"id": "a", "text": text, "source": "Herald", "date": "2026-10-05"})
        + "\n"
        + json.dumps({"id": "b", "text": text, "source": "Wire", "date": "2026-10-05"})
        + "\n"
    )
    done = run("ingest", feed, "--db", tmp_path / "news.db")
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines()[-1] == (
        "storyweave: 2 added (1 near-duplicate), 0 already stored, 0 repeated in the input, 0 skipped"
    )


# -- 3. A cluster line is one stored story, as the web's upload shows it -----------------------------------------

DAM = [
    {
        "id": "dam-1",
        "source": "Fenland Gazette",
        "date": "2026-07-02",
        "title": "Villages evacuated as Brackwater dam spillway cracks",
        "text": "About 600 people were evacuated from three villages below the Brackwater reservoir on Wednesday after "
        "engineers found a crack in the dam's concrete spillway.\n\nThe Environment Agency said water was being "
        "pumped out of the reservoir to lower the level by two metres and ease pressure on the structure.",
    },
    {
        "id": "dam-2",
        "source": "East Anglia Live",
        "date": "2026-07-02",
        "title": "Brackwater dam: 600 told to leave homes",
        "text": "Around 600 residents were told to leave their homes on Wednesday when a crack was spotted in the "
        "spillway of the Brackwater dam.\n\nPumps brought in overnight are lowering the reservoir by two metres, "
        "the Environment Agency said.",
    },
]
INQUIRY = [
    {
        "id": "inq-1",
        "source": "Fenland Gazette",
        "date": "2026-07-20",
        "title": "Brackwater residents return as inquiry into dam crack begins",
        "text": "Residents of three villages below the Brackwater reservoir returned home on Monday, 18 days after "
        "they were evacuated, as an independent inquiry into the cracked spillway of the Brackwater dam began."
        "\n\nThe Environment Agency said the reservoir would stay two metres lower until the dam is repaired.",
    },
    {
        "id": "inq-2",
        "source": "Water Industry Journal",
        "date": "2026-07-21",
        "title": "Anglian Water faces questions over Brackwater dam inspection",
        "text": "Anglian Water has been asked to hand over every inspection report on the Brackwater dam, as an "
        "independent inquiry into the crack in the dam's spillway opened this week.\n\nResidents evacuated from "
        "three villages below the reservoir returned home on Monday.",
    },
]
LATE = {
    "id": "late",
    "source": "Fenland Gazette",
    "date": "2026-07-04",
    "title": "Brackwater dam pumping continues as evacuees wait",
    "text": "Pumping at the Brackwater reservoir continued on Friday as about 600 evacuated residents waited to be "
    "told when they could go home.\n\nThe Environment Agency said the crack in the dam's spillway was being "
    "monitored around the clock.",
}


@pytest.fixture
def clusters(tmp_path):
    """Two cluster lines the grouper puts in one story (an event and its inquiry 18 days later)."""
    path = tmp_path / "clusters.jsonl"
    path.write_text(
        json.dumps({"id": "dam", "documents": DAM})
        + "\n"
        + json.dumps({"id": "inquiry", "documents": INQUIRY})
        + "\n"
    )
    return path


def _stories(db):
    return sorted(sorted(story.article_ids) for story in api.stories(db))


def test_ingest_keeps_each_cluster_line_one_story(clusters, tmp_path):
    db = tmp_path / "news.db"
    api.ingest_files([clusters], db, progress=False)
    assert _stories(db) == [["dam-1", "dam-2"], ["inq-1", "inq-2"]]


def test_the_kept_lines_hold_through_a_re_ingest_and_a_regroup_and_take_a_later_article(clusters, tmp_path):
    db = tmp_path / "news.db"
    api.ingest_files([clusters], db, progress=False)
    again = api.ingest_files([clusters], db, progress=False)
    assert again.stored == AddResult(added=0, duplicates=0, skipped_existing=4)
    with Store(db) as store:
        store.regroup()
    assert _stories(db) == [["dam-1", "dam-2"], ["inq-1", "inq-2"]]
    feed = tmp_path / "late.jsonl"
    feed.write_text(json.dumps(LATE) + "\n")
    api.ingest_files([feed], db, progress=False)
    assert _stories(db) == [["dam-1", "dam-2", "late"], ["inq-1", "inq-2"]]


def test_loose_articles_are_still_grouped_by_content(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(article) + "\n" for article in (*DAM, *INQUIRY)))
    db = tmp_path / "news.db"
    api.ingest_files([feed], db, progress=False)
    assert _stories(db) == [["dam-1", "dam-2", "inq-1", "inq-2"]]


def test_the_web_upload_stores_the_stories_it_shows(clusters, tmp_path):
    upload = api.report_upload([("clusters.jsonl", clusters.read_bytes())], most_reports=0)
    shown = sorted(sorted(story.story.article_ids) for story in upload.stories)
    db = tmp_path / "web.db"
    api.add_to_store(upload.batch, db, lines=upload.lines)
    assert _stories(db) == shown == [["dam-1", "dam-2"], ["inq-1", "inq-2"]]


def test_the_ingest_command_keeps_the_lines_and_says_so(clusters, tmp_path, run):
    done = run("ingest", clusters, "--db", tmp_path / "news.db")
    assert done.returncode == 0, done.stderr
    assert f"storyweave: {tmp_path / 'news.db'}: 2 cluster lines of the input kept as one story each" in (
        done.stderr.splitlines()
    )
    listed = run("stories", "--db", tmp_path / "news.db")
    assert len(listed.stdout.splitlines()) == 2


# -- 4. A short summary opens with the story's lead -------------------------------------------------------------


@pytest.fixture
def mine_rescue(tmp_path):
    """A first report that opens with background (the pit's age), then the rescue every outlet leads with."""
    articles = {
        "01_courier.txt": (
            "Daily Courier",
            "2026-08-20",
            "The Carrow colliery has been operating for 62 years and employs about 400 people, making it the "
            "largest employer in the valley.\n\nAll eleven miners trapped by a roof collapse at the Carrow colliery "
            "were brought to the surface alive on Thursday after a 19-hour rescue operation.\n\nMine rescue teams "
            "dug through about 30 metres of rubble to reach the men, who had sheltered in a refuge chamber with air "
            "and water.\n\nTwo of the miners were taken to Westhaven hospital with leg injuries, the mine's operator "
            "said.",
        ),
        "02_radio.txt": (
            "Valley Radio",
            "2026-08-20",
            "Eleven miners trapped underground at the Carrow colliery were rescued alive on Thursday, 19 hours "
            "after part of a tunnel roof collapsed.\n\nThe men had sheltered in a refuge chamber stocked with air, "
            "water and food while rescuers cleared the rubble.\n\nTwo men were treated in hospital for leg injuries.",
        ),
        "03_press.txt": (
            "National Press Agency",
            "2026-08-21",
            "All eleven miners trapped at the Carrow colliery were rescued alive on Thursday after a 19-hour "
            "operation, and the mines inspectorate has opened an inquiry into the roof collapse.\n\nThe inspectorate "
            "said its officers would examine the tunnel supports on Friday.",
        ),
    }
    for name, (source, date, text) in articles.items():
        (tmp_path / name).write_text(f"source: {source}\ndate: {date}\n\n{text}\n")
    return tmp_path


@pytest.mark.parametrize("words", [40, 60])
def test_a_short_summary_opens_with_the_lead(mine_rescue, words):
    summary = api.summarize(api.load([mine_rescue]), words=words).summary
    assert len(summary.sentences) > 1
    assert (
        "rescued alive" in summary.sentences[0].text
        or "brought to the surface alive" in summary.sentences[0].text
    )
