"""The trigger lexicon: which words state which act (data in data/triggers.tsv).

A trigger entry is a verb or noun lemma with optional constraints: a particle
("cut off"), an object ("sign" + @AGREEMENT, where @CLASS names a word class of
data/classes.tsv and @ACTOR asks for an actor as object) and a prepositional
argument ("turn" + for=@AID, "send" + @TROOPS + into); the flag subj=@CLASS asks for a
subject of a class ("troops" + "leave" + @ACTOR). The most specific entry whose
constraints hold wins.

The other words the coder decides on (reporting verbs, cancel verbs, pronouns ...) are
named classes of data/words.tsv, read with word_class().
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from typing import Any

from .. import wordclasses
from ..errors import ResourceError
from ..stems import singular

ORG_SPEC = "@ORG"  # an object that is an organisation by name ("founded NATO")
CAPITAL_SPEC = "@CAPITAL"  # a state's capital by name ("stopped in Lima"; not "stopped in New York on her way")
FORCES_SPEC = "@FORCES"  # a state's armed forces by name, for the pre-parse filter ("the IDF entered ...")
# CAMEO sectors of private people and bodies: "U.S. banks lent Germany money", "the American
# public condemned Spain" tell of a country's society, not of an act between states
PRIVATE_SECTORS = frozenset({"BUS", "CVL", "EDU", "MED", "HLH", "LAB", "REL"})
# gazetteer kinds that name where something happens, not who acts
PLACE_KINDS = frozenset({"capital", "city", "place"})
PERSON_KINDS = frozenset({"leader", "official"})
# acts of force or pressure: what a vow or a refusal to exclude makes a threat of
HOSTILE_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN"})
STATE_SPEC = "@STATE"  # a word that names a state, its capital, government or official, or an organisation
PERSON_SPEC = "@NAMED_PERSON"  # a person named, the gazetteer's or the text's ("joined Livingston in Paris")


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
    flags: frozenset[str]  # sym, from, ofA, possT, subjacts, owner, must, judges (a reported clause that calls a
    # party or its act by a word of judgement: "said the raid was illegal"), planned, pairfill, cancel, place, plural,
    # delegation (a noun that is a visit only with where it goes: "a delegation to Moscow"), subj=@CLASS, xcomp=@CLASS
    # (the verb's clause must be of the class: "ordered the envoy to leave"), nodest (no "to", "for" or "toward" phrase:
    # "departed from Kuwait"), alone (an act of one side: no counterpart from the story), guests (the states received
    # meet each other too: "hosted his Kenyan and Somali counterparts"), given (the object is what is handed over, not a
    # party: the target is only the one its preposition names, "handed Florida over to Britain", "referred the dispute
    # with Chile to the ICJ"), notacl (not as a participle describing a noun: "a claim contested by Vietnam"), nocontent
    # (not when the object's content clause says what must or could be: "sent a note to Pakistan that it must withdraw",
    # "voiced unease that the sites could ..."), uninvited (not with a helping purpose, nor at a request that names no
    # other state than the one it goes to: "sent a battalion into Gambia to help restore calm"), abroad (the "into"
    # phrase names a state other than the sender's own: "sent troops into Peru", not "into the lowlands" nor
    # "into manoeuvres"), warpair (the sides are the states the object's war names, else the war the text told:
    # "the Treaty of Ghent ended the war"), with=WORD,
    # named (a noun whose own phrase must name an actor: "a conflict with Iran"), aimed (a noun that must say whom it is
    # aimed at or what it threatens: "threats to Kuwait", "its threat to leave"), intent (an act only as what a party
    # wants or is ready to do: "wants to improve relations"), notobj=@CLASS (no object of the class: "committed
    # atrocities" is no commitment), bare (the object has no determiner: "stopped work" is a strike, "stop the work" is
    # not), counterpart (one side named by the text, the other is its counterpart in the pair: "six Peruvian nationals
    # were indicted"), speaker (a noun that is the act of whoever says it: "'the brutal regime of X', the minister
    # said"), halt (not with a phrase of word class halt_preps, but on a journey: "ordered a stop to gas deliveries" is
    # no visit), solo (not done with a partner: a "with" phrase naming one, or two states as the subject of the verb
    # that holds the noun: "held drills near Taiwan" alone), notof=@CLASS (a noun whose "of" phrase names no such thing:
    # "shipments of fentanyl" are no aid), future (an act only as told to come, answering the latest act against its
    # subject: "said it would retaliate"), determined (a singular noun with no determiner nor phrase of its own is
    # another sense: "U.S. demand"), inwar (an act only while a war the text told goes on: "a call for volunteers"),
    # intrans (a verb with no object nor clause of its own: "crowds demonstrated", not "demonstrated its resolve"),
    # adv=WORD (the verb's own adverb: "the two navies sailed together"), possS (the object's possessor is the one who
    # acts: "presented his credentials"), called (a noun that is an act only as what "this" or "that" is called: '"This
    # is a provocation," the minister said'), notmod=@CLASS (no modifier of the object, or of the noun itself, in the
    # class: "offered financial support" is no backing, "a refuelling stop" no visit), retaken (a place taken back is
    # taken from the other side of the war the story tells: "retook Addis Ababa"), recipient (the subject receives what
    # the object's state gives: "took delivery of Russian missiles"), notmanner (a noun that is no act of its own as a
    # bare "in" phrase of a verb: "recalled its envoy in protest"), pairsubj (a noun that takes the pair under
    # discussion only as the subject of a clause told in the past: "Full recognition followed in 1949", not "withheld
    # recognition", "believed that recognition would serve"), pairtarget (the subject's partner in the pair under
    # discussion is the target when the text names none: "Sweden suspended its aid"), notsubj=@CLASS (no subject of the
    # class: "planes carrying arms arrived in Israel" is no visit), behest (a noun's "of" phrase is its agent after
    # "at", "upon" or "on": "at the request of Peru"), namedsubj (with recipient: the subject must name a state or a
    # place, who else the text told of is no target: "Saigon fell to the North", not "the task fell to Hamilton"),
    # manysubj (the subject names two states or more: "Britain, Japan and Italy gathered in London"), toA (a noun's "to"
    # phrase is its agent: "the fall of Singapore to the Japanese"), notended (a noun that is no act as the object of a
    # verb that ends it: "ended its military operation in Mali"), preponly (the targets are only those of the entry's
    # preposition: "joined the war against X on the side of Y"), ownact (the phrase of the entry's preposition names no
    # other state's act: "expressed regret for its bombing", not "for the American decision"), host (a meeting attended,
    # when the text names no other party, is with the state that hosts it: "attended the summit in Lima"), notprep=WORD
    # (no phrase of the verb's own with this preposition whose object is an audience: "spoke at the ceremony", "spoke to
    # reporters"), topicobj (the direct object is what is talked about, no party: "discussed Berlin"), notcontest (no
    # phrase of a vote: "defeated in the elections"), notstance (no "into" phrase of a stance: "retreated into
    # isolationism"), notframe (a noun that is no act as the "in" phrase of a verb of saying, class
    # framed_statement_verbs, when neither it nor the verb names whom it goes to or who sends it: "In a message posted
    # on Tuesday, he said ..."), listed (a noun whose parties are the states on the other side of its copula, each with
    # each: "the original signatories were X, Y and Z"), noclause (no clause of its own: "recognized that the war was
    # lost" is another sense), partners (the targets are only those a phrase of a partner names: "set up a joint
    # committee with France", not "on Germany"), inviter (a passive with no agent was done by the state of the place
    # it asks someone to visit or come to, "was invited to visit Washington", "invited to Moscow", not a meeting's
    # venue, else by the one whose invitation this sentence or the two before told: "X invited nine nations to
    # Washington. Japan was invited to take part"), fromdoer (a passive with no agent whose subject is diplomats,
    # officials or nationals was done by the states of its "from" phrase: "two Russian diplomats were expelled from
    # Norway")

    @property
    def specificity(self) -> int:
        return sum(x is not None for x in (self.particle, self.obj, self.prep, self.subject)) + any(
            f.startswith("adv=") for f in self.flags)

    @property
    def subject(self) -> str | None:
        """The class the verb's subject must belong to (flag subj=@CLASS: "troops left"), or None."""
        return next(iter(self.valued("subj")), None)

    def valued(self, name: str) -> list[str]:
        """The values of a flag that carries one ("notobj=@EXERCISE", "with=grata"), in any order."""
        return list(_flag_values(self.flags, name))

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
def _flag_values(flags: frozenset[str], name: str) -> tuple[str, ...]:
    """The values of the flag `name` among an entry's flags, found once per entry (the coder asks for every token
    that may be a trigger)."""
    return tuple(f.split("=", 1)[1] for f in flags if f.startswith(name + "="))


