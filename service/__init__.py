"""bulletin-enricher: raw news bulletins in, validated and enriched events out."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("bulletin-enricher")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+local"
