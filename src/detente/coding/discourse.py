"""What the text has established so far about its actors: the salient ones and the current pair.

Anaphors ("both sides", "the two countries", "it", "he", "the administration")
are resolved against this state. (Narrative time is dating.Narrative.)
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from ..model import Actor
from ..timex.words import number_range
from .arguments import ActorRef
from .clauses import answered_for_by, once_per_parse
from .lexicon import PERSON_KINDS, data_rows, in_class, triggers, word_class

Token = Any

GOVERNMENT_KINDS = {"leader", "official", "capital", "institution"}


def state_of(actor: Actor) -> Actor:
    """The state an actor belongs to, as an actor: what "the two countries" or an unnamed
    counterpart stands for (not the minister who happened to be named before)."""
    if not actor.country or (actor.sector is None and actor.code == actor.country):
        return actor
    # no words of this sentence name it: the text is empty unless an anaphor stands for it
    return Actor("", _state_name(actor.country), actor.country, None, actor.country)


def _two_states(a: Actor, b: Actor) -> tuple[Actor, Actor] | None:
    """The states of two actors of different states, else None."""
    if a.country and b.country and a.country != b.country:
        return state_of(a), state_of(b)
    return None


def _state_name(code: str) -> str:
    from ..actors import lookup

    found = lookup(code)
    return found.name if found is not None and found.name else code


DEED_REACH = 2  # sentences before a reaction's own that the deed it names may be told in


@dataclass
class Discourse:
    """The running state of one document."""

    pair: tuple[Actor, Actor] | None = None
    war: tuple[Actor, Actor] | None = None  # the sides of the last attack or war told as done
    mission: tuple[Actor, Actor] | None = None  # the owner and host of the last mission the text placed
    compass: dict[str, Actor] = field(default_factory=dict)  # "north" -> the state last named "North Korea"
    group: tuple[Actor, ...] = ()  # three or more states that last acted together ("the four countries")
    assembly: tuple[Actor, ...] = ()  # three or more states that last met ("the negotiators", "the powers")
    last_subject: Actor | None = None
    last_government: Actor | None = None
    countries: list[Actor] = field(default_factory=list)  # most recent last
    people: list[Actor] = field(default_factory=list)  # leaders and officials named, most recent last
    people_before: list[Actor] = field(default_factory=list)  # those the sentence before named
    people_now: list[Actor] = field(default_factory=list)  # those this sentence named so far
    subject_person_before: Actor | None = None  # the person the sentence before had as its last subject
    subject_person_now: Actor | None = None
    # the people the sentence before had as the subjects of its main verb ("Maduro and Ali met in Bridgetown")
    subject_people_before: list[Actor] = field(default_factory=list)
    subject_people_now: list[Actor] = field(default_factory=list)
    states_before: list[Actor] = field(default_factory=list)  # the states the sentence before named
    joined_before: tuple[Actor, Actor] | None = None  # two states the sentence before named joined ("X and Y")
    joined_now: tuple[Actor, Actor] | None = None
    states_now: list[Actor] = field(default_factory=list)
    by_noun: dict[str, Actor] = field(default_factory=dict)  # "administration" -> the Carter administration's actor
    salience: dict[str, float] = field(default_factory=dict)  # country -> recent weight of its mentions
    told: dict[frozenset[str | None], int] = field(default_factory=dict)  # acts told of each pair so far
    sides: dict[frozenset[str | None], tuple[Actor, Actor]] = field(default_factory=dict)
    pair_now: bool = False  # whether an act of this sentence set the pair
    pair_aside: bool = False  # whether the act that set the pair was told in a subordinate clause
    paragraph: int = 0  # the paragraph of the sentence being read
    pair_paragraph: int = 0  # the paragraph whose act set the pair
    organisations: list[Actor] = field(default_factory=list)  # organisations named, most recent last
    # acts done with no other side ("North Korea launched a missile"): (doer, stem of the trigger word, sentence),
    # those of the last DEED_REACH sentences only
    deeds: list[tuple[Actor, str, int]] = field(default_factory=list)

    def next_sentence(self, paragraph: int = 0) -> None:
        """Older mentions weigh less: halve every country's salience at each sentence."""
        self.paragraph = paragraph
        self.salience = {c: w / 2 for c, w in self.salience.items() if w >= 0.05}
        self.pair_now = False
        self.people_before, self.people_now = self.people_now, []
        self.states_before, self.states_now = self.states_now, []
        self.joined_before, self.joined_now = self.joined_now, None
        self.subject_person_before, self.subject_person_now = self.subject_person_now, None
        self.subject_people_before, self.subject_people_now = self.subject_people_now, []

    def saw(self, actor: Actor, kind: str, subject: bool = False) -> None:
        """Note a mention of an actor (in text order)."""
        if kind in PERSON_KINDS:
            self.people = [p for p in self.people if p.name != actor.name][-6:] + [actor]
            self.people_now.append(actor)
            if subject:
                self.subject_person_now = actor  # (the last: "X followed, and Putin was expected to ...")
        if kind == "place":
            return
        if kind == "org" and not actor.country:
            self.organisations = [o for o in self.organisations if o.code != actor.code][-4:] + [actor]
        if actor.country:
            self.countries = [a for a in self.countries if a.country != actor.country][-8:] + [state_of(actor)]
            compass = _compass_word(actor)
            if compass:
                self.compass[compass] = state_of(actor)  # "North Korean troops": the North
            if all(a.country != actor.country for a in self.states_now):
                self.states_now.append(state_of(actor))
            self.salience[actor.country] = self.salience.get(actor.country, 0.0) + (2.0 if subject else 1.0)
            if kind in GOVERNMENT_KINDS and actor.sector in (None, "GOV"):
                self.last_government = actor
        if subject:
            self.last_subject = actor

    def saw_pair(self, a: Actor, b: Actor, aside: bool = False) -> None:
        """The pair of an act just told (aside: told in a subordinate clause, "sanctions imposed after Russia
        annexed Crimea")."""
        self.pair = _two_states(a, b) or self.pair
        if self.pair and {a.country, b.country} == {x.country for x in self.pair}:
            key = frozenset(x.country for x in self.pair)
            self.told[key] = self.told.get(key, 0) + 1
            self.sides[key] = self.pair
            self.pair_now = True
            self.pair_aside = aside
            self.pair_paragraph = self.paragraph

    def saw_deed(self, doer: Actor, word: str, index: int) -> None:
        """An act of one side with no other (doer, the stem of its trigger word, its sentence), which a reaction
        may name a few sentences on ("Japan condemned the launch")."""
        self.deeds = [d for d in self.deeds if index - d[2] <= DEED_REACH] + [(doer, word, index)]

    def deed_named(self, word: str, index: int, others_than: set[str | None]) -> Actor | None:
        """The doer of the latest deed of this sentence or the DEED_REACH before whose trigger has the stem word,
        if it is not one of others_than."""
        for doer, said, at in reversed(self.deeds):
            if index - at > DEED_REACH:
                return None
            if said == word and (doer.country or doer.code) not in others_than:
                return doer
        return None

    def main_pair(self) -> tuple[Actor, ...]:
        """The pair "the two countries" means: the pair of the last act, unless that pair was told of only once,
        in an aside, and another at least three times ("Russia and China signed a deal ... amid sanctions imposed
        after Russia annexed Crimea from Ukraine. The two countries had signed a framework in 2009": the pair the
        text is about; but "Then India and Pakistan clashed. The two countries agreed ..." moves on)."""
        current = self.current_pair()
        # (the pair of an act the same sentence told stays: "India struck X, and the two ..."; so does one set in the
        # main clause of this paragraph)
        if not self.told or len(current) != 2 or self.pair_now or not (
                self.pair_aside or self.pair_paragraph < self.paragraph):
            return current
        key, count = max(self.told.items(), key=lambda kv: kv[1])
        now = frozenset(x.country for x in current)
        # a pair told of once, in an aside or in the paragraph before, gives way to one told three times or more
        return self.sides[key] if self.told.get(now, 0) <= 1 and count >= 3 and key != now else current

    def most_told_pair(self) -> tuple[Actor, ...]:
        """The two states the text has told most acts between so far (on a tie, the first told), else the pair
        under discussion."""
        if not self.told:
            return self.current_pair()
        return self.sides[max(self.told.items(), key=lambda kv: kv[1])[0]]

    def saw_mission(self, owner: Actor, host: Actor) -> None:
        self.mission = _two_states(owner, host) or self.mission

    def saw_war(self, a: Actor, b: Actor) -> None:
        self.war = _two_states(a, b) or self.war

    def _speaking_for(self, token: Token, named: dict[int, list[ActorRef]]) -> Actor | None:
        """The state a spokesperson or ministry named without one speaks for: the one the story was just about,
        unless the sentence names that state as the one addressed ("Ukraine accused Russia. A Foreign Ministry
        spokeswoman rejected the charge and urged Kiev to ...": the other side)."""
        last = self.last_subject
        if last is None or not last.country:
            return None
        addressed = {r.actor.country for i, refs in named.items() if i > token.i
                     and token.doc[i].dep_ in ("dobj", "obj", "dative", "iobj") for r in refs if r.via == "parse"}
        if last.country in addressed:
            return self.other_than(last)
        return last

    def _organisation_meant(self, token: Token, named: dict[int, list[ActorRef]]) -> list[Actor]:
        """The organisation "the alliance", "the bloc", "the forum" or "the organization" stands for: the last of that
        kind the text named (not "an alliance", "the alliance of X", "the Atlantic alliance" or a name's own word: "the
        African Union")."""
        noun = token.lemma_.lower()
        kinds = {"alliance": word_class("alliance_orgs"), "bloc": word_class("bloc_orgs"),
                 "forum": word_class("forum_orgs")}.get(noun)  # ("the organization": any organisation)
        # (one named earlier in the same sentence is the latest: "asked the CSTO for help, and the bloc sent troops")
        here = [r.actor for i in sorted(named) if i < token.i for r in named[i]
                if r.kind == "org" and not r.actor.country]
        fitting = [o for o in self.organisations + here if kinds is None or o.code in kinds]
        return fitting[-1:]

    def current_pair(self) -> tuple[Actor, ...]:
        """The pair "both sides" means: the last pair of an act, else the last two countries named."""
        if self.pair:
            return self.pair
        # the two states the recent sentences are most about: subjects weigh more, latest first on a tie
        recent = list(reversed(self.countries))
        ranked = sorted(recent, key=lambda a: -self.salience.get(a.country or "", 0.0))
        return tuple(ranked[:2]) if len(ranked) >= 2 else ()

    @property
    def last_person(self) -> Actor | None:
        """The leader or official named last."""
        return self.people[-1] if self.people else None

    def last_two_people(self, also: list[Actor] | None = None) -> tuple[Actor, ...]:
        """The states of the last two people named (before, then `also`, in order) who serve different
        states, latest first."""
        found: list[Actor] = []
        for person in reversed(self.people + (also or [])):
            if person.country and person.country not in {f.country for f in found}:
                found.append(state_of(person))
            if len(found) == 2:
                return tuple(found)
        return ()

    def partner(self, actor: Actor) -> Actor | None:
        """The other member of the current pair, if the actor is in it."""
        pair = self.current_pair()
        return other_side((pair[0], pair[1]), actor) if len(pair) == 2 else None

    def _of_the_kind(self, token: Token, states: frozenset[str]) -> list[Actor]:
        """The state of the pair under discussion (else the latest named) among the states a description may stand
        for, if the description is bare."""
        if not _a_bare_description(token):
            return []
        pair = [a for a in self.current_pair() if a.country in states]
        if len(pair) > 1:
            return []  # (both are kingdoms: "the kingdom" could be either)
        told = next((a for a in [*pair, *reversed(self.countries)] if a.country in states), None)
        return [told] if told is not None else []

    def other_than(self, actor: Actor, latest: bool = True) -> Actor | None:
        """The counterpart of an actor: its partner in the current pair, else (latest) the latest other country, or
        (not latest) its foe in the war told last, else its partner in the pair the recent sentences are most about."""
        mate = other_side(self.pair, actor)
        if mate is not None:
            return mate
        if not latest:
            return other_side(self.war, actor) or self.partner(actor)
        for other in reversed(self.countries):
            if other.country != actor.country:
                return other
        return None

    def other_than_all(self, codes: set[str | None]) -> Actor | None:
        """The counterpart of several actors acting together ("Britain and France landed troops"):
        the other member of the current pair if it holds exactly one of them, else the latest other
        country named."""
        if self.pair:
            inside = [a for a in self.pair if a.country in codes]
            outside = [a for a in self.pair if a.country not in codes]
            if len(inside) == 1 and len(outside) == 1:
                return outside[0]
        for other in reversed(self.countries):
            if other.country not in codes:
                return other
        return None

    def resolve(self, token: Token, named: dict[int, list[ActorRef]] | None = None) -> list[Actor]:
        """The actors an anaphoric token stands for, if it is one (`named`: the sentence's own actors)."""
        low = token.lower_
        counted = _counted(token)
        if counted and counted == len(self.states_before):
            return list(self.states_before)  # "Croatia, Slovenia and Bosnia were recognized. The three countries"
        if counted and counted == len(self.group):
            return list(self.group)  # "Saudi Arabia, the UAE, Bahrain and Egypt cut ties with Qatar. The four"
        if self.assembly and (_an_assembly(token) or _counted(token, people=True) == len(self.assembly)):
            # "The three powers met in London. The negotiators agreed ...", "the three leaders agreed": those at
            # the last meeting of several states, each there for one
            return list(self.assembly)
        described = _described_states().get(token.lemma_.lower())
        if described is not None:
            # "the kingdom agreed to buy wheat": the state of that kind the text is about
            return self._of_the_kind(token, described)
        if token.lemma_.lower() in word_class("org_anaphor_nouns"):
            # ("an alliance", "the alliance of X", "the African Union": no organisation told before)
            return self._organisation_meant(token, named or {}) if _an_organisation_noun(token) else []
        if _joint_body(token, named or {}):
            return list(self.main_pair())  # "the joint commission met in May": the pair's body
        if pair_noun(token):
            if self.war and (token.lemma_.lower() in word_class("belligerent_nouns") or any(
                    c.lower_ == "of" and any(in_class(p.lemma_.lower(), "@WAR_NOUN") for p in c.children)
                    for c in token.children)):
                # "urged the belligerents to pull back", "the two sides of the conflict": the sides of the war
                return list(self.war)
            if token.lemma_.lower() in word_class("person_pair_nouns"):
                # "Kosygin hosted Ayub and Shastri, where the two leaders signed": the last two named ("the leaders",
                # with no number, only two named in this sentence or the one before)
                counted = any(c.lower_ in word_class("pair_determiners") for c in token.children)
                named_here = _people_named_before(token, named)
                people = self.last_two_people(named_here)
                met = {state_of(p).country: state_of(p) for p in self.subject_people_before if p.country}
                if not named_here and len(met) == 2:
                    # "Maduro and Ali met in talks hosted by Gonsalves. The two leaders agreed": the two the sentence
                    # before had as its subjects, not the last two it named
                    people = tuple(met.values())
                here = {p.country for p in named_here}
                if people and not counted and {p.country for p in people} != {p.country for p in self.current_pair()} \
                        and not {p.country for p in people} <= here:
                    # ("the leaders", with no number: those two only when theirs is the pair discussed, or when this
                    # sentence names both: "invited Sadat and Begin to Camp David, where the leaders signed")
                    return []
                if people:
                    return list(people)
            if self.joined_before is not None and _these_two(token):
                # "... between France and the monarchies Great Britain and Spain. These two powers joined ...": the
                # two the sentence before named together
                return list(self.joined_before)
            return _pair_between_before(token, named or {}) or _two_named_before(token, named or {}) \
                or list(self.main_pair())
        if low in word_class("pair_pronouns") and token.dep_ in ("nsubj", "pobj", "dobj") and self.current_pair():
            return list(self.current_pair())
        if low in word_class("pair_numerals") and token.pos_ == "NUM" and token.dep_ in ("nsubj", "pobj", "dobj") \
                and any(c.lower_ == "the" for c in token.children):
            # "a summit between the two", "urged the two to make peace": the pair under discussion (not
            # "rejected the two", which may be two offers); as a subject, the two people just named ("Taft met
            # Katsura. The two concluded ..."), only if they serve two states, for "the two" may be colleagues
            # the gazetteer does not know
            if token.dep_ == "pobj":
                return list(self.current_pair()) if token.head.lower_ in word_class("pair_preps") else []
            if token.dep_ == "dobj":
                # what they are urged or invited to, told after them
                urged = any(c.i > token.i and (c.dep_ in ("xcomp", "ccomp") or (
                    c.dep_ == "prep" and c.lower_ in word_class("addressing_preps"))) for c in token.head.children)
                return list(self.current_pair()) if urged else []
            # (an office holder the gazetteer does not know counts as resolved: "Defence Minister Smith hosted
            # Japan's minister, where the two agreed")
            earlier = _people_named_before(token, named) + [
                a for t in token.doc[:token.i] if t.pos_ == "PROPN" and titled(t) for a in self.resolve(t, named)]
            states = {state_of(a).country: state_of(a) for a in self.people_before + earlier if a.country}
            return list(states.values()) if len(states) == 2 else []
        if token.pos_ == "PROPN" and titled(token):
            # "Defence Minister Smith hosted Japan's minister": an office holder the gazetteer does not know,
            # facing the one official of another state the clause names, is that state's partner in the pair
            # under discussion (not facing a state: "Minister Smith welcomed Norway's decision" may be Norway's)
            clause = _own_clause(token.head)
            others = {r.actor.country: r.actor for i, refs in (named or {}).items() if i in clause for r in refs
                      if r.actor.country and r.via == "parse" and r.kind in PERSON_KINDS}
            if not others and token.dep_ == "nsubj" and token.head.lemma_.lower() in word_class("travelling_verbs"):
                # "Foreign Secretary Misri travelled to Dhaka": one who travels to a state is of its partner
                others = {r.actor.country: r.actor for c in token.head.children if c.dep_ == "prep"
                          and c.lower_ == "to" for p in c.children for r in (named or {}).get(p.i, ())
                          if r.actor.country and r.via == "parse" and r.kind in ("capital", "country")}
            other = self.partner(next(iter(others.values()))) if len(others) == 1 else None
            return [other] if other is not None else []
        if low in word_class("compass_words"):
            # "the North freed the detainees", after "North Korea" (not "the North Atlantic Treaty", "the north")
            # (or the second of "the North and South")
            determined = any(c.lower_ == "the" for c in token.children) or (
                token.dep_ == "conj" and token.head.lower_ in word_class("compass_words")
                and any(c.lower_ == "the" for c in token.head.children))
            if not (token.text[:1].isupper() and determined and not any(
                    c.dep_ in ("compound", "amod") for c in token.children)):
                return []
            here = [r.actor for i, refs in sorted((named or {}).items()) if i < token.i for r in refs
                    if _compass_word(r.actor) == low]
            return [state_of(here[-1])] if here else [self.compass[low]] if low in self.compass else []
        reporter = _reporting_subject(token, named or {})
        if reporter is not None:
            return reporter
        if low in word_class("state_possessives") and token.dep_ == "poss":
            # "Italy's invasion of Ethiopia and its capture of Addis Ababa": the owner of the act it is joined to
            owner = _joined_owner(token, named or {})
            if owner:
                return owner
            reproached = _reproached_for(token, named or {})
            if reproached:
                return reproached
            # "the Truman administration, worried about ... its condemnation of X": the sentence's
            # subject, named before the pronoun
            main = _main_subject_actors(token, named or {})
            if main:
                return main
        if low in word_class("they_pronouns") and token.pos_ == "PRON" and any(
                a.dep_ == "relcl" for a in token.ancestors):
            # "China and Taiwan came to an arrangement in which they shelled ...": the main subject
            states = _main_subject_states(token, named or {})
            if len(states) >= 2:
                return states
        if low in word_class("they_pronouns") and token.pos_ == "PRON" and token.dep_ == "nsubj":
            fronted = _fronted_clause_states(token, named or {})
            if fronted:
                return fronted  # "when the French learned of it, they left": the French
        if low in word_class("they_pronouns") and token.pos_ == "PRON" and self.pair:
            return list(self.pair)  # "They signed ...", "their armies": the pair under discussion
        if low in word_class("it_pronouns") and token.pos_ == "PRON" and token.dep_ in ("nsubj", "nsubjpass") \
                and token.head.dep_ in ("advcl", "relcl"):
            # "the Soviet Union did not sign because it was not at war", "X sold arms that it had bought":
            # the state the sentence is about
            # (not in a reported clause: "Saudi Arabia feared that it would attack" may be another)
            main = _subject_state(token.sent.root, token, named or {})
            if main:
                return main
        if low in word_class("it_pronouns") and token.pos_ == "PRON" and token.dep_ in ("nsubj", "nsubjpass") \
                and token.head.dep_ in ("ROOT", "conj", "parataxis"):
            # "Peru has turned to other suppliers; in 2022 it signed ...": a state that is the subject of a
            # clause before it in the sentence, before the one the story was last about (not in what someone
            # said: "Russia, which said it would send troops")
            subjects = [(i, state_of(r.actor)) for i, refs in sorted((named or {}).items()) if i < token.i
                        and _main_clause_subject(token.doc[i], token.head) for r in refs
                        if r.via == "parse" and r.actor.country and r.kind not in PERSON_KINDS]
            # (not across "but": "Japan protested, but it fired two more missiles" is the one the story is about)
            if subjects and not any(t.lower_ in word_class("contrasting_conjunctions")
                                    for t in token.doc[subjects[-1][0]:token.i]):
                return [subjects[-1][1]]
        if low in word_class("it_pronouns") and token.pos_ == "PRON" and self.last_subject:
            return [self.last_subject]
        if low in word_class("he_pronouns") and token.pos_ == "PRON" \
                and token.dep_ in ("dobj", "obj", "dative", "iobj"):
            # "Merkel called Putin and asked him to ...", "Putin said Erdogan had called him": an object pronoun is
            # not its own clause's subject but the person named last before it
            verb = _clause_verb(token)
            subjects = {r.actor.name for c in (verb.children if verb is not None else ())
                        if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree for r in (named or {}).get(t.i, ())
                        if r.kind in PERSON_KINDS}
            main = _main_subject_person(token, named or {})
            reported = verb is not None and any(a.dep_ == "ccomp" and a.head.lemma_.lower() in word_class(
                "reporting_verbs") for a in (verb, *verb.ancestors))
            if subjects and reported and main is not None and main.name not in subjects:
                return [main]  # "Sunak said Biden had urged him": the one who reports it
            others = [a for _, a in _people_at_before(token, named) if a.name not in subjects]
            if subjects and others:
                return [others[-1]]
        if low in word_class("he_pronouns") and token.pos_ == "PRON":
            # "Trump cancelled his trip after Frederiksen rejected his offer": the person the
            # sentence is about (its main subject, named before the pronoun), else the last one
            main = _main_subject_person(token, named or {})
            if main is not None:
                return [main]
            earlier = _people_at_before(token, named)
            if earlier and token.dep_ == "nsubj":
                # "Although Lloyd George assured Bullitt ..., he repudiated it", "When Roosevelt met Stalin, he
                # proposed": the subject of the clause before, else the person it named last
                subjects = [a for i, a in earlier if "nsubj" in (token.doc[i].dep_, token.doc[i].head.dep_)]
                same = next((t for t in token.doc[:token.i] if t.lower_ in word_class("he_pronouns")
                             and t.pos_ == "PRON" and t.dep_ == "nsubj"), None)
                if not subjects and same is not None:
                    # "he said the gunmen resented Kurti's campaign, and he accused Pristina": the one the
                    # sentence's first "he" is, not a person named in what he said
                    return self.resolve(same, named)
                return [(subjects or [a for _, a in earlier])[-1]]
            if token.dep_ == "nsubj" and self.subject_person_before is not None:
                return [self.subject_person_before]  # "Erdogan met NATO's chief. He then accused Greece": Erdogan
            if self.last_person:
                return [self.last_person]
        noun = token.lemma_.lower()
        if noun in word_class("counterpart_nouns") and token.pos_ == "NOUN" \
                and not any(c.dep_ in ("amod", "compound", "nmod") for c in token.children):
            # "the Peruvian president praised his counterpart": the other side, seen from the subject's (the
            # one other state the sentence names, else the other of the pair under discussion); not
            # "their French counterparts", who are named
            main = _clause_subject_states(token, named or {})
            if not main:
                return []
            others = {r.actor.country: state_of(r.actor) for refs in (named or {}).values() for r in refs
                      if r.actor.country and r.actor.country != main[0].country and r.via == "parse"}
            other = next(iter(others.values())) if len(others) == 1 else self.other_than(main[0])
            return [other] if other is not None else []
        if noun in word_class("spokesperson_nouns") and token.dep_ == "nsubj" and not any(
                c.dep_ in ("amod", "compound", "nmod", "poss", "prep") and not _a_body_unnamed(c, named or {})
                for c in token.children):
            # "China rejected the charge. A spokesman urged Vietnam to ...": one who speaks for the one
            # the story was just about
            speaker = self._speaking_for(token, named or {})
            return [speaker] if speaker is not None else []
        ministry = noun in word_class("ministry_nouns") and token.dep_ == "nsubj"
        if (noun in word_class("government_nouns") or ministry) and any(c.lower_ == "the" for c in token.children) \
                and not any((c.dep_ in ("compound", "poss") or c.pos_ == "PROPN")
                            and not _a_body_unnamed(c, named or {}) for c in token.children):
            # "Pakistan's finance minister announced the government had decided ...": the speaker's government
            # (not what an envoy abroad reports, nor an organisation: the government may be the host's)
            reporter = [a for a in _reporting_subject(token, named or {}, nouns=True) or [] if a.country]
            if reporter and not _an_envoy_reports(token):
                return [state_of(a) for a in reporter]
            actor = self.by_noun.get(noun) or self.last_government
            if noun in word_class("ministry_nouns"):
                if named and any(named.get(w.i) for w in token.subtree if w.i != token.i):
                    return []  # "the Foreign Ministry in New Delhi": the state named with it
                actor = self._speaking_for(token, named or {}) or actor
            return [actor] if actor else []
        return []


