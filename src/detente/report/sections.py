"""The sections of a review, built in print order so that notes are numbered as a reader meets them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from ..analysis import COARSE, UNDATED, Comparison, DyadAnalysis, PeriodRow, period_of
from ..analysis.breakdown import defence_cooperation, driver_mix, driver_totals, not_happened
from ..analysis.event_kinds import driver_labels
from ..analysis.landmarks import earlier_in_dataset
from ..analysis.periods import period_label, periods_between, start_year
from . import charts
from .blocks import Chart, Cited, EventList, Line, Paragraph, Parts, Section, Table, text
from .citations import Citations
from .wording import counts_text, date_label, event_summary, number, percent, plural, year_span

Record = dict[str, Any]

STATUS_HEADINGS = {
    "planned": "Planned",
    "negotiating": "Under negotiation",
    "cancelled": "Cancelled or postponed",
    "speculative": "Rumoured or speculative",
    "negated": "Negated: said not to have happened",
}


def line(record: Record, cites: Citations, with_document: bool = False) -> Line:
    """An event as a list line, citing it."""
    note = cites.note(record)
    doc = cites.document(record["doc_id"])
    return Line(date_label(record), event_summary(record), record.get("status") or "occurred", note,
                f"D{doc.n} {doc.name}" if with_document else "")


def cited_cell(record: Record, cites: Citations) -> Parts:
    """A table cell giving the event's date with its note."""
    return [Cited(date_label(record), cites.note(record))]


# --- Overview --------------------------------------------------------------------------------


def overview(d: DyadAnalysis, cites: Citations, documents: int, dataset: Sequence[Record] = ()) -> Section:
    """The summary, the landmarks (each with its quote and event), what a dataset holds earlier, the profile.
    dataset: the dyad's events imported from SIPRI."""
    section = Section("overview", "Overview")
    total = d.profile.total
    if not d.records:
        section.blocks.append(Paragraph(text(
            f"The record holds no events between {d.label.replace('–', ' and ')}: there is nothing to review. "
            "Ingest documents that mention both (detente ingest), or check the codes with detente dyads.")))
        return section
    section.blocks.append(Paragraph(text(_summary(d, documents))))
    if d.landmarks:
        rows = [[text(lm.label), cited_cell(lm.record, cites), text(event_summary(lm.record)), text(_quoted(lm.record)),
                 [cites.event_ref(lm.record["id"])]] for lm in d.landmarks]
        section.blocks.append(Table(["Landmark", "Date", "Event", "Quote", "Event id"], rows,
                                    "Landmarks (first of each kind, from events dated by their own sentence)"))
    earlier = _earlier_transfer(d, dataset, cites)
    if earlier:
        section.blocks.append(Paragraph(earlier))
    section.blocks.append(_profile_table(d.profile.all_rows(), d.profile.by))
    section.blocks.append(Paragraph(text(_method_note(d)), "note"))
    if total.events and not d.profile.rows:
        section.blocks.append(Paragraph(text("None of the events is dated to a period."), "note"))
    return section


def _quoted(record: Record) -> str:
    quote = " ".join(((record.get("evidence") or {}).get("text") or "").split())
    return f"“{quote}”" if quote else "—"


def _earlier_transfer(d: DyadAnalysis, dataset: Sequence[Record], cites: Citations) -> Parts:
    """Where a dataset holds an arms transfer earlier than the texts' first, a paragraph saying so that
    cites both: the text's event with its quote and source, the dataset's record with its reference."""
    mark = next((lm for lm in d.landmarks if lm.key == "first_arms_transfer"), None)
    found = earlier_in_dataset(mark, dataset)
    if found is None:
        return []
    note = cites.note(found)
    held = cites.note_by_number(note)
    where = cites.document(found["doc_id"]).name
    parts: Parts = []
    if mark is None:
        parts.append("No arms transfer that can be cited as a landmark is coded from the texts; "
                     f"the dataset “{where}” holds one from ")
    else:
        text_note = cites.note(mark.record)
        source = cites.document(mark.record["doc_id"]).name
        parts += ["The first arms transfer coded from the texts is ",
                  Cited(f"{event_summary(mark.record)}, {date_label(mark.record)}", text_note),
                  f" ({_quoted(mark.record)}, {source}; event ", cites.event_ref(mark.record["id"]), "), but ",
                  f"the dataset “{where}” holds an earlier one: "]
    parts += [Cited(f"{event_summary(found)}, {date_label(found)}", note),
              f" ({held.imported or where}; event ", cites.event_ref(found["id"]), ")."]
    return parts


