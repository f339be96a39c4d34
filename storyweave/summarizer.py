"""Extractive multi-document summary: cover the most widely reported concepts within a word budget.

1. Candidates: whole sentences of a readable length (fragments, datelines,
   questions and quotes credited to nobody but "she" or "he" are left out);
   of an article updated at its URL, the newest version's (what the update
   changed or dropped is history, which the claims still show).
2. Concepts: stemmed bigrams, weighted by how many articles use them, so that
   what several outlets report is what the summary covers; a concept only one
   article uses keeps a small share of its weight.
3. Selection: the set of candidates that covers the most concept weight within
   the budget (Gillick & Favre's concept coverage), plus a small bonus for
   opening sentences; covering a concept twice earns nothing, so one outlet's
   wording of a fact is chosen, not three. A short summary (two or three
   lines) holds the story's lead, the opening most articles open with, and
   opens with it: :func:`select` names the line that states it.
4. Order: by article date where dates allow, then by article and position;
   an article's later versions at its first version's place.
5. Citations (:func:`cite`): every article whose sentence the alignment put in
   the same claim; the chosen sentences head their claims. With the claims
   known, each sentence moves to where its information first appeared.
   :func:`select_aligned` runs steps 3-5 together: two chosen sentences that
   the claims find to restate one fact, or that with an encoder read as one
   fact in other words, are kept apart and the selection run again, so
   another outlet's restatement does not take a second line; a line that
   spells a name or gives a figure as fewer articles do than another
   sentence of its claim is left out the same way. Two lines that give one
   figure for one thing ("enrolled 12,460 adults", "enrolled 12,460 people")
   are never both chosen, nor a line that leans on a sentence left out ("He
   said ...", "Brandt was less generous.", "... table that amendment"). With
   the story's conflicts known, a count the story updated gives way to its
   newest value, and one outlet's figure to the majority's.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import chain, combinations, count, repeat

import numpy as np

from storyweave.align import Alignment, cut_short, outlet_of, reading_places, similarity_matrix, stands_alone
from storyweave.embed import Encoder, normalize_rows
from storyweave.embed.terms import (
    STOP_WORDS,
    WEEKDAYS,
    WORD_NUMBERS,
    Concept,
    SentenceTerms,
    figures,
    first_places_of,
    sentence_terms,
    stem,
    terms_by_sentence,
    word_count,
)
from storyweave.language import other_language_articles
from storyweave.model import Conflict, Position, Quotation, Segmented, Sentence, Summary, SummarySentence


@dataclass(frozen=True)
class SummaryOptions:
    """Knobs of the summarizer.

    Defaults were chosen on the four dev sets together (duc2003, multinews,
    allsides, multiling2011_en), keeping only settings that helped across
    sets; the runs are in BENCHMARKS.md (`python bench/ablation.py`).

    Attributes:
        words: Word budget (whitespace tokens); the summary never exceeds it.
        min_sentence_words: Shorter sentences are fragments or datelines.
        max_sentence_words: Longer ones are run-ons that spend the budget on one fact.
        max_candidates: Sentences (densest in shared concepts) the selection
            chooses from; more candidates scored lower on every dev set.
        lead_weight: Extra concept weight for appearing early in an article.
        support_power: Concept weight is raised to this power, so what many
            outlets report outweighs several things few report (2.0: +1.0
            R-2 on DUC, +0.9 on MultiLing, within noise elsewhere).
        title_weight: Extra concept weight per headline that uses the concept;
            headline concepts count even when only one article uses them.
        min_support: Articles that must use a concept before it counts in full.
        rare_concept_weight: Share of its weight that a concept used by fewer
            than ``min_support`` articles (and no headline) keeps. Small, so it
            mostly decides between sentences that cover shared content alike,
            for the one with more content of its own; small clusters share few
            bigrams. Against 0 (`python bench/ablation.py`): 0.1 gave R-2
            AllSides +0.25, MultiLing +1.08, DUC -0.02, Multi-News -0.22;
            0.03 / 0.05 / 0.2 gave AllSides 17.34 / 17.45 / 17.43 against
            17.55. Counting such concepts in full (min_support=1) cost DUC
            and Multi-News.
        lead_sentence_weight: Bonus of a sentence at position r of its article,
            as if each of its words carried this share of the candidates'
            mean concept weight per word, divided by (1 + r): news puts the
            gist in the opening sentences, whatever words they use. It also
            spends budget the coverage leaves over on opening sentences,
            which replaced a separate lead-fill step (same scores within
            0.03 R-2 on every set). Against 0 (`python bench/ablation.py`):
            0.1 gave R-2 MultiLing +1.30, DUC -0.18, Multi-News +0.03,
            AllSides -0.01; 0.2 and 0.4 cost DUC 0.18 and 0.07 more and
            Multi-News 0.2 with no further gain.
        avoid_repeats: Never choose two sentences the alignment calls the same
            information: neither by the candidates' words (:func:`select`) nor
            by the story's claims (:func:`select_aligned`).
        repeat_containment: Also never choose two sentences when this share of
            one's content words (stems) is in the other: a short restatement
            ("It killed the two bombers and injured 21 Israelis.") adds a
            bigram or two of its own but nothing a reader learns. Against 1.0
            (`python bench/ablation.py`): 0.8 gave R-2 Multi-News +0.07, the
            other sets unchanged; 0.7 cost AllSides 0.06.
        self_contained: Leave out a sentence that opens by pointing back ("He",
            "It", "But") unless the sentence before it in its article is chosen
            too: out of that context a reader cannot tell who or what it means,
            or takes it for the person of the sentence shown before it. 4.8% of
            dev summary sentences dangled so. Against off (`python
            bench/ablation.py`): R-2 DUC +0.15, Multi-News +0.03, AllSides
            +0.00, MultiLing -0.26 (10 clusters). So too a sentence that opens
            with "The same" or "Such", compares with no "than" ("Tomas Brandt
            was less generous."), or names with a demonstrative what the
            sentence before names ("... table that amendment on Tuesday.";
            QA12b): :func:`_leans_back`. Of the 6,687 DUC and AllSides dev
            candidates, these added 70 to the 1,111 that open by pointing back;
            a line tying its event to the one before ("The move follows
            ...") 31 of the 8,442 candidates of these sets as read now.
        named_speakers: Leave out quotations credited only to a pronoun
            ("...," she said): out of their article, nobody can tell who spoke.
        skip_cut_short: Leave out sentences a feed's teaser cut off after a
            few words ("The senator urged more transparency pertaining to
            the..."), which the claims leave out too (``align.cut_short``): 18
            of the 1,827 dev summary sentences. For the reader, not for ROUGE:
            against off (`python bench/ablation.py`), R-1 / R-2 / R-Lsum
            AllSides -0.06 / -0.07 / -0.08, the other sets unchanged. Leaving
            out every sentence cut mid-way (73 of them; the longer ones still
            say something and show the cut) cost AllSides R-Lsum 0.13.
        paraphrase_cosine: With an encoder (:func:`select_aligned`), two chosen
            lines at least this close in meaning, of which one repeats
            ``paraphrase_containment`` of its content stems in the other and
            gives no figure the other lacks, restate one fact: "Nine men who
            were trapped for more than two days were rescued on Wednesday."
            beside "Rescuers brought all nine trapped miners out alive on
            Wednesday, two days after ..." (cosine 0.63, containment 0.71),
            which the claims (0.72) leave apart. The shared words and figures
            tell a restatement from another fact about the same people and
            numbers ("A ferry carrying 34 people capsized ..." / "All
            thirty-four passengers ... survived": 0.62 close, containment
            0.30). Read by hand on the pairs of summary lines of the 328 dev
            reports (encoder claims): of the 24 pairs at 0.6 / 0.6, 20 restate
            one fact; the figures keep 1 of the 4 others (and 4 restatements)
            apart. With it, 19 dev summaries change (16 AllSides, 2 Multi-News,
            1 DUC), all read: 12 state fewer facts twice, 5 as many; 2 read
            worse (a plain line gives way to its fact inside a longer one; the
            new selection drops another fact). Word-only claims (``storyweave
            eval``) are not checked: their summaries are unchanged.
        paraphrase_containment: See ``paraphrase_cosine``.
        lead_words: A summary of at most this many words holds the story's
            lead (:func:`_lead`): the opening sentence whose information the
            most articles open with. Two or three lines have no room for
            the coverage to reach the event itself, and chose the widest
            single figures instead (QA: a 40- and a 60-word summary of a
            chlorine leak opened with the mayor's review of alerts, and with
            one outlet's later count of the injured). Below every dev set's
            budget (100-250 words), whose summaries it leaves as they were.
        majority_wording: Leave out a line that words a fact with one outlet's
            variant of a name or figure when its claim holds a candidate
            that words it as more articles do (:func:`_minority_worded`):
            QA found "Delia Okonkwa" (1 outlet of 4) chosen over "Delia
            Okonkwo", and "eight straight league defeats" where two outlets
            of three said nine. The variant's own bigrams are one article's
            and earn the rare-concept share, which tipped the choice to it.
        figure_repeat_containment: Never choose two sentences that give the same figure (not a year, not a
            count below ten) for the same thing (:func:`_same_figures`): both as a percentage, after the same
            word ("enrolled 12,460"), or with this share of one's words (content stems but figures) in the
            other. QA12a's trial summary gave its enrolment twice ("enrolled 12,460 adults ... in 31
            countries", "enrolled 12,460 people at 410 hospitals in 33 countries") and a held-out one its 19%
            three times. 0.5 also parted MultiLing's lines that give one flight's 228 victims in different
            facts (R-2 21.37 -> 21.11, under Lead round-robin's 21.15 in the same run); 0.6 and 0.7 score
            21.44, and 0.7 scores AllSides 44.36 / 17.42 / 38.59 against 0.6's 44.33 / 17.40 / 38.57
            (``python bench/ablation.py`` with rows for these values; DUC and Multi-News within 0.03). The QA
            and held-out stories' summaries are the same at 0.6 and 0.7. 0 turns the test off.
        max_quote_share: Most of the summary's lines that may be mostly
            quotation (one at least). Outlets copy a statement word for word, so
            a quote gathers support as the news does, and a summary of quotes
            tells who said what but not what happened (QA: 4 of the bundled
            teigen-jack example's 5 lines were quotes). For the reader, not for
            ROUGE: against 1.0 (`python bench/ablation.py`) 1 of the 328 dev
            summaries changes (AllSides R-Lsum -0.01); one third cost AllSides
            R-2 0.16 and put it below MMR's.
    """

    words: int = 120
    min_sentence_words: int = 8
    max_sentence_words: int = 55
    max_candidates: int = 25
    lead_weight: float = 2.0
    support_power: float = 2.0
    title_weight: float = 3.0
    min_support: int = 2
    rare_concept_weight: float = 0.1
    lead_sentence_weight: float = 0.1
    avoid_repeats: bool = True
    repeat_containment: float = 0.8
    self_contained: bool = True
    named_speakers: bool = True
    skip_cut_short: bool = True
    max_quote_share: float = 0.5
    paraphrase_cosine: float = 0.6
    paraphrase_containment: float = 0.6
    lead_words: int = 80
    majority_wording: bool = True
    figure_repeat_containment: float = 0.7

    def __post_init__(self) -> None:
        if not isinstance(self.words, int) or isinstance(self.words, bool):
            raise TypeError(f"word budget must be an int, got {type(self.words).__name__} {self.words!r}")
        if self.words < 1:
            raise ValueError(f"word budget must be positive, got {self.words}")
        if not 1 <= self.min_sentence_words <= self.max_sentence_words:
            raise ValueError("need 1 <= min_sentence_words <= max_sentence_words")
        if not 0 <= self.rare_concept_weight <= 1:
            raise ValueError(f"rare_concept_weight must be within 0..1, got {self.rare_concept_weight}")
        if self.lead_sentence_weight < 0:
            raise ValueError(f"lead_sentence_weight must be >= 0, got {self.lead_sentence_weight}")
        if not 0 < self.repeat_containment <= 1:
            raise ValueError(f"repeat_containment must be within (0, 1], got {self.repeat_containment}")
        if not 0 <= self.max_quote_share <= 1:
            raise ValueError(f"max_quote_share must be within 0..1, got {self.max_quote_share}")
        if not (0 < self.paraphrase_cosine <= 1 and 0 < self.paraphrase_containment <= 1):
            raise ValueError("paraphrase_cosine and paraphrase_containment must lie in (0, 1]")
        if not 0 <= self.figure_repeat_containment <= 1:
            raise ValueError(
                f"figure_repeat_containment must be within 0..1, got {self.figure_repeat_containment}"
            )
        if self.lead_words < 0:
            raise ValueError(f"lead_words must be >= 0, got {self.lead_words}")


@dataclass(frozen=True)
class Selection(Sequence[Sentence]):
    """The summary's chosen sentences, a sequence in reading order, and the one that states the story's lead.

    Attributes:
        sentences: The chosen sentences.
        lead: The chosen sentence that states the story's lead (:func:`_lead`), which a short summary opens
            with; None above ``SummaryOptions.lead_words`` or when the story has no lead.
    """

    sentences: tuple[Sentence, ...]
    lead: Sentence | None = None

    def __getitem__(self, index: int) -> Sentence:  # type: ignore[override]
        return self.sentences[index]

    def __len__(self) -> int:
        return len(self.sentences)

    def reworded(self, sentences: Sequence[Sentence]) -> Selection:
        """The selection with each line replaced by the sentence at its place in ``sentences`` (another wording
        of it), the lead following its line."""
        lead = None if self.lead is None else sentences[self.sentences.index(self.lead)]
        return Selection(tuple(sentences), lead)


# Openers that refer back to the sentence before: connectives here; pronouns and demonstratives as the claims
# read them (align.stands_alone, which lets "It is unclear why ..." and "This year, ..." stand alone).
_CONNECTIVE = re.compile(r"[\"\u201c]?(?:But|However|And|Also|Still|Meanwhile)\b")
_PRONOUN_SUBJECT = re.compile(r"\b(?:he|she|they)\b", re.IGNORECASE)
# A capitalised word that may name the speaker: not a pronoun, weekday or month.
_CAPITALISED = re.compile(
    rf"\b(?!(?:He|She|They|{WEEKDAYS}|January|February|March"
    r"|April|May|June|July|August|September|October|November|December)\b)[A-Z]"
)


def _candidates(docs: Sequence[Segmented], options: SummaryOptions) -> list[Sentence]:
    """Sentences that read well on their own.

    Left out: fragments and run-ons (by length), headings (no closing
    punctuation), questions, sentences cut from the middle of a quotation,
    which lose their speaker: a quoted sentence qualifies only when the whole
    quotation lies inside it, the sentences of an article in another
    language than most of the story's, and those an update of their article
    no longer prints (:func:`_superseded`).
    """
    longest = min(options.max_sentence_words, options.words)
    other_language = other_language_articles([doc.article for doc in docs])
    superseded = _superseded(docs)
    out = []
    for doc in docs:
        if doc.article.id in other_language:
            continue
        quotations = {q.id: q for q in doc.quotations}
        for sentence in doc.sentences:
            n_words = word_count(sentence.text)
            ending = sentence.text.rstrip("\"'\u201d\u2019\u300d\u300f ")
            first = sentence.text[:1]
            quote = quotations.get(sentence.quotation) if sentence.quotation else None
            if (
                options.min_sentence_words <= n_words <= longest
                # A capital, or a letter of a script without case (Chinese), or an opening quote.
                and ((first.isalpha() and not first.islower()) or first in '"\u201c\u300c')
                and ending.endswith((".", "!", "\u3002", "\uff01"))
                and (quote is None or sentence.start <= quote.start and quote.end <= sentence.end)
                and not (options.named_speakers and quote and _pronoun_speaker(sentence, quote))
                and not (options.skip_cut_short and cut_short(sentence.text))
                and sentence.id not in superseded
            ):
                out.append(sentence)
    return out


def _versions(docs: Sequence[Segmented]) -> list[tuple[list[str], str]]:
    """Each article an outlet updated at its URL: the ids of its versions, the first first, and the newest's id.

    The newest is the one :func:`storyweave.ingest.newest_versions` names, as the report's title reads it: the
    latest dated, of one date the last in file-name order (:func:`storyweave.group.dedup.original_rank`,
    which also puts the first first), whatever order the paths were given in.
    """
    from storyweave.group.dedup import original_rank
    from storyweave.ingest import newest_versions

    ranked = sorted(
        (doc.article for doc in docs),
        key=lambda article: original_rank(article.date, article.origin, article.modified),
    )
    newest_at = newest_versions(ranked)
    # Gathered in one pass: a scan of the story's articles for each address was quadratic in a story of many
    # updated pages.
    versions_at: dict[str, list[str]] = defaultdict(list)
    for article in ranked:
        if article.url in newest_at:
            versions_at[article.url].append(article.id)
    return [(versions_at[url], newest.id) for url, newest in newest_at.items()]


def _superseded(docs: Sequence[Segmented]) -> frozenset[str]:
    """Ids of the sentences of an article's earlier versions that its newest version (:func:`_versions`) no
    longer prints.

    A reader wants the newest version's facts: its "cancelled 210 flights", not the first post's "140" (QA8
    aer-lumen, whose first post's line led the summary). What an update changed or dropped is history, which
    the claims and the cross-check's updates still show; what it prints as before stays, in either version.
    """
    by_id = {doc.article.id: doc for doc in docs}
    superseded: set[str] = set()
    for versions, newest in _versions(docs):
        printed = {sentence.text for sentence in by_id[newest].sentences}
        superseded.update(
            sentence.id
            for version in versions
            if version != newest
            for sentence in by_id[version].sentences
            if sentence.text not in printed
        )
    return frozenset(superseded)


def _reading_places(
    docs: Sequence[Segmented], revisions: Mapping[str, str] | None = None
) -> dict[str, tuple[dt.date, int, int]]:
    """:func:`storyweave.align.reading_places`, an article's later versions read at its first version's place.

    The update at an article's URL tells the outlet's story as it first did, with its facts brought up to
    date: its opening line opens where the first post's did, not after every other outlet's report of the
    day (QA8 aer-lumen's "Aer Lumen cancelled 210 flights ..." came last of five lines). So does a revision
    the near-duplicate check kept (``revisions``: its id -> its earlier version's id), a wire's re-post with
    its figures brought up to date: the kiln held-out story's "... injuring four workers" opened after four
    lines of the first post's.
    """
    from storyweave.group.dedup import first_version

    place = reading_places(docs)
    by_id = {doc.article.id: (number, doc) for number, doc in enumerate(docs)}
    later_versions = [(versions[0], versions[1:]) for versions, _ in _versions(docs)]
    later_versions += [
        (first_version(revision, revisions, by_id), [revision])
        for revision in revisions or {}
        if revision in by_id
    ]
    for first_id, later in later_versions:
        number, first = by_id[first_id]
        for version in later:
            for sentence in by_id[version][1].sentences:
                place[sentence.id] = (first.article.date or dt.date.max, number, sentence.index)
    return place


def _pronoun_speaker(sentence: Sentence, quote: Quotation) -> bool:
    """True when the words around the quotation credit it to a pronoun and name nobody ("...," she said)."""
    around = sentence.text[: quote.start - sentence.start] + " " + sentence.text[quote.end - sentence.start :]
    return bool(_PRONOUN_SUBJECT.search(around)) and not _CAPITALISED.search(around)


# A capitalised word that names nobody: an article or determiner opening the attribution ("The chairwoman said").
_NAMES_NO_ONE = re.compile(r"\b(?:The|A|An|His|Her|Its|Their|Our)\b")


def _credits_a_name(sentence: Sentence, quote: Quotation) -> bool:
    """True when the words around the quotation may name its speaker ("said Harriet Lomax", not "the chairwoman
    said" or "she said")."""
    around = sentence.text[: quote.start - sentence.start] + " " + sentence.text[quote.end - sentence.start :]
    return bool(_CAPITALISED.search(_NAMES_NO_ONE.sub(" ", around)))


def name_the_speakers(
    chosen: Selection, alignment: Alignment, docs: Sequence[Segmented], options: SummaryOptions
) -> Selection:
    """``chosen``, each quotation credited to no name swapped for another outlet's that names its speaker.

    Outlets copy a statement word for word and credit it each in their way; the
    selection may take the shortest credit ("...," the board chairwoman said.)
    where other outlets name her (QA). The swap takes the shortest wording in
    the line's claim that names a speaker and is itself a candidate, only when
    the budget still holds, so no other line changes.
    """
    claims = {claim.id: claim for claim in alignment.claims}
    quotations = {(doc.article.id, q.id): q for doc in docs for q in doc.quotations}
    candidates: dict[str, Sentence] | None = None  # read once, and only for a line that credits no name

    def quote_of(sentence: Sentence) -> Quotation | None:
        return quotations.get((sentence.article_id, sentence.quotation)) if sentence.quotation else None

    spare = options.words - sum(word_count(sentence.text) for sentence in chosen)
    named = []
    for sentence in chosen:
        quote = quote_of(sentence)
        claim = claims.get(alignment.claim_of_sentence.get(sentence.id, ""))
        if quote is not None and claim is not None and not _credits_a_name(sentence, quote):
            if candidates is None:
                candidates = {candidate.id: candidate for candidate in _candidates(docs, options)}
            others = [
                (word_count(other.text) - word_count(sentence.text), other.id, other)
                for other in map(candidates.get, claim.sentence_ids)
                if other is not None and other.article_id != sentence.article_id
            ]
            fitting = [
                (extra, other_id, other)
                for extra, other_id, other in others
                if extra <= spare
                and (other_quote := quote_of(other)) is not None
                and _credits_a_name(other, other_quote)
            ]
            if fitting:
                extra, _, sentence = min(fitting)
                spare -= extra
        named.append(sentence)
    return chosen.reworded(named)


@dataclass(frozen=True)
class _ConceptWeights:
    """The story's concept weights (:func:`_concept_weights`).

    Attributes:
        number: Concept -> its number, for every concept of the story.
        of_number: Number -> the concept's weight; 0 for a concept of no positive weight. A concept's weight is
            read through its number: a dict of the story's thousands of concepts by weight, of which the
            selection reads its candidates' few hundred, took a twentieth of :func:`select`.
        of_sentence: Sentence id -> the weight of its concepts, summed correctly rounded (``math.fsum``), so
            whatever order they come in: a frozenset's order changes from process to process (its strings'
            hashes do), and a plain sum's last bits with it, which could flip a near-tie.
    """

    number: dict[Concept, int]
    of_number: list[float]
    of_sentence: dict[str, float]


def _concept_weights(
    docs: Sequence[Segmented], terms: Mapping[str, SentenceTerms], options: SummaryOptions
) -> _ConceptWeights:
    """Each concept's weight, and each sentence's: the articles that use a concept, a bonus for using it early,
    and headlines.

    Every article using a concept adds 1, and ``lead_weight / (1 + r / 3)``
    where r is the position of its first sentence carrying the concept (news
    puts the gist first); every headline using it adds ``title_weight``. The
    sum is raised to ``support_power``, and scaled by ``rare_concept_weight``
    when fewer than ``min_support`` articles and no headline use the concept.
    """
    # Every use of a concept by a sentence, sentence after sentence, article after article. A concept is numbered
    # by its first use (setdefault keeps the first number), so one lookup per use numbers them all; an
    # article's first use of a concept is then its earliest sentence's. Numbered once, not first gathered per
    # article in a dict of earliest positions (two dict writes a use) and then numbered: 2.7 -> 2.2 ms a DUC 2003
    # dev cluster (median thread CPU, session 36's code and this alternated cluster by cluster in one process).
    sentences = [s for doc in docs for s in doc.sentences]
    concept_sets = [terms[s.id].concepts for s in sentences]
    per_sentence = np.fromiter(map(len, concept_sets), dtype=np.int64, count=len(concept_sets))
    uses = int(per_sentence.sum())
    number: dict[Concept, int] = {}
    number_of_use = np.fromiter(
        map(number.setdefault, chain.from_iterable(concept_sets), count()), dtype=np.int64, count=uses
    )
    article_of_sentence = np.repeat(np.arange(len(docs)), [len(doc.sentences) for doc in docs])
    article_of_use = np.repeat(article_of_sentence, per_sentence)
    index_of_use = np.repeat(
        np.fromiter((s.index for s in sentences), dtype=np.int64, count=len(sentences)), per_sentence
    )
    # Each article's first use of each concept, article after article.
    first_uses, _ = first_places_of(article_of_use * uses + number_of_use)
    concept_of_use, position_of_use = number_of_use[first_uses], index_of_use[first_uses].astype(float)
    # Summed use by use: each concept adds up its articles in input order.
    lead = 1 + options.lead_weight / (1 + position_of_use / 3)
    support = np.bincount(concept_of_use, weights=lead, minlength=uses)
    articles = np.bincount(concept_of_use, minlength=uses)
    in_titles = np.zeros(uses)
    for doc in docs:
        for concept in sentence_terms(doc.article.title or "").concepts:
            if concept in number:
                in_titles[number[concept]] += 1
    numbers = np.fromiter(number.values(), dtype=int, count=len(number))
    totals = (support + options.title_weight * in_titles)[numbers]
    # Python's power, not numpy's: numpy squares exactly where libm's pow may round the other way,
    # and weights that moved by an ulp could reorder near-ties between candidates. Raised once per distinct
    # total: most concepts share theirs with others (one article, at the same position). With the numbering
    # above, 2.8 -> 2.1 ms a DUC 2003 dev cluster (measured as the numbering was).
    distinct_totals, total_of_concept = np.unique(totals, return_inverse=True)
    powered = np.fromiter(
        map(pow, distinct_totals.tolist(), repeat(options.support_power)),
        dtype=float,
        count=len(distinct_totals),
    )[total_of_concept]
    min_articles = min(options.min_support, len(docs))
    counted_in_full = (articles[numbers] >= min_articles) | (in_titles[numbers] > 0)
    weights = powered * np.where(counted_in_full, 1.0, options.rare_concept_weight)
    positive = weights > 0
    # Each sentence's uses are a run of the uses, summed from the weights by number: one look-up of a concept's
    # weight a use took as long as the rest of the densities (select() of a DUC 2003 dev cluster 10.1 -> 9.5 ms,
    # median thread CPU, the look-ups and this alternated cluster by cluster in one process).
    weight_of_number = np.zeros(uses)
    weight_of_number[numbers] = np.where(positive, weights, 0.0)
    weight_of_use = weight_of_number[number_of_use].tolist()
    ends = np.cumsum(per_sentence).tolist()
    sums = map(math.fsum, map(weight_of_use.__getitem__, map(slice, [0, *ends[:-1]], ends)))
    return _ConceptWeights(
        number=number,
        of_number=weight_of_number.tolist(),
        of_sentence=dict(zip([s.id for s in sentences], sums, strict=True)),
    )


def _densities(candidates: Sequence[Sentence], weights: _ConceptWeights) -> dict[str, float]:
    """Sentence id -> the candidate's concept weight per word."""
    return {s.id: weights.of_sentence[s.id] / word_count(s.text) for s in candidates}


def _most_promising(candidates: list[Sentence], density: Mapping[str, float], keep: int) -> list[Sentence]:
    """The ``keep`` candidates with the most concept weight per word (``density``), in input order.

    The exact program's cost grows quickly with its size, and sentences that
    carry little shared content per word are almost never in its answer.
    """
    if len(candidates) <= keep:
        return candidates
    best = sorted(range(len(candidates)), key=lambda j: (-density[candidates[j].id], j))[:keep]
    return [candidates[j] for j in sorted(best)]


def _greedy(
    incidence: np.ndarray,
    weight: np.ndarray,
    lengths: np.ndarray,
    repeats: np.ndarray,
    budget: int,
    power: float,
    start: Sequence[int] = (),
) -> list[int]:
    """Add the sentence with the most new concept weight per word**power until nothing fits, after ``start``."""
    chosen = list(start)
    as_floats = incidence.astype(float)
    uncovered = ~incidence[chosen].any(axis=0)
    free = ~repeats[chosen].any(axis=0)
    free[chosen] = False
    room = budget - int(lengths[chosen].sum())
    while True:
        fits = free & (lengths <= room)
        if not fits.any():
            return chosen
        gain = _gains(as_floats, weight, uncovered)
        score = np.where(fits, gain / lengths**power, -1.0)
        best = int(np.argmax(score))
        if gain[best] <= 0:
            return chosen
        chosen.append(best)
        free[best] = False
        free &= ~repeats[best]
        uncovered &= ~incidence[best]
        room -= int(lengths[best])


def _gains(as_floats: np.ndarray, weight: np.ndarray, uncovered: np.ndarray) -> np.ndarray:
    """Each sentence's weight of the ``uncovered`` concepts, ``incidence[:, uncovered] @ weight[uncovered]`` bit for
    bit (``as_floats``: the incidence matrix as floats).

    The product of boolean columns casts them into a C-ordered float matrix first; taking the float columns
    into one gives the same matrix, so the same sums, at half the cost: :func:`select` of a DUC 2003 dev cluster
    12.3 -> 11.4 ms (median thread CPU, base and this alternated cluster by cluster in one process). A boolean
    mask of the float columns gives an F-ordered matrix, whose product sums in another order.
    """
    return as_floats.take(np.flatnonzero(uncovered), axis=1) @ weight[uncovered]


def _covered_weight(chosen: list[int], incidence: np.ndarray, weight: np.ndarray) -> float:
    return float(weight[incidence[chosen].any(axis=0)].sum()) if chosen else 0.0


def _improve(chosen: list[int], incidence, weight, lengths, repeats, budget: int, kept: int = 0) -> list[int]:
    """Swap one chosen sentence (not one of the first ``kept``) for an unchosen one while that covers more
    weight within the budget."""
    best_value = _covered_weight(chosen, incidence, weight)
    as_floats = incidence.astype(float)
    improved = True
    while improved:
        improved = False
        for position in range(kept, len(chosen)):
            rest = chosen[:position] + chosen[position + 1 :]
            room = budget - int(lengths[rest].sum()) if rest else budget
            rest_cover = incidence[rest].any(axis=0) if rest else np.zeros(incidence.shape[1], dtype=bool)
            gains = _gains(as_floats, weight, ~rest_cover)
            gains[chosen] = -1
            gains[lengths > room] = -1
            if rest:
                gains[repeats[rest].any(axis=0)] = -1
            candidate = int(np.argmax(gains))
            value = float(weight[rest_cover].sum()) + gains[candidate]
            if value > best_value + 1e-9:
                chosen, best_value, improved = rest + [candidate], value, True
                break
    return chosen


def _word_containment(candidates: list[Sentence], terms: Mapping[str, SentenceTerms]) -> np.ndarray:
    """Row i, column j: the share of sentence i's distinct content stems that sentence j also uses."""
    stems = [set(terms[s.id].stems) for s in candidates]
    index = {w: k for k, w in enumerate(sorted(set().union(*stems)))}
    incidence = np.zeros((len(candidates), len(index)), dtype=float)
    for row, words in enumerate(stems):
        incidence[row, [index[w] for w in words]] = 1.0
    sizes = np.maximum(incidence.sum(axis=1), 1.0)[:, None]
    return incidence @ incidence.T / sizes


# A year or a small whole count ("two", "Nov. 9") is shared by sentences about different things.
_YEAR_FIGURE = re.compile(r"1[89]\d\d|20\d\d")
_SMALLEST_DISTINCT_COUNT = 10
# A percentage: a share or a change, of which one story seldom gives the same figure for two things.
_PERCENTAGE = re.compile(r"(\d+(?:\.\d+)?)\s*(?:%|percent\b|per\s+cent\b)", re.IGNORECASE)


def _distinct_figures(text: str) -> frozenset[str]:
    """The figures of ``text`` (:func:`~storyweave.embed.terms.figures`) that name one thing in a story: not a year,
    not a whole count below ten ("3.2 years" is one)."""
    return frozenset(
        figure
        for figure in figures(text)
        if not _YEAR_FIGURE.fullmatch(figure) and ("." in figure or int(figure) >= _SMALLEST_DISTINCT_COUNT)
    )


# A figure scaled by a word: "5 million", "five million", "2.5bn", "$5m" ("m" only after a currency sign: "a 100m
# sprint").
_MULTIPLIED = re.compile(
    r"(?<![\w.,])(?P<currency>[$€£]\s?)?(?P<number>\d+(?:[.,]\d+)*|" + "|".join(WORD_NUMBERS) + r")"
    r"(?:\s*(?P<word>thousand|million|billion|trillion|bn)|(?(currency)m|(?!)))\b",
    re.IGNORECASE,
)
_MULTIPLIER = {"thousand": 1e3, "million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12}


def _multiplied_out(text: str) -> str:
    """``text`` with each figure a word scales in digits: "5 million", "five million" and "$5m" all read
    "5000000", as "5,000,000" does (:func:`~storyweave.embed.terms.figures`)."""

    def digits(match: re.Match[str]) -> str:
        number = match.group("number").lower()
        value = WORD_NUMBERS.get(number)
        scale = _MULTIPLIER[(match.group("word") or "m").lower()]
        amount = round((float(number.replace(",", "")) if value is None else value) * scale)
        return f"{match.group('currency') or ''}{amount}"

    # Most sentences scale no figure: the substitution's scan of every word start cost more than the check.
    lower = text.lower()
    scaled = any(word in lower for word in ("thousand", "illion", "bn")) or any(
        sign in text for sign in "$€£"
    )
    return _MULTIPLIED.sub(digits, text) if scaled else text


# A figure in digits, or a word.
_FIGURE_OR_WORD = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+")


def _figure_neighbours(text: str, distinct: frozenset[str]) -> frozenset[tuple[str, str]]:
    """Each ``distinct`` figure ``text`` gives in digits, with the stem of the nearest content word before it:
    ("12460", "enrol") for "The trial enrolled 12,460 adults", what the figure says happened. Not the counted
    word after it, which names whom the story is about ("all 15 British sailors" in every line of a story),
    nor a figure in a name ("Flight 447")."""
    found = re.findall(_FIGURE_OR_WORD, text)
    pairs = set()
    for at, token in enumerate(found):
        figure = token.replace(",", "")
        # After a capitalised word that does not open the sentence, the figure is part of a name.
        if figure not in distinct or (at > 1 and found[at - 1][0].isupper()):
            continue
        before = (word.lower() for word in reversed(found[:at]) if not word[0].isdigit())
        content = next((word for word in before if word not in STOP_WORDS), None)
        if content:
            pairs.add((figure, stem(content)))
    return frozenset(pairs)


def _same_figures(
    candidates: Sequence[Sentence], terms: Mapping[str, SentenceTerms], options: SummaryOptions
) -> np.ndarray:
    """Row i, column j: whether candidates i and j give the same figure for the same thing.

    They share a figure of :func:`_distinct_figures` (read with its multiplier: "5 million", "five million",
    "€5m" and "5,000,000" are one), and either both give it as a percentage or as a death toll
    (:func:`_tolls`: "the toll rose to 16", "Sixteen people have now died"), or next to the same word
    (:func:`_figure_neighbours`), or one of them uses ``figure_repeat_containment`` of its words (content
    stems but figures) in the other: "The trial enrolled 12,460 people, of whom 6,230 received zelmatide." restates "The trial, called ORBIT-CV, enrolled 12,460
    adults aged 50 and older in 31 countries ..." (QA12a), "The central estimate was a 19% reduction in
    risk." the line that "it lowered colorectal cancer risk by 19%", though the words differ too much for the
    repeat ban of ``repeat_containment``.
    """
    shared = np.zeros((len(candidates), len(candidates)), dtype=bool)
    if not options.figure_repeat_containment:
        return shared
    texts = [_multiplied_out(s.text) for s in candidates]
    distinct = [_distinct_figures(text) for text in texts]
    # Only the pairs that share a figure are compared: a few dozen of a DUC cluster's 20,000.
    holders: defaultdict[str, list[int]] = defaultdict(list)
    for i, figures_of in enumerate(distinct):
        for figure in figures_of:
            holders[figure].append(i)
    pairs = sorted({pair for held in holders.values() for pair in combinations(held, 2)})
    if not pairs:
        return shared
    # Read of the candidates in a pair only: a few of the 25.
    paired = {i for pair in pairs for i in pair}
    percentages = {i: frozenset(_PERCENTAGE.findall(texts[i])) for i in paired}
    tolls = {i: _tolls(texts[i]) for i in paired}
    words = {i: {w for w in terms[candidates[i].id].stems if not w.isdigit()} for i in paired}
    neighbours = {i: _figure_neighbours(texts[i], distinct[i]) for i in paired}
    for i, j in pairs:
        both = distinct[i] & distinct[j]
        fewer = min(len(words[i]), len(words[j]))
        shared[i, j] = shared[j, i] = (
            not both.isdisjoint(percentages[i] & percentages[j])
            or not both.isdisjoint(tolls[i] & tolls[j])
            or not neighbours[i].isdisjoint(neighbours[j])
            or (fewer > 0 and len(words[i] & words[j]) >= options.figure_repeat_containment * fewer)
        )
    return shared


def _select(
    candidates: list[Sentence],
    terms: Mapping[str, SentenceTerms],
    weights: _ConceptWeights,
    density: Mapping[str, float],
    options: SummaryOptions,
    apart: Collection[tuple[str, str]],
    lead: Sentence | None = None,
) -> list[Sentence]:
    """Choose the candidates that cover the most concept weight within the word budget, ``lead`` among them.

    Budgeted maximum coverage: greedy runs with different length penalties
    (Khuller et al.'s cost-scaled greedy), each polished by single swaps, and
    the best cover wins. On the dev sets this matches an exact ILP solver
    (HiGHS) within noise at a hundredth of its time (bench/bench_summarize.py).
    The lead-sentence bonus enters as one private concept per sentence, so the
    same search maximises coverage plus bonus. Pairs of sentence ids in
    ``apart`` are never both chosen.
    """
    if not candidates:
        return []
    promising = _most_promising(candidates, density, options.max_candidates)
    if lead is not None and lead not in promising:
        promising = [s for s in candidates if s in promising or s.id == lead.id]
    candidates = promising
    number, of_number = weights.number, weights.of_number
    concept_sets = [[c for c in terms[s.id].concepts if of_number[number[c]] > 0] for s in candidates]
    index = {c: i for i, c in enumerate(sorted({c for cs in concept_sets for c in cs}))}
    incidence = np.zeros((len(candidates), len(index)), dtype=bool)
    for j, concepts in enumerate(concept_sets):
        incidence[j, [index[c] for c in concepts]] = True
    weight = np.array([of_number[number[c]] for c in index], dtype=float)
    lengths = np.array([word_count(s.text) for s in candidates], dtype=float)
    if options.lead_sentence_weight > 0:
        # Scaled to the concepts' weight per word; a pool with no concept at all still gets a lead order.
        per_word = options.lead_sentence_weight * (weight.sum() / lengths.sum() if weight.any() else 1.0)
        bonus = per_word * lengths / (1 + np.array([s.index for s in candidates], dtype=float))
        incidence = np.hstack([incidence, np.eye(len(candidates), dtype=bool)])
        weight = np.concatenate([weight, bonus])
    # Sentences that state the same information (as the alignment judges it)
    # never both enter the summary: one outlet's wording of a fact, not three.
    scaled = np.maximum(
        similarity_matrix(candidates, terms),
        _word_containment(candidates, terms) / options.repeat_containment,
    )
    repeats = (
        (scaled >= 1.0) | (scaled.T >= 1.0) | _same_figures(candidates, terms, options)
    ) & options.avoid_repeats
    np.fill_diagonal(repeats, False)
    if apart:
        position = {s.id: j for j, s in enumerate(candidates)}
        for first, second in apart:
            if first in position and second in position:
                repeats[position[first], position[second]] = repeats[position[second], position[first]] = True
    start = [candidates.index(lead)] if lead is not None else []
    runs = [
        _improve(
            _greedy(incidence, weight, lengths, repeats, options.words, power, start),
            incidence,
            weight,
            lengths,
            repeats,
            options.words,
            kept=len(start),
        )
        for power in (0.0, 0.5, 1.0)
    ]
    best = max(runs, key=lambda run: (_covered_weight(run, incidence, weight), lengths[run].sum()))
    return [candidates[j] for j in sorted(best)]


# Openers that say the sentence is about what the one before named: "The same report put ...", "Such an inquiry
# usually takes months.", "Similarly, ...".
_SAME_OR_SUCH = re.compile(r"[\"\u201c]?(?:The\s+same|Such|Similarly|Likewise)\b")
# An event tied in time to the one the sentence before told, named by a bare "The" and its noun: "The decision comes
# nearly four months after ...", "The news comes one month after ...", "The exercise comes ahead of ...", "The move
# follows a ruling ...". Which decision, which move, is said before. "Comes" or "came" ties only with a span of time
# and "after", "before", "ahead of", "amid" or "as" ("The storm came ashore", "The report comes from" tell where or
# whence); the words between "The" and the verb are a noun and its modifier, not a clause ("The man who came after").
_TIED_TO_BEFORE = re.compile(
    r"[\"\u201c]?The\s+(?:(?!(?:who|that|which)\b)[a-z][\w'’-]*\s+){1,2}"
    r"(?:follows|followed|(?:comes|came)\s+"
    r"(?:(?:just|only|nearly|almost|about|barely|shortly|some|more|less|than|over|under|a|an|one|two|three|four"
    r"|five|six|seven|eight|nine|ten|few|several|\d+|hours?|days?|weeks?|months?|years?)\s+)*"
    r"(?:after|before|ahead\s+of|amid|as|on\s+the\s+heels\s+of|in\s+the\s+wake\s+of)\b)"
)
# A comparison with no "than": "Liberal Alliance leader Tomas Brandt was less generous." (QA12b), "Residents of
# nearby Orsina were luckier, as ..." compare with what the sentence before said.
_COMPARED = re.compile(
    r"\b(?:is|are|was|were|be|been|seems?|seemed|looks?|looked|sounded|proved|appeared)"
    r"\s+(?:(?:far|much|even|no|somewhat)\s+)?(?:(?:more|less)\s+[a-z]+|[a-z]+ier)\s*[,.;:!]"
)
_THAN = re.compile(r"\bthan\b", re.IGNORECASE)
# "this", "these" or "those" before a word, and "that" before a word that ends a phrase (a preposition, a
# comma or the sentence's end follows: "table that amendment on Tuesday"): a demonstrative, when the sentence
# before names that word ("... an amendment restoring the rail money.", QA12b). "that" before a word that a verb
# follows opens a clause ("evidence that investigators were ..."): read on the DUC and AllSides dev
# candidates. So does "that" before a verb's "-ed" or "-ing" form ("a plane that crashed on June 1", "said that
# following the attack on Nov. 9, ...") or a plural, which a demonstrative "that" never counts ("alleged that
# prisoners at Abu Ghraib had been killed", "means that immigrants with TPS may remain"): of the 33 dev candidates
# the rule left out for "that", these were 9, all clauses; of the 24 it still leaves out 22 point back (not
# "people that go to", "tumors that spread to"). Times ("this year", "that way") point nowhere. A "that" after a
# noun a determiner or a preposition opens is a relative pronoun ("some of the people that go to", "With tumors that
# spread to"): the last branch takes such a "that" (and no word) before the demonstrative branch can. Of the dev
# articles' demonstrative "that"s naming a word of the sentence before, it took those 2 and no other ("By making
# that offer": an "-ing" word is a verb).
_DEMONSTRATIVE = re.compile(
    r"\b(?:(?:this|these|those)\s+([a-z]+)\b"
    r"|that\s+(?![a-z]+(?:ed|ing)\b|[a-z]*[^siu\W]s\b)([a-z]+)"
    r"(?=\s*[,.;:!?]|\s+(?:on|in|at|to|for|of|with|by|from|after|before|and|or|a|an|the)\b)"
    r"|(?i:the|a|an|some|many|all|most|of|with|for|from)\s+(?![a-z]+ing\b)[a-z]+\s+that\b)"
)
_TIMES = frozenset("year week month morning afternoon evening night weekend season time way day".split())


def _leans_back(text: str, before: str) -> bool:
    """Whether the sentence ``text`` cannot be read without the sentence ``before`` it in its article.

    It opens by pointing back ("He", "It", "That", "But": :func:`~storyweave.align.stands_alone`,
    :data:`_CONNECTIVE`), with "The same" or "Such", ties its event to the one before ("The move follows ...":
    :data:`_TIED_TO_BEFORE`), compares with no "than" (:data:`_COMPARED`), or names with a demonstrative a thing
    ``before`` names ("that amendment").
    """
    if (
        not stands_alone(text)
        or _CONNECTIVE.match(text)
        or _SAME_OR_SUCH.match(text)
        or _TIED_TO_BEFORE.match(text)
    ):
        return True
    if _COMPARED.search(text) and not _THAN.search(text):
        return True
    pointed = [
        word
        for word in map("".join, _DEMONSTRATIVE.findall(text))
        if word and word not in STOP_WORDS and word not in _TIMES
    ]
    # The sentence before is read only for a demonstrative: reading it for every candidate cost more than the rest.
    return bool(pointed) and not set(map(stem, pointed)).isdisjoint(sentence_terms(before).stems)


def _leaning_back(docs: Sequence[Segmented]) -> Callable[[Sentence], bool]:
    """Whether a sentence of ``docs`` leans on the sentence before it in its article (:func:`_leans_back`).

    Each sentence is read when first asked about, once: only the chosen lines are asked, and reading all of a
    story's two hundred candidates cost a tenth of the summary's time (bench/bench_summarize.py).
    """
    text_at = {(s.article_id, s.index): s.text for doc in docs for s in doc.sentences}
    leans: dict[str, bool] = {}

    def leaning(sentence: Sentence) -> bool:
        if sentence.id not in leans:
            before = text_at.get((sentence.article_id, sentence.index - 1), "")
            leans[sentence.id] = sentence.index > 0 and _leans_back(sentence.text, before)
        return leans[sentence.id]

    return leaning


def _dangling(chosen: list[Sentence], leaning: Callable[[Sentence], bool]) -> set[str]:
    """Ids of chosen sentences that lean on a sentence of their article left out (``leaning``:
    :func:`_leaning_back`)."""
    present = {(s.article_id, s.index) for s in chosen}
    return {s.id for s in chosen if (s.article_id, s.index - 1) not in present and leaning(s)}


def _mostly_quoted(docs: Sequence[Segmented]) -> frozenset[str]:
    """Ids of the sentences at least half of whose characters lie inside a quotation."""
    out = []
    for doc in docs:
        quotations = {q.id: q for q in doc.quotations}
        for sentence in doc.sentences:
            quote = quotations.get(sentence.quotation) if sentence.quotation else None
            if quote and 2 * (min(quote.end, sentence.end) - max(quote.start, sentence.start)) >= len(
                sentence.text
            ):
                out.append(sentence.id)
    return frozenset(out)


def _quotes_over_share(
    chosen: list[Sentence], quoted: frozenset[str], share: float, density: Mapping[str, float]
) -> set[str]:
    """Ids of the chosen quotation lines past ``share`` of the lines (one at least), the least dense first out
    (``density``: :func:`_densities`)."""
    lines = [s for s in chosen if s.id in quoted]
    allowed = max(1, int(share * len(chosen)))
    if len(lines) <= allowed:
        return set()
    lines.sort(key=lambda s: (-density[s.id], s.id))
    return {s.id for s in lines[allowed:]}


# An article's lede: its opening sentences, where news says what happened.
_LEDE_SENTENCES = 3
# Openings that this share of the best opening's lede support or more state the event as well as it does; the
# earliest of them is the lead. Chosen on the QA stories (/tmp/s24/qa7/stories: an earthquake's next-day
# follow-up opens with the quake again, 1.35 against the first report's 1.34).
_LEAD_TOLERANCE = 0.9
# Support the other articles' ledes must give an opening (in shares of its concepts) for it to be a lead: what
# no other outlet opens with is one outlet's angle ("Mayor Jane Ortiz spoke to reporters at City Hall ...").
# The QA stories' leads have 0.34 (the earthquake, 3 articles) to 2.7.
_LEAD_SHARED_SUPPORT = 0.25


def _lead(
    docs: Sequence[Segmented],
    candidates: Sequence[Sentence],
    terms: Mapping[str, SentenceTerms],
    place: Mapping[str, tuple[dt.date, int, int]],
) -> Sentence | None:
    """The story's lead: the opening sentence whose information the most articles open with.

    Each article's opening is its first candidate among its lede sentences (one that stands alone); an article
    updated at its URL opens as its newest version does, its earlier versions with none (the opening an update
    changed is no candidate, and the line after it no opening). Its lede support sums, over the story's
    articles, the share of its concepts (stemmed bigrams) that the article's lede uses, so an opening every
    outlet's lede restates scores the number of articles, and a follow-up's own news ("Two workers remained in
    hospital on Wednesday, a day after a chlorine leak that officials now say sent 32 people ...") scores less
    than the event ("A chlorine gas leak ... sent 23 people to hospital on Tuesday and forced the evacuation
    of about 400 homes ..."). Of the openings nearly as well supported as the best, the first in reading order
    (the earliest report of the event) is the lead. None when no opening is shared by another article's lede
    (:data:`_LEAD_SHARED_SUPPORT`). ``place``: the sentences' reading places (:func:`_reading_places`).
    """
    ledes = [
        set(chain.from_iterable(terms[s.id].concepts for s in doc.sentences[:_LEDE_SENTENCES]))
        for doc in docs
    ]
    earlier_versions = {
        version for versions, newest in _versions(docs) for version in versions if version != newest
    }
    openings: dict[str, Sentence] = {}
    for sentence in candidates:
        if (
            sentence.article_id not in earlier_versions
            and sentence.index < _LEDE_SENTENCES
            and stands_alone(sentence.text)
            and not _CONNECTIVE.match(sentence.text)
        ):
            openings.setdefault(sentence.article_id, sentence)
    support = {}
    for sentence in openings.values():
        concepts = set(terms[sentence.id].concepts)
        if concepts:
            support[sentence.id] = sum(len(concepts & lede) for lede in ledes) / len(concepts)
    # Its own lede gives every opening 1.
    if not support or max(support.values()) < 1 + _LEAD_SHARED_SUPPORT:
        return None
    best = max(support.values())
    return min(
        (
            sentence
            for sentence in openings.values()
            if support.get(sentence.id, 0.0) >= _LEAD_TOLERANCE * best
        ),
        key=lambda sentence: place[sentence.id],
    )


def _event_line(
    chosen: Sequence[Sentence],
    lead: Sentence,
    terms: Mapping[str, SentenceTerms],
    place: Mapping[str, tuple[dt.date, int, int]],
) -> Sentence | None:
    """The ``chosen`` sentence that states the event as the lead does; None when none does.

    The lead itself, else the one that uses the most of the lead's concepts, half of them or more, in its own
    words maybe ("Suicide bombers attacked a crowded Jerusalem market on Friday; ..." for "Two suicide bombers
    blew themselves up in a Jerusalem market on Friday."), else the first other lede sentence of a report no
    later than the lead's: on the DUC dev clusters at 60 words (`storyweave eval ... --words 60`), forcing the
    lead in beside such a line traded "Parliament toppled Prime Minister Mesut Yilmaz's 17-month-old
    government Wednesday ..." for the next day's news. A later report's opening ("Two workers ... remained in
    hospital on Wednesday, a day after a chlorine leak ...") tells what followed, not the event. ``place``: the
    sentences' reading places (:func:`_reading_places`).
    """
    concepts = set(terms[lead.id].concepts)
    shared = {s.id: len(concepts.intersection(terms[s.id].concepts)) for s in chosen}
    restating = [s for s in chosen if 2 * shared[s.id] >= len(concepts)]
    if restating:
        return min(restating, key=lambda s: (s.id != lead.id, -shared[s.id], place[s.id]))
    earlier_ledes = [s for s in chosen if s.index < _LEDE_SENTENCES and place[s.id][0] <= place[lead.id][0]]
    return min(earlier_ledes, key=lambda s: place[s.id], default=None)


def select(
    docs: Sequence[Segmented],
    options: SummaryOptions | None = None,
    terms: Mapping[str, SentenceTerms] | None = None,
    apart: Collection[tuple[str, str]] = (),
    left_out: Collection[str] = (),
) -> Selection:
    """Choose the summary's sentences from all the story's articles.

    Args:
        docs: The story's segmented articles, in input order.
        options: Budget and knobs.
        terms: Lexical terms of every sentence, when already computed.
        apart: Pairs of sentence ids never both chosen (restatements the
            claims found: :func:`select_aligned`).
        left_out: Ids of sentences never chosen (minority wordings:
            :func:`select_aligned`).

    Returns:
        At most ``options.words`` words of whole sentences, in reading order:
        by article date where dates allow, then article and position; in a
        short summary, the one that states the story's lead.
    """
    options = options or SummaryOptions()
    terms = terms or terms_by_sentence(docs)
    candidates = [s for s in _candidates(docs, options) if s.id not in left_out]
    weights = _concept_weights(docs, terms, options)
    # Each selection round reads the candidates' densities: computed once, as the weights are.
    density = _densities(candidates, weights)
    chosen = _select(candidates, terms, weights, density, options, apart)
    # A short summary holds the story's lead, unless a line it chose states it already.
    # The sentences' reading places, read by the lead, its line and the summary's order, read once, not up to
    # four times: select() of a DUC 2003 dev cluster 11.5 -> 11.4 ms mean thread CPU (alternated in one process).
    place = _reading_places(docs)
    story_lead = _lead(docs, candidates, terms, place) if options.words <= options.lead_words else None
    lead = (
        story_lead
        if story_lead is not None and _event_line(chosen, story_lead, terms, place) is None
        else None
    )
    if lead is not None:
        chosen = _select(candidates, terms, weights, density, options, apart, lead)
    quoted = _mostly_quoted(docs) if options.max_quote_share < 1 else frozenset()
    leaning = _leaning_back(docs) if options.self_contained else (lambda sentence: False)
    # Each round drops at least one candidate; on the dev sets one or two rounds are run, if any.
    while (dropped := _dangling(chosen, leaning)) or (
        dropped := _quotes_over_share(chosen, quoted, options.max_quote_share, density)
    ):
        candidates = [s for s in candidates if s.id not in dropped]
        lead = lead if lead is not None and lead.id not in dropped else None
        chosen = _select(candidates, terms, weights, density, options, apart, lead)
    return Selection(
        tuple(sorted(chosen, key=lambda s: place[s.id])),
        None if story_lead is None else _event_line(chosen, story_lead, terms, place),
    )


def select_aligned(
    docs: Sequence[Segmented],
    options: SummaryOptions,
    terms: Mapping[str, SentenceTerms],
    align_chosen: Callable[[Sequence[Sentence]], Alignment],
    encoder: Encoder | None = None,
    conflicts: Sequence[Conflict] = (),
) -> tuple[Selection, Alignment]:
    """The summary's sentences (:func:`select`) and their alignment, no two of them in one claim.

    The repeat ban of :func:`select` reads the candidates' words only; the
    claims weigh words by the whole story and, with an encoder, read meaning.
    So another outlet's restatement of a chosen fact ("The 14 workers on the
    night shift ... all got out safely." beside "All 14 workers on the night
    shift were evacuated without injury.") can pass the ban and then share the
    chosen sentence's claim. Each such pair is kept apart and the selection
    run again, until no claim holds two summary sentences; a pair kept apart is
    never chosen again, so the rounds end. The alignment is the one the
    citations need anyway, so a summary with no restatement costs nothing more.
    On the 328 dev clusters with word-only claims (`python bench/ablation.py`)
    4 summaries change (R-2 DUC -0.06, Multi-News -0.01, AllSides +0.01); with
    the encoder's claims 84 do (AllSides +0.26, MultiLing -0.25, DUC -0.13).
    With ``encoder``, two chosen lines that restate one fact in other words
    (:func:`_paraphrases`) are kept apart the same way, though the claims,
    which must cite only outlets that carry all of a line, left them apart.
    With the story's ``conflicts`` known, a line that gives a count the story
    has since updated (:func:`_outdated`), or a figure fewer outlets give than
    another (:func:`_outvoted`), gives way to one that gives the newest or the
    majority's, when a candidate does.

    Args:
        docs: The story's segmented articles, in input order.
        options: Budget and knobs; with ``avoid_repeats`` off, one round.
        terms: Lexical terms of every sentence.
        align_chosen: The story's alignment with the given sentences heading
            their claims (:func:`storyweave.align.align` with them as ``centers``).
        encoder: The claims' encoder, when they have one; None for word-only
            claims, which this leaves as they were.
        conflicts: The story's conflicts and updates between outlets
            (:func:`storyweave.crosscheck.find_conflicts`), when they were looked for.

    Returns:
        The chosen sentences, in reading order, and their alignment.
    """
    apart: set[tuple[str, str]] = set()
    story_words = _StoryWords(docs, options)
    left_out = set(_outdated(conflicts, story_words) | _outvoted(conflicts, story_words))
    while True:
        chosen = select(docs, options, terms, apart, left_out)
        alignment = align_chosen(chosen)
        restated = (
            _restatements(chosen, alignment) | _paraphrases(chosen, terms, encoder, options)
            if options.avoid_repeats
            else set()
        )
        minority = (
            _minority_worded(chosen, alignment, story_words)
            if options.majority_wording and not restated
            else set()
        )
        if not (restated or minority):
            return chosen, alignment
        apart |= restated
        left_out |= minority


# A capitalised word, a possessive's "'s" left off ("Biden's" is Biden).
_NAME = re.compile(r"\b([^\W\d_a-z][^\W\d_]*(?:-[^\W\d_]+)*)(?:['\u2019]s\b)?")


def _folded(word: str) -> str:
    """``word`` casefolded, without accents: "Sánchez" and "Sanchez" are one spelling."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)).casefold()


def _names(text: str) -> frozenset[str]:
    """The capitalised words of ``text``, folded (:func:`_folded`)."""
    return frozenset(map(_folded, _NAME.findall(text)))


def _spellings_of_one_name(first: str, second: str) -> bool:
    """Whether two folded words spell one name two ways: "okonkwa" and "okonkwo", "renfro" and "renfrew".

    Five letters or more ("iran" and "iraq" are two countries), one letter apart (two for words of six letters
    or more), same first letter; not a word and its derivative ("russia", "russian").
    """
    if min(len(first), len(second)) < 5 or first[0] != second[0]:
        return False
    if first.startswith(second) or second.startswith(first):
        return False
    allowed = 2 if min(len(first), len(second)) >= 6 else 1
    if abs(len(first) - len(second)) > allowed:
        return False
    # Levenshtein distance, row by row.
    previous = list(range(len(second) + 1))
    for i, letter in enumerate(first, 1):
        current = [i]
        for j, other in enumerate(second, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (letter != other)))
        previous = current
    return previous[-1] <= allowed


# Ordinals count as their figures ("a ninth consecutive defeat" is nine defeats); not "first" and "second",
# which more often mean something else ("first visit", "a second").
_ORDINALS = {
    word: str(value)
    for value, word in enumerate(
        "third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth"
        " sixteenth seventeenth eighteenth nineteenth twentieth".split(),
        start=3,
    )
}
_ORDINAL = re.compile(r"\b(?:(\d+)(?:st|nd|rd|th)|(" + "|".join(_ORDINALS) + r"))\b", re.IGNORECASE)


def _counts(text: str) -> frozenset[str]:
    """The figures of ``text`` (:func:`~storyweave.embed.terms.figures`), ordinals as their numbers."""
    ordinals = {digits or _ORDINALS[word.lower()] for digits, word in _ORDINAL.findall(text)}
    return figures(text) | ordinals


class _StoryWords:
    """What :func:`_minority_worded` reads of a story, each read on first use: the sentences by id, the
    candidates, and each article's date, names and figures."""

    def __init__(self, docs: Sequence[Segmented], options: SummaryOptions) -> None:
        self._docs = docs
        self._options = options
        self.date_of = {doc.article.id: doc.article.date for doc in docs}
        self.articles = {doc.article.id: doc.article for doc in docs}

    @cached_property
    def sentences(self) -> dict[str, Sentence]:
        return {s.id: s for doc in self._docs for s in doc.sentences}

    @cached_property
    def candidates(self) -> frozenset[str]:
        return frozenset(s.id for s in _candidates(self._docs, self._options))

    @cached_property
    def _words(self) -> list[tuple[str, frozenset[str], frozenset[str]]]:
        return [(doc.article.id, _names(doc.article.text), _counts(doc.article.text)) for doc in self._docs]

    def articles_with(self, name: str | None = None, figure: str | None = None) -> list[str]:
        """Ids of the articles whose text uses the (folded) ``name`` or the ``figure``."""
        return [
            article_id for article_id, names, numbers in self._words if name in names or figure in numbers
        ]


def _minority_worded(chosen: Sequence[Sentence], alignment: Alignment, story: _StoryWords) -> set[str]:
    """Ids of ``chosen`` lines that word a name or a figure as fewer articles do than a candidate of their claim.

    Another article's sentence in a line's claim words the fact otherwise where
    it spells a name of the line another way (:func:`_spellings_of_one_name`), or gives
    one figure where the line gives another, all else alike. The line is a
    minority wording when the story's articles use its spelling or figure less
    often than the other sentence's, and never more often for any word the two
    differ in; a figure that only later articles give is an update ("now say
    32"), not a variant. The other sentence must be a candidate, so the
    selection run again without the line may take it.
    """
    claims = {claim.id: claim for claim in alignment.claims}
    minority = set()
    for line in chosen:
        claim = claims.get(alignment.claim_of_sentence.get(line.id, ""))
        if claim is None or len(claim.sentence_ids) < 2:
            continue
        line_names, line_figures = _names(line.text), _counts(line.text)
        for other_id in claim.sentence_ids:
            other = story.sentences.get(other_id)
            if other is None or other.article_id == line.article_id:
                continue
            pairs = _variant_pairs(line_names, line_figures, other.text, story)
            if (
                pairs
                and all(mine <= theirs for mine, theirs in pairs)
                and any(mine < theirs for mine, theirs in pairs)
                and other_id in story.candidates
            ):
                minority.add(line.id)
                break
    return minority


def _variant_pairs(
    line_names: frozenset[str], line_figures: frozenset[str], other: str, story: _StoryWords
) -> list[tuple[int, int]]:
    """For each word a line words otherwise than the sentence ``other``: how many articles use each wording."""
    other_names, other_figures = _names(other), _counts(other)
    pairs = [
        (len(story.articles_with(name=mine)), len(story.articles_with(name=theirs)))
        for mine in line_names - other_names
        for theirs in other_names - line_names
        if _spellings_of_one_name(mine, theirs)
    ]
    mine_only, theirs_only = line_figures - other_figures, other_figures - line_figures
    # One figure for another, all else alike: two figures apart may be two facts ("built in 1998", "14 hurt").
    if len(mine_only) == 1 and len(theirs_only) == 1:
        with_mine = story.articles_with(figure=next(iter(mine_only)))
        with_theirs = story.articles_with(figure=next(iter(theirs_only)))
        if not _updated(with_mine, with_theirs, story):
            pairs.append((len(with_mine), len(with_theirs)))
    return pairs


def _updated(later: Sequence[str], earlier: Sequence[str], story: _StoryWords) -> bool:
    """Whether every article of ``later`` is dated after every article of ``earlier`` (a figure revised)."""
    later_dates = [story.date_of[a] for a in later]
    earlier_dates = [story.date_of[a] for a in earlier]
    return (
        bool(later_dates and earlier_dates)
        and None not in later_dates
        and None not in earlier_dates
        and min(later_dates) > max(earlier_dates)
    )


# Counted words too common to tie a sentence to one update: "six people were killed", "14 people are missing".
_ANY_COUNT = frozenset({"people", "persons"})
# Units of a death toll, and a toll told without its counted word: after the noun ("the death toll from the floods
# rose to 12", "the number of dead stood at nine"), as a verb's object ("killing nine people") or its subject
# ("nine people were killed", "Sixteen people have now died", "12 dead").
_DEATHS = frozenset({"deaths", "dead", "killed", "fatalities", "victims"})
_ROUGHLY = r"(?:(?:about|around|nearly|almost|some|at\s+least|more\s+than)\s+)?"
_TOLL_NUMBER = r"(\d+(?:,\d{3})*|" + "|".join(WORD_NUMBERS) + r")\b"
_TOLL_FIGURE = re.compile(
    r"\b(?:toll|(?:number|count)\s+of\s+(?:the\s+)?(?:dead|deaths|fatalities|(?:people\s+)?killed))\b"
    r"[^.;:]{0,80}?\b(?:to|at|reached|hit)\s+"
    + _ROUGHLY
    + _TOLL_NUMBER
    + r"|\bkill(?:ed|ing)\s+"
    + _ROUGHLY
    + _TOLL_NUMBER
    + r"|\b"
    + _TOLL_NUMBER
    + r"\s+(?:(?:people|persons)\s+)?"
    r"(?:(?:were|have|had)\s+(?:now\s+)?(?:been\s+)?(?:killed|died)|died|dead)\b",
    re.IGNORECASE,
)


# Capitalised words that name no place or party a toll is of.
_CALENDAR = frozenset(name.lower() for name in [*calendar.day_name, *calendar.month_name] if name)


def _named(text: str) -> frozenset[str]:
    """The names of ``text`` (:func:`_names`) but stop words and days: what a toll it gives may be of."""
    return frozenset(name for name in _names(text) if name not in STOP_WORDS and name not in _CALENDAR)


def _tolls(text: str) -> frozenset[str]:
    """The death tolls ``text`` gives (:data:`_TOLL_FIGURE`), as :func:`~storyweave.embed.terms.figures`."""
    lower = text.lower()
    # Read only where a death is told: most sentences tell none, and the pattern tries every word.
    if not any(word in lower for word in ("toll", "kill", "died", "dead", "deaths", "fatalities")):
        return frozenset()
    return frozenset(chain.from_iterable(figures(" ".join(groups)) for groups in _TOLL_FIGURE.findall(text)))


def _outdated(conflicts: Sequence[Conflict], story: _StoryWords) -> frozenset[str]:
    """Ids of the candidates that give a count the story updated later, when a candidate gives the newest.

    In a developing story the newest figures matter most (QA12a: an outbreak's summary led with the 14
    confirmed cases and nine deaths of its fourth day and never gave the 31 and 17 of its twelfth). An
    update's earlier values are out, and any other count of its unit ("nine deaths") in an article dated
    before the newest value's, unless that is the newest value: the cross-check does not link every step of
    a series ("risen to 14, including nine deaths" beside "11 ... died", "15 deaths", "17 deaths"). So is
    a smaller death toll told without its counted word (:func:`_tolls`: "the death toll rose to 12", "killing
    nine people") in a sentence naming what the newest value's sentences name: on dev (DUC 2003) "In Poland,
    32 people died, ..." beside Poland's 85, not Moscow's 39 nor Europe's 65.
    """
    out: set[str] = set()
    for conflict in conflicts:
        if not conflict.update or len(conflict.positions) < 2:
            continue
        *earlier, newest = conflict.positions
        if not story.candidates.intersection(e.sentence_id for e in newest.evidence):
            continue
        out.update(e.sentence_id for position in earlier for e in position.evidence)
        dates = [story.date_of[a] for a in newest.articles]
        if newest.unit and newest.unit.isalpha() and newest.unit not in _ANY_COUNT and None not in dates:
            # The two words before the unit hold its figure: "nine deaths", "including nine deaths", "27 confirmed cases".
            counted = re.compile(rf"((?:\S+\s+){{1,2}}){re.escape(newest.unit)}\b")
            newest_figures = figures(newest.value)
            first_told = min(dates)
            toll = newest.amount if newest.unit in _DEATHS and newest.amount is not None else None
            # A toll of what the newest names: "In Poland, 32 people died" beside Poland's 85, not Moscow's toll.
            toll_of = frozenset().union(
                *(
                    _named(story.sentences[e.sentence_id].text)
                    for e in newest.evidence
                    if e.sentence_id in story.sentences
                )
            )
            out.update(
                sentence.id
                for sentence in story.sentences.values()
                if (date := story.date_of[sentence.article_id]) is not None
                and date < first_told
                and (
                    any(
                        (found := figures(words)) and not found <= newest_figures
                        for words in counted.findall(sentence.text)
                    )
                    # A toll rises: a greater count is another event's ("the 2019 cyclone that killed 340 people").
                    or (
                        toll is not None
                        and not toll_of.isdisjoint(_named(sentence.text))
                        and any(float(figure) < toll for figure in _tolls(sentence.text))
                    )
                )
            )
    # The candidates are read only when some are out: a story without conflicts leaves them unread.
    return frozenset(out & story.candidates) if out else frozenset()


def _outvoted(conflicts: Sequence[Conflict], story: _StoryWords) -> frozenset[str]:
    """Ids of the candidates that state a side of a conflict that fewer outlets state than another side,
    when a candidate states that side.

    A line whose figure the majority contradicts loses to the majority's (QA12a: one outlet's "3,400
    adults", shown disputed, against the 3,100 of three). Of a tie, none.
    """
    out: set[str] = set()
    for conflict in conflicts:
        if conflict.update:
            continue
        outlets = [
            len({outlet_of(story.articles[a]) for a in position.articles}) for position in conflict.positions
        ]
        most = max(outlets, default=0)
        majority: list[Position] = [p for p, n in zip(conflict.positions, outlets, strict=True) if n == most]
        if len(majority) != 1 or not story.candidates.intersection(
            e.sentence_id for e in majority[0].evidence
        ):
            continue
        out.update(
            e.sentence_id
            for position, n in zip(conflict.positions, outlets, strict=True)
            if n < most
            for e in position.evidence
        )
    return frozenset(out & story.candidates) if out else frozenset()


def _restatements(chosen: Sequence[Sentence], alignment: Alignment) -> set[tuple[str, str]]:
    """Pairs of ids of ``chosen`` sentences that ``alignment`` put in one claim, or reads as restating one another
    (its ``restated``)."""
    in_claim: defaultdict[str, list[str]] = defaultdict(list)
    for sentence in chosen:
        claim_id = alignment.claim_of_sentence.get(sentence.id)
        if claim_id is not None:
            in_claim[claim_id].append(sentence.id)
    ids = {sentence.id for sentence in chosen}
    restated = {(member, head) for member, head in alignment.restated if member in ids and head in ids}
    return {pair for ids in in_claim.values() for pair in combinations(ids, 2)} | restated


def _paraphrases(
    chosen: Sequence[Sentence],
    terms: Mapping[str, SentenceTerms],
    encoder: Encoder | None,
    options: SummaryOptions,
) -> set[tuple[str, str]]:
    """Pairs of ids of ``chosen`` sentences that restate one fact in other words; none without ``encoder``.

    One line restates another when the encoder finds them ``paraphrase_cosine``
    close, ``paraphrase_containment`` of its content stems are in the other,
    and it gives no figure the other lacks (see :class:`SummaryOptions`).
    """
    if encoder is None or len(chosen) < 2:
        return set()
    vectors = normalize_rows(encoder.encode([sentence.text for sentence in chosen])).astype(np.float64)
    # Rounded as the claims round theirs (align._block_similarities), so the same lines pass on any core count.
    close = np.round(vectors @ vectors.T, 9) >= options.paraphrase_cosine
    contained = _word_containment(list(chosen), terms) >= options.paraphrase_containment
    return {
        (chosen[i].id, chosen[j].id)
        for i, j in zip(*np.nonzero(close & contained), strict=True)
        if i != j and figures(chosen[i].text) <= figures(chosen[j].text)
    }


def cite(
    chosen: Sequence[Sentence],
    alignment: Alignment,
    word_budget: int,
    docs: Sequence[Segmented] = (),
    revisions: Mapping[str, str] | None = None,
) -> Summary:
    """The summary of ``chosen`` sentences, each citing every article of its claim, in reading order.

    Reading order: each sentence goes where its information first appeared,
    at the earliest date of any article carrying it, then by that article's
    place in ``docs`` and the sentence's position there. So what outlets
    reported on day one comes before a later outlet's update, whichever
    outlet's wording was chosen; a revision (``revisions``: id -> its earlier
    version's id) reads at its first version's place. Without ``docs`` the
    order of ``chosen`` stays.
    """
    place = _reading_places(docs, revisions)
    claims = {claim.id: claim for claim in alignment.claims}

    def first_appearance(sentence: Sentence) -> tuple:
        claim = claims.get(alignment.claim_of_sentence.get(sentence.id, ""))
        return min(place[i] for i in (claim.sentence_ids if claim else (sentence.id,)))

    ordered = sorted(chosen, key=first_appearance) if place else list(chosen)
    return Summary(
        sentences=tuple(
            SummarySentence(
                text=s.text,
                sentence_id=s.id,
                sources=alignment.sources_of(s),
                claim_id=alignment.claim_of_sentence.get(s.id),
            )
            for s in ordered
        ),
        word_budget=word_budget,
    )
