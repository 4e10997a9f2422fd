"""The crisis helplines data file is complete, well-formed, current and matches the team's facts.

Wrong or dead helpline numbers have been found in published mental-health apps; these tests are
the guard. The freshness test fails two years after an entry's last check, on purpose: re-check
the entry (see the header of dialogs/data/helplines.toml) rather than moving the date.
"""

from __future__ import annotations

import dataclasses
import datetime
import re
from pathlib import Path

import pytest

from dialogs import helplines
from dialogs.helplines import (
    INTERNATIONAL,
    Helpline,
    HelplineDataError,
    for_country,
    guess_country,
    known_countries,
)

ALL = {code: helplines.for_country(code) for code in (*known_countries(), INTERNATIONAL)}
#: Every entry, national and youth, with a label for test ids.
ENTRIES = list(ALL.items()) + [
    (f"{code}.youth", h.youth) for code, h in ALL.items() if h.youth is not None
]
ENTRY_IDS = [label for label, _ in ENTRIES]

#: ISO 3166-1 alpha-2 codes we may have entries for (a full list is not needed: a new
#: country added to the data file must be added here too, a deliberate second look).
ISO_CODES = {"US", "CA", "GB", "IE", "AU", "NZ", "DE", "AT", "CH", "FR", "ES", "NL", "IN"}

PHONE = re.compile(r"\+?\d(?:[\d -]*\d)?")


def _shared_helplines_md() -> Path | None:
    for candidate in (
        Path(__file__).resolve().parents[2] / "shared" / "HELPLINES.md",
        Path("/work/shared/HELPLINES.md"),
    ):
        if candidate.is_file():
            return candidate
    return None


def _digits(text: str) -> set[str]:
    """Numbers in a piece of prose, as bare digit strings ("9-8-8" -> "988")."""
    text = text.replace("24/7", " ")
    return {re.sub(r"\D", "", m) for m in re.findall(r"\d(?:[\d -]*\d)?", text)}


# --- The data file ------------------------------------------------------------------------


@pytest.mark.parametrize(("label", "entry"), ENTRIES, ids=ENTRY_IDS)
def test_entry_is_complete(label: str, entry: Helpline) -> None:
    for field in dataclasses.fields(entry):
        value = getattr(entry, field.name)
        if field.name in {"text", "youth"}:
            assert value is None or value, f"{label}.{field.name} is present but empty"
        elif isinstance(value, str):
            assert value.strip(), f"{label}.{field.name} is empty"
        elif field.name == "phone" and entry.country_code == INTERNATIONAL:
            assert value == (), "the international directory has no phone number of its own"
        else:
            assert value, f"{label}.{field.name} is empty"


@pytest.mark.parametrize(("label", "entry"), ENTRIES, ids=ENTRY_IDS)
def test_numbers_are_well_formed(label: str, entry: Helpline) -> None:
    for number in entry.phone:
        assert PHONE.fullmatch(number), f"{label}: phone {number!r} is not dialable as written"
    if entry.country_code == INTERNATIONAL:
        assert entry.emergency == ("local emergency number",)
    else:
        for number in entry.emergency:
            assert re.fullmatch(r"\d{2,3}", number), f"{label}: emergency {number!r}"
    if entry.text is not None:
        assert entry.text.startswith("text "), f"{label}: text should read as an instruction"
        assert _digits(entry.text), f"{label}: text line has no number"


@pytest.mark.parametrize(("label", "entry"), ENTRIES, ids=ENTRY_IDS)
def test_links_are_https(label: str, entry: Helpline) -> None:
    assert entry.url.startswith("https://"), label
    assert entry.source.startswith("https://"), label
    assert not any(c.isspace() for c in entry.url + entry.source), label


@pytest.mark.parametrize(("label", "entry"), ENTRIES, ids=ENTRY_IDS)
def test_entry_was_checked_recently(label: str, entry: Helpline) -> None:
    today = datetime.date.today()
    assert isinstance(entry.last_checked, datetime.date)
    assert entry.last_checked <= today, f"{label}: last_checked is in the future"
    assert entry.last_checked >= today - datetime.timedelta(days=730), (
        f"{label}: last checked {entry.last_checked}, over two years ago. Re-check the number "
        "against its source and update source/last_checked/verified_via."
    )


