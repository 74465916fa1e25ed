"""Tables whose caption names the act: "Table 1. Arms Embargoes Since 2020", then rows such as
"Peru | March 2021 | In force". A row that states no act of its own is one act of the kind the caption
names, towards the state its first cell names, dated by the row; the one acting is a party the caption
names, else the state the document's acts had come from most often when the caption was read.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache

from ..actors import actor_of_code
from ..model import Actor, DateSpan, Event, Evidence, event_id
from ..ontology import cameo as cameo_entry
from . import anchor as anchoring
from .lexicon import Trigger, triggers, word_alternation
from .story import DocumentContext, Story
from .tagging import TaggedSentence

_WORD = re.compile(r"[A-Za-z]+")


@cache
def _caption() -> re.Pattern[str]:
    """ "Table 1. Title", "Table 1." alone (class table_labels)."""
    return re.compile(r"^\s*" + word_alternation("table_labels") + r"\s+\d+[.:]?(?:\s+(?P<title>\S.*))?$",
                      re.IGNORECASE)


@dataclass(frozen=True)
class Caption:
    """What a table's caption says its rows are: the act, the caption's word for it, its parties, and
    the states the document's acts had come from by then, most often first (who acts where the
    caption names no one)."""

    entry: Trigger
    word: str
    parties: tuple[Actor, ...]
    usual: tuple[Actor, ...] = ()


class TableReader:
    """Where the reading of a document stands among its tables: the caption of the table whose rows
    are being read, and whether the sentence just read was a label ("Table 1.") whose title comes next."""

    def __init__(self) -> None:
        self.caption: Caption | None = None
        self._labelled = False
        self._row_paragraph = -1  # the paragraph of the last row read; -1 before the table's first row

    def caption_of_row(self, t: TaggedSentence, story: Story) -> Caption | None:
        """The caption of the table the sentence is a row of, if any; reading it moves the reader on
        (a caption starts a table; a sentence in another paragraph after its rows ends it, a cell's
        second sentence does not)."""
        caption = caption_of(t, self._labelled)
        self._labelled = is_label(t)
        if caption is not None:
            self.caption, self._row_paragraph = replace(caption, usual=_usual_sources(story)), -1
            return None
        if t.row and self.caption is not None:
            self._row_paragraph = t.sentence.paragraph
            return self.caption
        if self._row_paragraph >= 0 and t.sentence.paragraph != self._row_paragraph:
            self.caption, self._row_paragraph = None, -1
        return None


def is_label(t: TaggedSentence) -> bool:
    """ "Table 1.": a table's label, told as a sentence of its own, its title in the next."""
    m = _caption().match(t.raw)
    return m is not None and not m.group("title")


def caption_of(t: TaggedSentence, labelled: bool = False) -> Caption | None:
    """The act a table caption names, if the sentence is one ("Table 2. Arms Embargoes", or the
    title after a label told alone) and names an act as a plain noun."""
    m = _caption().match(t.raw)
    title = m.group("title") if m is not None else (t.raw if labelled else None)
    if not title:
        return None
    for word in _WORD.findall(title):
        entry = _plain_noun_entry(word.lower())
        if entry is not None:
            parties = tuple({a.actor.country: a.actor for a in t.mentions if a.actor.country}.values())
            return Caption(entry, word, parties)
    return None


def _plain_noun_entry(word: str) -> Trigger | None:
    """The lexicon's entry for a noun that states an act by itself ("investigations", "summits")."""
    singulars = [word[:-3] + "y"] if word.endswith("ies") else [word[:-1], word[:-2]] if word.endswith("s") else []
    for lemma in dict.fromkeys([word, *singulars]):  # "embargoes", "summits", "treaties"
        for entry in triggers().get(("N", lemma), ()):
            if not (entry.obj or entry.prep or entry.particle or entry.subject
                    or entry.flags - {"sym", "plural", "pairfill"}):
                return entry
    return None


def row_events(ctx: DocumentContext, t: TaggedSentence, caption: Caption) -> list[Event]:
    """The acts a row of the caption's table states: one per state its first cell names."""
    targets = {a.actor.country: a for a in t.lead if a.actor.country and a.kind != "place"}
    if not targets or t.row_time is None:
        return []
    when = anchoring.resolve(t.row_time, anchor=None, published=ctx.doc.published)
    if when is None:
        return []
    source = next((a for a in caption.parties + caption.usual if a.country not in targets), None)
    if source is None:
        return []
    entry, row = caption.entry, cameo_entry(caption.entry.cameo)
    found = []
    for mention in targets.values():
        start, end = t.sentence.start + mention.start, t.sentence.start + mention.end
        target = mention.actor
        found.append(Event(
            id=event_id(ctx.doc.id, t.sentence.index, start, end, f"{source.code}>{target.code}"),
            doc_id=ctx.doc.id, source=source, target=target, event_type=entry.event_type,
            trigger=caption.word, date=DateSpan(when.start, when.end, when.precision, when.text, "explicit"),
            evidence=Evidence(t.sentence.index, t.sentence.start, t.sentence.end, t.sentence.text),
            reciprocal="sym" in entry.flags, mode=entry.mode or row.mode,
            context=[c for c in (entry.context or ",".join(row.context)).split(",") if c],
            cameo=entry.cameo, goldstein=row.goldstein, quad_class=row.quad_class, status="occurred",
            references=ctx.cited(t), confidence=0.55, nominal=True,
        ))
    return found


def _usual_sources(story: Story) -> tuple[Actor, ...]:
    """The states the document's acts have come from, most often first."""
    counts = Counter(e.source.country for e in story.events if e.source.country)
    return tuple(a for a in (actor_of_code(c) for c, _ in counts.most_common()) if a is not None)
