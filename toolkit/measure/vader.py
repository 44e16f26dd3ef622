"""VADER sentiment, exactly as NLTK computes it, several times faster, offline.

Tables in: none (strings). Tables out: none; :mod:`toolkit.measure.sentiment` builds the tables.

Method: VADER (Hutto & Gilbert 2014, ICWSM-14) as implemented by NLTK 3.10
(``nltk.sentiment.vader.SentimentIntensityAnalyzer.polarity_scores``). :class:`Vader` gives the
same four numbers on any text (tested against NLTK with hypothesis), with NLTK's quirks kept:
a repeated word is scored in the context of its first occurrence, the "but" rule scales every
word before/after the first "but", ``never so``/``this`` boosts, idioms compare case-sensitively.
It is faster because the per-word work is memoised per distinct token (punctuation stripping,
lower-casing, lexicon lookup, negation and booster flags; a bounded memo of the engine, shared by
threads: :mod:`toolkit.core.cache`) and VADER's context rules run only on the few words that are in
the lexicon; the float operations on those words are NLTK's, in
NLTK's order, so scores are bit-identical, not merely close.

Lexicon: the user's installed NLTK ``vader_lexicon`` when present (``nltk.data.find``), else the
``vader_lexicon.txt`` shipped inside the ``vaderSentiment`` package; nothing is downloaded. Rule
constants, negations, boosters and idioms are NLTK's, kept in ``data/lexicon_vader_rules.yaml``.
A domain lexicon (``data/lexicon_conflict.yaml`` is an example) adds or overrides entries.

>>> v = Vader()
>>> v.polarity_scores("The ceasefire is NOT good, but aid is arriving!")
{'neg': 0.2, 'neu': 0.8, 'pos': 0.0, 'compound': -0.2488}
>>> Vader(lexicon="lexicon_conflict.yaml").polarity_scores("Airstrikes hit the camp.")["compound"]
-0.5106
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import math
import operator
import os
import string
from bisect import bisect_left
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import compress
from pathlib import Path
from typing import Any

import yaml

from toolkit.core import cache
from toolkit.core.resources import data_path, load_yaml

RULES_FILE = "lexicon_vader_rules.yaml"
_PUNCT = frozenset(string.punctuation)
TOKEN_MEMO_SIZE = 500_000
"""Distinct tokens a :class:`Vader` remembers the word information of."""


@dataclass(frozen=True)
class Lexicon:
    """A VADER lexicon: ``entries`` (lower-case word -> valence) and a ``label`` naming its sources."""

    entries: Mapping[str, float]
    label: str


def _decode(raw: bytes) -> str:
    # nltk.data.load's rule for text resources: UTF-8, else Latin-1
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def _parse_vader_text(text: str) -> dict[str, float]:
    """``make_lex_dict`` of NLTK: one ``word<TAB>valence[<TAB>...]`` entry per line."""
    lex: dict[str, float] = {}
    for line in text.split("\n"):
        word, measure = line.strip().split("\t")[0:2]
        lex[word] = float(measure)
    return lex


@functools.lru_cache(maxsize=1)
def default_lexicon_file() -> Path:
    """Where VADER's lexicon is: installed NLTK data (a zip) first, else vaderSentiment's file.

    Only the place is remembered (for the process); the contents are read by :func:`default_lexicon_source`,
    again when the file changes.
    """
    try:
        import nltk.data

        zpath = nltk.data.find("sentiment/vader_lexicon.zip")
    except (ImportError, LookupError):
        zpath = None
    if zpath is not None:
        return Path(str(zpath))
    spec = importlib.util.find_spec("vaderSentiment")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError(
            "VADER's lexicon was not found: install the vaderSentiment package (pip install vaderSentiment) "
            "or NLTK's vader_lexicon data"
        )
    return Path(list(spec.submodule_search_locations)[0]) / "vader_lexicon.txt"


def _read_lexicon_source(path: Path) -> tuple[str, bytes]:
    if path.suffix == ".zip":
        import zipfile

        with zipfile.ZipFile(str(path)) as zf:
            raw = zf.read("vader_lexicon/vader_lexicon.txt")
        return "vader_lexicon.txt (nltk_data)", raw
    try:
        from importlib.metadata import version

        ver = version("vaderSentiment")
    except Exception:  # pragma: no cover - metadata missing
        ver = "?"
    return f"vader_lexicon.txt (vaderSentiment {ver})", path.read_bytes()


def default_lexicon_source() -> tuple[str, bytes]:
    """(description, raw bytes) of VADER's lexicon: installed NLTK data first, else vaderSentiment's file
    (read once per version of the file, :func:`toolkit.core.cache.load`)."""
    path = default_lexicon_file()
    return cache.load("vader.lexicon_source", (path,), lambda: _read_lexicon_source(path))


def nltk_analyzer() -> Any:
    """NLTK's own ``SentimentIntensityAnalyzer`` on the lexicon file this engine reads, loaded offline: the
    reference whose ``polarity_scores`` the engine's scores equal (tests and ``bench/`` compare against it).

    Installed NLTK data first (as :func:`default_lexicon_source`), else vaderSentiment's folder is put on
    ``nltk.data.path`` and its ``vader_lexicon.txt`` read; nothing is downloaded.

    >>> round(nltk_analyzer().polarity_scores("The rescue was a great success.")["compound"], 4)
    0.9022
    """
    import nltk.data
    from nltk.sentiment.vader import SentimentIntensityAnalyzer

    label, _ = default_lexicon_source()
    if "nltk_data" in label:
        return SentimentIntensityAnalyzer()
    import vaderSentiment

    folder = os.path.dirname(vaderSentiment.__file__)
    if folder not in nltk.data.path:
        nltk.data.path.append(folder)
    return SentimentIntensityAnalyzer(lexicon_file="vader_lexicon.txt")


def _default_lexicon() -> Lexicon:
    def build() -> Lexicon:
        label, raw = default_lexicon_source()
        return Lexicon(entries=_parse_vader_text(_decode(raw)), label=f"vader: {label}")

    return cache.load("vader.default_lexicon", (default_lexicon_file(),), build)


def _read_domain_file(path: Path) -> tuple[dict[str, float], str]:
    if path.suffix.lower() in (".yaml", ".yml"):
        with open(path, encoding="utf-8") as fh:  # load_lexicon keeps the result per version of the file
            doc = yaml.safe_load(fh)
        if not isinstance(doc, dict) or not isinstance(doc.get("entries"), dict):
            raise ValueError(f"{path}: a YAML lexicon needs a mapping `entries: {{word: valence}}`")
        raw_entries: dict[Any, Any] = doc["entries"]
        name = str(doc.get("name") or path.stem)
        version = doc.get("version")
        label = f"{name} {version}" if version is not None else name
    else:
        raw_entries = {}
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            parts = line.strip().split("\t")
            if len(parts) < 2:
                raise ValueError(f"{path}: line {n}: expected `word<TAB>valence`, got {line!r}")
            raw_entries[parts[0]] = parts[1]
        label = path.stem
    entries: dict[str, float] = {}
    for word, value in raw_entries.items():
        w = str(word).strip().lower()
        if not w or any(c.isspace() for c in w):
            raise ValueError(
                f"{path}: lexicon entry {word!r} must be one word without spaces (VADER scores single tokens)"
            )
        try:
            v = float(value)
        except (TypeError, ValueError):
            raise ValueError(
                f"{path}: lexicon entry {word!r} has valence {value!r}, expected a number"
            ) from None
        if not math.isfinite(v):
            raise ValueError(
                f"{path}: lexicon entry {word!r} has valence {value!r}, expected a finite number"
            )
        entries[w] = v
    digest = hashlib.sha1(repr(sorted(entries.items())).encode()).hexdigest()[:8]
    return entries, f"{label} ({path.name}, {len(entries)} entries, sha1 {digest})"


def load_lexicon(lexicon: str | Path | Lexicon | None = None) -> Lexicon:
    """VADER's lexicon, plus a domain lexicon file's entries when ``lexicon`` is given.

    ``lexicon`` is a packaged name (``"lexicon_conflict.yaml"``) or a path to a YAML file
    (``entries: {word: valence}``) or a VADER-format text file (``word<TAB>valence``). Read once per
    version of the files (an edited lexicon is read again on the next call).

    >>> load_lexicon().label.startswith("vader: vader_lexicon.txt")
    True
    >>> lex = load_lexicon("lexicon_conflict.yaml")
    >>> lex.entries["ceasefire"], lex.label.split(" + ")[1].split(" (")[0]
    (1.3, 'conflict 1')
    """
    if isinstance(lexicon, Lexicon):
        return lexicon
    if lexicon is None:
        return _default_lexicon()
    p = lexicon_file(lexicon)

    def build() -> Lexicon:
        base = _default_lexicon()
        extra, label = _read_domain_file(p)
        return Lexicon(entries={**base.entries, **extra}, label=f"{base.label} + {label}")

    return cache.load("vader.lexicon", (default_lexicon_file(), p), build)


def lexicon_file(lexicon: str | Path) -> Path:
    """The domain lexicon file ``lexicon`` names: a path, else a packaged name.

    >>> lexicon_file("lexicon_conflict.yaml").name
    'lexicon_conflict.yaml'
    """
    p = Path(lexicon)
    if p.exists():
        return p
    try:
        return data_path(str(lexicon))
    except FileNotFoundError:
        raise FileNotFoundError(
            f"lexicon file {str(lexicon)!r} not found (neither a path nor a packaged file)"
        ) from None


@dataclass(frozen=True)
class _Rules:
    b_incr: float
    b_decr: float
    c_incr: float
    n_scalar: float
    negate: frozenset[str]
    boosters: dict[str, float]
    idioms: dict[str, float]
    punctuation: frozenset[str]
    idiom_triggers: frozenset[str]


def load_rules() -> _Rules:
    """VADER's constants and word lists (NLTK's ``VaderConstants``) from ``data/lexicon_vader_rules.yaml``
    (built once per version of the file)."""
    path = data_path(RULES_FILE)
    return cache.load("vader.rules", (path,), lambda: _build_rules(path))


def _build_rules(path: Path) -> _Rules:
    d = load_yaml(path)
    inc, dec = float(d["b_incr"]), float(d["b_decr"])
    boosters = {str(w): (inc if v == "b_incr" else dec) for w, v in d["boosters"].items()}
    idioms = {str(k): v for k, v in d["idioms"].items()}
    multi = [k for k in boosters if " " in k]
    # one word of each idiom / two-word booster (its longest): an idiom needs all its words, so
    # no trigger nearby means no idiom can match
    triggers = {max(reversed(k.split(" ")), key=len) for k in list(idioms) + multi}
    return _Rules(
        b_incr=inc, b_decr=dec, c_incr=float(d["c_incr"]), n_scalar=float(d["n_scalar"]),
        negate=frozenset(str(w) for w in d["negate"]), boosters=boosters, idioms=idioms,
        punctuation=frozenset(str(p) for p in d["punctuation"]),
        idiom_triggers=frozenset(triggers),
    )  # fmt: skip


# token info tuple fields
_W, _LOW, _LEX, _BOOST, _NEG, _UP, _HIT, _MOD = range(8)
_get_hit = operator.itemgetter(_HIT)
_get_mod = operator.itemgetter(_MOD)
_get_up = operator.itemgetter(_UP)
_get_lex = operator.itemgetter(_LEX)
_WORD_MODS = frozenset(("never", "so", "this"))  # modifiers as written (NLTK compares them case-sensitively)
_LOW_MODS = frozenset(("least", "kind", "but"))  # modifiers in any case


def _token_info(t: str, lex: Mapping[str, float], r: _Rules) -> tuple[Any, ...]:
    """(word, lower, valence or None, is_booster, is_negation, is_upper, is_hit, is_modifier) of a raw token.

    One-character tokens give ``()`` (VADER drops them; false, as a missing token's ``None``). A *modifier* is any
    word that can change a neighbour's valence under VADER's rules (booster, negation, never/so/this, least, kind,
    but, or a word of an idiom); a lexicon word with no modifier within three words before and two after (and
    not in capitals) keeps its lexicon valence, which lets :meth:`Vader.score` skip the rules for it.
    """
    if len(t) <= 1:
        return ()
    # most tokens neither start nor end with a mark: they are their own word
    w = _strip_punct(t, r.punctuation) if t[0] in _PUNCT or t[-1] in _PUNCT else t
    low = w.lower()
    boost = low in r.boosters
    val = None if boost else lex.get(low)
    neg = low in r.negate or "n't" in low
    mod = boost or neg or w in _WORD_MODS or low in _LOW_MODS or w in r.idiom_triggers
    return (w, low, val, boost, neg, w.isupper(), val is not None, mod)


def _strip_punct(t: str, marks: frozenset[str]) -> str:
    """NLTK's ``_words_plus_punc`` mapping for one token: ``,cat``/``cat!!`` -> ``cat``.

    A token loses one mark from ``PUNC_LIST`` at its start or end when the rest has no ASCII
    punctuation and is longer than one character; anything else is kept as written.
    """
    n = len(t)
    k = 0
    while k < n and t[k] in _PUNCT:
        k += 1
    if k:
        rest = t[k:]
        if len(rest) > 1 and t[:k] in marks and not any(c in _PUNCT for c in rest):
            return rest
        return t
    j = n
    while j > 0 and t[j - 1] in _PUNCT:
        j -= 1
    if j < n:
        rest = t[:j]
        if len(rest) > 1 and t[j:] in marks and not any(c in _PUNCT for c in rest):
            return rest
    return t


SCORE_MEMO_SIZE = 30_000
"""Texts a :class:`Vader` remembers the scores of (a sentence repeated across batches is scored once)."""


class Vader:
    """NLTK's VADER with a given lexicon; :meth:`polarity_scores` equals NLTK's on any text.

    >>> Vader().polarity_scores("Aid is NOT arriving and the situation is very bad.")
    {'neg': 0.296, 'neu': 0.704, 'pos': 0.0, 'compound': -0.5849}
    """

    def __init__(self, *, lexicon: str | Path | Lexicon | None = None) -> None:
        self.lexicon = load_lexicon(lexicon)
        self.rules = load_rules()
        self._lex = self.lexicon.entries
        # the engine's memos (toolkit.core.cache: bounded, shared by threads, emptied by cache.clear_all): per raw
        # token its word information (_token_info), per text its score
        self._tokens: cache.Memo[tuple[Any, ...]] = cache.scoped("vader.tokens", self, TOKEN_MEMO_SIZE)
        self._scores: cache.Memo[tuple[float, float, float, float]] = cache.scoped(
            "vader.scores", self, SCORE_MEMO_SIZE
        )

    @property
    def label(self) -> str:
        """Which lexicon produced the scores (goes to the ``lexicon`` column)."""
        return self.lexicon.label

    def polarity_scores(self, text: str) -> dict[str, float]:
        """``{'neg', 'neu', 'pos', 'compound'}`` of ``text``, as NLTK's ``polarity_scores``."""
        neg, neu, pos, comp = self.score(text)
        return {"neg": neg, "neu": neu, "pos": pos, "compound": comp}

    def score_many(self, texts: Iterable[str | None]) -> list[tuple[float, float, float, float]]:
        """(neg, neu, pos, compound) for each text; ``None`` scores as the empty string. A text that
        repeats (wire boilerplate, a story's updates, across calls too) is scored once
        (:meth:`score_cached`)."""
        get, put, score = self._scores.get, self._scores.put, self.score
        out = []
        for t in texts:
            t = t or ""
            r = get(t)  # read once: another thread may evict it
            out.append(put(t, score(t)) if r is None else r)
        return out

    def score_cached(self, text: str) -> tuple[float, float, float, float]:
        """:meth:`score`, remembered per text by this engine (a bounded memo of :data:`SCORE_MEMO_SIZE`
        texts that drops its oldest eighth when full; see :mod:`toolkit.core.cache`). The score is a pure
        function of the text and the lexicon, so the output is the same as without the memo."""
        r = self._scores.get(text)
        if r is None:
            r = self._scores.put(text, self.score(text))
        return r  # type: ignore[no-any-return]

    def _infos(self, text: str) -> list[tuple[Any, ...]]:
        """The word information of the tokens of ``text`` longer than one character (memoised per token)."""
        toks = text.split()
        vals = list(map(self._tokens.get, toks))  # each read once: another thread may evict it
        infos = list(filter(None, vals))
        if len(infos) != len(vals) and None in vals:  # tokens not in the memo (or one-character ones: ())
            infos = self._fill(toks, vals)
        return infos

    def _fill(self, toks: list[str], vals: list[Any]) -> list[tuple[Any, ...]]:
        """``vals`` (the memo's word information of ``toks``, None where it had none) completed and remembered,
        without the one-character tokens."""
        put, lex, rules = self._tokens.put, self._lex, self.rules
        for k, v in enumerate(vals):
            if v is None:
                t = toks[k]
                vals[k] = put(t, _token_info(t, lex, rules))
        return list(filter(None, vals))

    # ------------------------------------------------------------------ the algorithm

    def score(self, text: str) -> tuple[float, float, float, float]:
        """(neg, neu, pos, compound) of ``text``, rounded as NLTK rounds them."""
        toks = text.split()
        vals = list(map(self._tokens.get, toks))  # (inlined _infos: this runs once per text)
        infos = list(filter(None, vals))
        if len(infos) != len(vals) and None in vals:
            infos = self._fill(toks, vals)
        n = len(infos)
        if not n:
            return (0.0, 0.0, 0.0, 0.0)
        hits = list(compress(range(n), map(_get_hit, infos)))
        if not hits:
            return (0.0, 1.0, 0.0, 0.0)
        if not any(map(_get_mod, infos)):  # most sentences: no word that could change a neighbour's valence
            words = [infos[k] for k in hits]
            if not any(map(_get_up, words)):  # and no word in capitals: every word keeps its lexicon valence
                return _score_valence([v for v in map(_get_lex, words) if v != 0], n, text)
        vals = [v for _, v in self._hit_valences(infos, hits) if v != 0]
        return _score_valence(vals, n, text)

    def word_valences(self, text: str) -> list[float]:
        """VADER's valence of each word of ``text`` (NLTK's ``sentiments`` list, after the "but" rule).

        The words are the whitespace-separated tokens longer than one character.

        >>> [round(v, 3) for v in Vader().word_valences("Israel rejected the plan, but Hamas welcomed it.")]
        [0.0, -1.15, 0.0, 0.0, 0.0, 0.0, 2.1, 0.0]
        """
        infos = self._infos(text)
        out = [0.0] * len(infos)
        hits = list(compress(range(len(infos)), map(_get_hit, infos)))
        for k, v in self._hit_valences(infos, hits):
            out[k] = float(v)
        return out

    def _hit_valences(self, infos: list[Any], hits: list[int]) -> list[tuple[int, Any]]:
        """(position, valence after the "but" rule) of every lexicon word, in order."""
        n = len(infos)
        span = range(n)
        mods = list(compress(span, map(_get_mod, infos)))
        bi = -1
        for k in mods:
            if infos[k][_LOW] == "but":
                bi = k
                break
        n_mods = len(mods)
        first: dict[str, int] = {}
        memo: dict[int, Any] = {}
        capdiff: list[Any] = []
        out: list[tuple[int, Any]] = []
        for k in hits:
            inf = infos[k]
            i = first.setdefault(inf[_W], k)  # NLTK scores a repeated word in its first occurrence's context
            if i == k:
                p = bisect_left(mods, i - 3) if n_mods else 0
                if inf[_UP] or (p < n_mods and mods[p] <= i + 2):
                    v = memo[i] = self._valence(i, infos, capdiff)
                else:
                    v = memo[i] = inf[_LEX]  # no rule can apply: the lexicon valence
            else:
                v = memo[i]
            if bi >= 0:
                if k < bi:
                    v = v * 0.5
                elif k > bi:
                    v = v * 1.5
            out.append((k, v))
        return out

    def _cap_diff(self, infos: list[tuple[Any, ...]], scratch: list[Any]) -> bool:
        """NLTK's ``allcap_differential``: some but not all words are in capitals (computed once)."""
        if not scratch:
            scratch.append(None)
        if scratch[0] is None:
            n = len(infos)
            caps = sum(1 for inf in infos if inf[_UP])
            scratch[0] = 0 < n - caps < n
        return bool(scratch[0])

    def _valence(self, i: int, infos: list[tuple[Any, ...]], capdiff: list[Any]) -> float:
        """``sentiment_valence`` of NLTK for the word at ``i`` (a lexicon word, not a booster)."""
        r = self.rules
        lex = self._lex
        if len(capdiff) < 2:  # per-sentence scratch: [is_cap_diff or None, words, lows]
            capdiff[:] = [
                capdiff[0] if capdiff else None,
                [inf[_W] for inf in infos],
                [inf[_LOW] for inf in infos],
            ]
        words: list[str] = capdiff[1]  # type: ignore[assignment]
        lows: list[str] = capdiff[2]  # type: ignore[assignment]
        n = len(words)
        if i < n - 1 and lows[i] == "kind" and lows[i + 1] == "of":
            return 0
        valence: Any = infos[i][_LEX]
        if infos[i][_UP] and self._cap_diff(infos, capdiff):
            if valence > 0:
                valence += r.c_incr
            else:
                valence -= r.c_incr
        for start_i in range(3):
            j = i - (start_i + 1)
            if i > start_i and lows[j] not in lex:
                s = 0.0
                if infos[j][_BOOST]:
                    s = r.boosters[lows[j]]
                    if valence < 0:
                        s *= -1
                    if infos[j][_UP] and self._cap_diff(infos, capdiff):
                        if valence > 0:
                            s += r.c_incr
                        else:
                            s -= r.c_incr
                if start_i == 1 and s != 0:
                    s = s * 0.95
                if start_i == 2 and s != 0:
                    s = s * 0.9
                valence = valence + s
                valence = self._never_check(valence, words, infos, start_i, i)
                if start_i == 2:
                    valence = self._idioms_check(valence, words, i)
        # _least_check
        if i > 1 and lows[i - 1] not in lex and lows[i - 1] == "least":
            if lows[i - 2] != "at" and lows[i - 2] != "very":
                valence = valence * r.n_scalar
        elif i > 0 and lows[i - 1] not in lex and lows[i - 1] == "least":
            valence = valence * r.n_scalar
        return valence  # type: ignore[no-any-return]

    def _never_check(
        self, valence: Any, words: list[str], infos: list[tuple[Any, ...]], start_i: int, i: int
    ) -> Any:
        ns = self.rules.n_scalar
        if start_i == 0:
            if infos[i - 1][_NEG]:
                valence = valence * ns
        if start_i == 1:
            if words[i - 2] == "never" and (words[i - 1] == "so" or words[i - 1] == "this"):
                valence = valence * 1.5
            elif infos[i - 2][_NEG]:
                valence = valence * ns
        if start_i == 2:
            if (
                words[i - 3] == "never"
                and (words[i - 2] == "so" or words[i - 2] == "this")
                or (words[i - 1] == "so" or words[i - 1] == "this")
            ):
                valence = valence * 1.25
            elif infos[i - 3][_NEG]:
                valence = valence * ns
        return valence

    def _idioms_check(self, valence: Any, words: list[str], i: int) -> Any:
        r = self.rules
        trig = r.idiom_triggers
        n = len(words)
        # every idiom and two-word booster needs its trigger word: skip the string building otherwise
        if not any(words[j] in trig for j in range(i - 3, min(i + 3, n))):
            return valence
        idioms = r.idioms
        onezero = f"{words[i - 1]} {words[i]}"
        twoonezero = f"{words[i - 2]} {words[i - 1]} {words[i]}"
        twoone = f"{words[i - 2]} {words[i - 1]}"
        threetwoone = f"{words[i - 3]} {words[i - 2]} {words[i - 1]}"
        threetwo = f"{words[i - 3]} {words[i - 2]}"
        for seq in (onezero, twoonezero, twoone, threetwoone, threetwo):
            if seq in idioms:
                valence = idioms[seq]
                break
        if n - 1 > i:
            zeroone = f"{words[i]} {words[i + 1]}"
            if zeroone in idioms:
                valence = idioms[zeroone]
        if n - 1 > i + 1:
            zeroonetwo = f"{words[i]} {words[i + 1]} {words[i + 2]}"
            if zeroonetwo in idioms:
                valence = idioms[zeroonetwo]
        if threetwo in r.boosters or twoone in r.boosters:
            valence = valence + r.b_decr
        return valence


def _score_valence(vals: list[float], n: int, text: str) -> tuple[float, float, float, float]:
    """NLTK's ``score_valence`` given the non-zero word valences (in order) and the word count."""
    sum_s = float(sum(vals))
    ep_count = text.count("!")
    if ep_count > 4:
        ep_count = 4
    ep_amplifier = ep_count * 0.292
    qm_count = text.count("?")
    qm_amplifier: float = 0
    if qm_count > 1:
        qm_amplifier = qm_count * 0.18 if qm_count <= 3 else 0.96
    amp = ep_amplifier + qm_amplifier
    if sum_s > 0:
        sum_s += amp
    elif sum_s < 0:
        sum_s -= amp
    compound = sum_s / math.sqrt((sum_s * sum_s) + 15)
    pos_sum = 0.0
    neg_sum = 0.0
    neu_count = n
    for s in vals:
        if s > 0:
            pos_sum += float(s) + 1
            neu_count -= 1
        if s < 0:
            neg_sum += float(s) - 1
            neu_count -= 1
    if pos_sum > math.fabs(neg_sum):
        pos_sum += amp
    elif pos_sum < math.fabs(neg_sum):
        neg_sum -= amp
    total = pos_sum + math.fabs(neg_sum) + neu_count
    return (
        _round(math.fabs(neg_sum / total), 3, 1000.0),
        _round(math.fabs(neu_count / total), 3, 1000.0),
        _round(math.fabs(pos_sum / total), 3, 1000.0),
        _round(compound, 4, 10000.0),
    )


def _round(x: float, ndigits: int, scale: float) -> float:
    """``round(x, ndigits)`` bit for bit, faster: |x| <= 1 here and ``scale == 10 ** ndigits``.

    Away from a tie, the nearest integer ``k`` of ``x * scale`` is the correctly rounded decimal and
    ``k / scale`` is the double nearest to it, which is what ``round`` returns; near a tie
    (where ``x * scale`` may be off by an ulp) the built-in decides.
    """
    y = x * scale
    f = math.floor(y)
    r = y - f
    if 0.4999 < r < 0.5001:
        return round(x, ndigits)
    k = f + 1 if r > 0.5 else f
    return k / scale if k else math.copysign(0.0, x)
