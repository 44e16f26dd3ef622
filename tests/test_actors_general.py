"""Actors of general news (issue 19): companies, clubs, national bodies, people without titles, short forms,
context-aware short aliases, titles of local office, news agencies. Every text here is invented."""

from __future__ import annotations

import polars as pl
import pytest

from toolkit.core import cache
from toolkit.core.resources import load_yaml
from toolkit.core.schema import validate
from toolkit.extract.actors import find_mentions, load_actors
from toolkit.extract.actors.general_news import general_rules
from toolkit.extract.places import resolve_places
from toolkit.io.loading import read_articles, split_wire
from toolkit.text.tokenize import split_sentences


def _mentions(*texts: str) -> pl.DataFrame:
    return find_mentions(split_sentences(read_articles(list(texts)).articles))


def _rows(text: str) -> list[tuple]:
    return _mentions(text).select("surface", "actor_id", "actor_type", "rule").rows()


def _by_surface(text: str) -> dict[str, tuple]:
    m = _mentions(text)
    return {r[0]: r[1:] for r in m.select("surface", "actor_id", "actor_type", "rule", "title").rows()}


# --------------------------------------------------------------------------- the user's report


PA_STORY = (
    "YORK, England (PA) - Floodwater from the River Ouse reached homes in York on Monday.\n\n"
    "A spokesman for North Yorkshire Police told PA that Springfield Road would stay closed.\n\n"
    "Chief Inspector Mark Dobson said officers had checked 40 homes. Dobson urged drivers to stay away."
)


def test_pa_dateline_is_a_dateline() -> None:
    body, dateline, _ = split_wire(PA_STORY)
    assert dateline == "YORK, England (PA) -"
    assert body.startswith("Floodwater")
    arts = read_articles([PA_STORY]).articles
    assert arts["dateline"][0] == "YORK, England (PA) -"


def test_pa_in_the_body_is_not_the_palestinian_authority() -> None:
    m = _mentions(PA_STORY)
    assert "PA" not in m["actor_id"].to_list()
    pa = m.filter(pl.col("surface") == "PA")
    assert pa.select("actor_id", "actor_type", "rule").rows() == [("new:pa", "other", "alias_unresolved")]


def test_pa_with_evidence_is_the_palestinian_authority() -> None:
    text = "Israel and the Palestinian Authority met in Ramallah. The PA said talks would go on."
    rows = _mentions(text).filter(pl.col("surface") == "PA").select("actor_id", "rule").rows()
    assert rows == [("PA", "alias")]
    text2 = "Israeli troops raided Jenin in the West Bank. The PA condemned the raid."
    assert _mentions(text2).filter(pl.col("surface") == "PA")["actor_id"].to_list() == ["PA"]


def test_pa_media_by_its_full_name() -> None:
    text = "The figures were compiled by the PA news agency. A council officer told PA the count was final."
    rows = _mentions(text).filter(pl.col("surface") == "PA").select("actor_id", "rule").rows()
    assert rows == [("PA_MEDIA", "alias_context")]


def test_chief_inspector_attaches_whole() -> None:
    got = _by_surface(PA_STORY)
    assert got["Chief Inspector Mark Dobson"] == ("new:mark-dobson", "person", "title", "Chief Inspector")
    assert got["Dobson"][:3] == ("new:mark-dobson", "person", "surname")


def test_qualifiers_are_not_part_of_the_title() -> None:
    got = _by_surface("Jane Cole won the seat, defeating incumbent Mayor Robert Hale by 412 votes.")
    assert got["Mayor Robert Hale"] == ("new:robert-hale", "person", "title", "Mayor")
    got = _by_surface("The report was written by former Councillor Ann Briggs and then-Governor Tom Reyes.")
    assert got["Councillor Ann Briggs"][3] == "Councillor"
    assert got["Governor Tom Reyes"][3] == "Governor"


def test_river_and_street_are_not_people_or_orgs() -> None:
    m = _mentions(PA_STORY)
    assert m.filter(pl.col("surface").str.contains("Ouse") & (pl.col("actor_type") != "location")).height == 0
    arts = read_articles([PA_STORY]).articles
    ms, _ = resolve_places(m, arts, split_sentences(arts))  # the gazetteer finds the river
    assert ms.filter(pl.col("surface") == "River Ouse").select("actor_type", "is_place").rows() == [
        ("location", True)
    ]
    assert m.filter(pl.col("surface").str.contains("Springfield")).height == 0
    m2 = _mentions("Springfield voted on Tuesday to close the library.")
    assert m2.filter(pl.col("actor_type").is_in(["person", "organization"])).height == 0


def test_local_police_force_is_an_organisation() -> None:
    got = _by_surface(PA_STORY)
    assert got["North Yorkshire Police"][1] == "organization"


# --------------------------------------------------------------------------- companies, clubs, bodies, people


def test_company_then_its_short_form() -> None:
    text = "Northwind Energy plc said profits rose 12% in the first half. Northwind shares fell 3% in London."
    got = _by_surface(text)
    assert got["Northwind Energy plc"][:3] == ("new:northwind-energy", "organization", "company")
    assert got["Northwind"][:3] == ("new:northwind-energy", "organization", "short_form")


def test_company_by_its_head_word() -> None:
    got = _by_surface("Kestrel Airlines cancelled 40 flights after the strike.")
    assert got["Kestrel Airlines"][:3] == ("new:kestrel-airlines", "organization", "company")


def test_club_then_its_city_name() -> None:
    text = (
        "Leeds United beat Hull City 2-1 at Elland Road on Saturday. Leeds scored twice in the second half."
    )
    got = _by_surface(text)
    assert got["Leeds United"][:3] == ("new:leeds-united", "organization", "club")
    assert got["Hull City"][:3] == ("new:hull-city", "organization", "club")
    assert got["Leeds"][:3] == ("new:leeds-united", "organization", "short_form")


def test_club_nickname() -> None:
    text = "Brackenford Rovers, nicknamed the Magpies, won the cup. The Magpies had not won it since 1988."
    m = _mentions(text)
    assert m.filter(pl.col("surface") == "Magpies")["actor_id"].to_list() == [
        "new:brackenford-rovers",
        "new:brackenford-rovers",
    ]


def test_electoral_commission_by_its_acronym() -> None:
    text = (
        "The National Electoral Board of Ruritania published the results on Monday. "
        "The NEBR said turnout was 61%."
    )
    got = _by_surface(text)
    full = got["National Electoral Board of Ruritania"]
    assert got["NEBR"][:3] == (full[0], full[1], "acronym")


