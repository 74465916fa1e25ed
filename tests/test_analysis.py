"""Tests of detente.analysis: the index arithmetic, period rule, profiles, phases, landmarks, comparisons.

Records are written here in the shape the store returns (DESIGN.md's record), so no store is needed;
the last tests check the store-facing functions and the `profile` command on a small store.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import random
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from detente.analysis import (
    COARSE,
    UNDATED,
    act_of,
    analyse,
    analyse_store,
    checked_code,
    compare,
    defence_group,
    drivers_of,
    find_breaks,
    index_of,
    is_summit,
    landmarks,
    period_of,
    phases,
    profile,
    yearly_series,
)
from detente.analysis.breakdown import defence_cooperation, driver_mix, not_happened
from detente.analysis.landmarks import citable as citable_event
from detente.analysis.phases import MIN_EVENTS, penalty
from detente.cli import app
from detente.errors import OptionError
from detente.ingest import ingest_documents
from detente.reading import read, read_text
from detente.store import open_store

_ids = itertools.count(1)


def actor(country: str, text: str | None = None, name: str | None = None, sector: str | None = None) -> dict:
    return {"text": text or country, "name": name or text or country, "country": country, "sector": sector,
            "code": country + (sector or "")}


def ev(
    event_type: str,
    start: str | None = "2000-01-01",
    end: str | None = None,
    precision: str = "year",
    status: str = "occurred",
    mode: str | None = None,
    context: tuple[str, ...] = (),
    goldstein: float | None = None,
    quad: int | None = None,
    trigger: str = "",
    quote: str = "",
    cameo: str = "",
    source: dict | None = None,
    target: dict | None = None,
    doc: str = "doc1",
) -> dict[str, Any]:
    """An event record as the store returns it (one incident)."""
    n = next(_ids)
    if start and end is None:
        end = start[:4] + "-12-31" if precision == "year" else start
    return {
        "id": f"e{n:04d}", "doc_id": doc, "source": source or actor("RUS"), "target": target or actor("PAK"),
        "reciprocal": False, "event_type": event_type, "mode": mode, "context": list(context), "cameo": cameo,
        "goldstein": goldstein, "quad_class": quad, "trigger": trigger,
        "date": {"start": start, "end": end if start else None, "precision": precision if start else "unknown",
                 "text": "", "basis": "explicit"},
        "status": status, "evidence": {"sentence": 0, "start": 0, "end": len(quote), "text": quote or f"quote {n}"},
        "references": [], "confidence": 0.9, "mentions": [], "incident_id": f"i{n}", "n_mentions": 1, "n_docs": 1,
        "doc_ids": [doc],
    }


# --- the index ---------------------------------------------------------------------------------------


def test_index_sums_and_means_intensity_of_occurred_events_with_goldstein_beside() -> None:
    records = [
        ev("CONSULT", mode="visit", goldstein=1.9),   # visit mode: 4.0
        ev("AID", goldstein=7.0),                      # 10.0
        ev("ASSAULT", goldstein=-10.0),                # -9.0
        ev("AID", status="planned", goldstein=7.0),    # not counted
        ev("SANCTION", status="negated", goldstein=-5.0),
    ]
    index = index_of(records)
    assert index.n == 3
    assert index.intensity_sum == 5.0
    assert index.intensity_mean == pytest.approx(5.0 / 3, abs=0.005)
    assert index.goldstein_sum == pytest.approx(-1.1)
    assert index.goldstein_mean == pytest.approx(-0.37, abs=0.005)


def test_index_of_nothing_that_occurred_has_no_means() -> None:
    index = index_of([ev("AID", status="cancelled")])
    assert (index.n, index.intensity_sum, index.intensity_mean, index.goldstein_mean) == (0, 0.0, None, None)


def test_index_unknown_mode_keeps_type_score_and_untyped_events_are_skipped() -> None:
    records = [ev("CONSULT", mode="no-such-mode"), ev("RETREAT", mode="disarm"), ev("")]
    assert index_of(records).intensity_sum == 2.5 + 10.0
    assert index_of(records).n == 2


# --- periods -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end", "precision", "by", "expected"),
    [
        ("1965-09-22", "1965-09-22", "day", "year", 1965),
        ("1947-01-01", "1948-12-31", "year", "year", 1947),   # spread over two years: its first year
        ("1960-01-01", "1969-12-31", "decade", "year", COARSE),
        ("1960-01-01", "1969-12-31", "decade", "decade", 1960),
        ("1968-03-01", "1968-03-31", "month", "decade", 1960),
        ("1900-01-01", "1999-12-31", "century", "decade", COARSE),
        (None, None, "unknown", "year", UNDATED),
    ],
)
def test_period_rule(start: str | None, end: str | None, precision: str, by: str, expected: Any) -> None:
    assert period_of(ev("CONSULT", start, end, precision), by) == expected


def test_bad_period_length_is_an_option_error() -> None:
    with pytest.raises(OptionError, match="--by"):
        profile([], "week")


# --- profile -----------------------------------------------------------------------------------------------


def test_profile_counts_by_period_type_quad_status_and_military_share() -> None:
    records = [
        ev("COOPERATE", "2016-09-24", precision="day", context=("military",), quad=2, goldstein=7.4),
        ev("CONSULT", "2016-04-01", precision="month", mode="visit", quad=1, goldstein=1.9),
        ev("SUPPORT", "2016-01-01", status="negated", quad=1),
        ev("SANCTION", "2018-06-01", precision="month", quad=4, goldstein=-5.6, context=("military",)),
        ev("CONSULT", "2010-01-01", "2019-12-31", "decade", quad=1),
        ev("CONSULT", None, status="negated"),
    ]
    p = profile(records, "year")
    assert [r.period for r in p.rows] == ["2016", "2018"]
    y2016 = p.rows[0]
    assert (y2016.events, y2016.occurred) == (3, 2)
    assert y2016.types == {"CONSULT": 1, "COOPERATE": 1}       # the negated SUPPORT is only in the status mix
    assert y2016.quad_classes == {1: 1, 2: 1}
    assert y2016.statuses == {"occurred": 2, "negated": 1}
    assert y2016.index.intensity_sum == 13.5                   # 9.5 + 4.0
    assert y2016.military_share == 0.5
    assert p.coarse is not None and p.coarse.events == 1 and p.coarse.types == {"CONSULT": 1}
    assert p.undated is not None and p.undated.statuses == {"negated": 1}
    assert p.total.events == 6 and p.total.index.intensity_sum == 13.5 + -6.0 + 2.5
    assert sum(r.events for r in p.all_rows()) == p.total.events
    decades = profile(records, "decade")
    assert [(r.period, r.events) for r in decades.rows] == [("2010s", 5)]
    assert decades.coarse is None


def test_profile_flat_row_has_a_column_per_type_quad_and_status() -> None:
    row = profile([ev("AID", quad=2)], "year").rows[0].as_flat()
    assert row["type_AID"] == 1 and row["type_ASSAULT"] == 0
    assert (row["quad_2"], row["quad_4"], row["status_occurred"], row["status_negated"]) == (1, 0, 1, 0)


def test_profile_of_given_periods_has_zero_rows() -> None:
    p = profile([ev("AID", "2001-05-01", precision="month")], "year", periods=[2000, 2001, 2002])
    assert [(r.period, r.events, r.index.intensity_sum) for r in p.rows] == [
        ("2000", 0, 0.0), ("2001", 1, 10.0), ("2002", 0, 0.0)]


# --- phases -------------------------------------------------------------------------------------------


def test_break_found_between_two_levels() -> None:
    breaks = find_breaks([-2.0] * 10 + [3.0] * 10)
    assert len(breaks) == 1 and abs(breaks[0] - 10) <= 1


def test_two_breaks_found_between_three_levels() -> None:
    breaks = find_breaks([0.0] * 8 + [5.0] * 8 + [-3.0] * 8)
    assert len(breaks) == 2
    assert abs(breaks[0] - 8) <= 1 and abs(breaks[1] - 16) <= 1


def test_no_break_in_a_flat_series() -> None:
    assert find_breaks([2.5] * 25) == []


@pytest.mark.parametrize("seed", range(5))
def test_no_break_in_noise_and_a_break_in_noisy_levels(seed: int) -> None:
    rng = random.Random(seed)
    assert find_breaks([rng.gauss(0, 1) for _ in range(30)]) == []
    noisy = [rng.gauss(-2, 1) for _ in range(12)] + [rng.gauss(4, 1) for _ in range(12)]
    breaks = find_breaks(noisy)
    assert len(breaks) == 1 and abs(breaks[0] - 12) <= 1


def test_penalty_has_a_floor_for_noiseless_series() -> None:
    assert penalty([1.0] * 20) > 0


def yearly(year: int, event_type: str, n: int = 1) -> list[dict[str, Any]]:
    return [ev(event_type, f"{year}-06-01", precision="month") for _ in range(n)]


def test_phases_of_a_synthetic_dyad_turn_where_the_events_do() -> None:
    # 1990-1999 one accusation a year (-3), 2000-2009 one material aid a year (+10)
    records = [r for y in range(1990, 2000) for r in yearly(y, "ACCUSE")]
    records += [r for y in range(2000, 2010) for r in yearly(y, "AID")]
    result = phases(records)
    assert result.note is None
    assert len(result.turning_points) == 1 and abs(result.turning_points[0] - 2000) <= 1
    first, second = result.phases
    assert (first.first_year, second.last_year) == (1990, 2009)
    assert first.tone == "conflictual" and second.tone == "cooperative"
    assert first.dominant_types[0][0] == "ACCUSE" and second.dominant_types[0][0] == "AID"
    assert second.level == pytest.approx(10.0, abs=1.1)


def test_a_flat_dyad_is_one_phase() -> None:
    records = [r for y in range(1990, 2010) for r in yearly(y, "CONSULT")]
    result = phases(records)
    assert result.turning_points == [] and len(result.phases) == 1
    assert (result.phases[0].first_year, result.phases[0].last_year, result.phases[0].events) == (1990, 2009, 20)


def test_tiny_dyad_has_too_few_events_for_phases() -> None:
    records = yearly(2001, "AID") + yearly(2002, "CONSULT") + yearly(2003, "AGREE")
    result = phases(records)
    assert result.phases == [] and result.turning_points == []
    assert result.note is not None and result.note.startswith("3 events, 2001-2003: too few for phases")


def test_many_events_in_few_years_are_too_few_for_phases() -> None:
    records = [r for y in (2001, 2002) for r in yearly(y, "CONSULT", MIN_EVENTS)]
    assert phases(records).note is not None


def test_empty_dyad_has_no_phases_and_says_so() -> None:
    result = phases([])
    assert result.phases == [] and result.series.years == []
    assert result.note is not None and result.note.startswith("0 events")
    assert profile([], "year").rows == [] and profile([], "year").total.events == 0


def test_yearly_series_counts_only_occurred_year_dated_events_and_fills_gaps() -> None:
    records = yearly(2001, "AID") + yearly(2004, "ACCUSE")
    records += [ev("AID", "2002-01-01", status="planned"), ev("AID", "2000-01-01", "2009-12-31", "decade")]
    series = yearly_series(records)
    assert series.years == [2001, 2002, 2003, 2004]
    assert series.values == [10.0, 0.0, 0.0, -3.0]
    assert series.counts == [1, 0, 0, 1]


# --- acts, drivers, summit level, landmarks -----------------------------------------------------------------


def test_acts_and_defence_groups_follow_the_data_files() -> None:
    exercise = ev("COOPERATE", trigger="joint exercise", cameo="062", context=("military",))
    arms_buy = ev("COOPERATE", trigger="purchased", cameo="062", context=("military",))
    trade_deal = ev("SUPPORT", trigger="signed agreement", cameo="057", quote="They signed a trade agreement.")
    defence_deal = ev("SUPPORT", trigger="signed agreement", cameo="057",
                      quote="The two defence ministers signed an agreement on military cooperation.")
    lifted = ev("RETREAT", mode="ease", trigger="lifted embargo", cameo="085",
                quote="Russia lifted its embargo on arms sales to Pakistan.")
    visit = ev("CONSULT", mode="visit", trigger="visited", cameo="042", quote="The premier visited Moscow.")
    assert [act_of(r).act for r in (exercise, arms_buy, trade_deal, lifted, visit)] == [
        "exercise", "arms", "agreement", "embargo_lifted", "visit"]
    assert defence_group(exercise) == "exercises" and defence_group(arms_buy) == "arms"
    assert defence_group(trade_deal) is None and defence_group(defence_deal) == "agreements"
    assert defence_group(lifted) == "embargoes"
    assert defence_group(visit) is None                          # a visit with no military side
    groups = defence_cooperation([exercise, trade_deal, defence_deal, lifted])
    assert [(key, len(events)) for key, _, events in groups] == [("agreements", 1), ("exercises", 1),
                                                                  ("embargoes", 1)]


def test_drivers_from_context_sector_and_quote_cues() -> None:
    assert drivers_of(ev("SUPPORT", context=("diplomatic",), quote="They signed a pipeline deal for gas.")) == [
        "economic", "diplomatic"]
    assert drivers_of(ev("CONSULT", source=actor("PAK", "army chief", sector="MIL"))) == ["military"]
    assert drivers_of(ev("CONSULT", quote="Sharif went to Moscow to talk about the Taliban.")) == [
        "counterterrorism"]
    assert drivers_of(ev("CONSULT", quote="They met.")) == ["other"]
    rows = driver_mix([ev("AID", "2001-01-01", context=("military",)), ev("AID", "2001-01-01", status="planned")],
                      "year")
    assert [(r.period, r.events, r.counts) for r in rows] == [("2001", 1, {"military": 1})]


def test_summit_level_by_leader_role_in_the_year_by_title_and_by_trigger() -> None:
    ayub = actor("PAK", "Ayub Khan", "Ayub Khan", "GOV")
    assert is_summit(ev("CONSULT", "1965-04-01", precision="month", source=ayub))        # head of state 1958-69
    assert not is_summit(ev("CONSULT", "1952-04-01", precision="month", source=ayub))    # army chief then
    assert is_summit(ev("CONSULT", source=actor("IND", "Prime Minister Narendra Modi", "Narendra Modi", "GOV")))
    assert not is_summit(ev("CONSULT", source=actor("IND", "Deputy Prime Minister Advani", "Advani", "GOV")))
    assert not is_summit(ev("CONSULT", source=actor("GBR", "United Kingdom")))           # 'king' is a whole word
    assert is_summit(ev("CONSULT", trigger="state visit"))


def test_landmarks_are_the_first_occurred_event_of_each_kind() -> None:
    pm = actor("PAK", "Prime Minister Liaquat Ali Khan", "Liaquat Ali Khan", "GOV")
    records = [
        ev("SUPPORT", "1948-05-01", precision="day", trigger="established relations", cameo="050"),
        ev("CONSULT", "1949-01-01", mode="visit", trigger="trip", status="cancelled", source=pm),
        ev("CONSULT", "1950-05-01", precision="month", mode="visit", trigger="went", source=pm),
        ev("CONSULT", "1960-05-01", precision="month", mode="visit", trigger="went", source=pm),
        ev("SUPPORT", "2014-11-01", precision="month", trigger="signed agreement", cameo="057",
           quote="They signed an agreement on military cooperation."),
        ev("COOPERATE", "2016-09-24", precision="day", trigger="exercise", cameo="062", context=("military",)),
        ev("COOPERATE", "2018-08-01", precision="month", trigger="exercise", cameo="062", context=("military",)),
        ev("RETREAT", "2014-06-01", precision="month", mode="ease", trigger="lifted embargo", cameo="085"),
    ]
    found = {lm.key: lm.date for lm in landmarks(records)}
    assert found == {
        "relations": "1948-05-01", "first_summit_visit": "1950-05-01", "first_defence_agreement": "2014-11-01",
        "first_joint_exercise": "2016-09-24", "embargo_lifted": "2014-06-01"}
    assert [lm.date for lm in landmarks(records)] == sorted(found.values())


def dated(record: dict, basis: str, text: str = "", confidence: float = 0.9, **fields: Any) -> dict:
    """The record with another date basis and time expression (and fields such as curation)."""
    record["date"] = {**record["date"], "basis": basis, "text": text}
    record.update(confidence=confidence, **fields)
    return record


def test_a_landmark_is_never_drawn_from_a_fallback_date_or_a_weak_or_rejected_event() -> None:
    def exercise(start: str, quote: str = "") -> dict:
        return ev("COOPERATE", start, precision="month", trigger="exercise", context=("military",), quote=quote)

    citable = exercise("2016-09-01")
    cases = {
        "narrative time of a sentence with no time": dated(exercise("2001-03-01", "They held an exercise."),
                                                          "discourse", "In March 2001"),
        "publication day": dated(exercise("2002-03-01", "They held an exercise."), "publication"),
        "a cited source's date": dated(exercise("2003-03-01"), "citation", "2003"),
        "below the confidence threshold": dated(exercise("2004-03-01"), "explicit", confidence=0.55),
        "rejected by an analyst": dated(exercise("2005-03-01"), "explicit", curation="rejected"),
        "not occurred": dated(ev("COOPERATE", "2006-03-01", trigger="exercise", status="planned",
                                 context=("military",)), "explicit"),
        "imported, not from a text": dated(exercise("2007-03-01"), "explicit", origin="gdelt"),
    }
    for why, record in cases.items():
        marks = landmarks([record, citable])
        assert [lm.date for lm in marks] == ["2016-09-01"], why
        assert not citable_event(record), why
    relative = dated(exercise("2008-06-01", "That June the two armies held an exercise."), "discourse", "That June")
    assert [lm.date for lm in landmarks([relative, citable])] == ["2008-06-01"]  # dated by its own sentence


def test_the_demo_reviews_landmarks_are_each_dated_by_their_sentence(tmp_path) -> None:
    demo = Path(__file__).parents[1] / "examples" / "demo"
    db = tmp_path / "demo.duckdb"
    with open_store(db) as store:
        ingest_documents(store, [read(demo / "russia_pakistan_review.md", date(2020, 1, 1))])
        result = analyse_store(store, "RUS", "PAK")
    assert len(result.landmarks) >= 4
    for lm in result.landmarks:
        assert citable_event(lm.record) and lm.record["status"] == "occurred", lm.label
        assert lm.record["date"]["basis"] == "explicit" or lm.record["date"]["text"] in lm.record["evidence"]["text"]


def test_not_happened_groups_statuses_in_order() -> None:
    records = [ev("AID", status="negated"), ev("AID"), ev("CONSULT", status="planned"),
               ev("CONSULT", status="cancelled"), ev("AGREE", status="planned")]
    assert [(s, len(rs)) for s, rs in not_happened(records)] == [("planned", 2), ("cancelled", 1), ("negated", 1)]


# --- comparison and codes ----------------------------------------------------------------------------------------


def test_compare_sets_dyads_over_the_same_periods() -> None:
    ab = yearly(2001, "AID") + yearly(2005, "CONSULT")
    ac = yearly(2003, "ACCUSE")
    bc: list[dict[str, Any]] = []
    cmp = compare([("RUS", "PAK", ab), ("RUS", "IND", ac), ("PAK", "IND", bc)], "year")
    assert cmp.periods == [2001, 2003, 2005]
    assert [d.label for d in cmp.dyads] == ["Russia–Pakistan", "Russia–India", "Pakistan–India"]
    assert [[r.index.intensity_sum for r in d.profile.rows] for d in cmp.dyads] == [
        [10.0, 0.0, 2.5], [0.0, -3.0, 0.0], [0.0, 0.0, 0.0]]
    assert analyse("RUS", "PAK", ab).profile.total.index.intensity_sum == 12.5


def test_compare_lists_landmarks_side_by_side() -> None:
    ab = [ev("COOPERATE", "2016-09-24", precision="day", trigger="exercise", context=("military",))]
    ac = [ev("COOPERATE", "2003-01-01", trigger="drills", context=("military",))]
    cmp = compare([("RUS", "PAK", ab), ("RUS", "IND", ac), ("PAK", "IND", [])], "year")
    [(label, marks)] = cmp.landmarks
    assert label == "First joint exercise or training"
    assert [m.date if m else None for m in marks] == ["2016-09-24", "2003-01-01", None]


@pytest.mark.parametrize(("given", "code"), [("pak", "PAK"), ("SUN", "SUN"), (" nato ", "NATO")])
def test_checked_code(given: str, code: str) -> None:
    assert checked_code(given) == code


@pytest.mark.parametrize("bad", ["XXX", "Moscow", "", "P4K"])
def test_unknown_code_is_an_option_error(bad: str) -> None:
    with pytest.raises(OptionError, match="not a country or organisation code"):
        checked_code(bad, "A")


# --- from a store, and the profile command ---------------------------------------------------------------------

TEXTS = [
    "Russia and Pakistan held a joint military exercise in October 2016.",
    "The Soviet Union signed a treaty of friendship with India in August 1971.",
    "Russia and Pakistan signed a defence cooperation agreement in November 2014.",
    "India and Russia plan to hold a joint naval exercise in 2027.",
]


@pytest.fixture(scope="module")
def small_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("analysis") / "small.duckdb"
    with open_store(path) as store:
        ingest_documents(store, [read_text(t) for t in TEXTS])
    return path


def test_analyse_store_counts_incidents_and_includes_the_ussr(small_store: Path) -> None:
    with open_store(small_store, read_only=True) as store:
        rus_pak = analyse_store(store, "RUS", "PAK")
        rus_ind = analyse_store(store, "rus", "ind")
        strict = analyse_store(store, "RUS", "IND", strict_codes=True)
    assert [r.period for r in rus_pak.profile.rows] == ["2014", "2016"]
    assert rus_pak.profile.total.types == {"COOPERATE": 1, "SUPPORT": 1}
    assert rus_ind.profile.total.statuses == {"occurred": 1, "planned": 1}      # the 1971 treaty is SUN's
    assert strict.profile.total.statuses == {"planned": 1}


def run(*args: str) -> Any:
    result = CliRunner().invoke(app, list(args))
    assert "Traceback" not in (result.output or "")
    return result


def test_profile_command_jsonl_csv_and_table(small_store: Path) -> None:
    result = run("profile", "RUS", "PAK", "--db", str(small_store), "--format", "jsonl")
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["dyad"], r["period"], r["events"], r["intensity_sum"]) for r in rows] == [
        ("RUS-PAK", "2014", 1, 5.0), ("RUS-PAK", "2016", 1, 9.5)]
    assert rows[1]["types"] == {"COOPERATE": 1} and rows[1]["military_share"] == 1.0

    result = run("profile", "RUS", "PAK", "--db", str(small_store), "--format", "csv", "--by", "decade",
                 "--third", "IND")
    assert result.exit_code == 0
    table = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["dyad"], r["period"], r["events"]) for r in table] == [
        ("RUS-PAK", "1970s", "0"), ("RUS-PAK", "2010s", "2"), ("RUS-PAK", "2020s", "0"),
        ("RUS-IND", "1970s", "1"), ("RUS-IND", "2010s", "0"), ("RUS-IND", "2020s", "1"),
        ("PAK-IND", "1970s", "0"), ("PAK-IND", "2010s", "0"), ("PAK-IND", "2020s", "0")]
    assert table[1]["type_SUPPORT"] == "1" and table[1]["quad_2"] == "1"

    result = run("profile", "RUS", "PAK", "--db", str(small_store), "--format", "table")
    assert result.exit_code == 0
    assert "2016" in result.stdout and "too few for phases" in result.stdout
    assert "First joint exercise or training" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["XXX", "PAK"], "A: 'XXX' is not a country or organisation code"),
        (["RUS", "PAK", "--by", "week"], "--by: 'week' is not a period length"),
        (["RUS", "RUS"], "give two different actors"),
        (["RUS", "PAK", "--third", "PAK"], "--third: PAK is one of the dyad"),
        (["RUS", "PAK", "--format", "xml"], "--format"),
    ],
)
def test_profile_command_bad_options_are_one_line_errors(small_store: Path, args: list[str], message: str) -> None:
    result = run("profile", *args, "--db", str(small_store))
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("detente: error:") and message in lines[0]


def test_profile_command_empty_dyad_warns(small_store: Path) -> None:
    result = run("profile", "FRA", "NZL", "--db", str(small_store), "--format", "jsonl")
    assert result.exit_code == 0 and result.stdout == ""
    assert "no events between FRA and NZL" in result.stderr
