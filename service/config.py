"""Service configuration from the environment (prefix `BULLETINS_`), validated at start-up."""

from __future__ import annotations

import ssl
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from service.decode import DEFAULT_MAX_INPUT_BYTES

SecurityProtocol = Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"]
SaslMechanism = Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"]
Compression = Literal["none", "gzip", "snappy", "lz4", "zstd"]
TopicName = Annotated[str, Field(min_length=1, max_length=249, pattern=r"^[A-Za-z0-9._-]+$")]


class ConfigError(Exception):
    """The configuration is invalid; the message is one line naming each bad setting."""


class Settings(BaseSettings):
    """Every setting of `bulletins run`; each is read from `BULLETINS_<NAME>`."""

    model_config = SettingsConfigDict(env_prefix="BULLETINS_", extra="ignore", frozen=True)

    kafka_bootstrap_servers: str = Field(
        min_length=1, description="Comma-separated host:port list of Kafka brokers (required)."
    )
    group_id: str = Field("bulletin-enricher", min_length=1, description="Consumer group id.")
    client_id: str = Field("bulletin-enricher", min_length=1, description="Kafka client id.")
    input_topic: TopicName = Field("bulletins.raw", description="Topic of raw bulletins.")
    output_topic: TopicName = Field("bulletins.enriched", description="Topic of enriched events.")
    dlq_topic: TopicName = Field("bulletins.dlq", description="Topic of dead letters.")
    duplicates_topic: TopicName = Field(
        "bulletins.duplicates", description="Topic of events that duplicate an earlier body."
    )
    dedup_changelog_topic: TopicName = Field(
        "bulletins.dedup-changelog",
        description="Changelog of the duplicate index: one partition per input partition.",
    )
    # The duplicate index's own defaults (a unit test keeps them equal): importing them would
    # load the whole enrich package for every CLI command.
    dedup_capacity: int = Field(
        10_000, ge=1, description="Bodies the duplicate index keeps per input partition."
    )
    dedup_window_s: float = Field(
        3 * 24 * 3600.0,
        gt=0,
        description="Two bodies further apart in time than this are never duplicates.",
    )
    dedup_restore_timeout_s: float = Field(
        60.0,
        gt=0,
        description="Bound on replaying the changelog when partitions are assigned.",
    )
    metrics_host: str = Field("0.0.0.0", description="Address of the HTTP server.")
    metrics_port: int = Field(
        9108, ge=0, le=65535, description="Port of /metrics, /healthz, /readyz (0: any free)."
    )

    security_protocol: SecurityProtocol = Field("PLAINTEXT", description="Kafka security.")
    sasl_mechanism: SaslMechanism | None = Field(None, description="PLAIN or SCRAM-SHA-256/512.")
    sasl_username: str | None = Field(None, description="SASL user name.")
    sasl_password: SecretStr | None = Field(None, description="SASL password.")
    ssl_cafile: Path | None = Field(None, description="CA bundle (PEM) to verify the brokers.")
    ssl_certfile: Path | None = Field(None, description="Client certificate (PEM) for mTLS.")
    ssl_keyfile: Path | None = Field(None, description="Client private key (PEM) for mTLS.")
    ssl_key_password: SecretStr | None = Field(None, description="Password of the client key.")

    # Kafka-normal defaults; tests and the demo use 2000/500 so that joins take ~1-2 s.
    session_timeout_ms: int = Field(45_000, ge=1000, description="Consumer group session.")
    heartbeat_interval_ms: int = Field(3_000, ge=100, description="Consumer heartbeat interval.")
    max_poll_interval_ms: int = Field(300_000, ge=1000, description="Max time between fetches.")
    request_timeout_ms: int = Field(
        30_000, ge=1000, description="Broker request timeout; an unacknowledged publish fails."
    )
    # One batch is fetched, processed, published, acknowledged and committed before the next is
    # processed: it bounds in-flight work; fetch_max_bytes bounds what the client prefetches.
    batch_max_records: int = Field(
        500, ge=1, description="Records processed and in flight at once (backpressure bound)."
    )
    fetch_max_bytes: int = Field(
        16 * 1024 * 1024, ge=1024, description="Bytes the consumer prefetches per request."
    )
    linger_ms: int = Field(5, ge=0, description="Producer linger (batching of outcomes).")
    compression: Compression = Field("none", description="Compression of published outcomes.")
    max_input_bytes: int = Field(
        DEFAULT_MAX_INPUT_BYTES, ge=1, description="Larger inputs are dead-lettered (too_large)."
    )
    max_request_size: int = Field(
        8 * 1024 * 1024, ge=1024, description="Producer request limit; above the largest record."
    )
    drain_deadline_s: float = Field(
        10.0, gt=0, description="Seconds to finish in-flight work on SIGTERM/SIGINT."
    )
    backoff_initial_s: float = Field(0.5, gt=0, description="First retry delay after a failure.")
    backoff_max_s: float = Field(30.0, gt=0, description="Cap of the exponential retry delay.")
    create_topics: bool = Field(False, description="Create missing topics instead of failing.")
    topic_partitions: int = Field(6, ge=1, description="Partitions of topics created here.")
    topic_replication_factor: int = Field(
        3, ge=1, description="Replication factor of topics created here."
    )
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = Field("INFO", description="Logs.")

    @field_validator("kafka_bootstrap_servers")
    @classmethod
    def _host_ports(cls, value: str) -> str:
        for server in value.split(","):
            host, _, port = server.strip().rpartition(":")
            if not host or not port.isdigit():
                raise ValueError(f"{server.strip()!r} is not host:port")
        return value

    @model_validator(mode="after")
    def _consistent(self) -> Settings:
        if self.security_protocol.startswith("SASL"):
            if self.sasl_mechanism is None:
                raise ValueError(f"SASL_MECHANISM is required with {self.security_protocol}")
            if not self.sasl_username or self.sasl_password is None:
                raise ValueError("SASL_USERNAME and SASL_PASSWORD are required with SASL")
        for name in ("ssl_cafile", "ssl_certfile", "ssl_keyfile"):
            path = getattr(self, name)
            if path is not None and not path.is_file():
                raise ValueError(f"{name.upper()}: no such file: {path}")
        if (self.ssl_certfile is None) != (self.ssl_keyfile is None):
            raise ValueError("SSL_CERTFILE and SSL_KEYFILE go together")
        if self.heartbeat_interval_ms * 3 > self.session_timeout_ms:
            raise ValueError("HEARTBEAT_INTERVAL_MS must be at most a third of SESSION_TIMEOUT_MS")
        if self.max_request_size <= self.max_input_bytes:
            raise ValueError("MAX_REQUEST_SIZE must exceed MAX_INPUT_BYTES (dead letters keep it)")
        if len(self.topics) != 5:
            raise ValueError(
                "the input, output, dlq, duplicates and dedup changelog topics must all differ"
            )
        return self

    @property
    def topics(self) -> set[str]:
        """The five topics the service reads and writes."""
        return {
            self.input_topic,
            self.output_topic,
            self.dlq_topic,
            self.duplicates_topic,
            self.dedup_changelog_topic,
        }

    def client_options(self) -> dict[str, Any]:
        """Connection and security options shared by aiokafka consumers, producers and admins."""
        options: dict[str, Any] = {
            "bootstrap_servers": self.kafka_bootstrap_servers,
            "client_id": self.client_id,
            "security_protocol": self.security_protocol,
            "request_timeout_ms": self.request_timeout_ms,
            "retry_backoff_ms": int(self.backoff_initial_s * 1000),
        }
        if self.security_protocol in ("SSL", "SASL_SSL"):
            options["ssl_context"] = self._ssl_context()
        if self.sasl_mechanism is not None and self.security_protocol.startswith("SASL"):
            assert self.sasl_password is not None  # checked by _consistent
            options["sasl_mechanism"] = self.sasl_mechanism
            options["sasl_plain_username"] = self.sasl_username
            options["sasl_plain_password"] = self.sasl_password.get_secret_value()
        return options

    def _ssl_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context(
            cafile=str(self.ssl_cafile) if self.ssl_cafile else None
        )
        if self.ssl_certfile is not None and self.ssl_keyfile is not None:
            password = self.ssl_key_password.get_secret_value() if self.ssl_key_password else None
            context.load_cert_chain(self.ssl_certfile, self.ssl_keyfile, password)
        return context


def load_settings(**overrides: Any) -> Settings:
    """Settings from the environment (and explicit overrides), or a one-line `ConfigError`."""
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        raise ConfigError(describe(exc)) from None


def describe(exc: ValidationError) -> str:
    """One line naming each bad setting by its environment variable."""
    parts = []
    for error in exc.errors(include_url=False):
        field = ".".join(str(p) for p in error["loc"])
        name = f"BULLETINS_{field.upper()}" if field else "configuration"
        message = str(error["msg"]).removeprefix("Value error, ")
        parts.append(f"{name}: {message}" if field else message)
    return "invalid configuration: " + "; ".join(parts)


def settings_help() -> str:
    """One line per setting (environment variable, default, meaning) for `--help`."""
    lines = []
    for name, field in Settings.model_fields.items():
        default = "required" if field.is_required() else f"default {field.default!r}"
        lines.append(f"  BULLETINS_{name.upper():<34} {field.description} ({default})")
    return "\n".join(lines)