def _a_body_unnamed(word: Token, named: dict[int, list[ActorRef]]) -> bool:
    """Whether a modifier names a ministry of no state named ("Foreign Ministry" in "a Foreign Ministry
    spokesman", "Foreign" in "the Foreign Ministry"): words of class ministry_words only, no actor among them."""
    words = list(word.subtree)
    return all(w.lemma_.lower() in word_class("ministry_words") and not named.get(w.i) for w in words)


def _pair_between_before(token: Token, named: dict[int, list[ActorRef]]) -> list[Actor]:
    """ "The potential for conflict between the United States and Japan led the two governments to ...": the
    two states a "between" phrase earlier in the sentence names."""
    # (a "between" inside the subject of the verb the pair noun hangs on: not "Despite the mediation between
    # Peru and Ecuador, the two governments mobilised", an aside of its own)
    subjects = [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    inside = {t.i for s in subjects for t in s.subtree}
    for between in (t for t in token.doc[:token.i] if t.lower_ == "between" and t.dep_ == "prep" and t.i in inside):
        states = {r.actor.country: state_of(r.actor) for t in between.subtree for r in named.get(t.i, ())
                  if r.actor.country and r.via == "parse"}
        if len(states) == 2:
            return list(states.values())
    return []


def _two_named_before(token: Token, named: dict[int, list[ActorRef]]) -> list[Actor]:
    """ "The civil war in Greece, along with tensions in Turkey, led Truman to say the United States would aid both
    countries": the two states the sentence named before the pair noun, leaving out the subject of its clause (who
    acts on them)."""
    verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
    subject = {t.i for c in (verb.children if verb is not None else ()) if c.dep_ in ("nsubj", "nsubjpass")
               for t in c.subtree}
    states = {r.actor.country: state_of(r.actor) for i, refs in named.items() if i < token.i and i not in subject
              for r in refs if r.actor.country and r.via == "parse" and r.kind not in PERSON_KINDS}
    return list(states.values()) if len(states) == 2 else []


def _fronted_clause_states(token: Token, named: dict[int, list[ActorRef]]) -> list[Actor]:
    """The states named as the subject of a clause opening the sentence before a "they" that is the
    subject of the main verb ("When the French arrived, they ..."): the one the pronoun takes up."""
    verb = token.head
    for clause in (c for c in verb.children if c.dep_ == "advcl" and c.i < token.i):
        states = [state_of(r.actor) for s in clause.children if s.dep_ == "nsubj" for t in s.subtree
                  for r in named.get(t.i, ()) if r.via == "parse" and r.actor.country and r.kind not in PERSON_KINDS]
        if states:
            return states
    return []


def _main_subject_person(token: Token, named: dict[int, list[ActorRef]]) -> Actor | None:
    """The person who is the subject of the sentence's main verb, when named before the token."""
    root = token.sent.root
    for subject in (c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")):
        for t in subject.subtree:
            for ref in named.get(t.i, ()):
                if ref.kind in PERSON_KINDS and ref.via == "parse" and t.i < token.i:
                    return ref.actor
    return None


def _clause_verb(token: Token) -> Token | None:
    """The nearest verb above the token that has a subject: the verb of its clause."""
    return next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")
                 and any(c.dep_ in ("nsubj", "nsubjpass") for c in a.children)), None)


