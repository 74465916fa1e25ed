"""The column layouts of the datasets detente imports, and the named fields of a stored row.

An imported event keeps the dataset's row in the events table's `original` column as the
row's fields joined by tabs (for tab-separated datasets, the line as it is in the file):
storing the line costs next to nothing, where building a JSON object per row would cost
more than the rest of a GDELT import. :func:`original_fields` names the fields again when
a record is read, so the record's `original` is a JSON object, column name -> value.
"""

from __future__ import annotations

_GDELT_ACTOR = [
    "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
    "Type1Code", "Type2Code", "Type3Code",
]
_GDELT_EVENT = [
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
]
_GDELT_GEO_V1 = ["Type", "FullName", "CountryCode", "ADM1Code", "Lat", "Long", "FeatureID"]
_GDELT_GEO_V2 = ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"]


def _gdelt(geo: list[str], url: bool) -> tuple[str, ...]:
    head = ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    actors = [f"Actor{n}{c}" for n in (1, 2) for c in _GDELT_ACTOR]
    places = [f"{who}Geo_{c}" for who in ("Actor1", "Actor2", "Action") for c in geo]
    return tuple(head + actors + _GDELT_EVENT + places + ["DATEADDED"] + (["SOURCEURL"] if url else []))


GDELT_V1_HISTORICAL = _gdelt(_GDELT_GEO_V1, url=False)  # 57 columns, before April 2013
GDELT_V1 = _gdelt(_GDELT_GEO_V1, url=True)  # 58 columns, daily files from April 2013
GDELT_V2 = _gdelt(_GDELT_GEO_V2, url=True)  # 61 columns, 15-minute files from February 2015

ICEWS = (
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text", "CAMEO Code",
    "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID", "Sentence Number", "Publisher",
    "City", "District", "Province", "Country", "Latitude", "Longitude",
)

POLECAT = (
    "Event ID", "Event Date", "Event Type", "Event Mode", "Intensity", "Quad Code", "Contexts", "Actor Name",
    "Actor Country", "Actor COW", "Primary Actor Sector", "Actor Sectors", "Actor Title", "Actor Name Raw",
    "Wikipedia Actor ID", "Recipient Name", "Recipient Country", "Recipient COW", "Primary Recipient Sector",
    "Recipient Sectors", "Recipient Title", "Recipient Name Raw", "Wikipedia Recipient ID", "Placename", "City",
    "District", "Province", "Country", "Latitude", "Longitude", "GeoNames ID", "Raw Placename", "Feature Type",
    "Source", "Publication Date", "Story People", "Story Organizations", "Story Locations", "Language", "Version",
)

# The trade register's header names three columns " ": each flags the column before it as uncertain ("?").
SIPRI = (
    "Recipient", "Supplier", "Year of order", "Year of order uncertain", "Number ordered",
    "Number ordered uncertain", "Weapon designation", "Weapon description", "Number delivered",
    "Number delivered uncertain", "Year(s) of delivery", "status", "Comments", "SIPRI TIV per unit",
    "SIPRI TIV for total order", "SIPRI TIV of delivered weapons",
)
SIPRI_HEADER = tuple(" " if name.endswith(" uncertain") else name for name in SIPRI)

LAYOUTS: dict[str, tuple[tuple[str, ...], ...]] = {
    "gdelt": (GDELT_V2, GDELT_V1, GDELT_V1_HISTORICAL),
    "icews": (ICEWS,),
    "polecat": (POLECAT,),
    "sipri": (SIPRI,),
}


def original_fields(origin: str, original: str | None) -> dict[str, str] | None:
    """The stored row of an imported event as {column name: value as in the file}.

    A row whose field count fits no known layout comes back as {"row": the stored text}."""
    if original is None:
        return None
    values = original.split("\t")
    for names in LAYOUTS.get(origin, ()):
        if len(names) == len(values):
            return dict(zip(names, values, strict=True))
    return {"row": original}
