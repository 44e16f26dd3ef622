"""Numeric claims and the claim ledger, on small invented wire stories worked out by hand."""

from __future__ import annotations

import datetime as dt
from typing import Any

import polars as pl
import pytest
import yaml

from toolkit.core import cache
from toolkit.core.resources import data_path
from toolkit.core.schema import SCHEMAS, conform, empty, validate
from toolkit.extract.claims import (
    COUNTED,
    QUALIFIERS,
    extract_claims,
    load_claim_rules,
    summarise_claim_ledger,
)
from toolkit.extract.claims import categories as _cl
from toolkit.extract.numbers import find_numbers, load_number_words, parse_number_words
from toolkit.io.loading import read_articles
from toolkit.text.tokenize import split_sentences

GAZA = (
    "GAZA CITY (AFP) – Israeli strikes killed at least 42 people overnight in Rafah, the health ministry in Gaza said on Tuesday.\n"
    "The ministry’s toll for the war now stands at 34,183, with more than 77,000 injured.\n"
    "About 1.7 million people have been displaced, according to the UN agency UNRWA, and nearly two-thirds of homes are damaged.\n"
    "The UN Security Council passed Resolution 2728 on March 25, and aid chief Martin Griffiths said only 150 aid trucks entered at 10:30 am.\n"
    "Hamas is believed to hold around 130 hostages, of whom Israel says 34 are dead.\n"
    "jxb/ami"
)
UKRAINE = (
    "KYIV, Feb 24 (Reuters) - Russian missiles killed three civilians and wounded a dozen in Kharkiv, regional governor Oleh Syniehubov said.\n"
    "Ukraine has received $1.5bn in military aid, while Kyiv estimates that between 10,000 and 15,000 prisoners of war are held in Russia.\n"
    "The 12-year-old girl was among thirty-three people evacuated from Vovchansk during a six-hour operation, the third this week.\n"
    "Tens of thousands of residents fled in 2022, and prices rose 12.5% in January."
)
SUDAN = (
    "PORT SUDAN (AFP) - Fighting in El Fasher has killed more than 150 people since May, Médecins Sans Frontières said, while nearly 9 million are displaced.\n"
    "The RSF denied the figures.\n"
    "The UN says up to 25 percent of children are malnourished, and fewer than 20 hospitals still function."
)
COLS = ["sentence_id", "surface", "value", "value_low", "value_high", "qualifier", "counted", "unit", "what", "vague", "source_surface"]


def _claims(*texts: str, **kw: object) -> tuple[pl.DataFrame, pl.DataFrame]:
    arts = read_articles(list(texts)).articles
    return extract_claims(split_sentences(arts), **kw), arts  # type: ignore[arg-type]


def test_gaza_article_whole_table() -> None:
    c, _ = _claims(GAZA)
    expected = [
        (0, "42", 42.0, None, None, "at_least", "killed", "people", "people", False, "health ministry in Gaza"),
        (1, "34,183", 34183.0, None, None, "exact", "dead", "people", None, False, "ministry"),
        (1, "77,000", 77000.0, None, None, "more_than", "injured", "people", "injured", False, "ministry"),
        (2, "1.7 million", 1.7e6, None, None, "about", "displaced", "people", "people", False, "UN agency UNRWA"),
        (2, "two-thirds", 2 * (1 / 3) * 100, None, None, "nearly", "percent", "percent", "homes", False, "UN agency UNRWA"),
        (3, "150", 150.0, None, None, "exact", "aid", "trucks", "aid trucks", False, "aid chief Martin Griffiths"),
        (4, "130", 130.0, None, None, "about", "hostages", "people", "hostages", False, None),
        (4, "34", 34.0, None, None, "exact", "dead", "people", None, False, "Israel"),
    ]
    assert c.select(COLS).rows() == expected


def test_ukraine_article_whole_table() -> None:
    c, _ = _claims(UKRAINE)
    src = "regional governor Oleh Syniehubov"
    expected = [
        (0, "three", 3.0, None, None, "exact", "killed", "people", "civilians", False, src),
        (0, "a dozen", 12.0, None, None, "exact", "injured", "people", None, False, src),
        # the aid figure is not Kyiv's: "while Kyiv estimates" opens another clause
        (1, "$1.5bn", 1.5e9, None, None, "exact", "money", "USD", None, False, None),
        # a range: both bounds, no single value, approximate
        (1, "between 10,000 and 15,000", None, 10000.0, 15000.0, "about", "prisoners", "people", "prisoners", False, "Kyiv"),
        # "The 12-year-old girl": an age describes, it is not a claim; nor is "a six-hour operation"
        (2, "thirty-three", 33.0, None, None, "exact", "displaced", "people", "people", False, None),
        (2, "third", 3.0, None, None, "exact", "ordinal", None, None, False, None),
        (3, "Tens of thousands", None, 20000.0, 99999.0, "about", "displaced", "people", "residents", True, None),
        (3, "12.5%", 12.5, None, None, "exact", "percent", "percent", None, False, None),
    ]
    assert c.select(COLS).rows() == expected


def test_sudan_article_whole_table() -> None:
    c, _ = _claims(SUDAN)
    expected = [
        (0, "150", 150.0, None, None, "more_than", "killed", "people", "people", False, "Médecins Sans Frontières"),
        (0, "9 million", 9e6, None, None, "nearly", "displaced", "people", None, False, None),
        (2, "25 percent", 25.0, None, None, "up_to", "percent", "percent", "children", False, "UN"),
        (2, "20", 20.0, None, None, "fewer_than", "other", "hospitals", "hospitals", False, "UN"),
    ]
    assert c.select(COLS).rows() == expected