def _clause_subject_states(token: Token, named: dict[int, list[ActorRef]]) -> list[Actor]:
    """The states of the subject (a state or a person) of the clause a token is in."""
    verb = _clause_verb(token)
    if verb is None:
        return []
    return [state_of(r.actor) for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
            for t in c.subtree for r in named.get(t.i, ()) if r.actor.country]


def _reproached_for(token: Token, named: dict[int, list[ActorRef]]) -> list[Actor]:
    """ "criticised Peru for its attack on Bolivia", "sold arms to Peru for its war": the state a verb acts on or
    towards, named before a "for" phrase that tells an act of "its", is whose act it is (the nearest such state)."""
    noun = token.head
    verb = answered_for_by(noun)
    # (verbs of blame, praise and supply: not "apologised to Peru for its incursion", "bought Peruvian arms for its
    # war", "sent a delegation to Peru for its talks", whose "its" is the subject's)
    if verb is None or verb.lemma_.lower() not in word_class("answering_for_verbs") \
            or ("N", noun.lemma_.lower()) not in triggers():
        return []
    phrases = [c for c in verb.children if c.dep_ in ("dobj", "obj", "dative")]
    phrases += [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for o in c.children
                if o.dep_ == "pobj"]
    found = [(t.i, state_of(r.actor)) for p in phrases for t in p.subtree if t.i < token.i
             for r in named.get(t.i, ()) if r.via == "parse" and r.actor.country and r.kind not in PERSON_KINDS]
    if not found:
        return []
    if token.lower_ in word_class("they_pronouns"):
        # "criticised Peru and Bolivia for their attack": every state of the phrase
        return list({a.country: a for _, a in found}.values())
    return [max(found, key=lambda f: f[0])[1]]


