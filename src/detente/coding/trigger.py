"""Code one trigger of a parsed sentence: the type and status of its act, its parties, its dates,
and an event for each pair of parties, recorded in the story."""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import Any

from ..actors import actor_of_code
from ..actors.succession import held_by_another, state_at, territories
from ..model import Actor, DateSpan, Event, Evidence, event_id
from ..ontology import cameo as cameo_entry
from ..stems import stem
from . import acts, continuation, scene
from . import anchor as anchoring
from .arguments import HOSTED, ActorRef, Arguments, SentenceActors, arguments_for, side_of, state_key, subject_of
from .clauses import (
    agentless_passive,
    aim,
    asked_by_a_fronted_participle,
    asked_of_own_body,
    at_a_told_occasion,
    attempted,
    back_reference,
    continues_relative,
    definite_passive,
    headline,
    hinted,
    hypothetical,
    in_principle,
    main_clause,
    once_per_parse,
    ordered_of_own_arm,
    put_to_the_speaker,
    referred_as,
    stated_intent,
    to_infinitive,
    told_when,
    unnamed_source,
)
from .dating import (
    Narrative,
    act_dates,
    after_its_cause,
    after_the_scene,
    after_what_it_answers,
    date_told_before,
    fallback_date,
    offset_from_the_main_clause,
    up_to_writing,
    when_its_subject_was_made,
)
from .discourse import DEED_REACH, PERSON_KINDS, Discourse, state_of
from .dyads import complete, fill_from_pair, pairs
from .joining_wars import enemy_of_the_entrant
from .laws import NamedLaw, law_entry, law_naming, law_year, named_law, parties, told_as_made
from .lexicon import HOSTILE_TYPES, PLACE_KINDS, PRIVATE_SECTORS, Trigger, data_rows, in_class, word_class
from .match import TriggerMatch, forced_retreat, obliges_another, told_breaking_out
from .names import name_key
from .repeats import at_each_time, followed_by, following_suit, ordinal_rounds, previous_rounds
from .status import judge
from .story import DocumentContext, SentenceView, Story
from .tenure import in_office
from .treaties import an_unlisted_treaty, with_the_treaty_s_parties, year_signed

HARM = {"COERCE", "ASSAULT"}
_ON_PRIVATE = HARM | {"SANCTION"}  # acts on another state's people or firms that are acts on that state
_FREEING_MODES = {"release"}  # kinds of act that free another state's people, an act toward that state
# acts that answer another act: told undated, they are no earlier than the act they answer
REACTIONS = {"ACCUSE", "PROTEST", "REJECT"}
# acts made on a condition, addressed to the one the condition asks something of
CONDITIONAL = {"AGREE", "THREATEN"}

# acts done on someone's side: an "against" phrase with them names the common foe
_ON_SIDE_OF = frozenset({"AID", "SUPPORT", "COOPERATE"})

# acts whose stated intent is an intent to cooperate (AGREE, CAMEO 030): "ready to resume talks"
_COOPERATIVE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "AGREE", "RETREAT", "CONCEDE"})

# the most words a line that names an act, with no verb and no time, has to be a title or a list item, not a
# sentence that tells the act ("Nixon's visit to China, a turning point in the Cold War.")
TITLE_WORDS = 6

# the fewest parties of a mutual act not told as done that name no pair in particular
_MANY_PARTIES = 4

# statuses of acts not asserted as done, whose mutual act with no party named is the pair's
_UNASSERTED = ("speculative", "negated", "negotiating", "cancelled")


def _group_and_its_state(source: ActorRef, target: ActorRef, src: Actor, tgt: Actor, entry: Trigger) -> bool:
    """ "The Contras attacked the Sandinista army", "the FMLN reached a peace accord with the government": an armed
    group acting on its own state (not on a place it acts in) is an act between two sides; so is a mutual act of
    the state with its group ("the government signed a peace deal with the FARC"), not the state's force on it."""
    def group_on_state(doer: Actor, other: Actor, ref: ActorRef) -> bool:
        return side_of(doer) != doer.country and side_of(other) == other.country and ref.kind not in PLACE_KINDS \
            and ref.prep not in word_class("place_preps")
    return group_on_state(src, tgt, target) or ("sym" in entry.flags and group_on_state(tgt, src, source))


def _law_for_its_maker(parsed: Any, args: Arguments) -> Arguments:
    """ "Havana denounced the Cuban Democracy Act": an act aimed at a named law is aimed at the state that made it,
    not at the state its name names (laws.py)."""
    targets = []
    for ref in args.targets:
        law = law_naming(parsed[ref.token])
        maker = actor_of_code(law.maker) if law is not None else None
        targets.append(ActorRef(maker, ref.token, "anaphor", "discourse") if maker is not None else ref)
    return replace(args, targets=targets) if targets != args.targets else args


def _admitted_by_the_body(token: Any, args: Arguments) -> Arguments:
    """ "Mongolia was admitted to the United Nations": with no agent, the body a state is admitted to admits it."""
    if args.sources or token.lemma_.lower() not in word_class("admitting_verbs") \
            or not any(c.dep_ == "auxpass" for c in token.children):
        return args
    bodies = [r for r in args.targets if r.kind == "org" and r.prep in ("to", "into")]
    # (the one admitted is its own subject: not "Taiwan" in "X was admitted and Taiwan was expelled")
    admitted = {w.i for c in token.children if c.dep_ == "nsubjpass" for w in c.subtree}
    members = [r for r in args.targets if r not in bodies and r.token in admitted]
    return replace(args, sources=bodies[:1], targets=members) if bodies and members else args