def test_offsets_round_trip_and_schema() -> None:
    c, arts = _claims(GAZA, UKRAINE, SUDAN)
    validate(c, "claims")
    assert c.columns == list(SCHEMAS["claims"])
    texts = dict(arts.select("article_id", "text").iter_rows())
    for row in c.iter_rows(named=True):
        assert texts[row["article_id"]][row["char_start"] : row["char_end"]] == row["surface"]
        if row["source_char_start"] is not None:
            assert texts[row["article_id"]][row["source_char_start"] : row["source_char_end"]] == row["source_surface"]
    assert set(c["counted"]) <= set(COUNTED)
    assert set(c["qualifier"]) <= set(QUALIFIERS)
    assert c["dictionary"].str.contains("claims_categories.yaml v4").all()


def test_empty_and_numberless_input() -> None:
    assert extract_claims(empty("sentences")).equals(empty("claims"))
    c, _ = _claims("Israel rejected the allegation, Hamas said.")
    assert c.equals(empty("claims"))
    with pytest.raises(ValueError, match="extract_claims needs column"):
        extract_claims(pl.DataFrame({"text": ["5 dead"]}))


@pytest.mark.parametrize(
    "text",
    [
        "The Security Council adopted Resolution 2728 under Article 51.",
        "Hamas’s October 7 attack shocked Israel.",
        "People were targeted at 1:00 am, when they were asleep.",
        "The borders of 1967 were discussed on 22 March 2024 and 2024-03-22.",
        "F-16 jets and MH17 were mentioned, as was the COVID-19 pandemic.",
        "Sirens sounded at 0600 GMT and again at 9 a.m.",
        "They backed a two-state solution in the 1990s.",
    ],
)
def test_not_claims(text: str) -> None:
    c, _ = _claims(text)
    assert c.height == 0, c.select("surface").rows()


@pytest.mark.parametrize(
    ("text", "surface", "value", "low", "high"),
    [
        ("31,988 people", "31,988", 31988.0, None, None),
        ("1 200 people", "1 200", 1200.0, None, None),
        ("2.4 million people", "2.4 million", 2.4e6, None, None),
        ("a budget of 1.5bn", "1.5bn", 1.5e9, None, None),
        ("$20m in aid", "$20m", 2e7, None, None),
        ("€3 billion", "€3 billion", 3e9, None, None),
        ("thirty-three people", "thirty-three", 33.0, None, None),
        ("a dozen soldiers", "a dozen", 12.0, None, None),
        ("half a million people", "half a million", 5e5, None, None),
        ("one hundred and twenty people", "one hundred and twenty", 120.0, None, None),
        ("30-40 people", "30-40", 30.0, 30.0, 40.0),
        ("between 30 and 40 people", "between 30 and 40", 30.0, 30.0, 40.0),
        ("30–40 million people", "30–40 million", 3e7, 3e7, 4e7),
        ("two or three soldiers", "two or three", 2.0, 2.0, 3.0),
        ("80% of homes", "80%", 80.0, None, None),
        ("12 per cent of voters", "12 per cent", 12.0, None, None),
        ("two-thirds of homes", "two-thirds", 2 / 3, None, None),
        ("hundreds of people", "hundreds", None, 200.0, 999.0),
        ("many thousands killed", "many thousands", None, 2000.0, 99999.0),
        ("the fifth day", "fifth", 5.0, None, None),
        ("the 21st day", "21st", 21.0, None, None),
        ("a truce of six weeks", "six", 6.0, None, None),
    ],
)
def test_number_forms(text: str, surface: str, value: float | None, low: float | None, high: float | None) -> None:
    spans = [s for s in find_numbers(text) if s.kind == "claim"]
    assert [(s.text, s.value, s.low, s.high) for s in spans] == [(surface, value, low, high)]


def test_parse_number_words() -> None:
    assert parse_number_words("two dozen") == 24.0
    assert parse_number_words("five thousand three hundred and two") == 5302.0
    assert parse_number_words("three two") is None


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Strikes killed at least 20 people.", "at_least"),
        ("Strikes killed about 20 people.", "about"),
        ("Strikes killed some 20 people.", "about"),
        ("Strikes killed roughly 20 people.", "about"),
        ("Strikes killed more than 20 people.", "more_than"),
        ("Strikes killed over 20 people.", "more_than"),
        ("Strikes killed nearly 20 people.", "nearly"),
        ("Strikes killed almost 20 people.", "nearly"),
        ("Strikes killed up to 20 people.", "up_to"),
        ("Strikes killed fewer than 20 people.", "fewer_than"),
        ("Strikes killed 20 people or more.", "at_least"),
        ("Strikes killed 20 people.", "exact"),
    ],
)
def test_qualifiers(text: str, qualifier: str) -> None:
    c, _ = _claims(text)
    assert c.select("value", "qualifier", "counted").rows() == [(20.0, qualifier, "killed")]


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Militants also seized about 250 hostages.", "hostages"),
        ("Around 130 hostages remain in Gaza, including 33 presumed dead.", "hostages"),
        ("Police arrested 45 protesters in Khartoum.", "arrested"),
        ("Troops detained two suspected insurgents.", "arrested"),
        ("Israel freed 39 Palestinian prisoners.", "prisoners"),
        ("The shelling wounded 17 people.", "injured"),
        ("Nearly 300 people were injured.", "injured"),
        ("The death toll rose to 1,200.", "dead"),
        ("At least 1,000 people have died.", "dead"),
        ("More than 500 families fled their homes.", "displaced"),
        ("Gaza is home to 2.3 million people.", "population"),
        ("Only 20 aid trucks crossed.", "aid"),
        ("The plan costs $3 billion.", "money"),
        ("The army deployed 2,000 troops.", "other"),
    ],
)
def test_categories(text: str, counted: str) -> None:
    c, _ = _claims(text)
    assert c["counted"][0] == counted