def _main_subject_actors(token: Token, named: dict[int, list[ActorRef]]) -> list[Actor]:
    """The actors of the main verb's subject, when named before the token (states, not people): the
    subject of the clause the token is in, else of the sentence's main verb."""
    noun = token.head
    if noun.dep_ == "conj" and named.get(noun.head.i):
        # "the Soviet Union and its allies": the state it is coordinated with
        return [state_of(r.actor) for r in named[noun.head.i][:1] if r.actor.country]
    clause = _clause_verb(token) or token.sent.root
    for root in dict.fromkeys((clause, token.sent.root)):
        found = _subject_state(root, token, named)
        if found:
            return found
    if noun.lemma_.lower() in word_class("occasion_nouns"):
        # "At its meeting in Madrid, NATO invited ...": the occasion of the subject told after it
        for subject in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > token.i):
            refs = [r for t in subject.subtree for r in named.get(t.i, ()) if r.via == "parse"
                    and r.kind not in PERSON_KINDS]
            if refs:  # "its": the first named; "their": all of them
                return [r.actor for r in refs] if token.lower_ in word_class("they_pronouns") else [refs[0].actor]
    return []


def _main_clause_subject(word: Token, verb: Token) -> bool:
    """Whether a word names the subject of a main clause before the verb ("the Yugoslav Army intervened", "Peru
    has turned to others; in 2022 it signed", which the parser may hang on the verb as a clause; not the subject
    of what is said: "affirmed that Taiwan was part of China")."""
    while word.dep_ in ("compound", "amod", "appos", "nmod", "poss") and word.head.i != word.i:
        word = word.head
    return word.dep_ in ("nsubj", "nsubjpass") and (word.head.dep_ in ("ROOT", "conj", "parataxis") or (
        word.head.dep_ == "ccomp" and word.head.head.i == verb.i and word.head.i < verb.i))


