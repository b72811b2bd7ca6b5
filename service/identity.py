"""Stable identity of an event: canonical URL, content fingerprint and the UUIDv5 event id."""

from __future__ import annotations

import hashlib
import uuid
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Namespace for event ids; fixed forever so that reprocessing yields the same ids.
EVENT_NAMESPACE = uuid.UUID("5b0f7c1e-2d7a-5c43-9a39-7f1f0c9a1b52")

# Query parameters that identify a campaign or a click, never the page itself.
_TRACKING_PREFIXES = ("utm_", "mc_", "pk_", "hsa_")
_TRACKING_PARAMS = frozenset(
    {"fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "ref", "ref_src", "cmpid", "ocid"}
)


def canonical_url(url: str | None) -> str | None:
    """Lower-case scheme and host, drop default ports, tracking parameters and the fragment."""
    if url is None or not url.strip():
        return None
    parts = urlsplit(url.strip())
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
    """UUIDv5 over (source, canonical URL), or (source, content fingerprint) without a URL."""
    name = f"{source}\x1f{url}" if url else f"{source}\x1fsha256:{sha256}"
    return str(uuid.uuid5(EVENT_NAMESPACE, name))