def test_elliptic_number_takes_the_category_before_it() -> None:
    c, _ = _claims("Militants seized about 250 hostages, of whom Israel believes around 130 remain in Gaza, including 33 presumed dead.")
    assert c.select("value", "counted", "what", "source_surface").rows() == [
        (250.0, "hostages", "hostages", None),
        (130.0, "hostages", "hostages", "Israel"),
        (33.0, "dead", "dead", "Israel"),
    ]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("About 1,160 people died, according to an AFP tally of official figures.", "AFP tally of official figures"),
        ("The army said it had killed 150 militants.", "army"),
        ("Strikes killed 20 people, the health ministry says.", "health ministry"),
        ("Strikes killed 20 people, said the civil defence agency.", "civil defence agency"),
        ("Strikes killed 20 people, according to the Sudan Doctors Network, a medical group.", "Sudan Doctors Network"),
        ("The ministry’s tally of 20 dead was disputed.", "ministry"),
        ("French President Emmanuel Macron later said 20 people were killed.", "French President Emmanuel Macron"),
    ],
)
def test_sources(text: str, source: str) -> None:
    c, _ = _claims(text)
    assert c["source_surface"][0] == source


def test_sources_resolve_to_mentions_and_places() -> None:
    arts = read_articles([GAZA]).articles
    sents = split_sentences(arts)
    aid = arts["article_id"][0]
    text = arts["text"][0]

    def mention(surface: str, actor_id: str, label: str, typ: str, is_place: bool) -> dict[str, object]:
        start = text.index(surface)
        return {
            "article_id": aid, "sentence_id": 0, "char_start": start, "char_end": start + len(surface),
            "surface": surface, "actor_id": actor_id, "actor_label": label, "actor_type": typ,
            "is_place": is_place, "rule": "alias",
        }  # fmt: skip

    ments = pl.DataFrame(
        [
            mention("Rafah", "PSE-rafah", "Rafah", "location", True),
            mention("health ministry", "PSE-moh", "Gaza Health Ministry", "organization", False),
        ]
    )
    c = extract_claims(sents, mentions=ments).filter(pl.col("sentence_id") == 0)
    assert c.select("value", "source_actor_id", "source_label", "place", "place_surface").rows() == [
        (42.0, "PSE-moh", "Gaza Health Ministry", "PSE-rafah", "Rafah")
    ]


def test_quote_speaker_is_the_source() -> None:
    arts = read_articles(["“We counted 40 bodies in the rubble,” a rescuer told reporters."]).articles
    sents = split_sentences(arts)
    text = arts["text"][0]
    quotes = pl.DataFrame(
        {
            "article_id": [arts["article_id"][0]], "sentence_id": [0], "char_start": [1],
            "char_end": [text.index("”")], "quote": [text[1 : text.index("”")]], "kind": ["direct"],
            "cue": ["told"], "speaker_surface": ["a rescuer"], "speaker_actor_id": [None], "speaker_label": [None],
        }  # fmt: skip
    )
    c = extract_claims(sents, quotes=quotes)
    assert c.select("value", "counted", "source_surface").rows() == [(40.0, "dead", "a rescuer")]


