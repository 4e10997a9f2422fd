"""The journal with a long history: do page turns stay flat as the journal grows?

Two people in one SQLite database (or ``--database-url``): one with 20 check-ins, one with
2,000 (about two years of three a day). For each, through :class:`bot.journal.JournalService`
exactly as the Telegram and terminal transports call it (queries, decryption of the shown
entries, texts), the median time of:

* ``open``: ``/journal``, the newest page (with its extra look-ups: safety plan, open flow);
* ``page_2``: "Older »" from the newest page;
* ``page_deep``: "Older »" from the page about 95% of the way back (entry 1,900 of 2,000;
  the last page for 20), which keyset pagination makes cost what page 2 costs;
* ``entry``: opening one entry (read back in full);
* ``chart_90d``: drawing the 90-day before/after chart (matplotlib, Agg), the largest one;
* ``insights``: all of ``/insights`` (three charts and their queries).

The first chart of a process also loads matplotlib; that one call is reported apart
(``matplotlib_first_chart_ms``) and kept out of the medians.

Run: ``.venv/bin/python -m benchmarks.journal [--quick]``. A readable summary, then one
final line of JSON with every figure.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

from bot import charts
from bot.journal import JournalService, Screen
from bot.service import Identity
from dialogs.feelings import FeelingsWheel
from dialogs.model import SaveEntry
from storage.crypto import Cipher, new_key
from storage.db import Database
from storage.journal import Cursor, JournalStore
from storage.migrate import upgrade
from storage.repository import Repository

NOW = datetime(2026, 3, 15, 12, 0, tzinfo=UTC)
SIZES = (20, 2000)
STORY = "my brother laughed at my drawing in front of everyone, and nobody said anything"


def answers(index: int, wheel: FeelingsWheel) -> dict[str, Any]:
    cores = wheel.cores()
    core = cores[index % len(cores)]
    finer = wheel.finer(core.key)
    feeling = finer[index % len(finer)] if finer else core
    needs = wheel.needs()
    return {
        "happened": f"{STORY} ({index})",
        "body": "chest",
        "feeling_core": core.key,
        "feeling": feeling.key,
        "intensity_before": 4 + index % 7,
        "age": "five_to_eight",
        "need": needs[index % len(needs)].key,
        "caring": "Of course you felt hurt. You were small, and you needed someone on your side.",
        "own_words": "You did nothing wrong. I've got you.",
        "intensity_after": 1 + index % 6,
    }


async def seed(database: Database, cipher: Cipher, external_id: str, count: int) -> list[int]:
    """``count`` check-ins, three a day back from NOW; ids newest first."""
    wheel = FeelingsWheel.for_locale("en")
    ids: list[int] = []
    async with database.transaction() as session:
        repo = Repository(session, cipher)
        user = await repo.get_or_create_user("telegram", external_id)
        repo.update_profile(
            user,
            {"onboarded": True, "journal": True, "adult": True, "timezone": "Europe/Berlin"},
        )
        for index in range(count):
            at = NOW - timedelta(hours=8 * index + 1)
            entry = SaveEntry("checkin", answers(index, wheel), True, at, at)
            ids.append((await repo.add_entry(user, entry)).id)
    return ids


async def median_ms(
    call: Callable[[], Awaitable[object]], repeat: int, warmup: int = 2
) -> tuple[float, list[float]]:
    for _ in range(warmup):
        await call()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        await call()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), times


def older_button(screen: Screen) -> str:
    for message in screen.messages:
        for row in message.buttons:
            for button in row:
                if button.data.startswith("j:o:"):
                    return button.data
    raise AssertionError("no older page")


async def deep_cursor_data(database: Database, cipher: Cipher, user_id: int, back: int) -> str:
    """The "Older »" data of a page that starts ``back`` entries from the newest."""
    async with database.transaction() as session:
        store = JournalStore(session, cipher)
        page = await store.page(user_id, limit=back)
    entry = page.entries[-1]
    micros = int(Cursor.of(entry).finished_at.timestamp() * 1_000_000)
    return f"j:o:-:0:{micros}:{entry.id}"


async def run(database: Database, quick: bool) -> dict[str, Any]:
    cipher = Cipher([new_key()])
    journal = JournalService(database, cipher, clock=lambda: NOW)
    repeat = 7 if quick else 40
    chart_repeat = 3 if quick else 12

    start = time.perf_counter()
    await charts_warmup()
    first_chart_ms = (time.perf_counter() - start) * 1000

    figures: dict[str, Any] = {}
    for size in SIZES:
        who = Identity("telegram", f"bench-{size}")
        seed_start = time.perf_counter()
        ids = await seed(database, cipher, who.external_id, size)
        seeded_s = time.perf_counter() - seed_start
        async with database.transaction() as session:
            user = await Repository(session, cipher).user(who.channel, who.external_id)
            assert user is not None
            user_id = user.id
        first = await journal.command(who, "journal")
        page_2 = older_button(first)
        deep = await deep_cursor_data(database, cipher, user_id, max(5, int(size * 0.95)))
        deep_screen = await journal.tap(who, deep)
        shown = [b.data for m in deep_screen.messages for row in m.buttons for b in row]
        assert any(data.startswith("j:e:") for data in shown), "the deep page is empty"
        entry_id = ids[len(ids) // 2]

        cases: dict[str, tuple[Callable[[], Awaitable[object]], int]] = {
            "open": (partial(journal.command, who, "journal"), repeat),
            "page_2": (partial(journal.tap, who, page_2), repeat),
            "page_deep": (partial(journal.tap, who, deep), repeat),
            "entry": (partial(journal.tap, who, f"j:e:{entry_id}"), repeat),
            "chart_90d": (partial(chart_90d, database, cipher, user_id), chart_repeat),
            "insights": (partial(journal.command, who, "insights"), chart_repeat),
        }
        results: dict[str, float] = {}
        for name, (call, times) in cases.items():
            results[name], _ = await median_ms(call, times, warmup=1)
        figures[str(size)] = {
            "median_ms": {k: round(v, 2) for k, v in results.items()},
            "seed_s": round(seeded_s, 2),
        }
    small, large = (figures[str(size)]["median_ms"] for size in SIZES)
    return {
        "benchmark": "journal",
        "quick": quick,
        "python": platform.python_version(),
        "backend": database.backend,
        "repeat": repeat,
        "chart_repeat": chart_repeat,
        "matplotlib_first_chart_ms": round(first_chart_ms, 1),
        "entries": figures,
        "ratio_2000_to_20": {
            name: round(large[name] / small[name], 2) for name in small if small[name]
        },
    }


async def charts_warmup() -> None:
    await asyncio.to_thread(charts.needs_png, [("comfort", 1)], title="warm-up", count="times")


async def chart_90d(database: Database, cipher: Cipher, user_id: int) -> bytes:
    """The 90-day before/after chart as /insights draws it: query, then draw in a thread."""
    async with database.transaction() as session:
        rows = await JournalStore(session, cipher).chart_rows(user_id, NOW - timedelta(days=90))
    points = [
        charts.IntensityPoint(r.finished_at.date(), r.intensity_before or 0, r.intensity_after or 0)
        for r in rows
        if r.intensity_before is not None and r.intensity_after is not None
    ]
    return await asyncio.to_thread(
        charts.intensity_png,
        points,
        title="How strong it was, last 90 days",
        scale="0 to 10",
        before="at the start",
        after="at the end",
        average="average change: -2.0",
        first=(NOW - timedelta(days=90)).date(),
        last=NOW.date(),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="fewer repeats (CI)")
    parser.add_argument("--database-url", help="default: a new SQLite file in a temp folder")
    args = parser.parse_args(argv)

    async def go() -> dict[str, Any]:
        with tempfile.TemporaryDirectory() as folder:
            url = args.database_url or f"sqlite+aiosqlite:///{Path(folder) / 'bench.sqlite3'}"
            database = Database.connect(url)
            try:
                await upgrade(database)
                return await run(database, args.quick)
            finally:
                await database.dispose()

    figures = asyncio.run(go())
    print(
        f"Journal with a long history ({figures['backend']}, median of {figures['repeat']} "
        f"runs, charts of {figures['chart_repeat']})"
    )
    names = list(figures["entries"][str(SIZES[0])]["median_ms"])
    print(f"  {'':<11}" + "".join(f"{size:>12,} entries" for size in SIZES) + "   ratio")
    for name in names:
        row = "".join(
            f"{figures['entries'][str(size)]['median_ms'][name]:>17.2f} ms" for size in SIZES
        )
        print(f"  {name:<11}{row}   {figures['ratio_2000_to_20'].get(name, 0):.2f}x")
    print(
        f"  first chart of the process (loads matplotlib): "
        f"{figures['matplotlib_first_chart_ms']:.0f} ms"
    )
    print(
        "Page turns use keyset pagination on entries(user_id, finished_at, id): the deep page "
        "costs what page 2 costs, at 20 entries and at 2,000."
    )
    print(json.dumps(figures, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
