"""Quotes and speakers: hand-annotated invented articles, robustness and the sources table."""

from __future__ import annotations

import re

import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from toolkit.core.resources import load_yaml
from toolkit.core.schema import SCHEMAS, empty, validate
from toolkit.extract.quotes import extract_quotes, quoted_spans, summarise_sources
from toolkit.extract.quotes.lexicon import _cue_regex, _lexicon
from toolkit.extract.quotes.scan import _cue_spans, _full_names, _scan
from toolkit.io.loading import read_articles
from toolkit.text.tokenize import split_paragraphs, split_sentences

# --------------------------------------------------------------------------- invented articles

SUDAN = """PORT SUDAN, June 3 (Reuters) - Sudan's army said on Monday it had repelled an attack on El Fasher, while the Rapid Support Forces (RSF) called the claim "pure propaganda".
"Our forces are in full control of the city and the enemy has suffered heavy losses," army spokesman Nabil Abdallah said in a statement.
"We will not negotiate while they occupy our homes," he added.
Aid workers described a desperate situation. "There is no food, no water and no medicine," said Mathilde Vu, an advocacy manager with the Norwegian Refugee Council. "Children are dying every day."
More than 10 million people have been forced from their homes, what aid agencies have called the world's largest "displacement crisis".
Abdel Fattah al-Burhan, the army chief, told a rally in Omdurman: "This war will end only with victory.
"We owe it to the martyrs."
A senior RSF commander, who asked not to be named, told Reuters the group was "ready for talks" but would not withdraw."""

# (quote, kind, cue, speaker_surface): worked out by hand
SUDAN_EXPECTED = [
    ("pure propaganda", "partial", "call", "Rapid Support Forces"),
    ("Our forces are in full control of the city and the enemy has suffered heavy losses,", "direct", "say", "Nabil Abdallah"),
    ("We will not negotiate while they occupy our homes,", "direct", "add", "Nabil Abdallah"),  # "he added"
    ("There is no food, no water and no medicine,", "direct", "say", "Mathilde Vu"),  # "said Mathilde Vu"
    ("Children are dying every day.", "direct", "say", "Mathilde Vu"),  # next quote, same speaker
    ("displacement crisis", "partial", "call", "aid agencies"),
    ("This war will end only with victory.", "direct", "tell", "Abdel Fattah al-Burhan"),  # multi-paragraph
    ("We owe it to the martyrs.", "direct", "tell", "Abdel Fattah al-Burhan"),
    ("ready for talks", "partial", "tell", "A senior RSF commander"),
]

UKRAINE = """KYIV, Ukraine (AP) — Ukrainian President Volodymyr Zelenskyy urged Western allies on Tuesday to speed up deliveries of air defense systems, warning that Russia was preparing “a new wave” of strikes.
“Every day of delay costs lives,” Zelenskyy said in his nightly address. “We need Patriots, not promises.”
Russia’s Foreign Ministry spokeswoman Maria Zakharova dismissed the appeal as “hysteria.”
“The Kyiv regime says it wants ‘peace,’ but it keeps asking for more weapons,” she wrote on Telegram.
Małgorzata Wójcik, 34, a nurse in Kharkiv, said the shelling had not stopped for three nights. “We sleep in the corridor with the children,” she said. “I don’t remember the last quiet night.”
NATO Secretary-General Jens Stoltenberg told reporters in Brussels: “Ukraine can count on us.”
The so-called “grain corridor” remains open, officials said."""

UKRAINE_EXPECTED = [
    ("a new wave", "partial", "warn", "Volodymyr Zelenskyy"),  # "warning" takes the subject of "urged"
    ("Every day of delay costs lives,", "direct", "say", "Zelenskyy"),
    ("We need Patriots, not promises.", "direct", "say", "Zelenskyy"),
    ("hysteria.", "partial", "dismiss", "Maria Zakharova"),
    ("The Kyiv regime says it wants ‘peace,’ but it keeps asking for more weapons,", "direct", "write", "Maria Zakharova"),
    ("We sleep in the corridor with the children,", "direct", "say", "Małgorzata Wójcik"),  # "she said"
    ("I don’t remember the last quiet night.", "direct", "say", "Małgorzata Wójcik"),
    ("Ukraine can count on us.", "direct", "tell", "Jens Stoltenberg"),
    ("grain corridor", "term", None, None),  # scare quotes
]

