"""The plain author bio and the author's contact lines close an article and are removed; news about a
reporter is kept (QA finding 7: "Renata Gill is a reporter for the Marlow Falls Ledger." reached the summary)."""

from __future__ import annotations

import pytest

from storyweave.clean import clean
from storyweave.model import Article, RemovedLine

NEWS = "An explosion at the Kessler Polymers plant killed three workers on Monday, officials said."
MORE_NEWS = "The cause of the blast was under investigation, the fire marshal said."


@pytest.mark.parametrize(
    "bio",
    [
        "Renata Gill is a reporter for the Marlow Falls Ledger. Follow her on X @RenataGillMFL.",
        "Moira Lennox is a correspondent for the Saltmarsh Courier.",
        "Kate Bryce is the transport editor at the Highland Gazette.",
        "Priya Nair is a writer with Scottish Wire. Reach her at pnair@scottishwire.co.uk.",
        "Mick LaSalle is The San Francisco Chronicle’s movie critic. E-mail: mlasalle@sfchronicle.com "
        "Twitter: @MickLaSalle",
        "Alan Boyle is NBCNews.com's science editor. Connect with the Cosmic Log community by following @b0yle "
        'on Twitter. You can also check out "The Case for Pluto," my book about the dwarf planet.',
        "Reach him at taird@northernherald.co.uk.",
        "Tom Aird covers transport for the Northern Herald. Reach him at taird@northernherald.co.uk.",
    ],
)
def test_a_plain_bio_or_contact_line_at_the_end_is_removed(bio: str) -> None:
    cleaned = clean(Article("a", f"{NEWS}\n{MORE_NEWS}\n{bio}"))

    assert cleaned.text == f"{NEWS}\n{MORE_NEWS}"
    assert cleaned.removed == (RemovedLine(bio, "author bio"),)


def test_a_byline_does_not_count_as_naming_the_author_in_the_story() -> None:
    bio = "Renata Gill is a reporter for the Marlow Falls Ledger."

    # A dash, which cleaning leaves: "Renata Gill, Marlow Falls Ledger" goes as a byline of its own (session 45).
    cleaned = clean(Article("a", f"Renata Gill – Marlow Falls Ledger\n{NEWS}\n{MORE_NEWS}\n{bio}"))

    assert cleaned.text == f"Renata Gill – Marlow Falls Ledger\n{NEWS}\n{MORE_NEWS}"


def test_contact_lines_run_on_after_the_last_sentence_are_cut() -> None:
    last = (
        f"{MORE_NEWS} Reach Bob Dunn at bdunn@berkshireeagle.com, at @BobDunn413 on Twitter and 413-496-6249."
    )

    cleaned = clean(Article("a", f"{NEWS}\n{last}"))

    assert cleaned.text == f"{NEWS}\n{MORE_NEWS}"
    assert cleaned.removed == (
        RemovedLine(
            "Reach Bob Dunn at bdunn@berkshireeagle.com, at @BobDunn413 on Twitter and 413-496-6249.",
            "author bio",
        ),
    )


@pytest.mark.parametrize(
    "paragraphs",
    [
        # The sentence goes on after the outlet: news about a reporter.
        ["Jane Smith is a reporter for the Ledger who was injured in the blast."],
        ["Jane Smith is a reporter for the Ledger, and she was hurt in the blast."],
        # The rest of the paragraph is news about her.
        ["Jane Smith is a reporter for the Ledger. She was among the injured."],
        # The reporter is a person in the story, named before.
        ["Reporter Jane Smith was hurt by flying glass.", "Jane Smith is a reporter for the Ledger."],
        ["Smith, who was hurt, said the blast shook the street.", "Jane Smith is a reporter for the Ledger."],
        # Prose that only starts like a bio or a contact line.
        ["Jane Smith is a friend of the reporter who broke the story."],
        ["Jane Smith was hurt.", "Jane Smith is a reporter for the Ledger."],
        ["Reach her at the hospital, her sister said."],
        ["Anyone with information should contact Detective Jane Roe at 555-0100."],
        ["Jane Smith is the editor of the local paper."],
    ],
)
def test_news_about_a_reporter_is_kept(paragraphs: list[str]) -> None:
    text = "\n".join([NEWS, *paragraphs])

    cleaned = clean(Article("a", text))

    assert cleaned.text == text
    assert cleaned.removed == ()


def test_a_plain_bio_early_in_the_article_is_news() -> None:
    text = "\n".join(
        [
            "Jane Smith is a reporter for the Ledger.",
            NEWS,
            MORE_NEWS,
            "Schools reopened.",
            "Roads were closed.",
        ]
    )

    assert clean(Article("a", text)).text == text