def code_trigger(ctx: DocumentContext, story: Story, sent: SentenceView, actors: SentenceActors,
                 match: TriggerMatch, time: Narrative) -> tuple[DateSpan | None, Narrative]:
    """Record the events a trigger states. Returns the date the act moves narrative time to (None
    when it does not) and narrative time after its events (an undated act that refers back to an
    earlier one returns the story to that act's time)."""
    token = sent.parsed[match.token]
    listed = match.entry
    if listed.event_type == "AGREE" and acts.vows_defence(token):
        # "a doctrine vowing to protect the Gulf from Soviet power": a warning to that power
        listed = replace(listed, event_type="THREATEN", mode=None, cameo="130")
    if listed.pos == "N" and not sent.t.times and not any(t.pos_ in ("VERB", "AUX") for t in sent.parsed) \
            and sum(not t.is_punct for t in sent.parsed) <= TITLE_WORDS:
        return None, time  # a name standing alone ("Molotov-Ribbentrop Pact" in a list of related pages) tells no act
    if "inwar" in listed.flags and not story.discourse.war:
        return None, time  # flag inwar: "a call for volunteers" mobilises only in a war the text told
    passes_news = listed.event_type == "THREATEN" and acts.warns_of_a_fact(token)
    if passes_news:
        # "warned Moscow of a coming German attack": news passed on (to the one warned), not a threat
        listed = replace(listed, event_type="CONSULT", mode=None, cameo="040")
    if listed.event_type == "AGREE" and acts.offers_mediation(token):
        listed = replace(listed, mode="third-party")  # offered to the sides it would mediate between
    if listed.event_type == "CONSULT" and acts.talks_with_others(token, actors):
        return None, time  # "talked about the case with reporters": the partner named is no state
    args = _law_for_its_maker(sent.parsed, arguments_for(token, actors, listed))
    if passes_news:
        told_of = acts.what_a_warning_tells(token)
        args = replace(args, targets=[r for r in args.targets if r.token not in told_of])
    if not args.sources and asked_of_own_body(token) and not ordered_of_own_arm(token):
        # "Truman asked Congress to support the Greek Government": the government that asks plans the act (who may
        # order an arm is decided where its subject is found: arguments.subject_of)
        args = replace(args, sources=subject_of(token.head, actors))
    stopped = acts.others_hostility(token, actors, args.sources) if listed.obj == "@HOSTILITY" else []
    if stopped and listed.event_type == "RETREAT":
        # "sent forces to halt the South African advance": stopping another's attack is force used on it
        listed = replace(listed, event_type="COERCE", mode=None, cameo="170")
        args = replace(args, targets=stopped)
    if listed.event_type in _ON_SIDE_OF and any(r.prep == "against" for r in args.targets):
        # "assisted the United States against France", "formed an alliance against Germany": the
        # common foe is not the one helped
        args = replace(args, targets=[r for r in args.targets if r.prep != "against"])
    if listed.event_type == "CONSULT" and listed.mode != "visit":
        args = acts.without_venues(sent.parsed, token, args)
    if "warfill" in listed.flags and not (args.sources or args.targets or args.pair):
        # "the shooting broke out early Wednesday": between the sides of the clash the story told, if it told one
        sides = story.discourse.war or _sides_of_the_last_fight(story)
        if not sides or not told_breaking_out(token):
            return None, time
        args = replace(args, pair=[ActorRef(a, token.i, "anaphor", "discourse") for a in sides])
    if listed.mode == "third-party" and listed.obj == "@CEASEFIRE" and not (args.pair or args.targets) \
            and story.discourse.war:
        # "the fighting ended under a ceasefire brokered by Russia": between the sides of the war
        args = replace(args, pair=[ActorRef(a, token.i, "anaphor", "discourse") for a in story.discourse.war])
    args = _implied_targets(sent, match, listed, actors, acts.without_namesakes(sent.parsed, args))
    args = _admitted_by_the_body(token, args)
    if "retaken" in listed.flags:
        args = _from_the_occupier(args, story.discourse)
    spoken = "speaker" in listed.flags and (not args.sources or "called" in listed.flags)
    if spoken:
        # "'the brutal regime of X ...,' the minister said": calling it so is the speaker's accusation; what
        # is called a provocation names its doer, the one accused ("a provocation by Lima")
        speakers = acts.speaker_of(token, actors)
        own = {s.actor.country for s in speakers}
        named = [r for r in [*args.sources, *args.targets] if r.actor.country not in own]
        args = replace(args, sources=speakers, targets=named if "called" in listed.flags else args.targets)
    claimants = acts.claimed_by(token, actors, args.sources) \
        if "claimed" in listed.flags and args.sources and not (args.targets or args.pair) else []
    if not (args.sources or args.targets or args.pair) and "pairfill" in listed.flags:
        args = _parties_of_the_main_clause(token, sent, args)
    if not (args.sources or args.targets or args.pair) and listed.pos == "N" and in_class(token.lemma_, "@AGREEMENT"):
        args = _parties_of_the_talks(token, sent, args)
    home = acts.home_addressed(token)  # "a message to Congress asking for funds": no other side
    home = home or _said_of_its_own(token, listed.event_type, args, actors) or _done_to_the_thing_before(token, actors)
    home = home or (token.lemma_.lower() in word_class("gathering_verbs") and "sym" in listed.flags
                    and _among_one_states_people(sent.parsed, args.sources)
                    and not any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children))
    if listed.event_type in _SAID_ACTS and args.sources and all(
            s.via == "parse" and s.kind not in _NAMES_OF_STATES and _out_of_office(sent.parsed[s.token])
            for s in args.sources):
        return None, time  # "former U.S. officials criticized the decision": no state speaks through them
    if listed.event_type == "REQUEST" and (unnamed_source(token) or put_to_the_speaker(token)):
        return None, time  # "a diplomat, who asked not to be named": the report's source, no request
    if listed.event_type == "REQUEST" and any(asked_of_own_body(c) for c in token.children):
        # "asked Congress to provide aid to Turkey", "requested that Congress provide ...": the aid is the act
        # (planned), no request
        return None, time
    args = complete(token, args, listed, actors, sent, story.discourse, story.events, home)
    sent.coded[match.token] = args
    entry, status = _judged(token, listed, sent)
    if status == "planned" and entry.event_type in HOSTILE_TYPES - {"THREATEN"} and _warned_of_its_own(
            token, args, actors):
        # "Pyongyang warned that it would annihilate Seoul": the warning of one's own blow is the threat (once: not
        # again where the warning verb, coded before, named the one warned)
        if _threat_told(story, sent, args):
            return None, time
        cameo = "138" if entry.event_type == "ASSAULT" else "130"
        entry, status = replace(entry, event_type="THREATEN", mode=None, cameo=cameo, flags=entry.flags - {"sym"}), \
            "occurred"
    if spoken:
        status = "occurred"  # made by saying it, whatever the words say of the future
    if claimants and status in ("occurred", "speculative"):
        # "Kenya said Somali forces had violated the truce": saying so accuses them
        entry = replace(entry, event_type="ACCUSE", mode=None, cameo="112", flags=entry.flags - {"sym"})
        args, status = Arguments(sources=claimants, targets=args.sources), "occurred"
    intent = entry.event_type in _COOPERATIVE and stated_intent(token)
    if intent:
        # "said it was ready to resume talks with Y": the talks are only wished for; saying so is
        # the act, an intent to cooperate addressed to Y
        entry = replace(entry, event_type="AGREE", mode=None, cameo="030", flags=entry.flags - {"sym"})
        status = "occurred"
    match = replace(match, entry=entry)
    if (hypothetical(token) and not intent) or acts.ending(token, entry.event_type) or aim(token) \
            or acts.a_share(token) or acts.purpose_of_a_summons(token):
        return None, time
    if token.dep_ == "xcomp" and obliges_another(token.head, actors):
        return None, time  # "replied that Chile would have to withdraw": asked of Chile, not done
    if asked_by_a_fronted_participle(token):
        return None, time  # "Pressed by Washington to cut oil imports, India agreed ...": asked for, not done
    dates = act_dates(ctx, sent, match, args, status, time)  # (of the parties the sentence names, not those filled)
    if "listed" in entry.flags and dates.picked is None:
        # "The original signatories to the Warsaw Treaty Organization were ...": signed when the text told it was
        founded = _founding_told(story, token)
        if founded is not None:
            dates = replace(dates, spans=dict.fromkeys(dates.spans, founded) or {dates.first: founded})
    if entry.pos == "N" and dates.picked is None and _a_point_measured_from(token):
        return None, time  # "the first envoy since the closure of the embassy": an earlier act only referred to
    if "inviter" in entry.flags and status == "occurred" and args.targets and not (args.sources or args.pair) \
            and agentless_passive(token):
        # "Lumumba was invited to visit Washington", "was invited to Moscow": invited by the state of the place; "X
        # invited nine nations to Washington. Britain and Japan were invited to take part": by the one whose
        # invitation this sentence or the two before told (to no one named, else to another)
        places = _places_asked_to(token, actors)
        guests = [t for t in args.targets if t.token not in {p.token for p in places}]
        hosts = [r for r in places if state_key(r) not in {state_key(t) for t in guests}]
        invited = {t.actor.country for t in guests}
        inviter = None if hosts else story.discourse.deed_named(
            stem(token.lemma_.lower()), sent.t.sentence.index, invited) or _last_inviter(
            story, token, sent.t.sentence.index, invited)
        if inviter is not None:
            hosts = [ActorRef(inviter, token.i, "anaphor", "discourse")]
        args = replace(args, sources=hosts[:1], targets=guests)
    if "fromdoer" in entry.flags and args.targets and not (args.sources or args.pair) and agentless_passive(token) \
            and _people_sent_away(token):
        # "two Russian diplomats were expelled from Norway": by the state of the place they were sent away from (not
        # "Iraq was expelled from Kuwait", driven out by force; nor "from the talks in Geneva", a place inside)
        froms = [w for c in token.children if c.dep_ == "prep" and c.lower_ == "from" for o in c.children
                 if o.dep_ == "pobj" for w in (o, *o.conjuncts)]
        expellers = [r for o in froms for r in actors.by_token.get(o.i, ())
                     if state_key(r) not in {state_key(t) for t in args.targets}]
        args = replace(args, sources=expellers, targets=[t for t in args.targets if t.prep != "from"])
    args = _unnamed_parties(token, entry, status, args, story, sent.t.sentence.index, sent.heading,
                            not sent.named, _places_only(sent.named))
    if "joinside" in entry.flags:
        # "Spain entered the war in 1779": against the other side of the war named or told
        args = _into_the_war(token, args, story, _year_told(sent.t.times, dates.picked, time))
        if not args.targets:
            return None, time
    sent.coded[match.token] = args
    if token.pos_ == "NOUN" and in_class(token.lemma_, "@WAR_NOUN") and status not in ("occurred", "planned") \
            and not any(r.via == "parse" and r.kind != "anaphor" for r in args.sources + args.targets + args.pair):
        return None, time  # "a wrong move could have led to war", "an act of war": war spoken of, none told
    allied = entry.event_type in HOSTILE_TYPES and acts.on_one_side(token)  # "fought a joint war": allies
    if allied and not (args.targets or args.pair):
        return None, time  # "fought side by side": against a foe the sentence does not name
    mutual = not allied and ("sym" in entry.flags or acts.together(token) or acts.joint(entry.event_type, args, token)
                             or acts.bond_of_both(token, args))
    if mutual and status not in ("occurred", "negotiating") \
            and len({state_key(r) for r in (*args.sources, *args.targets, *args.pair)}) >= _MANY_PARTIES:
        # "Belgium, China, Portugal and the Netherlands were invited to join in discussions": no pair of them is told
        # to meet (a gathering of many that took place is another matter); the subject is still the one "it" means
        # next ("X did not sign the declaration because it had not declared war")
        doer = next((r.actor for r in args.sources if r.via == "parse" and (r.actor.country or r.actor.code)), None)
        if doer is not None:
            story.discourse.last_subject = doer
        return None, time
    before = len(story.events)
    pair_before = story.discourse.pair
    # the pairing reads the mode of the entry as listed, also when the act was retyped
    for source, target, reciprocal in pairs(args, entry.event_type, mutual, story.discourse, mode=listed.mode,
                                            flags=listed.flags, verbal=entry.pos == "V" or acts.ordered(token),
                                            apart=acts.each_on_its_own(token if entry.pos == "V" else token.head)
                                            or ("guests" in listed.flags and acts.told_apart(token)),
                                            peers=_listed_as_peers(sent.parsed, args.pair),
                                            bilateral=acts.bilateral(token),
                                            home=home, done=status == "occurred",
                                            addressed=not acts.addressed_to_no_one(token),
                                            followers=_followers(sent.parsed, actors)):
        if intent and _agreed_already(story, sent, source, target):
            continue  # "declared its willingness to hold talks": the willingness states the intent
        time = _record(ctx, story, sent, match, source, target, reciprocal, status, dates.of(target),
                       dates.warning, time, _the_leader_doing(source, args))
    _keep_the_pair(story.discourse, pair_before, story.events[before:])
    if len(story.events) == before and status == "occurred" and not args.pair and all(
            state_key(t) in {state_key(s) for s in args.sources} for t in args.targets):
        # "North Korea launched a missile": no act between two states, but one a reaction may name (or one told
        # again: "invited nine nations to Washington. Britain and Japan were invited ...")
        doer = next((r.actor for r in args.sources if r.via == "parse" and r.actor.country), None)
        if doer is not None:
            story.discourse.saw_deed(state_of(doer), stem(token.lemma_.lower()), sent.t.sentence.index)
    if mutual and entry.event_type in _MEDIATED and len(story.events) > before:
        time = _mediated(ctx, story, sent, actors, match, status, dates.of, time, before)
    if status == "planned" and entry.event_type == "CONSULT" and len(story.events) > before:
        _absorb_commitment(story, sent, token, story.events[before:])
    acting = {e.source.country: e.source for e in story.events[before:] if e.source.country}
    if len(acting) >= 3 and status == "occurred":
        story.discourse.group = tuple(acting.values())  # "Saudi Arabia, the UAE, Bahrain and Egypt cut ties"
    met = {a.country: a for e in story.events[before:] for a in (e.source, e.target) if a.country}
    if mutual and len(met) >= 2 and status == "occurred" and entry.event_type == "CONSULT" \
            and not set(met) <= {a.country for a in story.discourse.assembly}:
        # "the three powers met in London": "the negotiators" (a later meeting of others replaces it)
        story.discourse.assembly = tuple(met.values()) if len(met) >= 3 else ()
    if entry.pos == "V":
        time = _gapped(ctx, story, sent, actors, match, listed.mode, args, status, time)
    told = story.events[before:]
    if status != "negated":
        at_each_time(ctx, story, sent.t, token, story.events[before:], dates.picked, time)
        followed_by(ctx, story, sent.t, token, story.events[before:], time)
        following_suit(ctx, story, sent.t, token, actors.by_token, story.events[before:])
        ordinal_rounds(ctx, story, sent.t, token, story.events[before:], time)
    since = [m for m in sent.t.times if acts.first_since(token, m)]
    if since and status == "occurred":
        previous_rounds(ctx, story, sent.t, token, story.events[before:], since[0])
    if status in ("occurred", "speculative") and entry.event_type in HARM and not claimants:
        # (an alleged attack too: "Armenia claims Azerbaijani troops have occupied its land")
        time = _accused_by_victims(ctx, story, sent, actors, match, args, told, time)
    if len(story.events) == before and (entry.pos == "N" or intent or (
            not (args.sources or args.targets or args.pair) and _dated_by_a_look_back(sent.parsed, dates.picked,
                                                                                    token))):
        # "based upon agreements in 1945, ...": a thing in the background, not the scene; "the king had died in
        # 1760, and his successor was more amenable to ending the war": an act of no one named, dated from
        # another clause, tells no time of the story
        return None, time
    if dates.moves_to is not None and scene.flashback(token, dates.moves_to, time.anchor):
        return None, time
    if dates.picked is not None and anchoring.names_the_act(dates.picked, token):
        # "the land lost following the Mexican-American War": a named period told to set another act's
        # time; where a sentence opens with one, scene_time sets the scene from it
        return None, time
    if any(a.dep_ == "relcl" or continues_relative(sent.parsed, a) for a in [token, *token.ancestors]):
        return None, time  # "a war, which began on January 16, 1991, and ended ...": told in passing
    if any(a.dep_ == "pobj" and a.head.lower_ in word_class("reference_point_preps")
           for a in [token, *token.ancestors]):
        return None, time  # "the worst flare-up since a truce brokered in November 2020": a point of reference
    if any(c.dep_ == "mark" and c.lower_ in word_class("reference_point_preps")
           for a in [token, *token.ancestors] for c in a.children):
        return None, time  # "relations have been strained since X blocked the talks in 2016": the same
    return dates.moves_to, time