GAZA = """Israel’s military said it had struck ‘terror targets’ in Khan Younis overnight.
The Gaza health ministry said at least 40 people were killed.
‘We were sleeping when the roof fell on us,’ said Amal Abu Shawish, a mother of four. ‘My son is still under the rubble.’
Speaking to the BBC, Ms Abu Shawish added that the family had nowhere left to go.
Ceasefire talks ‘at a dead end’
A Qatari official told the BBC the negotiations were “at a dead end”, blaming both sides.
Egypt’s foreign minister Sameh Shoukry said Cairo would keep pushing for a deal, adding: “There is no alternative to diplomacy.
The Israeli prime minister’s office described Hamas’s demands as ‘delusional’."""

GAZA_EXPECTED = [
    ("terror targets", "partial", "say", "Israel’s military"),
    ("We were sleeping when the roof fell on us,", "direct", "say", "Amal Abu Shawish"),
    ("My son is still under the rubble.", "direct", "say", "Amal Abu Shawish"),
    ("at a dead end", "partial", None, None),  # a quoted subheading has no speaker
    ("at a dead end", "partial", "tell", "A Qatari official"),
    ("There is no alternative to diplomacy.", "direct", "add", "Sameh Shoukry"),  # never closed: ends with its paragraph
    ("delusional", "partial", "describe", "The Israeli prime minister’s office"),
]

KENYA = """NAIROBI, Kenya - Opposition leader Raila Odinga rejected the results on Sunday, calling the vote "a sham".
"We will go to court," Odinga told supporters in Kibera, "and we will win there."
The electoral commission chairman, Wafula Chebukati, said the count was "free, fair and credible".
"Nobody is above the law," said Chebukati. "Not even the president."
The ruling party's secretary general was quoted as saying the opposition had "lost touch with reality".
Turnout was 64.8 percent, according to the commission.
"This is a 'victory' for nobody," a Western diplomat said, according to the Daily Nation.
Analyst Nanjala Nyabola: "The real test is what happens on the streets."
A 5" screen and a "free" phone were offered to voters, opposition agents alleged."""

KENYA_EXPECTED = [
    ("a sham", "partial", "call", "Raila Odinga"),
    ("We will go to court,", "direct", "tell", "Odinga"),
    ("and we will win there.", "direct", "tell", "Odinga"),  # second half of a split quote
    ("free, fair and credible", "partial", "say", "Wafula Chebukati"),  # appositive name
    ("Nobody is above the law,", "direct", "say", "Chebukati"),
    ("Not even the president.", "direct", "say", "Chebukati"),
    ("lost touch with reality", "partial", "quoted as saying", "The ruling party's secretary general"),
    ("This is a 'victory' for nobody,", "direct", "say", "a Western diplomat"),  # nested marks: outer span only
    ("The real test is what happens on the streets.", "direct", None, "Nanjala Nyabola"),  # "Name: ..."
    ("free", "partial", "allege", "opposition agents"),  # the inch mark in 5" is no quote
]

WASHINGTON = """WASHINGTON (AP) — The White House on Thursday rejected what it called "baseless" claims by Republicans that aid to Ukraine was being wasted.
"Every dollar is accounted for," White House press secretary Karine Jean-Pierre told reporters. "We have been very clear about that."
In a statement, the Pentagon said: "Oversight mechanisms are robust and working."
Rep. Marjorie Taylor Greene, a Georgia Republican, said in a post on X that the administration was "lying to the American people."
"Where is the money going?" asked Sen. Rand Paul. "Nobody can tell us."
Mr Johnson said the House would vote next week.
Greene disagreed. "It's a disgrace," she said. "An absolute disgrace!"
Zelenskyy thanked Congress in a video address, saying Ukraine would "never forget" American support."""

WASHINGTON_EXPECTED = [
    ("baseless", "partial", "call", "White House"),  # "what it called": "it" is the sentence's subject
    ("Every dollar is accounted for,", "direct", "tell", "Karine Jean-Pierre"),
    ("We have been very clear about that.", "direct", "tell", "Karine Jean-Pierre"),
    ("Oversight mechanisms are robust and working.", "direct", "say", "Pentagon"),
    ("lying to the American people.", "partial", "say", "Marjorie Taylor Greene"),  # title "Rep." dropped
    ("Where is the money going?", "direct", "ask", "Rand Paul"),
    ("Nobody can tell us.", "direct", "ask", "Rand Paul"),
    ("It's a disgrace,", "direct", "say", "Greene"),  # "she": the name opening the previous sentence
    ("An absolute disgrace!", "direct", "say", "Greene"),
    ("never forget", "partial", "say", "Zelenskyy"),  # "saying" with the sentence's subject
]