def _summary(d: DyadAnalysis, documents: int) -> str:
    total, p = d.profile.total, d.profile
    years = [y for r in d.records if isinstance(period_of(r, p.by), int) and (y := start_year(r)) is not None]
    span = f"dated {year_span(min(years), max(years))}" if years else "none of them dated"
    extra = []
    if p.coarse:
        extra.append(f"{p.coarse.events} dated only to a decade or more")
    if p.undated:
        extra.append(f"{p.undated.events} undated")
    parts = [
        f"The record holds {plural(total.events, 'incident')} between {d.label.replace('–', ' and ')} "
        f"({total.occurred} that occurred), {span}"
        + (f" ({', '.join(extra)})" if extra else "")
        + f", reported in {plural(documents, 'document')}."
    ]
    if total.index.n:
        parts.append(
            f"The events that occurred sum to {number(total.index.intensity_sum)} on the PLOVER intensity "
            f"scale, {number(total.index.intensity_mean, 2)} per event (Goldstein mean "
            f"{number(total.index.goldstein_mean, 2)}); {percent(total.military_share)} have a military context."
        )
        parts.append(f"Most frequent types: {counts_text(total.types, 4)}.")
    parts.append(f"Status mix: {counts_text(total.statuses)}.")
    if d.phases.note:
        parts.append(f"Phases: {d.phases.note}.")
    elif d.phases.turning_points:
        parts.append("Turning points: " + ", ".join(map(str, d.phases.turning_points)) + " (see Phases).")
    else:
        parts.append("No turning point stands out: one phase (see Phases).")
    return " ".join(parts)


def _profile_table(rows: Sequence[PeriodRow], by: str) -> Table:
    body = [
        [text(r.period), text(str(r.events)), text(str(r.occurred)), text(number(r.index.intensity_sum)),
         text(number(r.index.intensity_mean, 2)), text(number(r.index.goldstein_mean, 2)),
         text(percent(r.military_share)), text(counts_text(r.types, 3)), text(counts_text(r.statuses))]
        for r in rows
    ]
    columns = [by.capitalize(), "Events", "Occurred", "Index sum", "Index mean", "Goldstein mean", "Military",
               "Main types", "Status mix"]
    return Table(columns, body, f"Profile by {by}", frozenset({1, 2, 3, 4, 5, 6}))


def _method_note(d: DyadAnalysis) -> str:
    russia = "A query for Russia includes the Soviet Union (SUN) unless --strict-codes is given. "
    return (
        "Method. Counts are of incidents: mentions of one act in several documents count once. "
        "The index is the sum and mean of PLOVER intensity (+10 for material aid … −10 for the gravest "
        "assault) of the events that occurred, Goldstein beside it; planned, negotiated, cancelled, "
        "rumoured and negated acts are counted in the status mix only. An event counts in the period its "
        "date interval starts in if it is dated at least as precisely as the period: a decade-dated event "
        "is in no single year (shown as 'coarse'), undated events are shown apart. "
        + (russia if "RUS" in (d.a, d.b) else "")
        + "Which acts count as visits, agreements, arms transfers, exercises, embargoes, landmarks and "
        "drivers is set in data files of detente.analysis (acts.tsv, landmarks.tsv, drivers.tsv, summit.tsv)."
    )


# --- Timeline --------------------------------------------------------------------------------


def timeline(d: DyadAnalysis, cites: Citations) -> Section:
    section = Section("timeline", "Timeline")
    if not d.records:
        section.blocks.append(Paragraph(text("No events."), "note"))
        return section
    if d.profile.rows:
        section.blocks.append(Chart("types", f"Events that occurred per {d.profile.by}, by PLOVER type.",
                                    lambda: charts.types_chart(d)))
    grouped: dict[int | str, list[Record]] = {}
    for r in d.records:
        grouped.setdefault(period_of(r, d.profile.by), []).append(r)
    for key in sorted(k for k in grouped if isinstance(k, int)):
        section.blocks.append(EventList(period_label(key, d.profile.by), [line(r, cites) for r in grouped[key]]))
    if COARSE in grouped:
        heading = "Dated only to a decade or more" if d.profile.by == "year" else "Dated only to a century"
        section.blocks.append(EventList(heading, [line(r, cites) for r in grouped[COARSE]]))
    if UNDATED in grouped:
        section.blocks.append(EventList("Undated", [line(r, cites) for r in grouped[UNDATED]]))
    return section


