"""Online story grouping: each article, in date order, joins a story or starts one.

An article is described by a sparse TF-IDF vector over the content stems of its
title and text plus its named entities (capitalised word sequences, a cheap
stand-in for NER); title words that name a format, not a story ("Live
updates", "News in brief"), get no title weight. Document frequencies are
counted online over the stream in a fixed-size hashed table, so an article's
vector depends only on what came before it and memory stays flat.

For each new article, ``StoryGrouper.add`` takes these steps:

1. A near-duplicate of an earlier article (``NearDuplicateIndex``) joins that
   article's story and changes nothing else. A copy joins as a duplicate, so a
   syndicated copy never counts as corroboration; a revision (a re-post whose
   figures changed) joins as an article of its own, so its figures are
   summarized and cross-checked; but one that tells another period (step 3)
   than a story begun days before is grouped as any article: the next
   quarter's earnings brief, written from the last one's text.
2. Candidate stories come from an inverted index over the top terms of the
   active stories. A story with no new article for ``stale_days`` (or pushed
   out by ``max_active`` fresher ones) leaves the index, so the work per
   article depends on how many stories are active, not on the history.
   A late article (a backfill, older than the newest date seen) is compared
   with the stories active around its own date: those gone stale since come
   back from their keeper (the store) for it, and leave again after it; its
   second chance (step 6), overdue already, comes at once, while they are back.
3. Each candidate is scored by its similarity to the article (a blend of the
   cosine to the story centroid and the mean cosine to the story's recent
   articles) minus a penalty in units of the stream's *background*: the median,
   over recent articles, of their similarity to their runner-up story. Topical
   streams (one country's politics) have a high background, diverse ones (world
   news) a low one, so one threshold fits both. The penalty grows with the days
   since the story's last article, on a time scale that widens with the story's
   own span: a story that has run for weeks tolerates gaps that would end a
   one-day story. A story whose recent articles use none of the article's
   names (the last word of each: "Okoro", "Ashford"; no dates) is no
   candidate: reports written from one template (a warehouse fire in one town,
   then in another; court briefs; weather) share every other word, and a
   stream of them made one story of three months. Look-alike events share
   the names too (the same town's fire chief at two fires a week apart,
   two trials before the same judge and prosecutor), so two more tests ask
   for what tells them apart. An article that denies a link to an earlier
   event ("no link to last week's warehouse fire on Canal Street") is no
   candidate for that event's story, and the two stay apart from then on (as
   an editor's move keeps them, below). And a story that began five days or
   more before the article is no candidate when its recent articles never use
   the name the article mentions most while the article never names the one
   its members mention most (the defendant of a trial), or when both tell
   scores or codes in their titles and leads, or periods (a title's month,
   quarter or half-year, a lead's told with a figure), and none of one kind
   is shared ("2-1" and "0-0": one team's two matches; flights "SK412" and
   "SK218"; "jobs in March" and "in April"; "142,000 jobs in September", then
   "187,000 in October"; each quarter's earnings); an article like two such
   stories does not merge them (step 5). Nor is it one when the article's
   title names, as its most-mentioned, a name the story never uses while the
   story's most-mentioned name is not among the article's, unless the title
   opens with one the story uses (a council's vote on "Harlan Avenue" a week
   after its vote on rent, which it recalls in passing; "Storm Fergus" after
   "Storm Elin"; but "Varga tells jury he was in Croydon"); or when the
   article never names a name word that most of the story's titles use (a
   drug trial at the court of a murder trial whose titles name the victim).
   That last test is asked of a story of any age when the article's title
   names a subject too, which the story never uses: each names its own (a
   drug's approval two days after another company's drug trial). So is a
   story of any age for an article whose headline opens with a name the
   story never uses while its most-mentioned names are not the story's
   ("Madrid metro drivers to strike", which names in passing Lisbon's metro
   strike of the day before).
   A story told in another language than the article (most of its members
   in German, the article in English) shares few of its words, whatever the
   event: it is scored by the *marks* the two share, their names and figures
   as any language writes them (:mod:`storyweave.group.marks`: "Reiß" and
   "Reiss", "210 Millionen" and "210 million"), when these weigh more than
   the words, and it is no candidate when they are too few and none of its
   members is in the article's language (a figure alone: "600 Flüge", "600,000
   deaths"). Such stories are looked up by the article's rarest names too, as
   its words may find none. An English stream never meets one.
4. The article joins the best story when the score reaches ``threshold``.
   Otherwise it may be a late follow-up of a retired story (a verdict months
   after the crime): the grouper keeps the words, most-mentioned names and
   anchors of the latest ``archived_stories`` retired stories, and takes back
   the one most similar to the article, if the article names its
   most-mentioned name, reaches ``revive_threshold`` cosine to its words,
   tells no other anchors and denies no link to it, and the story has slept
   no longer than ``revive_days``; a story of one article only when no story
   of more qualifies. Else the article starts a new story.
5. Every other candidate the article matches at ``merge_threshold`` or above is
   merged into the same story: the article bridges them. The older story's id
   survives.
6. A story still made of one article ``second_chance_days`` after it started
   gets one second chance. The stories it may merge into are the active ones
   with an article within that many days of it whose similarity to its article
   reaches ``second_chance_threshold``; of these it merges into the one that
   step 3 would score highest, so the same background-and-gap penalty that
   decides a join also picks the partner, and a story from the article's own
   days beats a slightly more similar one from days before. Outlets that cover
   an event do so within days; an article that found no company by then was
   most often split off its story by the time penalty or by wording its own.
   The second chance does not ask for a name in common: a lone article is
   often a piece of its story that names other people (asking cost 0.008
   B-cubed F1 on the AllSides dev set). It does not merge a story of one
   article that tells other scores or codes than a story begun days before
   repeats (a team's next match, reported once). A lone article that finds
   no such story in its own days may follow up an older one, weeks quiet (a
   hurricane's toll counted three weeks on, an election's runoff): it merges
   into the older story most like it when it names that story's
   most-mentioned name and its similarity reaches ``older_partner_threshold``,
   the late follow-up's bar of step 4 without the time penalty.
"""

from __future__ import annotations

import datetime as dt
import heapq
import itertools
import logging
import math
import operator
import re
import statistics
import zlib
from array import array
from collections import Counter, OrderedDict, deque
from collections.abc import Callable, Collection, Container, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import NamedTuple, Protocol

import numpy as np

from storyweave.clean import debris_reason, glued_credit_length, is_caption
from storyweave.embed.terms import STOP_WORDS, stem, tokens
from storyweave.group.counts import Counts
from storyweave.group.dedup import NearDuplicateIndex, VersionSketch, sketch_version, stream_date
from storyweave.group.marks import marks
from storyweave.language import ENGLISH, prose_language, stop_words
from storyweave.model import Article, Story, copy_only_sources
from storyweave.segment import dateline_length, segment

logger = logging.getLogger(__name__)

# A run of capitalised words, which may hold a linking word ("Bank of England", "Osama bin Laden"). A
# period belongs to a word only in initials ("U.S.") and titles ("Gen."), so a run never crosses a
# sentence end ("... of England. The Taliban"), nor a paragraph end (below).
_TITLES = (
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Gen",
    "Gov",
    "Sen",
    "Rep",
    "Lt",
    "Col",
    "Sgt",
    "Capt",
    "Prof",
    "St",
    "Rev",
)
_WORD = rf"(?:(?:{'|'.join(_TITLES)})\.|(?:[A-Z]\.){{2,}}|[A-Z][\w'’\-]*)"


def _entity_run(gap: str) -> re.Pattern[str]:
    """A run of capitalised words whose words (and linking word) are apart by a ``gap`` of whitespace."""
    # Every word starts with a capital; the lookahead says so first, so that a position without one fails
    # at one test rather than after trying each alternative (a third of the time of finding the runs).
    return re.compile(rf"(?=[A-Z]){_WORD}(?:{gap}(?:(?:of|de|da|la|van|von|bin|al|the){gap})?{_WORD})*")


# Text as storyweave.ingest gives it has one paragraph per line: a line break ends a paragraph, often
# after a line with no full stop (a subhead, a caption: "... rival Airbus\nThe EU and US agreed"), and a
# run stays on its line. Raw text may have its paragraphs apart by blank lines and wrapped at a fixed
# width, where a single line break is a wrap inside a paragraph, which a run crosses ("Hosni\nMubarak").
_ENTITY_RUN_IN_LINE = _entity_run(r"[^\S\n]+")
_ENTITY_RUN_IN_PARAGRAPH = _entity_run(r"(?:[^\S\n]+\n?|\n)[^\S\n]*")
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_TITLE_WORDS = frozenset(title.lower() + "." for title in _TITLES)
# What precedes a word that starts a sentence (its capital says nothing about it being a name).
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]['\"’”]?\s+|\n\s*|_\s+|(?:^|\s)['\"‘“])$")
# Chinese and Japanese end a sentence with 。！？ and no space after it. A quotation's own full stop
# (「…。」と語った, “…。”他说) ends the sentence only where a space or the text's end follows the quote.
# A first line of five words or fewer and no full stop is a line of its own, not the start of its sentence (QA:
# "Lead story A wildfire near…"): a headline left in the text, or a label ("Lead story", which the plain-text
# reader keeps as text, a headline having three words or more, and headline() passes over); a longer line may be a
# hard-wrapped sentence's first. (Possessive: a word split every way it can be before the match fails cost 0.1 ms
# a headline, 8% of a stream's grouping.)
_FIRST_SENTENCE = re.compile(
    r"(?:[^\s.!?。！？]++[^\S\n]*+){1,5}(?=\n)|.+?(?:[.!?](?=\s|$)|[。！？][」』”）]*(?=\s|$)|[。！？](?![」』”）]))|.+",
    re.DOTALL,
)
# An untitled article's name is its first sentence whole up to _HEADLINE_CHARS, the longest title of the dev
# sets (AllSides clustering: 140); a longer sentence is cut to its opening clause (see _shortened). Of the 110
# untitled dev clusters' names (DUC 2003, AllSides, MultiLing, Multi-News), 72 are cut at 140, where 81 were
# cut at 120 mid-clause.
_HEADLINE_CHARS = 140
# Where a clause of a long sentence may end: before a comma, semicolon or dash, or before a word opening
# another clause ("... backed Spanish requests to question former Chilean dictator Gen. Augusto Pinochet, who
# ..."), but not after a preposition ("the lone survivor of a massacre in which ...").
_CLAUSE_END = re.compile(
    r"(?=[,;:] | [—–-]+ )|(?<! in)(?<! of)(?<! to)(?<! by)(?<! for)(?<! with)"
    r"(?= (?:that|which|who|whose|where|when|while|after|before|as|because|since|despite"
    r"|following|amid|until|but|though|although|if|so) )"
)
# The shortest clause a long sentence is cut to: a shorter one reads as a fragment ("In 1992, ...").
_SHORTEST_CLAUSE = 60
# The opening sentences an untitled article's name is looked for in: the first that reads as prose (see
# _is_prose_sentence), else the first. Page furniture stacks up over a story: a video's caption, its credit, a
# photo's caption and its credit ("CLOSE Actor Tom Sizemore is accused ... Buzz60 / 'The Hollywood Reporter'
# says actor Tom Sizemore, seen here in 2014, ... (Photo: ...)", Multi-News dev). Of the 110 untitled dev
# clusters' report titles, 3 / 4 / 5 / 6 sentences leave 6 / 3 / 1 / 0 named by such furniture (session 41).
_OPENING_SENTENCES = 6
# What no story is named by, beyond the page debris cleaning knows (clean.debris_reason): a label of three words
# or fewer with no full stop ("How to help ...", "Lead story"); a sentence ending at an ellipsis is no full stop.
_LABEL_WORDS = 3
_ANY_WORD = re.compile(r"\w")
_SENTENCE_ENDS = ".!?。！？"
_CLOSING_MARKS = "」』”’\"')）"
# ... a web or e-mail address ("Help end this abuse: http://cok.net/tyson."), and a page speaking to its reader:
# a 404 page's "Please check the URL for proper spelling and capitalization.", a share form's "Thank you for your
# interest in spreading the word about Science.", a video player's "Embed <title> 1:04 autoplay autoplay Copy this
# code to your website or blog". News opens with neither request nor thanks unless it quotes them.
_WEB_ADDRESS = re.compile(r"https?://|www\.|\w@\w[\w-]*\.\w")
_READER_PROMPT = re.compile(r"(?:please|thank you)\b", re.IGNORECASE)
# A request or thanks about the page itself opens a page that is no article: a 404 page, a share form (see headline).
# Not a tweet's "Please study this quote from Lincoln's inaugural, @ realDonaldTrump." (Multi-News dev).
_PAGE_NOTICE = re.compile(
    r"(?:please|thank you)\b[^.!?]{0,80}?\b(?:url|page|site|link|browser|e-?mail|interest)\b", re.IGNORECASE
)
# CNN's "Story highlights" over its story: lines with no full stop ("Story highlights NASA says the space
# station and crew were never in any danger\nA cooling pump shut down ...\nNASA scaled back operations ..."),
# 5 of Multi-News' dev articles. The story begins at the first line that ends a sentence.
_STORY_HIGHLIGHTS = re.compile(r"(?-i:Story highlights)\b(?:[^\n]*+(?<![.!?\"”’])\n)+")
# The text the segmenter reads for an untitled article's first sentence (see headline): room for a sentence past
# _HEADLINE_CHARS to end.
_HEADLINE_SCAN_CHARS = 400
# A last word that may be an abbreviation's full stop rather than the sentence's: a capital and up to four letters
# ("Gen.", "Sept.", "Corp.", "Calif.") or initials ("U.S.", "F.W."). Only these are given to the segmenter, which
# cost 6% of ingesting TDT's untitled dev feed when asked of every sentence ending in a full stop.
_ABBREVIATION_LIKE = re.compile(r"(?:^|\s)(?:[A-Z][a-z]{0,4}\.|(?:[A-Za-z]\.){2,})$")
# A retired story's words kept for a late follow-up, the latest retired stories looked up per name, and the
# stories a late article is compared with (those it names most often): the late look-up costs a few dot
# products. `python bench/bench_lookalikes.py --late`: 8 / 16 / 32 per name, all compared, took back 70 / 77 / 80
# of AllSides' 186 late articles to their stories (6-8 to others); 16, the 8 most named compared, 69 at 40% less CPU.
_RETIRED_TERMS = 30
_RETIRED_PER_NAME = 16
_RETIRED_LOOKS = 8
# Articles whose counted parts (_CountedParts) a grouper that forgets stale stories keeps, the latest read: a late
# follow-up brings back a forgotten story counted from its members nearest the article (_restored), which were read
# once already and cost a full read again (1,357 reads, 22 s of 190 s profiled in articles 60,000-65,000 of `python
# bench/bench_stream.py --n 70000`, none before stories retire). About 1 kB an article.
_COUNTED_ARTICLES = 100_000
# 2^20 hashed term slots: 4 MB of counts; two news terms share a slot rarely enough not to matter.
_HASH_BITS = 20
# 2^18 slots for marks (names and figures), far fewer than terms: 1 MB of counts.
_MARK_HASH_BITS = 18
_MARK_SLOTS = (1 << _MARK_HASH_BITS) - 1
_ENTITY_PREFIX = "@"
# Title words that name a format or a section, not a story ("Live updates", "News in brief", "Markets wrap").
# The title weight would let them decide a join, and early in a stream the document frequencies cannot yet
# tell them common: two unrelated articles both titled "Live updates" made one story. The words are the
# labels of live pages, briefs, wraps and galleries; TDT has no titles, and on the AllSides dev set the list
# changed B-cubed F1 by +0.001.
_GENERIC_TITLE_WORDS = frozenset(
    map(
        stem,
        "live updates latest news brief briefs breaking today wrap roundup recap digest bulletin headlines"
        " daily weekly video photos".split(),
    )
)
# Dates, not names: events a week apart fall on the same weekday.
_MONTHS = "january february march april may june july august september october november december".split()
_CALENDAR_WORDS = frozenset(
    [
        *"monday tuesday wednesday thursday friday saturday sunday".split(),
        *_MONTHS,
        *"jan feb mar apr jun jul aug sep sept oct nov dec".split(),
    ]
)
# A denied link to an earlier event: "Whitlock said there was no link to last week's warehouse fire on Canal
# Street", "the capsize was unrelated to last week's sinking of the Sea Lark". The article is about another
# event than the one it names; look-alike events (the same town's fire chief, the same court's judge) share
# every name but that one (QA). The link word is found first (a search that starts with a letter costs a fifth
# of one that starts at every "no"), then the denial just before it ("no", "any", "not", "un-"); "separate
# from" and "nothing to do with" deny by themselves (QA11: "The strike is unrelated to the French and German
# walkouts this week", "has nothing to do with"). The event named runs to the next comma or sentence end, or
# through a clause that describes it (", which has forced thousands from their homes this week"), and must
# point back ("last week's", "Wednesday's", "earlier", "this week"): a denial with no time in it ("denied
# any links to criminal gangs", "nothing to do with her vote to impeach", the only kinds on the dev sets) is
# about the article's own event.
_LINK_TO = re.compile(
    r"(?:(?:links?|connections?|linked|connected|related) (?:to|with)|(?P<denying>separate from|nothing to do with)) "
)
_DENIAL_BEFORE = re.compile(r"(?:^|\W)(?:no |any |not |un)$")
_DENIED_EVENT = re.compile(r"[^.;:!?,\n]+(?:, (?:which|that|where|when) [^.;:!?,\n]+)?")
_BACK_REFERENCE = re.compile(
    r"\b(?:last|earlier|previous|prior|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day|this (?:week|month))\b",
    re.IGNORECASE,
)
# Words of a denied event's time, not of the event ("last week's", "a month ago").
_TIME_WORDS = frozenset(
    map(stem, "last week weeks month months year years earlier previous prior yesterday ago day days".split())
) | frozenset(map(stem, _CALENDAR_WORDS))