ARTICLES = {"sudan": (SUDAN, SUDAN_EXPECTED), "ukraine": (UKRAINE, UKRAINE_EXPECTED), "gaza": (GAZA, GAZA_EXPECTED),
            "kenya": (KENYA, KENYA_EXPECTED), "washington": (WASHINGTON, WASHINGTON_EXPECTED)}  # fmt: skip


def _run(*texts: str, mentions: pl.DataFrame | None = None) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    arts = read_articles(list(texts)).articles
    sents = split_sentences(arts)
    return arts, sents, extract_quotes(sents, arts, mentions=mentions)


@pytest.mark.parametrize("name", list(ARTICLES))
def test_hand_annotated_article(name):
    text, expected = ARTICLES[name]
    arts, _, q = _run(text)
    got = q.select("quote", "kind", "cue", "speaker_surface").rows()
    assert got == expected
    validate(q, "quotes")
    assert q.columns == list(SCHEMAS["quotes"])


@pytest.mark.parametrize("name", list(ARTICLES))
def test_offsets_round_trip(name):
    arts, _, q = _run(ARTICLES[name][0])
    body = arts["text"][0]
    for row in q.iter_rows(named=True):
        assert body[row["char_start"] : row["char_end"]] == row["quote"]
        if row["speaker_char_start"] is not None:
            assert body[row["speaker_char_start"] : row["speaker_char_end"]] == row["speaker_surface"]


def test_sentence_and_paragraph_ids_point_at_the_quote():
    arts, sents, q = _run(SUDAN)
    joined = q.join(sents.select("article_id", "sentence_id", pl.col("char_start").alias("s0"),
                                 pl.col("char_end").alias("s1"), pl.col("paragraph_id").alias("p")),
                    on=["article_id", "sentence_id"])  # fmt: skip
    assert joined.height == q.height
    assert joined.filter((pl.col("char_start") < pl.col("s0")) | (pl.col("char_start") >= pl.col("s1"))).height == 0
    assert (joined["p"] == joined["paragraph_id"]).all()


def test_multi_paragraph_quote_is_flagged_continued():
    _, _, q = _run(SUDAN)
    cont = q.filter(pl.col("continued"))["quote"].to_list()
    assert cont == ["This war will end only with victory."]


def test_attribution_rules_recorded():
    _, _, q = _run(SUDAN)
    assert q["attribution"].to_list() == [
        "before", "after", "pronoun", "after", "previous_quote", "before", "before", "previous_quote", "before",
    ]  # fmt: skip


def test_split_quote_and_according_to_and_pronoun():
    text = (
        "Prime Minister Kaja Kallas met Olaf Scholz in Tallinn.\n"
        "“We are not afraid,” she told reporters, “and we will not be intimidated.”\n"
        "According to the Kremlin, the talks were “a provocation”.\n"
        "“There will be no ceasefire without guarantees,” according to a statement from Kyiv."
    )
    _, _, q = _run(text)
    assert q.select("quote", "kind", "cue", "speaker_surface").rows() == [
        ("We are not afraid,", "direct", "tell", "Kaja Kallas"),
        ("and we will not be intimidated.", "direct", "tell", "Kaja Kallas"),
        ("a provocation", "partial", "according to", "Kremlin"),
        ("There will be no ceasefire without guarantees,", "direct", "according to", "a statement from Kyiv"),
    ]


def test_labelled_word_is_partial_with_the_labeller_as_speaker():
    text = "Troops raided the hospital in an operation Hamas has labelled “criminal”."
    _, _, q = _run(text)
    assert q.select("quote", "kind", "cue", "speaker_surface").row(0) == ("criminal", "partial", "label", "Hamas")


def test_scare_quotes_have_no_speaker():
    _, _, q = _run("The “humanitarian pause” began at dawn as trucks queued at the crossing.")
    assert q.select("kind", "cue", "speaker_surface").row(0) == ("term", None, None)


def test_participle_after_absolute_clause():
    text = "Fighting went on, with Israeli forces raiding the hospital, claiming to have killed 150 “terrorists”."
    _, _, q = _run(text)
    assert q.select("kind", "speaker_surface").row(0) == ("partial", "Israeli forces")