# --- Defence cooperation -----------------------------------------------------------------------


def defence(d: DyadAnalysis, cites: Citations) -> Section:
    section = Section("defence", "Defence cooperation")
    found = defence_cooperation(d.records)
    if not found:
        section.blocks.append(Paragraph(text("The record holds no defence cooperation for this dyad."), "note"))
        return section
    counts = ", ".join(f"{label.lower()} {len(events)}" for _, label, events in found)
    section.blocks.append(Paragraph(text(
        f"Military events grouped by kind ({counts}); every status is listed, so a deal rumoured sits beside "
        "the deals signed.")))
    for _, label, events in found:
        section.blocks.append(EventList(label, [line(r, cites) for r in events]))
    section.blocks.append(Paragraph(text(
        "An act is listed when it is an arms transfer or exercise, or a visit, agreement or embargo with a "
        "military side: the coder's military context, a military actor, or a military word in the quote."),
        "note"))
    return section


# --- Phases ------------------------------------------------------------------------------------


def phases(d: DyadAnalysis, cites: Citations) -> Section:
    section = Section("phases", "Phases")
    result = d.phases
    if not d.records:
        section.blocks.append(Paragraph(text("No events: no phases."), "note"))
        return section
    if result.series.years:
        caption = "The yearly index: the sum of PLOVER intensity of the events that occurred each year" + (
            ", each phase's level (line) and the turning points (dashed)." if result.phases else ".")
        section.blocks.append(Chart("index", caption, lambda: charts.index_chart(d)))
    if result.note:
        section.blocks.append(Paragraph(text(result.note[0].upper() + result.note[1:] + "."), "note"))
    else:
        turning = ", ".join(map(str, result.turning_points)) or "none"
        section.blocks.append(Paragraph(text(
            f"{plural(len(result.phases), 'phase')} from {result.series.years[0]} to {result.series.years[-1]}; "
            f"turning points: {turning}.")))
        rows = [
            [text(year_span(p.first_year, p.last_year)), text(p.tone), text(number(p.level, 2)),
             text(number(p.index.intensity_mean, 2)), text(number(p.index.goldstein_mean, 2)), text(str(p.events)),
             text(", ".join(f"{t} {n}" for t, n in p.dominant_types) or "—"),
             _landmark_parts(p.landmarks, cites)]
            for p in result.phases
        ]
        section.blocks.append(Table(
            ["Span", "Tone", "Level (index per year)", "Index mean", "Goldstein mean", "Events", "Dominant types",
             "Landmarks"], rows, "Phases", frozenset({2, 3, 4, 5})))
        section.blocks.append(Paragraph(text(
            f"Method: {result.method}; penalty here {number(result.penalty, 2)}. Tone: cooperative when the mean "
            "intensity per event is 2 or more, conflictual at −2 or less, mixed between."), "note"))
    return section


def _landmark_parts(marks: Sequence[Any], cites: Citations) -> Parts:
    parts: Parts = []
    for i, lm in enumerate(marks):
        if i:
            parts.append("; ")
        parts.append(Cited(f"{lm.label}, {date_label(lm.record)}", cites.note(lm.record)))
    return parts or text("—")


# --- Drivers -------------------------------------------------------------------------------------