def _with_phrase(token: Any) -> set[int]:
    """The tokens of the "with" phrases of an act or of its passive subject ("relations were established with
    X", "relations with X were established")."""
    holders = [token, *(c for c in token.children if c.dep_ == "nsubjpass")]
    preps = word_class("partner_with_preps")
    return {w.i for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in preps for w in c.subtree}


def _followers(parsed: Any, actors: SentenceActors) -> frozenset[str | None]:
    """The states a sentence tells doing the same as the act ("with Britain following suit two days later")."""
    subjects: list[Any] = once_per_parse(parsed, "followers", lambda doc: [
        subject for _, subject, suit in continuation.follows(doc) if suit])
    return frozenset(state_key(r) for subject in subjects for r in actors.in_phrase(subject))


def _states(refs: list[ActorRef]) -> set[str | None]:
    """The states (or organisations) some actors stand for."""
    return {state_key(r) for r in refs}


def _listed_as_peers(parsed: Any, pair: list[ActorRef]) -> bool:
    """ "between Roosevelt, Churchill, and Stalin": a list of peers, each with each (a comma after the first);
    not "between Israel and Egypt, Lebanon, Jordan and Syria", the first with each of the others."""
    tokens = sorted({r.token for r in pair})
    if len(tokens) < 3:
        return False
    gap = parsed[tokens[0] + 1:tokens[1]]
    return any(t.text == "," for t in gap) and not any(t.lower_ == "and" for t in gap)


# mutual acts a third state may help the parties to: talks, agreements, a truce
_MEDIATED = frozenset({"CONSULT", "AGREE", "SUPPORT", "COOPERATE", "RETREAT"})
_STATE_KINDS = frozenset({"country", "capital", "leader", "institution", "org", "coalition"})  # who may mediate


def _mediated(ctx: DocumentContext, story: Story, sent: SentenceView, actors: SentenceActors, match: TriggerMatch,
              status: str, date_of: Any, time: Narrative, before: int) -> Narrative:
    """A third state that helped the parties to a mutual act mediated between them ("Shultz helped Israel and
    Lebanon negotiate an agreement", "a truce negotiated with the help of the United States"): talks of the
    mediator with each party, besides the parties' own act."""
    token = sent.parsed[match.token]
    helpers: list[ActorRef] = []
    helped = token.head if token.dep_ in ("xcomp", "ccomp") else None
    sides = {a.country: a for e in story.events[before:] for a in (e.source, e.target) if a.country}
    parties = set(sides)
    if helped is not None and helped.lemma_.lower() in word_class("helping_verbs"):
        # (those helped are both parties: "helped Israel and Lebanon negotiate", not "helped Italy negotiate with X")
        objects = {r.actor.country for c in [*helped.children, *token.children] if c.dep_ in ("dobj", "obj", "nsubj")
                   and c.i < token.i for r in actors.in_phrase(c)}
        helpers = subject_of(helped, actors) if parties <= objects else []
        status = judge(helped)
    if token.dep_ in ("dobj", "obj") and token.head.lemma_.lower() in word_class("hosting_verbs"):
        helpers += subject_of(token.head, actors)  # "Egypt hosted talks between Israel and Hamas"
    held = [token, *(c for c in token.children if c.dep_ in ("dobj", "obj"))]  # "held talks under the auspices of"
    for prep in (c for t in held for c in t.children if c.dep_ == "prep" and c.lower_ in word_class("helping_preps")):
        for noun in (p for p in prep.children if p.dep_ == "pobj" and p.lemma_.lower() in word_class("helping_nouns")):
            # (a state's help, not "the help of Italian engineers")
            helpers += [r for r in actors.in_phrase(noun) if r.kind in _STATE_KINDS]
    helpers = [h for h in helpers if h.actor.country and h.actor.country not in parties]
    if not helpers or len(parties) != 2 or status not in ("occurred", "planned", "negotiating"):
        return time
    mediation = replace(match, entry=replace(match.entry, event_type="CONSULT", mode="third-party", cameo="045",
                                             flags=frozenset()))
    for helper in helpers[:1]:
        for side in sides.values():
            party = ActorRef(side, helper.token, "anaphor", "discourse")
            time = _record(ctx, story, sent, mediation, helper, party, False, status, date_of(party), None, time)
    return time


_PRESSING = frozenset({"REQUEST", "THREATEN"})  # acts of pressing a state, made when tried
_FORCE = frozenset({"ASSAULT", "COERCE"})  # acts of force, done when attempted


# the kinds of name that name a state itself ("ex-Soviet Ukraine" is still Ukraine), not one who holds an office
_NAMES_OF_STATES = frozenset({"country", "demonym", "capital", "city", "place"})
# acts of criticism: one aimed at the critic's own state's people or body is no act toward another state (not a treaty
# named for one's own city: "signed the San Francisco Treaty")
_CRITICAL_ACTS = frozenset({"ACCUSE", "PROTEST"})
# acts done by saying something: one out of office who says it speaks for no state
_SAID_ACTS = frozenset({"ACCUSE", "PROTEST", "REQUEST", "REJECT", "THREATEN", "SUPPORT", "AGREE"})


def _among_one_states_people(parsed: Any, sources: list[ActorRef]) -> bool:
    """ "Vance, Brzezinski, and Brown met weekly", "Kissinger and Rogers clashed": people of one state, joined as the
    subjects, who meet or clash (class gathering_verbs, with no "with" phrase) do so with each other; the story's
    other state is not there (but "Nixon and Kissinger negotiated for three days" did so with the other side)."""
    named = {s.token for s in sources if s.via == "parse"}
    return len(named) >= 2 and len({state_key(s) for s in sources}) == 1 and any(
        named - {t} <= {c.i for c in parsed[t].conjuncts} for t in named)


def _said_of_its_own(token: Any, event_type: str, args: Arguments, actors: SentenceActors) -> bool:
    """ "criticized its own opposition parties", "criticized the Bush administration" (told of an American): said of
    the speaker's own people, to no other state."""
    if event_type in _SAID_ACTS and acts.aimed_at_its_own(token):
        return True
    objects = [r for c in token.children if c.dep_ in ("dobj", "obj") for r in actors.in_phrase(c)]
    own = {state_key(s) for s in args.sources}
    return event_type in _CRITICAL_ACTS and bool(objects) and all(state_key(r) in own for r in objects)


def _done_to_the_thing_before(token: Any, actors: SentenceActors) -> bool:
    """ "the territories it had occupied in 1967": a relative clause whose object is the noun before it tells what
    the act was done to; a thing that names no state takes no other side from the story."""
    # (a phrase that names a state still tells the other side: "the land it took from Jordan")
    return token.dep_ == "relcl" and token.head.pos_ == "NOUN" and not actors.in_phrase(token.head) \
        and any(c.dep_ == "nsubj" for c in token.children) \
        and not any(c.dep_ in ("dobj", "obj", "dative", "ccomp", "xcomp") for c in token.children) \
        and not any(actors.in_phrase(p) for c in token.children if c.dep_ == "prep" for p in c.children)


