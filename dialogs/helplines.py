"""Crisis helplines by country, loaded from ``dialogs/data/helplines.toml``.

The data file is the single source of truth: every entry carries the page its number was
confirmed from and the date of that check (see the file's header). This module only loads,
validates and looks up; wording lives in the bot's content files.

The file is read and validated once, at import, so a broken entry stops the bot at start-up
(and fails the tests) instead of failing in front of someone in crisis.

Country guessing (:func:`guess_country`) is a first guess only: the user confirms their
country with one tap elsewhere, and an unsure guess returns ``None`` so the bot asks.
"""

from __future__ import annotations

import dataclasses
import datetime
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Final

DATA_FILE: Final = Path(__file__).parent / "data" / "helplines.toml"

#: Code of the international fallback entry (findahelpline.com). "ZZ" is the ISO 3166
#: user-assigned code conventionally meaning "unknown", so every key is two upper-case letters.
INTERNATIONAL: Final = "ZZ"

#: System time zone table used, when present, to map zones missing from the table below.
#: zone.tab (not zone1970.tab) because it names exactly one country per zone; zone1970.tab
#: lists every country sharing a zone (Europe/Zurich is "CH,DE,LI"), which is no guess at all.
ZONE_TAB: Final = Path("/usr/share/zoneinfo/zone.tab")


class HelplineDataError(ValueError):
    """The helplines data file is missing, malformed or incomplete."""


@dataclass(frozen=True)
class Helpline:
    """One helpline entry: what to show, and where the number was confirmed."""

    country_code: str
    country: str
    helpline_name: str
    helpline: str
    phone: tuple[str, ...]
    text: str | None
    emergency: tuple[str, ...]
    url: str
    hours: str
    source: str
    last_checked: datetime.date
    verified_via: str
    youth: Helpline | None = None


_CODE = re.compile(r"[A-Z]{2}")
_PHONE = re.compile(r"\+?\d(?:[\d -]*\d)?")
_EMERGENCY = re.compile(r"\d{2,3}")
_STR_FIELDS = ("helpline_name", "helpline", "url", "hours", "source", "verified_via")
_COUNTRY_KEYS = frozenset(
    {"country", *_STR_FIELDS, "phone", "text", "emergency", "last_checked", "youth"}
)
#: A youth sub-table takes country and emergency from its parent.
_YOUTH_KEYS = _COUNTRY_KEYS - {"country", "emergency", "youth"}


def _fail(where: str, problem: str) -> HelplineDataError:
    return HelplineDataError(f"[{where}] {problem}")


def _string(table: Mapping[str, Any], key: str, where: str) -> str:
    value = table.get(key)
    if not isinstance(value, str) or not value.strip():
        raise _fail(where, f"{key!r} must be a non-empty string")
    return value


def _https(table: Mapping[str, Any], key: str, where: str) -> str:
    value = _string(table, key, where)
    if not value.startswith("https://") or any(c.isspace() for c in value):
        raise _fail(where, f"{key!r} must be an https:// URL, got {value!r}")
    return value


def _numbers(
    table: Mapping[str, Any], key: str, where: str, pattern: re.Pattern[str]
) -> tuple[str, ...]:
    value = table.get(key)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _fail(where, f"{key!r} must be a list of strings")
    for number in value:
        if not pattern.fullmatch(number):
            raise _fail(where, f"{key!r} has a malformed number {number!r}")
    return tuple(value)


def _entry(code: str, table: Mapping[str, Any], where: str, parent: Helpline | None) -> Helpline:
    allowed = _YOUTH_KEYS if parent is not None else _COUNTRY_KEYS
    unknown = sorted(set(table) - allowed)
    if unknown:
        raise _fail(where, f"unknown field(s) {unknown}")
    text = table.get("text")
    if text is not None and (not isinstance(text, str) or not text.strip()):
        raise _fail(where, "'text' must be a non-empty string when present")
    last_checked = table.get("last_checked")
    if not isinstance(last_checked, datetime.date) or isinstance(last_checked, datetime.datetime):
        raise _fail(where, "'last_checked' must be a TOML date (YYYY-MM-DD)")
    phone = _numbers(table, "phone", where, _PHONE)
    if not phone and code != INTERNATIONAL:
        raise _fail(where, "'phone' must list at least one number")
    if parent is None:
        country = _string(table, "country", where)
        emergency = _numbers(
            table,
            "emergency",
            where,
            re.compile(r".+") if code == INTERNATIONAL else _EMERGENCY,
        )
        if not emergency:
            raise _fail(where, "'emergency' must list at least one number")
    else:
        country, emergency = parent.country, parent.emergency
    return Helpline(
        country_code=code,
        country=country,
        helpline_name=_string(table, "helpline_name", where),
        helpline=_string(table, "helpline", where),
        phone=phone,
        text=text,
        emergency=emergency,
        url=_https(table, "url", where),
        hours=_string(table, "hours", where),
        source=_https(table, "source", where),
        last_checked=last_checked,
        verified_via=_string(table, "verified_via", where),
    )