# What identifies one event among look-alikes, in an article's title and lead: a score or a vote ("2-1", "6–3"; not a
# range of a unit, "3-4 weeks") and a code of letters and digits (flight "SK412", road "I-95", model "F-15s"). One
# team's two matches, one airline's two diverted flights, one court's two rulings share every name but tell these
# apart, and a follow-up repeats its event's. Read in the first ``_LEAD_WORDS`` words, where news tells its event.
_ANCHOR = re.compile(
    r"(?<![\w\-.,])(?:\d{1,2}[-–]\d{1,2}(?![-–]?\s*(?:year|month|week|day|hour|minute|yard|metre|meter|foot|feet|mile"
    r"|point|seat|percent)s?\b)|[A-Z]{1,3}-?\d{2,5}[A-Z]?s?)(?![\w\-–])"
)
_LEAD_WORDS = 60
_ANCHOR_PREFIX = "#"
# The period an article tells its event by, one of a recurring release's (each month's jobs report, inflation
# figures or poll, each quarter's or half-year's earnings): these share every name and word with the last one but the
# period and the figures (QA9: two jobs reports 35 days apart made one story), while a follow-up (a revision a week
# later, "September payrolls were revised to 150,000") names the same. A month counts after a preposition ("jobs in
# April"), at the end of a span ("in the three months to September", "the 12 months through May"), by a day ("June
# 16", "6 January attack") or before a release's noun ("October payrolls"); a quarter as "third-quarter" or "Q3"; a
# half as "first-half" or "H1" before results' noun or a year ("first-half profit", "H2 pre-tax profit", "first half of
# 2026"; not a match's "first half"). A month word with none of these is passed over: "Theresa May", "Recount May
# Violate", "Thousands March". A title's period counts as it is; a lead's (:func:`_period`) only with a figure near,
# and never a day (a lead dates its own news, "on March 3").
_QUARTERS = "first second third fourth".split()
# A month's name or its abbreviation as AP and wire headlines write it ("Sept.", "Oct", "Jan."): not "Mar", "Jun" and
# "Jul", nor "Jan" without its point, which are words and names too ("Storms Mar Sales", "from Jan Novak").
_MONTH_ABBREVIATIONS = {
    "Jan": "january",
    "Feb": "february",
    "Apr": "april",
    "Aug": "august",
    "Sep": "september",
    "Sept": "september",
    "Oct": "october",
    "Nov": "november",
    "Dec": "december",
}
_MONTH_WORD = (
    rf"(?:(?:{'|'.join(month.title() for month in _MONTHS)})\b"
    rf"|Jan\.|(?:{'|'.join(abbreviation for abbreviation in _MONTH_ABBREVIATIONS if abbreviation != 'Jan')})\b\.?+)"
)
_RESULTS_NOUN = r"(?:profits?|earnings|results|revenues?|sales|loss(?:es)?|growth)"
_PERIOD = re.compile(
    rf"(?:\b(?i:in|of|for|during|since|by|until|from|last|this|next|early|late)\s+|\bmid-)(?P<month>{_MONTH_WORD})"
    rf"(?!\s+\d{{1,2}}\b)"
    rf"|\b(?i:months?|quarter|year|weeks) (?i:to|through|ending|ended) (?P<through>{_MONTH_WORD})"
    rf"|\b(?P<release>{_MONTH_WORD})(?:['’]s)? (?:payrolls|jobs|inflation|consumer|retail|sales|trade|poll|survey"
    rf"|figures|data)\b"
    rf"|\b(?P<dated>{_MONTH_WORD})\s+\d{{1,2}}\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?P<dated_after>{_MONTH_WORD})"
    rf"|\b(?P<quarter>(?i:{'|'.join(_QUARTERS)}))[- ](?i:quarter)\b|\bQ(?P<quarter_number>[1-4])\b"
    rf"|(?:\b(?P<half>(?i:first|second))[- ](?i:half)|\bH(?P<half_number>[12]))"
    rf"(?=(?i: of (?:the |its )?(?:year|financial year|fiscal year|20\d\d)\b|(?: [\w-]+)? {_RESULTS_NOUN}\b| 20\d\d\b))"
)
# A word every period holds (a month, "quarter", "Quarter", "QUARTER", "half"), looked for first: plain words, which
# the regex engine scans for fastest (a word boundary or a class in them tripled the scan's time).
_PERIOD_WORD = re.compile(
    rf"{'|'.join(month.title() for month in _MONTHS)}|{'|'.join(_MONTH_ABBREVIATIONS)}"
    r"|uarter|UARTER|Q[1-4]|H[12]|half|Half"
)
# A figure: a percentage, an amount of money, thousands ("266K") or millions, a number with a thousands separator
# (not a year, not a day).
_FIGURE = re.compile(
    r"[$£€]\s?\d|\d(?:[\d,.]*\d)?\s?(?:%|(?:percent|per cent|million|billion|trillion|bn|m|[kK])\b)|\b\d{1,3}(?:,\d{3})+\b"
)
# Words from a lead's period to its figure: a release tells them together ("rose 0.8% in September", "leads with 31%
# in the Civic Pulse poll for October": 7); a deal "to complete in March", 19 words after its "£4.6 billion", is no
# release's (a held-out feed of recurring releases; tests/group/test_s26_releases.py pins both).
_FIGURE_WORDS = 8
# A paragraph's end or a sentence's (not the point of "4.3%").
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+|\n")


def _anchors(title: str, text: str) -> frozenset[int]:
    """The scores and codes of an article's title and lead (``_ANCHOR``) and its period (:func:`_period`), as term ids.

    A period's id is one of ``_PERIOD_ANCHORS``.
    """
    head = _head(text, _LEAD_WORDS)
    anchors = {
        _term_id(_ANCHOR_PREFIX + anchor.replace("–", "-").lower())
        for anchor in _ANCHOR.findall(f"{title}\n{head}")
    }
    # An all-caps headline ("US ADDS 175,000 JOBS IN OCTOBER") is read for its period as if it were in title case.
    period = _period(title.title() if title.isupper() else title, head)
    if period:
        anchors.add(_term_id(_ANCHOR_PREFIX + period))
    return frozenset(anchors)


def _period(title: str, lead: str) -> str | None:
    """The period (``_PERIOD``) an article's title names first, else the first its lead names with a figure near.

    As "september" or "q3". The first only: a release names its own period
    before the one before ("up from 2.9% in August", "September's figure was
    revised"). A lead's needs a figure within ``_FIGURE_WORDS`` words of its
    sentence: other news names past months without one ("arrested at the
    port in June", a trial's second week; a held-out feed of recurring
    releases, tests/group/test_s26_releases.py).
    """
    if not _PERIOD_WORD.search(title) and not _PERIOD_WORD.search(lead):
        # Most articles: one scan for the words takes a sixth of the time of a scan for the whole pattern.
        return None
    found = _PERIOD.search(title)
    if found:
        return _period_name(found)
    for found in _PERIOD.finditer(lead):
        if found["dated"] or found["dated_after"]:
            continue
        before = _SENTENCE_BREAK.split(lead[: found.start()])[-1].split()[-_FIGURE_WORDS:]
        after = _SENTENCE_BREAK.split(lead[found.end() :], maxsplit=1)[0].split()[:_FIGURE_WORDS]
        if _FIGURE.search(" ".join(before + after)):
            return _period_name(found)
    return None


def _period_name(found: re.Match[str]) -> str:
    """A ``_PERIOD`` match's period: its month ("september"), its quarter ("q3") or its half ("h1")."""
    if found["quarter"]:
        return f"q{_QUARTERS.index(found['quarter'].lower()) + 1}"
    if found["quarter_number"]:
        return f"q{found['quarter_number']}"
    if found["half"]:
        return f"h{_QUARTERS.index(found['half'].lower()) + 1}"
    if found["half_number"]:
        return f"h{found['half_number']}"
    month = found["month"] or found["through"] or found["release"] or found["dated"] or found["dated_after"]
    return _MONTH_ABBREVIATIONS.get(month.rstrip("."), month).lower()


def entities(text: str) -> list[str]:
    """Capitalised word sequences of ``text``, lowercased: a cheap named-entity proxy.

    Leading stop words are dropped ("The Taliban" -> "taliban") and a single
    capitalised word that starts a sentence is skipped ("Officials said ...").
    A sequence never spans a paragraph end: a line break, or in a text whose
    paragraphs are apart by blank lines (hard-wrapped), a blank line.

    Example:
        >>> entities("Officials said Gen. Hosni Mubarak met the Bank of England. The U.S. Embassy agreed.")
        ['hosni mubarak', 'bank of england', 'u.s. embassy']
    """
    return _entities(text)[0]


def _entities(text: str, stop: Container[str] = STOP_WORDS) -> tuple[list[str], list[str]]:
    """:func:`entities` of ``text``, and the single capitalised words it skipped at a sentence's start, lowercased.

    A skipped word is a name when the text names it elsewhere ("Varga, who denies ..." after "Luka Varga").
    ``stop`` are the stop words of the text's language, dropped from a run's start ("Die Bahn" -> "bahn").
    """
    found = []
    sentence_starts = []
    runs = _ENTITY_RUN_IN_PARAGRAPH if _BLANK_LINE.search(text) else _ENTITY_RUN_IN_LINE
    for match in runs.finditer(text):
        words = match.group().split()
        if len(words) == 1 and _SENTENCE_START.search(text[max(0, match.start() - 4) : match.start()]):
            sentence_starts.append(words[0].lower())
            continue
        while words and (words[0].lower() in _TITLE_WORDS or words[0].lower() in stop):
            words.pop(0)
        if not words:
            continue
        found.append(" ".join(words).lower())
    return found, sentence_starts


def _title_names(
    in_title: Sequence[str], title_starts: Sequence[str], in_text: Sequence[str]
) -> frozenset[int]:
    """The words of a title's names (``in_title``), as term ids: each word, not only the last.

    A word the title opens with, which :func:`_entities` skips, is a name's
    word when a name of the text has it: "Norvik shares fall" after "Norvik
    Motors", but not "Rent cap approved". Words of one or two letters, stop
    words, words with a digit and dates are none.

    Example:
        >>> names = _title_names(["leah morton"], ["baines"], ["connor baines", "ashford crown court"])
        >>> names == {_term_id(stem(word)) for word in ("leah", "morton", "baines")}
        True
    """
    in_text_words = set(_name_words(in_text))
    words = set(_name_words(in_title))
    words.update(word for word in _name_words(title_starts) if word in in_text_words)
    return frozenset(_term_id(stem(word)) for word in words)


def _name_words(names: Iterable[str]) -> Iterator[str]:
    """The words of these names that may tell one name from another: no stop words, dates, digits or short ones."""
    for name in names:
        for word in tokens(name):
            if len(word) > 2 and word.isalpha() and word not in STOP_WORDS and word not in _CALENDAR_WORDS:
                yield word


def _most_hit(hits: Counter[int], count: int) -> list[int]:
    """The ``count`` keys of the most hits, of equal hits the smallest first.

    As ``heapq.nsmallest(count, hits.items(), key=lambda hit: (-hit[1], hit[0]))``, whose key ran in Python for each
    of the hundreds of stories a late article's names hit: here the hit counts are sorted in C, and only the keys
    reaching the ``count``-th most are ranked.
    """
    least = sorted(hits.values(), reverse=True)[count - 1] if len(hits) > count else 0
    return [key for _, key in sorted((-hit, key) for key, hit in hits.items() if hit >= least)[:count]]


def _most_counted(counts: Counter[int]) -> frozenset[int]:
    """The keys of the highest count (ties: all of them); none for no counts."""
    most = max(counts.values(), default=0)
    return frozenset(key for key, count in counts.items() if count == most)


@lru_cache(maxsize=100_000)
def _name_term(name: str, stop: frozenset[str] = STOP_WORDS) -> int | None:
    """The term id of a name's last word (a surname, a place, "England" of "Bank of England"), if any.

    That is a word the article's vector counts for the name, so a story whose
    recent vectors hold none of an article's name words has not used any of
    its names lately. Words of one or two letters ("AP", the "s" of
    "Khamenei's"), dates ("Tehran Friday") and the ``stop`` words of the
    name's language are passed over. (Cached: a stream names the same
    people and places again and again.)
    """
    for word in reversed(tokens(name)):
        if len(word) > 2 and word not in stop and word not in _CALENDAR_WORDS:
            return _term_id(stem(word))
    return None


def headline(article: Article) -> str | None:
    """The article's title, else the first of its opening sentences that reads as prose, without a dateline.

    A section label ("NATIONAL FORECAST"), a web prompt or a photo credit before the story's first sentence is
    passed over (:func:`_is_prose_sentence`); when none of the first ``_OPENING_SENTENCES`` reads as prose, the
    first is taken. A sentence longer than ``_HEADLINE_CHARS`` is cut at a word. None for an empty text, and for
    a web page that opens by asking or thanking its reader ("Please check the URL ..."): a story takes its name
    from another of its articles.
    """
    if article.title:
        return article.title
    text = article.text.strip()
    start = dateline_length(text)
    highlights = _STORY_HIGHLIGHTS.match(text, start)
    if highlights:
        start = highlights.end() + dateline_length(text[highlights.end() :])
    first: str | None = None
    for _ in range(_OPENING_SENTENCES):
        found = _sentence_at(article.id, text, start)
        if found is None:
            break
        sentence, end = found
        sentence = sentence[glued_credit_length(sentence) :]
        if first is None and _PAGE_NOTICE.match(sentence):
            # A web page's notice to its reader, not an article: a 404 page ("Please check the URL for proper
            # spelling and capitalization. If you're having trouble locating a destination on Yahoo!, ..."), a
            # share form ("Thank you for your interest in spreading the word about Science. NOTE: We only request
            # your email address ..."). Its next sentences are the page's too: it names no story.
            return None
        if _is_prose_sentence(sentence):
            return _shortened(sentence)
        first = first or sentence
        # A line with no full stop runs into the sentence below it ("Embed <video title> ... Copy this code to your
        # website or blog" over "A problem with one of the International Space Station's cooling systems ..."):
        # the next sentence is looked for on the next line.
        line_break = text.find("\n", start, end)
        start = end if line_break == -1 else line_break + 1
        # A dateline opens the story below the page's furniture too: "PHOENIX (AP) — A judge ..." under a
        # photo's caption (Multi-News dev).
        start += dateline_length(text[start : start + _HEADLINE_SCAN_CHARS])
    return _shortened(first) if first else None


def _sentence_at(article_id: str, text: str, start: int) -> tuple[str, int] | None:
    """The sentence of ``text`` that starts at ``start`` (its whitespace runs made single spaces), and where the
    next one starts; None past the text's end."""
    found = _FIRST_SENTENCE.match(text, start)
    if not found or not found.group().strip():
        return None
    sentence, end = found.group(), found.end()
    if _ABBREVIATION_LIKE.search(sentence):
        # A full stop before a space may be an abbreviation's: "former Chilean dictator Gen." and "the bombing of a
        # U.S." were the headlines of 44 of DUC 2003's 274 dev articles (QA s39 surface #6). The segmenter, as the
        # report reads the text (its lines joined: a hard-wrapped sentence runs on), runs on past those; where it
        # ends the sentence later, its end is taken. About 55 µs more for such an article.
        window = text[start : start + _HEADLINE_SCAN_CHARS]
        segmented = segment(Article(article_id, " ".join(window.split()))).sentences
        if segmented and len(segmented[0].text) > len(" ".join(sentence.split())):
            sentence = segmented[0].text
            # Its words are the window's first ones, one for one.
            end = start + len(_head(window, len(sentence.split())))
    while end < len(text) and text[end].isspace():
        end += 1
    return " ".join(sentence.split()), end


def _is_prose_sentence(sentence: str) -> bool:
    """Whether a sentence may name a story: not page debris (cleaning's, :func:`storyweave.clean.debris_reason`),
    not all capitals where its script has case ("SINGER SCANDAL"), not a bare label, no web address or prompt,
    no photo's caption (:func:`storyweave.clean.is_caption`)."""
    lowered = sentence.lower()
    if sentence == sentence.upper() != lowered:
        return False
    end = sentence.rstrip(_CLOSING_MARKS)
    ends_with_full_stop = bool(end) and end[-1] in _SENTENCE_ENDS and not end.endswith("..")
    if not ends_with_full_stop and _words_in(sentence) <= _LABEL_WORDS:
        return False
    if _READER_PROMPT.match(sentence) or "copy this code" in lowered or is_caption(sentence):
        return False
    # A cheap sign first: the search for an address scans the sentence (2.5 µs), and most hold none.
    has_address = ("/" in sentence or "www." in sentence or "@" in sentence) and _WEB_ADDRESS.search(sentence)
    return not has_address and debris_reason(sentence) is None


def _words_in(sentence: str) -> int:
    """How many of the sentence's first ``2 * _LABEL_WORDS`` words hold a letter or digit ("How to help ..." has
    three): enough to tell a label."""
    words = sentence.split(maxsplit=2 * _LABEL_WORDS)[: 2 * _LABEL_WORDS]
    return sum(1 for word in words if _ANY_WORD.search(word))


def _shortened(sentence: str) -> str:
    """``sentence``, or when it is longer than ``_HEADLINE_CHARS``, its opening clause with "…": cut at the
    last clause end (:data:`_CLAUSE_END`) that leaves ``_SHORTEST_CLAUSE`` characters or more and fits, else
    at the last word that fits (a text without spaces, as Chinese is written, at a character)."""
    if len(sentence) <= _HEADLINE_CHARS:
        return sentence
    room = sentence[:_HEADLINE_CHARS]
    clause_ends = [end.start() for end in _CLAUSE_END.finditer(room) if end.start() >= _SHORTEST_CLAUSE]
    word_cut = room.rsplit(" ", 1)[0] if " " in room else room[:-1]
    cut = room[: clause_ends[-1]] if clause_ends else word_cut
    return cut.rstrip(" ,;:-—–") + "…"