@cache
def word_class(name: str) -> frozenset[str]:
    """The words of a class of data/words.tsv: the words a rule of the coder decides on."""
    return wordclasses.word_class("detente.coding", name)


def word_alternation(name: str) -> str:
    """The words of a class as a regular expression group, "(?:until|till|to)", longest first."""
    return alternation(word_class(name))


def alternation(words: Iterable[str]) -> str:
    """Words as a regular expression group, longest first (so that "treaty" does not stop at "treat")."""
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))) + ")"


def with_particle(verb: Any) -> bool:
    """False for a verb that counts only with its particle (class particle_verbs: "call" only as
    "call off") when the particle is missing; True for every other verb."""
    needed = _particles().get(verb.lemma_.lower())
    return needed is None or any(c.dep_ in ("prt", "advmod") and c.lower_ == needed for c in verb.children)


@cache
def _particles() -> dict[str, str]:
    return dict(phrase.split(" ", 1) for phrase in word_class("particle_verbs"))


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
    for pair in word_class("again_verbs"):  # "reimposed sanctions" is coded as "imposed sanctions"
        again, base = pair.split(" ", 1)
        table[("V", again)] = [replace(e, lemma=again) for e in table.get(("V", base), [])]
    return {k: tuple(sorted(v, key=lambda t: -t.specificity)) for k, v in table.items()}


