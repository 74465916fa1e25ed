"""Find actors in text: countries, organisations, groups, leaders, institutions and officials.

One Aho-Corasick automaton over every alias finds names; a short look at the words
either side then composes "Pakistan Army", "Russian defence minister", "President Putin"
or "Ministry of Defence of Pakistan". Matches are leftmost-longest and never overlap.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import ahocorasick

from detente.actors.entries import (
    DATA_DIR,
    Entry,
    Lexicon,
    Person,
    SectorWord,
    Tenure,
    build_lexicon,
    calendar_names,
    word_class,
)
from detente.actors.phrases import name_after, sector_at, sentence_start_before, tokens_after, tokens_before
from detente.model import Actor

KINDS = ("country", "demonym", "capital", "city", "org", "group", "leader", "institution",
         "official", "place", "coalition", "exercise")
_POSSESSIVE = ("'s", "’s")
# Kinds that can head a composed institution or official: a nationality.
_NATIONAL = frozenset({"country", "demonym"})
# Typographic apostrophes and dashes as the aliases write them, one character for one
# a middle initial between two name words: " P." in "George P. Shultz"
_MIDDLE_INITIAL = re.compile(r"\b[A-Z][a-z]+( [A-Z]\.)(?= [A-Z][a-z])")
_PLAIN_MARKS = str.maketrans({"\u2019": "'", "\u2010": "-", "\u2011": "-", "\u2013": "-"})
# Cheap test before reading words backwards: does "of " or "of the " end right here?
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$")


@cache
def _seated_before() -> re.Pattern[str]:
    """The same for a body that rules from a place: "the government in ", "the regime in the "."""
    bodies = "|".join(re.escape(b) for b in sorted(word_class("seated_bodies"), key=len, reverse=True))
    return re.compile(rf"\b(?:{bodies})\s+in\s+(?:the\s+)?$", re.IGNORECASE)


@dataclass(frozen=True)
class ActorMention:
    """One actor as written in a text, with character offsets into that text."""

    start: int
    end: int
    text: str
    actor: Actor
    kind: str


@dataclass(frozen=True)
class _Hit:
    """A name found by the automaton, before composition."""

    start: int
    end: int
    entry: Entry


def _code(country: str | None, sector: str | None) -> str | None:
    """Country code followed by the sector code, the CAMEO way."""
    if country is None:
        return None
    return country + (sector or "")


def _boundary_ok(text: str, start: int, end: int) -> bool:
    """True when the match is a whole word: no letter or digit touching either side."""
    if start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
        return False
    if end + 1 < len(text) and text[end] == "-" and text[end + 1].isdigit():
        return False  # a model designation, not a name: "Su-35", "Mi-35", "MiG-21"
    if text[end - 1] in "-\u2010\u2011\u2013":
        return True  # a combining form, which the next name follows: "Franco-German" (or with an en dash)
    return not (end < len(text) and (text[end].isalnum() or text[end] == "_"))


_INITIAL_THEN_NAME = re.compile(r"\.\s+([A-Z][a-z]+)")


def _an_initial_at_the_end(text: str, alias: str, end: int) -> bool:
    """Whether a name's last word, a single capital ("William I", "Charles V"), is a middle initial here: a
    full stop and a capitalised word follow that is not one that may follow a name ("William I. Buchanan")."""
    last = alias.rsplit(" ", 1)[-1]
    if len(last) != 1 or not last.isupper() or " " not in alias:
        return False
    after = _INITIAL_THEN_NAME.match(text, end)
    return after is not None and after.group(1) not in _name_followers()


def _form_of_another_state(text: str, hit: _Hit) -> bool:
    """Whether a name that ends in a form of state ("People's Republic") runs on with "of" and another name."""
    last = text[hit.start:hit.end].split()[-1].lower()
    return last in word_class("state_forms") and re.match(r"\s+of\s+(?:the\s+)?[A-Z]", text[hit.end:]) is not None


def _governs(text: str, end: int) -> bool:
    """Whether a leader's name ends at a word for the government it led ("the Carter administration")."""
    after = re.match(r"\s+(\w+)", text[end:end + 30])
    return after is not None and after.group(1).lower() in word_class("governments_named_after_leaders")


@cache
def _name_followers() -> frozenset[str]:
    """Capitalised words that may follow a surname without making it part of a longer name."""
    return word_class("name_followers") | calendar_names()


