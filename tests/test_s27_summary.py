"""Session 27 summary leftovers: the summarizer names the line that states the story's lead (which a short
summary opens with), and the summary states the newest version of an article updated at its URL."""

import json

import pytest

from storyweave import api
from storyweave.summarizer import Selection, SummaryOptions, select

QUARRY_URL = "https://midlandecho.example/news/hollins-quarry-explosion"
QUARRY_POST = """source: Midland Echo
date: 2026-09-14
url: {url}
title: {count} workers killed in Hollins quarry explosion

{count} workers were killed and four others injured when an explosion tore through a crushing plant at the Hollins \
limestone quarry near Matlock on Monday morning.

Derbyshire Fire and Rescue Service said crews were called at 7.40am and found part of the plant's conveyor housing \
had collapsed.

The quarry's owner, Peak Aggregates, said the cause of the blast was not yet known and that it was co-operating \
fully with the Health and Safety Executive.

Police have closed the A6 between Matlock and Cromford while investigators examine the site.
"""
QUARRY_RADIO = """source: Peak Radio News
date: 2026-09-14
url: https://peakradio.example/local/quarry-blast-matlock
title: Explosion at Matlock quarry: workers dead

Emergency services spent Monday morning at the Hollins quarry near Matlock after an explosion in its crushing plant \
killed three people.

Four more workers were taken to the Royal Derby Hospital, two of them by air ambulance.

The Health and Safety Executive has sent inspectors, and Derbyshire Police said the A6 would stay closed for much of \
the day.
"""
QUARRY_WIRE = """source: National News Wire
date: 2026-09-15
url: https://nationalwire.example/uk/hollins-quarry-deaths
title: Quarry explosion toll rises to five as safety inspectors arrive

The death toll from an explosion at a Derbyshire limestone quarry rose to five on Monday afternoon, police said, \
making it the deadliest accident in a British quarry for more than 20 years.

Peak Aggregates said the cause of the explosion was not yet known.

The Health and Safety Executive said its inspectors would examine the plant's dust extraction system.
"""
FIRST_LINE = "Three workers were killed and four others injured"
UPDATED_LINE = "Five workers were killed and four others injured"


def _write_quarry(folder, url_of_update=QUARRY_URL):
    folder.mkdir()
    (folder / "01_echo.txt").write_text(QUARRY_POST.format(url=QUARRY_URL, count="Three"))
    (folder / "02_radio.txt").write_text(QUARRY_RADIO)
    (folder / "03_echo-updated.txt").write_text(QUARRY_POST.format(url=url_of_update, count="Five"))
    (folder / "04_wire.txt").write_text(QUARRY_WIRE)
    return folder


@pytest.fixture
def quarry(tmp_path):
    """An outlet's first post (three dead), its update posted at the same URL the same day (five), two others."""
    return _write_quarry(tmp_path / "quarry")


def _texts(report) -> list[str]:
    return [line.text for line in report.summary.sentences]


# -- 1. The summary states the newest version's facts ----------------------------------------------------------


@pytest.mark.parametrize("words", [40, 60, 120])
def test_the_summary_states_the_update_s_figure_not_the_first_post_s(quarry, words):
    # The starting code opened every one of these with the first post's "Three workers were killed".
    texts = _texts(api.summarize(api.load([quarry]), words=words))
    assert not any(FIRST_LINE in text for text in texts), texts
    assert any(UPDATED_LINE in text for text in texts), texts


@pytest.mark.parametrize("words", [40, 120])
def test_the_update_s_line_opens_where_the_first_post_s_did(quarry, words):
    # Read at the update's own place, the line came last of six at 120 words.
    assert UPDATED_LINE in _texts(api.summarize(api.load([quarry]), words=words))[0]


def test_the_cross_check_still_shows_the_first_post_s_figure_as_history(quarry):
    report = api.report(api.load([quarry]), words=120)
    figures = {
        position.value: position.articles
        for conflict in report.conflicts
        if conflict.about == "workers killed"
        for position in conflict.positions
    }
    assert figures.get("3") == ("01_echo",)
    assert "03_echo-updated" in figures.get("5", ())


def test_what_the_update_prints_unchanged_still_cites_the_first_post(quarry):
    lines = api.summarize(api.load([quarry]), words=120).summary.sentences
    crews = [line for line in lines if line.text.startswith("Derbyshire Fire and Rescue Service said crews")]
    assert crews and crews[0].sources[0] == "01_echo"


def test_the_order_of_the_paths_does_not_change_which_version_is_newest(quarry):
    given = sorted(quarry.iterdir())
    forward = _texts(api.summarize(api.load(given), words=60))
    backward = _texts(api.summarize(api.load(given[::-1]), words=60))
    assert forward == backward
    assert UPDATED_LINE in forward[0]


def test_an_article_at_another_url_is_no_version(tmp_path):
    """Only an update at the article's own URL supersedes it: another page's text is another article."""
    folder = _write_quarry(tmp_path / "quarry", url_of_update="https://midlandecho.example/news/quarry-live")
    texts = _texts(api.summarize(api.load([folder]), words=60))
    assert any(FIRST_LINE in text for text in texts), texts