def in_class(lemma: str, spec: str | None) -> bool:
    """True when a lemma satisfies an object constraint (@CLASS or a literal lemma)."""
    if spec is None:
        return True
    lemma = lemma.lower()
    if spec.startswith("@"):
        words = word_classes().get(spec[1:], frozenset())
        # (a plural the parser took for a name keeps its plural as its lemma: "opened Embassies", "the Accords")
        return lemma in words or (lemma.endswith("s") and singular(lemma) in words)
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


@cache
def irregular_forms() -> dict[str, frozenset[str]]:
    """Lemma -> its irregular forms ("take": "took", "taken"), from data/irregular_verbs.tsv."""
    rows = data_rows("irregular_verbs.tsv")
    return {row[0]: frozenset(w.strip() for w in row[1].split(",") if w.strip()) for row in rows}


def _forms(lemma: str) -> set[str]:
    return _inflections(lemma) | irregular_forms().get(lemma, frozenset())


@cache
def class_forms(name: str) -> frozenset[str]:
    """Every rough inflection of the words of a class (for the pre-parse filter)."""
    return frozenset(f for w in word_class(name) for f in _forms(w))


@cache
def war_fill_forms() -> frozenset[str]:
    """The forms of nouns of fighting that may be told with no side named (flag warfill: "the shooting broke out")."""
    return frozenset(f for (pos, lemma), entries in triggers().items() if pos == "N"
                     and any("warfill" in e.flags for e in entries) for f in _forms(lemma))


def _constraint_words(entry: Trigger) -> set[str]:
    """Lemmas one of which must be in the sentence for the entry to fit (empty: anything fits)."""
    words: set[str] = set()
    if entry.subject and entry.subject.startswith("@") and entry.subject[1:] in word_classes():
        # "troops left Afghanistan": the subject's class is the most telling word to look for
        # (troops may be named: "the IDF left Lebanon", which the filter knows from its mentions)
        return set(word_classes().get(entry.subject[1:], ())) | ({FORCES_SPEC} if entry.subject == "@TROOPS" else set())
    for spec in (entry.obj, entry.prep_object):
        if spec is None or spec in ("@ACTOR", "@VISITOR"):
            continue
        if spec == CAPITAL_SPEC:
            if entry.obj is None:  # "came to Bucharest": a capital named (the filter checks the mentions)
                words.add(CAPITAL_SPEC)
            continue
        if spec == ORG_SPEC:
            words.add(ORG_SPEC)  # an organisation named in the sentence (the filter checks its mentions)
            continue
        words |= set(word_classes().get(spec[1:], ())) if spec.startswith("@") else {spec}
    if entry.prep and not words and (not entry.prep_object or entry.prep_object in ("@ACTOR", ORG_SPEC)):
        words.add(entry.prep_word or "")  # only when no object says more: "became a member of" needs "member"
    if "must" in entry.flags:  # "said X must ...": a modal of obligation in the sentence
        words |= word_class("obliging_modals") | word_class("owing_verbs")
    if "judges" in entry.flags:  # "said the raid was illegal", "said Moscow was behind the blasts"
        words |= {w for k in ("JUDGEMENT", "CULPABLE_ACT", "PLOTTED_ACT") for w in word_classes().get(k, ())}
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
        wanted = {f for c in conditions for w in c
                  for f in ({w} if w in (ORG_SPEC, FORCES_SPEC, CAPITAL_SPEC) else _forms(w))}
        for form in _forms(lemma):
            needs.setdefault(form, set()).update(wanted)
    for form in free:
        needs.pop(form, None)
    return frozenset(free), {k: frozenset(v) for k, v in needs.items()}