def test_known_bodies_by_acronym() -> None:
    text = "The Independent Electoral and Boundaries Commission (IEBC) said Kenya's vote was calm. The IEBC chair spoke."
    assert set(_mentions(text).filter(pl.col("surface") == "IEBC")["actor_id"]) == {"IEBC"}
    assert _rows("The ONS said inflation in Britain fell to 2.1%.")[0][:2] == ("ONS", "ONS")
    assert _rows("UNESCO added the site to its list.")[0][:2] == ("UNESCO", "UNESCO")


def test_unknown_acronym_is_kept_as_other() -> None:
    rows = _rows("Officials from the KZTA inspected the bridge.")
    assert ("KZTA", "new:kzta", "other", "acronym_other") in rows
    assert _rows("GDP grew 2% and the CEO was pleased.") == []


def test_person_without_title() -> None:
    got = _by_surface("Priya Raman said the bakery would close. Raman, who opened it in 1999, was in tears.")
    assert got["Priya Raman"][:3] == ("new:priya-raman", "person", "name_verb")
    assert got["Raman"][:3] == ("new:priya-raman", "person", "surname")


def test_person_by_a_later_surname() -> None:
    got = _by_surface("The shop belongs to Tomasz Wrona. Customers praised Wrona for staying open.")
    assert got["Tomasz Wrona"][1] == "person"
    assert got["Wrona"][:3] == ("new:tomasz-wrona", "person", "surname")


def test_unknown_name_is_kept_as_other() -> None:
    rows = _rows("The Harbour Lights Orchestra drew big crowds.")  # (a festival is an event: no actor)
    assert ("Harbour Lights Orchestra", "new:harbour-lights-orchestra", "other", "name_other") in rows


def test_headline_case_gives_no_names() -> None:
    rows = _rows("Flood Warnings Issued Across Northern Valleys")
    assert [r for r in rows if r[2] != "location"] == []


def test_news_agencies_are_known() -> None:
    actors = load_actors()
    ids = set(actors["actor_id"])
    assert {
        "PA_MEDIA",
        "AAP",
        "DPA",
        "EFE",
        "ANSA",
        "KYODO",
        "XINHUA",
        "PTI_NEWS",
        "ANADOLU",
        "YONHAP",
    } <= ids
    agencies = load_yaml("wire.yaml")["agencies"]
    for a in (
        "PA",
        "AAP",
        "ANI",
        "Anadolu",
        "Bernama",
        "dpa",
        "EFE",
        "ANSA",
        "Kyodo",
        "Xinhua",
        "PTI",
        "Yonhap",
    ):
        assert a in agencies
    assert split_wire("SYDNEY (AAP) - Rain fell.")[1] == "SYDNEY (AAP) -"


def test_shared_senate_resolves_to_the_articles_state() -> None:
    m = _mentions("The Philippine Senate met in Manila on Monday. The Senate passed the budget.")
    senate = m.filter(pl.col("surface") == "Senate")
    assert senate["actor_id"].to_list() != ["US_CONGRESS"]
    m2 = _mentions("US President Joe Biden urged the Senate to pass the bill.")
    assert m2.filter(pl.col("surface") == "Senate")["actor_id"].to_list() == ["US_CONGRESS"]


def test_schema_and_offsets_hold() -> None:
    arts = read_articles([PA_STORY, *[a for a, _ in DEV_ARTICLES]]).articles
    m = find_mentions(split_sentences(arts))
    validate(m, "mentions")
    texts = dict(arts.select("article_id", "text").iter_rows())
    for aid, s, e, surface in m.select("article_id", "char_start", "char_end", "surface").iter_rows():
        assert texts[aid][s:e] == surface


def test_general_rules_load_and_have_provenance() -> None:
    doc = load_yaml("actors_general.yaml")
    assert doc["source"] and doc["licence"] and doc["version"]
    g = general_rules()
    assert "plc" in g.company_suffix_re.pattern and "United" in g.club_heads
    assert g.shared["PA"] == ("PA_MEDIA",)


def test_same_output_with_empty_memos() -> None:
    texts = [a for a, _ in DEV_ARTICLES]
    first = _mentions(*texts)
    with cache.limit(2):
        cache.clear_all(rule_sets=False)
        again = _mentions(*texts)
    assert first.equals(again)


# --------------------------------------------------------------------------- development score (in-sample)

# Short invented general-news articles with their named actors marked by hand (each surface once per
# occurrence, in order). Recall: the share of marked spans that a mention overlaps. In-sample: the rules were
# written while looking at these texts, so the figure is an upper bound, not an estimate.
DEV_ARTICLES: list[tuple[str, list[str]]] = [
    (
        "Members of Harlow District Council voted 31-12 on Tuesday to close two libraries. Councillor Ruth Adeyemi "
        "said the cuts were painful. The plan was opposed by the Harlow Civic Society.",
        ["Harlow District Council", "Ruth Adeyemi", "Harlow Civic Society"],
    ),
    (
        "The Environment Agency issued 14 flood warnings along the River Severn. Residents of Bewdley were told to "
        "move valuables upstairs. Tom Price, who runs a cafe by the bridge, said the water rose fast.",
        ["Environment Agency", "River Severn", "Bewdley", "Tom Price"],
    ),
    (
        "A judge at Leeds Crown Court jailed Daniel Frost for six years. Judge Helen Marsh told Frost his crimes "
        "had ruined lives. The Crown Prosecution Service welcomed the sentence.",
        ["Leeds Crown Court", "Daniel Frost", "Helen Marsh", "Frost", "Crown Prosecution Service"],
    ),
    (
        "Kestrel Airlines reported a first-half loss of 40 million euros. Chief Executive Sofia Lindqvist said "
        "fuel costs had doubled. Kestrel shares fell 8%.",
        ["Kestrel Airlines", "Sofia Lindqvist", "Kestrel"],
    ),
    (
        "The Bank of England held interest rates at 5.25%. Governor Andrew Bailey said inflation was falling. "
        "The ONS will publish new figures on Wednesday.",
        ["Bank of England", "Andrew Bailey", "ONS"],
    ),
    (
        "Leeds United beat Hull City 2-1 on Saturday. Leeds manager Daniel Farke praised his defence. Hull "
        "striker Joe Gelhardt scored their goal.",
        ["Leeds United", "Hull City", "Leeds", "Daniel Farke", "Hull", "Joe Gelhardt"],
    ),
    (
        "The Kenya National Bureau of Statistics said inflation eased to 4.4%. The KNBS figures came a day after "
        "the Central Bank of Kenya cut its lending rate. Economist Amina Njoroge said the cut was overdue.",
        ["Kenya National Bureau of Statistics", "KNBS", "Central Bank of Kenya", "Amina Njoroge"],
    ),
    (
        "Health officials in Ontario confirmed 12 cases of measles. Dr Kieran Moore urged parents to vaccinate. "
        "The Public Health Agency of Canada said the risk was low.",
        ["Ontario", "Kieran Moore", "Public Health Agency of Canada"],
    ),
    (
        "Brightwater Foods plc agreed to buy Dairy Vale for 300 million pounds. Brightwater said the deal would "
        "create 200 jobs. Analyst Peter Okoro called the price fair.",
        ["Brightwater Foods plc", "Dairy Vale", "Brightwater", "Peter Okoro"],
    ),
    (
        "The Independent National Electoral Commission declared Bola Adeyemi the winner in Lagos. INEC said "
        "turnout was 29%. Adeyemi thanked voters.",
        ["Independent National Electoral Commission", "Bola Adeyemi", "Lagos", "INEC", "Adeyemi"],
    ),
    (
        "Police Scotland said a man had been arrested after a fire in Dundee. Detective Inspector Claire Muir said "
        "the blaze was started deliberately.",
        ["Police Scotland", "Dundee", "Claire Muir"],
    ),
    (
        "Mayor Lucia Ferreira of Porto opened the new tram line. The line was built by Metro do Porto. FC Porto "
        "fans used it on its first day.",
        ["Lucia Ferreira", "Porto", "Metro do Porto", "FC Porto"],
    ),
    (
        "The Australian Electoral Commission said counting would take two weeks. Senator Penny Wong said Labor "
        "was confident. The AEC has hired 100,000 staff.",
        ["Australian Electoral Commission", "Penny Wong", "Labor", "AEC"],
    ),
    (
        "Novapharm Therapeutics said its malaria drug cut deaths by a third in trials in Ghana. The World Health "
        "Organization called the results promising. Novapharm will ask regulators for approval.",
        ["Novapharm Therapeutics", "Ghana", "World Health Organization", "Novapharm"],
    ),
    (
        "Maria Gonzalez, a nurse at St Mary's Hospital, said staff were exhausted. The Royal College of Nursing "
        "announced a strike. Health Secretary Wes Streeting said talks would continue.",
        ["Maria Gonzalez", "St Mary's Hospital", "Royal College of Nursing", "Wes Streeting"],
    ),
]


