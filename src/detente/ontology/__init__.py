"""PLOVER and CAMEO tables and lookups (see :mod:`detente.ontology.tables`)."""

from detente.ontology.tables import (
    QUAD_CLASSES,
    CameoEntry,
    PloverMode,
    cameo,
    cameo_codes,
    default_cameo,
    definition,
    goldstein,
    intensity,
    plover_modes,
    plover_types,
    quad_class,
)

__all__ = [
    "QUAD_CLASSES",
    "CameoEntry",
    "PloverMode",
    "cameo",
    "cameo_codes",
    "default_cameo",
    "definition",
    "goldstein",
    "intensity",
    "plover_modes",
    "plover_types",
    "quad_class",
]