def _headline_rank(is_title: bool, date: dt.date | None) -> tuple[bool, bool, dt.date]:
    """Orders the headlines a story's members offer, best first: a title, then the earliest dated.

    The first report names the story, whatever order its articles were read in: a story's headline is the
    same when a late article (a back-fill, a folder read in name order) is its earliest. Of equals, the
    first offered stays.
    """
    return (not is_title, date is None, date or dt.date.min)


def _head(text: str, words: int) -> str:
    """The text before its ``words``-th run of whitespace (whitespace kept); news puts what matters first."""
    before = _before_space_run(words).match(text)
    return text[: before.end()] if before else text


@lru_cache(maxsize=8)
def _before_space_run(runs: int) -> re.Pattern[str]:
    """Matches a text up to its ``runs``-th run of whitespace, or to its end when it has ``runs - 1``.

    One scan in C; the possessive quantifiers take each run whole and never backtrack.
    """
    return re.compile(rf"(?:\S*+\s++){{{runs - 1}}}\S*+")


def _content_stems(text: str, stop: Container[str] = STOP_WORDS) -> Iterator[str]:
    """The stems of ``text``'s words but its ``stop`` words, in order: :func:`~storyweave.embed.terms.content_stems`.

    Without the bigram concepts that one also builds, which the grouper does not use (they cost a tenth of
    an article's grouping).
    """
    return map(stem, itertools.filterfalse(stop.__contains__, tokens(text)))


def _term_id(term: str) -> int:
    """A stable hashed id for a term (crc32, because Python's hash() changes between runs)."""
    return zlib.crc32(term.encode()) & ((1 << _HASH_BITS) - 1)


# A period (:func:`_anchors`) is one kind of anchor, scores and codes another: only two of one kind tell events apart
# (:func:`_other_anchors`).
_PERIOD_ANCHORS = frozenset(
    _term_id(_ANCHOR_PREFIX + period)
    for period in [*_MONTHS, *(f"q{number}" for number in range(1, 5)), "h1", "h2"]
)