def test_pronoun_takes_the_nearest_earlier_speaker():
    text = (
        "“Talks are over,” Sudanese envoy Omar Siddig said on Monday.\n"
        "UN envoy Ramtane Lamamra met delegates in Jeddah on Tuesday. “We keep trying,” he said."
    )
    _, _, q = _run(text)
    assert q.select("quote", "cue", "speaker_surface", "attribution").rows() == [
        ("Talks are over,", "say", "Omar Siddig", "after"),
        ("We keep trying,", "say", "Ramtane Lamamra", "pronoun"),  # the later name, not the earlier speaker
    ]


def test_cues_of_sentences_without_quotes_still_attribute_later_quotes():
    # cues are read lazily: the ones a quote needs (here the previous paragraph's) must still count
    text = (
        "The health ministry in Gaza said 31,988 people had been killed. Officials said aid was blocked.\n"
        "Kenya’s electoral commission chairman Wafula Chebukati said the count was complete.\n"
        "“The results are final.”\n"
        "“We will not give up,” said Ismail Haniyeh. “Never,” he added."
    )
    _, _, q = _run(text)
    assert q.select("quote", "cue", "speaker_surface", "attribution").rows() == [
        ("The results are final.", "say", "Wafula Chebukati", "previous_clause"),
        ("We will not give up,", "say", "Ismail Haniyeh", "after"),
        ("Never,", "add", "Ismail Haniyeh", "pronoun"),
    ]


def test_group_pronoun_skips_a_person_speaker():
    text = (
        "“We will rebuild,” army spokesman Nabil Abdallah said.\n"
        "The paramilitary Rapid Support Forces rejected the offer. “This is theatre,” they said in a statement."
    )
    _, _, q = _run(text)
    assert q["speaker_surface"].to_list() == ["Nabil Abdallah", "Rapid Support Forces"]


# --------------------------------------------------------------------------- reported speech (held-out error types)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fragment in the complement of "said ... was" / "told X that"
        ("UN rights chief Volker Türk said the siege of the camp amounted to “collective punishment”.",
         ("collective punishment", "partial", "say", "Volker Türk")),
        ("Kremlin aide Yuri Ushakov told journalists that Kyiv kept ignoring “the facts on the ground”.",
         ("the facts on the ground", "partial", "tell", "Yuri Ushakov")),
        # one word, after an appositive name and "has previously" between subject and verb
        ("The navy’s spokesman, Captain Dmytro Pletenchuk, has repeatedly said the drones were “neutralised”.",
         ("neutralised", "partial", "say", "Dmytro Pletenchuk")),
        # ", and that ..." and ", but only ..." go on with what was said
        ("The health minister said wards were full, and that the Nasser complex was “barely functioning”.",
         ("barely functioning", "partial", "say", "The health minister")),
        ("Beijing’s envoy said China backed a ceasefire, but only under “a fair framework”.",
         ("a fair framework", "partial", "say", "Beijing’s envoy")),
        # a participle cue takes the subject of the main clause
        ("Egypt’s foreign ministry rejected the relocation plan, describing it as “a red line”.",
         ("a red line", "partial", "describe", "Egypt’s foreign ministry")),
        # two predicates: "X thanked ... and said"
        ("Kenya’s envoy to the UN, Martin Kimani, praised the mediators and said the deal was “fragile”.",
         ("fragile", "partial", "say", "Martin Kimani")),
        # a long appositive after the name is skipped
        ("Agnès Callamard, the head of Amnesty International and a former UN rapporteur, said the raid was “unlawful”.",
         ("unlawful", "partial", "say", "Agnès Callamard")),
    ],
)
def test_fragment_in_a_reporting_clause_is_partial_with_the_verbs_subject(text, expected):
    _, _, q = _run(text)
    assert q.select("quote", "kind", "cue", "speaker_surface").rows() == [expected]


def test_participial_appositive_is_not_the_speaker():
    text = "The Ukrainian army, commanded by General Oleksandr Syrskyi, denounced what it termed “a war crime”."
    _, _, q = _run(text)
    assert q.select("quote", "kind", "cue", "speaker_surface").rows() == [
        ("a war crime", "partial", "term", "The Ukrainian army")
    ]


def test_name_and_long_appositive_before_told_after_the_quote():
    text = (
        "The UN said 300,000 people had fled Rafah.\n"
        "“We left with nothing but the clothes we wore,” Samira Abu Jazar, a grandmother of eleven sheltering "
        "in a tent near Deir al-Balah, told AFP."
    )
    _, _, q = _run(text)
    assert q.select("kind", "cue", "speaker_surface").rows() == [("direct", "tell", "Samira Abu Jazar")]


