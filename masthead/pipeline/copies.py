"""Near-duplicate detection: which articles are copies of one another.

Word shingles, MinHash signatures and locality-sensitive hashing: a copy that was trimmed,
re-titled or polluted with injected phrases still shares most of its 5-word shingles with the
original, while two outlets reporting the same event in their own words share almost none.
Pure functions over plain data, so the newsroom can index signatures however it stores them.
"""

from __future__ import annotations

import re
import struct
import zlib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

SHINGLE_WORDS = 5
PERMUTATIONS = 64
BANDS = 16  # 16 bands of 4 rows: pairs above ~0.5 Jaccard almost always meet in a band
ROWS = PERMUTATIONS // BANDS
COPY_THRESHOLD = 0.5
_MASK = (1 << 32) - 1
_WORD = re.compile(r"\w+", re.UNICODE)


# One-permutation MinHash (Li, Owen and Zhang 2012, densified by rotation as in Shrivastava
# and Li 2014): each shingle is hashed once, into one of PERMUTATIONS bins by its top bits, and
# each bin keeps its smallest value. That is one hash per shingle instead of one per shingle and
# permutation (64 times less work, which made signatures a fifth of `masthead inspect`'s time),
# with the same estimate: the share of equal bins is the texts' Jaccard similarity.
_MIX = 0x9E3779B97F4A7C15  # a fixed odd multiplier: signatures compare across processes
_MASK64 = (1 << 64) - 1
_BIN_SHIFT = 64 - (PERMUTATIONS.bit_length() - 1)
_EMPTY = 1 << 32


Signature = tuple[int, ...]


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[int]:
    """Hashes of the text's overlapping `size`-word runs (the whole text when it is shorter)."""
    tokens = words(text)
    if not tokens:
        return set()
    if len(tokens) <= size:
        return {zlib.crc32(" ".join(tokens).encode("utf-8"))}
    return {
        zlib.crc32(" ".join(tokens[i : i + size]).encode("utf-8"))
        for i in range(len(tokens) - size + 1)
    }


def signature(text: str) -> Signature:
    """The MinHash signature of `text` (PERMUTATIONS 32-bit values; empty text gives zeros)."""
    hashed = shingles(text)
    if not hashed:
        return (0,) * PERMUTATIONS
    bins = [_EMPTY] * PERMUTATIONS
    for value in hashed:
        mixed = (value * _MIX) & _MASK64
        slot = mixed >> _BIN_SHIFT
        low = (mixed >> 8) & _MASK
        if low < bins[slot]:
            bins[slot] = low
    # An empty bin borrows the next filled bin's value (to the right, wrapping round), shifted
    # by the distance, so two texts agree on it only when they agree on the bin it came from.
    filled = [slot for slot in range(PERMUTATIONS) if bins[slot] != _EMPTY]
    if len(filled) < PERMUTATIONS:
        result = list(bins)
        for slot in range(PERMUTATIONS):
            if bins[slot] == _EMPTY:
                distance = 1
                while bins[(slot + distance) % PERMUTATIONS] == _EMPTY:
                    distance += 1
                borrowed = bins[(slot + distance) % PERMUTATIONS]
                result[slot] = (borrowed + distance * 0x9E3779B1) & _MASK
        return tuple(result)
    return tuple(bins)


# Below this many words a text's shingles say little: a two-line brief is not called a copy.
MIN_WORDS = 40


def signature_bytes(text: str) -> bytes:
    """The stored form of the text's signature: empty for a text too short to call a copy."""
    if len(text.split()) < MIN_WORDS:
        return b""
    return encode(signature(text))


def similarity(first: Signature, second: Signature) -> float:
    """Estimated Jaccard similarity of the two texts' shingle sets."""
    if not any(first) or not any(second):
        return 0.0
    return sum(x == y for x, y in zip(first, second, strict=True)) / PERMUTATIONS


def encode(sig: Signature) -> bytes:
    return struct.pack("<%dI" % PERMUTATIONS, *sig)


def decode(data: bytes) -> Signature:
    return tuple(struct.unpack("<%dI" % PERMUTATIONS, data))


def band_keys(sig: Signature) -> list[str]:
    """One key per LSH band; texts sharing any key are candidate near-duplicates."""
    keys = []
    for band in range(BANDS):
        rows = sig[band * ROWS : (band + 1) * ROWS]
        keys.append("%d:%08x" % (band, zlib.crc32(struct.pack("<%dI" % ROWS, *rows))))
    return keys


class CopyIndex:
    """An in-memory LSH index of signatures, for batch work such as `masthead inspect`."""

    def __init__(self) -> None:
        self._signatures: dict[str, Signature] = {}
        self._buckets: dict[str, set[str]] = defaultdict(set)

    def add(self, key: str, sig: Signature) -> None:
        self._signatures[key] = sig
        for band in band_keys(sig):
            self._buckets[band].add(key)

    def near(self, sig: Signature, threshold: float = COPY_THRESHOLD) -> list[tuple[str, float]]:
        """Indexed keys whose texts are near-duplicates of `sig`, most similar first."""
        candidates: set[str] = set()
        for band in band_keys(sig):
            candidates |= self._buckets.get(band, set())
        scored = [(key, similarity(sig, self._signatures[key])) for key in candidates]
        return sorted(
            [(key, score) for key, score in scored if score >= threshold],
            key=lambda item: (-item[1], item[0]),
        )


@dataclass(frozen=True)
class Version:
    """One outlet's version of a text, as far as choosing the original is concerned."""

    key: str
    published: datetime | None
    authoritative: bool = False  # the source is one an editor marked as original


def pick_original(versions: Sequence[Version]) -> Version:
    """The original among near-duplicates: an authoritative source's, else the earliest.

    Undated versions come last: a scraper that hides its date does not win by it.
    """
    if not versions:
        raise ValueError("no versions to choose from")

    def rank(version: Version) -> tuple[int, int, float, str]:
        stamp = version.published.timestamp() if version.published else float("inf")
        return (0 if version.authoritative else 1, 0 if version.published else 1, stamp,
                version.key)

    return min(versions, key=rank)


def group_copies(items: Iterable[tuple[str, str]], threshold: float = COPY_THRESHOLD
                 ) -> list[set[str]]:
    """Groups (of two or more keys) of near-duplicate texts among (key, text) pairs."""
    index = CopyIndex()
    parent: dict[str, str] = {}

    def find(key: str) -> str:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    for key, text in items:
        sig = signature(text)
        parent[key] = key
        for other, _ in index.near(sig, threshold):
            parent[find(other)] = find(key)
        index.add(key, sig)
    groups: dict[str, set[str]] = defaultdict(set)
    for key in parent:
        groups[find(key)].add(key)
    return [group for group in groups.values() if len(group) > 1]
