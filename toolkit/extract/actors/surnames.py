"""Surnames within an article: "Netanyahu" or "Abu Thabet" after the full name is that person, another given
name before a known surname is another person of the family, a lone first name refers back to the one person
found with it.
"""

from __future__ import annotations

import re

from toolkit.core import cache
from toolkit.extract.actors.lexicon import _Lexicon
from toolkit.extract.actors.mentions import _START, _Mention, _Sentence
from toolkit.extract.actors.rules import _Rules
from toolkit.extract.actors.titles import _title_before
from toolkit.extract.actors.words import _slug

_SURNAME_KEYS = cache.memo("actors.surname_keys", 65_536)

_HYPHEN_GIVEN_RE = re.compile(r"[A-Z][a-z]+-[a-z]+")

_ARABIC_ARTICLE_RE = re.compile(r"(?:al|el|ad|as|ash|at|az|Al|El)-(.+)$")


def _surname_keys(name: str, particles: frozenset[str]) -> tuple[str, ...]:
    """:func:`_surname_keys_of`, memoised (a pure function of its arguments)."""
    key = (name, particles)
    keys = _SURNAME_KEYS.get(key)
    if keys is None:
        keys = _SURNAME_KEYS.put(key, tuple(_surname_keys_of(name, particles)))
    return keys  # type: ignore[no-any-return]


def _surname_keys_of(name: str, particles: frozenset[str]) -> list[str]:
    words = name.split()
    if len(words) < 2:
        return []
    keys = [words[-1]]
    if len(words) == 2 and _HYPHEN_GIVEN_RE.fullmatch(words[1]):
        keys.append(words[0])  # "Lai Ching-te", "Chen Wei-lun": the family name comes first
    if len(words) >= 3 and (words[-2] in particles or words[-2].lower() in particles):
        keys.append(" ".join(words[-2:]))
    last = words[-1]
    m = _ARABIC_ARTICLE_RE.match(last)
    if m:
        keys.append(m.group(1))
    return keys


def _register_surnames(sent: _Sentence, rules: _Rules, known: dict[str, _Mention | None]) -> None:
    """Add the surnames of the people named in ``sent`` to ``known`` (None marks an ambiguous key)."""
    for m in sent.mentions:
        if m.type != "person" or m.rule == "surname":
            continue
        name = sent.text[m.name_start if m.name_start is not None else m.start : m.end]
        for key in (*_surname_keys(name, rules.particles), *_surname_keys(m.label, rules.particles)):
            if key in known and (known[key] is None or known[key].actor_id != m.actor_id):  # type: ignore[union-attr]
                known[key] = None
            else:
                known[key] = m


def _surname_tail(words: list[str], keys: dict[str, str]) -> tuple[int, str] | None:
    """The longest tail of ``words`` that is a known surname: (its length, the person's id), or None."""
    for n in range(len(words), 0, -1):
        tail = " ".join(words[-n:])
        if tail in keys:
            return n, keys[tail]
    return None


def _resolve_surnames(sents: list[_Sentence], rules: _Rules, lex: _Lexicon) -> None:
    """Within one article: a pending capitalised word equal to a known person's surname is that person.

    A pending name whose given name is another ("Romi Gonen" after "Meirav Leshem Gonen") is another person of
    that family; a pending first name alone ("Romi's mother") is the one person found in the article with it.
    """
    if not any(sent.pending for sent in sents):
        return
    owners: dict[str, set[str]] = {}
    info: dict[str, _Mention] = {}
    for sent in sents:
        for m in sent.mentions:
            if m.type != "person":
                continue
            name = sent.text[m.name_start if m.name_start is not None else m.start : m.end]
            for key in (*_surname_keys(name, rules.particles), *_surname_keys(m.label, rules.particles)):
                owners.setdefault(key, set()).add(m.actor_id)
                info.setdefault(m.actor_id, m)
    keys = {k: next(iter(v)) for k, v in owners.items() if len(v) == 1}
    grown: set[int] = set()  # the sentences (ids) given a mention, sorted at the end
    if keys:
        for sent in sents:
            for p in [p for p in sent.pending if len(p.tokens) > 1]:
                words = [w for _, _, w in p.tokens]
                hit = _surname_tail(words, keys)
                if hit is None or hit[0] == len(words):
                    continue
                if set(words[: len(words) - hit[0]]) <= set(info[hit[1]].label.split()):
                    continue
                name = sent.text[p.start : p.end]
                m = _Mention(
                    p.start, p.end, "new:" + _slug(name), name, "person", "family_name", name_start=p.start
                )
                sent.mentions.append(m)
                sent.pending.remove(p)
                info.setdefault(m.actor_id, m)
                grown.add(id(sent))
    firsts: dict[str, set[str]] = {}
    for aid, m in info.items():
        parts = m.label.split()
        if aid.startswith("new:") and len(parts) >= 2 and parts[0] not in rules.particles:
            firsts.setdefault(parts[0], set()).add(aid)
    if not keys and not firsts:
        return
    for sent in sents:
        for p in sent.pending:
            words = [w for _, _, w in p.tokens]
            hit = _surname_tail(words, keys)
            if hit is not None:
                n, actor = hit
                s = (
                    p.start if n < len(words) else p.tokens[-n][0]
                )  # "Meirav Leshem Gonen" before the full name
                e = p.end
            elif len(words) == 1 and len(firsts.get(words[0], ())) == 1:
                s, e, actor = p.start, p.end, next(iter(firsts[words[0]]))
            else:
                continue
            src = info[actor]
            title_start = _title_before(sent.text, s, rules, [(x.start, x.end) for x in sent.mentions])
            m = _surname_mention(src, sent.text, s, e, title_start)
            if all(m.end <= x.start or m.start >= x.end for x in sent.mentions):
                sent.mentions.append(m)
                grown.add(id(sent))
        if id(sent) in grown:
            sent.mentions.sort(key=_START)


def _surname_mention(src: _Mention, text: str, s: int, e: int, title_start: int | None) -> _Mention:
    """A later mention of the person ``src`` by surname at ``s:e``, with its title (``army chief``) if any."""
    m = _Mention(
        s, e, src.actor_id, src.label, "person", "surname",
        affiliation=src.affiliation, role=src.role, name_start=s,
    )  # fmt: skip
    if title_start is not None:
        m.title = text[title_start:s].rstrip(" ,")
        m.start = title_start
    return m