# Round 2: more invented articles (courts, schools, hospitals, transport, weather, business, sport; UK, US,
# India, Nigeria, South Africa, Kenya, Australia, Canada, the Philippines), each marked span with its actor id
# ("~place": any place or state counts, the gazetteer of toolkit.extract.places picks the id). In-sample too.
DEV_ACTORS: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "The Delhi High Court on Monday granted bail to Ravi Menon, a student leader held for three months. "
        "Justice Anita Rao said the Delhi Police had produced no evidence. Menon thanked his lawyers outside "
        "the court.",
        [
            ("Delhi High Court", "new:delhi-high-court"),
            ("Ravi Menon", "new:ravi-menon"),
            ("Anita Rao", "new:anita-rao"),
            ("Delhi Police", "new:delhi-police"),
            ("Menon", "new:ravi-menon"),
        ],
    ),
    (
        "Gunmen abducted 20 pupils from a school in Kaduna State on Thursday. Governor Uba Sani said security "
        "forces were searching the area. The Nigeria Police Force confirmed the attack. Parents gathered at "
        "the gate, said Aisha Bello, whose son was taken.",
        [
            ("Kaduna State", "~place"),
            ("Uba Sani", "new:uba-sani"),
            ("Nigeria Police Force", "new:nigeria-police-force"),
            ("Aisha Bello", "new:aisha-bello"),
        ],
    ),
    (
        "Nurses at Chris Hani Baragwanath Hospital in Soweto staged a sit-in over unpaid overtime. Sipho "
        "Dlamini, a nurse for 20 years, said staff were tired of promises. The Democratic Nursing "
        "Organisation of South Africa (Denosa) backed the protest. Denosa said talks would resume on Monday.",
        [
            ("Chris Hani Baragwanath Hospital", "new:chris-hani-baragwanath-hospital"),
            ("Soweto", "~place"),
            ("Sipho Dlamini", "new:sipho-dlamini"),
            (
                "Democratic Nursing Organisation of South Africa",
                "new:democratic-nursing-organisation-of-south-africa",
            ),
            ("Denosa", "new:democratic-nursing-organisation-of-south-africa"),
            ("Denosa", "new:democratic-nursing-organisation-of-south-africa"),
        ],
    ),
    (
        "The Bureau of Meteorology issued a severe weather warning for south-east Queensland. Forecaster Dean "
        "Narramore said Brisbane could see 150mm of rain. Queensland Fire and Emergency Services received 300 "
        "calls overnight. The BoM expects the rain to ease by Friday.",
        [
            ("Bureau of Meteorology", "new:bureau-of-meteorology"),
            ("Queensland", "~place"),
            ("Dean Narramore", "new:dean-narramore"),
            ("Brisbane", "~place"),
            ("Queensland Fire and Emergency Services", "new:queensland-fire-and-emergency-services"),
            ("BoM", "new:bureau-of-meteorology"),
        ],
    ),
    (
        "Via Rail cancelled trains between Toronto and Montreal after a derailment near Kingston. Transport "
        "Minister Anita Anand said the Transportation Safety Board would investigate. Karen Leblanc said she "
        "waited six hours at Union Station. The TSB sent a team to the site.",
        [
            ("Via Rail", "new:via-rail"),
            ("Toronto", "~place"),
            ("Montreal", "~place"),
            ("Kingston", "~place"),
            ("Anita Anand", "new:anita-anand"),
            ("Transportation Safety Board", "new:transportation-safety-board"),
            ("Karen Leblanc", "new:karen-leblanc"),
            ("TSB", "new:transportation-safety-board"),
        ],
    ),
    (
        "Jollibee Foods Corporation said profit rose 18% in the second quarter. Chief financial officer "
        "Richard Shin said sales in the United States grew fastest. Jollibee plans to open 700 stores this "
        "year. The Philippine Stock Exchange index closed 1.2% higher.",
        [
            ("Jollibee Foods Corporation", "new:jollibee-foods-corporation"),
            ("Richard Shin", "new:richard-shin"),
            ("United States", "USA"),
            ("Jollibee", "new:jollibee-foods-corporation"),
            ("Philippine Stock Exchange", "new:philippine-stock-exchange"),
        ],
    ),
    (
        "The Fairfax County School Board voted 9-3 to move start times later. Board member Karl Frisch said "
        "students needed more sleep. Fairfax Families for Schools opposed the change. Superintendent Michelle "
        "Reid will present a plan in March.",
        [
            ("Fairfax County School Board", "new:fairfax-county-school-board"),
            ("Karl Frisch", "new:karl-frisch"),
            ("Fairfax Families for Schools", "new:fairfax-families-for-schools"),
            ("Michelle Reid", "new:michelle-reid"),
        ],
    ),
    (
        "Yorkshire beat Lancashire by six wickets at Headingley on Sunday. Joe Root made an unbeaten 84. "
        "Lancashire captain Keaton Jennings said his side had batted poorly. Root said the pitch had been "
        "difficult.",
        [
            ("Yorkshire", "new:yorkshire"),
            ("Lancashire", "new:lancashire"),
            ("Joe Root", "new:joe-root"),
            ("Lancashire", "new:lancashire"),
            ("Keaton Jennings", "new:keaton-jennings"),
            ("Root", "new:joe-root"),
        ],
    ),
    (
        "Dangote Cement said it would raise prices by 10% from June. Aliko Dangote told shareholders in Lagos "
        "that fuel costs had tripled. The Manufacturers Association of Nigeria warned that builders would "
        "suffer.",
        [
            ("Dangote Cement", "new:dangote-cement"),
            ("Aliko Dangote", "new:aliko-dangote"),
            ("Lagos", "~place"),
            ("Manufacturers Association of Nigeria", "new:manufacturers-association-of-nigeria"),
        ],
    ),
    (
        "For Immediate Release\n\nKABUL, Afghanistan (March 3, 2012)\nAfghan National Security Forces arrested "
        "two insurgents in Kandahar province yesterday. The insurgents were detained by the Afghan Uniformed "
        "Police.",
        [
            ("Afghanistan", "AFG"),
            ("Afghan National Security Forces", "ANSF"),
            ("Kandahar", "~place"),
            ("Afghan Uniformed Police", "new:afghan-uniformed-police"),
        ],
    ),
    (
        "Transport for London said the Elizabeth line would close for two weekends in May. Passengers told "
        "the BBC the closures were badly timed. Sadiq Khan said the work was needed. London TravelWatch "
        "called for more replacement buses.",
        [
            ("Transport for London", "new:transport-for-london"),
            ("BBC", "BBC"),
            ("Sadiq Khan", "new:sadiq-khan"),
            ("London TravelWatch", "new:london-travelwatch"),
        ],
    ),
    (
        "Mumbai Indians beat Chennai Super Kings by five wickets on Sunday. Rohit Sharma hit 76 off 45 balls. "
        "Chennai had been top of the table before the match. Mumbai captain Hardik Pandya praised the "
        "bowlers.",
        [
            ("Mumbai Indians", "new:mumbai-indians"),
            ("Chennai Super Kings", "new:chennai-super-kings"),
            ("Rohit Sharma", "new:rohit-sharma"),
            ("Chennai", "new:chennai-super-kings"),
            ("Mumbai", "new:mumbai-indians"),
            ("Hardik Pandya", "new:hardik-pandya"),
        ],
    ),
    (
        "A man was found guilty of murder in the NSW Supreme Court on Wednesday. Jason Clarke, 41, killed his "
        "neighbour in 2021, the jury found. Justice Peter Hamill will sentence Clarke in July. NSW Police "
        "said the verdict brought relief to the family.",
        [
            ("NSW Supreme Court", "new:nsw-supreme-court"),
            ("Jason Clarke", "new:jason-clarke"),
            ("Peter Hamill", "new:peter-hamill"),
            ("Clarke", "new:jason-clarke"),
            ("NSW Police", "new:nsw-police"),
        ],
    ),
    (
        "The City of Cape Town said water restrictions would be lifted on Monday. Mayor Geordin Hill-Lewis "
        "said dam levels had reached 95%. Residents in Khayelitsha complained of leaks. The Department of "
        "Water and Sanitation praised the city.",
        [
            ("City of Cape Town", "new:city-of-cape-town"),
            ("Geordin Hill-Lewis", "new:geordin-hill-lewis"),
            ("Khayelitsha", "~place"),
            ("Department of Water and Sanitation", "new:department-of-water-and-sanitation"),
        ],
    ),
    (
        "The Ontario Provincial Police charged two men after a crash on Highway 401. Sergeant Kerry Schmidt "
        "said speed was a factor. In Ottawa, the House of Commons passed a bill on road safety. MP Dan Mazier "
        "said it did not go far enough.",
        [
            ("Ontario Provincial Police", "new:ontario-provincial-police"),
            ("Kerry Schmidt", "new:kerry-schmidt"),
            ("Ottawa", "~place"),
            ("House of Commons", "new:house-of-commons"),
            ("Dan Mazier", "new:dan-mazier"),
        ],
    ),
    (
        "Typhoon Carina forced 600,000 people from their homes in Luzon. PAGASA said winds reached 150 km/h. "
        "Mayor Honey Lacuna suspended classes in Manila. The National Disaster Risk Reduction and Management "
        "Council reported 14 deaths. Maria Santos, a vendor in Marikina, said the water reached her roof.",
        [
            ("Luzon", "~place"),
            ("PAGASA", "new:pagasa"),
            ("Honey Lacuna", "new:honey-lacuna"),
            ("Manila", "~place"),
            (
                "National Disaster Risk Reduction and Management Council",
                "new:national-disaster-risk-reduction-and-management-council",
            ),
            ("Maria Santos", "new:maria-santos"),
            ("Marikina", "~place"),
        ],
    ),
    (
        "Mercy Health will close its hospital in Lorain next year, the company said. Chief executive Edward "
        "Tracy blamed falling patient numbers. Ohio Governor Mike DeWine said the state would help. Linda "
        "Perez, a nurse, said the town would lose 400 jobs.",
        [
            ("Mercy Health", "new:mercy-health"),
            ("Lorain", "~place"),
            ("Edward Tracy", "new:edward-tracy"),
            ("Ohio", "~place"),
            ("Mike DeWine", "new:mike-dewine"),
            ("Linda Perez", "new:linda-perez"),
        ],
    ),
    (
        "Grace Wanjiru won the Nairobi marathon in a record time. Wanjiru trains in Iten with her sister. "
        "Athletics Kenya said she would be picked for the world championships. Peter Kiprop finished second.",
        [
            ("Grace Wanjiru", "new:grace-wanjiru"),
            ("Nairobi", "~place"),
            ("Wanjiru", "new:grace-wanjiru"),
            ("Iten", "~place"),
            ("Athletics Kenya", "new:athletics-kenya"),
            ("Peter Kiprop", "new:peter-kiprop"),
        ],
    ),
]