@pytest.mark.parametrize(("label", "entry"), ENTRIES, ids=ENTRY_IDS)
def test_unconfirmed_entries_say_so(label: str, entry: Helpline) -> None:
    note = entry.verified_via.lower()
    assert "not confirmed" in note or "stored" in note or "checked" in note, (
        f"{label}: verified_via should say what the entry was checked against"
    )


def test_country_codes_are_valid_and_match_their_keys() -> None:
    assert set(known_countries()) <= ISO_CODES
    assert INTERNATIONAL not in known_countries()
    assert list(known_countries()) == sorted(known_countries())
    for code, entry in ALL.items():
        assert entry.country_code == code
        assert re.fullmatch(r"[A-Z]{2}", code)
        if entry.youth is not None:
            assert entry.youth.country_code == code
            assert entry.youth.country == entry.country
            assert entry.youth.emergency == entry.emergency
            assert entry.youth.youth is None


def test_hours_claim_24_7_only_where_stated() -> None:
    # Nummer gegen Kummer is a real, well-known line that is *not* 24/7: make sure the data
    # keeps saying so rather than drifting to a comfortable "24/7".
    de_youth = for_country("DE").youth
    assert de_youth is not None
    assert "24/7" not in de_youth.helpline
    assert "not 24/7" in de_youth.hours


def test_every_row_of_the_shared_table_is_present() -> None:
    path = _shared_helplines_md()
    if path is None:
        pytest.skip("shared/HELPLINES.md is not beside the repo (normal in a user's clone)")
    rows = [
        [cell.strip() for cell in line.strip().strip("|").split("|")]
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip().startswith("|")
    ]
    header, _separator, *body = rows
    assert header == ["country", "helpline", "emergency"]
    assert body, "no rows parsed from HELPLINES.md"
    for country, helpline_text, emergency_text in body:
        code = INTERNATIONAL if country.lower() == "any" else country
        assert code in ALL, f"HELPLINES.md row {country!r} has no entry"
        entry = ALL[code]
        if code == INTERNATIONAL:
            assert "findahelpline.com" in helpline_text
            assert "findahelpline.com" in entry.url + entry.helpline
            assert entry.emergency == (emergency_text,)
            continue
        ours = {re.sub(r"\D", "", n) for n in entry.phone} | _digits(entry.text or "")
        missing = _digits(helpline_text) - ours
        assert not missing, f"{code}: HELPLINES.md numbers {missing} not in the data file"
        assert set(entry.emergency) == _digits(emergency_text), f"{code}: emergency differs"


# --- Lookups ------------------------------------------------------------------------------


@pytest.mark.parametrize("code", [None, "", "  ", "XX", "any", "ZZZ", "12", "Atlantis"])
def test_unknown_or_missing_country_gives_the_international_directory(code: str | None) -> None:
    entry = for_country(code)
    assert entry.country_code == INTERNATIONAL
    assert "findahelpline.com" in entry.url


def test_for_country_ignores_case_and_space_and_knows_uk() -> None:
    assert for_country(" de ").country_code == "DE"
    assert for_country("gb").helpline_name == "Samaritans"
    assert for_country("UK").country_code == "GB"


def test_known_values_from_the_shared_facts() -> None:
    assert for_country("US").phone == ("988",)
    assert for_country("AU").emergency == ("000",)
    assert for_country("DE").phone == ("0800 111 0 111", "0800 111 0 222")
    assert for_country("NL").phone == ("113", "0800-0113")