def test_fragment_that_the_sentence_runs_on_from_is_partial():
    text = "The Israeli army said its jets had hit “Hezbollah rocket launchers” hidden in olive groves near Tyre."
    _, _, q = _run(text)
    assert q.select("kind", "cue", "speaker_surface").rows() == [("partial", "say", "The Israeli army")]


def test_background_clause_after_a_parenthetical_cue_is_not_reported_speech():
    text = (
        "Shelling killed nine people in Kherson, the regional governor said on Sunday, "
        "as residents queued for what locals call “the bread line”.\n"
        "The ministry said 30 people died, and families fled along “the road of death”."
    )
    _, _, q = _run(text)
    assert q.select("kind", "speaker_surface").rows() == [("term", None), ("term", None)]


def test_unresolved_group_pronoun_keeps_its_own_cue_and_no_person_speaker():
    text = "“Talks are over,” envoy Omar Siddig said.\n“We will respond,” they warned."
    _, _, q = _run(text)
    assert q.select("quote", "cue", "speaker_surface").rows() == [
        ("Talks are over,", "say", "Omar Siddig"),
        ("We will respond,", "warn", None),  # not Omar Siddig's "say", not Omar Siddig
    ]


def test_group_pronoun_takes_the_organisation_subject():
    text = (
        "“Aid is arriving,” Jan Egeland told reporters.\n"
        "The Houthi-run health ministry later published a toll. “The strikes hit homes,” it said."
    )
    _, _, q = _run(text)
    assert q.select("cue", "speaker_surface", "attribution").rows() == [
        ("tell", "Jan Egeland", "after"),
        ("say", "The Houthi-run health ministry", "pronoun"),
    ]


def test_cue_regex_matches_like_a_plain_alternation():
    # the cue regex groups forms by first letter for speed; it must match exactly what the plain
    # longest-first alternation matches (phrases also capitalised, spaces as any whitespace)
    forms = sorted(["said", "say", "says", "saying", "told", "according to", "said in", "sa"], key=len, reverse=True)
    phrases = {"according to", "said in"}
    flat = []
    for f in forms:
        esc = re.escape(f).replace(r"\ ", r"\s+")
        flat.append(f"[{f[0].upper()}{f[0]}]{esc[1:]}" if f in phrases else esc)
    plain = re.compile(r"(?<![\w’'\-])(?:" + "|".join(flat) + r")(?![\w\-])")
    text = ("According to  officials, he said in\na statement: “sa says.” Saying so, she told-off "
            "Said, who says-so, said; according\tto them, un-said, re’said, saying.")
    got = [m.span() for m in _cue_regex(forms, phrases).finditer(text)]
    assert got == [m.span() for m in plain.finditer(text)]
    assert [text[a:b] for a, b in got] == ["According to", "said in", "sa", "says", "said", "according\tto", "saying"]


def test_batch_scan_finds_what_python_re_finds():
    # cues and full names are found by polars' regex engine over all texts at once; where it could
    # disagree with Python's ``re`` (a form followed by a hyphen or a non-ASCII letter, a non-ASCII
    # letter before a capital) the text is read again with ``re``: the result is always re's
    texts = [
        "According to  officials, Gen. Abdel Fattah al-Burhan Visited Khartoum, he said; warnings said-so.",
        "Zelensky told reporters that Olena Zelenska said\tit, un-said, re’said, saying “x” quoted as saying.",
        "The envoy, Linda Thomas-Greenfield, saidé nothing; José Ramos-Horta said. ÉBob Smith says.",
        "Ahmed al-Masri, a nurse in Gaza, told AFP: said said Saying. 'Ali' said Maria de Souza.",
        "Sáenz Peña noted Tuesday that Ukraine’s Oleksandr Syrskyi has warned again.",
    ]
    lex = _lexicon()
    cues, names = _scan(texts, lex)
    assert cues == [_cue_spans(t, lex) for t in texts]
    assert names == [_full_names(t) for t in texts]
    assert [texts[0][a:b] for a, b, _ in cues[0]] == ["According to", "said"]  # not "said-so"
    assert names[0] == ["Abdel Fattah al-", "Burhan Visited Khartoum"]


# --------------------------------------------------------------------------- mentions