def _gold_spans(text: str, surfaces: list[str]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    pos: dict[str, int] = {}
    for s in surfaces:
        i = text.find(s, pos.get(s, 0))
        while i >= 0 and any(a <= i < b for a, b in spans):  # "Leeds" inside "Leeds United"
            i = text.find(s, i + 1)
        assert i >= 0, s
        spans.append((i, i + len(s)))
        pos[s] = i + len(s)
    return spans


def development_recall(find: object = find_mentions) -> tuple[int, int]:
    """(found, marked) over DEV_ARTICLES: a marked span counts when a mention overlaps it."""
    arts = read_articles([a for a, _ in DEV_ARTICLES]).articles
    m = find(split_sentences(arts))  # type: ignore[operator]
    found = total = 0
    for (aid, text), (_, gold) in zip(
        arts.select("article_id", "text").iter_rows(), DEV_ARTICLES, strict=True
    ):
        ms = m.filter(pl.col("article_id") == aid).select("char_start", "char_end").rows()
        for a, b in _gold_spans(text, gold):
            total += 1
            found += any(s < b and a < e for s, e in ms)
    return found, total


def test_development_recall() -> None:
    found, total = development_recall()
    assert total == 59
    assert found / total >= 0.9, f"{found}/{total}"


@pytest.mark.parametrize("text", [a for a, _ in DEV_ARTICLES[:3]])
def test_no_palestinian_authority_in_general_news(text: str) -> None:
    assert "PA" not in _mentions(text)["actor_id"].to_list()


def development_scores(find: object = find_mentions) -> dict[str, float]:
    """Over DEV_ACTORS (in-sample): recall of marked spans with the right actor (``~place``: any place or state)
    and with any actor, and precision: the share of mentions that overlap a marked span."""
    arts = read_articles([a for a, _ in DEV_ACTORS]).articles
    m = find(split_sentences(arts))  # type: ignore[operator]
    right = found = total = hits = pred = 0
    for (aid, text), (_, gold) in zip(arts.select("article_id", "text").iter_rows(), DEV_ACTORS, strict=True):
        ms = (
            m.filter(pl.col("article_id") == aid)
            .select("char_start", "char_end", "actor_id", "actor_type")
            .rows()
        )
        spans = _gold_spans(text, [s for s, _ in gold])
        for (a, b), (_, gid) in zip(spans, gold, strict=True):
            over = [(i, t) for s, e, i, t in ms if s < b and a < e]
            total += 1
            found += bool(over)
            right += any(i == gid or (gid == "~place" and t in ("location", "state")) for i, t in over)
        pred += len(ms)
        hits += sum(any(s < b and a < e for a, b in spans) for s, e, _, _ in ms)
    return {"right": right / total, "any": found / total, "precision": hits / pred, "n": total}


def test_development_actor_scores() -> None:
    got = development_scores()
    assert got["n"] == 95
    # in-sample; before round 2's rules: right 0.76, any 0.93, precision 0.97; after: 0.80, 0.97, 0.98
    assert got["right"] >= 0.78, got
    assert got["any"] >= 0.95, got
    assert got["precision"] >= 0.97, got


def test_round2_rules() -> None:
    text = "Dangote Cement said it would raise prices. The Bureau of Hydrology said rain would ease. The BoH said so."
    got = _by_surface(text)
    assert got["Dangote Cement"][:3] == ("new:dangote-cement", "organization", "company")
    assert got["BoH"][:3] == ("new:bureau-of-hydrology", "organization", "short_form")
    rows = _rows("The Democratic Nursing Organisation of South Africa (Denosa) backed it. Denosa said no.")
    denosa = [r[1] for r in rows if r[0] == "Denosa"]
    assert denosa == ["new:democratic-nursing-organisation-of-south-africa"] * 2
    got = _by_surface("Jollibee Foods Corporation said profit rose. Jollibee plans 700 stores.")
    assert got["Jollibee"][:3] == ("new:jollibee-foods-corporation", "organization", "short_form")
    rows = _rows("For Immediate Release\n\nTyphoon Carina hit Luzon. Rohit Sharma hit 76 off 45 balls.")
    surfaces = [r[0] for r in rows]
    assert "Immediate Release" not in surfaces and "Typhoon Carina" not in surfaces
    assert ("Rohit Sharma", "new:rohit-sharma", "person", "given_name") in rows


# --------------------------------------------------------------------------- issue 19, round 3 (set-5 error causes)


def test_acronym_name_with_demonym_first_word() -> None:
    # a demonym spelling the acronym's first capital starts the name ("not_name_words" alone start none)
    text = (
        "Ministers from 12 states signed the Asian Coastal Shipping Compact (AsCSC) in Manila on Friday. "
        "Vietnam said it would ratify the AsCSC next year."
    )
    rows = _by_surface(text)
    assert rows["Asian Coastal Shipping Compact"][:3] == (
        "new:asian-coastal-shipping-compact",
        "organization",
        "acronym_name",
    )
    m = _mentions(text).filter(pl.col("surface") == "AsCSC")
    assert m.height == 2 and set(m["actor_id"]) == {"new:asian-coastal-shipping-compact"}


def test_events_are_not_actors() -> None:
    # a place naming an event is no mention (the event's own name, discovered, stays as type other); an
    # organisation named after an event (a capitalised word after the head) stays
    text = (
        "Jane Kiptoo of Kenya won the 2021 Berlin Marathon on Sunday, ahead of runners from Germany. "
        "She also ran at the World Athletics Championships in Doha last year. "
        "The Paris Olympic Games Organising Committee met in Paris."
    )
    surfaces = _mentions(text)["surface"].to_list()
    assert "Berlin" not in surfaces and "World Athletics Championships" in surfaces
    assert {"Kenya", "Germany", "Doha", "Paris Olympic Games Organising Committee", "Paris"} <= set(surfaces)


def test_party_adjectives_and_the_house_need_evidence() -> None:
    us = (
        "Senator Ann Cole, a Republican, spoke in Washington on Tuesday. "
        "Republican Kevin Hale objected, but the House passed the bill. "
        "The House Ethics Committee will meet on Friday."
    )
    rows = _mentions(us).select("surface", "actor_id").rows()
    assert rows.count(("Republican", "REPUBLICANS")) == 2
    assert ("House", "US_CONGRESS") in rows and ("Kevin Hale", "new:kevin-hale") in rows
    assert ("House Ethics Committee", "new:house-ethics-committee") in rows
    # a word of a longer name is no mention of the party; with no evidence the adjective is no mention at all
    iraq = _mentions("Troops of the Republican Guard fought near Baghdad, the army said.")
    assert "REPUBLICANS" not in iraq["actor_id"].to_list() and "Republican Guard" in iraq["surface"].to_list()
    nz = _mentions("A Republican mural was unveiled in Dunedin on Monday.")
    assert "REPUBLICANS" not in nz["actor_id"].to_list()


def test_dictionary_name_inside_a_longer_name() -> None:
    text = (
        "Voters in West Texas and New Hampshire went to the polls, as did those in Northern California. "
        "The Liberal Democrats and Change UK lost seats in Britain. President Putin met the US envoy in Moscow. "
        "Floods hit towns in North Poland."
    )
    rows = _by_surface(text)
    assert rows["West Texas"][:3] == ("new:west-texas", "location", "prefixed_name")
    assert _mentions(text).filter(pl.col("surface") == "West Texas")["is_place"].to_list() == [True]
    assert rows["Northern California"][0] == "new:northern-california"
    assert rows["Liberal Democrats"][:2] == ("new:liberal-democrats", "organization")
    assert rows["Change UK"][:2] == ("new:change-uk", "other")
    assert "Texas" not in rows and "California" not in rows and "Democrats" not in rows
    # titles, demonyms and other mentions do not grow a name; a compass word before a state names a part of it
    assert (
        rows["President Putin"][0] == "vladimir-putin"
        and rows["US"][0] == "USA"
        and rows["Britain"][0] == "GBR"
    )
    assert rows["Poland"][0] == "POL"


def test_parliament_named_alone_is_the_states_body() -> None:
    text = (
        "Canada's Liberal government lost its majority in Parliament on Tuesday, Ottawa officials said. "
        "The European Parliament sent its regrets. Parliament will sit again in May."
    )
    rows = _mentions(text).select("surface", "actor_id", "rule").rows()
    assert rows.count(("Parliament", "CAN", "institution")) == 2
    assert ("European Parliament", "EP", "alias") in rows


def test_us_and_australian_states_are_places() -> None:
    rows = _by_surface("Storms hit Louisiana and Colorado, while voters in Queensland and Tasmania waited.")
    assert rows["Louisiana"][:2] == ("LOUISIANA", "location") and rows["Colorado"][0] == "COLORADO"
    assert rows["Queensland"][0] == "QUEENSLAND" and rows["Tasmania"][0] == "TASMANIA"


def test_origin_currency_region_adjective_and_plural_titles() -> None:
    m = _mentions(
        "Second place went to Maria Lopez and Ana Ruiz, both from Mexico, while Ken Abe, also from Japan, was "
        "fourth. Thousands fled from Sudan."
    )
    place = dict(m.select("surface", "is_place").rows())
    assert place["Mexico"] is False and place["Japan"] is False and place["Sudan"] is True
    rows = _rows(
        "Trade worth US$3 billion is paid in U.S. dollars, while the Australian dollar fell and Egypt won the vote. "
        "The pact could rival North American and West African trade blocs, Ghana said. "
        "Unlike Senators, who serve six-year terms, members stand every two years."
    )
    assert [r[0] for r in rows] == ["Egypt", "Ghana"]


def test_sentence_initial_word_joins_a_longer_name_seen_elsewhere() -> None:
    rows = (
        _mentions(
            "The Liberal Democrats lost seats in Leeds. Liberal Democrats are to find a new leader. Democrats in Ohio cheered."
        )
        .select("sentence_id", "surface", "actor_id")
        .rows()
    )
    assert (1, "Liberal Democrats", "new:liberal-democrats") in rows and (2, "Democrats", "DEMOCRATS") in rows


def test_federal_government_of_a_state() -> None:
    rows = (
        _mentions("About a quarter of the U.S. federal government is closed, officials said.")
        .select("surface", "actor_id", "is_place", "rule")
        .rows()
    )
    assert rows == [("U.S. federal government", "USA", False, "state_role")]


def test_party_before_a_surname_is_the_party_then_the_person() -> None:
    rows = (
        _mentions(
            "State Senator Mary Ann Hale spoke in Ohio on Monday. Democrat Hale, a former teacher, was first elected in 2012."
        )
        .select("sentence_id", "surface", "actor_id")
        .rows()
    )
    assert (1, "Democrat", "DEMOCRATS") in rows and (1, "Hale", "new:mary-ann-hale") in rows


# --------------------------------------------------------------------------- every proper name (issue 19, part 2)


def test_census_given_name_makes_a_person_and_its_surname_links():
    # "Marguerite" is not in the hand list of given names, but in the census list: a person, and the later
    # lone surname is that person, also as a possessive after a place preposition
    text = (
        "Marguerite Okafor won the mayoral race on Tuesday. Voters in the county backed Okafor by a wide margin. "
        "Reporters gathered outside Okafor's office."
    )
    m = _mentions(text)
    rows = m.select("surface", "actor_id", "actor_type").rows()
    assert ("Marguerite Okafor", "new:marguerite-okafor", "person") in rows
    later = m.filter(pl.col("surface") == "Okafor")
    assert later.height == 2
    assert set(later["actor_id"]) == {"new:marguerite-okafor"}
    assert not m.filter(pl.col("surface").str.contains("Okafor"))["is_place"].any()


def test_census_given_name_possessive_after_preposition_is_no_place():
    m = _by_surface("Investigators looked into Gertrude Halvorsen's accounts on Monday.")
    assert m["Gertrude Halvorsen"][1] == "person"


def test_common_word_given_names_start_no_person():
    # census names that are common words ("Will", "Summer", "Hope") start no person's name
    m = _mentions(
        "Tickets for Summer Fest went on sale, and the owners of Hope Springs Farm reopened the shop."
    )
    assert "person" not in m.filter(pl.col("surface").str.starts_with("Summer"))["actor_type"].to_list()
    assert "person" not in m.filter(pl.col("surface").str.starts_with("Hope"))["actor_type"].to_list()


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "The board voted on Monday, and Brannigan said the plan would cost more than expected.",
            "Brannigan",
        ),
        ("Lawyers for the families are suing Vantorell over the collapse.", "Vantorell"),
        ("The committee asked Delacroix-Mbeki to testify next month.", "Delacroix-Mbeki"),
        ("Polls show the senator trailing Ostrowski by four points.", "Ostrowski"),
        ("The deal between Kestrova and Halden collapsed in March.", "Kestrova"),
        ("Voters were not moved by Pemberton's promises on housing.", "Pemberton"),
    ],
)
def test_one_word_name_with_evidence_is_kept(text, name):
    m = _mentions(text).filter(pl.col("surface") == name)
    assert m.height == 1
    assert m["actor_id"][0] == "new:" + name.lower()
    assert m["rule"][0] == "name_word"


