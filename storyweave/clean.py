"""Clean: drop boilerplate from article text, recording each removal and why.

First, text that was decoded with the wrong codec upstream ("eventâ\x80\x94the",
"\x97 Police") is repaired by ftfy, a well-kept library for exactly this; three
of the 1,225 dev-set articles need it.

Then four kinds of rule, applied in this order:

1. ``_PARAGRAPH_RULES``: a paragraph that matches one of these in full is
   dropped ("Photo: Getty Images", "Advertisement", "✖").
2. ``_FRAGMENT_RULES``: a sentence or fragment matching one of these is cut
   out of its paragraph and the rest kept ("Scroll ahead to find out how ..."
   inside a paragraph of real text). A paragraph left with no words is dropped,
   and what is left is checked against the paragraph rules again.
3. The author bio: a paragraph among the last ``_BIO_TAIL`` that describes a
   person as a journalist or writer, opens with a heading such as "About the
   author:", or only says how to reach them (``_is_author_bio``), and contact
   lines run on after a story's last sentence ("Reach Bob Dunn at bdunn@...").
4. In a live blog (a "LIVE:" headline, a live page's address, or two paragraphs
   or more opening with a time), each entry's time ("09:12 GMT: ") and the blog's
   greetings and sign-offs ("We will bring you more updates tomorrow.") are cut
   out, and the headline loses its "LIVE:" label.

A removed correction notice ("Correction: An earlier version of this article
said 2,100 homes ...") is also logged as a warning, which the reading notes
(:func:`storyweave.ingest.reading_notes`) pass to the story's report.

Rules aim at precision: each was written from boilerplate found in the dev sets
(/work/shared/data) and the teigen-jack example. Run over the 1,225 articles of
the four summarization dev sets (11,105 paragraphs) they make 530 removals, all
read by hand and all boilerplate (wire slug 124, photo credit 99, photo caption
72, link prompt 54, byline 39, video caption 34, lone symbol 31, page label 19,
share prompt 17, the rest under 11 each); 13 articles are left empty: Wayback,
Twitter and video-player notices and one lone "More from this journal". Photo and video
captions ("Image caption ...", "FILE - In this Jan. 23, 2018, file photo, ...",
"... is pictured on Tuesday, Oct. 27, 2009. According... (Associated Press)")
and page stamps ("Updated on Oct. 8, 2013") count as boilerplate: they describe a
picture or the page, not the story, and their dates would read as events. Over
the 438 paragraphs of reference summaries, which are pure news prose, they
remove only two "Click for ..." prompts. Paragraph rules only match short
paragraphs, so a real paragraph that merely starts like boilerplate is kept.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import re
import string
from collections.abc import Iterable, Sequence

from storyweave.ingest import TERMINAL_ESCAPE, parse_date
from storyweave.model import Article, Batch, Problem, RemovedLine

logger = logging.getLogger(__name__)

# Characters that mojibake of UTF-8 or Windows-1252 text always contains: C1
# controls, or the lead bytes of two- and three-byte UTF-8 read as Latin-1.
# Text without them is left alone, so the stream pays for ftfy only where it may help.
_MOJIBAKE_MARK = re.compile("[\x80-\x9f\u00c2\u00c3\u00e2]")
# Terminal escapes and control characters other than tab and line breaks: a bell or an escape ("\x1b[31m")
# in an article would reach every output, and print as commands in a terminal. C1 controls go too, after
# the repair above has read any that stand for cp1252 punctuation.
_WORD_CHARACTER = re.compile(r"[^\W_]")
_CONTROL_CHARACTER = "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]"
_CONTROL = re.compile(f"{TERMINAL_ESCAPE}|{_CONTROL_CHARACTER}")
# Each match of _CONTROL opens with one of its characters (an escape with ESC), and most texts hold none: this
# scan looks for them first, as _CONTROL's scan tries the escapes' alternatives at every character (DUC 2003 dev
# articles: 0.52 -> 0.25 ms a cluster).
_ANY_CONTROL = re.compile(_CONTROL_CHARACTER)


_Rule = tuple[re.Pattern[str], str, tuple[str, ...]]


def _compile(rules: tuple[tuple[str, str] | tuple[str, str, tuple[str, ...]], ...]) -> tuple[_Rule, ...]:
    """Compile a (reason, pattern[, signs]) table into (pattern, reason, signs); patterns ignore case unless
    they say ``(?-i:...)``."""
    return tuple(
        (re.compile(pattern, re.IGNORECASE), reason, signs[0] if signs else ())
        for reason, pattern, *signs in rules
    )


# Where a sentence starts: the paragraph start, or after sentence-final punctuation (and a closing quote or
# bracket). Not after an opening quote: "Sign up," he said.
_SENTENCE_START = r"(?:^|(?<=[.!?])|(?<=[.!?][\"”’)\]]))"


def _sentence(start: str) -> str:
    """A pattern for a whole sentence that starts with ``start``.

    The match begins at the paragraph start or after sentence-final punctuation,
    takes the whitespace before the sentence (so the text around it closes up)
    and runs to the full stop that ends the sentence, not the one in "U.S." or ".com".
    """
    return rf"{_SENTENCE_START}\s*(?:{start})(?:[^.!?\n]|[.!?](?=[^\s\"”’]))*(?:[.!?]+[\"”’]?|$)"


# Picture agencies and desks named in the photo credits of the dev sets.
_AGENCY = r"getty(?: images)?|wireimage|filmmagic|shutterstock|corbis|istock|pressphoto|invision"
_SHARE_WORD = (
    r"share(?: this)?(?: article| story)?|tweet|e-?mail|print(?: this (?:article|story|page))?|pin(?: it)?|like(?: this)?"
    r"|loading|related|save(?: this)?(?: article| story)?|gift(?: this)? article|add to list|join the conversation"
    r"|leave a comment"
    r"|facebook|twitter|linkedin|pinterest|reddit|whatsapp|tumblr|google\+?|messenger|play|comments?"
    r"|\d[\d.,]*k? shares?|shares? (?:on|via) \w+|copy link|help spread the word"
)
_NAME = r"(?-i:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3})"  # Two to four capitalised words.
# What a journalist is called, in a byline or a bio.
_ROLE = (
    r"(?:journalist|writer|reporter|editor|contributor|correspondent|columnist|author|freelancer|blogger"
    r"|producer|critic|photographer)s?"
)
# A prompt to share the article, as a sentence of its own, after the question that leads to it, if any: "Enjoy
# this article? Share it on Facebook.", "Like this story? Share it with your friends.", "Please share this
# article on Twitter". Only "it" or "this" shared, on a network or with the reader's friends, a short tail
# after: prose shares something named ("share its findings with regulators", "share it with detectives").
_SHARE_SENTENCE = (
    rf"{_SENTENCE_START}\s*(?:(?:(?:did you )?(?:enjoy(?:ed)?|liked?|loved?)|found) this (?:article|story|post|piece|page"
    r"|useful|helpful|interesting)\?\s+)?(?:please )?share (?:it|this(?: (?:article|story|post|piece|page))?)"
    r" (?:on|with|via) (?:facebook|twitter|x|whatsapp|linkedin|reddit|pinterest|instagram|social media|e-?mail"
    r"|(?:your |all your )?(?:friends|family|followers))\b[^.!?\n]{0,60}(?:[.!?]+|$)"
)
# A page's row of share buttons run into a paragraph, as an extractor that falls back to a whole page's text
# leaves it: "By Staff · 2026-11-27 Share on X Facebook Email Copy link The scene on Saturday night."; two or
# more buttons, where prose that shares "on Facebook" names one network.
_NETWORK = (
    r"x|twitter|facebook|whatsapp|linkedin|reddit|pinterest|messenger|threads|bluesky|e-?mail|copy link|print"
)
_SHARE_BAR = rf"\s*\bshare on (?:{_NETWORK})(?:[\s,|•·]+(?:{_NETWORK})\b)+"
# How to reach a newsroom with a tip: "Send us a secure tip using the instructions at newstips.usatoday.com."
_TIP_LINE = r"send us a (?:secure |news )?tip (?:using|at|to|via|through|by|on)\b[^.!?]{0,150}(?:\.\w+)*\.?"
# A label or credit, not a sentence: no final stop. It closes a paragraph rule, where it looks back from the
# paragraph's end; as a lookahead opening the rule it read every paragraph to its end.
_NO_FINAL_STOP = r"(?<![.!?])(?<![.!?][\"”’)])"
# A photo credit run into the sentence below it, "Name Name / Agency": "Neil Warner / Splash News Britney
# Spears' handlers have strong ideas ..." (Multi-News dev), "Photo: Jane Doe/Reuters The fire began ...". The
# agency is one word, or two when the second is a desk's or a paper's ("Splash News", "Getty Images", "Isle
# Gazette"); the sentence after it opens with a capital. Cleaning cuts it from a paragraph's start, and a
# story's name is looked for after it (:func:`storyweave.group.headline`).
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s*\Z")
_GLUED_CREDIT = re.compile(
    r"(?:(?:Photo|Image|Picture)s?(?: credit)?:\s*)?(?:[A-Z][\w.'’-]*\s){0,3}[A-Z][a-z][\w.'’-]*"
    r"\s?/\s?[A-Z][\w&'’-]*"
    r"(?:\s(?:News|Images|Photos?|Pictures|Press|Wire|Service|Agency|Gazette|Times|Post|Herald|Journal|Tribune"
    r"|Chronicle))?\s(?=[A-Z\"“‘'])"
)
# A photo's caption, which describes a picture rather than telling the story; one definition for every stage
# (cleaning cuts one that opens a paragraph, :func:`storyweave.group.headline` names no story after one, the
# cross-check neither dates nor states from one). Forms:
# - people placed in the picture: "Shane Bauer (2nd L), Sarah Shourd (3rd L) ... sit with their mothers ...",
#   "Paterson, right, ...", "actor Tom Sizemore, seen here in 2014, ..." (not a party's "(R)");
# - the picture introducing itself: "FILE - In this Jan. 23, 2018, file photo, ...", "This undated handout photo
#   shows ...", or any file photo (a sentence that mentions another photo is prose: "Police released an undated
#   photo of the suspect.");
# - an agency's credit: "... Oct. 3, 2015. (AP Photo/Mark Humphrey)", or a photo desk's label: "Buy Photo Workers
#   cover up the name ...";
# - someone doing what a picture shows, in the present tense, on the day it was taken ("A firefighter sprays water
#   on a burning house in Redwood, California, on Tuesday."), or, with a verb that news prose tells in the past,
#   at a place ("Matt Damon attends a screening in New York.", "A woman waves the Egyptian flag during a
#   protest ...") with no one quoted or cited. A story's sentences tell what happened in the past tense.
# Read over every cleaned, segmented sentence of the four summarization dev sets, it finds the 9 captions of
# Multi-News dev and no prose (tests/test_s42_clean_captions.py has their forms).
_PICTURE_VERBS = (
    "sits stands walks holds looks gestures waves poses speaks arrives sprays carries watches listens reacts"
    " celebrates prays embraces hugs smiles greets attends leaves works waits gathers searches"
).split()
_PICTURE_VERB = "(?:" + "|".join(_PICTURE_VERBS).replace("looks", "looks on") + ")"
# The same for many people in the picture ("Rescuers work at the site of the collapse on Tuesday.", "Families wait
# outside the quarry gate on Wednesday."): a plural noun, then the verb's plain form. Not the verbs whose plain form
# tells a plan in prose ("Delegates arrive in Geneva on Monday.", "attend", "leave", "speak").
_PLURAL_PICTURE_VERBS = (
    "sit stand walk hold look gesture wave pose spray carry watch listen react celebrate pray embrace hug smile"
    " greet work wait gather search"
).split()
_PLURAL_PICTURE_VERB = "(?:" + "|".join(_PLURAL_PICTURE_VERBS).replace("look", "look on") + ")"
# Of those, the verbs prose seldom puts in the present tense right after its subject ("holds", "stands",
# "leaves", "carries" and "poses" do: "the state stands ready", "Extreme weather poses risks").
_CAPTION_ONLY_VERB = r"(?:attends|arrives|gestures|looks on|prays|reacts|smiles|speaks|walks|waves)"
# The forms are four patterns, not one searched alternation, because a search tries every alternative at every
# character: those anywhere in the sentence (_CAPTION_ANYWHERE, searched), those that open it (_CAPTION_OPENING,
# _PICTURE_CAPTION and _CAPTION_AT_PLACE, matched at its start). `python bench/bench_captions.py`: as one pattern is_caption cost
# 16.7 µs a call over the dev sets' sentences and paragraphs and headline() 80 µs; as three, 7.3 µs (the same
# answers) and headline() 67 µs.
# Each of _CAPTION_ANYWHERE's alternatives opens with a character, not with "\b", so that the search skips to where
# one of those characters stands rather than trying every alternative at every character (bench_captions: its
# search 4.7 -> 0.9 µs a call, the same answers). "s(?<!\ws)" is "\bs": an "s" with no word character before it.
_CAPTION_ANYWHERE = re.compile(
    r"\((?:\d(?:st|nd|rd|th) [LRC]\)|(?:left|right|center|centre)\)|(?:AP|AFP|EPA|Reuters|Getty) (?:Photo|Images)\b)"
    r"|, (?:left|right|center|centre),|s(?<!\ws)een here\b|f(?<!\wf)ile (?:photo|picture|image)\b"
)
_CAPTION_OPENING = re.compile(
    r"(?:(?-i:FILE)\s*[-\u2013\u2014]\s*)?In this\b(?:[^.]|\.(?= ?\d)){0,80}?\b(?:photo|picture|image|video)\b"
    r"|(?:This |An? )?(?:undated )?(?:handout|undated) (?:photo|picture|image)\b"
    r"|(?-i:Buy Photo) "
)
# Someone doing what a picture shows, on the day it was taken. This form and _CAPTION_AT_PLACE put a picture's verb
# among the sentence's first _PICTURE_VERB_WORDS words, which is_caption tests first (:func:`_has_picture_verb`).
_PICTURE_VERB_WORDS = 13
_PICTURE_CAPTION = re.compile(
    rf"(?:(?:\S+ ){{1,{_PICTURE_VERB_WORDS - 1}}}?{_PICTURE_VERB}"
    rf"|(?:\S+ ){{0,{_PICTURE_VERB_WORDS - 2}}}?(?:\S+s|[Pp]eople|[Cc]hildren|[Mm]en|[Ww]omen) {_PLURAL_PICTURE_VERB})"
    r" [^.!?]*"
    r"(?:\bon (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\b[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})\.$"
)
# Someone doing at a place what a picture shows, told with a caption's verb, in a sentence that quotes or cites no
# one (_ATTRIBUTION, searched only once this matched).
_CAPTION_AT_PLACE = re.compile(
    rf"(?:An?|(?:[A-Z][\w.'’-]*))(?: [\w.'’-]+){{0,6}} {_CAPTION_ONLY_VERB}"
    r" (?:a|an|the|at|in|during|with|on|to|outside|among|after|before|from|near)\b.*[.)]$"
)
_ATTRIBUTION = re.compile(r"\bsaid\b|\bsays\b|\btold\b|\baccording to\b|[\"“”]")
# What a caption holds within its first _CAPTION_CHARS characters: a mark of a position or credit, an opening
# that introduces a picture, or a picture's verb among its first words. A cheap first test of is_caption, as most
# paragraphs hold none: finding each paragraph's first sentence and testing it doubled cleaning's time (250 ->
# 489 ms of CPU for the 1,225 dev articles of the four summarization sets; 280 ms with this test).
_CAPTION_PARENTHESIS = re.compile(
    r"\((?:\d(?:st|nd|rd|th) [LRC]\)|left\)|right\)|cent|AP |AFP |EPA |Reuters |Getty )"
)
_CAPTION_OPENERS = ("In this", "FILE", "This ", "A file", "A handout", "An undated", "Undated", "Buy Photo")
# A photo desk's label, on a line of its own under the caption of the picture it sells (USA Today's sites: "Rescuers
# lower a camera into a shaft ... on Tuesday." then "Buy Photo"): the paragraph before it is that caption.
_PHOTO_DESK_LABEL = "Buy Photo"
_PICTURE_VERB_SET = frozenset(_PICTURE_VERBS + _PLURAL_PICTURE_VERBS)
_CAPTION_CHARS = 300
# A paragraph's first sentence, where a caption runs into the story below it ("A woman waves the Egyptian flag
# ... area. European Union foreign policy chief Catherine Ashton said Tuesday ..."): it ends at a full stop before
# a capital, not one of a short abbreviation's ("St. John", "D.C. The"). A caption has _CAPTION_CHARS at most.
_OPENING_SENTENCE = re.compile(
    r"(?:[^.!?)]++|(?<=\b[A-Z][a-z])\.|(?<=\b[A-Z])\.|[.!?)](?!\s+[\"“‘(]?[A-Z]|\s*$))*+[.!?)](?=\s+[\"“‘(]?[A-Z]|\s*$)"
)


def is_caption(sentence: str) -> bool:
    """Whether ``sentence`` is a photo's caption or credit (the forms above ``_CAPTION_ANYWHERE``) rather than a
    sentence of the story.

    Example:
        >>> is_caption("Matt Damon attends a screening in New York."), is_caption("The photo was taken Tuesday.")
        (True, False)
    """
    if _CAPTION_OPENING.match(sentence) or _CAPTION_ANYWHERE.search(sentence):
        return True
    return _has_picture_verb(sentence) and bool(
        _PICTURE_CAPTION.match(sentence)
        or (_CAPTION_AT_PLACE.match(sentence) and not _ATTRIBUTION.search(sentence))
    )


def _has_picture_verb(text: str) -> bool:
    """Whether a picture's verb is one of the first ``_PICTURE_VERB_WORDS`` words of ``text``: a set test, cheaper
    than the patterns that look for one after each word (`python bench/bench_captions.py` with _CAPTION_ANYWHERE's
    change above: is_caption 7.8 -> 2.4 µs a call, the same answers)."""
    return not _PICTURE_VERB_SET.isdisjoint(text.split(maxsplit=_PICTURE_VERB_WORDS)[:_PICTURE_VERB_WORDS])


# Dates and times as page furniture writes them: "Tuesday, Oct. 27, 2009", "July 31,2014", "10:54 am ET".
_MONTH = (
    r"(?-i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# A weekday in full or cut short, as a page's stamp gives it: "Updated 9:02 AM ET, Wed October 14, 2026" (CNN).
_DATE = (
    r"(?:(?-i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,? )?"
    rf"(?:{_MONTH} \d{{1,2}}(?:,? ?\d{{4}})?|\d{{1,2}} {_MONTH}(?: \d{{4}})?)"
)
_TIME = r"\d{1,2}:\d\d(?: ?[ap]\.?m\.?)?(?: (?-i:ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|GMT|UTC|BST))?"
# A time stamp: dates and times in any order ("3:14 p.m. ET Oct. 8, 2013", "Monday, June 23, 2014
# 11:03 PM EDT").
_STAMP = rf"(?:{_DATE}|{_TIME})(?:,? (?:at )?(?:{_DATE}|{_TIME}))*"
# The reason of a removed notice about the article itself: a correction, which :func:`clean` also logs as a
# reading note, or where it was printed.
CORRECTION_NOTICE = "correction notice"
# What a notice that corrects the article says, and one saying where it was printed does not.
_CORRECTS = re.compile(
    r"\b(?:correct|clarif|amend|misstat|incorrect|wrong|error|(?:earlier|previous|prior) version\b)",
    re.IGNORECASE,
)
# A full date inside a page stamp, read to date an undated article ("Posted Tuesday, November 21, 2017").
_STAMP_DATE = re.compile(rf"(?P<month>{_MONTH}) (?P<day>\d{{1,2}}),? ?(?P<year>\d{{4}})")

# A place as a writer's note names it, in capitalised words: "Kestrel Falls", "Marrow, Norland"; not a month or a day.
_PLACE = (
    rf"(?!(?:{_MONTH}|(?-i:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b)"
    r"(?-i:[A-Z][\w'’.-]*(?:,? [A-Z][\w'’.-]*){0,3})"
)
# The wire's terms after its copyright: "This material may not be published, broadcast, rewritten or redistributed."
_REDISTRIBUTION = (
    r"this material may not be published, broadcast, rewritten,? or redistributed(?: in any way)?\.?"
)

# (reason, pattern[, signs]): a paragraph that matches in full is dropped. Order matters: the first match
# names the reason. Lengths are capped so that a long real paragraph that starts like boilerplate is kept.
# A rule that may start anywhere in the paragraph (".{0,150}Posted: ") names its signs, lowercase words
# one of which every match contains: it runs only on paragraphs containing one, as the fragment rules
# below do. Those rules took most of the paragraph rules' time, which was most of cleaning's: with signs,
# 44 -> 9 us a paragraph over the DUC, Multi-News and AllSides dev paragraphs, and cleaning 9.5 -> 3 ms
# of CPU per cluster of bench/bench_summarize.py's DUC set.
_PARAGRAPH_RULES = _compile(
    (
        # "✖", "___", "***", "------": separators and icon glyphs left from the page layout.
        ("lone symbol", r"[\W_]{1,10}"),
        # A CNN gallery, "Photos: <title> <caption> Hide Caption 1 of 13 ...": one paragraph of
        # 2,700-9,700 characters in the Multi-News dev set; the Wall Street Journal's counts its slides first,
        # "Photos: <title> <caption> <credit> 1 of 20 • • • 1 of 20 Show Caption <caption> <credit>".
        ("photo gallery", r"(?-i:Photos: .*\b(?:Hide Caption \d+ of \d+|\d+ of \d+\b.*\bShow Caption\b.*))"),
        # More galleries: three credits or labels in one paragraph ("Columbia Pictures/Getty Images
        # Popperfoto/Getty Images ...", "Enlarge image ... Enlarge image ...", "Image 1 of / 4 Caption ...").
        # Capped at 1,000 characters (the dev ones have 630-893): text run together into one paragraph
        # would otherwise go whole with its gallery (631 of bench_ingest_feed's 100,000 articles did).
        (
            "photo gallery",
            r"(?=.{0,1000}\Z)(?-i:(?:.*?(?:/ ?Getty Images|\bEnlarge image|\bImage \d+ of)\b){3}.*)",
            ("image",),
        ),
        # Desk codes that end DUC/TDT wire stories: "(ht-cph)", "(vls/sv/me)", "nn", "lc", "str-eap", "MORE";
        # the editors' note that opens one: "Eds: UPDATES with four more deaths in Poland AP Photo ..."; the
        # New York Times' filing line, "NYT-10-05-98 1735EDT"; a Reuters dateline left alone, "CAIRO |".
        (
            "wire slug",
            r"(?-i:\([a-z]{1,4}(?:[-/][a-z]{1,4})*\)|[a-z]{2}|[a-z]{2,4}(?:-[a-z]{2,4})+|MORE|ENDIT|\(?END\)?"
            r"|Eds?: .{1,200}|NYT-\d\d-\d\d-\d\d \d{4}[A-Z]{3}|[A-Z][A-Z .'-]{1,30} \|)",
        ),
        # When the page was posted or changed, not when anything happened: "Updated on Oct. 8, 2013 : An
        # update has been attached to this article.", "Posted Tuesday, November 21, 2017 5:27 pm",
        # "March 10, 2012 10:54 am ET by MMFA Staff", "<headline> Posted: Monday, June 23, 2014 11:03 PM
        # EDT Updated: ...", "This story was originally posted at 1:47 p.m. Monday:". A lone time
        # ("6:25 p.m.") heads an entry of a live blog: the live-blog pass in :func:`clean` removes it there.
        (
            "page label",
            # Two stamps in one line ("Published Oct. 14, 2026 at 6:14 p.m. | Updated Oct. 14, 2026 at 9:02 p.m."),
            # a stamp and its writer ("Posted on October 14, 2026 by Mara Quist"), a time after "at" or a bullet
            # ("October 14, 2026 at 6:14 p.m. EDT", "14 October 2026 • 6:14pm").
            rf"(?:(?:last )?updated|(?:originally |first )?(?:published|posted))(?: on| at)?:? {_STAMP}"
            rf"(?:\s*[|•·]\s*(?:last )?updated(?: on| at)?:? {_STAMP})?(?: by {_NAME})?"
            r"(?: ?[:|]? an update has been .{1,60})?"
            rf"|{_DATE}(?:,? (?:at |• )?{_TIME})?(?: by {_NAME}.{{0,30}})?"
            r"|this (?:story|article|post|report) was (?:originally |first |last )?(?:posted|published|updated)"
            r"\b.{0,60}"
            # That the page will change, not what happened: "This is a developing story and will be updated.",
            # "Check back for updates."; and a warning about what it holds.
            r"|this is an? (?:developing|breaking)(?: news)? story(?:(?:,| and| that) (?:it )?(?:will|may) be updated)?[.!]?"
            r"|this (?:story|article|post|page) (?:will be|is being|may be) updated\b[^.!?]{0,60}[.!]?"
            r"|(?:check back|refresh(?: this page)?) (?:later |soon )?for (?:more |the latest )?updates[.!]?"
            r"|content warning: .{1,200}",
        ),
        ("page label", rf".{{0,150}}\b(?-i:Posted): {_STAMP}(?: (?-i:Updated): {_STAMP})?", ("posted: ",)),
        # Notes about the article itself: "Editors’ note: This story was updated on March 21, 2018, to
        # correct ...", "CORRECTION (March 18, 11:30 a.m.): An earlier version of this article ...", "Correction,
        # Nov. 24: An earlier version of this article ...", "This
        # article has been amended to correct the name of ...", "This article was amended on 23 August 2026. An
        # earlier version said ...". The notice leaves the text (its retracted figure is no claim of the
        # outlet's), and :func:`clean` logs it as a reading note: what the outlet corrected is news to the analyst.
        (
            CORRECTION_NOTICE,
            r"(?:editors?['’]? ?note|correction|clarification)s?(?: \([^()]{1,40}\)|, [^:]{1,30})?: "
            r"(?:this|an? (?:earlier|previous|prior) version of this) (?:story|article|report|post)\b.{0,300}"
            # Without the label, only the outlet's own article: "An earlier version of this report said ..."
            # may be news about a report.
            r"|this (?:story|article|post) (?:has been|was) (?:amended|corrected"
            r"|updated\b[^.!?]{0,40}? to (?:correct|clarify|make clear))\b.{0,300}"
            r"|an? (?:earlier|previous|prior) version of this (?:story|article|post) (?:incorrectly |wrongly )?"
            r"(?:said|stated|misstated|reported|gave|named|misspelled|misidentified|described|referred|omitted"
            r"|misquoted|attributed)\b.{0,300}",
        ),
        # Where the article was printed: "A version of this article appeared November 16, 2012, on page A1 in
        # the U.S. edition of ...". No correction (``_CORRECTS``), so no reading note.
        (
            CORRECTION_NOTICE,
            r"a version of this (?:article|story|report) appear(?:s|ed)\b.{0,250}"
            # "This article appeared on page A - 10 of the San Francisco Chronicle".
            r"|this (?:article|story) appeared on page\b.{0,150}",
        ),
        # "Photo: Getty Images", "Image caption Paterson, right, died ...". The longest labelled caption
        # in the dev sets has 150 characters.
        (
            "photo credit",
            r"(?:photo|image|picture|photograph|illustration|graphic)s?\s*"
            r"(?:credit|copyright|courtesy|caption|by\b|:|/).{0,160}",
        ),
        ("photo credit", rf"photos?|videos?|images?|{_AGENCY}|AP|AFP|Reuters|courtesy (?:of )?{_NAME}"),
        # A gallery's buttons and counters, and a picture's label without a sentence: "Image 1 of 12", "1 / 12",
        # "Open image in gallery", "See more photos", "Caption", "Submitted photo", "Staff photo by Dag Arnesen",
        # "Kestrel Falls Gazette file photo", "Photo courtesy of Brannock Materials", "Provided by Brannock
        # Materials".
        (
            "photo credit",
            r"(?:(?:image|photo|slide) )?\d{1,3} ?(?:of|/) ?\d{1,3}|(?:open image in |view )gallery"
            r"|see (?:more|all) (?:photos|images)|expand|close|show more|caption"
            rf"|(?:(?:photo|image|picture) )?courtesy (?:of )?.{{1,60}}{_NO_FINAL_STOP}"
            rf"|provided by (?-i:[A-Z]).{{0,60}}{_NO_FINAL_STOP}",
        ),
        # The labels of the same rule that may start with any words: signed, as their first words are tried up to
        # every space of a paragraph's first 40 characters (unsigned, they cost the first test of every paragraph,
        # _ANY_UNSIGNED_RULE, 5 of its 46 ms over the 11,105 paragraphs of the four summarization dev sets).
        (
            "photo credit",
            r"(?:[\w' ]{1,40} )?(?:submitted|file|staff|contributed|handout) (?:photo|image|picture)s?(?: by .{1,60})?",
            ("photo", "image", "picture"),
        ),
        (
            "photo credit",
            # 300: the longest such caption in the dev sets ("View Images Originally Earth and Mars ...") has
            # 278 characters.
            r"(?:enlarge (?:this )?image|(?:toggle|hide|show) caption|view images?|buy photo).{0,300}"
            r"|slideshow \(\d+ images?\)",
        ),
        # A one-sentence caption ending in its credit: "Cary Joseph Heath (Photo: Courtesy - Fort Worth PD)".
        (
            "photo credit",
            r"[^.!?]{1,150}[.!?]?\s*[(\[](?:photo|image|picture)s?(?: by\b|:|/)[^)\]]{1,100}[)\]]\.?"
            # ... or with the credit after the full stop: "Weapons in a house in Gaza. Photo by IDF
            # Spokesperson", the Guardian's "Rescuers at the quarry on Tuesday. Photograph: Dag Arnesen/Reuters".
            r"|[^.!?]{1,150}[.!?] (?-i:Photo(?:graph)?(?: by|:) [A-Z])[^.!?]{0,60}",
            ("photo", "image", "picture"),
        ),
        # Captions, each a paragraph of its own. AP's, cut short and credited: "The picnic area at Richmond
        # High School ... is pictured on Tuesday, Oct. 27, 2009. According... (Associated Press)", "... in
        # Franklin, Tenn. (AP Photo/Mark Zaleski) (Associated Press)".
        (
            "photo caption",
            r".{10,700}(?:\.\.\.|…|\(AP Photo/[^()]{1,60}\)) ?\((?-i:Associated Press)\)",
            ("(associated press)",),
        ),
        # "FILE - In this Jan. 23, 2018, file photo, Sen. Susan Collins ...", "This undated booking photo
        # provided by the Richmond Police Department shows Manuel Ortega.": the photo introduces itself.
        (
            "photo caption",
            rf"(?:(?-i:FILE) ?[-–—]+ ?)?(?:in )?this (?:{_DATE},? |undated |\w+, \d{{4}},? )?"
            r"(?:(?:file|booking|handout|family) )*(?:photo|image|picture)(?:graph)?"
            r"(?:,| (?:provided|released|taken|made|obtained|shows?)\b).{1,400}",
        ),
        # One sentence saying when the picture was taken: "The picnic area ... is pictured on Tuesday, Oct.
        # 27, 2009.", or the date or full stop and then the credit: "IDF soldiers atop a tank, outside near
        # Gaza. July 31, 2014 (Reuters)", "Ellen Pao leaves ... March 25, 2015. REUTERS/Stephen Lam", "...
        # drinking water down the drain because it says Dallas peed in the open reservoir. REUTERS/Steve
        # Dipaola", "... in this October 31, 2016 photo released on January 15, 2018. Courtesy Velizar
        # Simeonovski/The Field Museum/Handout via REUTERS".
        (
            "photo caption",
            rf"[^.!?]{{3,250}}\b(?:is|are) pictured\b[^.!?]{{0,100}}?{_DATE}\.?(?: \([^()]{{1,60}}\))?"
            # The lookaheads check the credit's one cheap sign first: trying the date at each of 400
            # places doubled the time cleaning took (DUC dev: 2.9 -> 7.2 ms per cluster).
            rf"|(?=.*\)\Z).{{10,400}}\b{_DATE}(?:,? in (?-i:[A-Z][\w.'’-]*,? ?){{1,5}})?\.? ?"
            rf"\((?-i:AP|AFP|Reuters|{_NAME})\)"
            rf"|(?=.*(?-i:REUTERS|AFP|AP)(?:/|\Z)).{{10,400}}(?:\b{_DATE}\.?|[.!?]) "
            rf"(?:(?-i:REUTERS|AFP|AP)/{_NAME}|[^.!?]{{0,150}} via (?-i:REUTERS|AFP|AP))",
            ("pictured", ")", "reuters", "afp", "ap/", " via ap"),
        ),
        # A journal's figure caption: "Fig. 2 Photographs of the vertebral column of Caihong juji. a
        # Posterior cervical vertebrae ... Scale bars: 0.5 cm Full size image" (Nature; 246-1,994 characters
        # in the dev sets).
        ("photo caption", r"(?-i:Fig(?:ure|\.)? ?\d+[a-z]? .{1,3000}Full size image)"),
        # A caption ending in its photographer's credit after the full stop: "... Then things seemed to
        # change after Christmas. (Bastien Inzaurralde/The Washington Post)", "... studying the sun.
        # Credit: Johns Hopkins University Applied Physics Laboratory", the New York Times' "... on
        # Tuesday.Credit...Dag Arnesen for The New York Times" (its credit alone too).
        (
            "photo caption",
            r".{10,400}[.!?\"”] ?(?:\((?-i:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3} ?/ ?[A-Z][^()]{0,60})\)"
            r"|(?-i:Credit)(?:: |\.\.\. ?|… ?)[^.!?]{1,100})"
            r"|(?-i:Credit)(?:\.\.\.|…) ?[^.!?]{1,100}"
            # One sentence and the credit bare, "Name Name/Outlet", where a page's text leaves it: "Rescuers work at
            # the site. Dag Arnesen/Norland Ledger", "... | Mark Wilson/Getty Images". Not a sentence's figure ("...
            # the plan. The REUTERS/Ipsos poll found ..."): the credit has no full stop and ends the paragraph.
            r"|[^.!?]{10,250}[.!?] (?:\| )?(?-i:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3} ?/ ?[A-Z][\w.'’&-]*"
            r"(?: [A-Z][\w.'’&-]*){0,4})",
            ("/", "credit: ", "credit...", "credit…"),
        ),
        # A video's caption: USA Today's "CLOSE Kevin Spacey was accused by ... USA TODAY", CNN's "JUST
        # WATCHED <title> Replay More Videos ... MUST WATCH <title> 02:41", NBC's "<caption> (Published
        # Tuesday, Oct. 25, 2016)".
        (
            "video caption",
            r"(?-i:CLOSE [A-Z][a-z]).{1,500}|(?-i:JUST WATCHED) .{1,200}(?-i:MUST WATCH) .{1,200}\d{1,2}:\d\d"
            rf"|.{{10,300}}\((?-i:Published) {_DATE}\)"
            # The BBC's "Media playback is unsupported on your device Media caption <caption>", a local ABC
            # station's "EMBED More News Videos <caption>", and a video credited at its end, not a sentence:
            # "This video from Compassion Over Killing alleges mistreatment of chickens ... (Compassion Over
            # Killing)".
            r"|(?-i:Media playback is unsupported on your device)(?: (?-i:Media caption) .{1,300})?"
            r"|(?-i:EMBED More News Videos) .{1,300}"
            r"|this (?:video|photo|image) (?:from|by|shows?)\b[^.!?]{1,300}\([^()]{1,60}\)",
        ),
        # A video's title and running time, no sentence: "Rescuers reach trapped miners (02:14)". Signed, as it may
        # end at any space of a paragraph's first 150 characters (unsigned: 8 of _ANY_UNSIGNED_RULE's 46 ms, above).
        ("video caption", r"[^.!?]{5,150} \(\d{1,2}:\d\d\)", (" (",)),
        # A short line naming a picture agency: "Rommel Demano/Getty Images", "Getty (2)".
        ("photo credit", rf"(?!.{{101}}).*\b(?:{_AGENCY})\b.*{_NO_FINAL_STOP}"),
        # A short "Name/Outlet" credit: "Maryellen McGrath/ABC", "HelloGiggles / HBO / iStock".
        # Not across a sentence's end ("... the plan. The REUTERS/Ipsos poll ..."), which an initial ("Mark J.
        # Terrill/AP") is not.
        (
            "photo credit",
            r"(?-i:\(?[A-Z](?:(?![a-z]{2}\. )[\w.'’ &-]){0,40}"
            r"(?:\s?/\s?[A-Z](?:(?![a-z]{2}\. )[\w.'’ &-]){0,40})+\)?)",
            ("/",),
        ),
        ("share prompt", rf"(?:(?:{_SHARE_WORD})[\s:!.,|•·]*)+"),
        (
            "share prompt",
            r"(?:for [^,]{1,60}, )?follow us\b.{0,100}|like .{1,40} on facebook.{0,150}"
            r"|.{0,100}\bshare it in the comments\.?",
            ("follow us", " on facebook", "share it in the comments"),
        ),
        (
            "advertisement",
            r"(?:photo\s+)?(?:(?:(?:skip )?advertisement|story continue[sd] below|article continues below"
            r"|(?:story|article) continues after (?:this |the )?(?:advertisement|ad)|ad|supported by"
            r"|continue reading(?: the main story| below)?|sponsored content)[\s:.]*)+",
        ),
        (
            "newsletter prompt",
            r"subscribe\b.{0,100}|thanks for (?:subscribing|signing up)!?"
            # "Get the latest news delivered to your inbox.", "Get breaking news alerts from the Gazette.", "Stay up
            # to date with the latest news from Norland.", "Download our app."
            r"|(?:get|receive|stay up to date with) (?:the latest|breaking|our|more)\b[^.!?]{0,80}"
            r"(?:delivered to your inbox|alerts?|newsletters?|news)(?: from [^.!?]{1,40})?[.!]?"
            r"|download (?:our|the [\w ]{1,30}) app\b[^.!?]{0,60}[.!]?",
        ),
        # A call for readers' tips: "If you have ever experienced or witnessed sexual misconduct ..., we'd like
        # to hear from you. Send us a secure tip using the instructions at newstips.usatoday.com."
        (
            "reader callout",
            # Only the ways to reach the desk may follow: news after the call ("Police are asking witnesses
            # to call ...") keeps its paragraph.
            rf"(?:if you .{{1,200}}, )?we(?:'|’)d (?:like|love) to hear from you[.!](?:\s+{_TIP_LINE})?"
            rf"|(?:(?:do you )?have a (?:news )?tip\?\s*)?{_TIP_LINE}"
            # "Have a news tip? Email tips@kfgazette.com.": the question, then only how to send it.
            r"|(?:do you )?have a (?:news |story )?tip\?\s*(?:e-?mail|contact|call|text|message|write to|send it to)\b"
            r"[^?!]{0,150}",
        ),
        (
            "link prompt",
            r"\[?(?:related(?: stories| links?| articles?| videos?| updates?)?(?: on \w+)?|read more|more"
            r"|see also"
            r"|also read|read|recommended|more news|more coverage|watch|video|listen|more (?:from|about) [\w .]{1,40}"
            r"|read or share this story)\s*(?::|\|\s).{0,200}",
        ),
        (
            "link prompt",
            r"(?:more (?:from|about|on)\b.{0,60}|related links?|read more\W*"
            # A linked headline: "Related Netflix Hacker Also Claims Theft From ABC, Fox, IFC, National
            # Geographic".
            rf"|related (?-i:[A-Z]).{{0,150}}){_NO_FINAL_STOP}",
        ),
        # A Guardian-style link label: "George HW Bush obituary Read more".
        ("link prompt", r"(?-i:.{3,150}\sRead more)", ("read more",)),
        ("twitter notice", r"add a location to your tweets|tweet with a location"),
        # ABC News's prompt to follow a topic: "Interested in Donald Trump? Add Donald Trump as an interest to
        # stay up to date on the latest Donald Trump news, video, and analysis from ABC News. Add Interest".
        ("link prompt", r"interested in [^?]{1,80}\? add .{1,250}\badd interest"),
        # A pointer to the outlet's other pages: "Read our full coverage of the Brannock quarry collapse.", "Read the
        # full story here.", "Follow AP's coverage of the quarry collapse at https://apnews.com/hub/...", "Tap here to
        # see more photos."
        (
            "link prompt",
            r"(?:read|follow) (?:(?:our|all of our|more of our|[\w.]{1,20}['’]s) (?:full |complete |latest |live )?"
            r"|the (?:full|complete|latest|live) )(?:coverage|story|statement|report|article)"
            r"(?: (?:of|on|about) [^.!?]{1,80}?)?(?: (?:here|below|above|online))?(?: at \S+)?[.!]?"
            r"|read the (?:coverage|story|statement|report|article) (?:here|below|above|online)[.!]?"
            r"|(?:tap|click) here\b[^.!?]{0,80}[.!]?",
        ),
        # The New York Times' sign-up box: "Newsletter Sign Up Continue reading the main story Please verify
        # you're not a robot by clicking the box. Invalid email address. ... View all New York Times
        # newsletters."
        ("newsletter prompt", r"newsletter sign up continue reading the main story\b.{0,400}"),
        # Section labels and tag lines: "Article Excerpt", "Abstract", "Topics: drug-use, laws, jamaica".
        (
            "page label",
            r"posted|text size|published on \w+ \d{1,2}, \d{4}|permalink:.{0,200}|article excerpt|abstract"
            r"|topics?: [\w-]+(?:, [\w-]+)+"
            # An audio player's label and a reading time: "Listen to this article · 4 min", "4 min read"; a box of
            # other stories, by its heading alone: "Most Read", "Trending", "Recommended"; Reuters' closing line.
            r"|listen to (?:this|the) (?:article|story)(?:\W{1,3}\d{1,2} min(?:utes?)?)?|\d{1,2}[- ]min(?:ute)? read"
            r"|most (?:read|popular|viewed|shared)|trending(?: now| stories)?|recommended(?: for you| stories)?|sign up"
            r"|our standards: the thomson reuters trust principles\.?",
        ),
        # Leftover HTML entities and comments: "&amp;amp;nbsp; &amp;amp;lt;!--iframe--&amp;amp;gt;".
        ("markup residue", r"(?:&(?:amp;)*(?:[a-z]+|#\d+);|<!--.*?-->|!--\w*--|\s)+"),
        (
            "byline",
            r"(?:[—–-]\s*)?.{0,150}\bcontributed (?:reporting )?to this (?:report|story|article)\.?"
            # "Erik Moen contributed reporting from Kestrel Falls."
            r"|(?:[—–-]\s*)?.{0,150}\bcontributed reporting(?: (?:from|in) [^.!?]{1,60})?\.?",
            ("contributed ",),
        ),
        # Where each writer worked, as a closing note: "Petra Lindqvist reported from Kestrel Falls, and Jon Berg from
        # Marrow.", "Jon Berg contributed from Marrow.": names and places only, sentence after sentence. News says
        # what was reported, or when ("The Gazette reported in March that ...").
        (
            "byline",
            rf"(?:{_NAME} (?:reported|contributed) (?:from|in) {_PLACE}(?:,? and {_NAME} (?:from|in) {_PLACE})*\.\s*)+",
            ("reported from", "reported in", "contributed from", "contributed in"),
        ),
        (
            "byline",
            rf"(?:for [^,]{{1,60}}, )?follow (?:him|her|them|me|@\w+|{_NAME}.{{0,60}}?) on "
            rf"(?:twitter|facebook|instagram)\b.{{0,150}}",
        ),
        # "Reach Adam Tamburin at 615-726-5986 and on Twitter @tamburintweets.", "Write to X at x@wsj.com".
        # The look for an address or number comes after the opening words: placed first, it scanned
        # every paragraph and took a fifth of these rules' time.
        (
            "byline",
            rf"(?:write to|reach|contact|e-?mail)(?=.*(?:@|\d{{3}})) {_NAME} (?:at|on|via)\b.{{1,150}}",
        ),
        ("byline", r"to contact the (?:reporters?|editors?)\b.{0,200}"),
        # AP's source line, and a handle line: "David McFadden on Twitter: : http://twitter.com/dmcfadd".
        ("byline", rf"(?:information from|online):.{{0,150}}|{_NAME} on twitter:[\s:]*(?:https?://|@)\S+"),
        # A lone e-mail address, web address or handle.
        ("byline", r"\S+@\S+\.\w+|(?:https?://|www\.|twitter\.com/)\S+|@\w+"),
        # A sign-off ("-- Yvonne Villarreal") or a byline ("By Hayes Hickman of the Knoxville News Sentinel").
        ("byline", rf"(?:--|—|–)\s*{_NAME}(?:,\s*[^.!?]{{1,60}})?{_NO_FINAL_STOP}"),
        # A byline as a label: "Mara Quist, Kestrel Falls Gazette", "Petra Lindqvist | Northwire", "Mara Quist Staff
        # writer": a name, then after a comma or a bar an outlet in capitals, or a role, with no final stop. A heading has no comma ("Safe Harbor
        # Statement", Multi-News dev) or is in capitals ("NO FACES, BUT A NICE BACKSTORY").
        (
            "byline",
            rf"(?-i:(?=[A-Z][a-z])){_NAME}(?:(?:,| \|) (?-i:[A-Z][\w'’&.-]*(?: (?:[A-Z][\w'’&.-]*|of|and|&)){{0,5}})"
            rf"|,? (?:staff|senior|contributing|special|freelance) {_ROLE}){_NO_FINAL_STOP}",
        ),
        (
            "byline",
            rf"(?-i:(?:(?:Written|Reported|Story|Words) [Bb]y|By) (?:[A-Z][\w.'’-]*\s?){{1,4}})"
            rf"(?:(?:,|and|of|for|\|)\s.{{0,80}})?{_NO_FINAL_STOP}",
        ),
        # A wire's credit line, with no brackets: "Reporting by Petra Lindqvist; Editing by Jon Berg".
        (
            "byline",
            rf"(?:additional )?(?:reporting|writing|editing) by [^;()]{{1,120}}"
            rf"(?:;\s*(?:additional )?(?:reporting|writing|editing)(?: and \w+)? by [^;()]{{1,120}})*{_NO_FINAL_STOP}",
            ("reporting by", "writing by", "editing by"),
        ),
        (
            "copyright notice",
            r"(?:©|\(c\)|copyright\s*(?:©|\(c\))?)\s*(?:by\s)?\d{4}.{0,100}?(?:\s*" + _REDISTRIBUTION + ")?"
            r"|.{0,60}all rights reserved\.?|" + _REDISTRIBUTION,
            ("©", "(c)", "copyright", "all rights reserved", "may not be published"),
        ),
    )
)

# (reason, pattern, trigger words[, last characters]): every match is cut out of its paragraph and the rest
# kept. A rule runs only on paragraphs containing one of its trigger words (lowercase), so every match of the
# rule must contain one; searching 15 patterns in every paragraph cost a quarter of a summary's time
# (bench/bench_summarize.py). A rule whose match ends the paragraph may also name the characters its match
# can end with: it runs only on a paragraph (as the rules before it left it) ending with one of them.
_FRAGMENT_RULES = tuple(
    (re.compile(pattern, re.IGNORECASE), reason, triggers, last_characters[0] if last_characters else "")
    for reason, pattern, triggers, *last_characters in (
        (
            "scroll prompt",
            _sentence(r"keep scrolling|scroll (?:ahead|down|up|below|on|further|to continue)\b"),
            ("scroll",),
        ),
        (
            "newsletter prompt",
            # With the question that leads to it, if any: "Want more stories like this? Sign up for our daily
            # briefing."
            _sentence(
                r"(?:[^.!?\n]{1,60}\?\s+)?(?:sign up|subscribe|register)\b[^.!?]{0,100}?\b(?:newsletters?"
                r"|e-?mails?|alerts?|updates|digest|briefing)\b"
                r"|get (?:our|the) [\w ]{0,40}newsletter"
            ),
            ("sign up", "subscribe", "register", "newsletter"),
        ),
        (
            "link prompt",
            _sentence(
                r"(?:on a mobile device\?\s*)?(?:(?:for|to) [^.!?]{0,60}, )?"
                r"click (?:here|to|for)\b"
            ),
            ("click",),
        ),
        (
            "web archive notice",
            r"\s*Starting in 1996, Alexa Internet has been donating their crawl data to the"
            r" Internet Archive\.(?:\s*Flowing in every day, these data are added to the"
            r" Wayback Machine after an embargo period\.)?",
            ("alexa internet",),
        ),
        (
            "web archive notice",
            r"\s*These crawls are part of an effort to archive pages as they are created.*?"
            r"(?:\"No More 404\" sites\.|$)",
            ("these crawls",),
        ),
        (
            "web archive notice",
            r"\s*This is a set of web collections curated by .*?(?:Send Mail|$)",
            ("web collections",),
        ),
        (
            "twitter notice",
            r"\s*When you tweet with a location, Twitter stores that location\..*?Learn more\.?",
            ("tweet",),
        ),
        (
            "twitter notice",
            r"\s*You can add location information to your Tweets.*?Learn more\.?",
            ("tweets",),
        ),
        (
            "twitter notice",
            r"\s*Add this (?:Tweet|video) to your website by copying the code below\.?"
            r"(?:\s*Learn more\.?)?",
            ("add this",),
        ),
        (
            "web page notice",
            _sentence(
                r"please enable javascript|your browser does not support|please try again later"
                r"|the interactive transcript could not|rating is available when the video"
                r"|this feature is not available right now|sorry, the page you requested"
            ),
            ("javascript", "browser", "try again", "transcript", "rating is", "feature is not", "page you"),
        ),
        (
            "byline",
            r"\s*\((?:reporting|additional reporting|writing|editing|compiled|edited) by[^)]*\)",
            ("reporting by", "writing by", "editing by", "compiled by", "edited by"),
        ),
        # AP's pick-up mark, where a corrected story resumes the previous one ("pvs"): a paragraph's first
        # words and the paragraph number, "Chile said, graf 3 pvs", "... border. Moussa told, 5th graf". It
        # ends its paragraph but for a short tail ("5th graf pvs. (gm)", "5th graf, 1st Ld-Writethru"): in an
        # article run into one paragraph, a mark followed by text is left, not cut with the rest of the article.
        (
            "wire slug",
            r"(?:^|(?<=[.!?\"”])\s+)[^.!?\n]{0,60}?, (?:pick up )?"
            r"(?-i:\d{1,2}(?:st|nd|rd|th) graf|graf \d{1,2})\b"
            r"[^.!?\n]{0,25}\.?(?:\s*\([a-z/-]{1,12}\))?\s*$",
            ("graf",),
        ),
        # A desk code glued after a story's last sentence: "... the springboard contest. jl", "... water
        # supply. str-eap", "... in a Warsaw park. (ms-aet)". The word before the full stop must have two
        # lowercase letters, so "at 9 a.m. sat" is not read as one. The pattern opens on the space, not on
        # the look back, so the search jumps from space to space (DUC dev: 52 -> 14 ms for 4,668 paragraphs);
        # 1 in 18 dev paragraphs ends with a lowercase letter or a bracket, and only those are searched.
        (
            "wire slug",
            r"\s(?:(?<=[a-z]{2}[.!?]\s)|(?<=[a-z]{2}[.!?][\"”]\s))"
            r"\s*(?-i:[a-z]{2,4}(?:-[a-z]{2,4})*|\([a-z]{2,4}(?:-[a-z]{2,4})+\))$",
            (".", "!", "?"),
            string.ascii_lowercase + ")",
        ),
        # A Wikinews dateline run into the first sentence: "Tuesday, January 18, 2005Through a telethon,
        # Romanians ...". It says when the page was published, so an undated article takes its date.
        (
            "page label",
            rf"^(?-i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day), {_MONTH} \d{{1,2}}, \d{{4}}"
            r" ?(?=(?-i:[A-Z]))",
            ("day,",),
        ),
        # A pointer to the page's video, as a sentence of its own: "Watch the video below.", "See video.",
        # "(see video below)".
        (
            "link prompt",
            r"(?:^|(?<=[.!?]))\s*(?:watch|see) (?:the )?video(?: below| above)?(?:[.!:]|$)"
            r"|\s*\(see (?:the )?video (?:below|above)\)",
            ("video",),
        ),
        # Credits inside a paragraph or at its end: "(Photo by X/Getty Images)", "(AP Photo/Evan Vucci)",
        # "(Silver Screen Collection/Getty Images)", "... in 1996. Photograph: Tim Walsh/PA".
        (
            "photo credit",
            rf"\s*[(\[](?:(?:file )?(?:photo|image|picture)s?(?: by\b|:|/)|[^)\]]{{0,60}}/(?:{_AGENCY})\b)"
            r"[^)\]]{0,100}[)\]]",
            ("photo", "image", "picture", "/"),
        ),
        ("photo credit", r"\s*\(?\b(?:AP|AFP|Reuters) Photo/[^)]{1,60}\)", ("photo/",)),
        # A photo desk's label left after a caption's credit, with the "Story Highlights" label it runs into:
        # "... (Photo: Andrew Nelles / The Tennessean)Buy Photo Story Highlights Confederate Memorial Hall
        # opened ..." (Multi-News dev). One opening a paragraph labels the caption after it, which is cut whole
        # (:func:`_opening_caption`).
        ("photo credit", r"(?<=\S)\s*(?-i:Buy Photo)(?: (?-i:Story Highlights))?(?= |$)", ("buy photo",)),
        # A bare credit left in the text: "Gerard Julien / AFP / Getty Images Pope John Paul II prays ...",
        # "... Rod Rosenstein. | Mark Wilson/Getty Images House panel votes ...".
        (
            "photo credit",
            r"(?-i:\s*\|?\s*(?:[A-Z][\w.'’-]*\s){0,3}[A-Z][\w.'’-]*"
            r"(?:\s?/\s?[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3})*\s?/\s?Getty Images)",
            ("getty images",),
        ),
        (
            "photo credit",
            r"(?<=[.!?])\s*(?:Photograph|Photo|Image)(?::| by(?= (?-i:[A-Z]))) [^.!?]{1,60}\.?$",
            ("photo", "image"),
        ),
        # The link to a tweet's picture, which a page's text keeps where the picture stood: alone, or inside the
        # embedded tweet, whose own words and signature ("... our dad. pic.twitter.com/Rt9Wk3LnV — Lina Haugen
        # (@linahaugen) October 16, 2026") are what someone said and stay; glued to the last word as often
        # ("... inspires you.pic.twitter.com/QRoOFTZfQ9", Multi-News dev).
        ("photo link", r"\s*(?:https?://)?pic\.twitter\.com/\w+", ("pic.twitter.com",)),
        ("share prompt", r"^(?:Facebook )?Twitter Pinterest\s+", ("pinterest",)),
        ("share prompt", _SHARE_SENTENCE, ("share",)),
        ("share prompt", _SHARE_BAR, ("share on",)),
    )
)
_TRIGGER_WORDS = tuple(dict.fromkeys(word for _, _, triggers, _ in _FRAGMENT_RULES for word in triggers))

# An article that cleaning cuts down to fewer words than this has no sentence left, only page furniture that
# stood beside the boilerplate: a video page left with "Duration 1:42" once its caption and player notice are
# gone. It is no article. No article of the four summarization dev sets is left with 1-19 words by cleaning;
# an article short to begin with, which cleaning leaves alone, is kept however short.
_MIN_WORDS_LEFT = 3

# Author bios are looked for among the last paragraphs only: a bio closes an article, while a
# paragraph describing a journalist earlier on is usually the news itself. In the teigen-jack example
# the bio is the last paragraph; 3 allows for a "Follow her on Twitter" line or a copyright after it.
_BIO_TAIL = 3
# A bio is a short paragraph: the teigen-jack 000 bio has 31 words, most of them outlet names; 80 leaves
# room for a longer list while excluding a full news paragraph that mentions a reporter.
_BIO_MAX_WORDS = 80
# "Iris Goldsztajn Iris Goldsztajn is a ..." (byline glued to the bio), "Jane Doe is a ..." or
# "Jane Doe covers the courts for ...".
_BIO_SUBJECT = re.compile(
    r"(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}?) (?P<repeat>(?P=name) )?"
    r"(?:is|was|(?P<beat>covers|writes about|reports on)) "
)
_ROLE_WORD = re.compile(rf"\b{_ROLE}\b", re.IGNORECASE)
# "... covers public safety and the waterfront for the Saltmarsh Courier.": the beat, then the outlet
# that closes the sentence. News about a person ("covers the costs for the families") names no outlet.
_BEAT_FOR_OUTLET = re.compile(r"[^.!?]{1,120}? for (?:the )?(?:[A-Z][\w'’&.-]*\s?){1,5}[.!?]")
# What makes "X is a reporter ..." a bio rather than news about a reporter.
_BIO_MARKER = re.compile(
    rf"whose (?:work|writing|articles?|reporting) (?:has|have) appeared|has (?:written|reported) for"
    rf"|\b(?:freelance|staff|senior|contributing|regular|award-winning|[\w]+-based)\s+(?:\w+\s+)?{_ROLE}\b"
    rf"|\b{_ROLE}(?:,\s*{_ROLE})*,?\s+and\s+{_ROLE}\b",
    re.IGNORECASE,
)
# The plain bio, a sentence that ends where the outlet ends: "Renata Gill is a reporter for the Marlow Falls
# Ledger.", "Kate Bryce is the transport editor at the Highland Gazette.", "Mick LaSalle is The San
# Francisco Chronicle's movie critic." (one of the dev sets' two). News about a reporter goes on after the outlet
# ("... for the Ledger who was injured in the blast") and is not one. Case counts: roles are lowercase.
_OUTLET = r"(?:[Tt]he )?[A-Z0-9][\w'’&.-]*(?: (?:[A-Z0-9][\w'’&.-]*|of|and|&)){0,6}?"
_ROLE_ADJECTIVE = r"(?!(?:of|for|at|with|to|in|on|and|who|that|a|an|the)\b)[\w-]+"
# The role may name the beat before the outlet: "Noor Haddad is a correspondent covering transport and the
# environment for River Valley News." (QA7 #13), or after it: "Erik Moen is a reporter for Norland Public Radio
# covering the north of the state."; news about a reporter goes on after the outlet ("... covering the closure for
# Bay Radio, and she was hurt") and is still none.
_BEAT_VERB = r"(?:covering|who covers|reporting on|who reports on|writing about|who writes about)"
_BEAT = rf"(?: {_BEAT_VERB} [^.!?\n]{{1,100}}?)?"
# After the outlet, a beat with no clause after it: "... for Norland Public Radio covering the rescue, and he was
# hurt" is news.
_BEAT_AFTER_OUTLET = rf"(?: {_BEAT_VERB} [^.!?,;\n]{{1,100}}?)?"
_PLAIN_BIO = re.compile(
    r"(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}?) is "
    rf"(?:(?:a|an|the) (?:{_ROLE_ADJECTIVE} ){{0,3}}{_ROLE}{_BEAT} (?:for|at|with) {_OUTLET}{_BEAT_AFTER_OUTLET}"
    rf"|{_OUTLET}['’]s (?:{_ROLE_ADJECTIVE} ){{0,3}}{_ROLE}"
    # "Petra Lindqvist is a Northwire reporter based in Marrow."
    rf"|(?:a|an) (?-i:[A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){{0,4}}) {_ROLE}(?: based in (?-i:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){{0,3}}))?)"
    r"[.!](?=\s|$)"
)
# A bio's heading, alone ("About the writer", the bio in the next paragraph) or before it with a colon or a dash
# ("About the author: Priya Raman reports on transport and labour for Capital News Service.", QA7 #13): a
# label no news paragraph opens with ("About the author of the report, ..." has neither).
_BIO_HEADING = re.compile(
    r"about the (?:author|writer|reporter|columnist|contributor|correspondent)s?(?:\s*[:—–-]\s*\S|\s*$)",
    re.IGNORECASE,
)
# How to reach the author, as a sentence of its own: "Follow her on X @RenataGillMFL.", "Reach Bob Dunn at
# bdunn@berkshireeagle.com, at @BobDunn413 on Twitter and 413-496-6249.", "E-mail: mlasalle@sfchronicle.com
# Twitter: @MickLaSalle". "Reach" and "contact" name an e-mail address or a handle first: "Contact Detective
# Jane Roe at 555-0100" is a police tip line, news for the reader.
_PLATFORM = r"(?:x|twitter|instagram|threads|bluesky|facebook|mastodon|linkedin|tiktok)"
_HANDLE = r"@\w+"
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_PHONE = r"\+?\d[\d ().-]{6,}\d"
_WRITER = rf"(?:him|her|them|me|us|the (?:author|writer|reporter)|{_NAME})"
_CONTACT = (
    rf"(?:you can )?follow {_WRITER} (?:on {_PLATFORM}(?:(?:,| or| and) {_PLATFORM})*(?:(?: at)?:? ?{_HANDLE})?"
    rf"|(?:at )?{_HANDLE})"
    rf"|(?:reach|contact|e-?mail|write to) {_WRITER} (?:at|on|via) (?:{_EMAIL}|{_HANDLE}(?: on {_PLATFORM})?)"
    rf"(?:(?:,? (?:and|or)|,) (?:(?:at|on|via) )?(?:{_EMAIL}|{_HANDLE}(?: on {_PLATFORM})?|{_PHONE}|{_PLATFORM}))*"
    rf"|(?:(?:e-?mail|twitter|x|instagram)\s*:\s*(?:{_EMAIL}|{_HANDLE})\s*)+"
)
# The contact sentences that close a paragraph; from its start, they are the whole paragraph.
_CONTACT_LINES = re.compile(
    rf"(?:^|(?<=[.!?\"”’])\s+)(?:{_CONTACT})\.?(?:\s+(?:{_CONTACT})\.?)*\s*$", re.IGNORECASE
)
# After a plain bio, the rest of its paragraph is about the author too when each sentence names a way to
# follow them or their work: "Connect with the Cosmic Log community by "liking" the NBC News Science
# Facebook page, following @b0yle on Twitter ...", "You can also check out "The Case for Pluto," my book".
# "She was among the injured." names none, and keeps the paragraph.
_AUTHOR_PROMOTION = re.compile(
    r"@|\b(?:twitter|facebook|instagram|newsletter|e-?mail|follow|book|podcast|can be reached)\b", re.I
)
_SENTENCE_TEXT = re.compile(r"(?:[^.!?\n]|[.!?](?=[^\s\"”’]))+(?:[.!?]+[\"”’]?|$)")
# A byline names the author before the story, not a person in it: "By Renata Gill", "Renata Gill, Marlow
# Falls Ledger" (a label, with no final stop).
_BYLINE = r"(?:[Bb]y:? )?{name}(?:\s*[,|/–—-][^.!?]{{0,60}})?"

# A live blog's entry marker where a paragraph opens: "09:12 GMT: ", "5:40 p.m. — ", "12.31pm: ", "1:18 A.M. "
# (Haaretz's Gaza live blog in the Multi-News dev set), or a time alone ("6:25 p.m."). It says when the entry
# was posted, not what happened, and is no part of the entry's first sentence. A time written with a full stop
# needs its am or pm: "3.9 metres" is no time.
_ENTRY_TIME = re.compile(
    r"^(?:\d{1,2}:\d\d(?:\s?[ap]\.?m\.?)?|\d{1,2}\.\d\d\s?[ap]\.?m\.?)"
    r"(?:\s(?-i:ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|GMT|UTC|BST|CET|CEST))?"
    r"(?:\s*[:|—–-]\s*|\s+(?=[\"“‘'(]?(?-i:[A-Z]))|\s*$)",
    re.IGNORECASE,
)
# A paragraph opening with a time is one entry of a live blog where there are at least two: "10:30 is when the
# gates open" in a report is alone.
_LIVE_BLOG_MIN_ENTRIES = 2
# A headline's live-blog label ("LIVE: Hebden Mill flooding ...", "Live updates: ..."): the page's format, not
# the story. "Live Aid: ..." and "Live music returns ..." have no label.
_LIVE_LABEL = re.compile(r"\s*live(?: updates?| blog| coverage)?\s*(?::|\s[|–—-]\s)\s*", re.IGNORECASE)
# A live blog's own page: "https://northernlive.example/live/...", ".../ferry-strike-live-updates".
_LIVE_URL = re.compile(r"/live/|[/-]live-(?:updates|blog|coverage)\b", re.IGNORECASE)
# How a live blog greets and leaves its readers, as a sentence of its own: "Good morning and welcome to our live
# coverage of the ferry strike.", "We will bring you more updates tomorrow.", "This live blog is now closed." A
# quoted sentence ("We will bring you more updates tomorrow," he said) does not end at its full stop and stays.
_LIVE_HOUSEKEEPING = re.compile(
    r"(?:^|(?<=[.!?])\s+)(?:"
    r"(?:good (?:morning|afternoon|evening)|hello|hi)(?:,? (?:and )?welcome (?:back )?to [^.!?]{1,100})?"
    r"|welcome (?:back )?to (?:our|this|the) (?:live|rolling|continuing|ongoing) [^.!?]{1,100}"
    r"|that(?:'|’)?s (?:all|it) (?:from us|for (?:today|now|tonight))\b[^.!?]{0,80}"
    r"|(?:we(?:'|’)ll|we will) (?:be back|bring you|have more|keep you (?:updated|posted))\b[^.!?]{0,100}"
    r"|(?:this|our) live (?:blog|coverage|page) (?:is|has) (?:now )?(?:closed|paused|ended|finished)\b[^.!?]{0,60}"
    r"|thanks?(?: you)? for (?:following|reading|joining us|staying with us)\b[^.!?]{0,80}"
    r"|stay (?:with us|tuned)\b[^.!?]{0,80}"
    r")[.!]+(?=\s|$)",
    re.IGNORECASE,
)


def clean(article: Article) -> Article:
    """Remove boilerplate from an article's text.

    Args:
        article: The article as ingested; it is not changed.

    Returns:
        A new article whose text has the boilerplate removed, with each removal
        appended to ``removed`` as ``RemovedLine(text, reason)``. The text is
        empty when nothing but boilerplate was left, or when what cleaning left is
        fewer than three words (``_MIN_WORDS_LEFT``). An article without a date
        takes the earliest date of its removed page stamps ("Posted Tuesday,
        November 21, 2017 5:27 pm"): the stamp said when it was published, and
        later stages date "Nov. 14" in its text from it.

    Example:
        >>> cleaned = clean(Article("a", "✖\\nThe storm hit the coast on Monday."))
        >>> cleaned.text, [r.reason for r in cleaned.removed]
        ('The storm hit the coast on Monday.', ['lone symbol'])
    """
    removed: list[RemovedLine] = []
    text = _repair_encoding(article.text) if _MOJIBAKE_MARK.search(article.text) else article.text
    text = _CONTROL.sub("", text) if _ANY_CONTROL.search(text) else text
    # A paragraph (lowered, or folded) is part of its article's text: only the trigger words and the signs the
    # article holds are looked for in each paragraph (DUC 2003 dev articles: 1.95 -> 1.5 ms a cluster).
    lowered = text.lower()
    triggers = tuple(word for word in _TRIGGER_WORDS if word in lowered)
    folded = _folded(text, lowered)
    if folded is lowered:
        # Where folding changed nothing (most texts), a sign that is also a trigger word was looked for already.
        signs = tuple(
            sign for sign in _SIGNS if (sign in triggers if sign in _TRIGGER_SIGNS else sign in folded)
        )
    else:
        signs = tuple(sign for sign in _SIGNS if sign in folded)
    kept: list[str] = []
    # Whether the last paragraph with words was kept: a label under a caption cut already is under no kept one.
    last_kept = False
    for paragraph in text.split("\n"):
        if cleaned := _clean_paragraph(paragraph, removed, triggers, signs):
            kept.append(cleaned)
            last_kept = True
        elif paragraph.strip() == _PHOTO_DESK_LABEL and last_kept and _is_bare_caption(kept[-1]):
            removed.append(RemovedLine(kept.pop(), "photo caption"))
            last_kept = False
        elif paragraph.strip():
            last_kept = False
    if _is_live_blog(article, kept):
        kept = [text for paragraph in kept if (text := _live_entry(paragraph, removed))]
    tail_start = max(0, len(kept) - _BIO_TAIL)
    for index in range(len(kept) - 1, tail_start - 1, -1):
        if _is_author_bio(kept[index], kept[:index]):
            removed.append(RemovedLine(kept.pop(index), "author bio"))
        elif contact := _contact_lines(kept[index]):
            # How to reach the author, run on after the story's last sentence.
            removed.append(RemovedLine(contact.group().strip(), "author bio"))
            kept[index] = kept[index][: contact.start()]
    if not any(_WORD_CHARACTER.search(paragraph) for paragraph in kept):
        # Only punctuation or symbols ("......"): nothing to summarize, so no article text.
        removed.extend(RemovedLine(paragraph, "no words") for paragraph in kept)
        kept = []
    elif removed and sum(len(paragraph.split()) for paragraph in kept) < _MIN_WORDS_LEFT:
        removed.extend(RemovedLine(paragraph, "scrap of page left") for paragraph in kept)
        kept = []
    origin = article.origin or article.id
    for line in removed:
        if line.reason == CORRECTION_NOTICE and _CORRECTS.search(line.text):
            # A reading note (see storyweave.ingest.reading_notes), which the story's report lists.
            logger.warning(
                "%s: the outlet corrected this article (notice left out of its text): %s", origin, line.text
            )
    return dataclasses.replace(
        article,
        text="\n".join(kept),
        title=_without_live_label(article.title),
        date=article.date or _stamped_date(removed),
        removed=article.removed + tuple(removed),
    )


def _is_bare_caption(paragraph: str) -> bool:
    """Whether ``paragraph``, which a photo desk's label follows, is the picture's caption: one sentence of
    _CAPTION_CHARS at most that quotes or cites no one."""
    opening = _OPENING_SENTENCE.match(paragraph)
    return (
        opening is not None
        and opening.end() == len(paragraph) <= _CAPTION_CHARS
        and not _ATTRIBUTION.search(paragraph)
    )


def _is_live_blog(article: Article, paragraphs: Sequence[str]) -> bool:
    """Whether an article is a live blog: its headline or address says so, or its paragraphs open with the
    times of their entries."""
    if (article.title and _LIVE_LABEL.match(article.title)) or (
        article.url and _LIVE_URL.search(article.url)
    ):
        return True
    return sum(1 for paragraph in paragraphs if _ENTRY_TIME.match(paragraph)) >= _LIVE_BLOG_MIN_ENTRIES


def _live_entry(paragraph: str, removed: list[RemovedLine]) -> str:
    """A live blog's paragraph without its entry time and its greetings and sign-offs ("" if nothing is left)."""
    if marker := _ENTRY_TIME.match(paragraph):
        removed.append(RemovedLine(marker.group().strip(), "live blog time"))
        paragraph = paragraph[marker.end() :]
    return _LIVE_HOUSEKEEPING.sub(
        lambda match: _record(match.group(), "live blog housekeeping", removed), paragraph
    ).strip()


def _without_live_label(title: str | None) -> str | None:
    """``title`` without a live blog's label, as a headline ("Live updates: wildfire near ..." -> "Wildfire near ...")."""
    label = _LIVE_LABEL.match(title) if title else None
    headline = title[label.end() :] if label and title else ""
    return headline[0].upper() + headline[1:] if headline.strip() else title


def _stamped_date(removed: Iterable[RemovedLine]) -> dt.date | None:
    """The earliest full date in the removed page stamps, if any (the publication date, not an update)."""
    # Rewritten in the form parse_date reads: a stamp may run the year on ("July 31,2014").
    found = (
        parse_date(f"{match['month']} {match['day']}, {match['year']}")
        for line in removed
        if line.reason == "page label"
        for match in _STAMP_DATE.finditer(line.text)
    )
    return min((date for date in found if date), default=None)  # "Feb. 30, 2014" is no date


def _repair_encoding(text: str) -> str:
    """``text`` with mojibake undone."""
    import ftfy  # Imported on use: it adds 25 ms to start-up, and few texts need it.

    return ftfy.fix_encoding(text)


def clean_all(articles: Iterable[Article]) -> Batch:
    """Clean every article; one left without text is dropped with a Problem.

    Args:
        articles: Articles as ingested.

    Returns:
        The cleaned articles, in input order, and a problem (also logged as a
        warning) for each article that was nothing but boilerplate.
    """
    cleaned: list[Article] = []
    problems: list[Problem] = []
    for article in map(clean, articles):
        if article.text:
            cleaned.append(article)
            continue
        problem = Problem(article.origin or article.id, f"no article text after cleaning ({article.id})")
        logger.warning("%s", problem)
        problems.append(problem)
    return Batch(tuple(cleaned), tuple(problems))


def debris_reason(text: str) -> str | None:
    """Why ``text``, a line or sentence read on its own, is page debris, else None.

    The reason of the paragraph rule that would drop it as a paragraph of its own, or of the fragment rule that
    would cut it out whole. A cleaned text keeps such a sentence where it opens a paragraph of prose ("Buy Photo
    Workers cover up the name ..." before the story's first sentence); a reader of its opening asks this of
    each sentence (:func:`storyweave.group.headline`: no story is named by a photo credit).

    Example:
        >>> debris_reason("Buy Photo Workers cover up the name on the hall."), debris_reason("Fire guts the mill.")
        ('photo credit', None)
    """
    text = text.strip()
    # A sentence with a credit run into it ("Image: Tor Asker/Isle Gazette Some 2,600 commuters ...") is what
    # follows the credit: cleaning keeps it (test_s41_clean_credits.py).
    text = text[glued_credit_length(text) :]
    lowered = text.lower()
    reason = _paragraph_reason(text, lowered)
    if reason is not None:
        return reason
    present = {word for word in _TRIGGER_WORDS if word in lowered}
    return next(
        (
            reason
            for rule, reason, triggers, last_characters in _FRAGMENT_RULES
            if (not last_characters or text[-1:] in last_characters)
            and not present.isdisjoint(triggers)
            and rule.fullmatch(text)
        ),
        None,
    )


def glued_credit_length(sentence: str) -> int:
    """The length of the photo credit run into the start of ``sentence`` (:data:`_GLUED_CREDIT`), 0 if none: a
    credit alone ("AP Photo/Evan Vucci") has no sentence after it, nor a full stop to end one.

    Example:
        >>> glued_credit_length("Photo: Jane Doe/Reuters The fire began at dawn.")
        24
    """
    if "/" not in sentence[:80]:  # the cheap sign: most sentences have no credit
        return 0
    credit = _GLUED_CREDIT.match(sentence)
    return credit.end() if credit and _SENTENCE_END.search(sentence) else 0


def _any_of(rules: Iterable[_Rule]) -> re.Pattern[str]:
    """One pattern matching where any rule matches: a cheaper first test than the rules one by one, as most
    paragraphs match none."""
    return re.compile("|".join(f"(?:{rule.pattern})" for rule, _, _ in rules), re.IGNORECASE)


_ANY_UNSIGNED_RULE = _any_of(rule for rule in _PARAGRAPH_RULES if not rule[2])
_SIGNED_RULES = tuple(rule for rule in _PARAGRAPH_RULES if rule[2])
_SIGNS = tuple(dict.fromkeys(sign for _, _, signs in _SIGNED_RULES for sign in signs))
_TRIGGER_SIGNS = frozenset(_SIGNS) & frozenset(_TRIGGER_WORDS)
# The letters that re.IGNORECASE matches with an ASCII letter while str.lower() leaves them another letter
# ("ſ" matches "s"): folded before looking for signs, so that a sign is never missed where its rule matches.
_ASCII_OF_CASE_TWIN = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


def _clean_paragraph(
    paragraph: str,
    removed: list[RemovedLine],
    held_triggers: Sequence[str] = _TRIGGER_WORDS,
    held_signs: Sequence[str] = _SIGNS,
) -> str:
    """Apply the paragraph rules, then the fragment rules; return what is left ("" if nothing). Of the rules'
    trigger words and signs, only ``held_triggers`` and ``held_signs`` are looked for: those its article holds."""
    text = paragraph.strip()
    if credit := glued_credit_length(text):
        # Only the credit: the labelled credit rule would take the sentence it runs into along with it.
        removed.append(RemovedLine(text[:credit].strip(), "photo credit"))
        text = text[credit:]
    lowered = text.lower()
    reason = _paragraph_reason(text, lowered, held_signs)
    if reason is not None:
        removed.append(RemovedLine(text, reason))
        return ""
    present = {word for word in held_triggers if word in lowered}
    for rule, reason, triggers, last_characters in _FRAGMENT_RULES:
        if not present.isdisjoint(triggers) and (not last_characters or text[-1:] in last_characters):
            text = rule.sub(lambda match, reason=reason: _record(match.group(), reason, removed), text)
    text = text.strip()
    # After the fragment rules: a credit cut from its start may have opened the caption ("Gerard Julien / AFP /
    # Getty Images Pope John Paul II prays at ...").
    if caption := _opening_caption(text):
        removed.append(RemovedLine(caption.strip(), "photo caption"))
        text = text[len(caption) :].lstrip()
    if text == paragraph.strip():
        return text
    if not re.search(r"\w", text):
        return ""
    # Every sign: a fragment cut out may have joined words that the article does not hold together.
    reason = _paragraph_reason(text, text.lower())
    if reason is not None:
        removed.append(RemovedLine(text, reason))
        return ""
    return text


def _opening_caption(paragraph: str) -> str:
    """The photo caption (:func:`is_caption`) that opens ``paragraph``, a whole sentence, or "" if none: the caption
    of a picture a page printed over the story runs into its first paragraph, or is a paragraph of its own."""
    head = paragraph[:_CAPTION_CHARS]
    # Substring and set tests first: a regex trying each mark at every character, or each verb after every word,
    # cost more than the rest.
    may_be_caption = (
        head.startswith(_CAPTION_OPENERS)
        or ("(" in head and _CAPTION_PARENTHESIS.search(head) is not None)
        or "seen here" in head
        or "left," in head
        or "right," in head
        or "center," in head
        or "centre," in head
        or _has_picture_verb(head)
    )
    if not may_be_caption:
        return ""
    opening = _OPENING_SENTENCE.match(paragraph)
    is_short = opening is not None and opening.end() <= _CAPTION_CHARS
    return opening.group() if is_short and is_caption(opening.group()) else ""


def _record(text: str, reason: str, removed: list[RemovedLine]) -> str:
    """Note a removed fragment; returns "" to put in its place."""
    removed.append(RemovedLine(text.strip(), reason))
    return ""


def _folded(text: str, lowered: str) -> str:
    """``text`` lowered (``lowered``) with the letters that match an ASCII letter case-blind folded to it first."""
    has_twin = "ı" in lowered or "ſ" in lowered or "\u0307" in lowered  # "İ" lowers to "i\u0307"
    return text.translate(_ASCII_OF_CASE_TWIN).lower() if has_twin else lowered


def _paragraph_reason(text: str, lowered: str, held_signs: Sequence[str] = _SIGNS) -> str | None:
    """The reason of the first paragraph rule that matches the whole text (``lowered`` is text.lower()), else None;
    of the rules' signs, only ``held_signs`` are looked for (the others are known to be absent)."""
    folded = _folded(text, lowered)
    present = {sign for sign in held_signs if sign in folded}
    if not _ANY_UNSIGNED_RULE.fullmatch(text) and not (
        present
        and any(rule.fullmatch(text) for rule, _, signs in _SIGNED_RULES if not present.isdisjoint(signs))
    ):
        return None
    return next(
        (
            reason
            for rule, reason, signs in _PARAGRAPH_RULES
            if (not signs or not present.isdisjoint(signs)) and rule.fullmatch(text)
        ),
        None,
    )


def _is_author_bio(paragraph: str, earlier: Sequence[str]) -> bool:
    """Whether a paragraph introduces the author ("Name [Name] is a London-based journalist ...", "Name is a
    reporter for the Ledger."), opens with a bio's heading ("About the author: ..."), or only says how to reach
    them ("Follow her on X @handle."); ``earlier`` are the article's paragraphs before it."""
    if (contact := _contact_lines(paragraph)) and contact.start() == 0:
        return True
    if _BIO_HEADING.match(paragraph):
        return len(paragraph.split()) <= _BIO_MAX_WORDS
    plain = _PLAIN_BIO.match(paragraph)
    subject = _BIO_SUBJECT.match(paragraph)
    if (plain is None and subject is None) or len(paragraph.split()) > _BIO_MAX_WORDS:
        return False
    if plain is not None and _is_plain_bio(plain, earlier):
        return True
    if subject is None:
        return False
    if subject.group("repeat") is not None:
        return _ROLE_WORD.search(paragraph) is not None
    if subject.group("beat") is not None:
        return _BEAT_FOR_OUTLET.match(paragraph, subject.end()) is not None
    return _BIO_MARKER.search(paragraph) is not None


def _contact_lines(paragraph: str) -> re.Match[str] | None:
    """The contact sentences (``_CONTACT_LINES``) that close ``paragraph``, if any."""
    # Each form holds an "@" or "[Ff]ollow": the search, which tries every sentence start, runs only then.
    if "@" not in paragraph and "ollow" not in paragraph:
        return None
    return _CONTACT_LINES.search(paragraph)


def _is_plain_bio(plain: re.Match[str], earlier: Sequence[str]) -> bool:
    """Whether a paragraph opening with a plain bio sentence (``_PLAIN_BIO``) is the author's bio: the rest of
    it promotes the author (``_AUTHOR_PROMOTION``), and the story did not name them before (a reporter in the
    news, "Collins asked the president ...", is named before a closing "Kaitlan Collins is CNN's chief White
    House correspondent.")."""
    rest = plain.string[plain.end() :]
    if not all(_AUTHOR_PROMOTION.search(sentence) for sentence in _SENTENCE_TEXT.findall(rest)):
        return False
    name = plain.group("name")
    byline = re.compile(_BYLINE.format(name=re.escape(name)))
    surname = re.compile(rf"\b{re.escape(name.rsplit(' ', 1)[-1])}\b")
    return not any(surname.search(paragraph) and not byline.fullmatch(paragraph) for paragraph in earlier)
