"""Load the actor gazetteers: countries, organisations, places, sectors and dated leaders.

Everything here turns TSV rows (and pycountry) into plain records; the matcher in
:mod:`detente.actors.gazetteer` decides what to do with them.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

import pycountry

from detente import wordclasses
from detente.errors import ResourceError
from detente.timex.words import month_names, weekday_names

DATA_DIR = Path(__file__).parent / "data"

# Written surname-first in English, so the "surname" is the first word, not the last.


@dataclass(frozen=True)
class Tenure:
    """One row of leaders.tsv: a person in one office for a span of years.

    The country is a state's code, or an organisation's for the head of one (role org_head: "Rutte" in 2025 is
    NATO's Secretary General)."""

    country: str
    role: str
    sector: str | None
    start: int | None
    end: int | None

    def covers(self, year: int) -> bool:
        """Whether the person held this office at some point in the year."""
        return (self.start is None or self.start <= year) and (self.end is None or year <= self.end)

    def years_from(self, year: int) -> int:
        """Years between the tenure and a year (0 inside it; an open end reaches the year)."""
        lo = self.start if self.start is not None else year
        hi = self.end if self.end is not None else year
        return max(lo - year, year - hi, 0)


@dataclass(frozen=True)
class Person:
    """A leader with all their tenures, in file order."""

    name: str
    tenures: tuple[Tenure, ...]
    aliases: tuple[str, ...] = ()

    @property
    def country(self) -> str:
        """The country of the person's first tenure."""
        return self.tenures[0].country

    def tenure_in(self, year: int | None) -> Tenure | None:
        """The tenure held in the year (None if out of office); the first one when year is None."""
        if year is None:
            return self.tenures[0]
        return next((t for t in self.tenures if t.covers(year)), None)


@dataclass(frozen=True)
class Membership:
    """The states a coalition's name stands for in a span of years (one row of coalitions.tsv)."""

    members: tuple[str, ...]
    start: int | None
    end: int | None

    def distance(self, year: int | None) -> int:
        """0 inside the span, else how many years away (a year of None is inside every span)."""
        if year is None:
            return 0
        if self.start is not None and year < self.start:
            return self.start - year
        if self.end is not None and year > self.end:
            return year - self.end
        return 0


@dataclass(frozen=True)
class Entry:
    """What one written form stands for."""

    kind: str  # country|demonym|capital|city|place|org|group|leader|coalition|exercise|ignore
    code: str | None = None  # country or organisation code
    name: str | None = None  # canonical name
    country: str | None = None
    sector: str | None = None
    persons: tuple[Person, ...] = ()
    surname: bool = False  # a bare surname derived from a leader's full name
    in_office: bool = False  # a form that stands for its people only in (or next to) their years in office
    periods: tuple[Membership, ...] = ()  # a coalition's members in each period


@dataclass(frozen=True)
class SectorWord:
    """A noun phrase that gives an actor's sector after a country: 'army', 'foreign minister'."""

    sector: str | None
    kind: str  # institution | title | honorific | none


@dataclass
class Lexicon:
    """All aliases and phrase tables the matcher needs."""

    aliases: dict[str, Entry] = field(default_factory=dict)
    sectors: dict[str, SectorWord] = field(default_factory=dict)
    country_names: dict[str, str] = field(default_factory=dict)
    org_names: dict[str, str] = field(default_factory=dict)
    surname_stop: frozenset[str] = frozenset()

    def add(self, alias: str, entry: Entry) -> None:
        """Register an alias; the first registration wins so curated data beats generated."""
        alias = alias.strip()
        if alias and alias not in self.aliases:
            self.aliases[alias] = entry


@cache
def word_class(name: str) -> frozenset[str]:
    """The words of a class of data/words.tsv: the words a rule of the actor finder decides on."""
    return wordclasses.word_class("detente.actors", name)


@cache
def calendar_names() -> frozenset[str]:
    """Month and weekday names as written ("March", "Friday"), from the time expressions' data."""
    return frozenset(month_names() + weekday_names())


def read_tsv(path: Path, required: tuple[str, ...]) -> list[dict[str, str]]:
    """Read a TSV with a header into dicts, checking the required columns."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
            missing = [c for c in required if c not in (reader.fieldnames or [])]
            if missing:
                raise ResourceError(f"{path}: missing columns {', '.join(missing)}; fix the header")
            return [{k: (v or "").strip() for k, v in row.items() if k} for row in reader
                    if any((v or "").strip() for v in row.values()) and not _is_comment(row)]
    except OSError as error:
        raise ResourceError(f"{path}: cannot read packaged data ({error}); reinstall detente") from error


def _is_comment(row: dict[str, str | None]) -> bool:
    """Rows whose first cell starts with '#' are notes for maintainers."""
    first = next(iter(row.values()), "") or ""
    return first.startswith("#")


def _year(value: str) -> int | None:
    """A four-digit year cell, or None when empty or unreadable."""
    return int(value) if re.fullmatch(r"\d{4}", value or "") else None


def pycountry_forms() -> list[tuple[str, str, bool]]:
    """(code, form, is_direct) for every ISO country; derived comma prefixes are not direct."""
    forms: list[tuple[str, str, bool]] = []
    for country in pycountry.countries:
        code = country.alpha_3
        for attr in ("common_name", "name", "official_name"):
            value = getattr(country, attr, None)
            if not value:
                continue
            value = re.sub(r"^the ", "", value)
            if "," in value:
                forms.append((code, value.split(",")[0].strip(), False))
            elif "(" in value:
                forms.append((code, value.split("(")[0].strip(), True))
                forms.append((code, value.split("(")[1].rstrip(")").strip(), False))
            else:
                forms.append((code, value, True))
    return forms


def default_country_name(code: str) -> str | None:
    """A short readable name for an ISO code from pycountry."""
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return None
    name = getattr(country, "common_name", None) or country.name
    return name.split(",")[0].split("(")[0].strip()


def load_countries(lex: Lexicon, path: Path) -> None:
    """Curated country rows first, then every ISO name pycountry knows."""
    rows = read_tsv(path, ("code", "kind", "alias"))
    for row in rows:
        if row["kind"] == "canonical":
            lex.country_names.setdefault(row["code"], row["alias"])
    for row in rows:
        code, kind = row["code"], row["kind"]
        kind = "country" if kind in ("name", "canonical") else kind
        name = lex.country_names.get(code) or default_country_name(code) or code
        entry = Entry(kind, code, name, code, row.get("sector") or None)
        plain = _without_accents(row["alias"]) if " " in row["alias"] else row["alias"]
        for form in dict.fromkeys((row["alias"], plain)):
            lex.add(form, entry)  # (also as written without accents: "Cote d'Ivoire"; not "Malé" as "Male")
    _add_pycountry(lex)


def _add_pycountry(lex: Lexicon) -> None:
    """Add ISO names; a derived prefix shared by two countries ('Korea') is left out."""
    forms = pycountry_forms()
    owners: dict[str, set[str]] = {}
    for code, form, _ in forms:
        owners.setdefault(form, set()).add(code)
    direct = {form for _, form, is_direct in forms if is_direct}
    for code, form, is_direct in forms:
        if not is_direct and (len(owners[form]) > 1 or form in direct):
            continue
        name = lex.country_names.get(code) or default_country_name(code) or code
        lex.country_names.setdefault(code, name)
        lex.add(form, Entry("country", code, name, code))


def load_organisations(lex: Lexicon, path: Path) -> None:
    """Organisations and non-state groups; the first alias of a code is its name."""
    for row in read_tsv(path, ("code", "kind", "alias")):
        code = row["code"]
        lex.org_names.setdefault(code, row["alias"])
        kind = "group" if row["kind"] == "group" else "org"
        lex.add(row["alias"], Entry(kind, code, lex.org_names[code],
                                    row.get("country") or None, row.get("sector") or None))


def load_coalitions(lex: Lexicon, path: Path, kind: str = "coalition") -> None:
    """Names that stand for several states at once ("the Western Allies", "the Axis"), by period; kind
    "exercise": the name of an exercise those states hold together ("Balikatan")."""
    periods: dict[str, list[Membership]] = {}
    for row in read_tsv(path, ("alias", "members", "start", "end")):
        members = tuple(m.strip() for m in row["members"].split(",") if m.strip())
        periods.setdefault(row["alias"], []).append(Membership(members, _year(row["start"]), _year(row["end"])))
    for alias, spans in periods.items():
        lex.add(alias, Entry(kind, None, alias, periods=tuple(spans)))


def load_places(lex: Lexicon, path: Path) -> None:
    """Regions, provinces, bases and cities that stand for a place, not a government."""
    for row in read_tsv(path, ("code", "alias")):
        code = row["code"]
        lex.add(row["alias"], Entry("place", code, lex.country_names.get(code, code), code))


def load_not_actors(lex: Lexicon, path: Path) -> None:
    """Phrases that contain an actor name but are not one ('Indian Ocean')."""
    for row in read_tsv(path, ("phrase",)):
        lex.add(row["phrase"], Entry("ignore"))


def load_sectors(lex: Lexicon, path: Path) -> None:
    """Sector nouns and titles, keyed in lower case with hyphens as spaces."""
    for row in read_tsv(path, ("word", "sector")):
        key = normalise_phrase(row["word"])
        lex.sectors.setdefault(key, SectorWord(row["sector"] or None, row.get("kind") or "institution"))


def normalise_phrase(words: str) -> str:
    """The lookup key of a sector phrase: lower case, hyphens as spaces, single spaces."""
    return " ".join(words.lower().replace("-", " ").split())


def read_leaders(path: Path) -> list[Person]:
    """People from leaders.tsv grouped by name; a missing file means no leaders."""
    if not path.is_file():
        return []
    cols = ("name", "aliases", "country", "role", "sector", "start", "end")
    people: dict[str, list[Tenure]] = {}
    extra: dict[str, list[str]] = {}
    for row in read_tsv(path, cols):
        if not row["name"] or not row["country"]:
            continue
        tenure = Tenure(row["country"], row["role"], row["sector"] or None,
                        _year(row["start"]), _year(row["end"]))
        people.setdefault(row["name"], []).append(tenure)
        forms = extra.setdefault(row["name"], [])
        forms.extend(a.strip() for a in row["aliases"].split("|") if a.strip() and a.strip() not in forms)
    return [Person(name, tuple(tenures), tuple(extra[name])) for name, tenures in people.items()]


@cache
def leaders_by_name() -> dict[str, Person]:
    """The people of the packaged leaders.tsv by full name, read once for every reader that is not the gazetteer
    (which may be given another file): the coder's dating by years in office, the analysis of summits."""
    return {p.name: p for p in read_leaders(DATA_DIR / "leaders.tsv")}


def surname_of(person: Person) -> str | None:
    """The bare family name used on second mention, or None for one-word names."""
    words = name_words(person.name)
    if len(words) < 2:
        return None
    return words[0] if person.country in word_class("surname_first_countries") else words[-1]


def second_mention_first(country: str | None) -> bool:
    """Whether a person of the country is named later by the first word of the full name: the family name
    in some countries ("Kim Jong Un": Kim), the given name in others ("Abiy Ahmed": Abiy)."""
    return country in word_class("surname_first_countries") or country in word_class("given_name_countries")


# Generational suffixes and regnal numbers are not family names ("George III", "Jr.").
_SUFFIX = re.compile(r"(?:[IVX]+|Jr\.?|Sr\.?|Junior|Senior)")


def name_words(name: str) -> list[str]:
    """The words of a name without its generational suffix or regnal number ("Ferdinand Marcos Jr.")."""
    return [w for w in name.split() if not _SUFFIX.fullmatch(w.rstrip(","))]


def load_leaders(lex: Lexicon, path: Path) -> None:
    """Full names and listed aliases, then surnames shared by people of one country only."""
    persons = read_leaders(path)
    by_form: dict[str, list[Person]] = {}
    for person in persons:
        forms = (person.name, *person.aliases)
        # (and as written without accents: "Enrique Pena Nieto"; not a one-word alias, "Goto" or "Ito", which a
        # surname's checks would have to pass)
        for form in dict.fromkeys((*forms, *(_without_accents(f) for f in forms if " " in f))):
            by_form.setdefault(form, []).append(person)
    for form, people in by_form.items():
        lex.add(form, _leader_entry(people, surname=False))
    for form, people in _without_regnal_numbers(persons, by_form).items():
        # (checked as a bare surname is: "King Mohammed Zahir Shah" is another king; and only in the years of
        # one of them: "King Ferdinand" of Romania in 1920 is no king of Spain)
        lex.add(form, replace(_leader_entry(people, surname=True), in_office=True))
    # (people named by their full name only leave their surname and first name to those who bore them alone before:
    # "Castro" stays Fidel's though Honduras had a President Xiomara Castro; words.tsv, full_names_only)
    full_only = word_class("full_names_only")
    named_alone = [p for p in persons if p.name not in full_only]
    by_surname: dict[str, list[Person]] = {}
    for person in named_alone:
        surname = surname_of(person)
        if surname:
            by_surname.setdefault(surname, []).append(person)
    # A surname that is someone's first name ("Richard", "George") is too ambiguous alone (but "Marcos" alone
    # is the Philippine president, not Venezuela's Marcos Pérez Jiménez: words.tsv, surnames_over_first_names).
    surname_first = word_class("surname_first_countries")
    first_names = {p.name.split()[0] for p in named_alone if p.country not in surname_first} - word_class(
        "surnames_over_first_names")
    for surname, people in by_surname.items():
        if surname in first_names:
            continue
        if _usable_surname(lex, surname, people):
            lex.add(surname, _leader_entry(people, surname=True))
        bare = re.sub(r"^(?:al|el|Al|El)-", "", surname)
        if bare != surname and bare not in first_names and _usable_surname(lex, bare, people):
            lex.add(bare, _leader_entry(people, surname=True))
        plain = _without_accents(surname)
        if plain != surname and plain not in first_names and _usable_surname(lex, plain, people):
            lex.add(plain, _leader_entry(people, surname=True))  # "Cardenas" as written without its accent


def _without_regnal_numbers(persons: list[Person], by_form: dict[str, list[Person]]) -> dict[str, list[Person]]:
    """ "Tsar Alexander", "King Louis": a monarch's title and name without the regnal number, for the ruler, or the
    rulers of one country, listed with that title, name and a number (the year picks among them at match time); not
    a form listed already ("Tsar Nicholas" is Nicholas II's), nor one monarchs of two countries share ("King
    Charles")."""
    titles = word_class("regnal_titles")
    derived: dict[str, list[Person]] = {}
    for person in persons:
        for form in (person.name, *person.aliases):
            words = form.split()
            if len(words) == 3 and words[0] in titles and re.fullmatch(r"[IVX]+", words[2]):
                derived.setdefault(f"{words[0]} {words[1]}", []).append(person)
    return {form: list(dict.fromkeys(people)) for form, people in derived.items()
            if form not in by_form and len({p.country for p in people}) == 1}


def _without_accents(word: str) -> str:
    """The word with its letters' accents taken off ("Cárdenas": "Cardenas")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _usable_surname(lex: Lexicon, surname: str, people: list[Person]) -> bool:
    """A surname works alone only if unambiguous by country and not a common word or title."""
    # a surname shared across countries ("Carter") is kept: the year picks the person at match time
    if surname in lex.aliases:
        return False
    # Two letters are enough only for surname-first names ("Xi"); elsewhere they are initials.
    shortest = 2 if people[0].country in word_class("surname_first_countries") else 3
    if len(surname) < shortest or not surname[0].isupper() or surname in lex.surname_stop:
        return False
    return normalise_phrase(surname) not in lex.sectors


def _leader_entry(people: list[Person], surname: bool) -> Entry:
    """An entry pointing at one or more people; the year picks among them at match time."""
    first = people[0]
    return Entry("leader", first.country, first.name, first.country,
                 first.tenures[0].sector, tuple(people), surname)


def load_surname_stop(lex: Lexicon, path: Path) -> None:
    """Surnames that are also ordinary capitalised words ('May', 'Major', 'Brown')."""
    if path.is_file():
        lex.surname_stop = frozenset(r["word"] for r in read_tsv(path, ("word",)))


def build_lexicon(data_dir: Path = DATA_DIR, leaders: Path | None = None) -> Lexicon:
    """Read every gazetteer in precedence order: stop phrases, countries, orgs, places, leaders."""
    lex = Lexicon()
    load_sectors(lex, data_dir / "sectors.tsv")
    load_surname_stop(lex, data_dir / "surname_stoplist.tsv")
    load_not_actors(lex, data_dir / "not_actors.tsv")
    load_countries(lex, data_dir / "countries.tsv")
    load_organisations(lex, data_dir / "organisations.tsv")
    load_coalitions(lex, data_dir / "coalitions.tsv")
    load_coalitions(lex, data_dir / "exercises.tsv", kind="exercise")
    load_places(lex, data_dir / "places.tsv")
    load_leaders(lex, leaders if leaders is not None else data_dir / "leaders.tsv")
    return lex
