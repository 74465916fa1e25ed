"""The project's rules, comments and tests use sentences written for it, never the dev set's (issue "The event coder":
"never copy a dev sentence into a rule, a comment or a test").

Every string and comment of the package's and the tests' Python, every line of the package's data files and the test
fixtures' texts are compared with the dev documents: none may share a run of RUN words with one. Runs shorter than
that are the stock phrases of the field ("the President of the United States of America"). Skips when ../shared is not
beside the repository.
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "eval" / "dev"
RUN = 7
_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")  # (letters of any script: "Pérez" is one word)
_QUOTES = re.compile(r"^[rbfuRBFU]*('''|\"\"\"|'|\")|('''|\"\"\"|'|\")$")
_FIXTURE_TEXTS = (".txt", ".md", ".jsonl", ".csv", ".tsv", ".tab")


def _words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


def _runs(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i:i + RUN]) for i in range(len(words) - RUN + 1)}


def _literal(token: str) -> str:
    """A string token's text, as Python reads it (an f-string or bytes as written)."""
    try:
        value = ast.literal_eval(token)
    except (ValueError, SyntaxError):
        return _QUOTES.sub("", token)
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def _python_texts(path: Path) -> list[tuple[int, str]]:
    """The string literals and comments of a module: adjacent literals joined as Python joins them ("a b " "c d"),
    comments on following lines joined as one text."""
    out: list[tuple[int, str]] = []
    strings: list[str] = []
    comments: list[str] = []
    first = last_comment = 0
    for token in tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline):
        if token.type == tokenize.STRING:
            first = first if strings else token.start[0]
            strings.append(_literal(token.string))
            continue
        if token.type in (tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT) and strings:
            continue  # (literals split over lines inside brackets)
        if strings:
            out.append((first, "".join(strings)))
            strings = []
        if token.type == tokenize.COMMENT:
            if comments and token.start[0] != last_comment + 1:
                out.append((last_comment - len(comments) + 1, " ".join(comments)))
                comments = []
            comments.append(token.string.lstrip("# "))
            last_comment = token.start[0]
    if strings:
        out.append((first, "".join(strings)))
    if comments:
        out.append((last_comment - len(comments) + 1, " ".join(comments)))
    return out


def _data_texts(path: Path) -> list[tuple[int, str]]:
    """Each row of a data file, its comment lines that follow one another joined as one text."""
    out: list[tuple[int, str]] = []
    comments: list[str] = []
    for n, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        if line.startswith("#"):
            comments.append(line.lstrip("# "))
            continue
        if comments:
            out.append((n - len(comments), " ".join(comments)))
            comments = []
        out.append((n, line))
    if comments:
        out.append((0, " ".join(comments)))
    return out


def _texts() -> list[tuple[str, int, str]]:
    texts: list[tuple[str, int, str]] = []
    for path in sorted([*(ROOT / "src").rglob("*.py"), *(ROOT / "tests").rglob("*.py")]):
        texts.extend((str(path.relative_to(ROOT)), n, s) for n, s in _python_texts(path))
    data = [*(ROOT / "src").rglob("*.tsv"), *(ROOT / "src" / "detente" / "timex").rglob("*.json"),
            *(p for p in (ROOT / "tests" / "fixtures").rglob("*") if p.suffix.lower() in _FIXTURE_TEXTS)]
    for path in sorted(data):
        texts.extend((str(path.relative_to(ROOT)), n, s) for n, s in _data_texts(path))
    return texts


def test_a_literal_is_read_as_python_reads_it() -> None:
    assert _literal('"the cabinet.\\n\\nThe meeting"') == "the cabinet.\n\nThe meeting"
    assert _words(_literal('"cabinet.\\nThe"')) == ["cabinet", "the"]
    assert _literal("f'a {b} c'") == "a {b} c"


@pytest.mark.skipif(not DEV.is_dir(), reason="../shared/eval/dev is not beside the repository")
def test_no_rule_comment_or_test_repeats_a_dev_sentence() -> None:
    dev: dict[tuple[str, ...], str] = {}
    for path in sorted(DEV.glob("*.txt")):
        for run in _runs(_words(path.read_text(encoding="utf-8"))):
            dev.setdefault(run, path.stem)
    repeated = [f"{name}:{line}: {' '.join(run)!r} ({dev[run]})"
                for name, line, text in _texts() for run in sorted(_runs(_words(text))) if run in dev]
    assert not repeated, "written from the dev set, not invented:\n" + "\n".join(dict.fromkeys(repeated))