def test_one_word_name_with_a_pronoun_after_is_a_person():
    m = _by_surface("In a statement, Brannigan said he would not stand again.")
    assert m["Brannigan"][1:3] == ("person", "name_word")


@pytest.mark.parametrize(
    "text",
    [
        "Critics said the plan was rushed.",  # a plural common noun first in its sentence
        "Meanwhile the river kept rising.",
        "Health workers said Ebola had spread to two more villages.",  # a disease
        "Shops will close early on Christmas and reopen on Boxing Day.",
        "The vote was set for Oct. 14, officials said.",  # an abbreviated month
        "Nearly 2 million Gazans fled, aid agencies said.",  # a people counted
        "Officials met at the Institut National de Recherche to discuss the outbreak.",
        'He said: "Deeply saddened by the news."',  # a quoted sentence's first word
        "The Fed raised rates again.",  # after a determiner
        "Floods hit Springfield, Illinois, on Monday, and Springfield officials said roads were shut.",
    ],
)
def test_capitalised_words_that_are_no_one_word_actor(text):
    m = _mentions(text)
    assert m.filter(pl.col("rule") == "name_word").height == 0


def test_one_word_without_evidence_is_left_out():
    # no verb, possessive, coordination or second mention: left to the place finder, not an actor
    m = _mentions("The ferry to Tobermory was cancelled, and Rafale jets flew over the bay.")
    assert m.filter(pl.col("rule") == "name_word").height == 0