def test_user_category_file_extends_rules(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "mine.yaml"
    path.write_text(yaml.safe_dump({"version": "x", "rules": [{"counted": "aid", "what": r"\bgenerators?\b"}]}))
    c, _ = _claims("Donors sent 40 generators to Kherson.", categories=path)
    assert c.select("counted", "counted_rule").rows() == [("aid", "what:0")]
    assert "mine.yaml" in c["dictionary"][0]
    bad = tmp_path / "bad.yaml"
    bad.write_text(yaml.safe_dump({"rules": [{"counted": "victims", "what": "x"}]}))
    with pytest.raises(ValueError, match="counted must be one of killed, dead"):
        _claims("Donors sent 40 generators.", categories=bad)


def test_packaged_data_files_load_without_duplicates() -> None:
    rules = load_claim_rules()
    words = load_number_words()
    assert rules["categories"]["licence"] and words["licence"]
    for name in ("claims_numbers.yaml", "claims_exclusions.yaml", "claims_categories.yaml", "claims_qualifiers.yaml", "claims_sources.yaml",
                 "claims_units.yaml"):  # fmt: skip
        data = yaml.safe_load(data_path(name).read_text(encoding="utf-8"))
        assert {"source", "licence", "version"} <= set(data), name
        for key, value in data.items():
            if isinstance(value, list) and all(isinstance(v, str) for v in value):
                assert len(value) == len(set(value)), f"{name}:{key} has duplicates"


def _ledger_input() -> tuple[pl.DataFrame, pl.DataFrame]:
    arts = pl.DataFrame(
        {
            "article_id": ["a1", "a2", "a3"],
            "published": [dt.date(2024, 3, 1), dt.date(2024, 3, 8), dt.date(2024, 3, 8)],
        }
    )
    claims = pl.DataFrame(
        {
            "article_id": ["a1", "a2", "a3", "a3"],
            "sentence_id": [0, 2, 1, 4],
            "char_start": [10, 40, 5, 90],
            "value": [30000.0, 31000.0, 29000.0, 5.0],
            "qualifier": ["at_least", "at_least", "about", "exact"],
            "counted": ["killed", "killed", "killed", "ordinal"],
            "surface": ["30,000", "31,000", "29,000", "fifth"],
            "source_surface": ["the health ministry", "Health Ministry", "Israeli army", None],
            "place_surface": ["Gaza", "Gaza", "Gaza", None],
        }
    )
    return claims, arts


def test_claim_ledger_lines_up_series() -> None:
    claims, arts = _ledger_input()
    led = summarise_claim_ledger(claims, arts)
    validate(led, "claim_ledger")
    assert led.select(
        "series", "published", "value", "previous_value", "change", "days_since_previous",
        "n_sources_same_day", "sources_disagree",
    ).rows() == [  # fmt: skip
        ("killed|Gaza|health ministry", dt.date(2024, 3, 1), 30000.0, None, None, None, 1, False),
        ("killed|Gaza|health ministry", dt.date(2024, 3, 8), 31000.0, 30000.0, 1000.0, 7, 2, True),
        ("killed|Gaza|israeli army", dt.date(2024, 3, 8), 29000.0, None, None, None, 2, True),
    ]


def test_claim_ledger_from_pipeline_and_empty() -> None:
    c, arts = _claims(GAZA, SUDAN)
    led = summarise_claim_ledger(c, arts)
    assert led.height == c.filter(~pl.col("counted").is_in(["ordinal", "duration"])).height
    assert led["published"].null_count() == led.height  # invented strings have no date
    assert summarise_claim_ledger(empty("claims"), arts).equals(empty("claim_ledger"))


def test_claim_ledger_query_on_files_equals_the_table(tmp_path) -> None:
    """The engine sinks claim_ledger_lazy on scans of its part files (only the columns the ledger uses):
    the file holds the same table as summarise_claim_ledger on the frames, row for row."""
    from toolkit.extract.claims import claim_ledger_lazy

    c, arts = _claims(GAZA, SUDAN)
    c2, arts2 = _ledger_input()
    c = pl.concat([c, conform(c2, "claims")], how="vertical_relaxed")
    arts = pl.concat([a.select("article_id", pl.col("published").cast(pl.Date)) for a in (arts, arts2)])
    want = summarise_claim_ledger(c, arts)
    assert want.height > 3 and want["published"].null_count() < want.height
    for i, half in enumerate((c[: c.height // 2], c[c.height // 2 :])):
        half.write_parquet(tmp_path / f"claims-{i}.parquet")
    arts.write_parquet(tmp_path / "articles.parquet")
    needed = [col for col in SCHEMAS["claims"] if col in SCHEMAS["claim_ledger"] or col == "place_surface"]
    parts = pl.scan_parquet(tmp_path / "claims-*.parquet").select(needed)
    query = claim_ledger_lazy(parts, pl.scan_parquet(tmp_path / "articles.parquet"))
    query.sink_parquet(tmp_path / "ledger.parquet")
    assert pl.read_parquet(tmp_path / "ledger.parquet").equals(want)


@pytest.mark.xfail(reason="the indefinite article is not read as a count: 'killed an insurgent' is 1 killed")
def test_indefinite_article_as_one() -> None:
    c, _ = _claims("Coalition forces killed an insurgent in Helmand.")
    assert c["value"].to_list() == [1.0]


@pytest.mark.xfail(reason="'put the toll at' is not a reporting cue yet")
def test_put_the_toll_at_source() -> None:
    c, _ = _claims("Ukrainian officials put the toll at 51 dead.")
    assert c["source_surface"][0] == "Ukrainian officials"


@pytest.mark.xfail(reason="numbers spread over a coordination are not summed: 'a leader and two associates' is 3")
def test_coordinated_counts_are_summed() -> None:
    c, _ = _claims("Forces detained a Taliban leader and two associates.")
    assert c["value"].to_list() == [3.0]


# --------------------------------------------------------------------------- fast path = reference path

# Sentences that exercise every scanner stage and cue, with characters that break ASCII shortcuts:
# the Kelvin sign and dotted/dotless i (which re.IGNORECASE folds to ASCII), NFD accents, curly
# quotes, non-ASCII digits and names.
TRICKY = [
    *GAZA.splitlines(),
    *UKRAINE.splitlines(),
    *SUDAN.splitlines(),
    "Some 2,500 people fled İdlib on 3 March, AFP’s tally showed, while ıt said nothing.",
    "Roughly two-thirds of the 1.2 million residents of Khartoum have fled, according to the UN refugee agency.",
    "The ministry’s latest toll of 34,183 dead rose by hundreds overnight, the ministry said at 10:30 GMT.",
    "Tens of thousands marched; a dozen were arrested and half a million signed, police SAID.",
    "Zelenskyy said Russia fired forty-two drones and the twenty-first missile at 0600 GMT, the 3rd attack.",
    "Cafe\u0301 owners in Odesa counted 12 dead, \u212aharkiv officials reported.",
    "The figure — ٣ or 3 — was cited by Médecins Sans Frontières.",
    "Statistics from OCHA put the number of displaced at nearly 1.7 million, up from 1,500,000 in 2023.",
    "One soldier was killed and another wounded; “We lost 5 men,” their commander said.",
    "Aid trucks: 150 entered (about 20 percent of needs), a UN count found, or so they say.",
]


def test_prefiltered_scan_equals_plain_scan() -> None:
    from toolkit.extract.claims.reading import _cue_prefilters
    from toolkit.extract.claims.rules import _rules
    from toolkit.extract.claims.sources import _cues
    from toolkit.extract.numbers import _find, _grammar, _prefilter_exprs

    g, rules = _grammar(None), _rules(None, None, None)
    frame = pl.DataFrame({"text": TRICKY})
    hints = frame.select(**_prefilter_exprs(g), **_cue_prefilters(rules)).to_dicts()
    for text, hint in zip(TRICKY, hints, strict=True):
        assert _find(text, g, hint) == find_numbers(text), text
        assert _cues(text, rules, hint) == _cues(text, rules), text


def test_qualifier_index_equals_trying_every_phrase() -> None:
    import dataclasses

    from toolkit.extract.claims.qualifiers import _qualifier
    from toolkit.extract.claims.rules import _rules

    rules = _rules(None, None, None)
    plain = dataclasses.replace(rules, q_before_key_lengths=())  # no index: every phrase is tried
    befores = ["killed at least ", "killed AT LEAST  ", "rose to more than", "(~", "some ", "just over ", "İn excess of ", ""]
    for before in befores:
        for is_duration in (False, True):
            assert _qualifier(before, " people or more", rules, is_duration) == _qualifier(
                before, " people or more", plain, is_duration
            ), before


def test_required_literals_are_in_every_match() -> None:
    import re

    from toolkit.extract.claims.rules import _rules
    from toolkit.extract.numbers import _required_literals

    assert _required_literals(re.compile(r"\b(?:kill(?:ed|ing)|slew)\b", re.I)) == {"kill", "slew"}
    assert _required_literals(re.compile(r"x*|y")) is None
    texts = [t.lower() for t in TRICKY] + ["have been killed", "were detained", "death toll rose to", "its"]
    for _, _, pat, _ in _rules(None, None, None).categories:
        needs = _required_literals(pat)
        for text in texts:
            if needs is not None and pat.search(text):
                assert any(n in text for n in needs), (pat.pattern, text)


def test_repeated_sentences_and_batches_give_the_same_table() -> None:
    arts = read_articles([GAZA, GAZA, "\n".join(TRICKY)]).articles
    sents = split_sentences(arts)
    cache.clear_all(rule_sets=False)
    whole = extract_claims(sents)
    again = extract_claims(sents)  # every text now read already
    cache.clear_all(rule_sets=False)
    by_article = pl.concat([extract_claims(sents.filter(pl.col("article_id") == a)) for a in arts["article_id"]])
    assert whole.equals(again)
    assert whole.equals(by_article)
    first, second = (whole.filter(pl.col("article_id") == a).drop("article_id") for a in arts["article_id"][:2])
    assert first.equals(second)  # the same story twice gives the same rows


# --------------------------------------------------------------------------- held-out error types (own wording)


@pytest.mark.parametrize(
    ("sentence", "surface", "counted"),
    [
        # the verb comes after parentheticals
        ("Eleven aid workers, among them four Palestinians, were killed in the strike.", "Eleven", "killed"),
        ("Eleven aid workers, among them four Palestinians, were killed in the strike.", "four", "killed"),
        ("At least 25 villagers, most of them women, were shot dead near El Geneina.", "25", "killed"),
        ("Three of her bodyguards, Kofi Mensah and Ama Owusu, a driver, were shot dead on Friday.", "Three", "killed"),
        ("More than 400,000 people — a third of them children — are displaced across Darfur.", "400,000", "displaced"),
        ("Nearly 2 million Sudanese, or almost half the region, had been displaced by June.", "2 million", "displaced"),
        # list members take the head's category
        ("Shelling killed 18 people, including seven soldiers and four medics.", "seven", "killed"),
        ("Shelling killed 18 people, including seven soldiers and four medics.", "four", "killed"),
        # the nearest verb in its own clause wins over a coordinated one
        ("Police have killed 900 protesters and more than 12,000 people detained since June.", "12,000", "arrested"),
        # tolls and deaths caused by violence
        ("The death toll from a week of clashes in Tripoli climbed to 61, officials said.", "61", "killed"),
        ("The blast in Kabul caused the deaths of 14 worshippers.", "14", "killed"),
        ("Heatwaves were blamed for the deaths of 230 pilgrims.", "230", "dead"),
        # returns are not displacement; people in need count aid
        ("Some 150,000 refugees have returned to Kharkiv since spring.", "150,000", "other"),
        ("About 3.4 million Haitians need food assistance, the agency said.", "3.4 million", "aid"),
        # money in other currencies
        ("The EU pledged 900 million euros (about $970 million) for reconstruction.", "900 million euros", "money"),
        ("Damage was put at 2 billion rand in Durban alone.", "2 billion rand", "money"),
    ],
)
def test_counted_error_types(sentence: str, surface: str, counted: str) -> None:
    c, _ = _claims(sentence)
    row = c.filter(pl.col("surface") == surface)
    assert row.height == 1, c.select("surface", "counted").rows()
    assert row["counted"][0] == counted


def test_money_units_and_conversion_qualifier() -> None:
    c, _ = _claims("Sanctions cost the economy an estimated 40 billion roubles ($430 million), while Tokyo pledged £2bn and 1.5 trillion yen.")
    assert c.select("surface", "value", "unit", "qualifier", "counted").rows() == [
        ("40 billion roubles", 4e10, "RUB", "about", "money"),
        ("$430 million", 4.3e8, "USD", "about", "money"),
        ("£2bn", 2e9, "GBP", "exact", "money"),
        ("1.5 trillion yen", 1.5e12, "JPY", "exact", "money"),
    ]


def test_vague_amounts_are_about() -> None:
    c, _ = _claims("Drones hit dozens of homes and hundreds of families fled, as tens of thousands of people marched.")
    assert c.select("surface", "qualifier", "vague", "value").rows() == [
        ("dozens", "about", True, None),
        ("hundreds", "about", True, None),
        ("tens of thousands", "about", True, None),
    ]


def test_fractions_are_percent() -> None:
    c, _ = _claims("Over half the wells are dry, nearly half of all clinics are shut and a quarter of schools are used as shelters.")
    assert c.select("surface", "value", "unit", "qualifier", "counted").rows() == [
        ("half", 50.0, "percent", "more_than", "percent"),
        ("half", 50.0, "percent", "nearly", "percent"),
        ("a quarter", 25.0, "percent", "exact", "percent"),
    ]


@pytest.mark.parametrize(
    ("sentence", "surface", "qualifier"),
    [
        ("Officials put the toll as high as 2,300 on Monday.", "2,300", "up_to"),
        ("An estimated 80,000 people have fled.", "80,000", "about"),
    ],
)
def test_qualifier_cues(sentence: str, surface: str, qualifier: str) -> None:
    c, _ = _claims(sentence)
    assert c.filter(pl.col("surface") == surface)["qualifier"].to_list() == [qualifier]


@pytest.mark.parametrize(
    "sentence",
    [
        "A 9-year-old girl was pulled from the rubble.",
        "Amira, a mother of four from Rafah, waited for flour.",
        "Clinics turned away children under five.",
        "The 27-member bloc met in Brussels.",
        "Fighting eased in the first half of the month.",
        "Shots rang out, said one man in Omdurman.",
    ],
)
def test_attributes_are_not_claims(sentence: str) -> None:
    c, _ = _claims(sentence)
    assert c.height == 0, c.select("surface").rows()


@pytest.mark.parametrize(
    ("text", "surface", "source"),
    [
        # an appositive between the source and its verb
        ("Airwars, a London-based monitor, said at least 44 civilians died.", "44", "Airwars"),
        ("Médecins Sans Frontières, known by its French initials MSF, said 60 patients arrived.", "60", "Médecins Sans Frontières"),
        ("The UN children’s agency, UNICEF, said 1.2 million children are out of school.", "1.2 million", "UNICEF"),
        ("The World Health Organization (WHO) says 19 hospitals are out of service.", "19", "World Health Organization"),
        # a number right before the source of a relative clause
        ("Of 120 hostages, 41 the army believes are dead.", "41", "army"),
        # "adding" takes the subject of the reporting verb before it
        ("About 9,000 people crossed in May, the IOM said, adding to the 2 million already in Chad.", "2 million", "IOM"),
        # the source spans are noun phrases, never "costing Egypt an" or "U"
        ("Attacks cost shippers an estimated $2 billion, the ministry has said.", "$2 billion", "ministry"),
        ("At least 90 people were killed, according to a U.N. report seen by AFP.", "90", "U.N. report seen by AFP"),
        ("The war has killed thousands, with some estimates putting the toll at 40,000.", "40,000", "some estimates"),
    ],
)
def test_source_error_types(text: str, surface: str, source: str) -> None:
    c, _ = _claims(text)
    assert c.filter(pl.col("surface") == surface)["source_surface"].to_list() == [source]


def test_size_of_what_another_number_counts_is_not_a_claim() -> None:
    c, _ = _claims("He served two four-year terms.")
    assert c.select("surface").rows() == [("two",)]


def test_source_clause_limits() -> None:
    c, _ = _claims(
        "More than 1,000 were killed, according to a UN report, while armed groups control an estimated 60% of the capital. "
        "Of 80 hostages, 12 the army believes are dead."
    )
    assert c.select("surface", "source_surface").rows() == [
        ("1,000", "UN report"),
        ("60%", None),
        ("80", None),
        ("12", "army"),
    ]


def test_pronoun_source_resolved_to_the_actor_before() -> None:
    arts = read_articles(
        ["The International Committee of the Red Cross said 14 volunteers were missing. It said two more had been found dead.\n"
         "“We are exhausted,” said Maria Okafor, a nurse. At least 30 patients arrived overnight, she said."]
    ).articles
    s = split_sentences(arts)
    text = arts["text"][0]
    a, b = text.index("International"), text.index("Maria")
    ments = pl.DataFrame(
        {
            "article_id": arts["article_id"][0],
            "sentence_id": [0, 2],
            "char_start": [a, b],
            "char_end": [a + 40, b + 12],
            "surface": ["International Committee of the Red Cross", "Maria Okafor"],
            "actor_id": ["ICRC", "maria-okafor"],
            "actor_label": ["ICRC", "Maria Okafor"],
            "actor_type": ["organization", "person"],
            "is_place": [False, False],
        },
        schema_overrides={"sentence_id": pl.Int32},
    )
    assert text[a : a + 40] == "International Committee of the Red Cross" and text[b : b + 12] == "Maria Okafor"
    assert s.filter(pl.col("char_start") <= b)["sentence_id"].max() == 2
    c = extract_claims(s, mentions=ments)
    assert c.select("surface", "source_surface", "source_actor_id").rows() == [
        ("14", "International Committee of the Red Cross", "ICRC"),
        ("two", "It", "ICRC"),
        ("30", "she", "maria-okafor"),
    ]
    for r in c.iter_rows(named=True):
        assert text[r["source_char_start"] : r["source_char_end"]] == r["source_surface"]


def test_memo_cleared_mid_run_loses_nothing() -> None:
    """Regression: a full memo was cleared after texts of the current call had been skipped as known."""
    first = split_sentences(read_articles(["At least 12 people were killed, the ministry said. Some 40 were hurt."]).articles)
    second = split_sentences(read_articles([
        "At least 12 people were killed, the ministry said. Some 40 were hurt. About 300 fled. Nearly 9 died."
    ]).articles)  # fmt: skip
    with cache.limit(3):
        extract_claims(first)
        got = extract_claims(second)
    assert got["value"].to_list() == [12.0, 40.0, 300.0, 9.0]


# --------------------------------------------------------------------------- memos: empty, warm or evicting, the same

MEMO_TEXTS = [
    *TRICKY,
    "The fighting has displaced 2,981 people since April, the UN says.",
    "The fighting has displaced around 18,214 people since January, the UN says.",
    "Including 34 the Israeli military says are dead, 97 remain in Gaza (the army’s count).",
    "Gaza’s health ministry, which is run by Hamas, said 31,988 people had been killed; “many more” are missing.",
    "Some estimates put the toll at 20,000, while the Sudanese army (SAF) said 1 200 died in Kharkiv—Ukraine’s second city.",
    "İstanbul police detained 15; ſome 3 were freed, Reuters reported, adding that 2 of them were journalists.",
    "Nearly two-thirds of the 1.5bn budget ($20m) went to 13-year-old girls in El Fasher, according to the WFP.",
    "",
]


def _three_ways(compute: Any) -> tuple[Any, Any, Any]:
    """``compute()`` with every memo empty, then with them warm, then with every memo evicted on each
    write (``cache.limit(1)``: each step reads its text afresh): the three results."""
    cache.clear_all(rule_sets=False)
    cold = compute()
    warm = compute()
    cache.clear_all(rule_sets=False)
    with cache.limit(1):
        evicting = compute()
    return cold, warm, evicting


def test_readers_same_with_empty_warm_and_evicting_memos() -> None:
    from toolkit.extract.claims.memos import _Memos
    from toolkit.extract.claims.nouns import _what
    from toolkit.extract.claims.qualifiers import _qualifier
    from toolkit.extract.claims.rules import _rules
    from toolkit.extract.claims.sources import _clean_source, _subject_before

    rules = _rules()

    def read_all() -> list[Any]:
        out: list[Any] = []
        memos = _Memos(rules)
        for text in MEMO_TEXTS:
            for p in range(len(text) + 1):
                out.append(_what(text[p:], rules, memos))
                flag = [False]
                out.append((_subject_before(text, p, rules, after_number=flag, memos=memos), flag[0]))
                out.append(_subject_before(text, p, rules, memos=memos))
                out.extend(_clean_source(text, p, q) for q in (p, p + 1, p + 7, p + 25))
                out.extend(_qualifier(text[:p], text[p:], rules, d, 3, None, memos) for d in (False, True))
        return out

    cold, warm, evicting = _three_ways(read_all)
    assert cold == warm == evicting
    assert ("people", 1, 7) in cold and ((0, 4), False) in cold  # they did read something


def test_subject_before_is_remembered_as_read() -> None:
    from toolkit.extract.claims.rules import _rules
    from toolkit.extract.claims.sources import _subject_before, _walk_subject

    rules = _rules()
    assert rules.subject_memo_ok
    for text in MEMO_TEXTS:
        for p in range(len(text) + 1):
            flag, plain = [False], [False]
            assert _subject_before(text, p, rules, after_number=flag) == _walk_subject(text, p, rules, after_number=plain)
            assert flag == plain


def test_cues_do_not_depend_on_which_digits() -> None:
    import re

    from toolkit.extract.claims.rules import _rules
    from toolkit.extract.claims.sources import _cues

    rules = _rules(None, None, None)
    assert rules.cues_digit_blind
    for text in MEMO_TEXTS:
        assert _cues(text, rules) == _cues(re.sub("[1-9]", "0", text), rules), text


def test_words_prefilter_keeps_every_match() -> None:
    from toolkit.extract.numbers import _grammar, _prefilter_exprs

    g = _grammar(None)
    texts = [*MEMO_TEXTS, "someone often came", "Forty-one dead", "a million", "ONE", "twenty\u00a0five", "Kelvin \u212a"]
    hints = pl.DataFrame({"text": texts}).select(words=_prefilter_exprs(g)["words"])["words"].to_list()
    for text, starts in zip(texts, hints, strict=True):
        if g.re_words.search(text):
            assert starts is None or starts, text  # null: unknown (scan); else a non-empty list of starts


def test_no_process_wide_garbage_collector_switch(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import gc

    def refuse() -> None:
        raise AssertionError("gc.disable() called: it would switch the collector off for every thread")

    monkeypatch.setattr(gc, "disable", refuse)
    s = split_sentences(read_articles(["At least 12 people were killed, the ministry said.", "\n".join(TRICKY)]).articles)
    cache.clear_all(rule_sets=False)
    assert extract_claims(s).height > 5 and gc.isenabled()


def test_digit_variants_keep_their_own_values_and_sources() -> None:
    texts = [
        "The fighting has displaced 2,981 people since April, the UN says.",
        "The fighting has displaced 7,124 people since April, the UN says.",
        "Rebels said 40 were killed. The army said 10 were killed.",
    ]
    got = extract_claims(split_sentences(read_articles(texts).articles))
    assert got.select("surface", "value", "counted", "source_surface").rows() == [
        ("2,981", 2981.0, "displaced", "UN"),
        ("7,124", 7124.0, "displaced", "UN"),
        ("40", 40.0, "killed", "Rebels"),
        ("10", 10.0, "killed", "army"),
    ]


def test_letters_that_regexes_fold_do_not_break_lookups():
    # Python's case-insensitive regexes match the long s, the Kelvin sign and dotted/dotless i as
    # ASCII letters; a matched word keyed with str.lower() alone raised KeyError and lost the batch
    from toolkit.extract.numbers import find_numbers

    assert [(n.text, n.value) for n in find_numbers("hundredſ of people")] == [("hundredſ", None)]
    assert [n.value for n in find_numbers("2 billion euroſ")] == [2_000_000_000.0]
    for text in ["thouſands fled", "twenty-ſix killed", "5 \u212ailometres", "FİVE hundred people", "Fıve hundred"]:
        find_numbers(text)  # no exception
    s = split_sentences(read_articles(["Hundredſ of people fled, officials ſaid."]).articles)
    assert extract_claims(s)["surface"].to_list() == ["Hundredſ"]


def test_find_with_prefilter_hints_equals_plain() -> None:
    import glob

    from toolkit.extract import numbers as n
    from toolkit.extract.claims.reading import _cue_prefilters
    from toolkit.extract.claims.rules import _rules

    g, rules = n._grammar(None), _rules(None, None, None)
    fixtures = [open(f, encoding="utf-8").read() for f in sorted(glob.glob("tests/data/*/articles/*.txt"))[:20]]
    texts = [*MEMO_TEXTS, *fixtures, "Paid $ 5 and US$\n7, € 3 or £\n 4, NIS 12; EUR 9 and USD\t10."]
    hints = pl.DataFrame({"text": texts}).select(**n._prefilter_exprs(g), **_cue_prefilters(rules)).to_dicts()

    def find_all() -> list[Any]:
        out = []
        for text, hint in zip(texts, hints, strict=True):
            found = n._find(text, g, hint)
            assert found == n._find(text, g), text  # hints only spare scans
            out.append(found)
            for m in g.re_digits.finditer(text):  # the currency-symbol prefilter of _extend
                out.append(n._extend(text, m.start(), m.end(), n._num(m.group()), True, g))
        return out

    cold, warm, evicting = _three_ways(find_all)
    assert cold == warm == evicting


def _plain_categorise(
    span: Any, what: str, before: str, after: str, rules: _cl._Rules, possible: Any = None, fold: bool = True
) -> tuple[str, str]:
    """The category rules read plainly, in order (``toolkit.extract.claims.categories._categorise`` as first written,
    without its rule table, memos or first-rule split): the oracle it is tested against."""
    if span.form == "money":
        return "money", "form:money"
    if span.form in ("percent", "fraction"):
        return "percent", f"form:{span.form}"
    if span.form == "ordinal":
        return "ordinal", "form:ordinal"
    if span.compound and span.compound.startswith("year-old") or _cl._RE_YEARS_OLD.match(after):
        return "other", "form:age"
    if span.compound and span.compound.rstrip("s") in _cl._TIME_UNITS:
        return "duration", "form:duration"
    if _cl._RE_TIME_UNIT.match(what) and span.form != "vague":
        return "duration", "form:duration"
    value = span.value if span.value is not None else span.low
    before_c = (" " + before).rstrip()
    if before_c.endswith(_cl._TRAILING_DETERMINER_ENDS):  # else the regex cannot match
        before_c = _cl._RE_TRAILING_DETERMINERS.sub("", " " + before).rstrip()
    before_c += " "
    before_l = before_c.lower()
    same = before_c.isascii()
    guarded = fold and any(c in t for t in (what, after, before_c) for c in _cl._FOLD_GUARD)
    lowered = {"what": what.lower(), "after": after.lower(), "before": before_l}
    for i in range(len(rules.categories)) if possible is None else possible:
        counted, where, pat, min_value = rules.categories[i]
        if min_value is not None and (value is None or value < float(min_value)):
            continue
        needs = rules.category_needs[i]
        if needs is not None and not guarded and not any(n in lowered[where] for n in needs):
            continue
        text = what if where == "what" else after if where == "after" else before_c
        if where == "before":
            if pat.search(before_l) or (not (same and i not in rules.case_scoped) and pat.search(before_c)):
                return counted, f"{where}:{i}"
        elif text and pat.search(text):
            return counted, f"{where}:{i}"
    return "other", "default"


def test_categorise_follows_the_rules() -> None:
    c = _cl
    from toolkit.extract.claims.nouns import _what
    from toolkit.extract.claims.rules import _rules
    from toolkit.extract.numbers import _find, _grammar

    g, rules = _grammar(None), _rules(None, None, None)
    texts = [*MEMO_TEXTS, "The toll rose to 1,200,000 people; the population of 2,000,000 people, killing 5 and"]

    def categorise_all() -> list[tuple[str, str]]:
        out = []
        memos = c._Memos(rules)
        for text in texts:
            for sp in _find(text, g):
                before, after = text[: sp.start], text[sp.end :]
                for what in ("", _what(after, rules)[0], "days", "people", "İnjured"):
                    for possible in (None, c._possible_rules(rules, ["killed", "dead", "displaced", "people"])):
                        for fold in (True, False):
                            got = c._categorise(sp, what, before, after, rules, possible, fold, memos=memos)
                            assert got == _plain_categorise(sp, what, before, after, rules, possible, fold), (text, sp, what)
                            out.append(got)
        return out

    cold, warm, evicting = _three_ways(categorise_all)  # the second round reads from the memos
    assert cold == warm == evicting
    assert {counted for counted, _ in cold} >= {"killed", "displaced", "other", "money", "percent"}


def test_digits_regex_equals_the_plain_one() -> None:
    import glob
    import re

    from toolkit.extract import numbers as n

    g = n._grammar(None)
    plain = re.compile(n._DIGITS_PLAIN)
    fixtures = [open(f, encoding="utf-8").read() for f in sorted(glob.glob("tests/data/*/articles/*.txt"))]
    odd = ["1", "a1 2", "1,234,56", "3.5.6", ":12 /13 .14 ,15 _16", "x 1 200 300,5", "12\u00a0345\u202f678", "٣ 45", "1 2345", "0.5%"]
    for text in [*MEMO_TEXTS, *TRICKY, *fixtures, *odd]:
        for pos in (0, 1, 5):
            assert [m.span() for m in g.re_digits.finditer(text, pos)] == [m.span() for m in plain.finditer(text, pos)], text


def test_read_sentence_same_with_empty_warm_and_evicting_memos() -> None:
    import glob

    from toolkit.extract import numbers as n
    from toolkit.extract.claims.reading import _read_sentence
    from toolkit.extract.claims.rules import _rules

    g, rules = n._grammar(None), _rules(None, None, None)
    arts = read_articles(sorted(glob.glob("tests/data/*/articles/*.txt"))[:30]).articles
    texts = [*MEMO_TEXTS, *TRICKY, *split_sentences(arts).get_column("text").to_list()]
    cold, warm, evicting = _three_ways(lambda: [_read_sentence(t, g, rules) for t in texts])
    assert cold == warm == evicting
    assert sum(map(len, cold)) > 100


def test_word_spans_same_with_empty_warm_and_evicting_memos() -> None:
    from toolkit.extract import numbers as n

    g = n._grammar(None)
    texts = [*MEMO_TEXTS, *TRICKY, "Two or three, a dozen, half a million, Twenty-Five and one hundred and thirty-three, a an"]
    cold, warm, evicting = _three_ways(lambda: [n._word_spans(text, g) for text in texts])
    assert cold == warm == evicting
    assert cold[-1] == [(0, 3, 2.0), (7, 12, 3.0), (14, 21, 12.0), (23, 37, 500000.0), (39, 50, 25.0), (55, 83, 133.0)]
