"""The trigger lexicon: which words state which act (data in data/triggers.tsv).

A trigger entry is a verb or noun lemma with optional constraints: a particle
("cut off"), an object ("sign" + @AGREEMENT, where @CLASS names a word class of
data/classes.tsv and @ACTOR asks for an actor as object) and a prepositional
argument ("turn" + for=@AID, "send" + @TROOPS + into); the flag subj=@CLASS asks for a
subject of a class ("troops" + "leave" + @ACTOR). The most specific entry whose
constraints hold wins.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ..errors import ResourceError

ORG_SPEC = "@ORG"  # an object that is an organisation by name ("founded NATO")


@dataclass(frozen=True)
class Trigger:
    """One line of the trigger lexicon."""

    pos: str  # "V" or "N"
    lemma: str
    particle: str | None
    obj: str | None  # @CLASS, @ACTOR or a lemma; for nouns, a required modifier
    prep: str | None  # "for=@AID", "into", "by=force"
    event_type: str
    mode: str | None
    context: str | None
    cameo: str
    flags: frozenset[str]

    @property
    def specificity(self) -> int:
        return sum(x is not None for x in (self.particle, self.obj, self.prep, self.subject))

    @property
    def subject(self) -> str | None:
        """The class the verb's subject must belong to (flag subj=@CLASS: "troops left"), or None."""
        return next((f.split("=", 1)[1] for f in self.flags if f.startswith("subj=")), None)

    @property
    def prep_word(self) -> str | None:
        return self.prep.split("=")[0] if self.prep else None

    @property
    def prep_object(self) -> str | None:
        return self.prep.split("=", 1)[1] if self.prep and "=" in self.prep else None


def data_rows(name: str) -> list[list[str]]:
    """The rows of a data file of the coder (data/NAME), header and # comments left out."""
    try:
        text = resources.files("detente.coding").joinpath("data", name).read_text("utf-8")
    except OSError as exc:  # pragma: no cover - a broken installation
        raise ResourceError(f"cannot read packaged data file {name}: {exc}; reinstall detente") from exc
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return list(csv.reader(lines[1:], delimiter="\t"))


@cache
def word_classes() -> dict[str, frozenset[str]]:
    """Word classes: name -> lemmas (from every data/classes*.tsv)."""
    table: dict[str, frozenset[str]] = {}
    for name in _data_files("classes"):
        for row in data_rows(name):
            table[row[0]] = table.get(row[0], frozenset()) | {w.strip() for w in row[1].split(",") if w.strip()}
    return table


def _data_files(prefix: str) -> list[str]:
    folder = resources.files("detente.coding").joinpath("data")
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(prefix) and p.name.endswith(".tsv"))


@cache
def triggers() -> dict[tuple[str, str], tuple[Trigger, ...]]:
    """Trigger entries by (pos, lemma), most specific first."""
    table: dict[tuple[str, str], list[Trigger]] = {}
    for row in (r for name in _data_files("triggers") for r in data_rows(name)):
        row += [""] * (10 - len(row))
        pos, lemma, prt, obj, prep, etype, mode, context, cameo, flags = row[:10]
        entry = Trigger(pos, lemma, prt or None, obj or None, prep or None, etype, mode or None,
                        context or None, cameo, frozenset(f for f in flags.split(",") if f))
        table.setdefault((pos, lemma), []).append(entry)
    return {k: tuple(sorted(v, key=lambda t: -t.specificity)) for k, v in table.items()}


def in_class(lemma: str, spec: str | None) -> bool:
    """True when a lemma satisfies an object constraint (@CLASS or a literal lemma)."""
    if spec is None:
        return True
    lemma = lemma.lower()
    if spec.startswith("@"):
        return lemma in word_classes().get(spec[1:], frozenset())
    return lemma == spec


def _inflections(lemma: str) -> set[str]:
    """Rough English inflections of a lemma, for the cheap pre-parse filter."""
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"}
    if lemma.endswith("e"):
        forms |= {lemma[:-1] + "ing"}
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if len(lemma) > 2 and lemma[-1] not in "aeiouwxy" and lemma[-2] in "aeiou" and lemma[-3] not in "aeiou":
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms


IRREGULAR = {
    "take": {"took", "taken"}, "give": {"gave", "given"}, "send": {"sent"}, "fly": {"flew", "flown"},
    "go": {"went", "gone"}, "come": {"came"}, "meet": {"met"}, "hold": {"held"}, "sell": {"sold"},
    "buy": {"bought"}, "seek": {"sought"}, "fight": {"fought"}, "speak": {"spoke", "spoken"},
    "shoot": {"shot"}, "strike": {"struck", "stricken"}, "lend": {"lent"}, "withdraw": {"withdrew", "withdrawn"},
    "break": {"broke", "broken"}, "cut": {"cut"}, "freeze": {"froze", "frozen"}, "mass": {"massed"},
    "arm": {"arms"}, "draw": {"drew"}, "pay": {"paid"}, "make": {"made"}, "lead": {"led"},
    "undertake": {"undertook", "undertaken"}, "begin": {"began", "begun"}, "win": {"won"},
    "withhold": {"withheld"}, "forgive": {"forgave", "forgiven"}, "lay": {"laid"}, "blow": {"blew", "blown"},
    "stand": {"stood"}, "bring": {"brought"}, "tell": {"told"}, "sink": {"sank", "sunk"}, "drive": {"drove"},
    "leave": {"left"}, "write": {"wrote", "written"}, "beat": {"beaten"},
}


def _forms(lemma: str) -> set[str]:
    return _inflections(lemma) | IRREGULAR.get(lemma, set())


def _constraint_words(entry: Trigger) -> set[str]:
    """Lemmas one of which must be in the sentence for the entry to fit (empty: anything fits)."""
    words: set[str] = set()
    if entry.subject and entry.subject.startswith("@"):
        # "troops left Afghanistan": the subject's class is the most telling word to look for
        return set(word_classes().get(entry.subject[1:], ()))
    for spec in (entry.obj, entry.prep_object):
        if spec is None or spec in ("@ACTOR", "@VISITOR"):
            continue
        if spec == ORG_SPEC:
            words.add(ORG_SPEC)  # an organisation named in the sentence (the filter checks its mentions)
            continue
        words |= set(word_classes().get(spec[1:], ())) if spec.startswith("@") else {spec}
    if entry.prep and (not entry.prep_object or entry.prep_object in ("@ACTOR", ORG_SPEC)):
        words.add(entry.prep_word or "")
    if "must" in entry.flags:  # "said X must ...": a modal of obligation in the sentence
        words |= {"must", "should"}
    return words


@cache
def filter_forms() -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    """For the pre-parse filter: forms of lemmas that fit without a condition, and for the others
    the word forms one of which the sentence must also contain ("cut" needs "aid", "ties"...)."""
    free: set[str] = set()
    needs: dict[str, set[str]] = {}
    for (_, lemma), entries in triggers().items():
        conditions = [_constraint_words(e) for e in entries]
        if any(not c for c in conditions) or any(e.particle for e in entries if not _constraint_words(e)):
            free |= _forms(lemma)
            continue
        wanted = {f for c in conditions for w in c for f in ({w} if w == ORG_SPEC else _forms(w))}
        for form in _forms(lemma):
            needs.setdefault(form, set()).update(wanted)
    for form in free:
        needs.pop(form, None)
    return frozenset(free), {k: frozenset(v) for k, v in needs.items()}
