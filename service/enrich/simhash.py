"""64-bit simhash of a body over overlapping word shingles.

Hand-written because the simhash packages on PyPI are pure-Python per-bit loops or unmaintained;
this one hashes each word once (CRC-32, stable across processes unlike `hash()`), mixes word
hashes into 64-bit shingle hashes and counts the bits with numpy, so a seed-sized body costs tens of
microseconds.
"""

from __future__ import annotations

import zlib

import numpy as np

from service.enrich.lowered import lowered

SHINGLE = 3
# splitmix64 constants: spread CRC-32 values over all 64 bits
_M1, _M2, _GOLDEN = (
    np.uint64(0xBF58476D1CE4E5B9),
    np.uint64(0x94D049BB133111EB),
    np.uint64(0x9E3779B97F4A7C15),
)
_S27, _S30, _S31 = np.uint64(27), np.uint64(30), np.uint64(31)
# a byte counts up to 255 set bits before it would carry into its neighbour
_ROWS_PER_SUM = 255


def _mix(z: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser, in place on a fresh array: at a few hundred words a ufunc costs
    its call, not its loop, and in-place steps allocate nothing (half the time of new arrays).
    Array arithmetic wraps silently, so no overflow warnings need silencing."""
    z += _GOLDEN
    z ^= z >> _S30
    z *= _M1
    z ^= z >> _S27
    z *= _M2
    z ^= z >> _S31
    return z


def simhash(paragraphs: list[str], text: str | None = None) -> int | None:
    """The simhash of the text's lower-cased word shingles (None when it has no words);
    `text` is `lowered(paragraphs)` when the caller has it already."""
    # splitting the UTF-8 bytes hands crc32 its input without one encode() per word
    words = (lowered(paragraphs) if text is None else text).encode().split()
    if not words:
        return None
    hashes = _mix(np.fromiter(map(zlib.crc32, words), dtype=np.uint64, count=len(words)))
    if len(hashes) >= SHINGLE:
        count = len(hashes) - SHINGLE + 1
        shingles = hashes[:count].copy()
        for offset in range(1, SHINGLE):
            shingles ^= hashes[offset : count + offset]
            _mix(shingles)
        hashes = shingles
    return _majority(hashes)


def _majority(hashes: np.ndarray) -> int:
    """The 64-bit value whose bit k is set when bit k is set in more than half of `hashes`."""
    # one byte per bit (little-endian, least significant bit first) read as eight 64-bit lanes
    # a row: summing rows adds all 64 bit columns at once, and blocks of 255 rows cannot carry
    # from one byte into the next; a column-wise sum over the bytes costs twice as much
    rows = len(hashes)
    bits = np.unpackbits(hashes.astype("<u8", copy=False).view(np.uint8), bitorder="little")
    blocks = np.add.reduceat(bits.view(np.uint64).reshape(rows, 8), range(0, rows, _ROWS_PER_SUM))
    counts = blocks.view(np.uint8).reshape(-1, 64).sum(axis=0)
    # more than half: for whole numbers, more than half rounded down
    return int(np.packbits(counts > rows // 2, bitorder="little").view("<u8")[0])