def test_sentence_initial_word_is_a_name_when_written_mid_sentence_too():
    text = "Halvorsen resigned from the board on Monday after a long row. The board thanked Halvorsen for his work."
    m = _mentions(text).filter(pl.col("surface") == "Halvorsen")
    assert m.height == 2
    assert m["actor_id"].n_unique() == 1


def test_first_word_of_a_name_with_a_particle_refers_back():
    text = "Khalid bin Rashid, the chairman, opened the session. Later Khalid told reporters the vote would wait."
    m = _mentions(text)
    khalid = m.filter(pl.col("surface") == "Khalid")
    assert khalid.height == 1
    assert khalid["actor_id"][0] == "new:khalid-bin-rashid"
    assert khalid["actor_type"][0] == "person"


def test_person_of_an_organisation_is_split_from_it():
    # "<name> of <organisation> said": the person and the organisation, not one organisation
    rows = _rows(
        "Tormod Lysne of Vestland Fire and Rescue said no crews would enter the building. "
        "Vestland Fire and Rescue asked neighbouring services for help."
    )
    assert ("Tormod Lysne", "new:tormod-lysne", "person", "name_verb") in rows
    orgs = [r for r in rows if r[0] == "Vestland Fire and Rescue"]
    assert len(orgs) == 2
    assert {r[2] for r in orgs} == {"organization"}