def _subject_state(root: Token, token: Token, named: dict[int, list[ActorRef]]) -> list[Actor]:
    for subject in (c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")):
        # a person is not an "it", but "the Eisenhower administration" is
        governing = subject.lemma_.lower() in word_class("government_nouns")
        refs = [r for t in subject.subtree if t.i < token.i for r in named.get(t.i, ())
                if r.via == "parse" and r.actor.country and (governing or r.kind not in PERSON_KINDS)]
        if refs:
            return [state_of(refs[0].actor)]
    return []


def _main_subject_states(token: Token, named: dict[int, list[ActorRef]]) -> list[Actor]:
    """The states named in the main verb's subject before the token ("China and Taiwan ...")."""
    found: list[Actor] = []
    for subject in (c for c in token.sent.root.children if c.dep_ in ("nsubj", "nsubjpass")):
        for t in subject.subtree:
            for ref in named.get(t.i, ()):
                state = state_of(ref.actor)
                if t.i < token.i and ref.via == "parse" and state.country and \
                        state.country not in {f.country for f in found}:
                    found.append(state)
    return found


def _people_named_before(token: Token, named: dict[int, list[ActorRef]] | None) -> list[Actor]:
    """The leaders and officials the sentence named before the token, in text order."""
    return [a for _, a in _people_at_before(token, named)]


def _people_at_before(token: Token, named: dict[int, list[ActorRef]] | None) -> list[tuple[int, Actor]]:
    """The same, each with the token it was named at."""
    return [(i, r.actor) for i, refs in sorted((named or {}).items()) if i < token.i
            for r in refs if r.kind in PERSON_KINDS and r.via == "parse"]


def _own_clause(verb: Token) -> set[int]:
    """The tokens of a verb's clause, without the clauses it embeds."""
    inner = {t.i for c in verb.subtree if c.i != verb.i and c.dep_ in ("relcl", "advcl", "ccomp", "conj", "xcomp",
                                                                      "acl") for t in c.subtree}
    return {t.i for t in verb.subtree} - inner


def titled(token: Token) -> bool:
    """A subject name after an office title and no state: "Defence Minister Smith" (the parser makes the name
    the head, or the title with the name in apposition)."""
    if token.dep_ != "nsubj":
        return False
    titles = word_class("office_titles")
    if token.lemma_.lower() in titles:
        return any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in token.children)
    return any(c.dep_ == "compound" and c.lemma_.lower() in titles for c in token.children)


