"""Stable dead-letter error codes and the exception the pure core raises for bad input."""

from enum import StrEnum


class ErrorCode(StrEnum):
    """Why an input could not become an enriched event. Values are a public contract."""

    INVALID_ENCODING = "invalid_encoding"
    INVALID_JSON = "invalid_json"
    SCHEMA_VIOLATION = "schema_violation"
    EMPTY_BODY = "empty_body"
    TOO_LARGE = "too_large"
    UNSUPPORTED_CONTENT = "unsupported_content"
    PROCESSING_ERROR = "processing_error"


class Stage(StrEnum):
    """Pipeline stage in which a failure happened (the `error.stage` header)."""

    DECODE = "decode"
    VALIDATE = "validate"
    NORMALIZE = "normalize"
    ENRICH = "enrich"
    SERIALIZE = "serialize"


class BulletinError(Exception):
    """A bulletin that cannot be processed, with a stable code and a message naming the cause."""

    def __init__(self, code: ErrorCode, message: str, stage: Stage) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.stage = stage