def drivers(d: DyadAnalysis, cites: Citations) -> Section:
    section = Section("drivers", "Drivers")
    rows = driver_mix(d.records, d.profile.by)
    totals = driver_totals(rows)
    n = sum(r.events for r in rows)
    if not n:
        section.blocks.append(Paragraph(text("No event that occurred: nothing drives the record yet."), "note"))
        return section
    labels = driver_labels()
    shares = ", ".join(f"{labels[k].lower()} {v} ({percent(v / n)})" for k, v in
                       sorted(totals.items(), key=lambda kv: -kv[1]))
    peaks = [f"{labels[k].lower()} in {max(rows, key=lambda r: r.counts.get(k, 0)).period}"
             for k in totals if k != "other"]
    section.blocks.append(Paragraph(text(
        f"Of {plural(n, 'event')} that occurred: {shares}. An event may show several drivers. "
        + (f"Busiest periods: {', '.join(peaks)}." if peaks else ""))))
    if d.profile.span:
        filled = driver_mix(d.records, d.profile.by, periods_between(*d.profile.span, d.profile.by))
        dated = [r for r in filled if r.period not in (COARSE, UNDATED)]
        section.blocks.append(Chart("drivers", f"Events that occurred per {d.profile.by}, by driver.",
                                    lambda: charts.drivers_chart(dated, f"{d.label}: drivers per {d.profile.by}")))
    keys = list(labels)
    section.blocks.append(Table(
        [d.profile.by.capitalize(), "Events", *(labels[k] for k in keys)],
        [[text(r.period), text(str(r.events)), *(text(str(r.counts.get(k, 0))) for k in keys)] for r in rows],
        "Drivers by period", frozenset(range(1, len(keys) + 2))))
    section.blocks.append(Paragraph(text(
        "A driver is read from the coder's PLOVER contexts, the actors' sectors (MIL) and cue words in the quote "
        "(drivers.tsv)."), "note"))
    return section


# --- Third-party comparison ------------------------------------------------------------------------


def third_party(comparison: Comparison | None, cites: Citations) -> Section:
    section = Section("third-party", "Third-party comparison")
    if comparison is None:
        section.blocks.append(Paragraph(text(
            "No third country was given: run detente report A B --third C to set A–B beside A–C and B–C."), "note"))
        return section
    dyads = comparison.dyads
    sentences = []
    for d in dyads:
        t = d.profile.total
        sentences.append(f"{d.label}: {plural(t.events, 'incident')}, index {number(t.index.intensity_sum)} "
                         f"(mean {number(t.index.intensity_mean, 2)})"
                         + (f", turning points {', '.join(map(str, d.phases.turning_points))}"
                            if d.phases.turning_points else ""))
    section.blocks.append(Paragraph(text("Over the same periods — " + "; ".join(sentences) + ".")))
    if comparison.periods:
        section.blocks.append(Chart("comparison", f"Index sum per {comparison.by} of each dyad.",
                                    lambda: charts.comparison_chart(comparison)))
        section.blocks.append(_comparison_table(comparison))
    if comparison.landmarks:
        rows = [[text(label), *(cited_cell(lm.record, cites) if lm else text("—") for lm in marks)]
                for label, marks in comparison.landmarks]
        section.blocks.append(Table(["Landmark", *(d.label for d in dyads)], rows, "Landmarks side by side"))
    return section


def _comparison_table(comparison: Comparison) -> Table:
    columns = [comparison.by.capitalize()]
    for d in comparison.dyads:
        columns += [f"{d.label} events", f"{d.label} index"]
    body = []
    for i, period in enumerate(comparison.dyads[0].profile.rows):
        row = [text(period.period)]
        for d in comparison.dyads:
            r = d.profile.rows[i]
            row += [text(str(r.events)), text(f"{number(r.index.intensity_sum)} ({number(r.index.intensity_mean, 1)})")]
        body.append(row)
    return Table(columns, body, "Events and index sum (mean) per period", frozenset(range(1, len(columns))))


# --- Not (yet) happened ------------------------------------------------------------------------------


def not_yet(d: DyadAnalysis, cites: Citations) -> Section:
    section = Section("not-yet", "Not (yet) happened")
    found = not_happened(d.records)
    if not d.records:
        section.blocks.append(Paragraph(text("No events."), "note"))
        return section
    if not found:
        section.blocks.append(Paragraph(text(
            "Every event in the record is reported as having happened: nothing planned, negotiated, cancelled, "
            "rumoured or denied."), "note"))
        return section
    mix = Counter({s: len(events) for s, events in found})
    section.blocks.append(Paragraph(text(
        f"Acts the sources report as not (or not yet) done: {counts_text(dict(mix))}. They are left out of the "
        "index.")))
    for status, events in found:
        section.blocks.append(EventList(f"{STATUS_HEADINGS.get(status, status)} ({len(events)})",
                                        [line(r, cites, with_document=True) for r in events]))
    return section

