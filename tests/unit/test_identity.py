"""Event identity: the shortcuts for plain URLs and for the UUID agree with the general forms."""

import uuid
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from service.identity import EVENT_NAMESPACE, _rebuilt_url, canonical_url, event_id

URLS = [
    "https://news.example.org/world/2026/03/04/story-1.html",
    "http://example.org",
    "https://example.org/",
    "https://example.org//double//slashes/",
    "https://example.org/a:b@c/%20x;p=1,~(y)!$&'*+",
    "https://EXAMPLE.org/Path",
    "HTTPS://example.org/x",
    "https://example.org:443/x",
    "http://example.org:8080/x",
    "https://example.org./x",
    "https://user:pw@example.org/x",
    "https://example.org/x?utm_source=feed&id=3",
    "https://example.org/x?",
    "https://example.org/x#top",
    "https://example.org/x\ty",
    "https://example.org/é",
    "https://[::1]/x",
    "ftp://example.org/x",
    "example.org/x",
    " https://example.org/x ",
]

URL_CHARACTERS = st.sampled_from([*"aZ09.-_~/:@?#&=%;,+!$'()* \t[]é", "utm_", "ref"])


def _outcome(canonical: Callable[[str], str | None], url: str) -> str | None:
    """The canonical URL, or the error it raises (`urlsplit` rejects broken hosts and ports)."""
    try:
        return canonical(url)
    except ValueError as exc:
        return f"ValueError: {exc}"


def _same_as_rebuilt(url: str) -> None:
    assert _outcome(canonical_url, url) == _outcome(_rebuilt_url, url.strip())


@pytest.mark.parametrize("url", URLS)
def test_plain_urls_come_out_as_taken_apart_and_put_together(url: str) -> None:
    _same_as_rebuilt(url)


@given(st.sampled_from(["http://", "https://", "HTTP://", ""]), st.lists(URL_CHARACTERS))
def test_any_url_comes_out_as_taken_apart_and_put_together(scheme: str, rest: list[str]) -> None:
    url = scheme + "".join(rest)
    if url.strip():
        _same_as_rebuilt(url)


def test_plain_url_gets_a_path() -> None:
    assert canonical_url("https://example.org") == "https://example.org/"


@pytest.mark.parametrize(
    ("source", "url", "sha"),
    [
        ("sana-en", "https://sana.sy/en/?p=123", "ab" * 32),
        ("ansa", None, "cd" * 32),
        ("ذ", "https://example.org/é", ""),
    ],
)
def test_event_id_is_the_uuid5_of_source_and_url_or_fingerprint(
    source: str, url: str | None, sha: str
) -> None:
    name = f"{source}\x1f{url}" if url else f"{source}\x1fsha256:{sha}"
    assert event_id(source, url, sha) == str(uuid.uuid5(EVENT_NAMESPACE, name))
