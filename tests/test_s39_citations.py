"""Session 39's citation checks: a line names a weekday for each of its events ("goes on sale on Friday, with
pre-orders from Friday" is not carried by "..., and pre-orders open on Thursday"), and a timeline entry cites only
the outlets on its side of a conflict over a figure or time it shows (a landing's minute, a quake's magnitude)."""

import datetime as dt

from storyweave.align import align
from storyweave.crosscheck import build_timeline, find_conflicts
from storyweave.model import Article
from storyweave.segment import segment

TUESDAY = dt.date(2026, 6, 2)


def _docs(*texts: str) -> list:
    return [
        segment(Article(f"a{n}", text, source=f"Outlet {n}", date=TUESDAY)) for n, text in enumerate(texts)
    ]


def _cited(encoder, *texts: str) -> tuple[str, ...]:
    docs = _docs(*texts)
    return align(docs, encoder=encoder, centers=["a0#0"]).sources_of(docs[0].sentences[0])


PRE_ORDERS_FRIDAY = "The Vela phone goes on sale on Friday, with pre-orders from Friday."
PRE_ORDERS_THURSDAY = "The Vela phone goes on sale on Friday, and pre-orders open on Thursday."


def test_a_line_naming_a_day_twice_does_not_cite_an_outlet_giving_the_second_event_another_day(encoder):
    assert _cited(encoder, PRE_ORDERS_FRIDAY, PRE_ORDERS_THURSDAY, PRE_ORDERS_FRIDAY) == ("a0", "a2")


def test_an_outlet_naming_one_more_day_for_a_further_event_still_carries_the_line(encoder):
    # A guard: the outlet tells the line's Friday and a pre-order day the line says nothing of.
    assert _cited(encoder, "The Vela phone goes on sale on Friday.", PRE_ORDERS_THURSDAY) == ("a0", "a1")


SATURDAY = dt.date(2026, 3, 14)
LANDED_340 = "Meridian Airlines Flight 412 landed at 3:40 p.m. on Friday at Denver International Airport after an engine failed."
LANDED_355 = "Meridian Airlines Flight 412 landed at 3:55 p.m. on Friday in Denver after the crew shut down its left engine."
LANDED_340_AGAIN = "A Boeing 737 operated by Meridian Airlines landed at 3:40 p.m. on Friday in Denver after an engine failed."


def _timeline(encoder, *texts: str, date: dt.date = SATURDAY):
    docs = [segment(Article(f"a{n}", text, source=f"Outlet {n}", date=date)) for n, text in enumerate(texts)]
    return build_timeline(docs, encoder=encoder, conflicts=find_conflicts(docs))


def test_a_timeline_entry_showing_a_landing_time_does_not_cite_the_outlet_giving_another(encoder):
    (entry,) = _timeline(encoder, LANDED_340, LANDED_355, LANDED_340_AGAIN)
    assert "3:40 p.m." in entry.event
    assert entry.articles == ("a0", "a2")
    assert [evidence.sentence_id for evidence in entry.evidence] == ["a0#0", "a2#0"]


def test_a_timeline_entry_showing_a_magnitude_does_not_cite_the_outlet_giving_another(encoder):
    (entry,) = _timeline(
        encoder,
        "A magnitude 6.4 earthquake struck southern Tavara at 4:12 a.m. on Tuesday, the seismology institute said.",
        "A 6.4-magnitude earthquake shook southern Tavara at 4:12 a.m. on Tuesday.",
        "An earthquake of magnitude 6.1 struck southern Tavara at 4:12 a.m. on Tuesday, the USGS said.",
        date=dt.date(2026, 11, 3),
    )
    assert "6.4" in entry.event
    assert entry.articles == ("a0", "a1")


def test_an_entry_showing_no_disputed_time_cites_every_outlet_telling_its_event(encoder):
    # A guard: the shown clause says nothing of the landing's minute, which the outlets dispute.
    landed = "A Meridian Airlines jet with 162 people on board made an emergency landing at Denver International Airport on Friday after one of its engines failed."
    (entry,) = _timeline(encoder, landed, LANDED_355, LANDED_340_AGAIN)
    assert "3:" not in entry.event
    assert entry.articles == ("a0", "a1", "a2")