def _mentions(aid: str, rows: list[tuple[int, int, str, str, str, str]]) -> pl.DataFrame:
    return pl.DataFrame(
        [{"article_id": aid, "sentence_id": 0, "paragraph_id": 0, "char_start": a, "char_end": b, "surface": surf,
          "actor_id": act, "actor_label": lab, "actor_type": typ, "is_place": False, "rule": "alias"}
         for a, b, surf, act, lab, typ in rows],
        schema={k: v for k, v in SCHEMAS["mentions"].items() if k not in ("affiliation", "role", "dictionary")},
    )  # fmt: skip


def test_speakers_resolve_to_mentions_by_overlap_and_surname():
    arts = read_articles([UKRAINE]).articles
    aid, body = arts["article_id"][0], arts["text"][0]
    z = body.index("Volodymyr Zelenskyy")
    m = body.index("Maria Zakharova")
    ments = _mentions(aid, [
        (z, z + 19, "Volodymyr Zelenskyy", "Q3881", "Volodymyr Zelenskyy", "person"),
        (m, m + 15, "Maria Zakharova", "Q4158", "Maria Zakharova", "person"),
        (body.index("Russia"), body.index("Russia") + 6, "Russia", "RUS", "Russia", "state"),
    ])  # fmt: skip
    q = extract_quotes(split_sentences(arts), arts, mentions=ments)
    got = q.select("speaker_surface", "speaker_actor_id", "speaker_label").rows()
    assert got[:5] == [
        ("Volodymyr Zelenskyy", "Q3881", "Volodymyr Zelenskyy"),  # overlap
        ("Zelenskyy", "Q3881", "Volodymyr Zelenskyy"),  # surname of a person mention
        ("Zelenskyy", "Q3881", "Volodymyr Zelenskyy"),
        ("Maria Zakharova", "Q4158", "Maria Zakharova"),
        ("Maria Zakharova", "Q4158", "Maria Zakharova"),  # "she wrote": the pronoun's antecedent
    ]
    assert got[5] == ("Małgorzata Wójcik", None, None)  # no mention: no actor
    assert got[-1] == (None, None, None)


def test_speaker_actor_comes_from_the_mention_on_the_head_of_the_phrase():
    text = (
        "The EU Monitoring Mission in Armenia said it was “alarmed” by the shelling.\n"
        "The UN peacekeeping mission in Mali said it was “deeply worried”.\n"
        "The Sudanese Armed Forces in Khartoum said the strikes were “precise”."
    )
    arts = read_articles([text]).articles
    aid, body = arts["article_id"][0], arts["text"][0]

    def at(word: str, start: int = 0) -> tuple[int, int]:
        i = body.index(word, start)
        return i, i + len(word)

    ments = _mentions(aid, [
        (*at("EU"), "EU", "EU", "European Union", "organization"),
        (*at("Monitoring Mission"), "Monitoring Mission", "new:monitoring-mission", "Monitoring Mission", "organization"),
        (*at("Armenia"), "Armenia", "ARM", "Armenia", "state"),
        (*at("UN"), "UN", "UN", "United Nations", "organization"),
        (*at("Mali"), "Mali", "MLI", "Mali", "state"),
        (*at("Sudanese Armed Forces"), "Sudanese Armed Forces", "SAF", "Sudanese Armed Forces", "armed_group"),
        (*at("Khartoum"), "Khartoum", "SDN", "Sudan", "state"),
    ])  # fmt: skip
    q = extract_quotes(split_sentences(arts), arts, mentions=ments)
    assert q.select("speaker_surface", "speaker_actor_id").rows() == [
        ("The EU Monitoring Mission in Armenia", None),  # a new actor from part of the name is not it
        ("The UN peacekeeping mission in Mali", None),  # a mission of its own, not the UN
        ("The Sudanese Armed Forces in Khartoum", "SAF"),  # the mention on the head word wins
    ]


def test_name_after_dubbed_is_a_term_and_no_antecedent():
    text = (
        "Army chief Herzi Halevi said the offensive, code-named “Northern Shield,” would last weeks.\n"
        "Finance Minister Bezalel Smotrich said the campaign, dubbed “Iron Dome Plus”, would “break Hezbollah”. "
        "Smotrich rejected what the opposition leader called “a historic chance”."
    )
    arts = read_articles([text]).articles
    q = extract_quotes(split_sentences(arts), arts)
    assert q.select("quote", "kind", "speaker_surface").rows() == [
        ("Northern Shield,", "term", None),
        ("Iron Dome Plus", "term", None),
        ("break Hezbollah", "partial", "Bezalel Smotrich"),  # not "the campaign"
        ("a historic chance", "partial", "the opposition leader"),  # "what X called": X's words
    ]


