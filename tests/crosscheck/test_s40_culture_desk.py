"""The entertainment and culture desk's QA pass (session 40): a host's or a publicist's role written before the name
is no part of it."""

from storyweave.crosscheck import find_conflicts, find_quotes

from .conftest import conflict_sides, dated_story


def test_a_host_written_before_the_name_is_not_the_name():
    docs = dated_story(
        (
            "2026-03-02",
            'Host Desmond Achebe opened the show with a jab. "Nobody here is nervous," Achebe said.',
        ),
        ("2026-03-02", "The ceremony was hosted by comedian Desmond Achebe."),
        ("2026-03-02", "Host Desmond Achebi joked about the show's running time."),
    )
    assert [quote.speaker for quote in find_quotes(docs)] == ["Desmond Achebe"]
    [spelling] = [conflict for conflict in find_conflicts(docs) if conflict.kind == "name"]
    assert conflict_sides(spelling) == {"Desmond Achebe": {"a0", "a1"}, "Desmond Achebi": {"a2"}}


def test_a_publicist_written_before_the_name_is_not_the_name():
    docs = dated_story(
        ("2026-11-25", 'Publicist Marta Ellison confirmed the death: "He died peacefully at home."'),
    )
    assert [quote.speaker for quote in find_quotes(docs)] == ["Marta Ellison"]
