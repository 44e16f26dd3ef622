"""Issue 19, general news: a place name is flagged ``is_place`` only where it is used as a location ("floods
in Ohio"), not where it acts or owns an office ("Ohio became", "the governor of Texas", "the Queensland
premier", "told The Atlantic"). Sentences written for these tests (invented, in the style of news copy)."""

from __future__ import annotations

from toolkit.extract.actors import find_mentions
from toolkit.io.loading import read_articles
from toolkit.text.tokenize import split_sentences


def _flags(text: str) -> dict[str, bool]:
    m = find_mentions(split_sentences(read_articles([text]).articles))
    return dict(m.filter(m["actor_type"] == "location").select("surface", "is_place").rows())


def test_a_region_that_acts_is_no_place() -> None:
    assert _flags("Ohio became the second state to ban the sale of flavoured vapes.") == {"Ohio": False}
    assert _flags("Last year Queensland passed a similar law.") == {"Queensland": False}
    assert _flags("Texas has a shortage of rural doctors, officials said.") == {"Texas": False}


def test_a_region_that_owns_an_office_is_no_place() -> None:
    assert _flags("The governor of Texas signed the bill on Friday.") == {"Texas": False}
    assert _flags("The Queensland premier said the border would stay shut.") == {"Queensland": False}
    assert _flags("Ohio's election board delayed the count.") == {"Ohio": False}
    assert _flags("Officials called for more intra-Africa trade.") == {"Africa": False}


def test_a_region_used_as_a_location_stays_a_place() -> None:
    assert _flags("Heavy rain caused floods in Ohio on Tuesday.") == {"Ohio": True}
    assert _flags("Families in Texas have said the rules are too strict.") == {"Texas": True}
    assert _flags("The population of Queensland grew by two percent.") == {"Queensland": True}
    assert _flags("Queensland's largest city was hit by the storm.") == {"Queensland": True}
    assert _flags("The storm flooded Chicago and closed schools.") == {"Chicago": True}  # no act, no owner


def test_towns_listed_after_a_plural_place_noun_are_places() -> None:
    flags = _flags("Patients came from the cities of Chicago and Houston for the trial.")
    assert flags["Chicago"] is True


def test_a_reporting_verb_makes_the_next_name_an_addressee() -> None:
    assert _flags("A voter told The Atlantic that she would not give up.") == {"Atlantic": False}


def test_place_resolution_does_not_depend_on_the_flag() -> None:
    from toolkit.run.pipeline import analyze_articles

    arts = read_articles(["Ohio became the second state to ban the sale of flavoured vapes."]).articles
    t = analyze_articles(arts, progress=False).tables
    row = t["mentions"].filter(t["mentions"]["surface"] == "Ohio").row(0, named=True)
    assert row["is_place"] is False and row["place_id"] is not None


def test_a_region_named_by_its_kind_that_acts_is_no_place() -> None:
    assert _flags("The state of Ohio still requires two signatures on the form.") == {"Ohio": False}
    assert _flags("Voters in the state of Ohio still require two signatures.") == {"Ohio": True}


def test_the_winner_of_a_prize_is_no_place() -> None:
    m = find_mentions(
        split_sentences(
            read_articles(["Second place went to Mirela Dunavska of Romania in 2:21:07."]).articles
        )
    )
    rows = m.select("surface", "actor_type", "is_place").rows()
    assert ("Mirela Dunavska", "location", True) not in rows
    assert all(not place for _, _, place in rows)
    assert _flags("The refugees went to Chicago by bus.") == {"Chicago": True}


def test_a_legislator_s_state_is_no_place() -> None:
    flags = _flags("Senator Dana Whitcombe of Oregon and a senator from Ohio signed the letter in Chicago.")
    assert flags == {"Oregon": False, "Ohio": False, "Chicago": True}
    assert _flags("Residents of Chicago were told to stay indoors.") == {"Chicago": True}


def _surfaces(text: str) -> list[str]:
    return find_mentions(split_sentences(read_articles([text]).articles))["surface"].to_list()


def test_a_fragment_of_a_longer_name_is_no_actor() -> None:
    assert _surfaces("A judge of the Eastern District of Ohio blocked the rule.") == ["Ohio"]
    assert "Respiratory Syndrome" not in _surfaces("Cases of Middle East Respiratory Syndrome fell in Texas.")
    assert _surfaces("She won the Halvard Prize in Geology in 2019.") == []
    # a name of its own after a place or a title stays
    assert "Koszalin" in _surfaces("Crowds gathered in Koszalin on Sunday.")
    assert _surfaces("Residents of Chicago were told to stay indoors.") == ["Chicago"]