def _out_of_office(token: Any) -> bool:
    """ "former U.S. officials", "ex-President X": a name told with a word that puts its holder out of the office
    (on the name or on the word it describes)."""
    holders = [token, token.head] if token.dep_ in ("compound", "amod", "nmod", "poss") else [token]
    return any(c.dep_ in ("amod", "compound") and c.lower_.rstrip("-") in word_class("out_of_office_words")
               for h in holders for c in h.children)


def _a_point_measured_from(token: Any) -> bool:
    """Whether a noun stands in a "since" phrase that names what something is measured from ("the first envoy since
    the closure of the embassy"; not "since Russia's invasion, Astana has ...", the start of a period)."""
    return any(a.dep_ == "pobj" and a.head.lower_ in word_class("reference_point_preps")
               and anchoring.measured_from(a.head) for a in [token, *token.ancestors])


def _threat_told(story: Story, sent: SentenceView, args: Arguments) -> bool:
    """Whether the sentence has already told a threat by the act's doer to its target ("Pyongyang warned Seoul that it
    would strike": the warning verb's own threat)."""
    doers = {r.actor.country for r in args.sources}
    targets = {territories().get(r.actor.country or "", r.actor.country) for r in args.targets}  # Guam: the US
    return any(e.evidence.sentence == sent.t.sentence.index and e.event_type == "THREATEN"
               and e.source.country in doers and e.target.country in targets for e in story.events[-8:])


def _warned_of_its_own(token: Any, args: Arguments, actors: SentenceActors) -> bool:
    """ "X warned that it would attack Y", "Kim warned that Pyongyang would strike": a hostile act told as what a
    warning says the warner's own state will do (not "Kyiv warned that Moscow would attack": news of another's act)."""
    if token.dep_ != "ccomp" or token.head.lemma_.lower() not in word_class("own_threat_verbs"):
        return False
    warners = {state_key(r) for r in subject_of(token.head, actors)}
    doers = {state_key(r) for r in args.sources}
    return bool(warners) and bool(doers) and doers <= warners


_SIGNING = "057"  # the CAMEO code of signing a formal agreement, or founding an organisation


def _founding_told(story: Story, noun: Any) -> DateSpan | None:
    """The date of the first signing or founding the story told as done whose sentence names what the noun's "to"
    or "of" phrase names ("the signatories to the Warsaw Pact": the day the text said the pact was established)."""
    named = ["".join(w.text + w.whitespace_ for w in p.subtree if w.dep_ != "det").strip() for c in noun.children
             if c.dep_ == "prep" and c.lower_ in ("to", "of") for p in c.children if p.dep_ == "pobj"]
    named = [n for n in named if n[:1].isupper()]
    for event in story.events:
        if event.status == "occurred" and event.cameo == _SIGNING and event.date is not None \
                and event.date.start is not None and any(n in event.evidence.text for n in named):
            return event.date
    return None


def _judged(token: Any, entry: Trigger, sent: SentenceView) -> tuple[Trigger, str]:
    """The status of the act, and its entry retyped where the status changes what the act is."""
    t = sent.t
    status = judge(token)
    if status == "cancelled" and acts.postponed_to(token, t.raw, t.times) is not None:
        status = "planned"  # "postponed the talks until June": put off to a new date, still planned
    if status == "occurred" and "planned" in entry.flags:
        status = "planned"  # the trigger itself looks ahead: "he is expected in Warsaw"
    status = in_principle(token, status)
    if status == "negated" and entry.event_type == "REJECT" and acts.force_not_excluded(token):
        # "would not rule out a strike on Iran": force kept open is a threat made
        return replace(entry, event_type="THREATEN", mode=None, cameo="138"), "occurred"
    if status in ("speculative", "planned") and entry.event_type in HOSTILE_TYPES - {"THREATEN"} \
            and hinted(token):
        # "Moscow hinted that it might attack China's nuclear sites": saying so is the threat
        cameo = "138" if entry.event_type == "ASSAULT" else "130"
        return replace(entry, event_type="THREATEN", mode=None, cameo=cameo), "occurred"
    if status == "negated" and acts.refusal(token, entry.event_type, mutual="sym" in entry.flags):
        # "their country would not normalize relations", "did not agree to end the seizures":
        # a stated refusal is a rejection that took place
        # addressed to the other side of the pair when the sentence names none
        entry = replace(entry, event_type="REJECT", mode=None, cameo="120", flags=entry.flags | {"pairfill"})
        status = "occurred"
    if entry.event_type in HOSTILE_TYPES and acts.ceased(token):
        # "Russia stopped attacking Ukraine": the attacks were halted, a step back
        return replace(entry, event_type="RETREAT", mode="disarm", cameo="087", flags=entry.flags - {"sym"}), status
    if status == "planned" and entry.event_type == "THREATEN":
        status = "occurred"  # "said it would take countermeasures": the threat is made by saying so
    if status != "occurred" and (entry.event_type in _PRESSING or token.lemma_.lower() in word_class(
            "forcing_verbs")) and attempted(token):
        status = "occurred"  # "Soviet attempts to pressure Iran", "failed to persuade Peru": the pressing was done
    if status != "occurred" and entry.event_type in _FORCE and token.dep_ in ("dobj", "obj") \
            and token.head.lemma_.lower() in word_class("attempt_words"):
        status = "occurred"  # "attempted an invasion of Cuba": the attempt was made, whatever came of it
    if entry.mode == "investigate" and acts.together(token):
        # "the United States and China have jointly investigated cases": an investigation they share
        entry = replace(entry, event_type="COOPERATE", mode=None, cameo="060")
    if status == "negotiating" and entry.event_type in ("COOPERATE", "AID", "SUPPORT"):
        # "in talks to buy X": what happened is the talks (GUIDELINES: CONSULT, negotiating)
        entry = replace(entry, event_type="CONSULT", mode=None, cameo="046")
    return entry, status


def _in_the_present_perfect(token: Any) -> bool:
    """An act told in the present perfect, or in a "to" clause of a verb that is ("has sent troops to train with X",
    "has agreed to send troops")."""
    if token.pos_ == "VERB" and token.dep_ in ("xcomp", "advcl") and to_infinitive(token):
        token = token.head
    return scene.told_in_present_perfect(token)


def _dated_deal_as_subject(token: Any) -> bool:
    """ "A 1998 treaty of friendship expanded the framework": a deal told by its year as the subject of what it
    did, in a text about a pair, is that pair's."""
    return token.pos_ == "NOUN" and token.dep_ in ("nsubj", "nsubjpass") and in_class(token.lemma_, "@AGREEMENT") \
        and any(c.dep_ in ("nummod", "compound", "amod") and c.like_num and len(c.text) == 4 for c in token.children)


def _places_only(named: list[ActorRef]) -> frozenset[str] | None:
    """The states of the places a sentence names, if it names nothing but places (None if it names another actor)."""
    if any(r.kind not in PLACE_KINDS for r in named):
        return None
    return frozenset(r.actor.country for r in named if r.actor.country)