# --- Guessing a country -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("zone", "expected"),
    [
        ("Europe/Berlin", "DE"),
        ("Europe/Vienna", "AT"),
        ("Europe/Zurich", "CH"),
        ("Europe/Paris", "FR"),
        ("Europe/Madrid", "ES"),
        ("Atlantic/Canary", "ES"),
        ("Europe/Amsterdam", "NL"),
        ("Europe/Dublin", "IE"),
        ("Europe/London", "GB"),
        ("Australia/Sydney", "AU"),
        ("Australia/Perth", "AU"),
        ("Australia/NSW", "AU"),
        ("Pacific/Auckland", "NZ"),
        ("Asia/Kolkata", "IN"),
        ("Asia/Calcutta", "IN"),
        ("America/Toronto", "CA"),
        ("America/Vancouver", "CA"),
        ("America/Edmonton", "CA"),
        ("America/Winnipeg", "CA"),
        ("America/Halifax", "CA"),
        ("America/St_Johns", "CA"),
        ("America/Regina", "CA"),
        ("America/New_York", "US"),
        ("America/Chicago", "US"),
        ("America/Denver", "US"),
        ("America/Los_Angeles", "US"),
        ("America/Phoenix", "US"),
        ("America/Anchorage", "US"),
        ("Pacific/Honolulu", "US"),
        ("US/Eastern", "US"),
        ("europe/berlin", "DE"),
        (" Europe/Berlin ", "DE"),
    ],
)
def test_guess_from_time_zone(zone: str, expected: str) -> None:
    assert guess_country(zone, None) == expected


def test_time_zone_wins_over_language() -> None:
    assert guess_country("Europe/Berlin", "en-US") == "DE"


@pytest.mark.parametrize(
    "zone", ["Europe/Rome", "America/Sao_Paulo", "Asia/Tokyo", "Europe/Jersey"]
)
def test_zone_outside_our_countries_gives_none_even_with_a_language(zone: str) -> None:
    assert guess_country(zone, "en-GB") is None


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en-GB", "GB"),
        ("en-gb", "GB"),
        ("en_GB", "GB"),
        ("en-US", "US"),
        ("fr-CA", "CA"),
        ("de-AT", "AT"),
        ("de-CH", "CH"),
        ("en-IN", "IN"),
        ("pt-BR", None),  # a region, but not one of ours
        ("es-419", None),  # Latin America: not one country
        ("zh-Hant-TW", None),
        ("en-u-ca-gregory", None),  # "ca" after an extension is not Canada
        ("hi", "IN"),
        ("ga", "IE"),
    ],
)
def test_guess_from_language_code(language: str, expected: str | None) -> None:
    assert guess_country(None, language) == expected


@pytest.mark.parametrize("language", ["de", "en", "fr", "es", "nl", "it", "pt", "bn"])
def test_ambiguous_bare_language_gives_none(language: str) -> None:
    assert guess_country(None, language) is None


@pytest.mark.parametrize(
    ("zone", "language"),
    [
        (None, None),
        ("", ""),
        ("garbage", "garbage"),
        ("Mars/Olympus_Mons", "xx-YY"),
        ("UTC", None),
        ("Etc/GMT+1", "de"),
        ("12345", "1234"),
        ("/", "-"),
    ],
)
def test_garbage_gives_none(zone: str | None, language: str | None) -> None:
    assert guess_country(zone, language) is None


def test_zone_without_a_place_falls_back_to_language() -> None:
    assert guess_country("UTC", "en-GB") == "GB"
    assert guess_country("Etc/GMT-1", "de-DE") == "DE"


def test_guesses_are_always_known_countries() -> None:
    zones = ["Europe/Berlin", "Australia/Sydney", "Europe/Rome", "UTC", None]
    languages = ["en-GB", "pt-BR", "hi", "de", None]
    for zone in zones:
        for language in languages:
            guess = guess_country(zone, language)
            assert guess is None or guess in known_countries()


