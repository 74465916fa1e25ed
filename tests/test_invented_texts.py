"""The project's rules, comments and tests use sentences written for it, never the dev set's (issue "The event coder":
"never copy a dev sentence into a rule, a comment or a test").

Every string of the package's and the tests' Python, and every line of the package's data files, is compared with the
dev documents: none may share a run of RUN words with one. Runs shorter than that are the stock phrases of the field
("the President of the United States of America"). Skips when ../shared is not beside the repository.
"""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "eval" / "dev"
RUN = 7
_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")  # (letters of any script: "Pérez" is one word)


def _words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


def _runs(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i:i + RUN]) for i in range(len(words) - RUN + 1)}


def _python_strings(path: Path) -> list[tuple[int, str]]:
    """The string literals and comments of a module, adjacent literals joined ("a b " "c d" is one text)."""
    out: list[tuple[int, str]] = []
    joined: list[str] = []
    line = 0
    for token in tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline):
        if token.type == tokenize.STRING:
            if not joined:
                line = token.start[0]
            joined.append(re.sub(r"^[rbfuRBFU]*('''|\"\"\"|'|\")|('''|\"\"\"|'|\")$", "", token.string))
            continue
        if token.type in (tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT) and joined:
            continue  # (literals split over lines inside brackets)
        if joined:
            out.append((line, " ".join(joined)))
            joined = []
        if token.type == tokenize.COMMENT:
            out.append((token.start[0], token.string))
    if joined:
        out.append((line, " ".join(joined)))
    return out


def _texts() -> list[tuple[str, int, str]]:
    texts: list[tuple[str, int, str]] = []
    for path in sorted([*(ROOT / "src").rglob("*.py"), *(ROOT / "tests").rglob("*.py")]):
        texts.extend((str(path.relative_to(ROOT)), n, s) for n, s in _python_strings(path))
    for path in sorted((ROOT / "src").rglob("*.tsv")):
        lines = path.read_text(encoding="utf-8").splitlines()
        texts.extend((str(path.relative_to(ROOT)), n, s) for n, s in enumerate(lines, 1))
    return texts


@pytest.mark.skipif(not DEV.is_dir(), reason="../shared/eval/dev is not beside the repository")
def test_no_rule_comment_or_test_repeats_a_dev_sentence() -> None:
    dev: dict[tuple[str, ...], str] = {}
    for path in sorted(DEV.glob("*.txt")):
        for run in _runs(_words(path.read_text(encoding="utf-8"))):
            dev.setdefault(run, path.stem)
    repeated = [f"{name}:{line}: {' '.join(run)!r} ({dev[run]})"
                for name, line, text in _texts() for run in sorted(_runs(_words(text))) if run in dev]
    assert not repeated, "written from the dev set, not invented:\n" + "\n".join(dict.fromkeys(repeated))