def _an_assembly(token: Token) -> bool:
    """Whether a plural stands for those at the last meeting of several states: "the negotiators", "conference
    participants", "the powers", "all parties" (not "the two powers", nor "Western powers", "the negotiators of
    Peru")."""
    lemma = token.lemma_.lower()
    every = lemma in word_class("all_assembly_nouns") and any(
        c.lower_ in word_class("whole_determiners") for c in token.children)  # "all parties agreed"
    if not (lemma in word_class("assembly_nouns") or every) or token.tag_ not in ("NNS", "NNPS"):
        return False
    if any(c.dep_ in ("nummod", "amod", "poss", "relcl", "acl") or (c.dep_ == "prep" and c.lower_ in ("of", "from"))
           for c in token.children):
        return False  # (nor "the powers that had fought Japan": a clause says which)
    if every and any(c.dep_ == "prep" for c in token.children):
        return False  # "all parties in Lebanon": a phrase says whose
    return every or any(c.lower_ == "the" or (c.dep_ == "compound" and c.lemma_.lower() in word_class("occasion_nouns"))
                        for c in token.children)


def _these_two(token: Token) -> bool:
    """ "these two powers", "those two countries": a pair pointed at (class pointing_determiners)."""
    return any(c.lower_ in word_class("pointing_determiners") for c in token.children) and any(
        c.dep_ == "nummod" and c.lower_ == "two" for c in token.children)


