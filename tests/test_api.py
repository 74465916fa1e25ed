"""Tests of the public library API: what `import detente` offers and what it returns."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import detente

EXERCISE = "Russia and Pakistan held a joint military exercise in October 2016."


def test_public_api_is_pinned() -> None:
    # Adding or removing a name here is a change users notice: record it in CHANGELOG.md.
    assert detente.__all__ == [
        "Actor",
        "DateSpan",
        "DetenteError",
        "Document",
        "Event",
        "Evidence",
        "InputError",
        "MalformedLine",
        "OptionError",
        "Reference",
        "ResourceError",
        "Sentence",
        "StoreError",
        "UnreadableInput",
        "__version__",
        "extract",
        "open_store",
        "read",
        "read_inputs",
    ]
    for name in detente.__all__:
        assert hasattr(detente, name), name


def test_errors_form_one_hierarchy() -> None:
    for error in (detente.InputError, detente.UnreadableInput, detente.MalformedLine, detente.OptionError,
                  detente.ResourceError, detente.StoreError):
        assert issubclass(error, detente.DetenteError)


def test_every_error_of_the_package_derives_from_detente_error_and_is_drawn_in_its_tree() -> None:
    # every exception class defined anywhere in detente lives in detente.errors, under DetenteError,
    # and has its line in the tree drawn in that module's docstring
    import importlib
    import inspect
    import pkgutil
    import re

    from starlette.exceptions import HTTPException

    from detente import errors

    for info in pkgutil.walk_packages(detente.__path__, "detente."):
        if info.name.endswith("__main__"):
            continue  # runs the command line
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if (inspect.isclass(value) and issubclass(value, Exception) and value.__module__ == info.name
                    and not issubclass(value, HTTPException)):  # a signal to the web framework (errors.py says)
                assert info.name == "detente.errors", f"{info.name}.{name}: define it in detente/errors.py"
    for name, value in vars(errors).items():
        if inspect.isclass(value) and issubclass(value, Exception):
            assert issubclass(value, detente.DetenteError), name
            drawn = re.search(rf"(─ |^    ){name}\b", errors.__doc__ or "", re.M)
            assert drawn, f"{name} is missing from the tree in errors.py"


def test_open_store_from_the_package(tmp_path: Path) -> None:
    with detente.open_store(tmp_path / "s.duckdb") as store:
        assert store.counts() == {"documents": 0, "events": 0, "incidents": 0}


def check_exercise(events: list[detente.Event]) -> None:
    [event] = events
    assert {event.source.country, event.target.country} == {"RUS", "PAK"}
    assert event.event_type == "COOPERATE"
    assert event.reciprocal is True
    assert event.status == "occurred"
    assert (event.date.start, event.date.end) == (date(2016, 10, 1), date(2016, 10, 31))
    assert (event.date.precision, event.date.basis) == ("month", "explicit")
    assert event.evidence.text == EXERCISE


def test_extract_from_a_string() -> None:
    check_exercise(detente.extract(EXERCISE, date(2019, 2, 1)))


def test_extract_from_a_document() -> None:
    doc = detente.Document(text=EXERCISE, title="Exercises", published=date(2019, 2, 1))
    events = detente.extract(doc)
    check_exercise(events)
    assert events[0].doc_id == doc.id


def test_read_a_text_file(tmp_path: Path) -> None:
    path = tmp_path / "review.txt"
    path.write_text(EXERCISE + "\n", encoding="utf-8")
    doc = detente.read(path, date(2019, 2, 1))
    assert isinstance(doc, detente.Document)
    assert doc.text.strip() == EXERCISE
    assert doc.published == date(2019, 2, 1)
    check_exercise(detente.extract(doc))


def test_read_a_missing_file_raises_input_error(tmp_path: Path) -> None:
    with pytest.raises(detente.UnreadableInput):
        detente.read(tmp_path / "absent.txt")


def test_extract_leaves_the_document_it_is_given_unchanged() -> None:
    import datetime

    from detente.reading import read_text

    doc = read_text("Russia and Pakistan held a joint exercise in October 2016.")
    before = (doc.published, doc.published_basis, doc.id, doc.text)
    assert detente.extract(doc, datetime.date(2019, 2, 1))
    assert (doc.published, doc.published_basis, doc.id, doc.text) == before
