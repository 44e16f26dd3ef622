"""The switches of the quick exits in the sentence rules: each is a word check that skips a regex or a rule
when it provably cannot match. True (the default) takes the exit; False runs the full check always, to A/B
them (``bench/bench_actors.py``, the tests). The output is the same either way.
"""

from __future__ import annotations

_FAST_PLACE = True  # the word check before place_pre_re in _is_place (False: the regex always, to A/B it)

_FAST_ROLE = True  # the word checks in _role_match, _head_match and _title_before (False: the full checks, to A/B them)

_FAST_ORGS = True  # skip _find_orgs when _orgs_blocked says it adds nothing (False: always run it, to A/B it)

_FAST_CHUNKS = True  # the quick exit of _name_chunks (False: the full scan always, to A/B it)

_FAST_MEDIA = True  # media_names' prefilter only where a masthead word or acronym is (False: always)

_FAST_CANDS = True  # _name_chunks' candidates: capitals, particles only where they matter (False: cand_re)

_FAST_GROW = True  # _grow_place (article_evidence) scans only a side a word is glued to (False: both always)
