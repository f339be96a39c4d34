"""Counts the grouper keeps for long: pickled in every checkpoint of a store."""

from __future__ import annotations

from collections import Counter
from typing import TypeVar

_Key = TypeVar("_Key")


class Counts(Counter[_Key]):
    """A :class:`~collections.Counter` that pickles by the C pickler, as any dict subclass does.

    ``Counter.__reduce__`` is Python code that first copies the counts into a
    dict; pickled so, a grouper's counts (seven per active story, a figure
    count per indexed article) took 35-55% of its checkpoint: a grouper of
    `bench/bench_stream.py`'s `synthetic_stream(20000, 7, 73)` (the 100k
    stream's density) pickled in 1.25-1.76 s, in 0.76-0.80 s by the C
    pickler (a scratch timing, three rounds in one process). The same counts
    load, in the same order.
    """

    __reduce__ = object.__reduce__