@pytest.mark.parametrize(
    "text, surface",
    [
        ("The council thanked Mayor Rosa Delgado for her work.", "Mayor Rosa Delgado"),
        ("The governor declined Prime Minister Tomas Varga's offer to resign.", "Prime Minister Tomas Varga"),
        (
            "Lawmakers questioning Chief Inspector Hal Brooks asked about the delay.",
            "Chief Inspector Hal Brooks",
        ),
    ],
)
def test_a_verb_before_a_title_is_not_part_of_it(text, surface):
    assert surface in [r[0] for r in _rows(text)]


@pytest.mark.parametrize(
    "text, full, short",
    [
        ("Navy chief Adm. Darnell Whitcombe Jr. inspected the ship. Whitcombe said it was ready.",
         "new:darnell-whitcombe-jr", "Whitcombe"),
        ("Interior Minister Tomasz Wiśniewski ordered checks. Later Wisniewski also ordered new rules.",
         "new:tomasz-wisniewski", "Wisniewski"),
        ("Police chief Ramon Ibarra Colón spoke first. Reporters asked Ibarra about the arrests.",
         "new:ramon-ibarra-colon", "Ibarra"),
    ],
)  # fmt: skip
def test_lone_surname_joins_the_full_name(text, full, short):
    # a suffix ("Jr."), a name written without its diacritics, the first of two surnames
    m = _mentions(text)
    assert m.filter(pl.col("surface") == short)["actor_id"].to_list() == [full]


# --------------------------------------------------------------------------- second round (issue 19)


def test_short_body_sentence_with_a_verb_is_no_headline():
    """ "Hargreave resigned on Monday." ends with a full stop and has a lower-case verb: body text, not a headline,
    so its first word may be a name; a title-case line without a full stop stays a headline."""
    assert ("Hargreave", "new:hargreave", "other", "name_word") in _rows("Hargreave resigned on Monday.")
    assert not [r for r in _rows("Vantorell Wins Big In Tight Race") if r[0] == "Vantorell"]


def test_title_abbreviation_at_the_end_of_a_sentence_is_no_name():
    """A sentence cut after "Sen." (the splitter's mistake) leaves no name "Sen"."""
    assert not [r for r in _rows("The measure was backed by Sen.") if r[0] == "Sen"]


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Ostrowe signed the contract on Friday.", "Ostrowe", True),
        ("Kelvane's lawyers filed an appeal.", "Kelvane", True),
        ("Brandvik and Solheim agreed to meet again.", "Brandvik", True),
        ("Pendergast says he will run again.", "Pendergast", True),
        ("Officials said the road would reopen.", "Officials", False),
        ("Critics say the plan is too costly.", "Critics", False),
        ("Residents said they heard a blast.", "Residents", False),
        ("Meanwhile, prices rose.", "Meanwhile", False),
    ],
)
def test_sentence_initial_word_with_a_verb_of_actors_after_it(text, surface, expected):
    """A sentence's first word is a one-word name when a verb of actors, a possessive or "and" with a name follows;
    never a common starter ("Officials", "Critics"); a word in -s only with a verb in -s."""
    assert bool([r for r in _rows(text) if r[0] == surface]) is expected


@pytest.mark.parametrize(
    ("text", "surface", "state"),
    [
        (
            "The Democratic Republic of Congo Health Ministry said 40 people had died.",
            "Democratic Republic of Congo Health Ministry",
            "COD",
        ),
        ("The Ministry of Health of Peru reported 200 new cases.", "Ministry of Health of Peru", "PER"),
        ("Toronto Police said two men were arrested.", "Toronto Police", "CAN"),
    ],
)
def test_a_state_named_inside_a_public_body_owns_it(text, surface, state):
    """A body of the state whose name holds a state or one of its places is that state's (here in a story that
    also names Kenya, so the article's main state is not taken instead)."""
    m = _by_surface("Kenya and Kenya held talks in Nairobi. " + text)
    assert m[surface][0] == state


