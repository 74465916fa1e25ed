"""Tables whose caption names the act: "Table 1. Arms Embargoes Since 2020", then rows such as
"Peru | March 2021 | In force". A row that states no act of its own is one act of the kind the caption
names, towards the state its first cell names, dated by the row; the one acting is a party the caption
names, else the state the document's acts come from most often.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
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
    """What a table's caption says its rows are: the act, the caption's word for it, its parties."""

    entry: Trigger
    word: str
    parties: tuple[Actor, ...]


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


def row_events(ctx: DocumentContext, story: Story, t: TaggedSentence, caption: Caption) -> list[Event]:
    """The acts a row of the caption's table states: one per state its first cell names."""
    targets = {a.actor.country: a for a in t.lead if a.actor.country and a.kind != "place"}
    if not targets or t.row_time is None:
        return []
    when = anchoring.resolve(t.row_time, anchor=None, published=ctx.doc.published)
    if when is None:
        return []
    source = next((a for a in caption.parties if a.country not in targets), None) or _main_state(story, set(targets))
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


def _main_state(story: Story, besides: set[str]) -> Actor | None:
    """The state the document's acts come from most often, other than those given."""
    counts = Counter(e.source.country for e in story.events if e.source.country and e.source.country not in besides)
    if not counts:
        return None
    return actor_of_code(counts.most_common(1)[0][0])