def _stance_prefixed(text: str, start: int, end: int, kind: str) -> bool:
    """ "post-Soviet states", "pro-Russian militias", "the post-Vietnam world", "the anti-Axis alliance": an
    adjective, coalition, organisation or one-word country under such a prefix describes others by their
    stance or past and names no party (classes stance_prefixes, and opposing_prefixes for coalitions only:
    "an anti-Japanese boycott" is aimed at Japan). A longer name stays: "post-Soviet Russia" is Russia."""
    if start < 2 or text[start - 1] not in "-\u2010\u2011\u2013":
        return False
    if kind not in _PREFIXABLE_KINDS and not (kind == "country" and " " not in text[start:end]):
        return False
    word = re.search(r"([A-Za-z]+)$", text[max(0, start - 12):start - 1])
    prefix = word.group(1).lower() if word else ""
    return prefix in word_class("stance_prefixes") or (
        kind == "coalition" and prefix in word_class("opposing_prefixes"))


_PREFIXABLE_KINDS = frozenset({"demonym", "coalition", "org"})


def _of_origin(text: str, end: int, kind: str) -> bool:
    """ "Irish-born veterans", "Cuban-born exiles": a nationality joined to a word of birth or descent tells where
    people came from, not a state that acts (class origin_suffixes)."""
    if kind != "demonym" or end >= len(text) or text[end] not in "-\u2010\u2011\u2013":
        return False
    word = re.match(r"[A-Za-z]+", text[end + 1:end + 14])
    return word is not None and word.group(0).lower() in word_class("origin_suffixes")


_MEMBER_KINDS = ("coalition", "exercise")  # names that stand for several states: one mention per member
_DATED_KINDS = ("leader", *_MEMBER_KINDS)  # names read by the year: who held the office, who the members were


_NAME_BEFORE = re.compile(r"[A-Z]\w+ $")  # a name word and a space, right before a particle


def _particle_before(text: str, pos: int) -> int | None:
    """Where a name particle ("al-", "van ") right before pos starts, if one is there."""
    particle = re.search(r"(\w+)[-\s]$", text[max(0, pos - 6):pos])
    if particle is None or particle.group(1).lower() not in word_class("name_particles"):
        return None
    return pos - len(particle.group(0))


def _in_a_name(text: str, hit: _Hit, hits: Sequence[_Hit]) -> bool:
    """ "Sheikh Sabah al-Ahmad Al Sabah": a place written after a name particle that follows a person's name the
    gazetteer knows is the end of that name, not the place (not "In Al Anbar", "Vive le Québec")."""
    particle = _particle_before(text, hit.start)
    return hit.entry.kind == "place" and particle is not None and any(
        h.entry.kind in ("leader", "official") and h.end <= particle and not text[h.end:particle].strip()
        for h in hits)


def _unparticled(name: str) -> str:
    """A name in lower case with its "al-" or "el-" dropped: "Bashar el-Assad" is "bashar assad"."""
    return re.sub(r"\b(?:al|el)-", "", name.lower())


def _stacked_demonyms(text: str, hits: tuple[_Hit, ...]) -> tuple[_Hit, ...]:
    """ "Bosnian Serb forces", "Syrian Turkmen rebels", "Turkish Cypriot leaders", "the Bosnian Serbs": of two
    nationality words in a row naming people (words.tsv: people_nouns), one the name of a people that lives
    across borders (peoples), that one names a people of the other's state; the two are one word of that
    state ("Russian Chinese talks", "the Somali Ethiopian war" stay two)."""
    peoples = word_class("peoples")
    out: list[_Hit] = []
    for hit in hits:
        last = out[-1] if out else None
        if last is None or not last.entry.kind == hit.entry.kind == "demonym" or text[last.end:hit.start] != " ":
            out.append(hit)
            continue
        follower = re.match(r"\s+([a-z]+)", text[hit.end:hit.end + 30])
        people = follower is not None and follower.group(1) in word_class("people_nouns")
        if not (text[hit.start:hit.end].endswith("s") or people):
            out.append(hit)  # "the Somali Ethiopian war", "Russian Chinese talks": two states
            continue
        first_people, second_people = text[last.start:last.end] in peoples, text[hit.start:hit.end] in peoples
        if second_people and not first_people:
            out[-1] = _Hit(last.start, hit.end, last.entry)
        elif first_people and not second_people:
            out[-1] = _Hit(last.start, hit.end, hit.entry)
        else:
            out.append(hit)
    return tuple(out)


