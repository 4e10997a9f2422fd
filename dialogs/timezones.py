"""Finding a person's IANA time zone from what they type: "Europe/Berlin", "berlin",
"New York", "sao paulo", or a country or nickname listed in ``data/timezone_aliases.toml``.

Every answer is validated with :mod:`zoneinfo`; nothing here guesses silently between two
equally good zones (the first city match in the IANA list wins, which is the canonical one).
"""

from __future__ import annotations

import tomllib
import unicodedata
import zoneinfo
from datetime import datetime
from functools import cache
from pathlib import Path

_ALIASES_FILE = Path(__file__).parent / "data" / "timezone_aliases.toml"


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.replace("_", " ").replace("-", " ").replace(".", " ").split())


@cache
def _index() -> dict[str, str]:
    """Folded names -> zone: full names, their city part, and the aliases file."""
    index: dict[str, str] = {}
    zones = sorted(zoneinfo.available_timezones())
    for zone in zones:
        index.setdefault(_fold(zone), zone)
    for zone in zones:
        if "/" in zone and not zone.startswith(("Etc/", "SystemV/", "US/")):
            index.setdefault(_fold(zone.rsplit("/", 1)[1]), zone)
    with _ALIASES_FILE.open("rb") as handle:
        aliases: dict[str, str] = tomllib.load(handle)["aliases"]
    for alias, zone in aliases.items():
        index[_fold(alias)] = zone
    return index


def is_valid(zone: str | None) -> bool:
    if not zone:
        return False
    try:
        zoneinfo.ZoneInfo(zone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return False
    return True


def resolve(text: str) -> str | None:
    """The IANA zone the person most likely means, or None."""
    cleaned = text.strip()
    if not cleaned or len(cleaned) > 80:
        return None
    if "/" in cleaned and is_valid(cleaned):
        return cleaned
    zone = _index().get(_fold(cleaned))
    return zone if zone is not None and is_valid(zone) else None


def local_time(zone: str, now: datetime) -> str:
    """The clock time in ``zone`` at the aware instant ``now``, as HH:MM."""
    return now.astimezone(zoneinfo.ZoneInfo(zone)).strftime("%H:%M")