def load(path: Path = DATA_FILE) -> dict[str, Helpline]:
    """Read and validate a helplines file; raises :class:`HelplineDataError` on any problem."""
    try:
        with path.open("rb") as handle:
            raw = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise HelplineDataError(f"cannot read {path}: {error}") from error
    try:
        return _parse(raw)
    except HelplineDataError as error:
        raise HelplineDataError(f"{path}: {error}") from None


def _parse(raw: Mapping[str, Any]) -> dict[str, Helpline]:
    entries: dict[str, Helpline] = {}
    for code, table in raw.items():
        if not _CODE.fullmatch(code):
            raise _fail(code, "table names must be ISO 3166-1 alpha-2 codes in upper case")
        if not isinstance(table, dict):
            raise _fail(code, "must be a table")
        entry = _entry(code, table, code, None)
        youth = table.get("youth")
        if youth is not None:
            if not isinstance(youth, dict):
                raise _fail(f"{code}.youth", "must be a table")
            entry = dataclasses.replace(entry, youth=_entry(code, youth, f"{code}.youth", entry))
        entries[code] = entry
    if INTERNATIONAL not in entries:
        raise _fail(INTERNATIONAL, "the international fallback entry is missing")
    return entries


_HELPLINES: Final = load()

#: Codes people type or send that are not ISO 3166-1 ("UK" is reserved, not assigned).
_CODE_ALIASES: Final = {"UK": "GB"}


def for_country(code: str | None) -> Helpline:
    """The entry for an ISO 3166-1 alpha-2 code (any case); unknown or ``None`` gives the
    international directory, so there is always something to show."""
    if code is None:
        return _HELPLINES[INTERNATIONAL]
    key = code.strip().upper()
    key = _CODE_ALIASES.get(key, key)
    return _HELPLINES.get(key, _HELPLINES[INTERNATIONAL])


def known_countries() -> tuple[str, ...]:
    """Codes that have a national entry, sorted; the international fallback is not included."""
    return tuple(sorted(code for code in _HELPLINES if code != INTERNATIONAL))


# --- Country guessing -------------------------------------------------------------------

#: IANA zones (canonical names plus common old aliases) for every country in the data file.
#: Enough on its own; /usr/share/zoneinfo/zone.tab, when present, only adds to it.
_ZONES: Final[Mapping[str, str]] = {
    zone: code
    for code, zones in {
        "US": (
            "America/New_York America/Chicago America/Denver America/Los_Angeles America/Phoenix "
            "America/Anchorage America/Juneau America/Sitka America/Yakutat America/Nome "
            "America/Metlakatla America/Adak America/Boise America/Detroit America/Menominee "
            "America/Indiana/Indianapolis America/Indiana/Knox America/Indiana/Marengo "
            "America/Indiana/Petersburg America/Indiana/Tell_City America/Indiana/Vevay "
            "America/Indiana/Vincennes America/Indiana/Winamac America/Kentucky/Louisville "
            "America/Kentucky/Monticello America/North_Dakota/Beulah "
            "America/North_Dakota/Center America/North_Dakota/New_Salem Pacific/Honolulu "
            "America/Indianapolis America/Fort_Wayne America/Louisville America/Knox_IN "
            "America/Shiprock America/Atka Navajo US/Alaska US/Aleutian US/Arizona US/Central "
            "US/East-Indiana US/Eastern US/Hawaii US/Indiana-Starke US/Michigan US/Mountain "
            "US/Pacific"
        ),
        "CA": (
            "America/Toronto America/Vancouver America/Edmonton America/Winnipeg "
            "America/Halifax America/St_Johns America/Regina America/Swift_Current "
            "America/Moncton America/Glace_Bay America/Goose_Bay America/Whitehorse "
            "America/Dawson America/Dawson_Creek America/Fort_Nelson America/Creston "
            "America/Iqaluit America/Rankin_Inlet America/Resolute America/Cambridge_Bay "
            "America/Inuvik America/Atikokan America/Blanc-Sablon America/Montreal "
            "America/Thunder_Bay America/Nipigon America/Rainy_River America/Pangnirtung "
            "America/Yellowknife America/Coral_Harbour Canada/Atlantic Canada/Central "
            "Canada/Eastern Canada/Mountain Canada/Newfoundland Canada/Pacific "
            "Canada/Saskatchewan Canada/Yukon"
        ),
        "GB": "Europe/London Europe/Belfast GB GB-Eire",
        "IE": "Europe/Dublin Eire",
        "AU": "Antarctica/Macquarie",  # plus every Australia/* zone, see _zone_country
        "NZ": "Pacific/Auckland Pacific/Chatham NZ NZ-CHAT",
        "DE": "Europe/Berlin Europe/Busingen",
        "AT": "Europe/Vienna",
        "CH": "Europe/Zurich",
        "FR": "Europe/Paris",
        "ES": "Europe/Madrid Atlantic/Canary Africa/Ceuta",
        "NL": "Europe/Amsterdam",
        "IN": "Asia/Kolkata Asia/Calcutta",
    }.items()
    for zone in zones.split()
}