def _unnamed_parties(token: Any, entry: Trigger, status: str, args: Arguments, story: Story, index: int,
                     heading: bool = False, alone: bool = False, places: frozenset[str] | None = None) -> Arguments:
    """The parties of the pair under discussion, for an act whose text names too few (heading: the sentence is
    a section's heading; alone: it names no actor at all; places: the states of the places it names, if it names
    nothing else)."""
    # "diplomats signed the Treaty of Ghent", "Nixon signed the ABM Treaty in Moscow": a named treaty's parties
    args = with_the_treaty_s_parties(token, entry.event_type, args)
    if len(_states(args.sources)) == 1 and not (args.targets or args.pair) and status in ("occurred", "planned") \
            and an_unlisted_treaty(token, {k for k in _states(args.sources) if k}):
        # "the Senate ratified the Neutrality Treaty": a treaty whose parties the table does not know, or that its
        # doer joins later, is one of the pair the text is about
        args = fill_from_pair(token, args, story.discourse, partner_only=True)
    unnamed = not (args.sources or args.targets or args.pair)
    if unnamed and alone and not heading and token.pos_ == "NOUN" and in_class(token.lemma_, "@EXERCISE") \
            and status in ("occurred", "planned") and any(c.pos_ == "PROPN" for c in token.lefts):
        # "the next Cobra Gold exercise is scheduled for May": an exercise told by its name in a sentence that
        # names no one is one of the pair the text is about, the pair it has told most acts of (not the pair of
        # the latest act: a review of US-Thai ties telling of a border war)
        args = replace(args, pair=[ActorRef(a, token.i, "anaphor", "discourse")
                                   for a in story.discourse.most_told_pair()])
    if unnamed and places is not None and not heading and token.pos_ == "NOUN" and entry.event_type == "CONSULT" \
            and "sym" in entry.flags and status == "planned" and _a_meeting_set(token):
        # "the next round of talks is scheduled for November", "a summit is planned for 2027 in Lima": in a sentence
        # that names no one but places of theirs, a meeting of the pair the text is about (the pair it has told most
        # acts of)
        pair = story.discourse.most_told_pair()
        if places <= {a.country for a in pair}:
            args = replace(args, pair=[ActorRef(a, token.i, "anaphor", "discourse") for a in pair])
    if unnamed and (_bond_passive(token, entry) or ("sym" in entry.flags and (
            definite_passive(token) or status in _UNASSERTED or acts.phase_of_talks(token, entry.event_type)
            or _dated_deal_as_subject(token)))):
        # "the deal was signed in August 2015", "the possibility of signing a deal": a mutual act
        # with no party named is one of the pair under discussion; so is what befell the bond
        # between them ("diplomatic relations were severed")
        parties = _belligerents(token, story) or story.discourse.current_pair()
        args = replace(args, pair=[ActorRef(a, token.i, "anaphor", "discourse") for a in parties])
    if "warpair" in entry.flags and not args.sources and not args.pair:
        # "the Treaty of Guadalupe Hidalgo ended the Mexican-American War": the sides of the war
        args = replace(args, pair=_sides_of_the_war(token, args.targets, story), targets=[])
    subject = [c for c in token.children if c.dep_ == "nsubjpass"]
    subject_words = {t.i for t in subject[0].subtree} - _with_phrase(token) if subject else set()
    if "sym" in entry.flags and subject and not args.sources and not args.pair and len(_states(args.targets)) >= 2 \
            and all(r.token in subject_words for r in args.targets):
        # "the Soviet-Afghan treaty was signed in 1978", "the Hay-Pauncefote Treaty was signed": the parties the
        # deal's name gives
        args = replace(args, pair=args.targets, targets=[])
    if "sym" in entry.flags and not args.sources and not args.pair and len(_states(args.targets)) >= 2 \
            and definite_passive(token):
        # "the agreement was signed in New Delhi, at the first dialogue of the two countries": the states told with
        # a mutual act whose doers the passive leaves unsaid are its parties (where it was done is none, nor are
        # those who only watched it: "signed in the presence of American and Soviet envoys")
        watched = {w.i for n in token.subtree if n.lemma_.lower() in word_class("witness_nouns") for w in n.subtree}
        told_with = [r for r in args.targets if r.kind not in PLACE_KINDS and r.token not in watched]
        partners = _with_phrase(token)
        if told_with and all(r.token in partners for r in told_with):
            # "relations were established with Latvia and Estonia": the states told "with" the act are one
            # side, each with the other side the text tells of (no pair of their own)
            other = story.discourse.other_than_all(_states(told_with))
            sources = [ActorRef(other, token.i, "anaphor", "discourse")] if other is not None else []
            args = replace(args, sources=sources, targets=told_with if sources else [])
        elif len(_states(told_with)) >= 2:
            args = replace(args, pair=told_with, targets=[])
    named = args.sources or args.targets
    if named and not args.pair and bool(args.sources) != bool(args.targets) and "sym" in entry.flags \
            and definite_passive(token) and len(_states(named)) == 1 and all(r.token != token.i for r in named):
        # "a Millennium Challenge Corporation compact was never signed": the deal names one side, the
        # other is its partner in the pair under discussion
        args = fill_from_pair(token, args, story.discourse, partner_only=True)
    if not (args.sources or args.targets or args.pair) and entry.mode == "visit":
        # "X invited Y to Moscow, but the trip never took place": the visit is the one invited to
        invited = _invitation(story, index)
        if invited is not None:
            args = replace(args, sources=[ActorRef(invited.target, token.i, "anaphor", "discourse")],
                           targets=[ActorRef(invited.source, token.i, "anaphor", "discourse")])
    if "answer" in entry.flags and args.sources and not (args.targets or args.pair):
        # "India denied the allegations", "rejected that explanation": what the denier answers is the last charge
        # made against it, else its partner in the pair under discussion (no other state named last)
        accuser = _its_accuser(story.events, args.sources[0].actor) or story.discourse.partner(args.sources[0].actor)
        if accuser is None:
            return args
        return replace(args, targets=[ActorRef(accuser, token.i, "anaphor", "discourse")])
    if _fills_the_pair(token, entry, status, heading) and not (
            "sym" in entry.flags and not args.targets and len(_states(args.sources)) >= 2
            and not any(c.dep_ in ("dobj", "obj") or (c.dep_ == "prep" and c.lower_ == "to") for c in token.children)):
        # ("Britain and the United States could not agree": a mutual act of two states named is between them)
        # (a diplomatic act naming neither side, "Full recognition followed", is of the pair whose missions
        # the text placed, if it placed any)
        unnamed = entry.context == "diplomatic" and not (args.sources or args.targets)
        args = fill_from_pair(token, args, story.discourse, _a_mission_act(entry) or unnamed)
    if status == "occurred" and entry.event_type in HARM and token.pos_ == "PROPN" and args.targets \
            and not (args.sources or args.pair) and all(r.via == "parse" for r in args.targets):
        # "the War of 1812 with Britain": a war told by its name, with one side named, is fought by the other side
        side = args.targets[0].actor
        other = _other_side_of_the_named_war(token, side)
        if other is not None:
            # (and that side only: no other state the parse hangs on the name, "the Winter War against Finland in
            # December angered Roosevelt")
            args = replace(args, sources=[ActorRef(other, token.i, "anaphor", "discourse")],
                           targets=[r for r in args.targets if r.actor.country == side.country])
    if "pairtarget" in entry.flags and status in ("occurred", "planned") and args.sources and not (
            args.targets or args.pair) and all(r.token != token.i for r in args.sources):
        # "Sweden suspended its aid": to its partner in the pair under discussion, if it is in that pair (not
        # "aid to Egypt was suspended", whose giver the text leaves unsaid); an envoy withdrawn, from the host
        # of the missions the text placed
        args = fill_from_pair(token, args, story.discourse, _a_mission_act(entry), partner_only=True)
    if "counterpart" in entry.flags and status == "occurred" and bool(args.sources) != bool(args.targets) \
            and all(r.via == "parse" for r in args.sources + args.targets):
        # "six PRC nationals were indicted": a court's act on one side's people is the other side's
        args = fill_from_pair(token, args, story.discourse)
    return args


def _its_accuser(told: list[Event], accused: Actor) -> Actor | None:
    """The state that last accused or criticised this one, among the acts told."""
    charge = next((e for e in reversed(told) if e.event_type == "ACCUSE" and e.target.country == accused.country
                   and e.source.country and e.source.country != accused.country), None)
    return charge.source if charge is not None else None


def _other_side_of_the_named_war(token: Any, named: Actor) -> Actor | None:
    """The state on the other side from a named state in the war a noun names ("the War of 1812 with Britain": the
    United States), if the war's sides are known (data/war_sides.tsv)."""
    # (the capitalised words before it and an "of" phrase after: "the long Mexican-American War", "the War of 1812")
    sides = _war_sides().get(name_key(token))
    if sides is None or named.country not in sides:
        return None
    return actor_of_code(sides[1] if named.country == sides[0] else sides[0])


def _into_the_war(token: Any, args: Arguments, story: Story, year: int | None) -> Arguments:
    """Flag joinside: the one a state that entered a war fights (joining_wars.enemy_of_the_entrant), as the
    target; none when the war or the entrant's side in it is not known."""
    war = next((c for c in token.children if c.dep_ in ("dobj", "obj")), token)
    told = tuple(a.country for a in story.discourse.war or () if a.country)
    codes = {enemy_of_the_entrant(war, state_key(s) or "", told, year) for s in args.sources}
    enemies = [actor_of_code(c) for c in sorted(c for c in codes if c)]
    return replace(args, targets=[ActorRef(e, war.i, "anaphor", "discourse") for e in enemies if e is not None])


def _year_told(times: list[Any], picked: Any, time: Narrative) -> int | None:
    """The year a sentence gives other than a named period's ("In 1987 X entered the Gulf War"), else of the act's
    own time, else of narrative time."""
    dated = next((m for m in times if m.kind == "absolute" and m.period is None and m.first), None)
    when = dated.first if dated is not None else picked.first if picked is not None and picked.first else (
        time.anchor.start if time.anchor else None)
    return when.year if when else None


@cache
def _war_sides() -> dict[str, tuple[str, str]]:
    """Named wars -> their two sides (data/war_sides.tsv)."""
    return {row[0]: (row[1], row[2]) for row in data_rows("war_sides.tsv")}


def _sides_of_the_war(token: Any, named: list[ActorRef], story: Story) -> list[ActorRef]:
    """The sides of the war a treaty ended: the states its name gives ("the Mexican-American War"), else, for "the
    war" or "the long war", those of the war the story told (not "the Dayton Agreement ended the Bosnian War", "the
    war in Korea": a war named by one state or place is no war of the story's)."""
    if len(_states(named)) >= 2:
        return named
    bare = all(not any(m.dep_ in ("compound", "nmod", "poss", "prep") or (m.dep_ == "amod" and m.text[:1].isupper())
                       for m in c.children) for c in token.children if c.dep_ in ("dobj", "obj"))
    return [ActorRef(a, token.i, "anaphor", "discourse") for a in story.discourse.war or ()] if bare else []


def _from_the_occupier(args: Arguments, discourse: Discourse) -> Arguments:
    """ "British and Ethiopian forces retook Addis Ababa" (flag retaken): a place its own state (or a third
    state, for it) takes back is taken from the other side of the war the story tells, not from the state it
    belongs to; with no such war told, from no one the text names. A place taken back from its state by
    that state's foe ("Israeli forces retook the Golan Heights") is taken from that state."""
    places = [t for t in args.targets if t.kind in PLACE_KINDS]
    if not places:
        return args
    owners = {territories().get(t.actor.country or "", t.actor.country) for t in places}  # South Georgia: Britain
    takers = {s.actor.country for s in args.sources}
    war = {a.country for a in discourse.war or ()}
    # "Israeli forces retook the Golan Heights": taken back from the state it belongs to, the retaker's foe
    liberated = bool(owners & takers) or bool(owners & war and not takers & war)
    if not liberated:
        return args
    occupiers = [a for a in discourse.war or () if a.country not in owners | takers]
    targets = [ActorRef(a, places[0].token, "anaphor", "discourse") for a in occupiers]
    return replace(args, sources=args.sources if targets else [], targets=targets)


def _people_sent_away(verb: Any) -> bool:
    """Whether the passive subject of a verb is people a state sends away: diplomats, officials, nationals."""
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    return any(in_class(s.lemma_.lower(), "@DIPLOMAT") or s.lemma_.lower() in word_class("expelled_people")
               for s in subjects)


def _last_inviter(story: Story, token: Any, index: int, guests: set[str | None]) -> Actor | None:
    """The one who made the invitation told in this sentence or the two before ("France invited Germany to Paris.
    Italy was invited to attend"), if it is none of those invited now."""
    word = stem(token.lemma_.lower())
    for e in reversed(story.events[-12:]):
        if index - e.evidence.sentence > DEED_REACH:
            return None
        if e.event_type == "AGREE" and stem(e.trigger.split()[0].lower()) == word and e.source.country not in guests:
            return e.source
    return None


