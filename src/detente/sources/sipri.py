"""The SIPRI Arms Transfers Database trade register (CSV export): each order becomes an arms-transfer
event, supplier -> recipient, dated by the year of order.

The export has a preamble (title, notes, "Data generated: 13 Oct 2024 ...") before the header line,
16 comma-separated columns, no quoting, Windows-1252 text, and some records broken over two lines (a
line break inside the comments). Three header cells are a single space: each flags the column before
it as uncertain ("?"). Registers are small (tens of thousands of orders), so they are read here in
Python, streaming, one record at a time.

The event is coded as detente codes "Russia sold helicopters to Pakistan": AID, context military,
CAMEO 072 (provide military aid), precision year. The weapon designation and description, the
numbers ordered and delivered and the delivery years stay in `original`; `compare` uses them.
Supplier and recipient names go through sources/data/country_names.tsv and the gazetteer ("Soviet
Union" -> SUN); a name ending in "**" is an international organisation ("United Nations**"), one
ending in "*" a non-state armed group, coded by the country in its name with the sector REB.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from ..errors import WrongFormat
from ..ontology import cameo
from . import formats
from .files import Prepared
from .lookups import country_in_text, country_of_name, organisation_of_name, soviet
from .results import FileImport, Rejection

ORIGIN = "sipri"
TITLE = "SIPRI trade register"
N_FIELDS = len(formats.SIPRI)
HEADER = ",".join(formats.SIPRI_HEADER)
EVENT_TYPE, CONTEXT, CAMEO_CODE = "AID", "military", "072"
PREAMBLE_LINES = 40  # the header must come within this many lines
_GENERATED = re.compile(r"Data generated:\s*(\d{1,2} \w{3} \d{4})")
_YEAR = re.compile(r"\d{4}")
_COMMENTS = formats.SIPRI.index("Comments")


@dataclass(frozen=True)
class Record:
    """One order of the register: its first line number and its 16 fields."""

    line: int
    fields: tuple[str, ...]

    def get(self, name: str) -> str:
        return self.fields[formats.SIPRI.index(name)]


def header_line(ready: Prepared) -> int:
    """The line number of the header; WrongFormat when the file is not a trade register."""
    for number, raw in enumerate(ready.head_lines(PREAMBLE_LINES, blank=True), 1):
        if raw.decode("cp1252", "replace").rstrip() == HEADER:
            return number
    first = ready.head_lines(1)[0].decode("cp1252", "replace")[:60] if ready.head_lines(1) else ""
    hint = " (the TIV tables are not trade registers)" if first.startswith("Volume of transfers") else ""
    raise WrongFormat(
        "not a SIPRI trade register: no header line 'Recipient,Supplier,Year of order, ,...' "
        f"in the first {PREAMBLE_LINES} lines{hint}; export the trade register as CSV from "
        "https://armstrade.sipri.org",
        ready.given,
    )


def published(ready: Prepared) -> date | None:
    """The date the register was generated, from its preamble."""
    head = b"\n".join(ready.head_lines(PREAMBLE_LINES)).decode("cp1252", "replace")
    found = _GENERATED.search(head)
    try:
        return datetime.strptime(found.group(1), "%d %b %Y").date() if found else None
    except ValueError:
        return None


def _decoded(raw: bytes) -> str | None:
    """A line as text: UTF-8 if it is, else Windows-1252 (SIPRI's own); None when neither."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        try:
            return raw.decode("cp1252")
        except UnicodeDecodeError:
            return None


def _fields(text: str) -> list[str]:
    """The fields of a line; extra commas (the register does not quote) are taken as part of the comments."""
    parts = text.split(",")
    if len(parts) > N_FIELDS:
        tail = N_FIELDS - _COMMENTS - 1
        parts = parts[:_COMMENTS] + [",".join(parts[_COMMENTS : len(parts) - tail])] + parts[len(parts) - tail :]
    return parts


def records(ready: Prepared, start: int) -> Iterator[Record | Rejection]:
    """The records after the header line `start`, with the lines that cannot be read as records.

    A line with too few fields is joined with the lines after it while they are not the start of
    another record (a line break inside a field, the comments as a rule)."""
    pending: tuple[int, str] | None = None
    with ready.path.open("rb") as handle:
        for number, raw in enumerate(handle, 1):
            if number <= start:
                continue
            text = _decoded(raw.rstrip(b"\r\n"))
            if text is None:
                yield from _flush(pending)
                pending = None
                yield Rejection(number, "bytes that are neither UTF-8 nor Windows-1252", "bad encoding")
                continue
            if not text.strip():
                continue
            if pending is not None and not _starts_record(text):
                pending = (pending[0], pending[1] + " " + text)
            else:
                yield from _flush(pending)
                pending = (number, text)
            if len(pending[1].split(",")) >= N_FIELDS:
                yield _record(*pending, broken=pending[0] != number)
                pending = None
    yield from _flush(pending)


def _starts_record(text: str) -> bool:
    """Whether a line begins an order (recipient, supplier, a year), not a piece of a broken one."""
    parts = text.split(",", 3)
    return len(parts) > 3 and bool(_YEAR.fullmatch(parts[2].strip()))


def _flush(pending: tuple[int, str] | None) -> Iterator[Rejection]:
    if pending is not None:
        n = len(pending[1].split(","))
        reason = f"expected {N_FIELDS} comma-separated columns, found {n}"
        yield Rejection(pending[0], reason, "wrong number of columns")


def _record(line: int, text: str, broken: bool = False) -> Record | Rejection:
    fields = [f.strip() for f in _fields(text)] if broken else _fields(text)
    problem = _problem(fields)
    if problem:
        return Rejection(line, problem[1], problem[0])
    return Record(line, tuple(fields))


def _problem(fields: list[str]) -> tuple[str, str] | None:
    """(kind, reason) when the fields cannot be an order, else None."""
    record = dict(zip(formats.SIPRI, fields, strict=True))
    if not _YEAR.fullmatch(record["Year of order"].strip()):
        return "bad year", f"bad Year of order '{record['Year of order']}' (expected YYYY)"
    if not record["Supplier"].strip() or not record["Recipient"].strip():
        return "no supplier or recipient", "empty Supplier or Recipient"
    for name in ("SIPRI TIV per unit", "SIPRI TIV for total order", "SIPRI TIV of delivered weapons"):
        if record[name].strip() and not re.fullmatch(r"-?[\d.]+", record[name].strip()):
            return "misaligned columns", f"'{record[name]}' in {name} is not a number (a comma inside a field?)"
    return None


# --- events ------------------------------------------------------------------------------


def party(name: str, year: int) -> dict[str, str | None]:
    """The actor of a supplier or recipient name, at the year of the order."""
    name = name.strip()
    country = organisation = sector = None
    if name.endswith("**"):
        organisation = organisation_of_name(name.rstrip("*"))
    elif name.endswith("*"):
        country, sector = country_in_text(name.rstrip("*")), "REB"
    else:
        country = country_of_name(name)
    country = soviet(country, year)
    code = country + (sector or "") if country else organisation
    return {"text": name, "name": name.rstrip("*"), "country": country, "sector": sector, "code": code}


def origin_id(record: Record) -> str:
    """The key of an order (the register has no id): supplier, recipient, year, weapon and number
    ordered, then a short hash of the status, comments and unit value, which tell apart orders alike
    in the rest. Deliveries (their numbers, years and value) change as they happen and are left out."""
    keys = ("Supplier", "Recipient", "Year of order", "Weapon designation", "Number ordered")
    detail = "|".join(record.get(k).strip() for k in ("Weapon description", "status", "Comments", "SIPRI TIV per unit"))
    return ":".join(record.get(k).strip() for k in keys) + ":" + hashlib.sha256(detail.encode()).hexdigest()[:6]


def event_id(origin: str, key: str) -> str:
    """The id of an imported event (the same hash the SQL importers compute)."""
    return hashlib.sha256(f"{origin}:{key}".encode()).hexdigest()[:16]


def trigger(record: Record) -> str:
    """What the order was, e.g. 'order of 4 Mi-35 (combat helicopter)'."""
    number = record.get("Number ordered").strip()
    what = f"{record.get('Weapon designation').strip()} ({record.get('Weapon description').strip()})"
    return f"order of {number} {what}" if number else f"order of {what}"


def event_row(record: Record, doc_id: str, seq: int) -> list[Any]:
    """The events row of an order (store.records.EVENT_COLUMNS order)."""
    year = int(record.get("Year of order"))
    src, tgt = party(record.get("Supplier"), year), party(record.get("Recipient"), year)
    src_key, tgt_key = src["country"] or src["code"] or "", tgt["country"] or tgt["code"] or ""
    entry = cameo(CAMEO_CODE)
    key = origin_id(record)
    eid = event_id(ORIGIN, key)
    flagged = record.get("Year of order uncertain").strip()
    return [
        eid, seq, doc_id, None,  # no incident: a dataset row is its own act (queries key it by its id)
        *(src[f] for f in ("text", "name", "country", "sector", "code")),
        *(tgt[f] for f in ("text", "name", "country", "sector", "code")),
        src_key, tgt_key, "|".join(sorted((src_key, tgt_key))),
        False, EVENT_TYPE, None, [CONTEXT], CAMEO_CODE, entry.goldstein, entry.quad_class, trigger(record),
        date(year, 1, 1), date(year, 12, 31), "year", f"{year}{flagged}", "dataset", "occurred",
        None, None, None, None, "[]", None, "[]",
        ORIGIN, key, None, "\t".join(record.fields),
    ]


def rows(ready: Prepared, doc_id: str, first_seq: int, result: FileImport) -> Iterator[list[Any]]:
    """The events rows of a register, counting what is read and rejected into result."""
    start = header_line(ready)
    rejected: list[Rejection] = []
    kinds: Counter[str] = Counter()
    seq = first_seq
    for item in records(ready, start):
        result.read += 1
        if isinstance(item, Rejection):
            kinds[item.kind] += 1
            if len(rejected) < 5:
                rejected.append(item)
            continue
        yield event_row(item, doc_id, seq)
        seq += 1
    result.reject(rejected, kinds)
