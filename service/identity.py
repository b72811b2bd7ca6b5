"""Stable identity of an event: canonical URL, content fingerprint and the UUIDv5 event id."""

from __future__ import annotations

import hashlib
import re
import uuid
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Namespace for event ids; fixed forever so that reprocessing yields the same ids.
EVENT_NAMESPACE = uuid.UUID("5b0f7c1e-2d7a-5c43-9a39-7f1f0c9a1b52")
_NAMESPACE_BYTES = EVENT_NAMESPACE.bytes

# Query parameters that identify a campaign or a click, never the page itself.
_TRACKING_PREFIXES = ("utm_", "mc_", "pk_", "hsa_")
_TRACKING_PARAMS = frozenset(
    {"fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "ref", "ref_src", "cmpid", "ocid"}
)


# A URL that is canonical as it stands but for a missing path: http(s), a lower-case host name, no
# port, no user, no query, no fragment, and no character that `urlsplit` removes or splits on.
# Most feeds' URLs look like this; they skip `urlsplit`/`urlunsplit` (~5 us a URL).
_PLAIN_URL = re.compile(
    r"https?://[a-z0-9-]+(?:\.[a-z0-9-]+)*"  # scheme and host
    r"(/[!$&'()*+,\-./0-9:;=@A-Z_a-z~%]*)?"  # path
)


def canonical_url(url: str | None) -> str | None:
    """Lower-case scheme and host, drop default ports, tracking parameters and the fragment."""
    if url is None or not url.strip():
        return None
    plain = _PLAIN_URL.fullmatch(url)
    if plain is not None:
        return url if plain.group(1) else f"{url}/"
    return _rebuilt_url(url.strip())


def _rebuilt_url(url: str) -> str:
    """`canonical_url` of any URL, taken apart and put together again."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").rstrip(".")
    port = (
        parts.port
        if parts.port and (scheme, parts.port) not in {("http", 80), ("https", 443)}
        else None
    )
    netloc = f"{host}:{port}" if port else host
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if k.lower() not in _TRACKING_PARAMS and not k.lower().startswith(_TRACKING_PREFIXES)
    ]
    return urlunsplit((scheme, netloc, parts.path or "/", urlencode(query), ""))


def body_sha256(body: list[str]) -> str:
    """SHA-256 of the normalised body, paragraphs joined by newlines."""
    return hashlib.sha256("\n".join(body).encode("utf-8")).hexdigest()


def event_id(source: str, url: str | None, sha256: str) -> str:
    """UUIDv5 over (source, canonical URL), or (source, content fingerprint) without a URL.

    `str(uuid.uuid5(...))` spelled out on the digest: the `UUID` object it builds and prints
    through an integer costs twice the hashing (tests compare both forms).
    """
    name = f"{source}\x1f{url}" if url else f"{source}\x1fsha256:{sha256}"
    digest = bytearray(hashlib.sha1(_NAMESPACE_BYTES + name.encode("utf-8")).digest()[:16])
    digest[6] = digest[6] & 0x0F | 0x50  # version 5
    digest[8] = digest[8] & 0x3F | 0x80  # RFC 4122 variant
    hexa = digest.hex()
    return f"{hexa[:8]}-{hexa[8:12]}-{hexa[12:16]}-{hexa[16:20]}-{hexa[20:]}"