def test_a_rewritten_update_supersedes_every_line_it_no_longer_prints(tmp_path):
    """An update that rewrote the article (no near-duplicate of it) still replaces it: its first post's "six
    libraries" is history, and the budget goes to what the outlet prints now."""
    url = "https://leedspost.example/politics/council-budget-vote"
    documents = [
        {
            "id": "post-1",
            "source": "Leeds Evening Post",
            "date": "2026-10-08",
            "url": url,
            "title": "Leeds council votes to close 6 libraries",
            "text": "Leeds City Council voted on Wednesday night to close six branch libraries as part of a plan "
            "to save £38m next year.\n\nThe libraries in Armley, Garforth, Otley Road, Rothwell, Seacroft and "
            "Yeadon will shut in April unless community groups take them over.\n\nCampaigners who packed the "
            "public gallery booed as the vote passed by 51 votes to 37.",
        },
        {
            "id": "radio",
            "source": "Yorkshire Radio",
            "date": "2026-10-08",
            "title": "Libraries to close in Leeds budget",
            "text": "Leeds councillors have backed a budget that cuts £38m from next year's spending and closes "
            "branch libraries.\n\nThe vote passed by 51 to 37 after a three-hour debate at Leeds Civic Hall.",
        },
        {
            "id": "post-2",
            "source": "Leeds Evening Post",
            "date": "2026-10-09",
            "url": url,
            "title": "Leeds to close four libraries after late budget change",
            "text": "Four branch libraries in Leeds will close next spring, after the council reversed plans to "
            "shut two more in a late amendment to its budget on Wednesday night.\n\nThe budget, which saves "
            "£38m next year, passed by 51 votes to 37.\n\nThe libraries in Armley, Garforth, Rothwell and "
            "Seacroft will shut in April unless community groups take them over.",
        },
    ]
    path = tmp_path / "leeds.jsonl"
    path.write_text(json.dumps({"id": "leeds", "documents": documents}) + "\n")
    lines = api.summarize(api.load([path]), words=120).summary.sentences
    assert not [line.text for line in lines if line.sentence_id.startswith("post-1#")]
    assert lines[0].text.startswith("Four branch libraries in Leeds will close")


# -- 2. The summarizer names its lead line, which a short summary opens with ----------------------------------


@pytest.fixture
def verdict(tmp_path):
    """The first report's opening is too long for a short summary; another outlet states the verdict with
    another figure (a claim of its own), and the quote every outlet carries appeared first."""
    articles = {
        "01_gazette.txt": (
            "Harbour Gazette",
            "2026-05-08",
            "Former port director Alan Rusk was convicted on Thursday of taking bribes worth £1.4 million from "
            "shipping firms that wanted berths and cheaper fees at the port, after a jury at Southwark Crown Court "
            'had deliberated for two days and asked to rehear evidence from his deputy.\n\n"Alan Rusk sold the '
            'trust of this port to the highest bidder," said Claire Obi, the prosecutor.\n\nJudge Martin Hale '
            "adjourned sentencing until July 3.",
        ),
        "02_post.txt": (
            "City Post",
            "2026-05-09",
            "A jury on Thursday found former port director Alan Rusk guilty of six counts of bribery over payments "
            "worth £1.6 million, ending a seven-week trial.\n\nRusk showed no emotion as the verdicts were read.\n\n"
            '"Alan Rusk sold the trust of this port to the highest bidder," Obi told reporters outside court.\n\n'
            "His lawyer said Rusk would appeal.",
        ),
        "03_court.txt": (
            "Court News",
            "2026-05-09",
            "Jurors convicted Alan Rusk, the former director of the port, on Thursday afternoon.\n\nProsecutor "
            'Claire Obi praised the investigators. "Alan Rusk sold the trust of this port to the highest bidder," '
            "Obi said.\n\nJudge Martin Hale thanked the jury and adjourned sentencing until July 3.",
        ),
        "04_radio.txt": (
            "Bay Radio",
            "2026-05-09",
            "Former port director Alan Rusk has been found guilty of six counts of bribery worth £1.6 million.\n\n"
            '"Alan Rusk sold the trust of this port to the highest bidder," the prosecutor said after the verdict.'
            "\n\nRusk will be sentenced in July.",
        ),
    }
    for name, (source, date, text) in articles.items():
        (tmp_path / name).write_text(f"source: {source}\ndate: {date}\n\n{text}\n")
    return tmp_path


@pytest.mark.parametrize("words", [60, 80])
def test_a_short_summary_opens_with_the_verdict_another_outlet_words(verdict, words):
    # The starting code looked for the lead's own claim, found none (another figure), and left the quote first.
    first = api.summarize(api.load([verdict]), words=words).summary.sentences[0]
    assert first.text.startswith("A jury on Thursday found former port director Alan Rusk guilty"), first.text


@pytest.mark.parametrize("words", [60, 80])
def test_select_names_a_chosen_line_as_its_lead(verdict, words):
    prepared = api._prepare(api.load([verdict]))
    selection = select(prepared.docs, SummaryOptions(words=words), prepared.terms)
    assert selection.lead in selection.sentences
    assert selection.lead.id == "02_post#0"


def test_a_summary_past_the_short_budgets_has_no_lead_line(verdict):
    prepared = api._prepare(api.load([verdict]))
    assert select(prepared.docs, SummaryOptions(words=120), prepared.terms).lead is None


def test_a_reworded_selection_keeps_its_lead_on_its_line(verdict):
    prepared = api._prepare(api.load([verdict]))
    selection = select(prepared.docs, SummaryOptions(words=60), prepared.terms)
    sentences = {s.id: s for doc in prepared.docs for s in doc.sentences}
    other_wording = [sentences["04_radio#0"] if s == selection.lead else s for s in selection]
    reworded = selection.reworded(other_wording)
    assert reworded.lead == sentences["04_radio#0"]
    assert list(reworded) == other_wording
    assert reworded == Selection(tuple(other_wording), sentences["04_radio#0"])