def test_person_before_an_appositive_naming_an_organisation_is_the_speaker():
    text = "Volker Türk, chief of the UN Human Rights Office, said the siege was “unconscionable”."
    arts = read_articles([text]).articles
    q = extract_quotes(split_sentences(arts), arts)
    assert q.select("quote", "speaker_surface").rows() == [("unconscionable", "Volker Türk")]


def test_relative_clause_between_speaker_and_verb_is_skipped():
    text = (
        "“They fired on the queue for bread,” a teacher in Omdurman, who asked that her name be withheld, "
        "told Reuters by phone."
    )
    arts = read_articles([text]).articles
    q = extract_quotes(split_sentences(arts), arts)
    assert q.select("kind", "cue", "speaker_surface").rows() == [("direct", "tell", "a teacher in Omdurman")]


def test_pronoun_resolves_to_a_person_mention_when_no_one_spoke_before():
    text = "Ahmed Hussein, 52, fled Beit Lahia last week. “We walked for two days,” he told AFP."
    arts = read_articles([text]).articles
    aid = arts["article_id"][0]
    ments = _mentions(aid, [(0, 13, "Ahmed Hussein", "new:ahmed-hussein", "Ahmed Hussein", "person")])
    q = extract_quotes(split_sentences(arts), arts, mentions=ments)
    assert q.select("speaker_surface", "speaker_actor_id", "attribution").row(0) == (
        "Ahmed Hussein", "new:ahmed-hussein", "pronoun",
    )  # fmt: skip


# --------------------------------------------------------------------------- quoted_spans and robustness


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said “no way” today.", ["no way"]),
        ('He said "no way" today.', ["no way"]),
        ("It was ‘Gaza’s worst day’, she said.", ["Gaza’s worst day"]),
        ("The soldiers’ families said ‘enough’.", ["enough"]),
        ("It’s the ’90s rock ’n’ roll, he said.", []),
        ("“Outer ‘inner’ outer,” he said.", ["Outer ‘inner’ outer,"]),
        ("“Unclosed ‘inner’ then nothing", ["Unclosed ‘inner’ then nothing"]),
        ('A "stray mark and a “curly” one.', ["curly"]),
        ("A 6'2\" man said \"hello\".", ["hello"]),
        ("«Nous resterons», a-t-il dit.", ["Nous resterons"]),
        ("„Wir bleiben“, sagte er.", ["Wir bleiben"]),
        ("“”", []),
    ],
)
def test_quoted_spans_cases(text, expected):
    assert [text[a:b] for a, b in quoted_spans(text)] == expected


def test_unbalanced_marks_never_swallow_the_article():
    text = "He said “this never closes.\nThe next paragraph is narration.\n“A real quote,” she said."
    spans = [text[a:b] for a, b in quoted_spans(text)]
    assert spans == ["this never closes.", "A real quote,"]
    assert all("\n" not in s for s in spans)


_PIECES = list("ab C.,:;\n \"'“”‘’„«»-—") + ["said", " he ", "told", "Blinken", "according to", " Ms ", "al-"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_PIECES), max_size=80).map("".join))
def test_any_text_gives_a_valid_table_with_exact_offsets(text):
    paragraphs = split_paragraphs(text)
    for a, b in quoted_spans(text):  # inside the text and inside one paragraph: nothing is swallowed
        assert 0 <= a <= b <= len(text) and any(pa <= a and b <= pb for pa, pb in paragraphs)
    arts = pl.DataFrame({"article_id": ["x"], "text": [text]})
    q = extract_quotes(split_sentences(arts), arts)
    validate(q, "quotes")
    body = text
    for row in q.iter_rows(named=True):
        assert body[row["char_start"] : row["char_end"]] == row["quote"]
        assert row["kind"] in ("direct", "partial", "term")
        if row["speaker_char_start"] is not None:
            assert body[row["speaker_char_start"] : row["speaker_char_end"]] == row["speaker_surface"]


# --------------------------------------------------------------------------- schema, empty input, errors


def test_empty_input_gives_full_schema():
    q = extract_quotes(empty("sentences"), empty("articles"))
    assert q.height == 0 and q.schema == empty("quotes").schema
    s = summarise_sources(q)
    assert s.height == 0 and s.schema == empty("sources").schema


def test_article_without_quotes_gives_empty_table():
    _, _, q = _run("Israel rejected the allegation, Hamas said.")
    assert q.height == 0 and q.schema == empty("quotes").schema


