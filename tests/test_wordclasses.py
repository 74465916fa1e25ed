"""The named word classes of data/words.tsv: every class the code asks for exists, every class
in the files is asked for, and a wrong name fails loudly."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from detente import wordclasses
from detente.errors import ResourceError
from detente.timex.words import calendar_nouns

SRC = Path(wordclasses.__file__).parent
PACKAGES = {"detente.coding": SRC / "coding", "detente.actors": SRC / "actors"}
LOOKUPS = ("word_class", "word_alternation", "class_forms")  # the functions that take a class name


def _names_used(folder: Path) -> set[str]:
    """The class names the package's Python passes to word_class() or word_alternation()."""
    names = set()
    for path in folder.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in LOOKUPS):
                continue
            arg = node.args[0] if node.args else None
            if path.name in ("lexicon.py", "entries.py") and isinstance(arg, ast.Name):
                continue  # the wrappers that pass a name on
            assert isinstance(arg, ast.Constant), f"{path.name}:{node.lineno}: give the class name as a literal"
            names.add(arg.value)
    return names


def _referenced(package: str) -> set[str]:
    return {w[1:] for words in wordclasses.entries(package).values() for w in words if w.startswith("@")}


@pytest.mark.parametrize("package", sorted(PACKAGES))
def test_every_class_the_code_asks_for_is_in_the_file(package: str) -> None:
    used = _names_used(PACKAGES[package])
    assert used, "the scan found no lookups"
    assert sorted(used - set(wordclasses.entries(package))) == []


@pytest.mark.parametrize("package", sorted(PACKAGES))
def test_every_class_in_the_file_is_used(package: str) -> None:
    used = _names_used(PACKAGES[package]) | _referenced(package)
    assert sorted(set(wordclasses.entries(package)) - used) == []


@pytest.mark.parametrize("package", sorted(PACKAGES))
def test_every_class_has_words(package: str) -> None:
    for name in wordclasses.entries(package):
        assert wordclasses.word_class(package, name), name


def test_an_unknown_class_is_an_error_that_names_the_file() -> None:
    with pytest.raises(ResourceError, match=r"no word class 'cancel_verb' in detente/coding/data/words.tsv"):
        wordclasses.word_class("detente.coding", "cancel_verb")


def test_a_reference_adds_the_words_of_another_class() -> None:
    cancel = wordclasses.word_class("detente.coding", "cancel_verbs")
    calling_off = wordclasses.word_class("detente.coding", "calling_off_verbs")
    assert "postpone" in cancel and cancel < calling_off and "put" in calling_off - cancel


def test_a_class_that_includes_itself_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    table = {"a": ("x", "@b"), "b": ("y", "@a")}
    monkeypatch.setattr(wordclasses, "entries", lambda package: table)
    with pytest.raises(ResourceError, match="includes itself"):
        wordclasses.word_class("test.cycle", "a")


def test_time_nouns_come_from_the_time_expressions_data() -> None:
    nouns = calendar_nouns()
    assert {"march", "may", "friday", "winter", "year", "century"} <= nouns
    assert not {"jan", "sept", "days", "march."} & nouns
