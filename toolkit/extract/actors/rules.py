"""The rules of ``data/actors_rules.yaml`` (with the given names and the company and club heads of
``data/actors_general.yaml``), compiled once per version of their files into :class:`_Rules`, which also owns
the memos of two rule checks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from toolkit.core import cache
from toolkit.core.resources import data_path, load_lines, load_yaml
from toolkit.extract.actors.memos import _MEMO_SIZE, _WORD_MEMO_SIZE
from toolkit.extract.actors.words import _CAP, _WORD_RE, _alt

PACKAGED_RULES = "actors_rules.yaml"
PACKAGED_GIVEN_NAMES = "actors_given_names.txt"
PACKAGED_GENERAL = "actors_general.yaml"  # read by toolkit.extract.actors.general_news; its company and club heads also here
# the US Census given names (with their gender, for toolkit.extract.attribution): read here for its names only
CENSUS_GIVEN_NAMES = "given_names_gender.csv"


@dataclass(frozen=True)
class _Rules:
    role_nouns: dict[str, str]
    role_re: re.Pattern[str]
    heads: frozenset[str]
    head_re: re.Pattern[str]
    org_re: re.Pattern[str]
    org_heads: frozenset[str]
    org_generic: frozenset[str]
    place_pre_re: re.Pattern[str]
    not_place_to: frozenset[str]
    particles: frozenset[str]
    # the first letters of the particles, None unless every particle is plain lower case (name_chunks' quick exit)
    particle_firsts: frozenset[str] | None
    verbs_after_re: re.Pattern[str]
    verbs_before_re: re.Pattern[str]
    apposition_re: re.Pattern[str]
    not_names: frozenset[str]
    given: frozenset[str]
    cand_re: re.Pattern[str]
    version: str
    group_roles: frozenset[str] = frozenset()
    person_demonym_re: tuple[re.Pattern[str], re.Pattern[str]] | None = None
    group_nouns_re: re.Pattern[str] | None = None
    name_heads: frozenset[str] = frozenset()  # company and club heads of data/actors_general.yaml ("Cement")
    demonym_not_re: re.Pattern[str] | None = None
    place_after_re: re.Pattern[str] | None = None
    bare_adjs: frozenset[str] = frozenset()
    place_noun_set: frozenset[str] = frozenset()
    of_words: frozenset[str] = frozenset()
    list_heads: frozenset[str] = frozenset()
    not_place_from: frozenset[str] = frozenset()
    not_place_names: frozenset[str] = frozenset()
    place_suffix_re: re.Pattern[str] | None = None
    place_heads: frozenset[str] = frozenset()
    armed_suffix_re: re.Pattern[str] | None = None
    org_first: frozenset[str] = frozenset()
    institutions: dict[str, str] = field(default_factory=dict)
    institution_re: re.Pattern[str] | None = None
    institution_pre_re: re.Pattern[str] | None = None
    # given names of the census list (data/given_names_gender.csv) less those that are common words or heads
    # (``not_given_names`` of data/actors_general.yaml): a two- or three-word run of name-shaped words starting
    # with one is a person ("Hillary Clinton"), and is never a place ("emails from Hillary Clinton's aides")
    given_more: frozenset[str] = frozenset()
    portfolio_heads: frozenset[str] = frozenset()
    portfolio_words: frozenset[str] = frozenset()
    title_modifiers: frozenset[str] = frozenset()  # "Supreme" of "Supreme Leader": part of a title
    compass_words: frozenset[str] = frozenset()
    group_demonym_re: re.Pattern[str] | None = None
    remit_heads: frozenset[str] = frozenset()
    place_with_words: frozenset[str] = frozenset()
    alias_compounds: tuple[str, ...] = ()
    state_body_heads: dict[str, str] = field(default_factory=dict)
    state_body_words: frozenset[str] = frozenset()
    state_body_not_words: frozenset[str] = frozenset()
    pre_appos_re: re.Pattern[str] | None = None
    org_head_re: re.Pattern[str] | None = None  # an organisation head word
    # the last word (lower case) of every phrase place_pre_re can end with, or None (see _is_place)
    place_pre_last: frozenset[str] | None = None
    place_pre_vocab: frozenset[str] | None = None  # every word place_pre_re is made of, lower case, or None
    # the first word (lower case) of every role modifier and role noun, or None (see _role_match)
    role_first: frozenset[str] | None = None
    head_first: frozenset[str] | None = None  # the same for the title heads (see _head_match)
    # the last _WORD_RE token of every title head (lower case), or None when a head is not ASCII (see _title_before)
    head_last: frozenset[str] | None = None
    title_qualifiers: frozenset[str] = frozenset()  # "incumbent", "former": before a title, never part of it
    # a place name that acts or owns an office is an actor, not a place (see place_phrases._acts):
    # "<head> of X" before it ("the governor of Louisiana") and "X <verb>" after it ("Nevada became")
    owner_of_re: re.Pattern[str] | None = None
    owner_possessive_re: re.Pattern[str] | None = None  # "X <office>'s" after it ("the New Jersey Governor's bid")
    award_heads: frozenset[str] = frozenset()  # "<award> went to X": X won it ("Second place went to X")
    acting_re: re.Pattern[str] | None = None
    # the last word of every phrase verbs_before_re ends with (its reporting verbs, "to" of "according to"), or
    # None when one is not a word of word characters (see place_phrases._acts)
    verbs_last: frozenset[str] | None = None
    # the last word (lower case, split at white space) of every title head, or None when a head is not ASCII (see
    # people._may_pre_appos)
    head_tails: frozenset[str] | None = None
    # Memos of these rules (set by _build_rules; see toolkit.core.cache.scoped: edited rules get new, empty ones):
    # per capitalised word: may it be part of a name (not a stop word, acronym or title head)?
    word_ok: cache.Memo[bool] = field(init=False, compare=False, hash=False, repr=False)
    # per 30-character window before an institution: institution_pre_re's search there (see _institution_pre)
    inst_pre: cache.Memo[re.Match[str] | None] = field(init=False, compare=False, hash=False, repr=False)


def _last_words(phrases: Iterable[str]) -> frozenset[str] | None:
    """The last word of each phrase, lower case, or None when a phrase does not end in an ASCII word."""
    out = set()
    for p in phrases:
        words = re.findall(r"\w+", str(p).lower())
        if not words or not p.isascii() or not re.search(r"\w$", str(p)):
            return None
        out.add(words[-1])
    return frozenset(out)


def _last_word_set(phrases: Iterable[str]) -> frozenset[str] | None:
    """The last word of each phrase, as written, or None when one is not a run of word characters after white space
    (or the whole phrase).

    >>> sorted(_last_word_set(["said", "according to"])), _last_word_set(["said", "so-called"])
    (['said', 'to'], None)
    """
    out = set()
    for p in phrases:
        words = str(p).split()
        if not words or not re.fullmatch(r"\w+", words[-1]):
            return None
        out.add(words[-1])
    return frozenset(out)


def _vocabulary(words: Iterable[str]) -> frozenset[str] | None:
    """The words, lower case, with "the" and "of", or None when one is not a single ASCII word."""
    out = {"the", "of"}
    for w in words:
        w = str(w)
        if not w.isascii() or not w or len(w.split()) != 1 or w.strip() != w:
            return None
        out.add(w.lower())
    return frozenset(out)


def _first_words(phrases: Iterable[str]) -> frozenset[str] | None:
    """The first word of each phrase, lower case, or None when a phrase does not start with an ASCII word."""
    out = set()
    for p in phrases:
        words = re.findall(r"\w+", str(p).lower())
        if not words or not str(p).isascii() or not re.match(r"\w", str(p)):
            return None
        out.add(words[0])
    return frozenset(out)


def _last_tokens(phrases: Iterable[str]) -> frozenset[str] | None:
    """The last ``_WORD_RE`` token of each phrase (lower case), or None when a phrase is not ASCII or has none."""
    out = set()
    for p in phrases:
        toks = _WORD_RE.findall(str(p).lower())
        if not toks or not str(p).isascii():
            return None
        out.add(toks[-1])
    return frozenset(out)


def _rules(path: str | None = None) -> _Rules:
    """The rules (``data/actors_rules.yaml`` or ``path``, with the given names), built once per version of
    their files: an edited file gives new rules, with empty memos of their own, on the next call."""
    rules_path = Path(path) if path else data_path(PACKAGED_RULES)
    files = (rules_path, data_path(PACKAGED_GIVEN_NAMES), data_path(PACKAGED_GENERAL), data_path(CENSUS_GIVEN_NAMES))
    return cache.load("actors.rules", files, lambda: _build_rules(rules_path))


def _census_given(general: dict[str, object], not_names: frozenset[str], heads: frozenset[str]) -> frozenset[str]:
    """The names of ``data/given_names_gender.csv`` that may start a person's name (see ``_Rules.given_more``)."""
    import csv

    path = data_path(CENSUS_GIVEN_NAMES)
    if not path.exists():  # removed after the rules were cached: never guess without the names
        raise FileNotFoundError(f"packaged data file {CENSUS_GIVEN_NAMES!r} not found in {path.parent}")
    with path.open(encoding="utf-8") as fh:
        rows = csv.reader(line for line in fh if line.strip() and not line.startswith("#"))
        names = {r[0].strip() for r in rows if r and r[0].strip() and r[0].strip() != "name"}
    drop = {str(w) for w in general.get("not_given_names") or ()}  # type: ignore[attr-defined]
    return frozenset(
        n for n in names if n[:1].isupper() and n not in drop and n not in not_names and n.lower() not in heads
    )