def _owned_bodies(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """ "the Iranian Supreme National Security Council": a body the gazetteer knows as one state's, named after
    another state's demonym (with at most one word between), is that other state's body of the same kind."""
    out: list[ActorMention] = []
    for m in mentions:
        prev = out[-1] if out else None
        gap = text[prev.end:m.start].split() if prev is not None else []
        if prev is not None and prev.kind == "demonym" and m.kind == "institution" and prev.actor.country \
                and m.actor.country and m.actor.country != prev.actor.country \
                and len(gap) <= 1 and all(w[:1].isupper() for w in gap):
            written = text[prev.start:m.end]
            country = prev.actor.country
            actor = Actor(written, written, country, m.actor.sector, _code(country, m.actor.sector))
            out[-1] = ActorMention(prev.start, m.end, written, actor, "institution")
            continue
        out.append(m)
    return out


def _pick_person(people: tuple[Person, ...], year: int | None) -> Person:
    """The person in office in the year if any, else the one whose years in office lie nearest to it ("King George"
    in 1740 is George II, not George VI), else the first listed."""
    if year is not None:
        for person in people:
            if person.tenure_in(year) is not None:
                return person
        return min(people, key=lambda p: min((t.years_from(year) for t in p.tenures), default=9999))
    return people[0]


def _in_office_about(people: tuple[Person, ...], year: int | None) -> bool:
    """Whether one of the people held office in the year or within two years of it (a story's year is rough)."""
    return year is not None and any(p.tenure_in(y) is not None for p in people for y in range(year - 2, year + 3))


BODY_REACH = 40  # characters before a name in which the organisation whose office it holds may be named
YEARS_BEFORE_OFFICE = 20  # a bare surname in a story told this long before its bearer first took office is another's


def _before_their_time(people: tuple[Person, ...], year: int | None) -> bool:
    """Whether a story's year is long before any of the people held office: "Davis" alone in an essay on 1861 is not
    the Bahamian prime minister of 2021 (a surname alone names its bearer only once they are of an age to act)."""
    starts = [t.start for p in people for t in p.tenures if t.start is not None]
    return year is not None and bool(starts) and year < min(starts) - YEARS_BEFORE_OFFICE


def _ambiguous(people: tuple[Person, ...], year: int | None) -> bool:
    """People of several countries share the name and the year does not single one out."""
    if len({p.country for p in people}) <= 1:
        return False
    if year is None:
        return True
    return len({p.country for p in people if p.tenure_in(year) is not None}) != 1


def _tenure_for(person: Person, year: int | None) -> Tenure:
    """The tenure held in the year, else the one nearest in time, else the first."""
    held = person.tenure_in(year)
    if held is not None:
        return held
    assert year is not None
    return min(person.tenures, key=lambda t: t.years_from(year))


class Gazetteer:
    """The matcher over one set of gazetteer files; build once, reuse for every text."""

    def __init__(self, data_dir: Path = DATA_DIR, leaders: Path | None = None) -> None:
        self.lex: Lexicon = build_lexicon(data_dir, leaders)
        self.automaton = ahocorasick.Automaton()
        for alias in self.lex.aliases:
            self.automaton.add_word(alias, alias)
        self.automaton.make_automaton()
        self._codes = self._code_table()
        self._body_names = self._names_of_bodies()

    # ---- finding names -------------------------------------------------------------

    @lru_cache(maxsize=4096)  # noqa: B019 - one cache per gazetteer, which lives for the process
    def _recent_hits(self, text: str) -> tuple[_Hit, ...]:
        """The names in a text, remembered for the sentences just seen: the coder looks each sentence
        up twice, once before parsing and once with the year of the narrative (a batch is parsed in between)."""
        return tuple(self._hits(text))

    def _hits(self, text: str) -> list[_Hit]:
        """Leftmost-longest, non-overlapping whole-word alias matches."""
        found: list[tuple[int, int, bool, str]] = []
        # a typographic apostrophe or dash reads as a plain one ("People’s Republic of China", "the G–8");
        # same length, same offsets
        for start, end, cut, alias in self._matches(text.translate(_PLAIN_MARKS)):
            if not _boundary_ok(text, start, end):
                continue
            if self.lex.aliases[alias].kind == "ignore" and start > 0 and text[start - 1] in "-\u2010\u2011\u2013":
                continue  # "the Sino-Indian War": "Indian War" is no phrase of its own here
            if _an_initial_at_the_end(text, alias, end):
                continue  # "William I. Buchanan" is no king William I
            found.append((start, -end, cut, alias))
        found.sort()  # (on the same words, the name as written before the name found without its initial)
        hits: list[_Hit] = []
        last_end = 0
        for start, neg_end, _, alias in found:
            if start >= last_end:
                hits.append(_Hit(start, -neg_end, self.lex.aliases[alias]))
                last_end = -neg_end
        return [h for h in hits if h.entry.kind != "ignore"]

    def _matches(self, text: str) -> list[tuple[int, int, bool, str]]:
        """Every alias in the text, by start and end, and whether it was found only with an initial cut: a name told
        with a middle initial ("George P. Shultz") is also found as the name without it, over the whole span."""
        out = [(end - len(alias) + 1, end + 1, False, alias) for end, alias in self.automaton.iter(text)]
        cuts = [m.span(1) for m in _MIDDLE_INITIAL.finditer(text)]
        if not cuts:
            return out
        # the text without the initials, and where each of its characters stood in the text
        kept: list[str] = []
        where: list[int] = []
        last = 0
        for a, b in cuts:
            kept.append(text[last:a])
            where.extend(range(last, a))
            last = b
        kept.append(text[last:])
        where.extend(range(last, len(text)))
        for end, alias in self.automaton.iter("".join(kept)):
            start = where[end - len(alias) + 1]
            # (only a name an initial was cut from, and one no other leader bears with other middle names: "John Q.
            # Adams" is not John Adams)
            if where[end] - start + 1 > len(alias) and not self._shared_name(alias):
                out.append((start, where[end] + 1, True, alias))
        return out

    def _shared_name(self, alias: str) -> bool:
        """Whether another leader's name has the alias's first and last word ("John Adams", "John Quincy Adams")."""
        words = alias.split()  # (any word before the last: "President John Adams")
        return any(len(self._first_and_last().get((w, words[-1]), ())) > 1 for w in words[:-1])

    @lru_cache(maxsize=1)  # noqa: B019 - one table per gazetteer, which lives for the process
    def _first_and_last(self) -> dict[tuple[str, str], frozenset[str]]:
        """The leaders by the first and last word of each of their names."""
        table: dict[tuple[str, str], set[str]] = {}
        for alias, entry in self.lex.aliases.items():
            words = alias.split()
            if entry.kind == "leader" and len(words) >= 2:
                for person in entry.persons:
                    table.setdefault((words[0], words[-1]), set()).add(person.name)
        return {key: frozenset(names) for key, names in table.items()}

    # ---- building actors -----------------------------------------------------------

    def _simple(self, text: str, hit: _Hit, year: int | None) -> ActorMention:
        """The mention of a name standing alone."""
        entry, written = hit.entry, text[hit.start:hit.end]
        if entry.kind == "leader":
            return self._leader(text, hit.start, hit.end, entry, year)
        if entry.kind in ("org", "group"):
            actor = Actor(written, entry.name, entry.country, entry.sector, entry.code)
        else:
            actor = Actor(written, entry.name, entry.country, entry.sector,
                          _code(entry.country, entry.sector))
        return ActorMention(hit.start, hit.end, written, actor, entry.kind)

    def _leader(self, text: str, start: int, end: int, entry: Entry, year: int | None) -> ActorMention:
        """A leader mention; the year chooses the person and the office."""
        person = _pick_person(entry.persons, year)
        tenure = self._office_of_the_body_named(text, start, person, year) or _tenure_for(person, year)
        written = text[start:end]
        if tenure.country in self.lex.org_names and tenure.country not in self.lex.country_names:
            # the head of an organisation speaks for it: "Rutte" in 2025 is NATO, not the Netherlands he led until 2024
            actor = Actor(written, person.name, None, None, tenure.country)
        else:
            actor = Actor(written, person.name, tenure.country, tenure.sector,
                          _code(tenure.country, tenure.sector))
        return ActorMention(start, end, written, actor, "leader")

    def _office_of_the_body_named(self, text: str, start: int, person: Person, year: int | None) -> Tenure | None:
        """ "NATO Secretary-General Mark Rutte" in 2024, the year he left the Dutch premiership: the office the person
        held at the organisation named just before the name, in or next to the story's year."""
        before = text[max(0, start - BODY_REACH):start]
        for tenure in person.tenures:
            near = year is None or any(tenure.covers(y) for y in (year - 1, year, year + 1))
            named = self._body_names.get(tenure.country) if near else None
            if named is not None and named.search(before):
                return tenure
        return None

    def _names_of_bodies(self) -> dict[str, re.Pattern[str]]:
        """Organisation code -> a pattern of the names it is written by ("NATO", "North Atlantic Treaty
        Organization"), as whole words."""
        names: dict[str, list[str]] = {}
        for alias, entry in self.lex.aliases.items():
            if entry.kind == "org" and entry.code:
                names.setdefault(entry.code, []).append(re.escape(alias))
        return {code: re.compile(rf"\b(?:{'|'.join(found)})\b") for code, found in names.items()}

    def _composed(self, text: str, start: int, end: int, country: str, sector: str | None,
                  kind: str, person: str | None, phrase: str) -> ActorMention:
        """An institution or official: a country plus a sector phrase (and maybe a name)."""
        written = text[start:end]
        name = person or f"{self.lex.country_names.get(country, country)} {phrase.lower()}"
        actor = Actor(written, name, country, sector, _code(country, sector))
        return ActorMention(start, end, written, actor, kind)

    # ---- composition ---------------------------------------------------------------

    def _forward(self, text: str, hit: _Hit) -> tuple[int, str | None, str, int, str] | None:
        """A sector chain after a nationality: (end, sector, kind, chain end, phrase text)."""
        pos = hit.end
        if text.startswith(_POSSESSIVE, pos):
            pos += 2
        tokens = tokens_after(text, pos)
        i, sector, kind = 0, None, "institution"
        while i < len(tokens):
            found = sector_at(tokens, i, self.lex.sectors)
            if found is None or found[1].kind in ("none", "honorific"):
                break
            i, word = found
            sector = word.sector or sector
            kind = "official" if word.kind == "title" else kind
            if tokens[i - 1].closes:
                break
        if i == 0:
            return None
        phrase = text[tokens[0].start:tokens[i - 1].end]
        chain_end = tokens[i - 1].end
        end = chain_end
        if kind == "official" and not tokens[i - 1].closes:
            j = name_after(tokens, i)
            end = tokens[j - 1].end if j > i else chain_end
        if kind == "official" and sector is None:
            sector = "GOV"
        return end, sector, kind, chain_end, phrase

    def _backward_of(self, text: str, hit: _Hit, floor: int,
                     seat: bool = False) -> tuple[int, str | None, str, str] | None:
        """'Ministry of Defence of Pakistan': (start, sector, kind, phrase) of a phrase before 'of' (or, 'the government
        in Kabul', before 'in')."""
        window = max(0, hit.start - 30)
        if not (_OF_BEFORE.search(text, max(0, hit.start - 8), hit.start)
                or _seated_before().search(text, window, hit.start)):
            return None
        before = tokens_before(text, hit.start, 7)
        if before and before[-1].key == "the":
            before = before[:-1]
        if not before or before[-1].key not in ("of", "in"):
            return None
        seated = before[-1].key == "in"  # "the government in Kabul": only a body that rules from the place
        if seat and not seated:
            return None  # "the mayor of Kabul" is the city's
        body = before[:-1]
        for i in range(len(body)):
            if body[i].start < floor:
                continue
            found = sector_at(body, i, self.lex.sectors)
            if seated and (found is None
                           or text[body[i].start:body[-1].end].lower() not in word_class("seated_bodies")):
                continue
            if found and found[0] == len(body) and found[1].kind in ("institution", "title"):
                kind = "official" if found[1].kind == "title" else "institution"
                sector = found[1].sector or ("GOV" if kind == "official" else None)
                return body[i].start, sector, kind, text[body[i].start:body[-1].end]
        return None

    def _title_before(self, text: str, hit: _Hit, floor: int) -> int:
        """Start of a title or honorific right before a leader's name ('President', 'Mr')."""
        found = self._title_word_before(text, hit.start, floor)
        return found[0] if found else hit.start

    def _names_a_titled_person(self, text: str, hit: _Hit, floor: int, hits: Sequence[_Hit]) -> bool:
        """Whether the words right before a name end a person's name after the title of an office ("Finance Minister
        Marcelo Montenegro announced"): one or two capitalised given names that name nothing else, the title before
        them on the same line, and a lower-case word after (not a headline's capitals, "Minister Meets Chile
        Counterpart", nor a known name before the state, "After meeting President Xi China said")."""
        if re.match(r" [a-z]", text[hit.end:hit.end + 2]) is None:
            return False
        before = [t for t in tokens_before(text, hit.start, 2) if t.start >= floor]
        for given in (1, 2):
            names = before[len(before) - given:]
            if len(names) < given or not all(t.word[:1].isupper() and t.word[1:].islower()
                                             and self.lex.sectors.get(t.key) is None for t in names):
                return False
            if any(h.start < hit.start and h.end > names[0].start for h in hits if h is not hit):
                return False
            found = self._title_word_before(text, names[0].start, floor)
            if found is not None and found[1].kind == "title" and "\n" not in text[found[0]:hit.start]:
                return True
        return False

    def _office_before(self, text: str, hit: _Hit, floor: int) -> bool:
        """Whether the title of an office stands right before a name ("President Trump"; not "Mr. Davis")."""
        found = self._title_word_before(text, hit.start, floor)
        return found is not None and found[1].kind == "title"

    def _title_word_before(self, text: str, start: int, floor: int) -> tuple[int, SectorWord] | None:
        """(start, word) of the title or honorific right before a name that starts at `start`, if any."""
        before = [t for t in tokens_before(text, start, 4) if t.start >= floor]
        for i in range(len(before)):
            word = self.lex.sectors.get(" ".join(t.key for t in before[i:]))
            if word is not None and word.kind in ("title", "honorific") and before[i].word[0].isupper():
                return before[i].start, word
        return None

    def _surname_ok(self, text: str, hit: _Hit) -> bool:
        """A bare surname right after another capitalised name word is someone else's name, and one
        right before a capitalised word is part of another name ("Wall Street", "Carter Center")."""
        after = re.match(r"\s+([A-Z][a-z]+)", text[hit.end:hit.end + 30])
        if after and after.group(1) not in _name_followers():
            return False
        # "Omar al-Bashir": the name before "al-" goes with it
        start = _particle_before(text, hit.start) or hit.start
        before = tokens_before(text, start, 1)
        if not before or not before[0].word[0].isupper():
            return True
        word = self.lex.sectors.get(before[0].key)
        if word is not None and word.kind in ("title", "honorific"):
            return True
        written = _unparticled(text[before[0].start:hit.end])
        if any(_unparticled(n).endswith(written) for p in hit.entry.persons for n in (p.name, *p.aliases)):
            return True  # "Martin van Buren": the whole name, written in other case
        return start == hit.start and sentence_start_before(text, before[0].start)

    def _after_another_name(self, text: str, hit: _Hit, hits: Sequence[_Hit]) -> bool:
        """Whether a one-word name follows a capitalised word that is neither a title, a name the gazetteer knows
        ("Egypt's Sissi"), a word that may stand before a name ("On Monday Putin") nor one of the person's own names,
        inside a sentence ("Ambassador Yusuf Omar Azhari" is not Ismail al-Azhari)."""
        start = _particle_before(text, hit.start) or hit.start
        before = tokens_before(text, start, 1)
        if not before or not before[0].word[0].isupper() or sentence_start_before(text, before[0].start) \
                or before[0].word in _name_followers() or "'" in before[0].word or "’" in before[0].word \
                or any(h.start <= before[0].start < h.end for h in hits):
            return False
        word = self.lex.sectors.get(before[0].key)
        if word is not None and word.kind in ("title", "honorific"):
            return False
        written = _unparticled(text[before[0].start:hit.end])
        return not any(_unparticled(n).endswith(written) for p in hit.entry.persons for n in (p.name, *p.aliases))

    # ---- the pass over one text ----------------------------------------------------

    def find_actors(self, text: str, year: int | None = None) -> list[ActorMention]:
        """Every actor mention in the text, leftmost-longest, non-overlapping, in text order."""
        hits = self._recent_hits(text)
        if year is not None and not any(h.entry.kind in _DATED_KINDS for h in hits):
            year = None  # no name here is read differently in another year
        return list(self._recent_mentions(text, year))

    def names_people(self, text: str) -> bool:
        """Whether the text names a leader of the gazetteer with a title before the name ("President Carter") or the
        government named after him after it ("the Carter administration"): whatever the year, so that a name read only
        with the story's year is not lost before it."""
        return any(h.entry.kind == "leader" and (self._title_before(text, h, 0) < h.start or _governs(text, h.end))
                   for h in self._recent_hits(text))

    @lru_cache(maxsize=4096)  # noqa: B019 - one cache per gazetteer, which lives for the process
    def _recent_mentions(self, text: str, year: int | None) -> tuple[ActorMention, ...]:
        """The mentions of a text, remembered like its hits: most sentences are looked up a second
        time with the narrative's year, and most name nothing whose reading depends on the year."""
        return tuple(self._compose(text, self._recent_hits(text), year))

    def _compose(self, text: str, hits: tuple[_Hit, ...], year: int | None) -> list[ActorMention]:
        out: list[ActorMention] = []
        i = 0
        hits = tuple(h for h in hits if not _stance_prefixed(text, h.start, h.end, h.entry.kind)
                     and not _of_origin(text, h.end, h.entry.kind))
        hits = _stacked_demonyms(text, hits)
        hits = tuple(h for h in hits if not _in_a_name(text, h, hits))
        while i < len(hits):
            floor = out[-1].end if out else 0
            if hits[i].entry.kind in _MEMBER_KINDS:
                out.extend(self._members(text, hits[i], year))
                i += 1
                continue
            if hits[i].entry.kind == "institution" and i + 1 < len(hits) and hits[i + 1].entry.kind == "leader" \
                    and not text[hits[i].end:hits[i + 1].start].strip():
                # "Secretary of State George Marshall": a title-like institution goes with the name after it
                named, consumed = self._mention_at(text, hits, i + 1, floor, year)
                if named is not None and named.start <= hits[i].start:
                    out.append(named)
                    i += 1 + consumed
                    continue
            mention, consumed = self._mention_at(text, hits, i, floor, year)
            if mention is not None:
                out.append(mention)
            i += consumed
        return _owned_bodies(text, out)

    def _members(self, text: str, hit: _Hit, year: int | None) -> list[ActorMention]:
        """A coalition's name as one mention per member state of the period nearest the year, all
        with the name's offsets ("the Western Allies" of 1948: the US, Britain and France)."""
        written = text[hit.start:hit.end]
        period = min(hit.entry.periods, key=lambda p: p.distance(year))
        return [ActorMention(hit.start, hit.end, written,
                             Actor(written, self.lex.country_names.get(code, code), code, None, code),
                             hit.entry.kind)
                for code in period.members]

    def _mention_at(self, text: str, hits: Sequence[_Hit], i: int, floor: int,
                    year: int | None) -> tuple[ActorMention | None, int]:
        """The mention that starts with hits[i], and how many hits it consumed."""
        hit = hits[i]
        entry = hit.entry
        if entry.kind == "demonym" and text[hit.end:hit.end + 1] == ":":
            return None, 1  # a language naming a word: "Lake Constance (German: Bodensee)"
        if entry.kind == "country" and _form_of_another_state(text, hit):
            return None, 1  # "the People's Republic of Southern Yemen": not the People's Republic (China)
        particle = _particle_before(text, hit.start) if entry.kind in ("place", "city", "capital") else None
        if entry.kind in ("place", "city", "capital") and (self._title_before(text, hit, floor) < hit.start or (
                particle is not None and text[hit.start - 1:hit.start] == "-"
                and _NAME_BEFORE.search(text[max(0, particle - 30):particle]) is not None)):
            # "Sheikh Sabah al-Ahmad al-Jaber al-Sabah": a name after a title, or after another name and "al-",
            # is a person's (not "the port of al-Hodeidah")
            return None, 1
        if entry.kind == "country" and self._names_a_titled_person(text, hit, floor, hits):
            return None, 1  # "Finance Minister Marcelo Montenegro announced": a person's surname, not the state
        if entry.kind == "leader":
            if entry.surname and (not self._surname_ok(text, hit) or _ambiguous(entry.persons, year) or (
                    _before_their_time(entry.persons, year) and not self._office_before(text, hit, floor))):
                return None, 1  # (an office's title names its holder whatever the story's year: "President Trump")
            if entry.in_office and not _in_office_about(entry.persons, year):
                return None, 1  # "King Ferdinand" in 1920 is no king of Spain's
            after = re.match(r"\s+([A-Z][a-z]+)", text[hit.end:hit.end + 30])
            if not entry.surname and " " not in text[hit.start:hit.end] and self._after_another_name(text, hit, hits):
                return None, 1  # "Yusuf Omar Azhari": a one-word name after another's given names is his
            if not entry.surname and " " not in text[hit.start:hit.end] and after \
                    and after.group(1) not in _name_followers() \
                    and not any(h.start == hit.end + after.start(1) for h in hits):
                # "Victoria Nuland": a one-word ruler's name is someone else's given name (not "Erdogan Washington
                # ...", where another name follows)
                return None, 1
            start = self._title_before(text, hit, floor)
            return self._leader(text, start, hit.end, entry, year), 1
        if entry.kind in _NATIONAL and entry.country:
            forward = self._forward(text, hit)
            if forward is not None:
                return self._compose_forward(text, hits, i, forward, year)
        if (entry.kind == "country" or entry.kind == "capital") and entry.country:
            backward = self._backward_of(text, hit, floor, seat=entry.kind == "capital")
            if backward is not None:
                start, sector, kind, phrase = backward
                return self._composed(text, start, hit.end, entry.country, sector, kind, None, phrase), 1
        if entry.kind == "org":
            backward = self._backward_of(text, hit, floor)
            if backward is not None and backward[2] == "official":
                # "the chairman of the African Union Commission": one who speaks for the organisation
                mention = self._simple(text, hit, year)
                start = backward[0]
                return ActorMention(start, hit.end, text[start:hit.end], mention.actor, "official"), 1
        return self._simple(text, hit, year), 1

    def _compose_forward(self, text: str, hits: Sequence[_Hit], i: int,
                         forward: tuple[int, str | None, str, int, str],
                         year: int | None) -> tuple[ActorMention, int]:
        """Build the composed mention and swallow the names inside it (a leader gives its name)."""
        hit = hits[i]
        end, sector, kind, chain_end, phrase = forward
        person = text[chain_end:end].strip() or None
        name_start = end - len(person or "")
        j = i + 1
        while j < len(hits) and hits[j].start < end:
            inner = hits[j].entry
            whole = (hits[j].start, hits[j].end) == (name_start, end) or not inner.surname
            if inner.kind == "leader" and hits[j].start >= chain_end and whole:
                person = _pick_person(inner.persons, year).name
            j += 1
        assert hit.entry.country is not None
        mention = self._composed(text, hit.start, end, hit.entry.country, sector, kind, person, phrase)
        return mention, j - i

    # ---- lookup ----------------------------------------------------------------------

    def _code_table(self) -> dict[str, Actor]:
        """Actors for bare codes, so lookup('PAK') and lookup('NATO') work."""
        table: dict[str, Actor] = {}
        for code, name in self.lex.country_names.items():
            table[code] = Actor(code, name, code, None, code)
        for code, name in self.lex.org_names.items():
            table.setdefault(code, Actor(code, name, None, None, code))
        return table

    def lookup(self, name: str, year: int | None = None) -> Actor | None:
        """Resolve one written name (a country, organisation, leader, capital ...) to an Actor."""
        written = name.strip()
        for candidate in (written, _strip_article(written)):
            mentions = self.find_actors(candidate, year)
            if len(mentions) == 1 and mentions[0].start == 0 and candidate[mentions[0].end:] in ("", "'s", "’s"):
                return mentions[0].actor
        actor = self._codes.get(written)
        if actor is not None:
            return Actor(written, actor.name, actor.country, actor.sector, actor.code)
        folded = self._folded().get(written.casefold())
        if folded is None:
            return None
        return self._simple(folded, _Hit(0, len(folded), self.lex.aliases[folded]), year).actor

    @lru_cache(maxsize=1)  # noqa: B019 - one table per gazetteer, which lives for the process
    def _folded(self) -> dict[str, str]:
        """Aliases by case-folded form, for lookups of names typed in any case."""
        table: dict[str, str] = {}
        for alias, entry in self.lex.aliases.items():
            if entry.kind != "ignore":
                table.setdefault(alias.casefold(), alias)
        return table


def _strip_article(name: str) -> str:
    """'the United Nations' -> 'United Nations'."""
    return name[4:] if name.lower().startswith("the ") else name


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The gazetteer over the packaged data, built on first use."""
    return Gazetteer()


def find_actors(text: str, year: int | None = None) -> list[ActorMention]:
    """Every actor mention in the text, leftmost-longest, non-overlapping, in text order."""
    return default_gazetteer().find_actors(text, year)


def names_people(text: str) -> bool:
    """Whether the text names a leader of the gazetteer with a title or a government named after him, whatever the year
    (Gazetteer.names_people)."""
    return default_gazetteer().names_people(text)


def lookup(name: str, year: int | None = None) -> Actor | None:
    """Resolve one written name (a country, organisation, leader, capital ...) to an Actor."""
    return default_gazetteer().lookup(name, year)


def actor_of_code(code: str) -> Actor | None:
    """The actor a code names as the store keeps it (PAK, SUN, NATO: a country's ISO code or an
    organisation's code), None for anything else (a name, a sector code, a misspelling)."""
    value = code.upper()
    actor = lookup(value) if value.isalpha() and 2 <= len(value) <= 8 else None
    return actor if actor is not None and value in (actor.country, actor.code) else None
