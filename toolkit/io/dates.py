"""Publication dates as news archives print them: ISO 8601, e-mail dates, written-out dates in English and, through
``data/date_words.yaml``, in the languages of the archives' other interfaces (German, French, Spanish, Italian,
Portuguese, Dutch). Used by :mod:`toolkit.io.loading` and :mod:`toolkit.io.exports` for ``articles.published``.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
import unicodedata
import warnings
from typing import Any

from toolkit.core import cache
from toolkit.core.resources import data_path, load_yaml

_NO_YEAR, _NO_YEAR2 = dt.datetime(1, 1, 1), dt.datetime(2, 2, 2)  # two defaults: a part left out shows
_SLASHED = re.compile(r"^(\d{1,2})/(\d{1,2})/\d{4}$")
_COMPACT = re.compile(r"^(?:19|20)\d{6}(?:T?\d{4}(?:\d{2})?Z?)?$")


def parse_date(value: Any) -> dt.date | None:
    """Parse a publication date from common news and archive formats; ``None`` when it cannot.

    ISO 8601 and e-mail (RFC 2822) dates first, then ``dateutil``'s parser for written-out dates
    ("22 March 2024", "March 22, 2024", "January 11, 2010 Monday" as news archives print them,
    "22.03.2024" day first). A date must name its year, month and day: "March 2024" or "12" give
    ``None``, never a day made up; so does a slashed date whose day and month could be either way
    round ("03/04/2024"), while "13/04/2024" is read as the 13th of April.

    >>> parse_date("2024-03-22T10:15:00Z"), parse_date("22 March 2024"), parse_date("Fri, 22 Mar 2024 10:00:00 GMT")
    (datetime.date(2024, 3, 22), datetime.date(2024, 3, 22), datetime.date(2024, 3, 22))
    >>> parse_date("January 11, 2010 Monday"), parse_date("March 2024")
    (datetime.date(2010, 1, 11), None)
    >>> parse_date("20240304T091500Z"), parse_date("July 1, 2019 Monday 9:20 AM EST")
    (datetime.date(2024, 3, 4), datetime.date(2019, 7, 1))
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    s = str(value).strip()
    if not s:
        return None
    if re.match(r"^\d{4}-\d{2}-\d{2}", s):
        try:
            return dt.date.fromisoformat(s[:10])
        except ValueError:
            return None
    if _COMPACT.match(s):  # ISO 8601 basic, as GDELT writes it: 20240304T091500Z, 20240304091500
        try:
            return dt.date(int(s[:4]), int(s[4:6]), int(s[6:8]))
        except ValueError:
            return None
    try:
        return email.utils.parsedate_to_datetime(s).date()
    except (TypeError, ValueError, IndexError):
        pass
    slashed = _SLASHED.match(s)
    if (
        slashed
        and int(slashed.group(1)) <= 12
        and int(slashed.group(2)) <= 12
        and slashed.group(1) != slashed.group(2)
    ):
        return None  # 03/04/2024: March or April? not guessed
    day = _written_date(s)
    if day is None:  # another language's month names ("9 janvier 1993", "Montag, 9. Januar 1993")?
        english = _english_date_words(s)
        day = _written_date(english) if english is not None else None
    return day


def _written_date(s: str) -> dt.date | None:
    """A written-out date by ``dateutil`` (day first), only when the text names its year, month and day."""
    from dateutil import parser as date_parser

    try:
        with warnings.catch_warnings():  # "9:20 AM EST": the zone is not needed for the day
            warnings.simplefilter("ignore", date_parser.UnknownTimezoneWarning)
            a = date_parser.parse(s, default=_NO_YEAR, dayfirst=True)
            b = date_parser.parse(s, default=_NO_YEAR2, dayfirst=True)
    except (ValueError, OverflowError):  # dateutil's ParserError is a ValueError
        return None
    if a.date() != b.date():  # the year, month or day came from the default: not in the text
        return None
    return a.date()


def _date_word_table() -> dict[str, str]:
    """Folded word -> replacement ("" drops it) from ``data/date_words.yaml``: months of other languages to the
    English month, weekdays and connecting words ("de", "le") to nothing. Built once per version of the file:
    an export's reader tries many lines that are not dates."""
    path = data_path("date_words.yaml")
    return cache.load("io.date_words", (path,), _build_date_word_table)


def _build_date_word_table() -> dict[str, str]:
    data = load_yaml("date_words.yaml")
    table = {_fold_date_word(w): "" for w in [*data["weekdays"], *data["fillers"]]}
    for month, names in data["months"].items():
        table.update({_fold_date_word(n): month for n in names})
    return table


def _fold_date_word(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.strip().rstrip(".").lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _english_date_words(s: str) -> str | None:
    """``s`` with other languages' month names in English and their weekdays and connecting words left out;
    ``None`` when no word of ``data/date_words.yaml`` is in it.

    >>> _english_date_words("Montag, 9. Januar 1993"), _english_date_words("9 de enero de 1993")
    (', 9. january 1993', '9 january 1993')
    """
    table = _date_word_table()
    changed = False
    parts = re.split(r"([\s,]+)", s)
    for i, part in enumerate(parts):
        key = _fold_date_word(part)
        if part and not part.isspace() and key in table and table[key] != key:
            parts[i], changed = table[key], True
    return re.sub(r"\s+", " ", "".join(parts)).strip() if changed else None
