"""Quotes and speakers: who is quoted, in which words, and how (issue 6).

Tables in: ``sentences``, ``articles`` (and ``mentions`` when available). Tables out: ``quotes``
(one row per quoted span) and ``sources`` (who speaks, how often, with how many words).

Method (rule-based, in the spirit of the Gender Gap Tracker's quote extractor, Asr et al. 2021,
and of Pareti's attribution relations):

1. :func:`quoted_spans` pairs quotation marks paragraph by paragraph (curly, straight, single,
   guillemets; apostrophes are told apart from closing single quotes). A quote that runs over
   several paragraphs (the next paragraph opens with a new mark and the previous one is never
   closed) yields one span per paragraph. An opening mark that is never closed yields nothing, so
   no quote swallows the rest of the article.
2. Reporting cues (``data/quotes_verbs.yaml``: lemmas and their forms, plus phrases such as
   *according to*) are found in the text with the quotes blanked out. Each cue gets a speaker: the
   words before it in its clause (``Blinken said``, ``army chief Herzi Halevi has said``), or after
   it (``said Blinken``, ``according to Netanyahu``), reduced to the name when there is one
   (``French President Emmanuel Macron`` -> ``Emmanuel Macron``; titles from
   ``data/quotes_words.yaml``). Appositives and participial phrases between commas are skipped
   (``Tom Andrews, the UN rapporteur on Myanmar, said``; ``The army, led by General X, said``); a
   verb joined by *and* (``X thanked Y and said``) and a participle cue (``..., calling it``) take
   the subject of the clause's first verb; a relative clause's verb takes its antecedent (``drafted by X, who
   said``; ``a lecturer who asked not to be named said``). Pronouns (``he told AFP``) take the nearest preceding
   speaker that agrees in gender (:mod:`toolkit.extract.attribution`); ``he``/``she`` a name or a description of
   a person (head nouns in ``titles`` and ``persons``), ``they``/``it`` only a group, organisation or state
   (head nouns in ``groups``).
3. Each quote takes the cue right after it (``"...," Blinken said``), else right before it
   (``Blinken said: "..."``), else *according to*, else a clause ending in a colon (``Governor X addressed the crowd: "..."``: its subject,
   when a name or a person), else the cue of its clause (``said the vetoes
   were "cynical"``): a fragment anywhere in the complement of a speech verb (``said A, and that
   "B"``) is the verb's subject's, up to a background clause (``, as``, ``, when``) or a new
   coordinated clause (``, and residents fled``). A direct quote with no cue continues the previous
   speaker (quote paragraphs that follow an attributed one, multi-paragraph quotes).
4. ``kind``: ``direct`` when the quote is a whole statement (opens its sentence, follows a colon or
   a reporting clause, or continues a split quote), ``partial`` when a fragment has a speaker (or
   stands in a subheading, where it has none), ``term`` otherwise (scare quotes). A quote after
   which its sentence runs on without punctuation (``struck "militant targets" near Tyre``) is
   never ``direct``. A nickname inside a name (``Joaquin "El Chapo" Guzman``) is a ``term``.
5. The speaker is resolved to an actor of ``mentions`` that overlaps the speaker's words, or
   whose surface or surname matches them.

Modules: :mod:`~toolkit.extract.quotes.marks` (step 1, quotation marks),
:mod:`~toolkit.extract.quotes.lexicon` (the reporting cues and word lists of the two data files),
:mod:`~toolkit.extract.quotes.scan` (the text with its quotes blanked, and the cues and names found in it),
:mod:`~toolkit.extract.quotes.phrases` (speaker phrases around a cue, step 2),
:mod:`~toolkit.extract.quotes.attribute` (the quotes of one article: steps 3 and 4),
:mod:`~toolkit.extract.quotes.mentions` (step 5), :mod:`~toolkit.extract.quotes.extraction`
(:func:`extract_quotes`, the ``quotes`` table) and :mod:`~toolkit.extract.quotes.sources`
(:func:`summarise_sources`, the ``sources`` table).

>>> from toolkit.io.loading import read_articles
>>> from toolkit.text.tokenize import split_sentences
>>> arts = read_articles(['“We will not stop,” Defence Minister Yoav Gallant said. He added: “Never.”']).articles
>>> extract_quotes(split_sentences(arts), arts).select("quote", "kind", "cue", "speaker_surface").rows()
[('We will not stop,', 'direct', 'say', 'Yoav Gallant'), ('Never.', 'direct', 'add', 'Yoav Gallant')]
"""

from __future__ import annotations

from toolkit.extract.quotes.extraction import extract_quotes
from toolkit.extract.quotes.marks import quoted_spans
from toolkit.extract.quotes.sources import BY_CHOICES, By, summarise_sources

__all__ = ["BY_CHOICES", "By", "extract_quotes", "quoted_spans", "summarise_sources"]