def _counted(token: Token, people: bool = False) -> int:
    """The number of a plural like "the four countries" (three or more), else 0; people: of a plural of people
    like "the three leaders" instead."""
    if token.lemma_.lower() not in word_class("pair_nouns") or token.tag_ not in ("NNS", "NNPS") \
            or (token.lemma_.lower() in word_class("person_pair_nouns")) != people:
        return 0  # (people: "the three leaders" are no count of the states named, but of those who met)
    numbers = [c.lower_ for c in token.children if c.dep_ == "nummod"]
    if not numbers or not any(c.lower_ == "the" for c in token.children):
        return 0
    try:
        low, high = number_range(numbers[0])
    except (KeyError, ValueError):
        return 0
    return low if low == high and low >= 3 else 0


def _joined_owner(token: Token, named: dict[int, list[ActorRef]]) -> list[Actor]:
    """The state named as the owner of the noun a possessive pronoun's noun is coordinated with."""
    noun = token.head
    if noun.dep_ != "conj":
        return []
    return [r.actor for c in noun.head.children if c.dep_ == "poss" for r in named.get(c.i, ()) if r.actor.country]


def _joint_body(token: Token, named: dict[int, list[ActorRef]]) -> bool:
    """ "the joint commission", "a bilateral agreement of 1968": one body or bond of two states, naming neither (not
    "in breach of bilateral accords", any of them; nor "Japan and China signed a bilateral agreement" or "an
    agreement was signed by Japan and Korea", whose parties the verb names)."""
    # (the adjective may hang on a modifier: "the joint historians' commission")
    mods = [token, *(c for c in token.children if c.dep_ in ("poss", "compound") and c.i < token.i)]
    return token.lemma_.lower() in word_class("joint_body_nouns") and token.tag_ in ("NN", "NNP") and any(
        c.dep_ == "amod" and c.lower_ in word_class("joint_body_adjectives") for m in mods for c in m.children) \
        and not any(w.i in named for w in token.subtree) and not (token.dep_ in ("dobj", "obj") and any(
            w.i in named for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass") for w in c.subtree)) \
        and not (token.dep_ in ("nsubj", "nsubjpass") and any(
            w.i in named for c in token.head.children if c.dep_ == "agent" or (
                c.dep_ == "prep" and c.lower_ in word_class("counterpart_preps")) for w in c.subtree))


