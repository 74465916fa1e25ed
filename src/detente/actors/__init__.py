"""Actors: gazetteers of countries, organisations, groups, places and leaders, and the matcher."""

from detente.actors.gazetteer import (
    ActorMention,
    Gazetteer,
    actor_of_code,
    default_gazetteer,
    find_actors,
    lookup,
    names_people,
)

__all__ = ["ActorMention", "Gazetteer", "actor_of_code", "default_gazetteer", "find_actors", "lookup", "names_people"]
