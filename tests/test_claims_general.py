"""Numeric claims of general news (issue 19): votes and results, units from a vocabulary, ranges,
money in its own currency, and the sources of local and political copy. Every sentence is invented;
the expected claims were worked out by hand."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import polars as pl
import pytest
import yaml

from toolkit.core.resources import data_path
from toolkit.explore.charts import ledger_points
from toolkit.extract.claims import COUNTED, extract_claims, summarise_claim_ledger
from toolkit.extract.units import load_unit_vocabulary, unit_after, unit_family
from toolkit.io.loading import read_articles
from toolkit.text.tokenize import split_sentences


def _claims(*texts: str, **kw: object) -> pl.DataFrame:
    return extract_claims(split_sentences(read_articles(list(texts), progress=False).articles), **kw)  # type: ignore[arg-type]


def _rows(text: str, *cols: str) -> list[tuple[object, ...]]:
    return _claims(text).select(cols or ("surface", "value", "unit", "counted", "source_surface")).rows()


# --------------------------------------------------------------------------- the user's cases


def test_a_vote_is_one_score_claim() -> None:
    assert _rows(
        "The council voted 5-2 to approve the plan.",
        "surface",
        "value",
        "value_low",
        "value_high",
        "counted",
        "unit",
    ) == [("5-2", 5.0, 2.0, 5.0, "score", "votes")]


def test_unit_is_not_the_word_after_the_number() -> None:
    assert _rows("The river peaked at 5.2 metres above normal.", "surface", "unit", "what") == [
        ("5.2", "m", "metres")
    ]
    assert _rows("About 45,000 homes lost power overnight.", "surface", "unit", "what") == [
        ("45,000", "homes", "homes")
    ]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Twelve people were arrested after the match, police said.", "police"),
        ("Police said 12 people had been arrested.", "Police"),
        ("More than 200 officers were deployed, said police.", "police"),
        ("Three people were taken to hospital, a police spokesman said.", "police spokesman"),
        ("Starmer promised 1.5 million new homes by 2029.", "Starmer"),
        ("The prime minister announced 2,000 new jobs in Sunderland.", "prime minister"),
        ("The Environment Agency estimated that 300 properties had flooded.", "Environment Agency"),
        ("Biden pledged $2bn in aid to the region.", "Biden"),
        ("The mayor promised that 500 affordable homes would be built.", "mayor"),
        ("Labour's figures show 4,000 nurses left the NHS last year.", "Labour"),
        ("The Met Office's figures showed 150mm of rain fell.", "Met Office"),
        ("The council's latest figures show 1,400 households are on the waiting list.", "council"),
    ],
)
def test_general_news_source_cues(text: str, source: str) -> None:
    assert _claims(text)["source_surface"].to_list()[:1] == [source]


# --------------------------------------------------------------------------- scores


@pytest.mark.parametrize(
    ("text", "surface", "value", "low", "high", "unit"),
    [
        ("United won 3-1 at home on Saturday.", "3-1", 3.0, 1.0, 3.0, None),
        ("The referendum produced a 52-48 split.", "52-48", 52.0, 48.0, 52.0, None),
        ("The council voted 5-2 to approve the plan.", "5-2", 5.0, 2.0, 5.0, "votes"),
        ("The Senate voted 51 to 49 on Tuesday.", "51 to 49", 51.0, 49.0, 51.0, "votes"),
        ("The bill passed the House 218-214.", "218-214", 218.0, 214.0, 218.0, "votes"),
        ("Chelsea beat Arsenal 2-0 on Sunday.", "2-0", 2.0, 0.0, 2.0, None),
        ("The Supreme Court ruled 6-3 in favour of the state.", "6-3", 6.0, 3.0, 6.0, "votes"),
        ("Rovers lost 1-4 away to Leeds.", "1-4", 1.0, 1.0, 4.0, None),
        ("It was a 6-3 ruling.", "6-3", 6.0, 3.0, 6.0, "votes"),
    ],
)
def test_votes_and_results_are_one_score(
    text: str, surface: str, value: float, low: float, high: float, unit: str | None
) -> None:
    c = _claims(text)
    assert c.select("surface", "value", "value_low", "value_high", "counted", "unit", "qualifier").rows() == [
        (surface, value, low, high, "score", unit, "exact")
    ]
    assert "score" in COUNTED


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The party is expected to win 10-15 seats.", "10-15"),  # a noun it counts: a range
        ("Strikes killed 30-40 people.", "30-40"),  # no vote or result word
        ("Prices rose 3-4% last year.", "3-4%"),
    ],
)
def test_ranges_with_a_dash_are_not_scores(text: str, surface: str) -> None:
    c = _claims(text)
    assert c.select("surface", "counted").rows()[0][0] == surface
    assert "score" not in c["counted"].to_list()


def test_scores_stay_out_of_the_ledger() -> None:
    c = _claims("The council voted 5-2 to approve the plan, and 40 people were injured.")
    arts = pl.DataFrame(
        {"article_id": c["article_id"].unique().to_list(), "published": [dt.date(2024, 5, 1)]}
    )
    assert summarise_claim_ledger(c, arts)["counted"].to_list() == ["injured"]


# --------------------------------------------------------------------------- units: one per family


@pytest.mark.parametrize(
    ("text", "surface", "unit", "family"),
    [
        ("Queues stretched for 10 km on the M6.", "10", "km", "length"),
        ("The river peaked at 5.2 metres.", "5.2", "m", "length"),
        ("Waves of 30 feet hit the coast.", "30", "ft", "length"),
        ("Some 150mm of rain fell.", "150", "mm", "length"),
        ("The fire spread across 1,200 hectares.", "1,200", "ha", "area"),
        ("Floods covered 40 square kilometres.", "40", "km2", "area"),
        ("The tanker spilled 3,000 tonnes of oil.", "3,000", "t", "mass"),
        ("Police seized 20kg of cocaine.", "20", "kg", "mass"),
        ("The device held 500 pounds of explosives.", "500", "lb", "mass"),
        ("Residents were told to boil 2 litres of water.", "2", "l", "volume"),
        ("The field produces 80,000 barrels a day.", "80,000", "bpd", "volume"),
        ("Gusts reached 90 mph in the Highlands.", "90", "mph", "speed"),
        ("Winds of 120 km/h were recorded.", "120", "km/h", "speed"),
        ("Temperatures hit 40C in Seville.", "40", "°C", "temperature"),
        ("It was 38°C in Madrid.", "38", "°C", "temperature"),
        ("Highs of 104 degrees Fahrenheit were forecast.", "104", "°F", "temperature"),
        ("The plant will generate 500 megawatts.", "500", "MW", "power"),
        ("The plant will generate 500MW.", "500", "MW", "power"),
        ("Households used 2,700 kWh a year.", "2,700", "kWh", "energy"),
        ("The Bank of England raised rates by 25 basis points.", "25", "bp", "rate"),
        ("The Dow fell 500 points on Monday.", "500", "points", "rate"),
        ("The council will spend £20m on flood defences.", "£20m", "GBP", "currency"),
        ("Tokyo pledged 1.5 trillion yen.", "1.5 trillion yen", "JPY", "currency"),
        ("Canberra pledged A$300m.", "A$300m", "AUD", "currency"),
        ("Turnout was 67 per cent.", "67 per cent", "percent", "percent"),
        ("Twelve people were arrested.", "Twelve", "people", "people"),
        ("About 20m people watched the final.", "20m", "people", "people"),  # 20 million, not 20 metres
        ("The wall is 100m long.", "100", "m", "length"),
        ("About 45,000 homes lost power.", "45,000", "homes", "households"),
        ("Some 1,400 households are on the waiting list.", "1,400", "households", "households"),
        ("Harris received 1.2 million votes.", "1.2 million", "votes", "votes"),
        ("The firm will cut 2,000 jobs.", "2,000", "jobs", "jobs"),
        ("Only 150 aid trucks entered.", "150", "trucks", "count"),
        ("The operation lasted six hours.", "six", "hours", "time"),
    ],
)
def test_units_come_from_the_vocabulary(text: str, surface: str, unit: str, family: str) -> None:
    c = _claims(text)
    assert c.select("surface", "unit").rows()[:1] == [(surface, unit)]
    assert unit_family(unit) == family


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("About 40 went missing near the ford.", "went missing"),
        ("The club sold 20 shirts with his name.", "shirts"),  # a noun of no unit: in `what`, not `unit`
        ("Five House Democrats objected.", "House Democrats"),  # a name is no unit ("house")
        ("The river rose 2 above normal.", "above normal"),
    ],
)
def test_no_unit_from_other_words(text: str, what: str | None) -> None:
    row = _claims(text).row(0, named=True)
    assert (row["what"], row["unit"]) == (what, None)


def test_unit_vocabulary_reader() -> None:
    v = load_unit_vocabulary()
    assert unit_after(" metres above normal", v) == "m"
    assert unit_after(" normal", v) is None
    assert unit_after("C in Seville", v) == "°C" and unit_after(" c", v) is None  # symbols are as written


def test_user_units_file_extends_the_vocabulary(tmp_path: Path) -> None:
    path = tmp_path / "my_units.yaml"
    path.write_text(
        yaml.safe_dump(
            {
                "units": {
                    "TEU": {"family": "volume", "words": [], "symbols": ["TEU"]},
                    "bales": {"family": "mass", "words": ["bale", "bales"], "symbols": []},
                },
                "count_nouns": ["shirts"],
            }
        ),
        encoding="utf-8",
    )
    text = "The port handled 9,000 TEU and 400 bales, and sold 20 shirts."
    assert _claims(text)["unit"].to_list() == [None, None, None]
    assert _claims(text, units=path)["unit"].to_list() == ["TEU", "bales", "shirts"]
    assert "my_units.yaml" in _claims(text, units=path)["dictionary"][0]
    bad = tmp_path / "bad.yaml"
    bad.write_text(yaml.safe_dump({"units": {"x": ["no family"]}}), encoding="utf-8")
    with pytest.raises(ValueError, match="needs a family"):
        _claims(text, units=bad)


def test_units_file_has_provenance_and_no_duplicates() -> None:
    data = yaml.safe_load(data_path("claims_units.yaml").read_text(encoding="utf-8"))
    assert {"source", "licence", "version"} <= set(data)
    assert len(data["count_nouns"]) == len(set(data["count_nouns"]))
    seen: dict[str, str] = {}
    for unit, spec in data["units"].items():
        for w in [*spec["words"], *spec["symbols"]]:
            assert seen.setdefault(w, unit) == unit, f"{w!r} names both {seen[w]} and {unit}"
    assert not set(data["count_nouns"]) & {
        w.lower() for spec in data["units"].values() for w in spec["words"]
    }


# --------------------------------------------------------------------------- ranges and money


@pytest.mark.parametrize(
    ("text", "surface", "low", "high", "unit"),
    [
        (
            "The storm left 75,000-90,000 customers without power.",
            "75,000-90,000",
            75000.0,
            90000.0,
            "customers",
        ),
        ("Estimates put the crowd at 75,000–90,000.", "75,000–90,000", 75000.0, 90000.0, None),
        ("Repairs will cost between £2m and £3m.", "between £2m and £3m", 2e6, 3e6, "GBP"),
        ("Gusts of 60 to 70 mph are expected.", "60 to 70", 60.0, 70.0, "mph"),
        ("The scheme costs $1-2bn.", "$1-2bn", 1e9, 2e9, "USD"),
    ],
)
def test_ranges_keep_both_bounds(text: str, surface: str, low: float, high: float, unit: str | None) -> None:
    # one claim over the whole range: its bounds, no single value, approximate (the annotation conventions)
    c = _claims(text)
    assert c.select("surface", "value", "value_low", "value_high", "unit", "qualifier").rows() == [
        (surface, None, low, high, unit, "about")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme's revenue rose 12% to $4bn.", [("12%", 12.0, "percent"), ("$4bn", 4e9, "USD")]),
        ("Sales fell 4% to £1.1bn.", [("4%", 4.0, "percent"), ("£1.1bn", 1.1e9, "GBP")]),
        ("Bids ranged from £3m-$4m.", [("£3m", 3e6, "GBP"), ("$4m", 4e6, "USD")]),
    ],
)
def test_ends_of_different_kinds_are_no_range(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _claims(text).select("surface", "value", "unit").rows() == expected


def test_money_in_two_currencies_is_never_summed_or_compared() -> None:
    texts = [
        "The IMF said it would lend $3bn to Kenya.",
        "The IMF said it would lend £2bn to Kenya.",
        "The IMF said it would lend $4bn to Kenya.",
    ]
    arts = read_articles(texts, progress=False).articles.with_columns(
        pl.Series("published", [dt.date(2024, 5, 1), dt.date(2024, 5, 1), dt.date(2024, 5, 8)])
    )
    c = extract_claims(split_sentences(arts))
    assert c.select("value", "unit", "counted").rows() == [
        (3e9, "USD", "money"),
        (2e9, "GBP", "money"),
        (4e9, "USD", "money"),
    ]
    led = summarise_claim_ledger(c, arts)
    rows = (
        led.select("series", "value", "previous_value", "change", "low_same_day", "high_same_day")
        .sort("series", "value")
        .rows()
    )
    assert rows == [
        ("money|?|imf|GBP", 2e9, None, None, 2e9, 2e9),
        ("money|?|imf|USD", 3e9, None, None, 3e9, 3e9),
        ("money|?|imf|USD", 4e9, 3e9, 1e9, 4e9, 4e9),
    ]
    assert not led["sources_disagree"].any()
    # the chart draws each currency in a panel of its own, and aggregates within a panel only
    pts, _ = ledger_points(led, max_points=1)
    assert sorted(pts["panel"].unique().to_list()) == ["money (GBP)", "money (USD)"]
    assert pts.filter(pl.col("panel") == "money (GBP)")["value"].to_list() == [2e9]


# --------------------------------------------------------------------------- a company's own results


@pytest.mark.parametrize(
    ("text", "surface", "source"),
    [
        ("Acme reported a pre-tax profit of £3.2m for the year.", "£3.2m", "Acme"),
        ("Shell made a profit of $7bn, up from $5bn a year earlier.", "$7bn", "Shell"),
        ("Shell made a profit of $7bn, up from $5bn a year earlier.", "$5bn", "Shell"),
        ("Shell posted record annual earnings of $28bn.", "$28bn", "Shell"),
        ("Acme's revenue rose 12% to $4bn.", "$4bn", "Acme"),
        ("Acme's revenue rose 12% to $4bn.", "12%", "Acme"),
        ("Tesco's sales grew 4% in the quarter.", "4%", "Tesco"),
    ],
)
def test_company_results_are_credited_to_the_company(text: str, surface: str, source: str) -> None:
    c = _claims(text)
    assert c.filter(pl.col("surface") == surface)["source_surface"].to_list() == [source]


def test_results_words_alone_credit_nobody() -> None:
    # "made" is no reporting verb without a results noun after it; "Christmas sales" has no owner
    assert _rows("Volunteers made 300 sandwiches.", "source_surface") == [(None,)]
    assert _rows("Christmas sales rose 4%.", "source_surface") == [(None,)]


# --------------------------------------------------------------------------- a development score (in-sample)

DEV: list[tuple[str, list[tuple[float, str | None, str, str | None]]]] = [
    ("The council voted 5-2 to approve the plan.", [(5.0, "votes", "score", None)]),
    (
        "The river peaked at 5.2 metres above normal, the Environment Agency said.",
        [(5.2, "m", "other", "Environment Agency")],
    ),
    ("About 45,000 homes lost power overnight, the utility said.", [(45000.0, "homes", "other", "utility")]),
    ("Twelve people were arrested after the match, police said.", [(12.0, "people", "arrested", "police")]),
    ("Starmer promised 1.5 million new homes by 2029.", [(1.5e6, "homes", "other", "Starmer")]),
    ("The storm left 75,000-90,000 customers without power.", [(75000.0, "customers", "other", None)]),
    ("United won 3-1 at home on Saturday.", [(3.0, None, "score", None)]),
    ("The referendum produced a 52-48 split.", [(52.0, None, "score", None)]),
    ("Acme reported a pre-tax profit of £3.2m for the year.", [(3.2e6, "GBP", "money", "Acme")]),
    (
        "Shell made a profit of $7bn, up from $5bn a year earlier.",
        [(7e9, "USD", "money", "Shell"), (5e9, "USD", "money", "Shell")],
    ),
    (
        "Acme's revenue rose 12% to $4bn.",
        [(12.0, "percent", "percent", "Acme"), (4e9, "USD", "money", "Acme")],
    ),
    (
        "The Met Office's figures showed 150mm of rain fell in 24 hours.",
        [(150.0, "mm", "other", "Met Office"), (24.0, "hours", "duration", "Met Office")],
    ),
    (
        "The government announced £20m for flood defences, while the council estimated repairs at $5m.",
        [(2e7, "GBP", "money", "government"), (5e6, "USD", "money", "council")],
    ),
    (
        "Temperatures hit 40C in Seville and 38°C in Madrid.",
        [(40.0, "°C", "other", None), (38.0, "°C", "other", None)],
    ),
    ("The Bank of England raised rates by 25 basis points.", [(25.0, "bp", "other", None)]),
    (
        "The plant will generate 500 megawatts and create 300 jobs, the company said.",
        [(500.0, "MW", "other", "company"), (300.0, "jobs", "other", "company")],
    ),
    ("The Senate voted 51 to 49 on Tuesday.", [(51.0, "votes", "score", None)]),
    ("The bill passed the House 218-214.", [(218.0, "votes", "score", None)]),
    ("Chelsea beat Arsenal 2-0 on Sunday.", [(2.0, None, "score", None)]),
    ("The Supreme Court ruled 6-3 in favour of the state.", [(6.0, "votes", "score", None)]),
    (
        "Harris won 52% of the vote in the county, according to election officials.",
        [(52.0, "percent", "percent", "election officials")],
    ),
    (
        "Turnout was 67 per cent, the Electoral Commission said.",
        [(67.0, "percent", "percent", "Electoral Commission")],
    ),
    ("Biden pledged $2bn in aid to the region.", [(2e9, "USD", "money", "Biden")]),
    ("The mayor promised that 500 affordable homes would be built.", [(500.0, "homes", "other", "mayor")]),
    (
        "Rainfall of 80mm is forecast, with gusts of up to 70mph, the Met Office warned.",
        [(80.0, "mm", "other", "Met Office"), (70.0, "mph", "other", "Met Office")],
    ),
    (
        "The fire spread across 1,200 hectares, fire officials estimated.",
        [(1200.0, "ha", "other", "fire officials")],
    ),
    ("The tanker spilled 3,000 tonnes of oil, the coastguard said.", [(3000.0, "t", "other", "coastguard")]),
    (
        "Sales fell 4% to £1.1bn, the retailer said.",
        [(4.0, "percent", "percent", "retailer"), (1.1e9, "GBP", "money", "retailer")],
    ),
    (
        "Unemployment rose to 4.2%, the Office for National Statistics said.",
        [(4.2, "percent", "percent", "Office for National Statistics")],
    ),
    (
        "A 60-year-old woman was among three people rescued from the flood water.",
        [(3.0, "people", "other", None)],
    ),
    ("Police estimated the crowd at 10,000.", [(10000.0, None, "other", "Police")]),
    ("Gusts reached 90 mph in the Highlands.", [(90.0, "mph", "other", None)]),
    (
        "The council's figures show 1,400 households are on the waiting list.",
        [(1400.0, "households", "other", "council")],
    ),
    ("The firm will cut 2,000 jobs, Reuters reported.", [(2000.0, "jobs", "other", "Reuters")]),
    (
        "The Dow fell 500 points, or 1.3%, on Monday.",
        [(500.0, "points", "other", None), (1.3, "percent", "percent", None)],
    ),
    (
        "The EU fined Google €2.4bn, while US regulators sought $1bn.",
        [(2.4e9, "EUR", "money", None), (1e9, "USD", "money", None)],
    ),
]


def dev_score(rows_of: object = None) -> dict[str, float]:
    """Value precision, recall and F1 over the DEV sentences (claims matched by value, in order),
    and, over the matched claims, the share with the expected source, unit and category."""
    tp = fp = fn = src = unit = cnt = 0
    for sentence, want in DEV:
        got = _claims(sentence).select("value", "unit", "counted", "source_surface").rows()
        rest = list(got)
        for w in want:
            hit = next((g for g in rest if g[0] is not None and abs(g[0] - w[0]) < 1e-6), None)
            if hit is None:
                fn += 1
                continue
            rest.remove(hit)
            tp += 1
            unit += hit[1] == w[1]
            cnt += hit[2] == w[2]
            src += hit[3] == w[3]
        fp += len(rest)
    p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    return {"precision": p, "recall": r, "f1": 2 * p * r / max(p + r, 1e-9), "source": src / max(tp, 1),
            "unit": unit / max(tp, 1), "counted": cnt / max(tp, 1), "n": float(tp + fn)}  # fmt: skip


def test_development_score() -> None:
    """In-sample: these sentences were written while the rules were, so the score shows that the
    cases work together, not how well the rules generalise (that is the held-out sets' job).
    Before issue 19: value F1 0.896, source 0.814, unit 0.628, counted 0.767 (n = 46)."""
    s = dev_score()
    assert s["n"] == 46
    assert s["f1"] >= 0.97 and s["source"] >= 0.95 and s["unit"] >= 0.95 and s["counted"] >= 0.9, s


# --------------------------------------------------------------------------- what is not a claim (issue 19, set 5's
# error classes): the annotation conventions' dates, ages, number-adjectives, names and labels


@pytest.mark.parametrize(
    "text",
    [
        # ages: after a name, in brackets, and "when she was N"
        "The victim, Maria Lopez, 34, was found near the harbour.",
        "The driver, Tom Reid (52), was treated at the scene.",
        "She first ran for office when she was about 61.",
        # number-adjectives: a number hyphenated to a unit or size word
        "Members serve four-year terms.",
        "The 27-member bloc met on Tuesday.",
        "Both sides agreed to a 30-day ceasefire.",
        # distances that name a race
        "She won the 200 m freestyle in Budapest.",
        "He ran in the 110 metres hurdles final.",  # ("finished fourth" ranks: an ordinal claim)
        # ordinals in names, and ordinals hyphenated to a non-superlative
        "The 118th Congress opened in January.",
        "He is a veteran of the Second World War.",
        "The bank relies on third-party vendors.",
        "He was charged with first-degree murder.",
        # "first" used adverbially or as a period
        "The virus was first identified in bats.",
        "Voters in the town went to the polls for the first time.",
        "Sales slowed in the first half of the year.",
        # labels: a number after a lower-case label word, or a number word after a capitalised one
        "Phase two was delayed by the storm.",
        "The law allows abortion up to week 24 of a pregnancy.",
        "Officials said stage three would begin on Monday.",
    ],
)
def test_numbers_that_are_no_claims(text: str) -> None:
    assert _rows(text, "surface") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a claim next to an age-like number stays one
        ("The death toll rose to 61.", [("61", 61.0, "exact", "dead")]),
        ("He was 20 points ahead in the polls.", [("20", 20.0, "exact", "other")]),
        (
            "Within a week 3,000 people had left the island.",
            [("a week", 1.0, "exact", "duration"), ("3,000", 3000.0, "exact", "other")],
        ),
        # an ordinal that ranks an entity is a claim, "first" included
        ("She became the first woman to lead the central bank.", [("first", 1.0, "exact", "ordinal")]),
        ("Norway becomes first country to ban the sale of petrol cars", [("first", 1.0, "exact", "ordinal")]),
        ("Lagos is the second-largest city in Africa.", [("second", 2.0, "exact", "ordinal")]),
        # a race time is one duration, valued in hours (its first number)
        ("The winner crossed the line in 2:08:31.", [("2:08:31", 2.0, "exact", "duration")]),
        # a tally is one claim, valued as its first number
        ("The party won 40 out of 45 seats.", [("40 out of 45", 40.0, "exact", "other")]),
        # "all but one" counts
        (
            "All but one of the 27 members signed the letter.",
            [("one", 1.0, "exact", "other"), ("27", 27.0, "exact", "other")],
        ),
    ],
)
def test_claims_beside_non_claims(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _rows(text, "surface", "value", "qualifier", "counted") == expected


def test_clock_times_stay_no_claims() -> None:
    assert _rows("The meeting opened at 10:30:15 and ended at 1:00 am.", "surface") == []


# --------------------------------------------------------------------------- general news, second round
# Failure classes found by reading the claims of unannotated general-news articles (the helper's own
# judgement): reporting-verb forms used as adjectives or nouns taken as sources, sources behind an
# opening phrase or a parenthesised acronym, "X said A and said B", "held" read as an arrest, year-like
# counts after a hedge, and currencies in their native spelling. Every sentence is invented.


def _src(text: str) -> list[tuple[object, ...]]:
    return _rows(text, "surface", "source_surface")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a preposition before the form: an adjective or a noun, never a reporting verb
        ("By reports, the mayor won all four wards.", [("four", None)]),
        ("The number of confirmed cases rose to 412 on Friday.", [("412", None)]),
        ("The outbreak spread, with confirmed infections in the region reaching 2,300.", [("2,300", None)]),
        # a determiner alone owns nothing
        ("The toll rose to nearly 900 on Sunday.", [("900", None)]),
    ],
)
def test_function_words_are_no_sources(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _src(text) == expected


def test_source_after_an_opening_phrase_with_a_number_with_thousands_separators() -> None:
    # "1,204,311" is no clause end: the source credits the numbers after its verb
    text = "By Friday evening, the electoral commission reported 1,204,311 valid ballots, including 9,870 postal votes."
    assert _src(text) == [("1,204,311", "electoral commission"), ("9,870", "electoral commission")]


def test_source_with_a_parenthesised_acronym() -> None:
    text = "Unemployment rose to 6.1% in March, Office for National Statistics (ONS) data showed."
    assert _src(text) == [("6.1%", "Office for National Statistics (ONS) data")]


def test_plural_present_reporting_verbs() -> None:
    text = "In a study released on Monday, researchers report the beetle evolved at least 14 times."
    assert _src(text) == [("14", "researchers")]
    assert _src("Council figures show 230 homes were flooded.") == [("230", "Council figures")]


def test_a_second_reporting_verb_after_and_shares_the_subject() -> None:
    text = "The regulator said the fine was fair and said the bank had ignored 37 warnings."
    assert _src(text) == [("37", "regulator")]


def test_an_appositive_opened_by_a_possessive() -> None:
    text = "Speaking to a local paper, Anna Berg, Nordbank’s head of retail, explained that the bank held a 9% share."
    assert _src(text) == [("9%", "Anna Berg")]


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("The two parties held three rounds of talks.", "other"),
        ("Organisers said about 400 people attended the rally held downtown.", "other"),
        ("Police said 12 people were held overnight.", "arrested"),
        ("About 30 protesters were being held at a police station.", "arrested"),
    ],
)
def test_held_is_an_arrest_only_as_a_passive(text: str, counted: str) -> None:
    assert _claims(text)["counted"].to_list()[-1] == counted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The chain sold its roughly 2000 Danish and 80 Swedish shops.", [("2000", 2000.0), ("80", 80.0)]),
        ("Approximately 1900 volunteers signed up.", [("1900", 1900.0)]),
        ("The bridge was built in around 1900 and rebuilt later.", []),
        ("In about 2000 Danish farmers began planting rape.", []),
    ],
)
def test_year_like_counts_after_a_hedge(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _rows(text, "surface", "value") == expected


def test_native_currency_spellings() -> None:
    text = "The deal is worth 900 million złotys, plus 40 million lei in Romania."
    rows = _rows(text, "value", "counted", "unit")
    assert rows == [(900e6, "money", "PLN"), (40e6, "money", "RON")]


# --------------------------------------------------------------------------- general news, third round
# Classes the second round left (read from unannotated general-news articles, the helper's own
# judgement): fractions of a scale word, "one" at the end of a list of counts, ranking verbs before a
# duration, people categories from a verb when the noun counts things, fixed ordinal phrases. Every
# sentence is invented.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Around a quarter of a million people fled the floods.",
            [("a quarter of a million", 250_000.0, "about", "people")],
        ),
        ("Half a million homes lost power.", [("Half a million", 500_000.0, "exact", "homes")]),
        (
            "The club lost a quarter of a billion dollars last year.",
            [("a quarter of a billion dollars", 2.5e8, "exact", "USD")],
        ),
        (
            "Three-quarters of a million voters stayed at home.",
            [("Three-quarters of a million", 750_000.0, "exact", "people")],
        ),
        # a fraction of a count stays a share, and the count its own claim
        (
            "Two-thirds of the 1,200 staff will lose their jobs.",
            [("Two-thirds", 200 / 3, "exact", "percent"), ("1,200", 1200.0, "exact", "people")],
        ),
    ],
)
def test_a_fraction_of_a_scale_word_is_one_amount(text: str, expected: list[tuple[object, ...]]) -> None:
    rows = _rows(text, "surface", "value", "qualifier", "unit")
    assert [r[0] for r in rows] == [e[0] for e in expected]
    for r, e in zip(rows, expected, strict=True):
        assert r[1] == pytest.approx(e[1]) and r[2:] == e[2:]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The motion passed with 41 votes for, three abstentions and one vote against.",
            ["41", "three", "one"],
        ),
        ("Police seized two rifles and one handgun.", ["two", "one"]),
        # "one" as a determiner or pronoun stays no claim
        ("Officials are testing one experimental vaccine.", []),
        ("Three members said yes and one said no.", ["Three"]),
        ("One resident said the water rose quickly.", []),
    ],
)
def test_one_at_the_end_of_a_list_of_counts(text: str, expected: list[str]) -> None:
    assert [r[0] for r in _rows(text, "surface")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The closure came two days after the storm hit the coast.", [("two", "duration", "days")]),
        ("She finished 12 seconds behind the winner.", [("12", "duration", "seconds")]),
        # a rank after a ranking verb is an ordinal claim (the general-news convention: an ordinal
        # that ranks an entity is a claim; tests/test_claims_round3.py)
        ("The team came second in the league.", [("second", "ordinal", None)]),
        ("The university ranked 12 in the world.", [("12", "ordinal", None)]),
    ],
)
def test_ranking_verbs_before_a_count(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _rows(text, "surface", "counted", "unit") == expected


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("The senator has released more than 40 policy papers.", "other"),
        ("The retailer will close its roughly 2000 stores by June.", "other"),
        ("Rebels captured 12 villages in the north.", "other"),
        # people stay people
        ("The government released 90 prisoners on Friday.", "prisoners"),
        ("The city is home to 2 million residents.", "population"),
        ("Soldiers killed 14 militants near the border.", "killed"),
        ("Police arrested 12 in the raid.", "arrested"),
        ("The army detained 30 Palestinians overnight.", "arrested"),
    ],
)
def test_people_categories_need_a_noun_that_counts_people(text: str, counted: str) -> None:
    assert _claims(text)["counted"].to_list() == [counted]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bank relies on third parties to process payments.", []),
        ("Staff were trained in first aid.", []),
        ("English is her second language.", []),
        ("She was the third person to hold the post.", [("third", "ordinal")]),
        ("The team took third place.", [("third", "ordinal")]),
    ],
)
def test_fixed_ordinal_phrases_are_no_claims(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _rows(text, "surface", "counted") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number that names a model, road or catalogue entry after a capitalised word is no claim
        ("The crew flew on a Falcon 9 rocket from Florida.", []),
        ("A Bell 206 came down near Interstate 80 on Tuesday.", []),
        ("Astronomers said the star HR 4796 is in the southern sky.", []),
        # counts after a name stay claims
        ("Officials told Reuters 40 people died.", [("40", "dead")]),
        ("The chain sold Aldi 19 stores.", [("19", "other")]),
        ("On Friday 3 men were arrested.", [("3", "arrested")]),
        ("Biden led Trump 47 to 40 in the poll.", [("47 to 40", "score")]),
        ("Storm Kills 3 In Texas", [("3", "killed")]),  # a title-case headline
    ],
)
def test_numbers_that_name_things_after_a_capitalised_word(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert _rows(text, "surface", "counted") == expected


def test_a_figure_with_its_margin_is_one_claim() -> None:
    rows = _rows(
        "The cluster lies about 1010 ± 195 light years away.",
        "surface",
        "value",
        "value_low",
        "value_high",
        "unit",
    )
    assert rows == [("1010 ± 195", 1010.0, 815.0, 1205.0, "ly")]
    rows = _rows("The moon orbits in 27.3 ± 0.1 days.", "surface", "counted", "unit")
    assert rows == [("27.3 ± 0.1", "duration", "days")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The accused range in age from 19 to 64.", []),
        ("Children aged 5 to 11 can now be vaccinated.", []),
        ("Between 12 and 15 guests came.", [("Between 12 and 15", "other")]),
    ],
)
def test_age_ranges_are_no_claims(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _rows(text, "surface", "counted") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bail was set at 50,000 lari.", [("50,000 lari", "money", "GEL")]),
        ("The fine was 2 million tenge.", [("2 million tenge", "money", "KZT")]),
    ],
)
def test_more_currency_words(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _rows(text, "surface", "counted", "unit") == expected


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Flu deaths across the state passing 1,200 worried officials.", "dead"),
        ("He said one soldier was among the dead.", "dead"),
        ("The blast killed four sailors.", "killed"),
    ],
)
def test_tolls_and_the_dead(text: str, counted: str) -> None:
    assert _claims(text)["counted"].to_list()[-1] == counted


@pytest.mark.parametrize(
    ("text", "surface", "value", "low"),
    [
        ("The committee voted nine to two in favour.", "nine to two", 9.0, 2.0),
        ("The jury voted 10 to two to convict.", "10 to two", 10.0, 2.0),
    ],
)
def test_votes_in_words_are_one_score(text: str, surface: str, value: float, low: float) -> None:
    assert _rows(text, "surface", "value", "value_low", "counted") == [(surface, value, low, "score")]
    # a range in words after a result verb stays a range
    assert _rows("Rovers won two to three games.", "surface", "counted") == [("two to three", "other")]


@pytest.mark.parametrize(
    ("text", "surface", "source"),
    [
        ("Barclays' pre-tax profit fell 8% to £5.2bn.", "£5.2bn", "Barclays"),
        ("Acme's annual revenue rose 12% to $4bn.", "12%", "Acme"),
        ("Nordbank's third-quarter net income was €310m.", "€310m", "Nordbank"),
    ],
)
def test_results_with_adjectives_are_credited_to_the_company(text: str, surface: str, source: str) -> None:
    c = _claims(text)
    assert c.filter(pl.col("surface") == surface)["source_surface"].to_list() == [source]


# --------------------------------------------------------------------------- sources: leftovers of issue 21


def _sources(*texts: str, quotes: bool = False) -> list[tuple[object, ...]]:
    if not quotes:
        return _claims(*texts).select("surface", "source_surface", "source_rule").rows()
    from toolkit.extract.quotes import extract_quotes

    arts = read_articles(list(texts), progress=False).articles
    s = split_sentences(arts)
    return (
        extract_claims(s, quotes=extract_quotes(s, arts))
        .select("surface", "source_surface", "source_rule")
        .rows()
    )


def test_according_to_with_no_comma_ends_before_the_count() -> None:
    # the phrase used to run on to the semicolon and swallow the number it credits
    assert _sources("According to the police 20 people were arrested; 15 were released, according to their lawyers.") == [
        ("20", "police", "clause"), ("15", "their lawyers", "clause"),
    ]  # fmt: skip
    # a year or a count after a determiner stays in the source
    assert _sources("According to a 2019 survey, 40% of adults smoke.") == [("40%", "2019 survey", "clause")]


def test_a_clause_level_according_to_does_not_cover_the_next_clause() -> None:
    assert _sources("The fire destroyed 40 homes, according to the fire service; 12 people were hurt, according to the hospital.") == [
        ("40", "fire service", "clause"), ("12", "hospital", "clause"),
    ]  # fmt: skip


def test_reported_citing_credits_the_cited_source() -> None:
    # docs/claims.md: "X reported, citing Y" credits Y, as "according to Y" would (the source of the number)
    assert _sources(
        "About 300 people were evacuated, the local broadcaster reported, citing fire officials."
    ) == [("300", "fire officials", "clause")]


def test_a_time_noun_ends_the_subject_phrase() -> None:
    assert _sources("The milestone came the same day Malawi reported its first 3 cases.") == [
        ("3", "Malawi", "clause")
    ]
    # as the word right before the verb it is a time adverb; inside a name it is the name
    assert _sources("The ministry last week said 30 schools would close.") == [("30", "ministry", "clause")]
    assert _sources("Independence Day organisers said 3,000 people attended.") == [
        ("3,000", "Independence Day organisers", "clause")
    ]


def test_a_pronoun_subject_of_a_verb_chain_is_the_pronoun() -> None:
    assert _sources("Ruiz said the vote was close. She went on to say about 300 homes had flooded.") == [
        ("300", "Ruiz", "pronoun")
    ]


def test_a_passive_behind_an_adverb_names_no_source() -> None:
    assert (
        _sources(
            "Although its winds are only predicted to reach 75 miles per hour, forecasters issued a warning."
        )[0][1]
        is None
    )


def test_study_conclusions_and_intransitive_verbs() -> None:
    assert _sources("The inquiry concluded that 12 officers failed in their duty.") == [
        ("12", "inquiry", "clause")
    ]
    assert _sources("The season concluded with 14 wins.") == [("14", None, None)]


# --------------------------------------------------------------------------- sources carried across sentences


def test_an_opening_according_to_carries_through_its_paragraph() -> None:
    text = (
        "According to the council, 40 homes flooded overnight. Six were later condemned. Two roads were shut, "
        "police said. Three bridges were closed.\n\nFour schools stayed shut."
    )
    assert _sources(text) == [
        ("40", "council", "clause"), ("Six", "council", "carried"),
        ("Two", "police", "clause"),  # its own source: the carry stops here
        ("Three", None, None),
        ("Four", None, None),  # a new paragraph
    ]  # fmt: skip


def test_an_according_to_in_mid_paragraph_covers_its_own_sentence() -> None:
    text = (
        "The game runs on old laptops. According to its author, it has 13 developers. A rival game costs $27."
    )
    assert _sources(text) == [("13", "its author", "clause"), ("$27", None, None)]


def test_a_sentence_continuing_the_previous_figures_keeps_their_source() -> None:
    text = "Police said 30 people were arrested. Another 12 were detained overnight. Of those, five were charged."
    assert _sources(text) == [
        ("30", "Police", "clause"),
        ("12", "Police", "carried"),
        ("five", "Police", "carried"),
    ]
    # a sentence that does not refer back keeps no source (the convention of the in-sample sets 2-5)
    assert _sources("Police said 30 people were arrested. 12 shops were damaged.")[1] == ("12", None, None)
    assert _sources("Police said 30 people were arrested.\n\nOf those, five were charged.")[1] == (
        "five",
        None,
        None,
    )


def test_a_number_inside_a_quote_credits_its_speaker() -> None:
    text = 'Fire chief Ana Ruiz spoke at the scene. "We have rescued 40 people since dawn," she said. "Another 12 are missing."'
    assert _sources(text, quotes=True) == [("40", "Ana Ruiz", "quote"), ("12", "Ana Ruiz", "quote")]
