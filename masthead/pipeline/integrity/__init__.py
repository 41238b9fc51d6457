"""Integrity checks on article text: injected spam (see `injection`)."""

from masthead.pipeline.integrity.injection import (
    CleanResult,
    Injection,
    PhraseLearner,
    find_injections,
)

__all__ = ["CleanResult", "Injection", "PhraseLearner", "find_injections"]