def _build_rules(path: Path) -> _Rules:
    doc = load_yaml(path)
    general = load_yaml(PACKAGED_GENERAL)
    role_nouns = {str(k).lower(): str(v) for k, v in doc["role_nouns"].items()}
    for noun in doc.get("group_role_nouns") or []:
        role_nouns.setdefault(str(noun).lower(), "civilians")
    mods = _alt(doc["role_modifiers"])
    not_after = _alt(doc.get("role_not_before") or ["-"])
    role_re = re.compile(
        rf"^(?:[’']s)?\s+(?:(?:{mods})\s+){{0,2}}({_alt(role_nouns)})\b(?![’'-])(?!\s+(?:{not_after})\b)",
        re.IGNORECASE,
    )
    heads = frozenset(h.lower() for h in doc["title_heads"])
    # a title head then a capitalised name right after a mention: "Israeli military spokesman Daniel Hagari"
    head_re = re.compile(rf"^\s+(?:{_alt(heads)})\s+(?:{_CAP})", re.IGNORECASE)
    org_heads = frozenset(doc["org_heads"])
    oh = _alt(org_heads)
    tail = rf"(?:\s+(?:of|for|on)\s+(?:the\s+)?{_CAP}(?:\s+(?:and\s+|&\s+|for\s+|of\s+)?{_CAP})*)"
    org_re = re.compile(  # "Palestinian Prisoners' Club": a plural possessive inside the name
        rf"\b(?:{_CAP}(?:(?<=s)[’'](?=\s))?\s+(?:(?:of|for|and|on|&)\s+)?){{1,5}}(?:{oh})\b{tail}?|\b(?:{oh}){tail}",
    )
    adjs = _alt(doc["place_adjectives"])
    nouns = _alt(doc["place_nouns"])
    preps = _alt(doc["place_prepositions"])
    place_pre_re = re.compile(
        rf"(?:\b(?P<prep>{preps})\s+(?:the\s+)?(?:(?:{adjs})\s+)*(?:(?:{nouns})\s+of\s+(?:the\s+)?(?:(?:{adjs})\s+)*)?"
        rf"|\bthe\s+(?:(?:{adjs})\s+)*(?:{nouns})\s+of\s+(?:the\s+)?)$",
        re.IGNORECASE,
    )
    verbs = _alt(doc["reporting_verbs"])
    head_words = _alt(heads)
    apposition_re = re.compile(
        rf"^(?:\s*\([^\d)][^)]{{0,23}}\))?(?:,\s+(?:a|an|the|his|her|their|who\s+is\s+an?|[\w.’'-]+[’']s)\s+(?:[\w.’'-]+\s+){{0,4}}?(?:ex-)?(?:{head_words})\b|,\s+\d{{1,3}}\s*[,.;]|\s+\(\d{{1,3}}\))",
        re.IGNORECASE,
    )
    given = frozenset(load_lines(PACKAGED_GIVEN_NAMES))
    particles = _alt(doc["name_particles"])
    cand_re = re.compile(
        rf"(?<![\w’'\-.])(?:(?:{particles})-{_CAP}|[A-Z]\.(?=\s)|{_CAP}|(?:{particles})(?=\s))"
    )
    ncomp = _alt(doc["not_actor_compounds"])
    pcomp = _alt(doc["place_compounds"])
    dnot = _alt(doc["demonym_not_before"])
    dplace = _alt(doc["demonym_place_nouns"])
    after_pos = _alt(doc["place_after_possessive"])
    institutions = {str(k): str(v) for k, v in doc["institution_nouns"].items()}
    dets = _alt(doc["institution_determiners"])
    rules = _Rules(
        group_roles=frozenset(doc["group_roles"]),
        person_demonym_re=(
            re.compile(rf"\b(?:{_alt(doc['person_demonym_before'])})\s+$", re.IGNORECASE),
            re.compile(rf"^(?:\s*[,.;:!?”\"]|\s+(?:{_alt(doc['person_demonym_after'])})\b)"),
        ),
        group_nouns_re=re.compile(rf"^\s+(?:{_alt(doc['group_nouns'])})\b"),
        # after a demonym: a language/label noun, or a hyphenated compound that describes a thing
        demonym_not_re=re.compile(rf"^(?:\s+(?:{dnot})\b|-(?:{ncomp})\b)", re.IGNORECASE),
        # after a state, a capital or a demonym: words that make it a place
        place_after_re=re.compile(
            rf"^(?:-(?:{pcomp})\b|\s+(?:{dplace})\b|[’']s\s+(?:[\w-]+\s+){{0,2}}?(?:{after_pos})\b)",
            re.IGNORECASE,
        ),
        # before a state, a capital or a place: more place phrases ("eastern Congo", "the capital Maputo",
        # "80% of Port-au-Prince", "countries such as Chad"), checked word by word (see _extra_place)
        bare_adjs=frozenset(w.lower() for w in doc["place_bare_adjectives"]),
        place_noun_set=frozenset(w.lower() for w in doc["place_nouns"]),
        of_words=frozenset(w.lower() for w in doc["place_of_words"]),
        list_heads=frozenset(w.lower() for w in doc["place_list_heads"]),
        not_place_from=frozenset(w.lower() for w in doc["not_place_before_from"]),
        not_place_names=frozenset(doc["not_place_names"]),
        place_suffix_re=re.compile(rf"^\s+(?:{_alt(doc['place_suffixes'])})\b(?![’'-])"),
        place_heads=frozenset(doc["place_heads"]),
        armed_suffix_re=re.compile(rf"^\s+(?:{_alt(doc['armed_suffixes'])})\b(?![’'-])"),
        org_first=frozenset(doc["org_first_words"]),
        institutions=institutions,
        institution_re=re.compile(rf"\b(?:{_alt(institutions)})\b(?![’'-])"),
        institution_pre_re=re.compile(
            rf"(?:(?:^|\s)(?:{dets})|(?P<run>\w+)-(?:run|led|controlled|ruled|held))\s+$", re.IGNORECASE
        ),
        title_qualifiers=frozenset(w.lower() for w in doc.get("title_qualifiers") or []),
        award_heads=frozenset(w.lower() for w in doc.get("award_heads") or []),
        owner_of_re=(
            re.compile(rf"\b(?:{_alt(doc['place_owner_heads'])})\s+(?:of|from)\s+(?:the\s+)?$", re.IGNORECASE)
            if doc.get("place_owner_heads")
            else None
        ),
        # an office of the place's owner with a possessive after the place ("the New Jersey Governor's bid")
        owner_possessive_re=re.compile(rf"\s+(?:{_alt(heads)})[’']s\b", re.IGNORECASE),
        acting_re=(
            re.compile(
                rf"^(?:\s+(?:{_alt(doc.get('place_acting_adverbs') or ['also'])}))*\s+"
                rf"(?:{_alt(doc['place_acting_verbs'])})\b(?!\s+(?:been|by)\b)"
            )
            if doc.get("place_acting_verbs")
            else None
        ),
        portfolio_heads=frozenset(w.lower() for w in doc.get("portfolio_heads") or []),
        portfolio_words=frozenset(w.lower() for w in doc.get("portfolio_words") or []),
        title_modifiers=frozenset(doc.get("title_modifiers") or []),
        compass_words=frozenset(doc.get("compass_words") or []),
        remit_heads=frozenset(w.lower() for w in doc.get("remit_heads") or []),
        place_with_words=frozenset(w.lower() for w in doc.get("place_with_words") or []),
        alias_compounds=tuple(doc.get("alias_compounds") or []),
        state_body_heads={str(k): str(v) for k, v in (doc.get("state_body_heads") or {}).items()},
        state_body_words=frozenset(doc.get("state_body_words") or []),
        state_body_not_words=frozenset(doc.get("state_body_not_words") or []),
        # "The UN special envoy for Syria, Geir Pedersen," / "the UN's humanitarian coordinator in Sudan, X": a
        # role phrase with a determiner or a possessive, then a comma, introduces the name after it
        pre_appos_re=re.compile(
            rf"(?:^|\b(?:the|a|an|its|their|his|her)\s+|[’']s\s+)(?:[\w.’'-]+\s+){{0,4}}?(?:{head_words})"
            rf"(?:\s+(?:for|in|on|of|to|at|with)\s+(?:the\s+)?[\w.’'-]+(?:\s+[\w.’'-]+){{0,3}}?)?,\s+$",
            re.IGNORECASE,
        ),
        group_demonym_re=(
            re.compile(rf"\b(?:{_alt(doc['group_demonym_before'])})\s+$", re.IGNORECASE)
            if doc.get("group_demonym_before")
            else None
        ),
        role_nouns=role_nouns,
        role_re=role_re,
        heads=heads,
        head_re=head_re,
        org_re=org_re,
        org_head_re=re.compile(rf"\b(?:{oh})\b"),
        place_pre_last=_last_words([*doc["place_prepositions"], *doc["place_adjectives"], "the", "of"]),
        place_pre_vocab=_vocabulary(
            [*doc["place_prepositions"], *doc["place_adjectives"], *doc["place_nouns"]]
        ),
        role_first=_first_words([*doc["role_modifiers"], *role_nouns]),
        head_first=_first_words(heads),
        head_last=_last_tokens(heads),
        head_tails=frozenset(h.split()[-1] for h in heads) if all(h.isascii() and h.split() for h in heads) else None,
        org_heads=org_heads,
        org_generic=frozenset(doc["org_generic_words"]),
        place_pre_re=place_pre_re,
        not_place_to=frozenset(w.lower() for w in doc["not_place_before_to"]),
        particles=frozenset(doc["name_particles"]),
        particle_firsts=(
            frozenset(str(w)[0] for w in doc["name_particles"])
            if all(re.fullmatch("[a-z]+", str(w)) for w in doc["name_particles"])
            else None
        ),
        verbs_after_re=re.compile(rf"^(?:\s*\([^)]{{1,24}}\))?,?\s+(?:{verbs})\b"),
        verbs_before_re=re.compile(rf"\b(?:{verbs}|according\s+to)\s+$"),
        verbs_last=_last_word_set([*doc["reporting_verbs"], "according to"]),
        apposition_re=apposition_re,
        not_names=frozenset(doc["not_name_words"]),
        given=given,
        cand_re=cand_re,
        version=str(doc.get("version")),
        name_heads=frozenset(general["company_heads"]) | frozenset(general["club_heads"]),
        given_more=given | _census_given(general, frozenset(doc["not_name_words"]), heads),
    )
    object.__setattr__(rules, "word_ok", cache.scoped("actors.word_ok", rules, _WORD_MEMO_SIZE))
    object.__setattr__(rules, "inst_pre", cache.scoped("actors.inst_pre", rules, _MEMO_SIZE))
    return rules
