"""The entry point, :func:`find_mentions`: the dictionary matches of every sentence, the sentence rules in
their order (:func:`_sentence_rules`), then the article rules, with the per-text memos of the rule set in use
(:func:`_rule_set`); the ``mentions`` table.
"""

from __future__ import annotations

import itertools
import operator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polars as pl

from toolkit.core import cache
from toolkit.core.resources import data_path
from toolkit.core.schema import conform, empty, require_columns
from toolkit.extract.actors import (
    article_evidence,
    compound_names,
    general_news,
    general_people,
    general_types,
    gov_bodies,
    media,
    org_names,
)
from toolkit.extract.actors.context import _contextualise
from toolkit.extract.actors.dictionary import _dictionary_files
from toolkit.extract.actors.fragments import drop_fragments
from toolkit.extract.actors.institutions import _find_institutions
from toolkit.extract.actors.lexicon import _Lexicon, _lexicon
from toolkit.extract.actors.matching import _dictionary_matches, _greedy
from toolkit.extract.actors.memos import _MEMO_SIZE, _NO_MATCH, _pack, _Packed, _unpack_pending
from toolkit.extract.actors.mentions import _has_type, _Mention, _Sentence
from toolkit.extract.actors.organisations import _find_acronym_names, _find_acronyms, _find_orgs
from toolkit.extract.actors.people import _absorb_in_names, _find_people
from toolkit.extract.actors.rules import (
    CENSUS_GIVEN_NAMES,
    PACKAGED_GENERAL,
    PACKAGED_GIVEN_NAMES,
    PACKAGED_RULES,
    _Rules,
    _rules,
)
from toolkit.extract.actors.surnames import _register_surnames, _resolve_surnames
from toolkit.extract.actors.titles import _attach_titles
from toolkit.extract.actors.words import _alt

_Spans = tuple[tuple[int, ...], tuple[int, ...], tuple[str, ...]]  # the kept matches of a text: starts, ends, aliases


def _sentence_rules(
    i: int,
    text: str,
    spans: _Spans | None,
    rules: _Rules,
    lex: _Lexicon,
    alias_info: dict[str, tuple[str, str, str | None]],
    has_org: bool,
    known: dict[str, _Mention | None],
    *,
    discover: bool,
    bare_demonyms: bool,
    absorb: bool = True,
    general: general_news.GeneralRules | None = None,
) -> tuple[_Sentence, list[str] | None]:
    """The rules of one sentence: dictionary matches in context, organisations, titles, people and places.

    ``spans``: the sentence's dictionary matches that :func:`_greedy` keeps, in order, as three lists (starts,
    ends and aliases), or None.

    Returns the sentence and the name chunks looked up among the article's known surnames (``[]`` when
    ``discover`` is off).
    """
    sent = _Sentence(i, text)
    if spans:  # sentences without dictionary matches skip the rules that work on matches
        margs = lex.mention_args  # per alias: the fields of its mention after start and end
        sent.mentions = [_Mention(s, e, *margs[alias]) for s, e, alias in zip(*spans, strict=True)]
        if absorb:
            _absorb_in_names(sent, rules, lex)
            if general is not None:
                general_news.drop_name_parts(sent, general)  # "Republican Guard", "Opera House"
                general_news.grow_prefixed_names(sent, rules, lex)  # "South Australia", "Liberal Democrats"
        _contextualise(sent, rules, lex)
    if discover and has_org:
        _find_orgs(sent, rules, lex, [(m.start, m.end) for m in sent.mentions])
    if discover and " (" in text:
        _find_acronym_names(sent, rules, lex)
    if _has_type(sent.mentions, "person"):
        _attach_titles(sent, rules, lex, [(m.start, m.end) for m in sent.mentions])
    keys: list[str] = []
    if discover:
        keys = _find_people(sent, rules, lex, [(m.start, m.end) for m in sent.mentions], known)
    if not bare_demonyms:
        sent.mentions = [m for m in sent.mentions if m.rule != "demonym"]
    return sent, keys


