"""Tests of the packaged CAMEO and PLOVER tables."""

from __future__ import annotations

import pytest

from detente.ontology import (
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
from detente.ontology.tables import _defaults

DESIGN_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")

# defaults whose table type differs on purpose (see the header of defaults.tsv)
DEFAULT_EXCEPTIONS = {"163": "COERCE"}


def test_visit_row() -> None:
    entry = cameo("042")
    assert (entry.plover, entry.mode, entry.goldstein, entry.quad_class) == ("CONSULT", "visit", 1.9, 1)
    assert entry.label == "Make a visit"


def test_conventional_force_row() -> None:
    entry = cameo("190")
    assert (entry.plover, entry.goldstein, entry.quad_class) == ("ASSAULT", -10.0, 4)
    assert entry.context == ("military",)


def test_four_digit_code_keeps_leading_zero_and_context() -> None:
    entry = cameo("0312")
    assert entry.plover == "AGREE" and entry.context == ("military",)
    assert entry.goldstein == 5.2


def test_multiple_contexts_are_split() -> None:
    assert cameo("1124").context == ("military", "legal")


@pytest.mark.parametrize("code,quad", [("010", 1), ("057", 1), ("062", 2), ("085", 2), ("0874", 2),
                                       ("090", 3), ("112", 3), ("138", 3), ("145", 4), ("163", 4),
                                       ("190", 4), ("2042", 4)])
def test_quad_classes(code: str, quad: int) -> None:
    assert quad_class(code) == quad


def test_unknown_code_raises_clear_key_error() -> None:
    with pytest.raises(KeyError, match="unknown CAMEO event code '999'"):
        cameo("999")
    with pytest.raises(KeyError):
        cameo("42")  # codes are strings with their leading zero


def test_codes_missing_from_some_tables_are_filled() -> None:
    # 106, 1213 and 1214 are absent from CAMEO.eventcodes.txt; 1213/1214 also lack a GDELT value
    assert cameo("106").label == "Demand meeting, negotiation" and cameo("106").plover == "REQUEST"
    assert cameo("1214").goldstein == cameo("121").goldstein
    assert cameo("1213").plover == "REJECT"


def test_appeals_mirror_demands_and_statements_have_no_plover_type() -> None:
    assert (cameo("0232").plover, cameo("0232").mode, cameo("0232").context) == \
        ("REQUEST", "assist", ("military",))
    assert cameo("010").plover is None and cameo("010").context == ()


def test_table_is_complete_and_consistent() -> None:
    codes = cameo_codes()
    assert len(codes) == 313 and len(set(codes)) == len(codes)
    for code in codes:
        entry = cameo(code)
        assert entry.quad_class in (1, 2, 3, 4) and -10.0 <= entry.goldstein <= 10.0
        assert entry.plover is None or entry.plover in DESIGN_TYPES
        assert code.startswith("01") or entry.plover is not None


def test_goldstein_is_gdelt_choice() -> None:
    # ICEWS gives 016 -5.0 and 164 -6.5; the GDELT table, which detente uses, -2.0 and -7.0
    assert goldstein("016") == -2.0 and goldstein("164") == -7.0


def test_plover_types_are_design_types() -> None:
    assert plover_types() == DESIGN_TYPES
    assert all(definition(t) for t in DESIGN_TYPES)


def test_intensity() -> None:
    assert intensity("ACCUSE") == -3.0  # printed +3 in PLOVER_scores.tsv
    assert intensity("CONSULT", "visit") == 4.0
    assert intensity("CONSULT", "Visit") == 4.0
    assert intensity("ASSAULT", "massacre") == intensity("ASSAULT") == -9.0  # unscored mode
    assert intensity("AID") == 10.0
    assert "visit" in plover_modes("CONSULT")
    with pytest.raises(KeyError):
        intensity("FIGHT")


@pytest.mark.parametrize("args,code", [(("CONSULT", "visit"), "042"), (("AID",), "070"),
                                       (("ASSAULT",), "190"), (("SANCTION",), "163"),
                                       (("COOPERATE", None, "military"), "062"),
                                       (("AGREE", None, "military"), "0312"),
                                       (("RETREAT", None, "economic"), "085"),
                                       (("CONSULT", "unknown-mode"), "040")])
def test_default_cameo(args: tuple, code: str) -> None:
    assert default_cameo(*args) == code


def test_every_default_has_its_type_in_the_table() -> None:
    for (event_type, _mode, _context), code in _defaults().items():
        assert event_type in DESIGN_TYPES
        expected = DEFAULT_EXCEPTIONS.get(code, event_type)
        assert cameo(code).plover == expected, (event_type, code)
    for event_type in DESIGN_TYPES:
        code = default_cameo(event_type)
        assert cameo(code).plover == DEFAULT_EXCEPTIONS.get(code, event_type)
