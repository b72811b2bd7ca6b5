"""64-bit simhash of a body over overlapping word shingles.

Hand-written because the simhash packages on PyPI are pure-Python per-bit loops or unmaintained;
this one hashes each word once (CRC-32, stable across processes unlike `hash()`), mixes word
hashes into 64-bit shingle hashes and counts the bits with numpy, so a seed-sized body costs tens of
microseconds.
"""

from __future__ import annotations

import zlib

import numpy as np

SHINGLE = 3
# splitmix64 constants: spread CRC-32 values over all 64 bits
_M1, _M2, _GOLDEN = (
    np.uint64(0xBF58476D1CE4E5B9),
    np.uint64(0x94D049BB133111EB),
    np.uint64(0x9E3779B97F4A7C15),
)


def _mix(values: np.ndarray) -> np.ndarray:
    z = values + _GOLDEN
    z = (z ^ (z >> np.uint64(30))) * _M1
    z = (z ^ (z >> np.uint64(27))) * _M2
    return z ^ (z >> np.uint64(31))


def simhash(paragraphs: list[str]) -> int | None:
    """The simhash of the text's lower-cased word shingles (None when it has no words)."""
    # splitting the UTF-8 bytes hands crc32 its input without one encode() per word
    words = " ".join(paragraphs).lower().encode().split()
    if not words:
        return None
    with np.errstate(over="ignore"):
        hashes = _mix(np.fromiter(map(zlib.crc32, words), dtype=np.uint64, count=len(words)))
        if len(hashes) >= SHINGLE:
            count = len(hashes) - SHINGLE + 1
            shingles = hashes[:count].copy()
            for offset in range(1, SHINGLE):
                shingles = _mix(shingles ^ hashes[offset : count + offset])
            hashes = shingles
    # bit k of every hash is column k (little-endian bytes, least significant bit first); the
    # majority vote per column packs back into the 64-bit answer the same way
    bits = np.unpackbits(hashes.astype("<u8").view(np.uint8), bitorder="little").reshape(-1, 64)
    votes = bits.sum(axis=0, dtype=np.int32) * 2 > len(hashes)
    return int(np.packbits(votes, bitorder="little").view("<u8")[0])