def _places_asked_to(verb: Any, actors: SentenceActors) -> list[ActorRef]:
    """The places a verb asks someone to visit ("invited to visit Washington") or to come to ("invited to
    Moscow", "to come to Moscow"); not the venue of a meeting ("invited to Geneva for talks with Iran")."""
    asked = [verb, *(c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in word_class("visit_verbs"))]
    if any(p.dep_ == "pobj" and p.lemma_.lower() in word_class("occasion_nouns") for a in asked for c in a.children
           if c.dep_ == "prep" and c.lower_ == "for" for p in c.children):
        return []
    found = [r for a in asked for c in a.children if c.dep_ == "prep" and c.lower_ == "to" for o in c.children
             for r in actors.in_phrase(o) if r.kind in PLACE_KINDS | {"country"}]
    found += [r for a in asked[1:] for o in a.children if o.dep_ in ("dobj", "obj") and o.pos_ == "PROPN"
              for r in actors.in_phrase(o)]
    return found


def _parties_of_the_main_clause(token: Any, sent: SentenceView, args: Arguments) -> Arguments:
    """ "The Legation reopened on May 2, when Y presented his credentials": a diplomatic act of someone the
    text does not place, told in a "when" clause, is between the parties of the act it dates."""
    if token.dep_ not in ("advcl", "relcl") or not told_when(token):
        return args
    verb = token.head  # (the parser may hang "when ..." on the date: "reopened on August 31, when ...")
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    main = sent.coded.get(verb.i)
    if main is None:
        return args
    return replace(args, sources=list(main.sources), targets=list(main.targets), pair=list(main.pair))


def _parties_of_the_talks(token: Any, sent: SentenceView, args: Arguments) -> Arguments:
    """ "secret talks between X and Y produced a border treaty", "held negotiations, which led to the
    treaty of 1929": an agreement the text names no parties for, told as what talks brought about, is
    between the parties of the talks (coded before it, in this sentence)."""
    while token.dep_ == "conj":
        token = token.head  # "produced a declaration and a treaty"
    verb = token.head
    if token.dep_ == "pobj" and verb.lower_ in word_class("resulting_preps"):
        verb = verb.head  # "led to the treaty", "resulted in an accord"
    elif token.dep_ not in ("dobj", "obj"):
        return args
    if verb.lemma_.lower() not in word_class("resulting_verbs") or verb.tag_ not in ("VBD", "VBN"):
        return args  # (not "talks that could lead to a treaty")
    talks = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.dep_ == "relcl" and (talks is None or talks.tag_ == "WDT"):
        talks = verb.head  # "negotiations, which produced ..."
    if talks is not None and talks.lemma_.lower() not in word_class("negotiation_words"):
        talks = next((p for c in talks.children if c.dep_ == "prep" and c.lower_ == "of"
                      for p in c.children if p.dep_ == "pobj"), talks)  # "two years of talks"
    if talks is None or talks.lemma_.lower() not in word_class("negotiation_words"):
        return args
    told = sent.coded.get(talks.i) or (sent.coded.get(talks.head.i) if talks.dep_ in ("dobj", "obj") else None)
    if told is None:
        return args
    return replace(args, sources=list(told.sources), targets=list(told.targets), pair=list(told.pair))


def _bond_passive(token: Any, entry: Trigger) -> bool:
    """ "diplomatic relations were severed": the bond between a pair, in a passive with no agent."""
    return entry.obj is not None and definite_passive(token) and any(
        c.dep_ == "nsubjpass" and c.lower_ in word_class("pair_bond_words") and in_class(c.lemma_, entry.obj)
        for c in token.children)


def _implied_targets(sent: SentenceView, match: TriggerMatch, listed: Trigger, actors: SentenceActors,
                     args: Arguments) -> Arguments:
    """The counterpart of an act whose words name only who acts, as the sentence implies it, tried in
    order: the act it continues, the one forcing a retreat, the parties of a thing a pronoun stands for,
    the one a condition asks something of. A pronoun taken for the thing acted on is no party ("drafted
    a treaty, and Italy signed it"): it is set aside before the last two are tried."""
    token = sent.parsed[match.token]

    def missing(a: Arguments) -> bool:
        return bool(a.sources) and not a.targets and not a.pair

    if missing(args):
        args = replace(args, targets=_targets_of_governing_act(token, sent, args))
    if missing(args) and listed.event_type == "MOBILIZE":
        args = replace(args, targets=_targets_of_the_purpose(token, actors, args))
    if missing(args) and forced_retreat(token, listed):
        # "Chile forced the surrender of the Peruvian garrison": it gave way to Chile
        owned = {r.actor.country for r in args.sources}
        args = replace(args, targets=[r for r in subject_of(token.head, actors) if r.actor.country not in owned])
    args = acts.without_things_referred_to(sent.parsed, match.tokens, args)
    if missing(args):
        specs = (listed.obj, listed.prep_object)
        args = replace(args, targets=acts.holders_referred_to(sent.parsed, match.tokens, specs, actors, args.sources))
    mutual = "sym" in listed.flags and len({r.actor.country for r in args.sources}) > 1
    if missing(args) and listed.event_type in CONDITIONAL and not mutual:
        args = replace(args, targets=acts.parties_of_condition(token, actors, args.sources))
    return args