@dataclass(frozen=True, eq=False)
class _RuleSet:
    """What :func:`find_mentions` reads with one dictionary: its alias table and the rules (the owner of the
    per-text memos)."""

    lex: _Lexicon
    rules: _Rules


def _rule_set(dictionary: str | Path | None) -> _RuleSet:
    """The rule set for ``dictionary``, built once per version of every file it is read from."""
    user = None if dictionary is None else str(Path(dictionary).resolve())
    files = (*_dictionary_files(user), data_path(PACKAGED_RULES), data_path(PACKAGED_GIVEN_NAMES),
             data_path(PACKAGED_GENERAL), data_path(CENSUS_GIVEN_NAMES))  # fmt: skip
    return cache.load("actors.rule_set", files, lambda: _RuleSet(_lexicon(user), _rules()))


_OUT_FIELDS = operator.attrgetter("start", "end", "actor_id", "label", "type", "is_place", "rule", "affiliation", "role", "title")


def find_mentions(
    sentences: pl.DataFrame,
    *,
    dictionary: str | Path | None = None,
    discover: bool = True,
    bare_demonyms: bool = True,
    groups: bool = False,
) -> pl.DataFrame:
    """Mentions of actors in ``sentences``: the ``mentions`` table.

    ``dictionary``: your actor file (YAML or CSV, see :func:`load_actors`), added to the packaged one.
    ``discover``: also find actors not in the dictionary (people introduced by a title, an apposition,
    a reporting verb or a given name; organisations by their form), with ids ``new:<slug>``.
    ``bare_demonyms``: keep adjectives without a role noun ("Israeli bombardment") as mentions of the state
    (rule ``demonym``); with ``False`` only "Israeli officials"-style phrases count.
    ``groups``: keep groups of people named by a demonym ("Palestinian prisoners", "Syrian refugees",
    "Yemenis") as mentions of type ``group`` affiliated to the state; by default they are not mentions (they
    are not the state acting).

    Speed: each distinct sentence text is matched and read once per call, and once per process while the
    memos of the rule set in use hold it (bounded and shared by threads, see :mod:`toolkit.core.cache`;
    ``toolkit.core.cache.clear_all()`` empties them); the output is the same either way. The dictionary and rule
    files are read again when one of them was edited since the last call.

    >>> from toolkit.io.loading import read_articles
    >>> from toolkit.text.tokenize import split_sentences
    >>> s = split_sentences(read_articles(["Resident Nabil Abu Thabet told AFP. Abu Thabet fled to Egypt."]).articles)
    >>> find_mentions(s).select("surface", "actor_id", "rule").rows()
    [('Resident Nabil Abu Thabet', 'new:nabil-abu-thabet', 'title'), ('AFP', 'AFP', 'alias'), ('Abu Thabet', 'new:nabil-abu-thabet', 'surname'), ('Egypt', 'EGY', 'alias')]
    """
    require_columns(
        sentences, ["article_id", "paragraph_id", "sentence_id", "char_start", "text"], what="find_mentions"
    )
    if sentences.height == 0:
        return empty("mentions")
    rule_set = _rule_set(dictionary)
    lex, rules = rule_set.lex, rule_set.rules
    sents = sentences.select("article_id", "paragraph_id", "sentence_id", "char_start", "text")
    alias_info = lex.info
    texts = [t or "" for t in sents["text"].to_list()]
    # the dictionary matches of each distinct text (a pure function of the text): read once per text, and
    # once per process while the rule set's memo holds them; this call reads them from its own table
    memo = cache.scoped("actors.matches", rule_set, _MEMO_SIZE)
    results = cache.scoped(f"actors.results.{discover:d}{bare_demonyms:d}", rule_set, _MEMO_SIZE)
    matched: dict[str, tuple[Any, ...]] = {}  # this call's: per text, its matches (_NO_MATCH: none)
    new_texts = []
    get = memo.get
    for t in dict.fromkeys(texts):
        found = get(t)
        if found is None:
            new_texts.append(t)
        else:
            matched[t] = found
    if new_texts:
        hits = _dictionary_matches(
            pl.DataFrame({"text": new_texts}, schema={"text": pl.String}), lex, rules.alias_compounds
        )
        # per text: its matches that do not overlap a longer one (_greedy), and whether one is next to a
        # capitalised word (see _absorb_in_names); sorted and checked for overlaps in polars, so Python only
        # zips columns and runs _greedy on the few texts whose matches overlap
        h = hits.sort("row", "start", maintain_order=True).with_columns(
            overlap=(pl.col("row").shift(1) == pl.col("row")) & (pl.col("end").shift(1) > pl.col("start"))
        )
        g = h.group_by("row", maintain_order=True).agg(pl.len(), pl.col("cap").any(), pl.col("overlap").any())
        # flat columns sliced per text into tuples of numbers and strings, which the garbage collector stops
        # tracking (the memo holds many; a list per text and column made its full collections slow)
        starts, ends, aliases = (h[c].to_list() for c in ("start", "end", "alias"))
        zero = itertools.repeat(0)
        a = 0
        for row, n, cap, overlap in zip(*(g[c].to_list() for c in ("row", "len", "cap", "overlap")), strict=True):
            b = a + n
            kept: _Spans
            if overlap:
                best = _greedy(list(zip(starts[a:b], ends[a:b], zero, aliases[a:b], strict=False)))
                kept = (tuple([k[0] for k in best]), tuple([k[1] for k in best]), tuple([k[3] for k in best]))
            else:
                kept = (tuple(starts[a:b]), tuple(ends[a:b]), tuple(aliases[a:b]))
            matched[new_texts[row]] = (*kept, cap)
            a = b
        for t in new_texts:
            memo.put(t, matched.setdefault(t, _NO_MATCH))
    art_ids = sents["article_id"].to_list()
    # vectorised pre-filter: only sentences with an organisation head word go through the org rule
    has_org = sents["text"].str.contains(rf"\b(?:{_alt(rules.org_heads)})\b").fill_null(False).to_list()
    has_inst = sents["text"].str.contains(rf"\b(?:{_alt(rules.institutions)})\b").fill_null(False).to_list()
    general = general_news.general_rules()
    type_rules = general_types.type_rules()
    media_rules = media.media_rules()
    people_rules = general_people.people_rules()
    evidence = article_evidence.evidence_rules()
    bodies = gov_bodies.body_rules()
    company_heads = org_names.company_heads()
    not_party_words = general.not_one_word | general.not_qualifiers
    web = compound_names.web_re()
    words = compound_names.compound_words()  # read once per call, not per article
    has_web = sents["text"].str.contains(compound_names.WEB_PREFILTER).fill_null(False).to_list()
    has_acr = general_news.acronym_flags(sents["text"], lex, general)  # sentences that may hold a new acronym
    # per mention: its sentence's row and the fields written, appended as each article is finished (tuples of
    # numbers and strings, which the garbage collector stops tracking: the call keeps no objects per mention)
    out_rows: list[tuple[Any, ...]] = []
    article: list[_Sentence] = []
    known: dict[str, _Mention | None] = {}

    def finish(article: list[_Sentence]) -> None:
        first = article[0].row
        general_news.grow_initial_prefixed(article)
        general_news.resolve_short_aliases(article, rules, lex, general)
        if discover:
            _resolve_surnames(article, rules, lex)
            _find_acronyms(article, lex)
            general_news.discover_names(article, rules, lex, general, has_acr[first : first + len(article)])
            general_news.facility_names(article, general)  # "Sultan Qaboos Grand Mosque" is no person
        flags = has_inst[first : first + len(article)]
        if any(flags) or any(m.inst_role for sent in article for m in sent.mentions):
            _find_institutions(article, rules, lex, flags)
        general_news.drop_event_names(article, general)
        if discover:
            drop_fragments(article, rules)  # "District" of "the Western District of Texas"
        if discover:
            general_types.type_by_context(article, type_rules)
            general_types.join_state_prefixed(article, lex.demonym_state)  # "US X Party" ... "X Party"
            media.media_names(article, media_rules)  # "posted on Twitter", "Harbour City Times reported"
            general_people.link_people(article, rules, people_rules)
            article_evidence.drop_days_and_cases(article, evidence)  # "Super Tuesday", "Kelly v. United States"
            article_evidence.surnames_over_aliases(article, rules, evidence)  # "Michael Bloomberg ... Bloomberg said"
            org_names.place_led_companies(article, company_heads)  # "Kenya Airways", "Indian Railways"
            compound_names.party_names(article, rules, lex, not_party_words, words)  # "the Democratic party"
            compound_names.media_branches(article, rules, words)  # "CNN Philippines reported"
            web_flags = has_web[first : first + len(article)]
            compound_names.web_names(article, web, web_flags, words)  # "Domain.com"
            gov_bodies.public_bodies(article, rules, lex, bodies)  # "North Wales Police" -> affiliation GBR
        article_evidence.longest_place_names(article, rules, evidence)  # "American Samoa"
        article_evidence.coordinated_subjects(article, rules)  # "Arizona, Florida and Illinois hold primaries"
        if not groups:
            for sent in article:
                for m in sent.mentions:
                    if m.group:
                        sent.mentions = [x for x in sent.mentions if not x.group]
                        break
        for sent in article:
            row = sent.row
            for m in sent.mentions:
                out_rows.append((row, *_OUT_FIELDS(m)))

    # The sentence rules depend on the sentence's text only, except for surnames named earlier in the
    # article (``known``): a text seen before whose name chunks hit no known surname reuses that result.
    cache_: dict[str, _Packed] = {}
    for i, text in enumerate(texts):
        if article and art_ids[i] != art_ids[i - 1]:
            finish(article)
            article = []
            known = {}
        hit = cache_.get(text)
        if hit is None:
            hit = results.get(text)  # read once: another thread may evict it
            if hit is not None:  # read by an earlier call
                cache_[text] = hit
        if hit is not None and (not known or not hit[0] or all(known.get(k) is None for k in hit[0])):
            # new objects: the article rules edit mentions and remove names from the pending list (a shared
            # list leaked those removals into later articles, so output depended on article order)
            sent = _Sentence(i, text, [_Mention(*f) for f in hit[2:]], _unpack_pending(hit[1]) if hit[1] else [])
        else:
            found = matched[text]
            spans = found[:3] if found[0] else None
            cap = found[3]
            sent, keys = _sentence_rules(i, text, spans, rules, lex, alias_info, has_org[i], known,
                                         discover=discover, bare_demonyms=bare_demonyms,
                                         absorb=discover and cap, general=general)  # fmt: skip
            if keys is not None and (not known or not keys or all(known.get(k) is None for k in keys)):
                packed = cache_[text] = _pack(sent.mentions, sent.pending, keys)  # before the article rules edit it
                results.put(text, packed)
        if discover and sent.mentions:
            _register_surnames(sent, rules, known)
        article.append(sent)
    if article:
        finish(article)

    if not out_rows:
        return empty("mentions")
    df = pl.DataFrame(
        out_rows,
        orient="row",
        schema={
            "row": pl.UInt32, "s": pl.Int64, "e": pl.Int64, "actor_id": pl.String, "actor_label": pl.String,
            "actor_type": pl.String, "is_place": pl.Boolean, "rule": pl.String, "affiliation": pl.String,
            "role": pl.String, "title": pl.String,
        },
    )  # fmt: skip
    base = sents.with_row_index("row")
    df = (
        df.join(base, on="row", how="left")
        .with_columns(
            surface=pl.col("text").str.slice(pl.col("s"), pl.col("e") - pl.col("s")),
            char_start=pl.col("char_start") + pl.col("s"),
            char_end=pl.col("char_start") + pl.col("e"),
            dictionary=pl.lit(f"{lex.name}; rules {rules.version}"),
        )
        .sort("row", "s")
    )
    return conform(df, "mentions")
