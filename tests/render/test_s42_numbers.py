"""A span of time in a conflict is shown with its unit (session 42): a delay's sides read "5 hours" / "6 hours",
not a bare "5" / "6" beside the label "hours of the delay"."""

from storyweave.render._citations import shown_value


def test_a_span_of_time_is_shown_with_its_unit():
    assert shown_value("number", "5", "hours") == "5 hours"
    assert shown_value("number", "1", "days") == "1 day"
    assert shown_value("number", "37000", "feet") == "37,000"
