"""Sanity checks on the dated leaders gazetteer (src/detente/actors/data/leaders.tsv)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

LEADERS = Path(__file__).resolve().parents[1] / "src" / "detente" / "actors" / "data" / "leaders.tsv"
HEADER = ["name", "aliases", "country", "role", "sector", "start", "end"]
ROLES = {
    "head_of_state",
    "head_of_government",
    "foreign_minister",
    "defence_minister",
    "army_chief",
    "party_leader",
    "other",
    "org_head",
}
SECTORS = {"GOV", "MIL"}
ORGANISATIONS = LEADERS.with_name("organisations.tsv")
YEAR = re.compile(r"^\d{4}$")


def _lines() -> list[str]:
    return LEADERS.read_text(encoding="utf-8").splitlines()


def _rows() -> list[dict[str, str]]:
    return [dict(zip(HEADER, line.split("\t"), strict=False)) for line in _lines()[1:]]


def _tenures(name: str, country: str | None = None) -> list[dict[str, str]]:
    return [r for r in _rows() if r["name"] == name and (country is None or r["country"] == country)]


def test_header() -> None:
    assert _lines()[0].split("\t") == HEADER


def test_every_row_has_seven_columns() -> None:
    for n, line in enumerate(_lines(), 1):
        assert len(line.split("\t")) == 7, f"line {n}: {line!r}"


def test_enough_rows() -> None:
    assert len(_rows()) >= 400


def test_no_exact_duplicates() -> None:
    lines = _lines()[1:]
    assert len(lines) == len(set(lines))


def test_no_blank_names_or_stray_whitespace() -> None:
    for r in _rows():
        assert r["name"] and r["name"] == r["name"].strip(), r
        for alias in filter(None, r["aliases"].split("|")):
            assert alias == alias.strip() and alias != r["name"], r


def test_codes_and_vocabularies() -> None:
    org_codes = {line.split("\t")[0] for line in ORGANISATIONS.read_text(encoding="utf-8").splitlines()[1:]}
    for r in _rows():
        assert r["role"] in ROLES, r
        if r["role"] == "org_head":
            # the head of an international organisation speaks for it: its code, and no state's sector
            assert r["country"] in org_codes and not r["sector"], r
        else:
            assert re.fullmatch(r"[A-Z]{3}", r["country"]), r
            assert r["sector"] in SECTORS, r


def test_years() -> None:
    for r in _rows():
        assert YEAR.match(r["start"]), r
        start = int(r["start"])
        assert 1750 <= start <= 2026, r
        if r["end"]:
            assert YEAR.match(r["end"]), r
            end = int(r["end"])
            assert 1750 <= end <= 2026, r
            assert start <= end, r


def test_army_chiefs_are_military() -> None:
    for r in _rows():
        if r["role"] == "army_chief":
            assert r["sector"] == "MIL", r


def _has(name: str, country: str, role: str, sector: str, start: int | None = None,
         end: int | None | str = "any") -> bool:
    for r in _tenures(name, country):
        if r["role"] != role or r["sector"] != sector:
            continue
        if start is not None and int(r["start"]) != start:
            continue
        if end != "any" and (int(r["end"]) if r["end"] else None) != end:
            continue
        return True
    return False


@pytest.mark.parametrize(
    ("name", "country", "role", "sector", "start", "end"),
    [
        ("Pervez Musharraf", "PAK", "army_chief", "MIL", 1998, 2007),
        ("Pervez Musharraf", "PAK", "head_of_state", "GOV", 2001, 2008),
        ("Imran Khan", "PAK", "head_of_government", "GOV", 2018, 2022),
        ("Ashfaq Parvez Kayani", "PAK", "army_chief", "MIL", 2007, 2013),
        ("Raheel Sharif", "PAK", "army_chief", "MIL", 2013, 2016),
        ("Qamar Javed Bajwa", "PAK", "army_chief", "MIL", 2016, 2022),
        ("Asim Munir", "PAK", "army_chief", "MIL", 2022, None),
        ("Muhammad Zia-ul-Haq", "PAK", "army_chief", "MIL", 1976, 1988),
        ("Muhammad Zia-ul-Haq", "PAK", "head_of_state", "GOV", 1978, 1988),
        ("Ayub Khan", "PAK", "head_of_state", "GOV", 1958, 1969),
        ("Benazir Bhutto", "PAK", "head_of_government", "GOV", 1988, 1990),
        ("Vladimir Putin", "RUS", "head_of_state", "GOV", 2000, 2008),
        ("Vladimir Putin", "RUS", "head_of_state", "GOV", 2012, None),
        ("Leonid Brezhnev", "SUN", "party_leader", "GOV", 1964, 1982),
        ("Mikhail Gorbachev", "SUN", "party_leader", "GOV", 1985, 1991),
        ("Xi Jinping", "CHN", "party_leader", "GOV", 2012, None),
        ("Mao Zedong", "CHN", "party_leader", "GOV", None, 1976),
        ("Sam Manekshaw", "IND", "army_chief", "MIL", 1969, 1973),
        ("Bipin Rawat", "IND", "army_chief", "MIL", 2016, 2019),
        ("Indira Gandhi", "IND", "head_of_government", "GOV", 1966, 1977),
        ("Narendra Modi", "IND", "head_of_government", "GOV", 2014, None),
        ("Hamid Karzai", "AFG", "head_of_state", "GOV", 2001, 2014),
        ("Mohammad Najibullah", "AFG", "head_of_state", "GOV", 1987, 1992),
        ("Mohammed Daoud Khan", "AFG", "head_of_state", "GOV", 1973, 1978),
        ("Henry Kissinger", "USA", "foreign_minister", "GOV", 1973, 1977),
        ("Robert McNamara", "USA", "defence_minister", "GOV", 1961, 1968),
        ("Margaret Thatcher", "GBR", "head_of_government", "GOV", 1979, 1990),
        ("Charles de Gaulle", "FRA", "head_of_state", "GOV", 1959, 1969),
        ("Helmut Kohl", "DEU", "head_of_government", "GOV", 1982, 1998),
        ("Sheikh Hasina", "BGD", "head_of_government", "GOV", 2009, 2024),
    ],
)
def test_spot_checks(name: str, country: str, role: str, sector: str, start: int | None,
                     end: int | None) -> None:
    assert _has(name, country, role, sector, start, end), (name, country, role, start, end)


@pytest.mark.parametrize(
    ("name", "alias"),
    [
        ("Muhammad Zia-ul-Haq", "Zia-ul-Haq"),
        ("Mohammed Daoud Khan", "Daoud"),
        ("John F. Kennedy", "JFK"),
        ("Indira Gandhi", "Mrs Gandhi"),
        ("Mahathir Mohamad", "Mahathir"),
        ("Mao Zedong", "Mao"),
    ],
)
def test_aliases(name: str, alias: str) -> None:
    """The form is listed as an alias or is the surname the loader derives itself."""
    from detente.actors.entries import read_leaders, surname_of

    person = next(p for p in read_leaders(LEADERS) if p.name == name)
    assert alias in person.aliases or alias == surname_of(person)


def test_aliases_do_not_repeat_name_or_derived_surname() -> None:
    from detente.actors.entries import read_leaders, surname_of

    for person in read_leaders(LEADERS):
        assert person.name not in person.aliases, person.name
        assert surname_of(person) not in person.aliases, person.name


def test_soviet_and_russian_codes_split_in_1917_and_1991() -> None:
    for r in _rows():
        if r["country"] == "SUN":
            assert int(r["start"]) <= 1991 and (not r["end"] or int(r["end"]) <= 1991), r
        if r["country"] == "RUS":  # the Russian Empire before 1917, the Russian Federation from 1991
            assert int(r["start"]) >= 1991 or int(r["end"]) <= 1917, r


def test_required_countries_covered() -> None:
    present = {r["country"] for r in _rows()}
    required = {
        "USA", "GBR", "FRA", "CHN", "SUN", "RUS", "IND", "PAK", "AFG", "IRN", "BGD", "LKA",
        "NPL", "UZB", "KAZ", "TJK", "TKM", "KGZ", "MMR", "SAU", "TUR", "ISR", "JPN", "DEU",
        "MYS", "IDN", "EGY", "IRQ", "SYR", "PRK", "KOR", "VNM",
    }
    assert required <= present, required - present


def test_core_roles_covered_for_main_countries() -> None:
    roles_by_country: dict[str, set[str]] = {}
    for r in _rows():
        roles_by_country.setdefault(r["country"], set()).add(r["role"])
    core = {"head_of_state", "foreign_minister", "defence_minister", "army_chief"}
    for country in ("USA", "GBR", "FRA", "CHN", "SUN", "RUS", "IND", "PAK", "AFG"):
        assert core <= roles_by_country[country], (country, core - roles_by_country[country])


def test_lexicon_loads_leaders() -> None:
    from detente.actors.entries import read_leaders

    people = {p.name: p for p in read_leaders(LEADERS)}
    musharraf = people["Pervez Musharraf"]
    assert musharraf.country == "PAK"
    assert {t.role for t in musharraf.tenures} >= {"army_chief", "head_of_state"}
    tenure = people["Leonid Brezhnev"].tenure_in(1975)
    assert tenure is not None and tenure.country == "SUN"


@pytest.mark.parametrize(
    ("text", "year", "expected"),
    [
        ("McKinley ordered a blockade.", 1898, ("William McKinley", "USA")),
        ("Witte signed the treaty.", 1905, ("Sergei Witte", "RUS")),
        ("Roosevelt mediated.", 1905, ("Theodore Roosevelt", "USA")),
        ("Roosevelt met Stalin.", 1943, ("Franklin D. Roosevelt", "USA")),
        ("President Truman spoke.", 1946, ("Harry S. Truman", "USA")),
        ("Muizzu asked India to withdraw its troops.", 2024, ("Mohamed Muizzu", "MDV")),
        ("Prime Minister Jotham Napat signed the pact.", 2025, ("Jotham Napat", "VUT")),
        ("Zeine accused Paris of keeping its forces in Niger.", 2023, ("Ali Lamine Zeine", "NER")),
        ("President Xiomara Castro recalled the envoy.", 2023, ("Xiomara Castro", "HND")),
        ("Castro met Khrushchev.", 1962, ("Fidel Castro", "CUB")),
        ("Castro met Obama.", 2015, ("Raúl Castro", "CUB")),
    ],
)
def test_leaders_resolve_by_year(text: str, year: int, expected: tuple[str, str]) -> None:
    from detente.actors import find_actors

    first = find_actors(text, year)[0].actor
    assert (first.name, first.country) == expected


def test_a_surname_alone_names_no_one_long_before_they_took_office() -> None:
    from detente.actors import find_actors

    assert "BHS" not in [m.actor.country for m in find_actors("Davis met the envoy of Lincoln.", 1864)]
    assert "BHS" not in [m.actor.country for m in find_actors("Mr. Davis met the envoy of Lincoln.", 1864)]
    # (an office's title names its holder whatever the story's year)
    assert [m.actor.country for m in find_actors("President Biden met the envoy.", 1950)][:1] == ["USA"]
    assert [m.actor.country for m in find_actors("Davis met Biden.", 2023)][:1] == ["BHS"]


@pytest.mark.parametrize(
    ("text", "year", "code"),
    [
        ("Rutte flew to Ankara.", 2025, "NATO"),
        ("Rutte flew to Ankara.", 2015, "NLDGOV"),
        ("Stoltenberg flew to Kyiv.", 2019, "NATO"),
        ("Stoltenberg flew to Moscow.", 2010, "NORGOV"),
        ("Tusk met the envoy.", 2016, "EU"),
        ("Tusk met the envoy.", 2024, "POLGOV"),
        ("Secretary-General Kofi Annan urged restraint.", 2003, "UNO"),
        ("Borrell called the foreign ministers together.", 2022, "EU"),
    ],
)
def test_heads_of_organisations_speak_for_them_in_their_years(text: str, year: int, code: str) -> None:
    from detente.actors import find_actors

    person = next(m.actor for m in find_actors(text, year) if m.kind == "leader")
    assert person.code == code
    assert (person.country is None) == (code in {"NATO", "EU", "UNO"})  # an organisation belongs to no state


def test_the_organisation_named_before_a_name_picks_its_office_in_a_year_of_two():
    from detente.actors import find_actors

    found = find_actors("NATO Secretary General Mark Rutte met Erdogan.", 2024)
    assert [m.actor.code for m in found if m.kind == "leader"][0] == "NATO"
    assert [m.actor.code for m in find_actors("Mark Rutte met Erdogan.", 2023) if m.kind == "leader"][0] == "NLDGOV"
