"""Names a document uses in another sense than the gazetteer's: demonyms for another people than a
state's (data/other_senses.tsv: in a history of Native American nations, "the Indians" are not
India), and capitals for the organisation seated there (data/seats.tsv: "Brussels" in a report on
the EU), and short names two states share for the one the document names in full (data/short_names.tsv:
"Congo" in a report on the Democratic Republic of the Congo), and bodies named without their state
(data/home_bodies.tsv: "the Senate" in a history of American foreign relations)."""

from __future__ import annotations

import re
from functools import cache

from .lexicon import data_rows


@cache
def _rules() -> list[tuple[frozenset[str], re.Pattern[str]]]:
    rules = []
    for demonyms, _country, cues in data_rows("other_senses.tsv"):
        words = "|".join(re.escape(c) for c in cues.split(","))
        rules.append((frozenset(demonyms.split(",")), re.compile(rf"\b(?:{words})\b")))
    return rules


def other_senses(text: str) -> frozenset[str]:
    """The demonyms this document uses for another people than a state's."""
    found: set[str] = set()
    for demonyms, cues in _rules():
        if cues.search(text):
            found |= demonyms
    return frozenset(found)


@cache
def _seat_rules() -> list[tuple[str, str, re.Pattern[str], re.Pattern[str], list[str]]]:
    rules = []
    for capital, organisation, cues, host_cues, *rest in data_rows("seats.tsv"):
        not_cues = [c for c in (rest[0] if rest else "").split(",") if c]
        rules.append((capital, organisation, _any_of(cues), _any_of(host_cues), not_cues))
    return rules


def _any_of(phrases: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(c) for c in phrases.split(",")) + r")(?!\w)")


def seats(text: str) -> dict[str, str]:
    """The capitals this document uses for an organisation seated there, with the organisation's code
    ("" where it names two organisations seated there: neither the host nor a guess)."""
    named: dict[str, list[str]] = {}
    for capital, organisation, cues, host_cues, not_cues in _seat_rules():
        if capital not in text or host_cues.search(text):
            continue
        plain = text
        for phrase in not_cues:  # "the Western European Union" is not the European Union
            plain = plain.replace(phrase, "")
        if cues.search(plain):
            named.setdefault(capital, []).append(organisation)
    return {capital: found[0] if len(found) == 1 else "" for capital, found in named.items()}


@cache
def _short_name_rules() -> list[tuple[list[str], str, str, re.Pattern[str] | None, re.Pattern[str]]]:
    # (no to_cues: the other state's reading holds in any document that does not name the gazetteer's)
    return [(names.split(","), from_state, to_state, _any_of(to_cues) if to_cues else None, _any_of(from_cues))
            for names, from_state, to_state, to_cues, from_cues in data_rows("short_names.tsv")]


def short_names(text: str) -> dict[str, tuple[str, str]]:
    """The shared short names this document uses for the state it names in full: name -> (the
    gazetteer's state, the document's; "-" for none)."""
    out: dict[str, tuple[str, str]] = {}
    for names, from_state, to_state, to_cues, from_cues in _short_name_rules():
        if (to_cues is None or to_cues.search(text)) and not from_cues.search(text):
            out.update((name, (from_state, to_state)) for name in names)
    return out


@cache
def _home_body_rules() -> list[tuple[re.Pattern[str], str, str, str, re.Pattern[str], re.Pattern[str]]]:
    rules = []
    for names, country, sector, name, cues, not_cues in data_rows("home_bodies.tsv"):
        words = "|".join(re.escape(n) for n in names.split(","))
        rules.append((re.compile(rf"(?<![\w.-])(?:{words})(?![\w-])(?!\s+of\b)"), country, sector, name,
                      _any_of(cues), _any_of(not_cues)))
    return rules


def home_bodies(text: str) -> list[tuple[re.Pattern[str], str, str, str]]:
    """The bodies this document names without their state: (pattern of the bare names, state, sector, body's
    name)."""
    return [(names, country, sector, name) for names, country, sector, name, cues, not_cues in _home_body_rules()
            if cues.search(text) and not not_cues.search(text)]
