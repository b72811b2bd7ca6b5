"""Bytes to a validated `RawBulletin`, or a `BulletinError` with a stable code.

Pure: the value bytes, headers and record metadata in; a model out. No I/O.
"""

from __future__ import annotations

from datetime import datetime

import orjson
from pydantic import ValidationError

from service.contracts import RawBulletin
from service.errors import BulletinError, ErrorCode, Stage
from service.records import InputRecord

DEFAULT_MAX_INPUT_BYTES = 2 * 1024 * 1024

# Content types a scraper may declare in a `content-type` header that we know how to read.
_TEXT_TYPES = ("text/plain", "text/html", "application/json", "application/xhtml+xml")
# Leading bytes of binary formats scrapers sometimes publish by mistake.
_BINARY_MAGIC = (b"%PDF-", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"PK\x03\x04", b"\x1f\x8b")


def decode(record: InputRecord, max_bytes: int = DEFAULT_MAX_INPUT_BYTES) -> RawBulletin:
    """Decode and validate one input value (JSON envelope or plain text with header metadata)."""
    value = record.value
    # `isspace` stops at the first other byte where `strip` would copy the whole value.
    if not value or value.isspace():
        raise BulletinError(ErrorCode.EMPTY_BODY, "record value is empty", Stage.DECODE)
    if len(value) > max_bytes:
        raise BulletinError(
            ErrorCode.TOO_LARGE,
            f"record value is {len(value)} bytes, above the limit of {max_bytes}",
            Stage.DECODE,
        )
    _check_content_type(record, value)
    if value.startswith(b"{"):
        # A JSON envelope, as nearly every record is: orjson checks the UTF-8 as it parses, so
        # no decoded copy of the value is made. A failure is named by the steps below (the
        # encoding or the JSON).
        try:
            return _validate(orjson.loads(value))
        except orjson.JSONDecodeError:
            pass
    text = _utf8(value)
    if text.lstrip().startswith("{") or _declared_json(record):
        return _from_json(value)
    return _from_plain_text(text, record)


def _check_content_type(record: InputRecord, value: bytes) -> None:
    declared = record.header("content-type")
    if declared is not None:
        mime = declared.decode("latin-1").split(";")[0].strip().lower()
        if mime and mime not in _TEXT_TYPES:
            raise BulletinError(
                ErrorCode.UNSUPPORTED_CONTENT,
                f"content-type {mime!r} is not supported (plain text, HTML or JSON)",
                Stage.DECODE,
            )
    if value.startswith(_BINARY_MAGIC) or value.find(b"\x00", 0, 4096) != -1:
        raise BulletinError(
            ErrorCode.UNSUPPORTED_CONTENT,
            "record value is binary data, not a text, HTML or JSON bulletin",
            Stage.DECODE,
        )


def _declared_json(record: InputRecord) -> bool:
    declared = record.header("content-type")
    return declared is not None and b"json" in declared.lower()


def _utf8(value: bytes) -> str:
    try:
        return value.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BulletinError(
            ErrorCode.INVALID_ENCODING,
            f"record value is not valid UTF-8 (byte {exc.start}: {exc.reason})",
            Stage.DECODE,
        ) from None


def _from_json(value: bytes) -> RawBulletin:
    try:
        data = orjson.loads(value)
    except orjson.JSONDecodeError as exc:
        raise BulletinError(
            ErrorCode.INVALID_JSON, f"record value is not valid JSON: {exc}", Stage.DECODE
        ) from None
    if not isinstance(data, dict):
        raise BulletinError(
            ErrorCode.SCHEMA_VIOLATION,
            f"bulletin.raw/v1 must be a JSON object, got {type(data).__name__}",
            Stage.VALIDATE,
        )
    return _validate(data)


def _from_plain_text(text: str, record: InputRecord) -> RawBulletin:
    data: dict[str, object] = {"text": text}
    for name in ("source", "url", "fetched_at", "published_at", "language"):
        raw = record.header(name)
        if raw is not None:
            data[name] = raw.decode("utf-8", errors="replace")
    if "source" not in data:
        raise BulletinError(
            ErrorCode.SCHEMA_VIOLATION,
            "field 'source': a plain-text bulletin needs a 'source' record header",
            Stage.VALIDATE,
        )
    return _validate(data)


def _validate(data: dict[str, object]) -> RawBulletin:
    try:
        return RawBulletin.model_validate(data)
    except ValidationError as exc:
        raise BulletinError(ErrorCode.SCHEMA_VIOLATION, _describe(exc), Stage.VALIDATE) from None


def _describe(exc: ValidationError) -> str:
    """One line naming each offending field, e.g. "field 'source': Field required"."""
    parts = []
    for error in exc.errors(include_url=False)[:5]:
        where = ".".join(str(p) for p in error["loc"]) or "bulletin"
        parts.append(f"field {where!r}: {error['msg']}")
    return "; ".join(parts)


def reference_time(raw: RawBulletin, record: InputRecord) -> datetime | None:
    """The moment relative dates resolve against: published_at, else fetched_at, else the record."""
    return raw.published_at or raw.fetched_at or record.timestamp