def _dot(a: dict[int, float], b: dict[int, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    # The products in the order of ``a``, summed as a generator would, but in C: the grouper's hottest loop.
    return sum(map(operator.mul, a.values(), map(b.get, a, itertools.repeat(0.0))))


def _days_apart(date: dt.date, first: dt.date | None, last: dt.date | None) -> int:
    """Days between ``date`` and the nearest article of a story of these dates (0: within them, or undated).

    An article in date order is never before a story's first article; a late one may be.
    """
    if first is None or last is None:
        return 0
    return max((date - last).days, (first - date).days, 0)


def _slept_beyond(last: dt.date | None, date: dt.date | None, days: int) -> bool:
    """Whether a story last told on ``last`` has slept over ``days`` by ``date`` (undated: it has not)."""
    return last is not None and date is not None and (date - last).days > days


def _stale(story: _StoryState, cutoff: dt.date | None) -> bool:
    """Whether the story's last article is dated before ``cutoff`` (:meth:`StoryGrouper._active_since`)."""
    return cutoff is not None and story.last_date is not None and story.last_date < cutoff


def _link(vector: dict[int, float], story: _StoryState) -> float:
    """Mean cosine of a unit vector to the story's recent articles."""
    return _dot(vector, story.recent_sum) / len(story.recent)


def _other_anchors(story: Collection[int], anchors: Iterable[int], told: Iterable[int] | None = None) -> bool:
    """Whether a story's anchors and an article's (:func:`_anchors`) of one kind are both told and none is shared.

    Then the two are look-alike events: another match of the same team,
    another flight of the same airline, the next month's jobs report. The
    kinds are periods (``_PERIOD_ANCHORS``) and scores and codes, each weighed
    apart: a story of a flight code and an article of a month tell nothing
    apart, and a match report of October is no other event than one told by
    its score. ``story`` holds the story's anchors (a count of each, or a
    set); ``told``, those of them whose kinds count (default: all). Asked of
    a story begun ``central_name_days`` or more before, as :meth:`StoryGrouper._another_event`
    is: on the dev sets it changed no grouping (TDT: 5 articles tell an
    anchor, AllSides 21); on a look-alike stream written before it, it split
    a team's next match from the first while the first's follow-up (the
    score repeated) joined. A lone look-alike (an airline's next diverted
    flight, one report) is kept out on its second chance only by an anchor
    the story's members repeat (:meth:`StoryGrouper._another_told_event`).
    """
    anchors = list(anchors)
    told_kinds = {anchor in _PERIOD_ANCHORS for anchor in (story if told is None else told)}
    for periods in told_kinds:
        of_kind = [anchor for anchor in anchors if (anchor in _PERIOD_ANCHORS) is periods]
        if of_kind and not any(map(story.__contains__, of_kind)):
            return True
    return False


def _add(a: dict[int, float], b: dict[int, float]) -> dict[int, float]:
    """The sum of two sparse vectors, as a new dict."""
    total = dict(a)
    for term, weight in b.items():
        total[term] = total.get(term, 0.0) + weight
    return total


def _denied_links(title: str, text: str) -> frozenset[int]:
    """The words that tell apart an earlier event the article says it has no link to, as term ids.

    Those of the event's words ("last week's warehouse fire on Canal Street")
    that the article (``title`` and ``text``) uses nowhere else: "fire", used
    for its own event too, tells neither apart. Empty for an article that
    denies no link to an earlier event (nearly all: see ``_LINK_TO``).
    """
    if all(word not in text for word in ("link", "connect", "relat", "separate", "nothing to do")):
        return frozenset()  # the common case, at the cost of five substring scans
    denied: set[str] = set()
    rest, start = [], 0
    for link in _LINK_TO.finditer(text):
        if not link["denying"] and not _DENIAL_BEFORE.search(text[max(0, link.start() - 5) : link.start()]):
            continue
        event = _DENIED_EVENT.match(text, link.end())
        if event is None:
            continue
        if _BACK_REFERENCE.search(event.group()):
            # Not the "s" of "last week's".
            denied.update(term for term in _content_stems(event.group()) if len(term) > 1)
        rest.append(text[start : link.start()])
        start = event.end()
    if not denied:
        return frozenset()
    rest.append(text[start:])
    elsewhere = set(_content_stems(title)).union(*map(_content_stems, rest))
    return frozenset(map(_term_id, denied - _TIME_WORDS - elsewhere))


class ArticleReading(NamedTuple):
    """What :meth:`ArticleSketcher.read` reads of an article: the fields of :class:`ArticleSketch` but its version."""

    terms: dict[int, float]
    names: frozenset[int]
    central: frozenset[int]
    denied: frozenset[int]
    anchors: frozenset[int]
    subjects: frozenset[int]
    opening: frozenset[int]
    title_names: frozenset[int] | None
    language: str | None = None
    marks: frozenset[int] = frozenset()


class _CountedParts(NamedTuple):
    """The fields of an :class:`ArticleReading` that :meth:`_Tallies.of` counts, as compact arrays in the frozensets'
    own order (so counting them fills the tallies in the same order as counting the reading): term ids fit in 32
    bits (``_HASH_BITS``), which keeps ``StoryGrouper.counted_`` near 1 kB an article."""

    central: array
    anchors: array
    title_names: array | None
    language: str | None
    marks: array

    @classmethod
    def of(cls, reading: ArticleReading) -> _CountedParts:
        title_names = reading.title_names
        return cls(
            array("I", reading.central),
            array("I", reading.anchors),
            None if title_names is None else array("I", title_names),
            reading.language,
            array("I", reading.marks),
        )


def _counted_columns(
    counted: Mapping[str, _CountedParts],
) -> tuple[list[str], list[str | None], np.ndarray, np.ndarray]:
    """``StoryGrouper.counted_`` as a checkpoint holds it: the ids, the languages, each part's length (-1: no title)
    and every part's term ids in one flat array (uint32, in each part's order). Lists and numpy arrays only, which
    the store's checkpoint reader allows; one array rather than 400,000 small ones: 100,000 articles of
    `bench/bench_stream.py`'s stream take 24 MB, 0.34 s to write and 0.9 s to load."""
    parts = list(counted.values())
    lengths = np.array(
        [
            (
                len(p.central),
                len(p.anchors),
                -1 if p.title_names is None else len(p.title_names),
                len(p.marks),
            )
            for p in parts
        ],
        dtype=np.int32,
    ).reshape(-1, 4)
    flat = array("I")
    for p in parts:
        flat.extend(p.central)
        flat.extend(p.anchors)
        if p.title_names is not None:
            flat.extend(p.title_names)
        flat.extend(p.marks)
    return list(counted), [p.language for p in parts], lengths, np.frombuffer(flat, dtype=np.uintc)


def _counted_from_columns(
    columns: tuple[list[str], list[str | None], np.ndarray, np.ndarray],
) -> OrderedDict[str, _CountedParts]:
    """``StoryGrouper.counted_`` again from :func:`_counted_columns`, each part in its order when read."""
    ids, languages, lengths, values = columns
    flat = memoryview(values.tobytes())
    size = values.itemsize
    counted: OrderedDict[str, _CountedParts] = OrderedDict()
    start = 0

    def take(length: int) -> array:
        nonlocal start
        part = array("I")
        part.frombytes(flat[start * size : (start + length) * size])
        start += length
        return part

    for article_id, language, (central, anchors, title_names, marks_) in zip(
        ids, languages, lengths.tolist(), strict=True
    ):
        counted[article_id] = _CountedParts(
            take(central),
            take(anchors),
            None if title_names < 0 else take(title_names),
            language,
            take(marks_),
        )
    return counted


@dataclass(frozen=True)
class ArticleSketch:
    """What the grouper reads of one article that depends on the article alone.

    The larger part of an article's grouping cost; computed apart (by
    :class:`ArticleSketcher`, in another process) it leaves the grouper only
    the work that depends on the stream so far.

    Attributes:
        terms: Count of each hashed term of the title and text, entities and
            the title's extra weight included.
        names: Its name words, as term ids (:func:`_name_term`).
        version: What the near-duplicate index reads of its text.
        denied: The words of an earlier event the article says it has no link
            to, as term ids (:func:`_denied_links`).
        central: Its most-mentioned name words (ties: all of them), as term ids.
        anchors: The scores and codes of its title and lead, and its title's
            month (:func:`_anchors`).
        subjects: Its most-mentioned name words its title names too (a council
            vote's "Harlan Avenue", a storm's "Fergus"), as term ids; here a
            name counts where it starts a sentence too.
        opening: The name words a clause of its title opens with, which the
            text names too ("Varga tells jury ..." after "Luka Varga"), as
            term ids. They are among its title's names for ``subjects``.
        title_names: Every word of its title's names ("leah", "morton" of
            "Baines denies murdering student Leah Morton", and "baines", which
            the text names), as term ids (:func:`_title_names`); None when it
            has no title.
        language: The language its words are read in (:func:`~storyweave.language.prose_language`).
        marks: Its name words and figures as they read in any language
            (:func:`~storyweave.group.marks.marks`), as term ids.
    """

    terms: dict[int, float]
    names: frozenset[int]
    version: VersionSketch
    denied: frozenset[int] = frozenset()
    central: frozenset[int] = frozenset()
    anchors: frozenset[int] = frozenset()
    subjects: frozenset[int] = frozenset()
    opening: frozenset[int] = frozenset()
    title_names: frozenset[int] | None = None
    language: str | None = None
    marks: frozenset[int] = frozenset()


@dataclass(frozen=True)
class ArticleSketcher:
    """Sketches articles as a grouper with these settings reads them (:meth:`StoryGrouper.sketcher`).

    It holds settings only, so it pickles small and runs in a process pool.
    """

    text_words: int
    title_weight: float
    entity_weight: float
    shingle_words: int
    num_perm: int

    def __call__(self, article: Article) -> ArticleSketch:
        version = sketch_version(article.text, self.shingle_words, self.num_perm)
        return ArticleSketch(version=version, **self.read(article)._asdict())

    def terms(self, article: Article) -> tuple[dict[int, float], frozenset[int]]:
        """The article's term counts by hashed term id, and its name words (see :class:`ArticleSketch`)."""
        terms, names, *_ = self.read(article)
        return terms, names

    def read(self, article: Article) -> ArticleReading:
        """The article's term counts, name words, most-mentioned ones, denied words, anchors, subjects, opening and
        title names.

        See :class:`ArticleSketch`.
        """
        text = _head(article.text, self.text_words)
        # The stop words of the article's language: read with English's, two unrelated articles in another
        # language shared its "die", "der" and "und" or "les" and "des", and made one story (QA11).
        language = prose_language(article)
        stop = stop_words(language)
        counts: Counter[str] = Counter(_content_stems(text, stop))
        if article.title and self.title_weight:
            for term in _content_stems(article.title, stop):
                if term not in _GENERIC_TITLE_WORDS:
                    counts[term] += self.title_weight
        title = article.title or ""
        # Apart: a title ends with no full stop, and a run would take in the text's first words. An all-caps
        # headline capitalises every word, so none of its runs tells a name.
        in_title, title_starts = _entities(title, stop) if not title.isupper() else ([], [])
        in_text, sentence_starts = _entities(text, stop)
        found = in_title + in_text
        # The names' words but the language's stop words: the title's and the sentence starts' below count only
        # as far as they are among these.
        mentions = Counter(
            term for term in map(_name_term, found, itertools.repeat(stop)) if term is not None
        )
        central = _most_counted(mentions)
        # A word that starts a sentence is skipped as a name ("Officials said"), but it is one when the article
        # names it elsewhere: "Varga tells jury he was in Croydon" and "Varga, who denies ...", after "Luka
        # Varga", are about Varga as much as about Croydon. So the subjects count it. Only they: counted in
        # ``central`` too, it cost late follow-ups their stories (`python bench/bench_lookalikes.py --late`, TDT
        # 0.870 to 0.862 F1); and a title's is not counted, or "Aviva says Storm Elin claims top £30m" would
        # have the insurer for its subject rather than the storm.
        opening = frozenset(term for term in map(_name_term, title_starts) if term in mentions)
        subjects: frozenset[int] = frozenset()
        if in_title or opening:
            counted = mentions.copy()
            counted.update(term for term in map(_name_term, sentence_starts) if term in mentions)
            subjects = _most_counted(counted).intersection([*map(_name_term, in_title), *opening])
        title_names = _title_names(in_title, title_starts, in_text) if title else None
        if self.entity_weight:
            for name in found:
                counts[_ENTITY_PREFIX + name] += self.entity_weight
        ids: dict[int, float] = {}
        for term, count in counts.items():
            term_id = _term_id(term)
            ids[term_id] = ids.get(term_id, 0.0) + count
        return ArticleReading(
            ids,
            frozenset(mentions),
            central,
            _denied_links(title, text),
            _anchors(title, text),
            subjects,
            opening,
            title_names,
            language,
            # The words skipped at a sentence's start too ("Nestlé ha retirado ..."): a story in another language
            # shares one only if it is a name.
            frozenset(
                map(
                    _term_id,
                    marks(
                        [*found, *title_starts, *sentence_starts],
                        f"{title}\n{text}",
                        stop,
                        _CALENDAR_WORDS.__contains__,
                        language,
                    ),
                )
            ),
        )


@dataclass(frozen=True)
class StoredStory:
    """A story as its keeper (the store) holds it, for a grouper that has forgotten it to take it back.

    Attributes:
        id: The story's id.
        members: Its articles in arrival order; only their ids, titles (or
            headlines, as text), dates and outlets are read.
        copies: ``(copy id, original id)`` pairs among them.
        recent: Its members nearest in date to the late article that copy no
            other (as many as the grouper's ``recent_articles``), whole and in
            arrival order: their words describe the story as it was around that date.
    """

    id: str
    members: Sequence[Article]
    copies: Sequence[tuple[str, str]]
    recent: Sequence[Article]


class StoryArchive(Protocol):
    """Where a grouper finds the stories it retired, to compare a late article with them.

    See :meth:`StoryGrouper.add`; the store is one (it keeps every story).
    """

    def spans(
        self, since: dt.date, until: dt.date, before: dt.date
    ) -> Sequence[tuple[str, dt.date, dt.date]]:
        """The id, first and last date of each story whose last article is dated from ``since`` to
        before ``before`` and whose first is dated ``until`` or earlier."""
        ...

    def story(self, story_id: str, article: Article, date: dt.date, recent: int) -> StoredStory | None:
        """The story as it was before ``article`` arrived, with its ``recent`` members nearest ``date``.

        None when none of its members arrived before the article.
        """
        ...


@dataclass(frozen=True)
class _Retired:
    """What the grouper keeps of a retired story for a late follow-up (:meth:`StoryGrouper._late_follow_up`).

    Attributes:
        id: The story's id.
        words: Its centroid's ``_RETIRED_TERMS`` heaviest terms, as a unit vector.
        central: Its members' most-mentioned name words.
        anchors: The scores and codes its members tell (:func:`_anchors`).
        last_date: Its last article's date (None: undated, or kept by a checkpoint older than session 42).
    """

    id: str
    words: dict[int, float]
    central: frozenset[int]
    anchors: frozenset[int]
    last_date: dt.date | None = None


class _Slots:
    """A slot for each story the look-up index holds, taken again once its story leaves the index.

    The candidates' look-up (:meth:`StoryGrouper._candidates`) sums its postings in one bin per slot, where it
    had one per story number: the numbers of the stories it finds span every story made since the oldest one
    still active (a story active all year), and so grew with the stream, while the slots span at most the
    stories indexed at once. Articles 60,000-62,000 of `python bench/bench_stream.py --n 100000` (a scratch replay
    from the grouper's checkpoint): 23,400 bins a look-up for 750 stories found.
    """

    def __init__(self) -> None:
        self.slot_of = np.full(1024, -1, dtype=np.int64)  # by story number; -1: not indexed
        self.number_of = np.zeros(1024, dtype=np.int64)  # by slot
        self.free: list[int] = []
        self.taken = 0  # slots ever handed out: the free ones and those in use

    def take(self, number: int) -> None:
        """Give an indexed story's number a slot, if it has none."""
        if number >= len(self.slot_of):
            grown = np.full(max(number + 1, 2 * len(self.slot_of)), -1, dtype=np.int64)
            grown[: len(self.slot_of)] = self.slot_of
            self.slot_of = grown
        if self.slot_of[number] >= 0:
            return
        if self.free:
            slot = self.free.pop()
        else:
            slot, self.taken = self.taken, self.taken + 1
            if slot >= len(self.number_of):
                self.number_of = np.concatenate([self.number_of, np.zeros_like(self.number_of)])
        self.slot_of[number] = slot
        self.number_of[slot] = number

    def release(self, number: int) -> None:
        """Free the slot of a story that left the index."""
        if number < len(self.slot_of) and self.slot_of[number] >= 0:
            self.free.append(int(self.slot_of[number]))
            self.slot_of[number] = -1


class _Tallies(NamedTuple):
    """Counts over some members of a story (:meth:`_StoryState.count_members`).

    Attributes:
        central: How many have each name word among their most-mentioned (``ArticleSketch.central``).
        anchors: How many tell each anchor (``ArticleSketch.anchors``).
        title_names: How many have each name word in their title (``ArticleSketch.title_names``).
        titled: How many have a title.
        marks: How many have each mark (``ArticleSketch.marks``).
        marked: How many have marks.
        languages: How many are read in each language (``ArticleSketch.language``; none for those read in none).
    """

    central: Counter[int]
    anchors: Counter[int]
    title_names: Counter[int]
    titled: int
    marks: Counter[int]
    marked: int
    languages: Counter[str]

    @classmethod
    def of(cls, readings: Iterable[ArticleReading | _CountedParts]) -> _Tallies:
        """The counts of these articles, read so."""
        central: Counter[int] = Counter()
        anchors: Counter[int] = Counter()
        title_names: Counter[int] = Counter()
        titled = 0
        marks: Counter[int] = Counter()
        marked = 0
        languages: Counter[str] = Counter()
        for reading in readings:
            central.update(reading.central)
            anchors.update(reading.anchors)
            if reading.title_names is not None:
                title_names.update(reading.title_names)
                titled += 1
            marks.update(reading.marks)
            marked += bool(reading.marks)
            if reading.language is not None:
                languages[reading.language] += 1
        return cls(central, anchors, title_names, titled, marks, marked, languages)


class _StoryState:
    """What the grouper knows of one story; its vectors are dropped once it goes stale.

    Besides the description, it keeps tallies of its members' outlets and dates, the member its
    headline came from and the ids of its recent vectors: what an editor's move needs to take an
    article back out without reading every other article of the story again.
    """

    __slots__ = (
        "id",
        "number",
        "article_ids",
        "duplicates",
        "headline",
        "headline_is_title",
        "headline_id",
        "headline_date",
        "sources",
        "source_counts",
        "first_date",
        "last_date",
        "date_counts",
        "undated",
        "tallied",
        "centroid",
        "centroid_norm",
        "recent",
        "recent_ids",
        "recent_sum",
        "recent_names",
        "central_counts",
        "anchor_counts",
        "central_names",
        "title_name_counts",
        "titled",
        "subject_names",
        "mark_counts",
        "marked",
        "language_counts",
        "language",
    )

    def __init__(self, story_id: str, number: int, recent: int) -> None:
        self.id = story_id
        self.number = number
        self.article_ids: list[str] = []
        self.duplicates: list[tuple[str, str]] = []
        self.headline: str | None = None
        self.headline_is_title = False
        self.headline_id: str | None = None
        self.headline_date: dt.date | None = None
        self.sources: list[str] = []
        self.source_counts: Counter[str] = Counts()
        self.first_date: dt.date | None = None
        self.last_date: dt.date | None = None
        self.date_counts: Counter[dt.date] = Counts()
        # The date a member was noted with when not its own (undated or beyond tomorrow: the newest date
        # then), to take it back out.
        self.undated: dict[str, dt.date] = {}
        # False for a story of a checkpoint older than the tallies: a move reads its members to tally them.
        self.tallied = True
        self.centroid: dict[int, float] = {}
        self.centroid_norm = 0.0
        self.recent: deque[dict[int, float]] = deque(maxlen=recent)
        # The article of each recent vector (None: unknown, in a checkpoint older than these ids).
        self.recent_ids: deque[str | None] = deque(maxlen=recent)
        # The sum of the recent vectors: its dot product with an article, over len(recent), is the mean cosine.
        self.recent_sum: dict[int, float] = {}
        # The name words of each recent article (ArticleSketch.names): a name it mentions once is seldom among the
        # terms of its vector (``article_terms``), which a story's names were once looked up in. Tuples: a set of
        # each took 1.6 kB an article (`python bench/bench_stream.py --n 20000`: peak 418 MB without names, 450 with
        # sets, 440 with tuples).
        self.recent_names: deque[tuple[int, ...]] = deque(maxlen=recent)
        # How many members have each name word among their most-mentioned (ArticleSketch.central), and the
        # words most members have so (kept, not found again for each article the story is a candidate for).
        self.central_counts: Counter[int] = Counts()
        self.central_names: frozenset[int] = frozenset()
        # How many members tell each score or code in their title and lead (ArticleSketch.anchors).
        self.anchor_counts: Counter[int] = Counts()
        # How many members' titles name each name word (ArticleSketch.title_names), how many members have a title,
        # and the name words half of those or more name, when two or more have one (StoryGrouper._subject_unnamed).
        self.title_name_counts: Counter[int] = Counts()
        self.titled = 0
        self.subject_names: frozenset[int] = frozenset()
        # How many members have each mark (ArticleSketch.marks) and are read in each language, and the language
        # most are read in (None before any is read in one): what an article in another language is weighed by.
        self.mark_counts: Counter[int] = Counts()
        self.marked = 0
        self.language_counts: Counter[str] = Counts()
        self.language: str | None = None

    def __setstate__(self, state: tuple[None, dict]) -> None:
        # A story pickled before the tallies: they start empty and untallied, its recent vectors unnamed.
        _, slots = state
        for name, value in slots.items():
            setattr(self, name, value)
        if not hasattr(self, "headline_date"):
            self.headline_date = None  # a story pickled before: its headline gives way to a dated member's
        if not hasattr(self, "central_counts"):
            # A story pickled before: its central names count from now on.
            self.central_counts, self.central_names = Counts(), frozenset()
        if not hasattr(self, "anchor_counts"):
            self.anchor_counts = Counts()  # a story pickled before: its anchors count from now on
        if not hasattr(self, "mark_counts"):
            # A story pickled before marks: of no language until a member counts, so weighed by words alone.
            self.mark_counts, self.marked, self.language_counts, self.language = Counts(), 0, Counts(), None
        if not hasattr(self, "titled"):
            # A story pickled before: its titles count from now on.
            self.title_name_counts, self.titled, self.subject_names = Counts(), 0, frozenset()
        if not hasattr(self, "tallied"):
            self.headline_id = None
            self.source_counts, self.date_counts, self.undated = Counts(), Counts(), {}
            self.tallied = False
            self.recent_ids = deque([None] * len(self.recent), maxlen=self.recent.maxlen)
        if not hasattr(self, "recent_names"):
            # A story pickled before: its recent articles' names count from its next article on.
            self.recent_names = deque([()] * len(self.recent), maxlen=self.recent.maxlen)

    def set_recent(
        self,
        vectors: Iterable[dict[int, float]],
        article_ids: Iterable[str | None],
        names: Iterable[Iterable[int]],
    ) -> None:
        """Add recent vectors of these articles and their name words (the deques keep the last ones) and recompute
        the vectors' sum."""
        vectors = list(vectors)
        # Into a deque that holds vectors and has room for these, the sum goes on from its last value (the same
        # floats, in the same order); one emptied (whose sum may be left over) or that drops a vector is summed again.
        kept = bool(self.recent) and len(self.recent) + len(vectors) <= self.recent.maxlen
        self.recent.extend(vectors)
        self.recent_ids.extend(article_ids)
        self.recent_names.extend(map(tuple, names))
        total: dict[int, float] = self.recent_sum if kept else {}
        for vector in vectors if kept else self.recent:
            # total[term] = total.get(term, 0.0) + weight for each term, in C: a vector's terms are distinct.
            sums = map(operator.add, map(total.get, vector, itertools.repeat(0.0)), vector.values())
            total.update(zip(vector, sums, strict=True))
        self.recent_sum = total

    def uses_any(self, names: frozenset[int]) -> bool:
        """Whether its recent articles use one of these name words (term ids): among their names, or their terms."""
        return any(map(self.recent_sum.__contains__, names)) or not all(
            map(names.isdisjoint, self.recent_names)
        )

    def note(self, article: Article, date: dt.date | None) -> None:
        """Record ``article`` as a member: its id, outlet, date and maybe the headline."""
        self.article_ids.append(article.id)
        self.describe(article, date)

    def describe(self, article: Article, date: dt.date | None) -> None:
        """Count a member's outlet and date into the description; it may give the headline."""
        if article.source:
            if article.source not in self.sources:
                self.sources.append(article.source)
            self.source_counts[article.source] += 1
        self.offer_headline(article, date)
        if date is not None:
            self.date_counts[date] += 1
            if date != article.date:
                self.undated[article.id] = date
            self.first_date = date if self.first_date is None else min(self.first_date, date)
            self.last_date = date if self.last_date is None else max(self.last_date, date)

    def offer_headline(self, article: Article, date: dt.date | None) -> None:
        """Take the member's headline if it is better than the story's (:func:`_headline_rank`); a member with
        none (a web page's notice, :func:`headline`) never takes the place of one."""
        if self.headline is None or _headline_rank(bool(article.title), date) < _headline_rank(
            self.headline_is_title, self.headline_date
        ):
            offered = headline(article)
            if offered is None and self.headline is not None:
                return
            self.headline = offered
            self.headline_is_title = bool(article.title)
            self.headline_id = article.id
            self.headline_date = date

    def undescribe(self, article: Article) -> None:
        """Take a member's outlet and date back out of the description (the caller finds a new headline)."""
        if article.source and article.source in self.source_counts:
            self.source_counts[article.source] -= 1
            if not self.source_counts[article.source]:
                del self.source_counts[article.source]
                self.sources.remove(article.source)
        date = self.undated.pop(article.id, None) or article.date
        if date is not None and date in self.date_counts:
            self.date_counts[date] -= 1
            if not self.date_counts[date]:
                del self.date_counts[date]
        self.first_date = min(self.date_counts, default=None)
        self.last_date = max(self.date_counts, default=None)

    def count_members(self, tallies: _Tallies, *, out: bool = False) -> None:
        """Count members' most-mentioned name words, anchors and title names in (or ``out``).

        The most counted name words are ``central_names``; the name words that
        half the members with a title or more name in it, when two or more
        have one, ``subject_names``.
        """
        if out:
            self.central_counts -= tallies.central
            self.anchor_counts -= tallies.anchors
            self.title_name_counts -= tallies.title_names
            self.titled -= tallies.titled
            self.mark_counts -= tallies.marks
            self.marked -= tallies.marked
            self.language_counts -= tallies.languages
        else:
            # Counted in place: adding a Counter drops the non-positive counts after, a scan of a long story's every
            # count, and tallies hold none (the same counts, in the same order). Of a 60,000-article stream's
            # grouping (`python bench/bench_stream.py --n 60000`), the scans were 2% from 50,000 articles on.
            self.central_counts.update(tallies.central)
            self.anchor_counts.update(tallies.anchors)
            self.title_name_counts.update(tallies.title_names)
            self.titled += tallies.titled
            self.mark_counts.update(tallies.marks)
            self.marked += tallies.marked
            self.language_counts.update(tallies.languages)
        # The most counted; of equally counted, English (as storyweave.language.majority_language), then by code.
        self.language = min(
            self.language_counts,
            key=lambda language: (-self.language_counts[language], language != ENGLISH, language),
            default=None,
        )
        self.central_names = _most_counted(self.central_counts)
        self.subject_names = frozenset(
            name
            for name, count in self.title_name_counts.items()
            if self.titled > 1 and 2 * count >= self.titled
        )

    def tallies(self) -> _Tallies:
        """Its members' counts, as :meth:`count_members` takes them (to count them into another story)."""
        return _Tallies(
            self.central_counts,
            self.anchor_counts,
            self.title_name_counts,
            self.titled,
            self.mark_counts,
            self.marked,
            self.language_counts,
        )

    def to_story(self) -> Story:
        return Story(
            id=self.id,
            article_ids=tuple(self.article_ids),
            headline=self.headline,
            sources=tuple(self.sources),
            first_date=self.first_date,
            last_date=self.last_date,
            duplicates=tuple(self.duplicates),
        )


class StoryGrouper:
    """Groups a date-ordered stream of articles into stories, one article at a time.

    Settings are fixed at construction; what the grouper learns lives in
    attributes ending in ``_``. The same articles in the same order always give
    the same stories and ids (``s0001``, ``s0002``, ... in order of creation;
    a keeper grouping its articles again keeps their former ids: :meth:`reusing_ids`).

    Scores are similarities minus a penalty counted in units of the stream's
    background similarity (see the module docstring), so the thresholds hold
    for streams of different topical density. The defaults were chosen with
    ``python bench/bench_grouping.py --tune`` (see BENCHMARKS.md).

    Args:
        threshold: Least score for an article to join a story.
        merge_threshold: Least score at which an article also pulls a second
            story into the one it joins.
        stale_days: A story with no article for longer than this takes no more.
        background_weight: Backgrounds subtracted from every score.
        day_penalty: Further backgrounds subtracted as the days since the
            story's last article grow (reached in full after a long gap).
        penalty_days: Time scale of that growth for a one-day story, in days.
        span_weight: Days added to the time scale per day the story has run.
        background_window: Recent articles over which the background is the
            median (zero until the first article with two candidates: assuming
            a background before the stream shows one cost 0.05 F1 on the TDT
            dev set, whose long-running topics all start in its first days).
        centroid_weight: Share of the centroid cosine in the similarity; the
            rest is the mean cosine to the story's recent articles.
        title_weight: Extra count given to each title term.
        entity_weight: Count given to each named-entity occurrence.
        article_terms: Terms kept per article vector (the highest TF-IDF).
        text_words: Words of the body read per article, which bounds the work
            an article costs (reading only the first 300 words of the TDT dev
            set's long wire stories lost 0.07 F1, so the cap is well past them).
        story_terms: Terms kept per story centroid (and indexed for lookup).
        query_terms: Article terms used to look up candidate stories.
        recent_articles: Recent article vectors kept per story.
        max_candidates: Stories scored in full per article.
        max_active: Most stories kept active; the least recently updated go stale first.
        second_chance_days: Days a one-article story waits for its second chance.
        second_chance_threshold: Least similarity (mean cosine to the other
            story's recent articles, no penalty) at which a one-article story
            merges on its second chance; above 1 turns the step off. On the
            dev sets 3 days and 0.1 sit mid-plateau: waits of 2-5 days and
            thresholds of 0.08-0.12 all gave TDT 0.842-0.863 and AllSides
            0.927-0.938 B-cubed F1, against 0.831 and 0.913 without the step
            (`python bench/bench_grouping.py --second-chance`; a 150-trial
            `--tune` with the step found nothing clearly better around it).
            Picking the partner by the join score rather than by this
            similarity alone never did worse in that grid (AllSides +0.000 to
            +0.012, TDT +0.000 to +0.005; at 3 days and 0.1, 0.933 against
            0.925 and TDT 0.855 either way).
        older_partner_threshold: Least similarity (as ``second_chance_threshold``'s)
            at which a one-article story with no partner in its second
            chance's days merges into an older story, weeks quiet, whose
            most-mentioned name it names (:meth:`_older_partner`); above 1
            turns it off, as a ``second_chance_threshold`` above 1 does (it is
            part of the second chance). Chosen with ``python bench/bench_grouping.py
            --older-partner``: 0.225-0.25 took two TDT recaps of a hurricane
            (16 and 22 days on) into its story (B-cubed F1 0.877 -> 0.880),
            0.275-0.35 none; 0.2 also a Gaza airport's opening into the Wye
            peace talks' story (0.875), 0.15 more such (0.873). AllSides 0.932
            at each (0.15-0.2 join one of its pairs). On two streams of the
            MultiLing 2011 topics and Multi-News events of the summarization
            dev sets (a scratch replay, seeds 37 and 38, squeezed to 90 days),
            0.25-0.3 gave 0.880 -> 0.891 and 0.898 -> 0.901.
        central_name_days: Days from a story's first article from which an
            article that never names the name its members mention most, while
            the story never uses the article's, or that tells other scores and
            codes than the story's, is of another event and no candidate
            (:meth:`_another_event`, :func:`_other_anchors`).
        archived_stories: Retired stories (gone stale or pushed out by
            ``max_active``) remembered for a late follow-up (step 4); 0: none.
        revive_threshold: Least cosine of an article to a retired story's
            words to take it back (:meth:`_late_follow_up`). Chosen with
            ``python bench/bench_lookalikes.py --late``: with each dev gold
            story's last article sent 120 days late, 0.25-0.3 brought back 21 of
            TDT's 27 to their story and 1 elsewhere, 0.3 on AllSides 79 of 186,
            against none without (B-cubed F1 TDT 0.789 -> 0.870, AllSides
            0.688 -> 0.759; 0.25 / 0.35: 0.769 / 0.757). 7 others took back
            another story, read: mostly the same recurring topic (a jobs
            report's month before, the ruling on a case argued earlier), which
            AllSides keeps apart; the rest of its 48 "elsewhere" joined another
            late article's story.
        revive_days: Most days a retired story may have slept (since its last
            article) and still take a late follow-up back. The dev sets' gold
            stories' longest gaps between consecutive articles
            (``python bench/bench_gaps.py``) are TDT 51 days, AllSides 15 and
            MultiLing 2011's Wikinews clusters 499 (a story of 2005-2007); the
            late articles of ``python bench/bench_lookalikes.py --late`` come
            120-305 days after the stream's end. Two years clears them all,
            while the 1998 TDT and 2021 AllSides dev streams ingested into one
            store no longer share stories 23 years apart on names alone.
        cross_language_threshold: Least share of the marks' weight an article
            shares with a story told in another language for them to score it
            (:meth:`_crossing_similarity`), and a lone article's second chance
            likewise. Chosen on held-out feeds of English, German, French and
            Spanish reports of events, with look-alike strikes in two countries
            and noise (``python bench/bench_cross_language.py --sweep``): the
            reports joined their stories at 0.30-1.0, the German rail strike's
            met the French strike's story (which an English report of the German
            strike had joined by its words) at 0.07-0.20; 0.2 to 0.4 scored alike.
        cross_language_marks: Fewest marks shared for that share to count. Two
            joined two more reports on those feeds (a company's name and a count
            of countries; B-cubed F1 of a feed 0.918 to 0.960), with no false
            join, but a short article shares two marks with a long story by
            chance; three is what the other reports shared at least.
        keep_history: Remember stale stories and their articles (for
            :meth:`stories` and :func:`group_stream`). When False, a stale story
            is forgotten, so memory stays flat on an endless stream; the caller
            keeps the history (the store does, in its database).
        dedup: The near-duplicate index; a fresh default one when None.

    Example:
        >>> grouper = StoryGrouper()
        >>> text = "Flooding in Valencia forced 3,000 people from their homes on Monday."
        >>> grouper.add(Article(id="a", text=text))
        's0001'
        >>> grouper.add(Article(id="b", text="Valencia flooding: 3,000 people forced from homes."))
        's0001'
        >>> [story.article_ids for story in grouper.stories()]
        [('a', 'b')]
    """

    def __init__(
        self,
        *,
        threshold: float = 0.06,
        merge_threshold: float = 0.3,
        stale_days: int = 90,
        background_weight: float = 1.0,
        day_penalty: float = 4.0,
        penalty_days: float = 2.0,
        span_weight: float = 2.0,
        background_window: int = 200,
        centroid_weight: float = 0.0,
        title_weight: float = 3.0,
        entity_weight: float = 0.5,
        article_terms: int = 50,
        text_words: int = 2_000,
        story_terms: int = 200,
        query_terms: int = 20,
        recent_articles: int = 8,
        max_candidates: int = 30,
        max_active: int = 20_000,
        second_chance_days: int = 3,
        second_chance_threshold: float = 0.1,
        older_partner_threshold: float = 0.25,
        central_name_days: int = 5,
        archived_stories: int = 20_000,
        revive_threshold: float = 0.3,
        revive_days: int = 730,
        cross_language_threshold: float = 0.3,
        cross_language_marks: int = 3,
        keep_history: bool = True,
        dedup: NearDuplicateIndex | None = None,
    ) -> None:
        if not 0 <= centroid_weight <= 1:
            raise ValueError(f"centroid_weight must be within 0..1, got {centroid_weight}")
        if merge_threshold < threshold:
            raise ValueError("merge_threshold must be at least threshold")
        weights = (
            stale_days,
            background_weight,
            day_penalty,
            span_weight,
            title_weight,
            entity_weight,
            second_chance_days,
            central_name_days,
            revive_days,
        )
        if min(weights) < 0 or penalty_days <= 0:
            raise ValueError("stale_days and the weights must be >= 0, penalty_days > 0")
        counts = (
            article_terms,
            text_words,
            story_terms,
            query_terms,
            recent_articles,
            max_candidates,
            max_active,
        )
        if min(counts + (background_window,)) < 1 or archived_stories < 0:
            raise ValueError("the term, article, candidate, story and window counts must be >= 1")
        self.threshold = threshold
        self.merge_threshold = merge_threshold
        self.stale_days = stale_days
        self.background_weight = background_weight
        self.day_penalty = day_penalty
        self.penalty_days = penalty_days
        self.span_weight = span_weight
        self.background_window = background_window
        self.centroid_weight = centroid_weight
        self.title_weight = title_weight
        self.entity_weight = entity_weight
        self.article_terms = article_terms
        self.text_words = text_words
        self.story_terms = story_terms
        self.query_terms = query_terms
        self.recent_articles = recent_articles
        self.max_candidates = max_candidates
        self.max_active = max_active
        self.second_chance_days = second_chance_days
        self.second_chance_threshold = second_chance_threshold
        self.older_partner_threshold = older_partner_threshold
        self.central_name_days = central_name_days
        self.archived_stories = archived_stories
        self.revive_threshold = revive_threshold
        self.revive_days = revive_days
        self.cross_language_threshold = cross_language_threshold
        self.cross_language_marks = cross_language_marks
        self.keep_history = keep_history
        self.dedup = dedup
        self.dedup_ = dedup if dedup is not None else NearDuplicateIndex(window_days=stale_days)
        self.articles_seen_ = 0
        self.document_frequency_ = np.zeros(1 << _HASH_BITS, dtype=np.int32)
        # The articles with each mark (ArticleSketch.marks), apart from the terms': marks are not words of the vectors.
        self.mark_frequency_ = np.zeros(1 << _MARK_HASH_BITS, dtype=np.int32)
        # The languages articles were read in: an article meets stories in another (_score) only after one.
        self.languages_seen_: set[str] = set()
        self.stories_: dict[str, _StoryState] = {}
        self.story_of_: dict[str, str] = {}
        self.original_of_: dict[str, str] = {}
        self.position_: dict[str, int] = {}
        self.active_: OrderedDict[str, _StoryState] = OrderedDict()
        self.index_: dict[int, set[int]] = {}
        self.by_number_: dict[int, _StoryState] = {}
        # The slots of the stories index_ holds (_Slots). Not checkpointed (__getstate__): built again on loading
        # from the stories with words, which are those index_ holds.
        self.slots_ = _Slots()
        self.merges_: list[tuple[str, str]] = []
        # Pairs of story numbers (lower first) an editor's move took apart: the grouper never merges them.
        self.apart_: set[tuple[int, int]] = set()
        self.stories_created_ = 0
        # While a keeper groups its articles again (see reusing_ids): each article's story number before, and the
        # numbers of those no story has taken again yet.
        self.former_numbers_: dict[str, int] = {}
        self.untaken_numbers_: set[int] = set()
        self.newest_: dt.date | None = None
        self.runner_up_: deque[float] = deque(maxlen=background_window)
        # (date, number) of the stories started, oldest first, until their second chance comes.
        self.waiting_: deque[tuple[dt.date, int]] = deque()
        # Retired stories a late follow-up may take back, oldest retired first, by number; and the numbers
        # of those whose most-mentioned names include each name word, the latest retired last.
        self.retired_: OrderedDict[int, _Retired] = OrderedDict()
        self.retired_by_name_: dict[int, deque[int]] = {}
        # The same for retired stories of one article, looked up apart (_remember_retired).
        self.lone_retired_by_name_: dict[int, deque[int]] = {}
        # The counted parts of the latest articles read (oldest first), when stale stories are forgotten: see
        # _COUNTED_ARTICLES. Checkpointed as a few flat arrays (_counted_columns): a grouper loaded without them
        # read every member of a story it restored again, at 420-630 µs an article.
        self.counted_: OrderedDict[str, _CountedParts] = OrderedDict()

    def __getstate__(self) -> dict:
        state = {name: value for name, value in self.__dict__.items() if name not in ("counted_", "slots_")}
        state["counted_"] = _counted_columns(self.counted_)
        return state

    def __setstate__(self, state: dict) -> None:
        # A checkpoint pickled before editors' moves (storyweave.store) has no pairs kept apart.
        self.__dict__.update(state)
        self.__dict__.setdefault("apart_", set())
        self.__dict__.setdefault("central_name_days", 5)
        self.__dict__.setdefault("older_partner_threshold", 0.25)
        # Nor retired stories to revive: it remembers those it retires from now on.
        self.__dict__.setdefault("archived_stories", 20_000)
        self.__dict__.setdefault("revive_threshold", 0.3)
        self.__dict__.setdefault("revive_days", 730)
        self.__dict__.setdefault("retired_", OrderedDict())
        self.__dict__.setdefault("retired_by_name_", {})
        self.__dict__.setdefault("lone_retired_by_name_", {})
        self.__dict__.setdefault("former_numbers_", {})
        self.__dict__.setdefault("untaken_numbers_", set())
        # Nor marks: their frequencies count from now on.
        self.__dict__.setdefault("cross_language_threshold", 0.3)
        self.__dict__.setdefault("cross_language_marks", 3)
        self.__dict__.setdefault("mark_frequency_", np.zeros(1 << _MARK_HASH_BITS, dtype=np.int32))
        self.__dict__.setdefault("languages_seen_", set())
        # Nor what it counted (a checkpoint older than session 41): members are read again.
        self.counted_ = _counted_from_columns(state["counted_"]) if "counted_" in state else OrderedDict()
        self.slots_ = _Slots()
        for number, story in sorted(self.by_number_.items()):
            if story.centroid:
                self.slots_.take(number)

    # -- the verb -------------------------------------------------------------------------------------

    def add(
        self,
        article: Article,
        *,
        copy_of: str | None = None,
        sketch: ArticleSketch | None = None,
        archive: StoryArchive | None = None,
    ) -> str:
        """Put ``article`` into a story and return the story's id.

        Articles should arrive in date order; an undated one, or one dated
        beyond tomorrow (a typo, see :func:`~storyweave.group.dedup.stream_date`),
        counts as published at the newest date seen. Adding an id again returns
        its current story and changes nothing (unless its story was forgotten,
        see ``keep_history``). A late article (a backfill, older than the newest
        date seen) is compared with the stories active around its own date: the
        ``archive`` gives back the ones retired since (see :meth:`_revive`).

        Args:
            article: The article.
            copy_of: An earlier version (original or revision) the article is
                known to copy, which the near-duplicate index may have forgotten
                (the store finds a late copy by its text): the article joins that
                version's story as its copy, when this grouper still holds it.
            sketch: The article's sketch by :meth:`sketcher`, when computed
                already (in another process: it depends on the article alone).
            archive: Where the stories this grouper retired are kept (the
                store); None: a late article meets only the active stories.
        """
        known = self.story_of_.get(article.id)
        if known is not None:
            return known
        self.position_[article.id] = len(self.position_)
        date = stream_date(article.date)
        if date is not None and (self.newest_ is None or date > self.newest_):
            self.newest_ = date
        date = date or self.newest_
        self._second_chances()
        self._retire_stale()
        # Step 1: a near-duplicate joins its original's story and teaches the grouper nothing (its words
        # are the original's, which would only count twice).
        version = sketch.version if sketch is not None else None
        original = self.dedup_.add(article, version) if copy_of is None else copy_of
        earlier = original if original is not None else self.dedup_.revision_of_.get(article.id)
        earlier_grouped = earlier is not None and earlier in self.story_of_
        # A revision (rare) is read: it may be the next release, written from the last one's text (_next_release).
        read = self._read(article, sketch) if earlier_grouped and original is None else None
        if earlier_grouped and not (
            read and self._next_release(self.stories_[self.story_of_[earlier]], date, read.anchors)
        ):
            story = self.stories_[self.story_of_[earlier]]
            story.note(article, date)
            if original is not None:
                story.duplicates.append((article.id, original))
                self.original_of_[article.id] = original
            self.story_of_[article.id] = story.id
            if story.id in self.active_:
                # Keep active_ in order of last update, which is what _retire_stale relies on.
                self.active_.move_to_end(story.id)
            return story.id
        reading = read or self._read(article, sketch)
        vector = self._weigh(reading.terms)
        if vector and reading.marks:
            self.mark_frequency_[[mark & _MARK_SLOTS for mark in reading.marks]] += 1
        if reading.language is not None:
            self.languages_seen_.add(reading.language)
        revived = self._revive(archive, article, date, vector) if archive is not None and vector else []
        # Steps 2-3: score the candidate stories, but for those of an earlier event the article denies a link to.
        refused = self._denied_stories(vector, reading.denied) if reading.denied else []
        scored = self._score(vector, date, reading, refused)
        # Step 4: join the best story or start a new one.
        started = not (scored and scored[0][0] >= self.threshold)
        # Step 4b: an article no active story takes may be a late follow-up of a retired one.
        late = (
            self._late_follow_up(
                article, date, vector, reading.names, reading.anchors, reading.denied, archive
            )
            if started
            else None
        )
        if not started:
            story = self.stories_[scored[0][2]]
        elif late is not None:
            story, started = late, False
        else:
            story = self._new_story(article.id)
            if date is not None:
                self.waiting_.append((date, story.number))
        story.note(article, date)
        self.story_of_[article.id] = story.id
        # Look-alikes as the stories were before this article, which may name both (a roundup of two trials).
        look_alikes = {
            other_id
            for score, _, other_id in scored[1:]
            if score >= self.merge_threshold and self._look_alikes(story, self.stories_[other_id])
        }
        self._absorb_vector(story, vector, reading.names, article.id)
        story.count_members(_Tallies.of([reading]))
        for other in refused:
            # Neither an article like both (step 5) nor a second chance (step 6) makes them one.
            self.apart_.add((min(story.number, other.number), max(story.number, other.number)))
        # Step 5: stories the article bridges become one.
        for score, _, other_id in scored[1:]:
            if (
                score >= self.merge_threshold
                and other_id in self.stories_
                and other_id != story.id
                and not self._kept_apart(story, self.stories_[other_id])
                and other_id not in look_alikes
            ):
                story = self._merge(story, self.stories_[other_id])
        self.active_[story.id] = story
        self.active_.move_to_end(story.id)
        if revived and started and len(story.recent) == 1 and self._second_chance_due(date):
            # Step 6 at once: the wait is over already, and the stories of the article's days are back only now.
            self.waiting_.pop()  # the entry its story took above
            story = self._second_chance(date, story)
        self._retire_stale()
        cutoff = self._active_since()
        for old in revived:
            # Retired again, unless the article made it current or it was merged away (the kept story is).
            if self.stories_.get(old.id) is old and (old.id not in self.active_ or _stale(old, cutoff)):
                self._retire(old)
        return story.id

    def merge(self, story_ids: Iterable[str], *, into: str | None = None) -> str | None:
        """Make the active stories among ``story_ids`` one story: an editor's correction of the grouping.

        They merge as an article bridging them would merge them (step 5): into
        the oldest, whose centroid and recent articles become theirs, so a later
        article that matches any of them joins the merged story. Stories that are
        not active (gone stale, merged or unknown) are left as they are; their
        keeper (the store's database) merges them. The grouping of a stream
        changes only where this is called.

        Args:
            story_ids: The stories to merge.
            into: The id the merged story takes instead of the oldest's: that of
                a story among them that this grouper no longer holds (gone stale
                and forgotten, see ``keep_history``), which its keeper keeps.

        Returns:
            The merged story's id; None when none of the stories is active.

        Raises:
            ValueError: ``into`` is a story this grouper holds that is not among the active ones merged.

        Example:
            >>> grouper = StoryGrouper(threshold=5.0, merge_threshold=5.0)  # never joins by itself
            >>> grouper.add(Article(id="a", text="Flooding in Valencia forced 3,000 people from homes."))
            's0001'
            >>> grouper.add(Article(id="b", text="Storm Boris brings floods to Poland and Czechia."))
            's0002'
            >>> grouper.merge(["s0002", "s0001"])
            's0001'
            >>> [story.article_ids for story in grouper.stories()]
            [('a', 'b')]
        """
        pieces = sorted(
            {self.active_[story_id] for story_id in story_ids if story_id in self.active_},
            key=lambda story: story.number,
        )
        if not pieces:
            return None
        if into is not None and into in self.stories_ and into not in {story.id for story in pieces}:
            raise ValueError(f"cannot merge into {into!r}: it is another story of this grouper")
        story = pieces[0]
        for other in pieces[1:]:
            story = self._merge(story, other)
        if into is not None and into != story.id:
            self._rename(story, into)
        # A merge counts as an update, as a second-chance merge does (_retire_stale reads active_ so).
        self.active_.move_to_end(story.id)
        return story.id

    def move(
        self,
        articles: Sequence[Article],
        to: str | None = None,
        *,
        read: Callable[[Sequence[str]], Iterable[Article]] | None = None,
    ) -> str:
        """Take articles out of their stories into story ``to`` or a new one: an editor's correction.

        A story an article leaves takes the article's words out of its centroid
        and recent vectors and its outlet and date out of its tallies, so later
        articles like the moved ones no longer join it. The work depends on the
        articles moved, not on the story's size: the grouper reads (``read``)
        only the members it needs, newest first, to refill the recent vectors
        the moved ones leave, and, when the headline's article moved, oldest
        first until a title. A story left with no words is retired from
        matching, and one left empty is gone. An active story the articles
        join, or the new one, takes their vectors, so later articles like them
        join it. The stories they leave and the one they join are kept apart
        from then on: neither an article like both (step 5) nor a second chance
        (step 6) merges them again, though :meth:`merge` does. The grouping of a
        stream changes only where this is called.

        Args:
            articles: Articles this grouper has seen (others are ignored): an
                article and its near-duplicate copies, which go with it.
            to: The story they join; a story this grouper does not hold (gone
                stale, kept by the caller) makes the grouper forget them. None: a new story.
            read: Gives the stored articles of these ids (the grouper keeps no
                text; unknown ids are left out). None: nothing can be read, and a
                story whose recent vectors all moved is retired.

        Returns:
            The id of the story they are in now.

        Example:
            >>> grouper = StoryGrouper()
            >>> flood = Article(id="a", text="Flooding in Valencia forced 3,000 people from their homes.")
            >>> storm = Article(id="b", text="Valencia flooding: 3,000 people forced from homes.")
            >>> grouper.add(flood), grouper.add(storm)
            ('s0001', 's0001')
            >>> grouper.move([storm], read=lambda ids: [a for a in (flood, storm) if a.id in ids])
            's0002'
            >>> [story.article_ids for story in grouper.stories()]
            [('a',), ('b',)]
        """
        read = read or (lambda ids: ())
        new = to is None
        target = self._new_story(articles[0].id if articles else None) if new else self.stories_.get(to)
        to = target.id if target is not None else to
        moved = [article for article in articles if self.story_of_.get(article.id, to) != to]
        moved_ids = {article.id for article in moved}
        origin = {article.id: self.story_of_[article.id] for article in moved}
        left = [self.stories_[story_id] for story_id in dict.fromkeys(origin.values())]
        for story in left:
            story.article_ids = [
                article_id for article_id in story.article_ids if article_id not in moved_ids
            ]
            story.duplicates = [pair for pair in story.duplicates if pair[0] not in moved_ids]
            if target is not None and story.number != target.number:
                # Else a later article like both, or the second chance, would merge them back.
                self.apart_.add((min(story.number, target.number), max(story.number, target.number)))
            out = [article for article in moved if origin[article.id] == story.id]
            story.count_members(self._member_counts(out), out=True)
            self._take_out(story, out, read)
            if not (story.id in self.active_ and self._take_out_words(story, out, read)):
                self._retire(story, forget=not story.article_ids)
        for article in moved:
            if target is None:
                self._forget_article(article.id)
                continue
            target.note(article, stream_date(article.date) or self.newest_)
            self.story_of_[article.id] = to
            if article.id in self.original_of_:
                target.duplicates.append((article.id, self.original_of_[article.id]))
        if target is not None:
            target.count_members(self._member_counts(moved))
            position = self.position_.__getitem__
            target.article_ids.sort(key=position)
            target.duplicates.sort(key=lambda pair: position(pair[0]))
            if new or target.id in self.active_:
                for article in moved:
                    if article.id not in self.original_of_:  # a copy's words are its original's
                        self._absorb_vector(target, *self._vector_and_names(article), article.id)
                if target.recent:
                    # The move counts as an update of the story (_retire_stale reads active_ in this order).
                    self.active_[target.id] = target
                    self.active_.move_to_end(target.id)
                else:  # a new story of articles without words, or of articles this grouper has forgotten
                    self._retire(target, forget=not target.article_ids)
        return to

    def settle(self) -> None:
        """Give every one-article story still waiting its second chance now (at the end of a finite stream)."""
        self._second_chances(settle=True)

    def stories(self) -> list[Story]:
        """Every story remembered (all of them unless ``keep_history`` is False), in order of creation.

        Each lists its articles in arrival order.
        """
        return [state.to_story() for state in self.stories_.values()]

    # -- features -------------------------------------------------------------------------------------

    def sketcher(self) -> ArticleSketcher:
        """What sketches articles as this grouper reads them: hand its sketches to :meth:`add`."""
        return ArticleSketcher(
            self.text_words,
            self.title_weight,
            self.entity_weight,
            self.dedup_.shingle_words,
            self.dedup_.num_perm,
        )

    def _read(self, article: Article, sketch: ArticleSketch | None) -> ArticleReading:
        """:meth:`ArticleSketcher.read` of the article, from its ``sketch`` when computed already; its counted parts
        are kept (``counted_``) when stale stories are forgotten."""
        if sketch is None:
            reading = self.sketcher().read(article)
        else:
            reading = ArticleReading(
                sketch.terms,
                sketch.names,
                sketch.central,
                sketch.denied,
                sketch.anchors,
                sketch.subjects,
                sketch.opening,
                sketch.title_names,
                sketch.language,
                sketch.marks,
            )
        if not self.keep_history:
            self.counted_[article.id] = _CountedParts.of(reading)
            self.counted_.move_to_end(article.id)
            if len(self.counted_) > _COUNTED_ARTICLES:
                self.counted_.popitem(last=False)
        return reading

    def _next_release(self, story: _StoryState, date: dt.date | None, anchors: frozenset[int]) -> bool:
        """Whether a revision of a member of ``story`` (step 1) is another event's report from one template.

        A revision is a near-duplicate whose figures changed (:class:`NearDuplicateIndex`): an update, or
        the next quarter's earnings brief written from last quarter's, days later and telling another
        period (or score, or code) than the story's members (:func:`_other_anchors`), as :meth:`_score`
        asks of a story begun ``central_name_days`` or more before. Such a one is grouped as any article.
        """
        return self._begun_before(story, date) and _other_anchors(story.anchor_counts, anchors)

    def _begun_before(self, story: _StoryState, date: dt.date | None) -> bool:
        """Whether ``story`` began ``central_name_days`` or more before (or after) ``date``: from then on an
        article must not tell another event, subject or period than the story's to join it."""
        if date is None or story.first_date is None:
            return False
        return abs((date - story.first_date).days) >= self.central_name_days

    def _vector(self, article: Article, *, learn: bool = True) -> dict[int, float]:
        """The article's vector (see :meth:`_weigh`); an editor's move reads an article again so."""
        return self._weigh(self.sketcher().terms(article)[0], learn=learn)

    def _vector_and_names(self, article: Article) -> tuple[dict[int, float], frozenset[int]]:
        """An article seen before read again: its vector (:meth:`_vector`, not learnt) and its name words."""
        terms, names = self.sketcher().terms(article)
        return self._weigh(terms, learn=False), names

    def _member_counts(self, articles: Iterable[Article]) -> _Tallies:
        """The counts of these articles (:class:`_Tallies`): their most-mentioned name words, anchors and title names.

        Copies count as none: a copy's words are its original's. An article read lately counts as it was read then
        (``counted_``), not read again.
        """
        read = self.sketcher().read
        counted = self.counted_.get
        return _Tallies.of(
            counted(article.id) or read(article)
            for article in articles
            if article.id not in self.original_of_
        )

    def _weigh(self, counts: dict[int, float], *, learn: bool = True) -> dict[int, float]:
        """An article's unit TF-IDF vector over its top ``article_terms`` terms, from its term counts.

        ``learn`` counts the terms into the document frequencies; not learning
        reads an article seen before again (an editor's move) without counting
        it twice.
        """
        if not counts:
            return {}
        term_ids = np.fromiter(counts, dtype=np.int64, count=len(counts))
        if learn:
            self.articles_seen_ += 1
            self.document_frequency_[term_ids] += 1
        frequency = self.document_frequency_[term_ids]
        inverse = np.log((1 + self.articles_seen_) / (1 + frequency)) + 1
        weights = (1 + np.log(np.fromiter(counts.values(), dtype=np.float64, count=len(counts)))) * inverse
        # Heaviest first, ties broken by term id, so the kept terms never depend on dict order.
        keep = np.lexsort((term_ids, -weights))[: self.article_terms]
        term_ids, weights = term_ids[keep], weights[keep]
        weights /= np.linalg.norm(weights)
        return dict(zip(term_ids.tolist(), weights.tolist(), strict=True))

    # -- scoring --------------------------------------------------------------------------------------

    def _score(
        self,
        vector: dict[int, float],
        date: dt.date | None,
        reading: ArticleReading,
        refused: Sequence[_StoryState] = (),
    ) -> list[tuple[float, int, str]]:
        """Candidate stories that score ``threshold`` or more, as (score, -story number, id), best first; ties go to
        the older story. One that scores less neither takes the article nor merges (``merge_threshold`` is no
        lower), so the tests below are not asked of it: they cost more than the score.

        A story told in another language is scored by the marks the article shares with it when they weigh
        more than the words (:meth:`_crossing_similarity`), and is no candidate when they are too few and it has
        no member in the article's language.

        A story whose recent articles use none of the article's names, one
        ``refused``, or one of another event (:meth:`_another_event`: by the
        article's central names; :meth:`_another_subject`: by its title's;
        :meth:`_subject_unnamed`: by the story's titles'; :func:`_other_anchors`:
        by its anchors; :meth:`_headline_subject_new`: by its headline's) is no
        candidate (it still counts for the background).
        """
        if not vector:
            return []
        similar = [(self._similarity(vector, story), story) for story in self._candidates(vector)]
        background = self._background()
        ranked = sorted((s for s, _ in similar), reverse=True)
        self.runner_up_.append(ranked[1] if len(ranked) > 1 else 0.0)
        # Stories in another language that share the article's rarest names, which its words may not find:
        # candidates only by their marks, and no part of the background (an English stream never looks).
        if reading.language is not None and self.languages_seen_ - {reading.language}:
            found = {story.number for _, story in similar}
            similar += [
                (self._similarity(vector, story), story)
                for story in self._marked_candidates(reading.marks, found)
                if story.language not in (None, reading.language)
            ]
        scored = []
        names, central = reading.names, reading.central
        for similarity, story in similar:
            if story in refused:
                continue
            crossing = self._crossing_similarity(reading.language, reading.marks, story)
            crossed = crossing is not None and crossing >= self.cross_language_threshold
            if crossed:
                # Told in another language: the marks it shares weigh as the words it would share in one.
                similarity = max(similarity, crossing)
            elif crossing is not None and reading.language not in story.language_counts:
                # Nor the few words the languages share (a figure: "600 Flüge", "600,000 deaths").
                continue
            days = _days_apart(date, story.first_date, story.last_date) if date else 0
            score = similarity - background * self._penalty_units(story.first_date, story.last_date, days)
            if score < self.threshold or (not crossed and names and not story.uses_any(names)):
                continue
            # From the story's first day, not its nearest: a late article (a trial's back-filled report)
            # may fall amid a story that a verdict days later stretched over its days.
            if self._begun_before(story, date) and (
                self._another_event(story, names, central)
                or self._another_subject(story, reading.subjects, central, reading.opening)
                or self._subject_unnamed(story, reading.terms)
                or _other_anchors(story.anchor_counts, reading.anchors)
            ):
                continue
            # Not across languages: a title's words in another language are never the story's, and the marks
            # weighed above are what tells the same event there (feed B of bench/bench_cross_language.py:
            # 0.918 -> 0.871 alone when this asked it too).
            if crossing is None and (
                self._subject_new(story, reading.subjects)
                and self._subject_unnamed(story, reading.terms)
                or self._headline_subject_new(story, reading)
            ):
                continue
            scored.append((score, -story.number, story.id))
        scored.sort(reverse=True)
        return scored

    def _similarity(self, vector: dict[int, float], story: _StoryState) -> float:
        """An article's similarity to a story: its cosine to the centroid and mean cosine to the recent articles."""
        centroid_cosine = _dot(vector, story.centroid) / story.centroid_norm if self.centroid_weight else 0.0
        return self.centroid_weight * centroid_cosine + (1 - self.centroid_weight) * _link(vector, story)

    def _marked_candidates(self, marks: Collection[int], found: Container[int]) -> list[_StoryState]:
        """The active stories, but those ``found``, whose words hold one of the ``query_terms`` rarest of these
        marks (names: a figure is no term), at most ``max_candidates``, most shared first.

        Of equally rare marks, the smaller ids: not the first in the marks' order, which is a frozenset's and
        changes from process to process (its names are hashed strings first) and through a sketching worker, so
        that a resumed ingest met other stories than the first run did.
        """
        rarest = heapq.nsmallest(
            self.query_terms,
            (mark for mark in marks if mark in self.index_),
            key=lambda mark: (self._mark_frequency(mark), mark),
        )
        shared: Counter[int] = Counter()
        for mark in rarest:
            shared.update(number for number in self.index_[mark] if number not in found)
        best = heapq.nsmallest(self.max_candidates, shared.items(), key=lambda item: (-item[1], item[0]))
        return [self.by_number_[number] for number, _ in best]

    def _mark_frequency(self, mark: int) -> int:
        """How many articles had this mark (:class:`ArticleSketch`)."""
        return int(self.mark_frequency_[mark & _MARK_SLOTS])

    def _crossing_similarity(
        self, language: str | None, marks: Collection[int], story: _StoryState
    ) -> float | None:
        """How much of its marks an article (or a lone story) in ``language`` shares with a story told in another.

        None when the story is told in the same language, or either in none. Else the weight of the marks both
        have over the weight of the fewer's: the article's or a story member's on average. A mark weighs its
        inverse document frequency, so "Paiporta" and "210000000" weigh more than "paris" and "12", and in the
        story the share of its members that have it: a German article that names the people and the town of an
        English story and its death toll shares most of its weight; a French one on a German rail strike shares
        little with a French strike's story that names the German one once. Zero for fewer than
        ``cross_language_marks`` shared: a figure alone ("600 Flüge", "600,000 deaths") is no event's.
        """
        if language is None or story.language is None or story.language == language or not story.marked:
            return None
        shared = [mark for mark in marks if mark in story.mark_counts]
        if len(shared) < self.cross_language_marks:
            return 0.0
        counts = story.mark_counts
        weight = self._mark_weights
        in_story = weight(counts, [counts[mark] / story.marked for mark in counts])
        fewer = min(weight(marks), in_story)
        return weight(shared, [counts[mark] / story.marked for mark in shared]) / fewer if fewer else 0.0

    def _mark_weights(self, marks: Collection[int], shares: Sequence[float] | None = None) -> float:
        """The summed inverse document frequency of these marks (:class:`ArticleSketch`), each times its share.

        Summed smallest first, whatever order the marks come in: an article's are a frozenset and a story's the
        keys of a counter, whose orders change from process to process (see :meth:`_marked_candidates`), and a
        float sum changes with its order.
        """
        slots = np.fromiter((mark & _MARK_SLOTS for mark in marks), dtype=np.int64, count=len(marks))
        frequency = self.mark_frequency_[slots]
        # As the terms' (_weigh): a mark of every article still weighs 1, not 0.
        weights = np.log((1 + self.articles_seen_) / (1 + frequency)) + 1
        return float(np.sort(weights if shares is None else weights * np.asarray(shares)).sum())

    def _denied_stories(self, vector: dict[int, float], denied: frozenset[int]) -> list[_StoryState]:
        """The candidate stories of the earlier event an article says it has no link to.

        A story is that event when its recent articles use at least half the
        words that tell the event apart (:func:`_denied_links`):
        "warehouse", "canal" and "street" name the warehouse fire's story, not a
        fire story of another street.
        """
        return [
            story
            for story in self._candidates(vector)
            if 2 * sum(map(story.recent_sum.__contains__, denied)) >= len(denied)
        ]

    @staticmethod
    def _another_event(story: _StoryState, names: Container[int], central: frozenset[int]) -> bool:
        """Whether an article of these ``names`` and ``central`` names is about another event than the story's.

        So it is when the story's recent articles never use the name the
        article mentions most, and the article never names the one the story's
        members mention most: another trial before the same judge and
        prosecutor, whose defendant differs. Such look-alikes come days apart,
        and :meth:`_score` asks only of a story that began ``central_name_days``
        or more before (or after) the article. From 2 to 7 days, it raised TDT's
        B-cubed precision (0.951 to 0.954) and left its recall and AllSides'
        scores as they were (from 0 or 1 day, it cost 0.004 F1); on the
        synthetic stream, whose multi-day events name different people from
        article to article, it cost 0.008 F1 from 2 to 4 days, 0.002 from 5
        (``python bench/bench_lookalikes.py --stream 20000``).
        """
        if not central or any(map(story.recent_sum.__contains__, central)):
            return False
        return bool(story.central_names) and story.central_names.isdisjoint(names)

    @staticmethod
    def _another_subject(
        story: _StoryState, subjects: frozenset[int], central: frozenset[int], opening: frozenset[int]
    ) -> bool:
        """Whether an article whose title names these ``subjects`` (:class:`ArticleSketch`) is of another event.

        So it is when the story's recent articles never use one of them and the
        story's most-mentioned name is not among the article's ``central``: a
        council's vote on bike lanes on "Harlan Avenue" a week after its vote on
        rent, "Storm Fergus" after "Storm Elin" on the same coast. Such an
        article names the earlier event in passing ("after last week's rent
        ordinance"), which :meth:`_another_event` takes for a follow-up; a
        follow-up's title names the story's own people and places (a verdict
        its defendant, a storm's clean-up the storm). Nor is it when the title
        opens with one of them that the story uses (``opening``): a trial's
        second defendant tells the jury he was in a town new to the story
        ("Varga tells jury he was in Croydon"). A subject later in a title may
        be where an event took place, but the one a headline opens with is
        who acted. Asked as :meth:`_another_event` is.
        """
        if not StoryGrouper._subject_new(story, subjects):
            return False
        if any(map(story.recent_sum.__contains__, subjects & opening)):
            return False
        return bool(story.central_names) and story.central_names.isdisjoint(central)

    @staticmethod
    def _subject_unnamed(story: _StoryState, terms: Container[int]) -> bool:
        """Whether an article of these ``terms`` (:class:`ArticleSketch`) never names a name word of the story's titles.

        Those are the words that half of its members' titles or more name
        (``_StoryState.subject_names``): who or what the story is about. An
        article that names none of them is of another event, though it shares
        the story's place and people: a drug trial at the court, before the
        judge and prosecutor, of a murder trial whose titles name the victim
        and the accused ("Baines denies murdering student Leah Morton").
        :meth:`_another_event` takes it for a follow-up: its most-mentioned
        name is the court, which the murder trial's articles use too. A
        follow-up names them ("Leah Morton's killer launches appeal in
        London"). Of the stories it refused on the AllSides dev set (4,126)
        and in its ``python bench/bench_lookalikes.py --late`` stream (2,800),
        none was mostly of the article's own gold story; it changed no dev
        grouping (TDT has no titles). Asked as :meth:`_another_event` is, and
        of a story of any age with :meth:`_subject_new`.
        """
        return bool(story.subject_names) and not any(map(terms.__contains__, story.subject_names))

    @staticmethod
    def _headline_subject_new(story: _StoryState, reading: ArticleReading) -> bool:
        """Whether an article whose headline opens with a subject new to the story is of another event.

        :meth:`_another_subject` asked of a story of any age when the title opens with its new subject
        (``opening``), who or where acted: "Madrid metro drivers to strike on Thursday", whose text names
        Lisbon's metro strike of the day before in passing, beside that strike's story of one article, whose
        most-mentioned names (Lisbon, its union) are not the article's. Asked of every young story whose title
        names a new subject anywhere, it moved 45 AllSides dev articles (``storyweave eval-groups``: B-cubed
        F1 0.932 -> 0.918, precision 0.912 -> 0.888); with the opening, no dev grouping changed.
        """
        return bool(reading.subjects & reading.opening) and StoryGrouper._another_subject(
            story, reading.subjects, reading.central, reading.opening
        )

    @staticmethod
    def _subject_new(story: _StoryState, subjects: frozenset[int]) -> bool:
        """Whether the story's recent articles never use one of these ``subjects`` (:class:`ArticleSketch`).

        With :meth:`_subject_unnamed` it refuses a story of any age: each side's
        titles name a subject the other never names ("FDA approves first pill
        for RSV" two days after a trial story whose titles name The Lancet: a
        small fresh database's zero background let the approval join at 0.064;
        QA12a). :meth:`_subject_unnamed` alone is asked only of a story begun
        days before, as a day's follow-up may name its subject otherwise
        ("Sickle cell charities welcome lumacel opinion" after titles naming
        the EMA): then its title names no subject of its own. Of the 724
        stories begun fewer days before that it refused on the AllSides dev
        set, one was mostly of the article's own gold story; it changed no dev
        grouping (``storyweave eval-groups``; TDT has no titles).
        """
        return not all(map(story.recent_sum.__contains__, subjects))

    def _background(self) -> float:
        """The stream's background similarity: the median runner-up score of recent articles (0 at first)."""
        # statistics.median sorts the floats as they are; np.median, the same value, first copies the deque to
        # an array, which cost more than sorting it.
        return statistics.median(self.runner_up_) if self.runner_up_ else 0.0

    def _penalty_units(self, first: dt.date | None, last: dt.date | None, days: int) -> float:
        """Backgrounds subtracted from a similarity to a story of these dates, ``days`` from its nearest article."""
        span = (last - first).days if last and first else 0
        scale = self.penalty_days + self.span_weight * span
        return self.background_weight + self.day_penalty * (1 - math.exp(-days / scale))

    def _candidates(self, vector: dict[int, float]) -> list[_StoryState]:
        """The ``max_candidates`` active stories sharing the most weight of the vector's top terms."""
        # The vector is sorted by weight, so its first terms are the article's most telling ones.
        query = [
            (postings, weight)
            for term, weight in itertools.islice(vector.items(), self.query_terms)
            if (postings := self.index_.get(term))
        ]
        if not query:
            return []
        found = self.slots_.slot_of[
            np.fromiter(
                itertools.chain.from_iterable(postings for postings, _ in query),
                dtype=np.int64,
                count=sum(len(postings) for postings, _ in query),
            )
        ]
        # Each story's overlap, the weights of its terms summed in the vector's order: bincount adds each weight
        # to its story's bin in turn, as a dict of sums did, so the sums are the same floats, in C. One bin per
        # slot (_Slots) from the least slot found to the greatest, at most the stories indexed at once; by story
        # number, a story active all year stretched the bins over every number made since.
        # On a random index of 5,000 stories (a look-up's 20 terms ~1,000 postings, as in articles 50,000-55,000 of
        # `python bench/bench_stream.py --n 55000`): 400-450 µs CPU a look-up by a dict of sums, 260-300 so.
        least_slot = int(found.min())
        sums = np.bincount(
            found - least_slot,
            weights=np.repeat([weight for _, weight in query], [len(postings) for postings, _ in query]),
        )
        # The stories found, once each: the bins summed above zero, since every weight of a vector is (_weigh).
        # Sorting the postings to find them cost more than the look-up's sums (np.unique: 135-172 µs against
        # 120-152 a look-up on 500 look-ups of articles 60,000-60,500 of `python bench/bench_stream.py --n 100000`,
        # 1,600 postings and 23,400 bins by number). Found in a mask of the bins, not in the floats, whose nonzero
        # cost numpy 4 ns a bin against 1. The order found in is the slots', which the ranking below does not see.
        found_at = np.flatnonzero(sums != 0)
        numbers, overlap = self.slots_.number_of[found_at + least_slot], sums[found_at]
        if len(numbers) > self.max_candidates:
            # Only the stories that reach the max_candidates-th largest overlap can be among the best (with ties
            # at it, often hundreds: the stories met by one common term).
            reaching = overlap >= np.partition(overlap, -self.max_candidates)[-self.max_candidates]
            numbers, overlap = numbers[reaching], overlap[reaching]
        # The most overlap first; ties go to the older story (smaller number), whatever order the postings came in.
        best = numbers[np.lexsort((numbers, -overlap))[: self.max_candidates]]
        return [self.by_number_[number] for number in best.tolist()]

    def _second_chances(self, settle: bool = False) -> None:
        """Merge each one-article story whose wait is over into its most similar near story (step 6)."""
        while self.waiting_ and (settle or self._second_chance_due(self.waiting_[0][0])):
            started, number = self.waiting_.popleft()
            story = self.by_number_.get(number)
            if story is None or story.id not in self.active_ or len(story.recent) != 1:
                continue  # merged, gone stale or grown meanwhile
            self._second_chance(started, story)

    def _second_chance_due(self, started: dt.date) -> bool:
        """Whether a one-article story started on ``started`` has waited ``second_chance_days``."""
        return (self.newest_ - started).days >= self.second_chance_days

    def _second_chance(self, started: dt.date, story: _StoryState) -> _StoryState:
        """Merge a one-article story started on ``started`` into its most similar near story, if any.

        Returns the story its article is in now.
        """
        window = dt.timedelta(days=self.second_chance_days)
        background = self._background()
        eligible = []
        older = []
        for other in self._candidates(story.recent[0]):
            if other is story or other.last_date is None or other.first_date is None:
                continue
            if self._kept_apart(story, other) or self._another_told_event(story, other, started):
                continue
            if other.last_date < started - window:
                older.append(other)
                continue
            if not other.first_date <= started + window:
                continue
            similarity = _link(story.recent[0], other)
            crossing = self._crossing_similarity(story.language, story.mark_counts.keys(), other)
            if crossing is not None and crossing >= self.cross_language_threshold:
                similarity = max(similarity, crossing)
            elif crossing is not None and story.language not in other.language_counts:
                continue
            if similarity < self.second_chance_threshold:
                continue
            days = _days_apart(started, other.first_date, other.last_date)
            score = similarity - background * self._penalty_units(other.first_date, other.last_date, days)
            eligible.append((score, -other.number, other))
        partner = (
            max(eligible, key=lambda item: item[:2])[2] if eligible else self._older_partner(story, older)
        )
        if partner is None:
            return story
        merged = self._merge(story, partner)
        # An update of the merged story (the order _retire_stale reads); it may be one a late article revived.
        self.active_[merged.id] = merged
        self.active_.move_to_end(merged.id)
        return merged

    def _older_partner(self, lone: _StoryState, older: Iterable[_StoryState]) -> _StoryState | None:
        """The story of ``older`` (quiet since before its second chance's days) a one-article story follows up, if any.

        A TDT topic is followed for weeks, and a piece of it that no outlet
        covered in its own days (a hurricane's toll counted three weeks on, the
        runoff of an election) found no partner there: the time penalty kept
        it out of its story when it came. It follows up the older story that
        its article is most like, if the article names the name that story's
        members mention most and its similarity (:func:`_link`) reaches
        ``older_partner_threshold``: the bar of a late follow-up of a retired
        story (:meth:`_late_follow_up`), which knows nothing of the time
        between either; and, as a bridging article must, if neither is of
        another event by the other (:meth:`_look_alikes`): next quarter's
        earnings brief, the next month's jobs report. ``older`` are candidates the second chance would merge
        into but for the days. None while the second chance is off
        (``second_chance_threshold`` above 1).
        """
        if self.second_chance_threshold > 1:
            return None
        vector, names = lone.recent[0], lone.recent_names[0]
        best: tuple[float, int, _StoryState] | None = None
        for other in older:
            if other.central_names.isdisjoint(names) or self._look_alikes(lone, other):
                continue
            similarity = _link(vector, other)
            if similarity >= self.older_partner_threshold and (
                best is None or (similarity, -other.number) > best[:2]
            ):
                best = (similarity, -other.number, other)
        return best[2] if best is not None else None

    # -- story state ----------------------------------------------------------------------------------

    @contextmanager
    def reusing_ids(self, former_numbers: Mapping[str, int], *, highest: int) -> Iterator[None]:
        """Within the block, a story this fresh grouper starts takes the id its first article's story had before,
        unless a story took it already; the others number on from ``highest``: a keeper grouping its articles again
        (:meth:`storyweave.store.Store.regroup`) keeps the ids a reader saw naming what they named.

        Args:
            former_numbers: Each article's story number before (``s0042`` is 42).
            highest: The highest story number ever given (a number of a story since gone included), which no
                story started here takes unless it is its first article's.

        Example:
            >>> grouper = StoryGrouper()
            >>> storm = Article(id="b", text="Storm Boris brings floods to Poland and Czechia.")
            >>> flood = Article(id="a", text="Flooding in Valencia forced 3,000 people from homes.")
            >>> with grouper.reusing_ids({"a": 7}, highest=9):
            ...     [grouper.add(storm), grouper.add(flood)]
            ['s0010', 's0007']
        """
        self.former_numbers_, self.untaken_numbers_ = dict(former_numbers), set(former_numbers.values())
        self.stories_created_ = max(self.stories_created_, highest)
        try:
            yield
        finally:
            self.former_numbers_, self.untaken_numbers_ = {}, set()

    def _new_story(self, first: str | None = None) -> _StoryState:
        """A story of no article yet, whose ``first`` article comes next: numbered after the last one made, or
        within :meth:`reusing_ids`, as that article's story was if no story took that number again."""
        number = self.former_numbers_.get(first)
        if number in self.untaken_numbers_:
            self.untaken_numbers_.discard(number)
        else:
            self.stories_created_ += 1
            number = self.stories_created_
        story = _StoryState(f"s{number:04d}", number, self.recent_articles)
        self.stories_[story.id] = story
        self.by_number_[number] = story
        return story

    def _absorb_vector(
        self, story: _StoryState, vector: dict[int, float], names: frozenset[int], article_id: str
    ) -> None:
        """Add an article's vector to the story's centroid, and it and its name words to the recent lists."""
        if vector:
            story.set_recent([vector], [article_id], [names])
            self._set_centroid(story, _add(story.centroid, vector))

    def _set_centroid(self, story: _StoryState, centroid: dict[int, float]) -> None:
        """Keep the top ``story_terms`` of ``centroid`` as the story's centroid and index them."""
        if len(centroid) > self.story_terms:
            # By weight, then term id: (weight, term) of each (term, weight) item.
            # Sorted whole, in C: the same items as heapq.nlargest (no two keys are equal), which ran its heap in Python.
            centroid = dict(
                sorted(centroid.items(), key=operator.itemgetter(1, 0), reverse=True)[: self.story_terms]
            )
        for term in story.centroid.keys() - centroid.keys():
            self._unindex(term, story.number)
        for term in centroid.keys() - story.centroid.keys():
            self.index_.setdefault(term, set()).add(story.number)
        if centroid:
            self.slots_.take(story.number)
        else:
            self.slots_.release(story.number)
        story.centroid = centroid
        story.centroid_norm = math.sqrt(sum(map(operator.mul, centroid.values(), centroid.values()))) or 1.0

    def _unindex(self, term: int, number: int) -> None:
        postings = self.index_.get(term)
        if postings is not None:
            postings.discard(number)
            if not postings:
                del self.index_[term]

    def _merge(self, first: _StoryState, second: _StoryState) -> _StoryState:
        """Merge two stories into the older one and return it."""
        keep, gone = (first, second) if first.number < second.number else (second, first)
        position = self.position_.__getitem__
        keep.article_ids = list(heapq.merge(keep.article_ids, gone.article_ids, key=position))
        for article_id in gone.article_ids:
            self.story_of_[article_id] = keep.id
        keep.duplicates = sorted(keep.duplicates + gone.duplicates, key=lambda pair: position(pair[0]))
        keep.sources += [source for source in gone.sources if source not in keep.sources]
        if keep.headline is None or (
            gone.headline is not None
            and _headline_rank(gone.headline_is_title, gone.headline_date)
            < _headline_rank(keep.headline_is_title, keep.headline_date)
        ):
            keep.headline, keep.headline_is_title = gone.headline, gone.headline_is_title
            keep.headline_id, keep.headline_date = gone.headline_id, gone.headline_date
        keep.source_counts += gone.source_counts
        keep.count_members(gone.tallies())
        keep.date_counts += gone.date_counts
        keep.undated |= gone.undated
        keep.tallied = keep.tallied and gone.tallied
        dates = [d for d in (keep.first_date, keep.last_date, gone.first_date, gone.last_date) if d]
        keep.first_date, keep.last_date = (min(dates), max(dates)) if dates else (None, None)
        keep.set_recent(gone.recent, gone.recent_ids, gone.recent_names)
        merged = _add(keep.centroid, gone.centroid)
        self._deactivate(gone)
        self._set_centroid(keep, merged)
        del self.stories_[gone.id]
        del self.by_number_[gone.number]
        # What was kept apart from either piece is kept apart from the story they make (an editor's merge
        # of two stories kept apart drops their pair).
        for pair in [pair for pair in self.apart_ if gone.number in pair]:
            self.apart_.discard(pair)
            other = pair[0] + pair[1] - gone.number
            if other != keep.number:
                self.apart_.add((min(other, keep.number), max(other, keep.number)))
        self.merges_.append((gone.id, keep.id))
        logger.debug("merged story %s into %s", gone.id, keep.id)
        return keep

    def _kept_apart(self, first: _StoryState, second: _StoryState) -> bool:
        """Whether an editor's move (:meth:`move`) or an article's denied link took these stories apart."""
        return (min(first.number, second.number), max(first.number, second.number)) in self.apart_

    def _look_alikes(self, first: _StoryState, second: _StoryState) -> bool:
        """Whether two stories are of look-alike events: started days apart, each of another event by the other.

        An article like both (a roundup of two trials before one judge) must
        not bridge them (step 5) and undo what kept the second out
        of the first (:meth:`_another_event`, each story's central names against
        the other's words, or :func:`_other_anchors`, their scores and codes).
        Their first dates, not their nearest: a verdict
        makes the first trial's story span the second's days. A second chance
        (step 6) does not ask: a lone article is often a piece of its story that
        names other people, and asking there cost 0.02 B-cubed F1 on the TDT dev
        set (AllSides: none either way); it asks the anchors that two members
        of the story tell (:meth:`_another_told_event`).
        """
        if first.first_date is None or second.first_date is None:
            return False
        days = abs((first.first_date - second.first_date).days)
        return days >= self.central_name_days and (
            self._another_event(second, first.recent_sum, first.central_names)
            or _other_anchors(second.anchor_counts, first.anchor_counts)
        )

    def _another_told_event(self, lone: _StoryState, other: _StoryState, started: dt.date) -> bool:
        """Whether a one-article story started on ``started`` tells another event than ``other`` by their anchors.

        So it does when ``other`` began ``central_name_days`` or more before,
        two or more of its members tell one score or code, and the article
        tells others and none of the story's (:func:`_other_anchors`): a
        team's next match, an airline's next diverted flight, reported once,
        whose story its second chance (step 6) merged into the first's. A
        score told by one member of a story of many events is no identity:
        TDT's Asian Games story tells "6-20" (the games' dates) and "3-2" once
        each, and its lone report of a "4-1" match belongs to it; asking the
        second chance for any anchors split it (TDT B-cubed F1 0.877 -> 0.873).
        """
        if not lone.anchor_counts:
            return False  # the common case, asked of every story a lone article's second chance may pick
        if not self._begun_before(other, started):
            return False
        told_twice = [anchor for anchor, count in other.anchor_counts.items() if count > 1]
        return _other_anchors(other.anchor_counts, lone.anchor_counts, told_twice)

    def _members(
        self,
        story: _StoryState,
        read: Callable[[Sequence[str]], Iterable[Article]],
        *,
        newest_first: bool = False,
        wanted: Callable[[str], bool] | None = None,
        first: int = 1,
    ) -> Iterator[Article]:
        """The story's members (those ``wanted``) as ``read`` gives them, ``first`` then twice as many each time.

        Stop iterating when you have enough: nothing more is read.
        """
        ids = [
            article_id
            for article_id in (reversed(story.article_ids) if newest_first else story.article_ids)
            if wanted is None or wanted(article_id)
        ]
        start, size = 0, first
        while start < len(ids):
            chunk = ids[start : start + size]
            found = {article.id: article for article in read(chunk)}
            yield from (found[article_id] for article_id in chunk if article_id in found)
            # Doubling: the first few members are mostly enough, and a long read costs few queries.
            start, size = start + size, size * 2

    def _take_out(
        self, story: _StoryState, out: Sequence[Article], read: Callable[[Sequence[str]], Iterable[Article]]
    ) -> None:
        """Take articles that left a story out of its outlets, dates and headline."""
        if not story.tallied:
            if story.id not in self.active_:
                return  # nothing read for a story that takes no more articles
            # A story of an older checkpoint: tallied once, from its members (undated: the newest date now).
            story.headline, story.headline_is_title, story.headline_id, story.sources = None, False, None, []
            story.headline_date = None
            story.first_date = story.last_date = None
            story.source_counts, story.date_counts, story.undated = Counts(), Counts(), {}
            for article in self._members(story, read):
                story.describe(article, stream_date(article.date) or self.newest_)
            story.tallied = True
            return
        for article in out:
            story.undescribe(article)
        if story.headline_id in {article.id for article in out}:
            story.headline, story.headline_is_title, story.headline_id, story.headline_date = (
                None,
                False,
                None,
                None,
            )
            for article in self._members(story, read):
                story.offer_headline(article, stream_date(article.date) or self.newest_)

    def _take_out_words(
        self, story: _StoryState, out: Sequence[Article], read: Callable[[Sequence[str]], Iterable[Article]]
    ) -> bool:
        """Take articles that left a story out of its centroid and recent vectors; False if none remain.

        A moved article's vector is its recent one, else it is read again as it
        reads now (the centroid keeps no vector per article). The recent
        vectors it frees are refilled from the newest other members.
        """
        out_ids = {article.id for article in out}
        recent = dict(zip(story.recent_ids, zip(story.recent, story.recent_names, strict=True), strict=True))
        centroid = dict(story.centroid)
        for article in out:
            if article.id in self.original_of_:
                continue  # a copy's words are its original's
            vector = recent[article.id][0] if article.id in recent else self._vector(article, learn=False)
            for term, weight in vector.items():
                if term in centroid:
                    centroid[term] -= weight
        # Above float residue: a term's weight in a unit vector of ``article_terms`` terms is far larger.
        self._set_centroid(story, {term: weight for term, weight in centroid.items() if weight > 1e-9})
        kept = [
            (article_id, *words)
            for article_id, words in recent.items()
            if article_id is not None and article_id not in out_ids
        ]
        held = {article_id for article_id, *_ in kept}
        older: list[tuple[str, dict[int, float], frozenset[int]]] = []
        if len(kept) < self.recent_articles:
            for article in self._members(
                story,
                read,
                newest_first=True,
                wanted=lambda article_id: article_id not in held and article_id not in self.original_of_,
                first=self.recent_articles - len(kept),
            ):
                vector, names = self._vector_and_names(article)
                if vector:
                    older.append((article.id, vector, names))
                    if len(kept) + len(older) == self.recent_articles:
                        break
        story.recent.clear()
        story.recent_ids.clear()
        story.recent_names.clear()
        members = older[::-1] + kept
        story.set_recent(
            [vector for _, vector, _ in members],
            [article_id for article_id, _, _ in members],
            [names for _, _, names in members],
        )
        return bool(story.recent)

    def _rename(self, story: _StoryState, story_id: str) -> None:
        """Give a story another id (its number, which orders ties and the index, stays): a merge into it."""
        old_id = story.id
        story.id = story_id
        # Rebuilt rather than popped and re-added: stories_ lists the stories in order of creation.
        self.stories_ = {(story_id if key == old_id else key): value for key, value in self.stories_.items()}
        if self.active_.pop(old_id, None) is not None:
            self.active_[story_id] = story
        for article_id in story.article_ids:
            self.story_of_[article_id] = story_id
        self.merges_.append((old_id, story_id))

    def _deactivate(self, story: _StoryState) -> None:
        """Take a story out of the index and drop its vectors; it can no longer take articles."""
        for term in story.centroid:
            self._unindex(term, story.number)
        self.slots_.release(story.number)
        story.centroid, story.centroid_norm = {}, 0.0
        story.recent.clear()
        story.recent_ids.clear()
        story.recent_names.clear()
        story.recent_sum = {}
        self.active_.pop(story.id, None)

    def _retire_stale(self) -> None:
        """Retire stories not updated within ``stale_days`` of the newest date, or beyond ``max_active``."""
        cutoff = self._active_since()
        while self.active_:
            story = next(iter(self.active_.values()))
            if not _stale(story, cutoff) and len(self.active_) <= self.max_active:
                break
            self._remember_retired(story)
            self._retire(story)

    def _active_since(self) -> dt.date | None:
        """The earliest last date of an active story: ``stale_days`` before the newest date (None: no date yet)."""
        return self.newest_ - dt.timedelta(days=self.stale_days) if self.newest_ else None

    def _revive(
        self, archive: StoryArchive, article: Article, date: dt.date | None, vector: dict[int, float]
    ) -> list[_StoryState]:
        """Bring back the retired stories active around a late article's date; returns them.

        A story retired as stale had its last article before :meth:`_active_since`;
        one whose dates come within ``stale_days`` of the article's is one the
        article would have met had it arrived in date order. Only an article
        older than the newest date can meet one, so an in-order stream never asks
        the archive. A story too far from the date for the time penalty to let
        even a similarity of 1 reach ``threshold`` stays retired. Of the others
        (the least penalised, as many as the articles read below), a first look
        scores the article against each one's member nearest its date, and the
        ``max_candidates`` best come back whole: a late article costs a bounded
        number of reads, and a short story amid long ones that span the same
        days is not passed over for them. Each comes back described by its
        members nearest the article's date, read again (the centroid, the sum of
        every member's vector, becomes theirs): a story of months is met as it
        was then. It is scored by the normal rule; :meth:`add` retires it again
        afterwards unless the article made it current. Stories pushed out by
        ``max_active`` stay out: they bound the memory.
        """
        cutoff = self._active_since()
        if date is None or cutoff is None or date >= self.newest_:
            return []
        background = self._background()
        window = dt.timedelta(days=self.stale_days)
        reachable = []
        for story_id, first, last in archive.spans(date - window, date + window, cutoff):
            if story_id in self.active_:
                continue  # a candidate as it is (one a late article started, or made current again)
            units = self._penalty_units(first, last, _days_apart(date, first, last))
            if 1 - background * units >= self.threshold:
                reachable.append((units, story_id))
        first_look = []
        for units, story_id in heapq.nsmallest(self.max_candidates * self.recent_articles, reachable):
            nearest = archive.story(story_id, article, date, 1)
            if nearest is not None and nearest.recent:
                # The cosine to one member, less the penalty: a cheap stand-in for the score.
                similarity = _dot(vector, self._vector(nearest.recent[0], learn=False))
                first_look.append((background * units - similarity, story_id))
        revived = []
        for _, story_id in heapq.nsmallest(self.max_candidates, first_look):
            stored = archive.story(story_id, article, date, self.recent_articles)
            story = self.stories_.get(story_id) or (self._restored(stored) if stored is not None else None)
            if story is None or stored is None:
                continue
            read = [(member.id, *self._vector_and_names(member)) for member in stored.recent]
            read = [(member_id, words, names) for member_id, words, names in read if words]
            if not read:
                self._retire(story)
                continue
            story.set_recent(
                [words for _, words, _ in read],
                [member_id for member_id, _, _ in read],
                [names for *_, names in read],
            )
            centroid: dict[int, float] = {}
            for _, words, _ in read:
                centroid = _add(centroid, words)
            self._set_centroid(story, centroid)
            revived.append(story)
        return revived

    def _remember_retired(self, story: _StoryState) -> None:
        """Keep what a late follow-up needs of a story that leaves the active set.

        Its words (:class:`_Retired`) and, by its most-mentioned names, its
        number; the ``archived_stories`` latest retired, and the
        ``_RETIRED_PER_NAME`` latest per name, so memory and the look-up of
        :meth:`_late_follow_up` stay flat on an endless stream. A story of one
        article is looked up by name apart from those of more: there are more
        of them, and in one index they pushed stories of several articles out
        of their names' latest and of the stories compared.
        """
        if not self.archived_stories or not story.centroid:
            return
        self._forget_retired(story.number)
        top = heapq.nlargest(_RETIRED_TERMS, story.centroid.items(), key=operator.itemgetter(1, 0))
        norm = math.sqrt(sum(weight * weight for _, weight in top))
        self.retired_[story.number] = _Retired(
            story.id,
            {term: weight / norm for term, weight in top},
            story.central_names,
            frozenset(story.anchor_counts),
            story.last_date,
        )
        by_name = self.retired_by_name_ if len(story.article_ids) > 1 else self.lone_retired_by_name_
        for term in story.central_names:
            by_name.setdefault(term, deque(maxlen=_RETIRED_PER_NAME)).append(story.number)
        if len(self.retired_) > self.archived_stories:
            self._forget_retired(next(iter(self.retired_)))

    def _forget_retired(self, number: int) -> None:
        """Drop a retired story's words and postings (revived, retired again, or the oldest kept)."""
        retired = self.retired_.pop(number, None)
        if retired is None:
            return
        for by_name in (self.retired_by_name_, self.lone_retired_by_name_):
            for term in retired.central:
                postings = by_name.get(term)
                if postings is not None and number in postings:
                    postings.remove(number)
                    if not postings:
                        del by_name[term]

    def _late_follow_up(
        self,
        article: Article,
        date: dt.date | None,
        vector: dict[int, float],
        names: frozenset[int],
        anchors: frozenset[int],
        denied: frozenset[int],
        archive: StoryArchive | None,
    ) -> _StoryState | None:
        """The retired story an article no active story takes follows up, brought back; None: none.

        A verdict months after a crime, an inquiry's report on a ferry grounding:
        the story went stale (or ``max_active`` fresher ones pushed it out) long
        before. The bar is strict, since nothing of the time between is known:
        the article names the name the story's members mentioned most, its
        cosine to the story's words reaches ``revive_threshold``, it tells no
        other scores or codes (:func:`_other_anchors`), it denies no link
        to it, and the story's last article is at most ``revive_days`` older:
        names alone do not make one story of events decades apart (the 1998
        Wye talks and 2021's Gaza rockets, both of Israel). Of such stories
        the most similar comes back, described by its words, to take the
        article; a story of one article only when no story of more qualifies
        (a story its outlets told more than once is the likelier one to be
        followed up; :meth:`_remember_retired`). A story this grouper has
        forgotten (``keep_history``) comes back from the ``archive``, or not
        at all.
        """
        for by_name in (self.retired_by_name_, self.lone_retired_by_name_):
            for _, negative_number in sorted(
                self._retired_like(by_name, date, vector, names, anchors, denied), reverse=True
            ):
                retired = self.retired_[-negative_number]
                story = self.stories_.get(retired.id)
                if story is None and archive is not None and date is not None:
                    stored = archive.story(retired.id, article, date, self.recent_articles)
                    story = self._restored(stored) if stored is not None else None
                if story is None:
                    continue  # merged away since, or forgotten with no keeper to ask
                self._forget_retired(-negative_number)
                story.set_recent([retired.words], [None], [retired.central])
                self._set_centroid(story, dict(retired.words))
                logger.debug("article %s revives retired story %s", article.id, story.id)
                return story
        return None

    def _retired_like(
        self,
        by_name: dict[int, deque[int]],
        date: dt.date | None,
        vector: dict[int, float],
        names: frozenset[int],
        anchors: frozenset[int],
        denied: frozenset[int],
    ) -> list[tuple[float, int]]:
        """(cosine, -number) of the retired stories of one look-up index an article may take back.

        See :meth:`_late_follow_up`; of those whose most-mentioned names the
        article names most often, ``_RETIRED_LOOKS`` are compared (the first
        made first among equals).
        """
        # Chained in C rather than by a generator (a tenth faster).
        hits = Counter(itertools.chain.from_iterable(map(by_name.get, names, itertools.repeat(()))))
        candidates = []
        # Of equally named stories the first made first: by number, not in the names' order, which is a
        # frozenset's and changes when a sketching worker sends the set back rebuilt, so the same stream grouped
        # otherwise in big batches (sketched by workers) and small ones. `python bench/bench_lookalikes.py --late
        # --revive 0.3`, AllSides' 186 late articles back to their stories: first made first 84 (43 to others, F1
        # 0.769), the latest first 70 (38, 0.760), the rarest names' first 79 (39, 0.768), the names sorted 78
        # (40, 0.765); the names' order in-process 83 (40, 0.771). `python bench/bench_stream.py --n 20000`'s
        # generated events (B-cubed F1): first made first 0.526, the latest first 0.528, workers' order 0.530.
        for number in _most_hit(hits, _RETIRED_LOOKS):
            retired = self.retired_[number]
            if retired.id in self.active_:
                continue  # scored as it is (a late backfill revived it)
            if _slept_beyond(retired.last_date, date, self.revive_days):
                continue
            similarity = _dot(vector, retired.words)
            if similarity < self.revive_threshold:
                continue
            if denied and 2 * sum(map(retired.words.__contains__, denied)) >= len(denied):
                continue
            if _other_anchors(retired.anchors, anchors):
                continue
            candidates.append((similarity, -number))
        return candidates

    def _restored(self, stored: StoredStory) -> _StoryState | None:
        """The state of a forgotten story from its keeper's copy, registered under its own id and number.

        Its number (the id's digits, ``s0042``) keeps its place among ties and
        the editor's pairs kept apart; its tallies (:class:`_Tallies`) are its
        ``recent`` members'. None for an id of no number free here (not
        one this grouper made), or with a member this grouper holds already (in
        another story, or the article being added).
        """
        number = int(stored.id[1:]) if re.fullmatch(r"s\d+", stored.id) else None
        if number is None or number in self.by_number_:
            return None
        if any(member.id in self.position_ for member in stored.members):
            return None
        story = _StoryState(stored.id, number, self.recent_articles)
        for member in stored.members:
            story.note(member, stream_date(member.date))
            self.story_of_[member.id] = story.id
            self.position_[member.id] = len(self.position_)
        story.duplicates = list(stored.copies)
        self.original_of_.update(stored.copies)
        # Counted from the members read whole: what it was in date order, its language and marks (against which
        # an article in another language is weighed) and the names, anchors and titles its events are told by.
        story.count_members(self._member_counts(stored.recent))
        self.stories_[story.id] = story
        self.by_number_[number] = story
        return story

    def _retire(self, story: _StoryState, *, forget: bool = False) -> None:
        """Retire a story from matching; forget it and its articles if ``forget`` or not ``keep_history``."""
        self._deactivate(story)
        if forget or not self.keep_history:
            del self.stories_[story.id]
            del self.by_number_[story.number]
            for article_id in story.article_ids:
                self._forget_article(article_id)

    def _forget_article(self, article_id: str) -> None:
        del self.story_of_[article_id]
        del self.position_[article_id]
        self.original_of_.pop(article_id, None)


def story_from_articles(
    story_id: str, articles: Iterable[Article], duplicates: Iterable[tuple[str, str]] = ()
) -> Story:
    """Describe a story from its articles in arrival order, as :meth:`StoryGrouper.stories` does.

    The headline is the earliest dated title among the articles, else the
    earliest article's first sentence of prose (:func:`headline`; of equals, the first);
    outlets are listed in order of first appearance, and those of copies only
    named apart (:func:`with_copy_sources`). A date in the future
    (see :func:`~storyweave.group.dedup.stream_date`) counts as none.

    Args:
        story_id: The story's id.
        articles: Its articles, in the order they arrived.
        duplicates: ``(copy id, original id)`` pairs among them.
    """
    state = _StoryState(story_id, 0, 1)
    articles = list(articles)
    for article in articles:
        # A date beyond tomorrow (a typo, "2062" for "2026") spans no story: it would list a May story as this
        # week's, first by latest date for decades (QA).
        state.note(article, stream_date(article.date))
    state.duplicates = list(duplicates)
    return with_copy_sources(state.to_story(), articles)


def with_copy_sources(story: Story, articles: Iterable[Article]) -> Story:
    """``story`` naming the outlets that carried only copies of its articles (``Story.copy_sources``).

    Args:
        story: A story, with its ``duplicates``.
        articles: Its articles.
    """
    copies = {copy for copy, _ in story.duplicates}
    return replace(
        story, copy_sources=copy_only_sources((article.source, article.id in copies) for article in articles)
    )


def group_stream(articles: Iterable[Article], grouper: StoryGrouper | None = None) -> dict[str, str]:
    """Group articles in the order given and return each article's final story id.

    The stream ends with the last article, so one-article stories still
    waiting get their second chance then (:meth:`StoryGrouper.settle`).

    Args:
        articles: In date (stream) order; dated articles out of that order are
            grouped as given, with one warning.
        grouper: The grouper to feed; a default ``StoryGrouper`` when None.

    Returns:
        ``{article id: story id}`` after the last article, so articles of
        stories merged later carry the surviving id.
    """
    grouper = grouper if grouper is not None else StoryGrouper()
    newest: tuple[dt.date, str] | None = None  # the newest date so far, and its article's id
    warned = False
    for article in articles:
        if article.date is not None:
            if newest is None or article.date >= newest[0]:
                newest = (article.date, article.id)
            elif not warned:
                # An unsorted feed groups differently from the same feed sorted (as `ingest` sorts it), and
                # nothing else would say so (QA: a ferry story split in two only in a shuffled file).
                logger.warning(
                    "articles are not in date order (%s of %s after %s of %s): they are grouped in the order"
                    " given; sort them by date for the stories `ingest` makes",
                    article.id,
                    article.date,
                    newest[1],
                    newest[0],
                )
                warned = True
        grouper.add(article)
    grouper.settle()
    return dict(grouper.story_of_)