def test_guessing_works_without_the_system_zone_table(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(helplines, "ZONE_TAB", tmp_path / "missing.tab")
    helplines._zone_table.cache_clear()
    try:
        assert guess_country("Europe/Berlin", None) == "DE"
        assert guess_country("America/Indiana/Indianapolis", None) == "US"
        assert guess_country("Europe/Rome", "en-GB") is None
        assert guess_country("Asia/Calcutta", None) == "IN"
    finally:
        helplines._zone_table.cache_clear()


def test_explicit_zone_table_agrees_with_the_system_one() -> None:
    zone_tab = Path("/usr/share/zoneinfo/zone.tab")
    if not zone_tab.is_file():
        pytest.skip("no /usr/share/zoneinfo/zone.tab on this system")
    ours = set(known_countries())
    for line in zone_tab.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if line.startswith("#") or len(fields) < 3:
            continue
        code, zone = fields[0], fields[2]
        if code in ours and not zone.startswith("Australia/"):
            assert helplines._ZONES.get(zone) == code, f"{zone} ({code}) missing from _ZONES"
        elif zone in helplines._ZONES:
            assert helplines._ZONES[zone] == code, f"{zone}: zone.tab says {code}"


# --- The loader rejects bad data ----------------------------------------------------------

GOOD_ZZ = """
[ZZ]
country = "International"
helpline_name = "Find A Helpline"
helpline = "findahelpline.com"
phone = []
emergency = ["local emergency number"]
url = "https://findahelpline.com"
hours = "varies"
source = "https://findahelpline.com"
last_checked = 2026-11-24
verified_via = "checked"
"""

GOOD_XX = """
[GB]
country = "United Kingdom"
helpline_name = "Samaritans"
helpline = "call 116 123"
phone = ["116 123"]
emergency = ["999"]
url = "https://www.samaritans.org"
hours = "24/7"
source = "https://www.samaritans.org"
last_checked = 2026-11-24
verified_via = "checked"
"""


def _load(tmp_path: Path, text: str) -> dict[str, Helpline]:
    path = tmp_path / "helplines.toml"
    path.write_text(text, encoding="utf-8")
    return helplines.load(path)


def test_loader_accepts_a_minimal_file(tmp_path: Path) -> None:
    loaded = _load(tmp_path, GOOD_ZZ + GOOD_XX)
    assert set(loaded) == {"ZZ", "GB"}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (('phone = ["116 123"]', 'phone = ["116 123 ask for Jo"]'), "malformed number"),
        (('phone = ["116 123"]', "phone = []"), "at least one number"),
        (('emergency = ["999"]', 'emergency = ["9999"]'), "malformed number"),
        (('url = "https://www.samaritans.org"', 'url = "http://samaritans.org"'), "https"),
        (("last_checked = 2026-11-24\nverified", 'last_checked = "2026-11-24"\nverified'), "date"),
        (('hours = "24/7"', 'hours = "24/7"\nhour = "oops"'), "unknown field"),
        (('hours = "24/7"', 'hours = ""'), "non-empty"),
        (("[GB]", "[gb]"), "ISO 3166-1"),
        (("[GB]", "[GBR]"), "ISO 3166-1"),
    ],
)
def test_loader_rejects_bad_entries(tmp_path: Path, change: tuple[str, str], message: str) -> None:
    old, new = change
    assert old in GOOD_XX
    with pytest.raises(HelplineDataError, match=message):
        _load(tmp_path, GOOD_ZZ + GOOD_XX.replace(old, new, 1))


def test_loader_requires_the_international_entry(tmp_path: Path) -> None:
    with pytest.raises(HelplineDataError, match="international"):
        _load(tmp_path, GOOD_XX)


def test_loader_rejects_country_fields_in_a_youth_table(tmp_path: Path) -> None:
    youth = (
        GOOD_XX.replace("[GB]", "[GB.youth]")
        .replace('country = "United Kingdom"\n', "")
        .replace('emergency = ["999"]', 'emergency = ["112"]')
    )
    with pytest.raises(HelplineDataError, match=r"GB\.youth.*unknown field"):
        _load(tmp_path, GOOD_ZZ + GOOD_XX + youth)


def test_loader_reports_unreadable_files(tmp_path: Path) -> None:
    with pytest.raises(HelplineDataError, match="cannot read"):
        helplines.load(tmp_path / "absent.toml")
    with pytest.raises(HelplineDataError, match="cannot read"):
        _load(tmp_path, "[ZZ\n")