@cache
def _described_states() -> dict[str, frozenset[str]]:
    """Description -> the states it may stand for (data/state_descriptions.tsv)."""
    rows = data_rows("state_descriptions.tsv")
    return {row[0].strip(): frozenset(c.strip() for c in row[1].split(",")) for row in rows}


@cache
def _anaphoric_lemmas() -> frozenset[str]:
    """Nouns resolved against the discourse: the word class's, and the descriptions of states."""
    return word_class("anaphoric_lemmas") | frozenset(_described_states())


def _a_bare_description(token: Token) -> bool:
    """ "the kingdom", "the Kingdom": a definite noun with no words of its own that name it ("the Kingdom of
    Jordan", "the United Kingdom" and "a kingdom" are no description of a state told before)."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) \
        and not any(c.dep_ in ("amod", "compound", "prep", "poss", "nmod", "appos") for c in token.children)


def _an_organisation_noun(token: Token) -> bool:
    """ "the alliance", "the bloc": a noun that stands for the organisation of its kind the text named last (not "an
    alliance", "the alliance of X", "the Atlantic alliance" or a name's own word: "the African Union")."""
    # (the tagger often calls "bloc" a proper noun: a lower-case word is no name)
    return token.lemma_.lower() in word_class("org_anaphor_nouns") and token.text[:1].islower() \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) \
        and not any(c.dep_ in ("amod", "compound", "prep", "poss", "nmod") for c in token.children)


def pair_noun(token: Token) -> bool:
    """ "both sides", "the two countries", "the countries' ministers"."""
    if token.lemma_.lower() not in word_class("pair_nouns") or token.tag_ not in ("NNS", "NNPS"):
        return False
    mods = [c.lower_ for c in token.children if c.dep_ in ("det", "nummod", "predet", "amod")]
    # (a bare "the" plural is the pair only when no word says whose: not "the leaders of the region", "the Allied
    # leaders", "the Forum leaders' meeting")
    return any(m in word_class("pair_determiners") for m in mods) or (
        token.lower_ in word_class("pair_plurals") and "the" in mods
        and not any((c.dep_ == "prep" and c.lower_ in ("of", "from", "in")) or c.dep_ in ("amod", "compound")
                    for c in token.children))


def _an_envoy_reports(token: Token) -> bool:
    """ "the American ambassador in Cairo reported that the government ...": the one reporting is an envoy."""
    clause = token.head
    return any(c.dep_ == "nsubj" and in_class(c.lemma_, "@ENVOY") for c in clause.head.children)


def _reporting_subject(token: Token, named: dict[int, list[ActorRef]], nouns: bool = False) -> list[Actor] | None:
    """ "Moscow has said it will send ships": "it" is the one who said so (nouns: "the government" too)."""
    if (token.lower_ not in word_class("reporter_pronouns") and not nouns) or token.dep_ != "nsubj":
        return None
    clause = token.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in word_class("reporting_verbs"):
        return None
    reporter = clause.head
    if not any(c.dep_ == "nsubj" for c in reporter.children) and reporter.dep_ in ("advcl", "conj", "xcomp"):
        reporter = reporter.head  # "Kenyan ministers replied, saying they would not ...": who replied
    for c in reporter.children:
        if c.dep_ == "nsubj" and c.i in named:
            return [r.actor for r in named[c.i]]
        if c.dep_ == "nsubj" and in_class(c.lemma_, "@SPEAKER"):
            # "Ethiopian officials said": the state of the officials
            found = [r.actor for t in c.subtree if t.i in named for r in named[t.i]]
            if found:
                return found[:1]
    return None


def other_side(pair: tuple[Actor, Actor] | None, actor: Actor) -> Actor | None:
    """The other member of a pair that holds the actor's state, if it does."""
    if pair is None or actor.country not in (pair[0].country, pair[1].country):
        return None
    return pair[1] if pair[0].country == actor.country else pair[0]


def _compass_word(actor: Actor) -> str | None:
    """The compass word a state of a divided land is named by ("North Korean troops": north), if any."""
    first = actor.text.split(" ", 1)[0].lower()
    return first if first in word_class("compass_words") and actor.country in word_class("compass_states") else None


def _anaphoric_tokens(doc: Any) -> list[int]:
    words, lemmas = word_class("anaphoric_words"), _anaphoric_lemmas()
    compass = word_class("compass_words")  # (not words that make a sentence worth parsing)
    return [t.i for t in doc if t.lower_ in words or t.lemma_.lower() in lemmas or (t.pos_ == "PROPN" and titled(t))
            or (t.lower_ in compass and t.text[:1].isupper())]


def anaphor_refs(doc: Any, taken: set[int], discourse: Discourse,
                 current: dict[int, list[ActorRef]] | None = None) -> dict[int, list[ActorRef]]:
    """Actor references for the anaphoric tokens of a parsed sentence."""
    refs: dict[int, list[ActorRef]] = {}
    anaphoric = once_per_parse(doc, "detente_anaphoric", _anaphoric_tokens)  # (resolved again for each trigger)
    for token in (doc[i] for i in anaphoric):
        if token.i in taken:
            continue
        actors = discourse.resolve(token, current)
        if actors:
            words = " ".join(t.text for t in token.subtree if t.i <= token.i) if token.pos_ != "PRON" else token.text
            refs[token.i] = [ActorRef(replace(a, text=words), token.i, "anaphor", "discourse") for a in actors]
    return refs
