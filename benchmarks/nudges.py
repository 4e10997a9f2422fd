"""Nudges at scale: start-up cost of our one-job design against one JobQueue job per person,
the cost per nudge of one tick, and the send rate achieved against the rate limiter's cap.

    python -m benchmarks.nudges            # 100,000 people (about a minute)
    python -m benchmarks.nudges --quick    # 5,000 people, a smoke run for CI

Each start-up measurement runs in a fresh process (so RSS is its own), and every figure is
compared with a baseline measured in the same run. The last line is JSON.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import random
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from bot.nudges import Claimed, NudgeDispatcher
from storage.crypto import Cipher, new_key
from storage.db import Database
from storage.migrate import upgrade
from storage.models import ConversationRow, NudgeSchedule, User

NOW = datetime(2026, 11, 24, 8, 0, tzinfo=UTC)


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


async def populate(url: str, people: int, due: datetime) -> None:
    """``people`` Telegram users, each with a schedule due at ``due``."""
    database = Database.connect(url)
    await upgrade(database)
    rows = 5000
    async with database.transaction() as session:
        for start in range(0, people, rows):
            chunk = range(start, min(people, start + rows))
            await session.execute(
                insert(User),
                [
                    {
                        "id": n + 1,
                        "channel": "telegram",
                        "external_id": str(10_000 + n),
                        "timezone": "UTC",
                        "locale": "en",
                        "onboarded": True,
                        "journal": True,
                        "active": True,
                        "country_asked": False,
                        "recent_voice": [],
                        "created_at": NOW,
                    }
                    for n in chunk
                ],
            )
            await session.execute(
                insert(ConversationRow),
                [{"user_id": n + 1, "state": "", "version": 0, "updated_at": NOW} for n in chunk],
            )
            await session.execute(
                insert(NudgeSchedule),
                [
                    {
                        "user_id": n + 1,
                        "enabled": True,
                        "times": f"{8 + n % 12:02d}:00",
                        "days": "0123456",
                        "quiet_start": "22:00",
                        "quiet_end": "07:00",
                        "next_due_at": due,
                        "ignored_streak": 0,
                        "asked_fewer": False,
                        "recent_variants": [],
                    }
                    for n in chunk
                ],
            )
    await database.dispose()


# ---- start-up, each in a fresh process ------------------------------------------------------


def _startup_ours(url: str, queue: Any) -> None:
    """Open the database and start the one repeating nudge job, as the bot does."""

    async def main() -> None:
        from telegram.ext import ApplicationBuilder

        before = rss_mb()
        started = time.perf_counter()
        database = Database.connect(url)
        await upgrade(database)
        app = ApplicationBuilder().token("1:" + "x" * 35).build()
        assert app.job_queue is not None
        dispatcher = NudgeDispatcher(database, Cipher([new_key()]), _count)
        app.job_queue.run_repeating(lambda _: dispatcher.tick(), interval=30, name="nudges")
        await app.job_queue.start()
        elapsed = time.perf_counter() - started
        queue.put({"seconds": elapsed, "rss_mb": rss_mb(), "rss_before_mb": before})
        await app.job_queue.stop()
        await database.dispose()

    asyncio.run(main())


def _startup_baseline(people: int, queue: Any) -> None:
    """The common way: one PTB JobQueue run_daily job per person."""

    async def main() -> None:
        import datetime as dt

        from telegram.ext import ApplicationBuilder

        before = rss_mb()
        started = time.perf_counter()
        app = ApplicationBuilder().token("1:" + "x" * 35).build()
        assert app.job_queue is not None
        for n in range(people):
            app.job_queue.run_daily(
                _noop, time=dt.time(8 + n % 12, tzinfo=dt.UTC), name=f"nudge-{n}", chat_id=n
            )
        await app.job_queue.start()
        elapsed = time.perf_counter() - started
        queue.put({"seconds": elapsed, "rss_mb": rss_mb(), "rss_before_mb": before})
        await app.job_queue.stop()

    asyncio.run(main())


async def _noop(_: Any) -> None:
    return None


async def _count(_: Claimed) -> None:
    return None


def in_fresh_process(target: Any, *args: Any) -> dict[str, float]:
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=target, args=(*args, queue))
    process.start()
    result: dict[str, float] = queue.get(timeout=600)
    process.join()
    return result


# ---- one tick ---------------------------------------------------------------------------------


async def tick_cost(directory: Path, due_count: int, batch: int) -> dict[str, float]:
    url = f"sqlite+aiosqlite:///{directory / 'tick.sqlite3'}"
    await populate(url, due_count, NOW - timedelta(minutes=1))
    database = Database.connect(url)
    sent = 0

    async def count(_: Claimed) -> None:
        nonlocal sent
        sent += 1

    dispatcher = NudgeDispatcher(
        database, Cipher([new_key()]), count, clock=lambda: NOW, batch=batch, rng=random.Random(1)
    )
    started = time.perf_counter()
    report = await dispatcher.tick()
    elapsed = time.perf_counter() - started
    await database.dispose()
    assert report.sent == due_count == sent, (report, sent)
    return {"nudges": due_count, "seconds": elapsed, "ms_per_nudge": elapsed * 1000 / due_count}


# ---- the send rate against the limiter's cap ---------------------------------------------


async def send_rate(directory: Path, cap: int, backlog: int) -> dict[str, float]:
    """Send ``backlog`` nudges through PriorityRateLimiter at ``cap``/s with no network."""
    from telegram import Bot
    from telegram.ext import ExtBot

    from benchmarks.updates import NullRequest
    from bot.keyboards import markup
    from bot.ratelimit import LOW_PRIORITY, PriorityRateLimiter

    url = f"sqlite+aiosqlite:///{directory / 'rate.sqlite3'}"
    await populate(url, backlog, NOW - timedelta(minutes=1))
    limiter = PriorityRateLimiter(overall_max_rate=cap, overall_time_period=1)
    # a fast Bot API server (5 ms per answer), never the network
    bot: Bot = ExtBot("1:" + "x" * 35, request=NullRequest(latency=0.005), rate_limiter=limiter)
    await bot.initialize()
    stamps: list[float] = []

    async def send(item: Claimed) -> None:
        await bot.send_message(
            item.chat_id,
            item.reply.text,
            reply_markup=markup(item.reply.choices, 0, 2),
            rate_limit_args=LOW_PRIORITY,
        )
        stamps.append(time.perf_counter())

    database = Database.connect(url)
    dispatcher = NudgeDispatcher(
        database, Cipher([new_key()]), send, clock=lambda: NOW, batch=500, in_flight=32
    )
    await dispatcher.tick()
    await database.dispose()
    await bot.shutdown()
    stamps.sort()
    # the leaky bucket lets one second's worth through at once; measure the steady part after it
    steady = stamps[cap:]
    rate = (len(steady) - 1) / (steady[-1] - steady[0])
    return {"cap_per_s": cap, "achieved_per_s": rate, "share_of_cap": rate / cap}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes, for CI")
    args = parser.parse_args()
    people = 5_000 if args.quick else 100_000
    due = 1_000 if args.quick else 10_000
    cap, backlog = (200, 800) if args.quick else (300, 3_000)

    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        small_url = f"sqlite+aiosqlite:///{directory / 'small.sqlite3'}"
        large_url = f"sqlite+aiosqlite:///{directory / 'large.sqlite3'}"
        asyncio.run(populate(small_url, 100, NOW + timedelta(days=1)))
        asyncio.run(populate(large_url, people, NOW + timedelta(days=1)))
        small = in_fresh_process(_startup_ours, small_url)
        large = in_fresh_process(_startup_ours, large_url)
        baseline = in_fresh_process(_startup_baseline, people)
        baseline_small = in_fresh_process(_startup_baseline, 100)
        tick = asyncio.run(tick_cost(directory, due, batch=500))
        rate = asyncio.run(send_rate(directory, cap, backlog))

    extra_ours = large["rss_mb"] - small["rss_mb"]
    extra_baseline = baseline["rss_mb"] - baseline_small["rss_mb"]
    print(f"Start-up with {people:,} people (one nudge job; fresh process each):")
    print(
        f"  ours:     {large['seconds']:.3f} s, RSS {large['rss_mb']:.1f} MB "
        f"({extra_ours:+.1f} MB against 100 people: {small['rss_mb']:.1f} MB)"
    )
    print(
        f"  baseline: {baseline['seconds']:.3f} s, RSS {baseline['rss_mb']:.1f} MB "
        f"({extra_baseline:+.1f} MB against 100 jobs), one run_daily job per person"
    )
    print("  targets:  within 2 s, at most 20 MB more than with 100 people")
    print(f"One tick, {tick['nudges']:,} due nudges, counting transport:")
    print(f"  {tick['seconds']:.2f} s, {tick['ms_per_nudge']:.3f} ms per nudge (target 0.5 ms)")
    print(f"Backlog of {backlog:,} through the rate limiter capped at {cap}/s:")
    print(f"  {rate['achieved_per_s']:.1f}/s = {rate['share_of_cap']:.1%} of the cap (target 95 %)")
    summary = {
        "people": people,
        "startup_s": round(large["seconds"], 4),
        "startup_small_s": round(small["seconds"], 4),
        "rss_extra_mb": round(extra_ours, 1),
        "baseline_startup_s": round(baseline["seconds"], 3),
        "baseline_rss_extra_mb": round(extra_baseline, 1),
        "tick_nudges": tick["nudges"],
        "tick_ms_per_nudge": round(tick["ms_per_nudge"], 4),
        "rate_cap_per_s": cap,
        "rate_share_of_cap": round(rate["share_of_cap"], 4),
    }
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