#: Geographic areas of IANA zone names. A zone in one of these that maps to no country in
#: our data is somewhere we have no national entry, so the language is not consulted.
_AREAS: Final = frozenset(
    {"africa", "america", "antarctica", "arctic", "asia", "atlantic", "australia", "europe"}
    | {"indian", "pacific"}
)

#: Bare language codes (no region) that point to one country of ours with little doubt.
#: Deliberately absent, because their speakers live in several countries and a wrong
#: helpline is worse than asking: en, de (DE/AT/CH), fr (FR/CA/CH/BE...), es (ES and the
#: Americas), nl (NL and Belgium), it (IT/CH), pt, bn (IN/BD), ta, pa, ur.
_LANGUAGES: Final[Mapping[str, str]] = {
    "hi": "IN",  # Hindi
    "mr": "IN",  # Marathi
    "te": "IN",  # Telugu
    "kn": "IN",  # Kannada
    "ml": "IN",  # Malayalam
    "gu": "IN",  # Gujarati
    "or": "IN",  # Odia
    "as": "IN",  # Assamese
    "ga": "IE",  # Irish
    "cy": "GB",  # Welsh
    "gd": "GB",  # Scottish Gaelic
    "mi": "NZ",  # Māori
    "rm": "CH",  # Romansh
    "fy": "NL",  # West Frisian
    "ca": "ES",  # Catalan
    "eu": "ES",  # Basque
    "gl": "ES",  # Galician
}


@cache
def _zone_table() -> Mapping[str, str]:
    """Zone -> country, case-folded: our table over the system's zone.tab (if readable)."""
    table: dict[str, str] = {}
    try:
        lines = ZONE_TAB.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        lines = []
    for line in lines:
        fields = line.split("\t")
        if line.startswith("#") or len(fields) < 3:
            continue
        table[fields[2].strip().casefold()] = fields[0].strip().upper()
    table.update({zone.casefold(): code for zone, code in _ZONES.items()})
    return table


def _zone_country(timezone: str) -> tuple[bool, str | None]:
    """(whether the zone names a place, the country of ours it is in or None)."""
    zone = timezone.strip().casefold()
    area = zone.split("/", 1)[0]
    if area == "australia" and "/" in zone:
        return True, "AU"
    code = _zone_table().get(zone)
    if code is not None:
        return True, code if code in _HELPLINES and code != INTERNATIONAL else None
    return area in _AREAS and "/" in zone, None


def _language_country(language_code: str) -> str | None:
    subtags = re.split(r"[-_]", language_code.strip())
    language = subtags[0].lower()
    if not re.fullmatch(r"[a-z]{2,3}", language):
        return None
    for subtag in subtags[1:]:
        if len(subtag) == 1:  # an extension ("-u-", "-x-") starts: no region after it counts
            break
        if re.fullmatch(r"[A-Za-z]{2}", subtag):
            region = _CODE_ALIASES.get(subtag.upper(), subtag.upper())
            return region if region in _HELPLINES and region != INTERNATIONAL else None
        if re.fullmatch(r"\d{3}", subtag):  # a UN M.49 area such as es-419: not one country
            return None
    return _LANGUAGES.get(language)


def guess_country(timezone: str | None, language_code: str | None) -> str | None:
    """A first guess at the user's country, for the bot to offer and the user to confirm.

    Order: the IANA time zone ("Europe/Berlin" -> "DE") is where the user is, so it wins; a
    zone that names a place outside our table gives ``None`` (someone in Rome with an en-GB
    phone needs Italian help, not Samaritans). Zones without a place ("UTC", "Etc/GMT+1") and
    unknown strings fall through to the Telegram language code: its region if it has one
    ("en-GB" -> "GB", "pt-BR" -> ``None``), else a bare language only where it points to one
    country (see ``_LANGUAGES``; "de", "en", "fr", "es", "nl" -> ``None``).
    Returns a code from :func:`known_countries`, or ``None`` when unsure.
    """
    if timezone and timezone.strip():
        is_place, code = _zone_country(timezone)
        if is_place:
            return code
    if language_code and language_code.strip():
        return _language_country(language_code)
    return None
