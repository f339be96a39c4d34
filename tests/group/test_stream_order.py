"""A stream out of date order is grouped as given, and says so once."""

import dataclasses
import datetime as dt
import logging
import random

from storyweave.group import group_stream
from tests.group.conftest import make_article


def test_a_stream_out_of_date_order_warns_once_naming_the_first_step_back(stream, caplog):
    newest = stream[-1]
    stepped_back = dataclasses.replace(stream[0], id="late-old", date=newest.date - dt.timedelta(days=2))
    also_back = dataclasses.replace(stream[1], id="later-old", date=newest.date - dt.timedelta(days=3))
    with caplog.at_level(logging.WARNING, logger="storyweave.group"):
        assignments = group_stream([*stream, stepped_back, also_back])
    assert set(assignments) == {article.id for article in stream} | {"late-old", "later-old"}
    assert caplog.messages == [
        f"articles are not in date order (late-old of {stepped_back.date} after {newest.id} of {newest.date}):"
        " they are grouped in the order given; sort them by date for the stories `ingest` makes"
    ]


def test_a_stream_in_date_order_with_undated_articles_does_not_warn(stream, caplog):
    undated = dataclasses.replace(make_article("undated", "vote", 0, random.Random(1)), date=None)
    with caplog.at_level(logging.WARNING, logger="storyweave.group"):
        group_stream([*stream[:3], undated, *stream[3:]])
    assert caplog.messages == []