def _targets_of_the_purpose(token: Any, actors: SentenceActors, args: Arguments) -> list[ActorRef]:
    """ "dispatched troops to invade Panama": forces sent with no destination named are moved towards the state the
    purpose they were sent for is done to (not the sender's own people: "to protect American citizens")."""
    # (or, as the place they go to, the one they are sent to help: "sent forces to support the U.S. effort")
    own = {state_key(r) for r in args.sources}
    purposes = [c for c in token.children if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB" and to_infinitive(c)]
    return [r for v in purposes for o in v.children if o.dep_ in ("dobj", "obj")
            for r in actors.in_phrase(o) if state_key(r) not in own and r.kind != "anaphor"]


def _targets_of_governing_act(token: Any, sent: SentenceView, args: Arguments) -> list[ActorRef]:
    """ "concluded its investigation of Brazil, proposing a tariff": a participle that continues the
    act of the clause it hangs on, by the same party, is addressed to that act's counterpart."""
    if token.dep_ != "advcl" or token.tag_ != "VBG":
        return []
    head = token.head
    sources = {r.actor.country for r in args.sources}
    for word in [head, *(c for c in head.children if c.dep_ in ("dobj", "obj"))]:
        told = sent.coded.get(word.i)
        if told is None:
            continue
        named = [r for r in told.targets if r.via == "parse"]
        if named and sources & {r.actor.country for r in told.sources}:
            return [replace(r, via="discourse") for r in named]
    return []


def _invitation(story: Story, index: int) -> Event | None:
    """The invitation told last, in this sentence or the one before (CAMEO 036)."""
    for e in reversed(story.events):
        if index - e.evidence.sentence > 1:
            return None
        if e.cameo == "036" and e.source.country and e.target.country:
            return e
    return None


def _belligerents(token: Any, story: Story) -> tuple[Any, ...]:
    """ "an armistice was concluded on May 3": the parties of a truce or a peace with none named are
    those of the war told last, not whoever the discourse last paired (a mediator)."""
    words = [token, *[w for c in token.children if c.dep_ in ("nsubjpass", "dobj", "compound", "amod")
                      for w in c.subtree]]
    # the tokenizer splits "cease-fire": the words are read whole again
    text = " ".join(w.lemma_.lower() for w in words).replace(" - ", "-").split()
    if not any(in_class(w, "@WAR_ENDING") for w in text):
        return ()
    return _sides_of_the_last_fight(story)


def _sides_of_the_last_fight(story: Story) -> tuple[Actor, ...]:
    """The states of the last use of force the story told as done, if any."""
    war = next((e for e in reversed(story.events) if e.event_type == "ASSAULT"
                and e.source.country and e.target.country and e.status == "occurred"), None)
    return (state_at(war.source, war.date), state_at(war.target, war.date)) if war else ()


def _gapped(ctx: DocumentContext, story: Story, sent: SentenceView, actors: SentenceActors, match: TriggerMatch,
            mode: str | None, args: Arguments, status: str, time: Narrative) -> Narrative:
    """ "Chile ratified the pact on March 2 and Bolivia on April 14": the second
    actor, coordinated with a date, repeats the act at its own date."""
    t, parsed = sent.t, sent.parsed
    used = {r.token for r in args.sources + args.targets}
    for i, refs in actors.by_token.items():
        tok = parsed[i]
        if i in used:
            continue
        role: str | None = None
        if tok.dep_ == "conj" and any(t0.start <= tok.head.idx < t0.end for t0 in t.times):
            role = "source"
        else:
            role = _gapped_role(parsed, match.token, tok, args, t.times)
            tok = _phrase_head(tok)
        if role is None:
            continue
        for ref in refs:
            gap = Arguments(sources=[ref]) if role == "source" else Arguments(sources=args.sources, targets=[ref])
            times = [m for m in t.times if m.start > tok.idx and m.kind != "anaphoric"]
            picked = times[0] if times else None
            span = anchoring.date_from_time(picked, time.anchor, ctx.doc.published, False)[0] \
                if picked else None
            for source, target, reciprocal in pairs(gap, match.entry.event_type, "sym" in match.entry.flags,
                                                    story.discourse, mode=mode, flags=match.entry.flags):
                time = _record(ctx, story, sent, match, source, target, reciprocal, status, span, None, time)
    return time


def _gapped_role(parsed: Any, verb: int, tok: Any, args: Arguments, times: list[Any]) -> str | None:
    """ "Greece attacked Turkey in 1920 and Bulgaria in 1925", "expelled the Peruvian envoy in 1960
    and the Bolivian one in 1962": a phrase coordinated with the verb itself, a date after it, repeats
    the act on a new object (the verb's own object is a party) or a new subject; None otherwise."""
    head = _phrase_head(tok)
    if head.dep_ != "conj" or head.pos_ not in ("NOUN", "PROPN") or head.i < verb:
        return None
    if head.head.i != verb and head.head.i not in {a.i for a in parsed[verb].ancestors}:
        return None
    if any(parsed[k].pos_ == "VERB" for k in range(verb + 1, head.i)):
        return None  # hung on a verb above ("... by joining X in 1954 and Y in 1955"): the nearest verb acts
    start = parsed[verb].idx
    if not (any(start < m.start < head.idx for m in times) and any(m.start > head.idx for m in times)):
        return None  # each conjunct has its own date
    objects = [r for r in args.targets if r.prep is None and r.via == "parse"]
    if objects and args.sources:
        return "target"
    return "source" if args.targets and not args.sources else None


def _phrase_head(tok: Any) -> Any:
    """The noun a name modifies: "Peruvian" -> "ambassador" in "the Peruvian ambassador"."""
    while tok.dep_ in ("amod", "compound", "poss", "nmod") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _agreed_already(story: Story, sent: SentenceView, source: ActorRef, target: ActorRef) -> bool:
    """Whether the sentence has already given this pair an intent to cooperate."""
    index = sent.t.sentence.index
    for e in reversed(story.events):  # told in text order: the sentence's own events come last
        if e.evidence.sentence != index:
            return False
        if e.event_type == "AGREE" and (e.source.code, e.target.code) == (source.actor.code, target.actor.code):
            return True
    return False


def _absorb_commitment(story: Story, sent: SentenceView, token: Any, told: list[Event]) -> None:
    """ "agreed to hold further talks": the meeting agreed to, planned, is the record of the agreement;
    the agreeing verb's own act between the same two goes, so that one undertaking is not counted twice
    (but "agreed to sell tanks" stays a deal made: the sale is more than a plan; and talks dated apart from
    the agreement, "agreed in 2018 to meet in 2019", leave both dates on record)."""
    verb = acts.committed_by(token)
    if verb is None:
        return
    same = {(frozenset((e.source.country, e.target.country)), e.date.start, e.date.end) for e in told}
    story.events.drop_latest(sent.t.sentence.index, lambda e: (
        e.event_type == "AGREE" and e.status == "occurred" and e.trigger.split()[0] == verb.text
        and (frozenset((e.source.country, e.target.country)), e.date.start, e.date.end) in same))


def _accused_by_victims(ctx: DocumentContext, story: Story, sent: SentenceView, actors: SentenceActors,
                        match: TriggerMatch, args: Arguments, told: list[Event], time: Narrative) -> Narrative:
    """ "Armenia said Azerbaijani forces had shelled three villages": the attack is told, and saying so is
    the attacked state's accusation of the attacker, made when it was said."""
    token = sent.parsed[match.token]
    speakers = acts.speaker_of(token, actors)
    victims = {e.target.country for e in told} - {e.source.country for e in told}
    doers = [r for r in args.sources if r.actor.country in {e.source.country for e in told}]
    accusers = [r for r in speakers if r.actor.country in victims]
    if not accusers or not doers:
        return time
    saying = acts.saying_verb(token)
    reported = {t.i for c in saying.children if c.dep_ in ("ccomp", "parataxis") for t in c.subtree}
    own = [m for m in sent.t.times if anchoring.token_of(sent.parsed, m.start) not in reported]
    picked = anchoring.pick_time(sent.parsed, own, [saying.i], saying.i)  # when it was said, not the attack's time
    when = anchoring.date_from_time(picked, time.anchor, ctx.doc.published, False)[0] if picked else None
    if when is None and ctx.news and ctx.doc.published:
        when = anchoring.publication_date(ctx.doc.published)  # a report's "said": as it was written
    index = sent.t.sentence.index
    made = {(e.source.country, e.target.country) for e in story.events
            if e.evidence.sentence == index and e.event_type == "ACCUSE"}
    accusing = replace(match, entry=replace(match.entry, event_type="ACCUSE", mode=None, context=None,
                                            cameo="112", flags=frozenset()))
    for accuser in accusers:
        for doer in doers:
            if (accuser.actor.country, doer.actor.country) in made:
                continue  # one accusation a sentence, however many acts it tells
            made.add((accuser.actor.country, doer.actor.country))
            time = _record(ctx, story, sent, accusing, accuser, doer, False, "occurred", when, None, time)
    return time


def _in_a_time_phrase(noun: Any) -> bool:
    """A noun act inside a phrase of time ("during the war between X and Y", "after the treaty")."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    node = noun
    for _ in range(8):
        if node.dep_ == "prep" and node.lower_ in word_class("temporal_preps"):
            return True
        if node.dep_ not in ("pobj", "prep", "compound", "conj", "appos") or node.head.i == node.i:
            return False
        node = node.head
    return False


def _the_leader_doing(source: ActorRef, args: Arguments) -> ActorRef:
    """The party whose office dates an act: the source, else the leader the sentence names as its doer. "President
    Eisenhower moved to restore relations between the United States and Egypt" is an act of his years, for the pair
    "between" names as for him."""
    if _a_leader_named(source):
        return source
    return next((r for r in args.sources if _a_leader_named(r)), source)


def _a_leader_named(ref: ActorRef) -> bool:
    return (ref.kind == "leader" and ref.via == "parse") or ref.kind == "anaphor"


def _record(ctx: DocumentContext, story: Story, sent: SentenceView, match: TriggerMatch, source: ActorRef,
            target: ActorRef, reciprocal: bool, status: str, when: DateSpan | None, warning: str | None,
            time: Narrative, doer: ActorRef | None = None) -> Narrative:
    """Record the event of one pair of parties in the story; returns narrative time after it. doer: the party whose
    years in office date the act (the source unless told otherwise)."""
    t = sent.t
    referring = back_reference(sent.parsed[match.token])
    if referring == "reminder":
        # "In 1958, as promised, Morocco recognized Tunisia": the promise recalled is the one told before, with its
        # date, and the story stays where it is; a promise the text never told is no act of its own
        span = date_told_before(story.events, t.sentence.index, time, source.actor, target.actor,
                                match.entry.event_type, referring)
        if span is not None:
            _store(ctx, story, sent, match, source, target, reciprocal, status, span, warning, False)
        return time
    from_headline = when is None and ctx.news and t.sentence.index == 0 and headline(t.sentence.text)
    if from_headline:
        when = DateSpan(None, None, "unknown", None, None)  # the body dates the headline's act
    if status == "occurred" and (when is None or when.basis == "discourse"):
        # "the years that followed the signing of the ANZUS Treaty": its parties signed it in its year, whatever
        # narrative time the sentence is told at (a day of that year the story told stays: "on Christmas Eve")
        when = year_signed(sent.parsed[match.token], (source.actor, target.actor), when) or when
    if status == "occurred" and match.entry.event_type in REACTIONS and (when is None or when.basis == "discourse"):
        # "Meanwhile, Manila accused China of firing on its boat on Saturday": no earlier than what it answers
        answered = after_what_it_answers(sent, match, time, ctx.doc.published)
        if answered is not None and (when is None or (when.end and answered.start and answered.start > when.end)):
            when = answered
    if when is None and status == "occurred":
        when = when_its_subject_was_made(sent, match, time, ctx.doc.published)
    if when is None and status == "occurred" and not ctx.news:
        when = up_to_writing(sent, match, time, ctx.doc.published)
    if when is None and status == "negotiating" and ctx.doc.published and scene.told_as_present(
            sent.parsed[match.token]):
        # "officials are negotiating the purchase": under way as the text is written
        when = anchoring.publication_date(ctx.doc.published)
    if when is None:
        when, time = fallback_date(ctx, story.events, time, t, source.actor, target.actor, match.entry.event_type,
                                   status, referring,
                                   referred_as(sent.parsed[match.token]), at_a_told_occasion(sent.parsed[match.token]),
                                   _in_the_present_perfect(sent.parsed[match.token]))
        if when is not None and when.basis in ("publication", "discourse"):
            # "The trip comes two months after the leaders met in Rome": moved from the report's day (or the
            # day the sentence before told)
            when = offset_from_the_main_clause(sent, match.token, when, ctx.doc.published, ctx.news)
        if when is not None and acts.told_as_consequence(sent.parsed[match.token]):
            when = after_its_cause(when)
        elif when is not None and status == "occurred" and acts.told_as_aftermath(sent.parsed[match.token]):
            when = after_the_scene(when)
    doer = doer or source
    if when is not None and when.basis == "discourse" and not ctx.news and _a_leader_named(doer):
        # "President Lincoln sent an envoy ...", told after a scene set in 1850: in his years in office
        # (the doer's office only: "the ambassador visited Prime Minister Churchill" is not of Churchill's years)
        when = in_office(sent.parsed, doer.token, doer.actor.name, when, ctx.doc.published,
                         ctx.doc.text, t.sentence.start) or when
    if status == "occurred" and t.row and when is not None and when.start and ctx.doc.published \
            and when.start > ctx.doc.published:
        status = "planned"  # a table's row (no verb to tell its tense) dated after the text was written
    _store(ctx, story, sent, match, source, target, reciprocal, status, when, warning, from_headline)
    return time


def _store(ctx: DocumentContext, story: Story, sent: SentenceView, match: TriggerMatch, source: ActorRef,
           target: ActorRef, reciprocal: bool, status: str, when: DateSpan | None, warning: str | None,
           from_headline: bool) -> None:
    """Add the event of one pair of parties, dated, to the story, and note what the discourse learns from it."""
    event = _event(ctx, sent, match, source, target, reciprocal, status, when or DateSpan(None, None), warning)
    if event is None:
        return
    if from_headline:
        story.headline_ids.add(event.id)
    story.events.append(event)
    src, tgt = event.source, event.target
    if src.country and tgt.country and "anaphor" not in (source.kind, target.kind) \
            and match.entry.mode != "third-party" and target.prep != HOSTED:
        # a pair named by "both sides" stays the pair: its own acts do not replace it; nor does a meeting's
        # host met by attending it; nor a mediator's shuttling between the two sides, nor a war that only sets
        # the time ("left during the war between Paraguay and its neighbours", though "the sides of the
        # conflict" are its sides)
        if event.event_type != "ASSAULT" or not _in_a_time_phrase(sent.parsed[match.token]):
            story.discourse.saw_pair(src, tgt, aside=not main_clause(sent.parsed, match.token))
        if event.event_type == "ASSAULT" and status == "occurred":
            story.discourse.saw_war(src, tgt)
        if match.entry.obj == "@RELATIONS" and status == "occurred" and event.event_type in _BONDING:
            story.discourse.saw_mission(src, tgt)  # "Egypt and the United States restored relations in 1974"
    if _a_mission_act(match.entry) and source.kind not in ("anaphor", *PERSON_KINDS) and src.country and tgt.country:
        # "the American embassy was raised in rank": its owner named, its host the one it was found to have
        story.discourse.saw_mission(src, tgt)
    if source.via == "parse":
        story.discourse.last_subject = src if src.country or src.code else story.discourse.last_subject


def _a_meeting_set(token: Any) -> bool:
    """Whether a meeting noun (or a round "of" it) is the subject of a verb that sets or holds it, and names no topic
    of its own that may make it another's: "the next round of talks is scheduled for May", "a summit will be held in
    2027", not "the next round of climate talks" (word class meeting_setting_verbs)."""
    noun = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ == "NOUN" \
        else token
    topics = [c for w in {noun, token} for c in w.children if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")]
    return not topics and noun.dep_ in ("nsubj", "nsubjpass") \
        and noun.head.lemma_.lower() in word_class("meeting_setting_verbs")


def _fills_the_pair(token: Any, entry: Trigger, status: str, heading: bool) -> bool:
    """Whether an entry with flag pairfill takes the sides the text leaves unnamed from the story: only acts told
    as done or set ("could consider whether to investigate" fills no pair), not in a section's heading
    ("Recognition of the Revolutionary Government, 1959." names what follows), and for flag pairsubj only as
    the subject of a clause told in the past."""
    if "pairfill" not in entry.flags or status not in ("occurred", "planned") or token.dep_ == "acl" or heading:
        return False
    return "pairsubj" not in entry.flags or (token.dep_ in ("nsubj", "nsubjpass") and _told_done(token.head))


def _told_done(verb: Any) -> bool:
    """A verb of an act told in the simple past ("followed", "was extended"; the parser may tag a past a
    participle)."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.lemma_.lower() == "be":
        return False  # "Recognition was the subject of debate": a copula tells what it was, no act
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and all(a.tag_ == "VBD" for a in auxes))


def _keep_the_pair(discourse: Discourse, pair_before: tuple[Any, Any] | None, told: list[Event]) -> None:
    """An act of three or more parties ("India joined Japan and Australia in the initiative") leaves "the two
    governments" the pair under discussion, if it is among the act's parties: its last pair is only the
    order the parties were listed in."""
    parties = {a.country for e in told for a in (e.source, e.target) if a.country}
    if pair_before is not None and len(parties) >= 3 and {a.country for a in pair_before} <= parties:
        discourse.pair = pair_before


def _dated_by_a_look_back(parsed: Any, picked: Any, token: Any) -> bool:
    """ "the king had died in 1760, and his successor was more amenable to ending the war": a time of another
    clause, told in the past perfect."""
    if picked is None:
        return False
    clause = parsed[anchoring.clause_of(parsed[anchoring.token_of(parsed, picked.start)])]
    return clause.i != anchoring.clause_of(token) and scene.told_in_past_perfect(clause)


# relations established or restored set the pair whose missions later acts are of (not relations severed)
_BONDING = frozenset({"SUPPORT", "COOPERATE", "CONSULT"})


def _a_mission_act(entry: Trigger) -> bool:
    """A legation or embassy opened, raised, closed, or an envoy's credentials (a diplomatic entry whose
    place names the host): its other side is the host of the mission, not whoever the story named last."""
    return entry.context == "diplomatic" and "place" in entry.flags


_RECOGNITION = "054"  # the CAMEO code of diplomatic recognition: of a land as a state, whoever holds it


def _event(ctx: DocumentContext, sent: SentenceView, match: TriggerMatch, source: ActorRef, target: ActorRef,
           reciprocal: bool, status: str, when: DateSpan, warning: str | None) -> Event | None:
    """The event one pair of parties gives, or None when it is no act between states."""
    t, parsed, entry = sent.t, sent.parsed, match.entry
    src, tgt = state_at(source.actor, when), state_at(target.actor, when)
    if entry.cameo == _RECOGNITION and held_by_another(target.actor, when) \
            and not territories().get(target.actor.country or ""):
        # "acknowledged Philippine independence" in 1896: the Philippines', though Spain still held them
        tgt = target.actor
    if src.country and src.country == tgt.country and not _group_and_its_state(source, target, src, tgt, entry):
        return None
    if src.sector in PRIVATE_SECTORS or (tgt.sector in PRIVATE_SECTORS and entry.event_type not in _ON_PRIVATE
                                         and not (entry.mode in _FREEING_MODES and tgt.sector == "CVL")):
        # but a state seizing, attacking or sanctioning another's citizens or firms acts against that state, and
        # so does one releasing them ("freed five American citizens")
        return None
    row = cameo_entry(entry.cameo)
    context = [c for c in (entry.context or ",".join(row.context)).split(",") if c]
    if "military" not in context and "MIL" in (src.sector, tgt.sector):
        context.append("military")
    first, last = min(match.tokens), max(match.tokens)
    t_start = t.sentence.start + parsed[first].idx
    t_end = t.sentence.start + parsed[last].idx + len(parsed[last].text)
    confidence = 0.8 if {source.via, target.via} == {"parse"} else 0.55
    if when.basis == "explicit":
        confidence += 0.1
    return Event(
        id=event_id(ctx.doc.id, t.sentence.index, t_start, t_end, f"{src.code}>{tgt.code}"),
        doc_id=ctx.doc.id, source=src, target=tgt, event_type=entry.event_type,
        trigger=" ".join(parsed[i].text for i in match.tokens), date=when,
        evidence=Evidence(t.sentence.index, t.sentence.start, t.sentence.end, t.sentence.text),
        reciprocal=reciprocal, mode=entry.mode or row.mode, context=context,
        cameo=entry.cameo, goldstein=row.goldstein, quad_class=row.quad_class, status=status,
        references=ctx.cited(t), confidence=min(confidence, 0.95), warnings=[warning] if warning else [],
        nominal=entry.pos == "N",
        indefinite=entry.pos == "N" and parsed[match.token].dep_ not in ("attr", "appos") and any(
            c.dep_ == "det" and c.lower_ in word_class("indefinite_determiners") for c in parsed[match.token].children),
        additional=_told_as_additional(parsed[match.token]), at=match.token, within=match.within,
        # told again in a clause of background ("After X invaded Y, ..."); not an act done to a definite noun, to "it"
        # or told in the past perfect ("Japan signed it", "had signed the Outer Space Treaty too" are as often new acts)
        recalled=entry.pos == "V" and back_reference(parsed[match.token]) in ("clause", "reminder"),
    )


def _told_as_additional(token: Any) -> bool:
    """ "Denmark also agreed to sell the islands": the clause tells one more act, not an earlier one again."""
    verb = token.head if token.dep_ in ("dobj", "nsubj", "nsubjpass") else token  # "also signed a deal"
    return verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "advmod" and c.lower_ in word_class("additive_adverbs") for c in verb.children)


def code_named_laws(ctx: DocumentContext, story: Story, sent: SentenceView, time: Narrative) -> None:
    """Record the laws of the table (laws.py) the sentence tells being made: an act of the law's maker towards each
    state it is aimed at, once per document."""
    published = ctx.doc.published
    for token in sent.parsed:
        law = named_law(token)
        words = told_as_made(token) if law is not None else None
        if law is None or words is None or judge(sent.parsed[words[-1]]) != "occurred" \
                or (published is not None and law.year > published.year) or _made_by_another(sent, token, words, law):
            continue  # (a law not yet made when the text was written is no act told: "lobbied against its passage")
        match = TriggerMatch(token.i, law_entry(token, law), tuple(sorted(words)))
        # (dated by the words that tell its making, "the Act, which became law on May 5", or by its own, "the Act of
        # May 1892")
        told = [act_dates(ctx, sent, replace(match, token=i), Arguments(), "occurred", time)
                for i in (words[-1], token.i)]
        when = law_year(law, [d.spans.get(d.first) for d in told])
        for maker, target in parties(law):
            if any(e.source.country == maker.country and e.target.country == target.country
                   and e.event_type == law.event_type and e.date.start and e.date.start.year == law.year
                   for e in story.events):
                continue  # told before, or coded by the words of the sentence ("passed the Act, which imposed ...")
            _store(ctx, story, sent, match, ActorRef(maker, token.i, "anaphor", "discourse"),
                   ActorRef(target, token.i, "anaphor", "discourse"), False, "occurred", when, None, False)


def _made_by_another(sent: SentenceView, noun: Any, words: tuple[int, ...], law: NamedLaw) -> bool:
    """ "Canada passed its own Magnitsky Act", "the Canadian Magnitsky Act": a state other than the table's maker (and
    its targets) named as the one making the law, or with the law's name, made a law of that kind of its own."""
    verb = sent.parsed[words[-1]]
    told = {w.i for w in noun.subtree if w.i < noun.i} | {
        w.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "agent") for w in c.subtree}
    own = {law.maker, *law.targets}
    return any(r.token in told and r.actor.country and r.actor.country not in own for r in sent.named)