def test_oval_office_and_demonyms_inside_a_name_give_no_owner():
    """A dictionary name that is itself the whole body ("Oval Office") and a demonym after "of" ("Department of
    French") are no owners."""
    m = _by_surface("The President spoke from the Oval Office on Friday.")
    assert m["Oval Office"][1] == "location"


def test_a_qualifier_does_not_start_an_organisation():
    """ "Retired Army General Tomas Hale": "Retired" is a qualifier, not the first word of "Retired Army"."""
    m = _by_surface("Retired Army General Tomas Hale said the plan had failed.")
    assert "Retired Army" not in m
    assert m["General Tomas Hale"][:2] == ("new:tomas-hale", "person")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Worshippers gathered at the Sultan Qaboos Grand Mosque on Friday.", "Sultan Qaboos Grand Mosque"),
        ("Output from the Johan Sverdrup oil field rose in May.", "Johan Sverdrup"),
        ("Omar Hassan Street was closed after the blast.", "Omar Hassan Street"),
    ],
)
def test_facilities_are_places_not_people(text, surface):
    """A name that ends in a facility head or is followed by a facility noun is a place (rule ``facility``)."""
    m = _by_surface(text)
    assert m[surface][1:3] == ("location", "facility")


def test_surnames_that_are_facility_heads_stay_people():
    """ "Dr Anne Field", "Stuart Hall": a two-word name or a courtesy title keeps a person."""
    m = _by_surface("Dr Anne Field said the results were clear. Stuart Hall said he agreed.")
    assert m["Dr Anne Field"][1] == "person"
    assert m["Stuart Hall"][1] == "person"


# ---------------------------------------------------------------- third round: typing names by their article


def test_hyphenated_acronym_is_one_organisation_named_by_its_description() -> None:
    text = (
        "The regulator fined broadcast corporation KTV-RNB on Monday. "
        "KTV-RNB said it would appeal the ruling in court."
    )
    rows = [r for r in _rows(text) if r[0].startswith("KTV")]
    assert [r[0] for r in rows] == ["KTV-RNB", "KTV-RNB"]
    assert {(r[1], r[2]) for r in rows} == {("new:ktv-rnb", "organization")}


def test_dictionary_states_joined_by_a_hyphen_stay_apart() -> None:
    ids = [r[1] for r in _rows("Officials prepared for the US-China talks in Geneva on Friday.")]
    assert "USA" in ids and "CHN" in ids


def test_bracketed_short_form_makes_a_name_an_organisation_in_every_sentence() -> None:
    text = (
        "Silver Tide Hikari (Hikari) announced the signing of two wrestlers on Sunday. "
        "Hikari said both would appear in March."
    )
    rows = _rows(text)
    assert {r[0] for r in rows} == {"Silver Tide Hikari", "Hikari"}
    assert {r[2] for r in rows} == {"organization"}


def test_organisation_noun_before_a_name_types_it() -> None:
    got = {
        r[0]: r[2]
        for r in _rows("Shares of carmaker Veltrona Mobility fell after Veltrona Mobility cut its forecast.")
    }
    assert got == {"Veltrona Mobility": "organization"}


def test_the_in_mid_sentence_starts_a_publication() -> None:
    got = {r[0]: (r[2], r[3]) for r in _rows("The senator told The Harbour Courier that she would resign.")}
    assert got["Harbour Courier"][0] == "organization"


def test_short_form_of_a_public_body_takes_its_state() -> None:
    text = (
        "Manila officials met on Monday. The National Broadcasting Regulatory Commission (NBRC) ordered the Philippine "
        "station off the air. The NBRC refused to grant a licence."
    )
    m = _mentions(text)
    assert set(m.filter(pl.col("surface") == "NBRC")["actor_id"].to_list()) == {"PHL"}


def test_body_of_a_region_named_first_belongs_to_its_state() -> None:
    text = (
        "The Nevada Department of Public Safety (NevSafe) said two roads were closed. "
        "NevSafe reopened them on Friday."
    )
    m = _mentions(text)
    got = dict(m.select("surface", "actor_id").rows())
    assert got["Nevada Department of Public Safety"] == "USA"
    assert got["NevSafe"] == "USA"


def test_port_authority_keeps_port_and_its_short_form_follows() -> None:
    text = (
        "Ms Rowan was an official of the Port Authority of New York and New Jersey. "
        "The bridge is run by the Port Authority."
    )
    m = _mentions(text)
    got = dict(m.select("surface", "actor_id").rows())
    assert got["Port Authority of New York and New Jersey"] == "USA"
    assert got["Port Authority"] == "USA"


def test_federal_administration_and_capitalised_government_are_state_bodies() -> None:
    text = (
        "The Federal Railroad Administration opened an inquiry in Ohio. "
        "The UK Government announced new rules for London buses."
    )
    got = dict(_mentions(text).select("surface", "actor_id").rows())
    assert got["Federal Railroad Administration"] == "USA"
    assert got["UK Government"] == "GBR"


def test_names_of_documents_are_no_actors() -> None:
    text = (
        "Lawmakers amended the Coastal Fisheries Act last year. "
        "The court cited Kiribati's Interim Constitution and the Harbour Pilots Law in its ruling."
    )
    surfaces = [r[0] for r in _rows(text)]
    assert not any(s.startswith(("Coastal", "Interim", "Harbour")) for s in surfaces)


def test_hyphenated_code_with_digits_is_no_acronym() -> None:
    surfaces = [
        r[0] for r in _rows("Patients given the antibody KVX-TR7 recovered faster, the researchers said.")
    ]
    assert not any("KVX" in s for s in surfaces)


# --------------------------------------------------------------------------- the data files


def _duplicates(node: object, path: str) -> list[str]:
    out: list[str] = []
    if isinstance(node, list):
        seen: set[str] = set()
        for k, v in enumerate(node):
            if isinstance(v, (list, dict)):
                out += _duplicates(v, f"{path}[{k}]")
            elif str(v) in seen:
                out.append(f"{path}: {v}")
            else:
                seen.add(str(v))
    elif isinstance(node, dict):
        for key, v in node.items():
            out += _duplicates(v, f"{path}.{key}")
    return out


@pytest.mark.parametrize("name", ["actors_general.yaml", "actors_rules.yaml", "actors.yaml"])
def test_no_list_of_the_actor_data_has_duplicates(name: str) -> None:
    assert _duplicates(load_yaml(name), name) == []


def test_missing_census_given_names_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    from toolkit.extract.actors import rules

    monkeypatch.setattr(rules, "data_path", lambda name: tmp_path / name)
    with pytest.raises(FileNotFoundError, match="given_names_gender.csv"):
        rules._census_given({}, frozenset(), frozenset())
