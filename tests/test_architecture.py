"""The arrows between detente's parts (DESIGN.md, "Layout"): which package may import which.

Every module under src/detente is parsed (ast, not imported), and every import counts, also one
inside a function: an import put off until a call is still an arrow.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "detente"

# (importing part, imported part, why not)
FORBIDDEN = [
    ("store", "coding", "the store keeps what the coder found; it never codes (detente.ingest does)"),
    ("store", "ingest", "the store is written by detente.ingest, not the other way round"),
    ("coding", "store", "the coder is a pure function from a Document to events"),
    ("coding", "cli", "the coder is a pure function from a Document to events"),
    ("coding", "ingest", "the coder is a pure function from a Document to events"),
    ("analysis", "coding", "read-outs read the record, not the coder's internals"),
    ("analysis", "reading", "read-outs read the record, not the readers"),
    ("sources", "coding", "importers read files into records; they do not code text"),
    ("sources", "store", "importers read files into records; detente.ingest stores them"),
    ("sources", "ingest", "importers read files into records; detente.ingest stores them"),
    ("*", "cli", "the command line is the outermost layer: nothing imports it"),
    ("*", "web", "the web application is an outermost layer: nothing imports it"),
]
# the outer layers themselves: the command line starts the web application; the web imports itself
ALLOWED_OUTER = {("cli", "web"), ("cli", "cli"), ("web", "web"), ("__main__", "cli")}


def part_of(module: str) -> str:
    """The part a module belongs to: its first name under detente (detente.cli.store is part of cli)."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def module_name(path: Path) -> str:
    relative = path.relative_to(PACKAGE.parent).with_suffix("")
    names = list(relative.parts)
    if names[-1] == "__init__":
        names.pop()
    return ".".join(names)


def imported_modules(path: Path) -> set[str]:
    """Every detente module a file imports, anywhere in it (relative imports resolved)."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            found.add(target)
            # `from . import store` names a module too
            found.update(f"{target}.{alias.name}" for alias in node.names)
    return {m for m in found if m == "detente" or m.startswith("detente.")}


def arrows() -> list[tuple[str, str]]:
    """(importing module, imported module) for every import of one detente part by another."""
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        source = module_name(path)
        for target in imported_modules(path):
            if part_of(target) and part_of(target) != part_of(source):
                out.append((source, target))
    return out


def broken(found: list[tuple[str, str]]) -> list[str]:
    wrong = []
    for source, target in found:
        a, b = part_of(source), part_of(target)
        for importer, imported, why in FORBIDDEN:
            if imported == b and importer in ("*", a) and (a, b) not in ALLOWED_OUTER:
                wrong.append(f"{source} imports {target}: {why}")
    return wrong


def test_no_part_imports_what_it_must_not() -> None:
    assert broken(arrows()) == []


def test_the_arrow_test_sees_imports_inside_functions(tmp_path: Path) -> None:
    module = tmp_path / "late.py"
    module.write_text("def f():\n    from ..coding import pipeline\n", encoding="utf-8")
    assert "detente.coding" in {m for m in _imports_as(module, "detente.store.late")}
    assert broken([("detente.store.late", "detente.coding.pipeline")]) != []
    assert broken([("detente.analysis.profile", "detente.cli.common")]) != []
    assert broken([("detente.cli.web", "detente.web.app"), ("detente.ingest.local", "detente.store")]) == []


def _imports_as(path: Path, name: str) -> set[str]:
    """imported_modules of a file outside the package, as if it were the module `name`."""
    fake = PACKAGE.parent.joinpath(*name.split(".")).with_suffix(".py")
    found = set()
    package = name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package.split(".")[: len(package.split(".")) - node.level + 1]
            found.add(".".join(base + ([node.module] if node.module else [])))
    assert not fake.exists()
    return found


@pytest.mark.parametrize("module", ["detente.store", "detente.analysis", "detente.sources"])
def test_importing_the_record_side_loads_no_coder(module: str) -> None:
    code = (f"import sys, {module}; "
            "print(sorted(m for m in sys.modules if m == 'spacy' or m.startswith(('detente.coding', 'spacy.'))))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