def test_missing_columns_are_reported():
    with pytest.raises(ValueError, match="extract_quotes needs column"):
        extract_quotes(pl.DataFrame({"article_id": ["a"]}), empty("articles"))


def test_dictionary_recorded_and_files_load_without_duplicates():
    _, _, q = _run(SUDAN)
    assert q["dictionary"].unique().to_list() == ["quotes_verbs.yaml v3"]
    verbs = load_yaml("quotes_verbs.yaml")
    forms = [f for v in verbs["verbs"].values() for f in v["forms"]]
    assert len(forms) == len(set(forms))
    assert {"source", "licence", "version"} <= set(verbs)
    words = load_yaml("quotes_words.yaml")
    assert {"source", "licence", "version"} <= set(words)
    for key in ("between", "boundaries", "particles"):
        assert all(isinstance(w, str) for w in words[key]) and len(words[key]) == len(set(words[key]))
    assert "said" in _lexicon().lemma


def test_user_verb_file_overrides_the_packaged_one(tmp_path):
    path = tmp_path / "verbs.yaml"
    path.write_text('version: "7"\nverbs:\n  opine: {group: speech, forms: [opined]}\n', encoding="utf-8")
    arts = read_articles(["“Too late,” the minister opined. “Fine,” she said."]).articles
    q = extract_quotes(split_sentences(arts), arts, verbs=path)
    assert q.select("cue", "speaker_surface").rows()[0] == ("opine", "the minister")
    assert q["dictionary"][0] == "verbs.yaml v7"


# --------------------------------------------------------------------------- sources


def test_sources_per_article_and_corpus():
    arts = read_articles([SUDAN, KENYA]).articles
    q = extract_quotes(split_sentences(arts), arts)
    src = summarise_sources(q)
    validate(src, "sources")
    corpus = src.filter(pl.col("article_id").is_null())
    row = corpus.filter(pl.col("speaker_label") == "Wafula Chebukati").row(0, named=True)
    # "free, fair and credible" (4 words) + "Nobody is above the law," (5) + "Not even the president." (4)
    assert (row["n_quotes"], row["n_words"], row["n_direct"], row["n_partial"], row["n_articles"]) == (3, 13, 2, 1, 1)
    per = src.filter(pl.col("article_id").is_not_null())
    assert per["n_quotes"].sum() == corpus["n_quotes"].sum() == q.filter(pl.col("kind") != "term").height
    shares = per.group_by("article_id").agg(pl.col("share_words").sum())["share_words"].to_list()
    assert all(abs(x - 1) < 1e-9 for x in shares)


def test_sources_by_option_and_error_message():
    _, _, q = _run(KENYA)
    assert summarise_sources(q, by="article")["article_id"].null_count() == 0
    assert summarise_sources(q, by="corpus")["article_id"].null_count() == summarise_sources(q, by="corpus").height
    with pytest.raises(ValueError, match="invalid by='speaker'; valid values: 'article', 'corpus', 'both'"):
        summarise_sources(q, by="speaker")  # type: ignore[arg-type]


def test_participial_phrase_after_a_comma_is_not_the_clause_verb():
    from toolkit.extract.quotes import phrases as q

    lex = q._lexicon(None)
    s = "The commander, based in Goma"
    assert q._first_verb(s, 0, len(s), lex) is None  # "based in" opens a participial phrase, not the verb
    s = "The commander, who fled, warned"
    assert s[q._first_verb(s, 0, len(s), lex) :].startswith("warned")


def test_sources_do_not_depend_on_row_order():
    q = pl.DataFrame({
        "article_id": ["a", "a", "a", "b", "b", "b"],
        "quote": ["one two", "three four", "five six", "seven eight", "nine ten", "x y"],
        "kind": ["direct"] * 6,
        "speaker_name": ["Ana Díaz", "Bo Li", "ana díaz", "Cy Ng", "Bo Li", "Cy Ng"],
    })  # fmt: skip
    base = summarise_sources(q)
    for seed in range(5):
        assert summarise_sources(q.sample(fraction=1.0, shuffle=True, seed=seed)).equals(base), seed


def test_a_quote_opens_after_a_line_separator_or_a_no_break_space() -> None:
    # exported press releases separate paragraphs with U+2028 and put U+00A0 before a quote
    text = 'The base was attacked.\u2028\u2028"We repelled it," said Col. Ortiz.\u00a0"Nobody was hurt."'
    assert [text[a:b] for a, b in quoted_spans(text)] == ["We repelled it,", "Nobody was hurt."]
