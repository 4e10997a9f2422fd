"""Benchmark the crisis screen (dialogs/safety.py) on the evaluation corpus.

    .venv/bin/python -m benchmarks.safety [--corpus PATH] [--show-errors] [--quick]

Prints recall on crisis messages, the false-positive rate (non-crisis messages assessed as a
crisis), recall per language, and the time per ``assess()`` call (mean and p99, in µs) on the
corpus messages and on 4,096-character messages, next to a baseline measured in the same run:
``text.casefold()`` plus one trivial compiled regex search, and next to the rules alone
(``screen()``, without the learned layer). The last line is one JSON object
with the figures. The exit code is 0 whatever the figures: the test suite asserts thresholds.

Timing: each message is timed over several rounds and its median kept (a shared machine
preempts now and then); mean and p99 are then taken over messages. The 4,096-character
messages of the JSON figure are corpus messages glued back to back (dense with risk phrases,
the hard case); a second line shows one corpus message inside ordinary text.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import re
import statistics
import sys
import time
import tomllib
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from dialogs.safety import Level, assess, screen

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "safety_corpus.toml"
DEV = ROOT / "tests" / "data" / "safety_dev.toml"
LONG = 4096
_TRIVIAL = re.compile(r"suicide")


@dataclass(frozen=True)
class Message:
    text: str
    label: str
    lang: str
    note: str = ""


def load(path: Path) -> list[Message]:
    with path.open("rb") as handle:
        rows = tomllib.load(handle).get("message", [])
    return [
        Message(row["text"], row["label"], row.get("lang", "?"), row.get("note", ""))
        for row in rows
    ]


FILLER = (
    "Today was a long day. I went to the shops in the morning, bought bread and some apples, "
    "then spent the afternoon at work answering emails and sitting in meetings. My sister "
    "called in the evening and we talked about her kids and the holiday she is planning. "
)


def embedded_messages(messages: Sequence[Message], count: int, seed: int = 11) -> list[str]:
    """4,096-character messages: one corpus message in the middle of ordinary text."""
    rng = random.Random(seed)
    result = []
    for text in rng.sample([m.text for m in messages], min(count, len(messages))):
        half = (LONG - len(text) - 2) // 2
        padding = FILLER * (LONG // len(FILLER) + 1)
        result.append((padding[:half] + " " + text + " " + padding[: LONG - half])[:LONG])
    return result


def long_messages(messages: Sequence[Message], count: int, seed: int = 7) -> list[str]:
    """4,096-character messages: each corpus message followed by others, as in a long rant."""
    rng = random.Random(seed)
    texts = [m.text for m in messages]
    result = []
    for start in rng.sample(texts, min(count, len(texts))):
        parts = [start]
        size = len(start)
        while size < LONG:
            part = rng.choice(texts)
            parts.append(part)
            size += len(part) + 1
        result.append(" ".join(parts)[:LONG])
    return result


def baseline(text: str) -> object:
    return _TRIVIAL.search(text.casefold())


def timings(function: Callable[[str], object], texts: Sequence[str], rounds: int) -> list[float]:
    """Microseconds per call for each text: the median of ``rounds`` calls (after a warm-up)."""
    for text in texts:
        function(text)
    clock = time.perf_counter_ns
    per_text: list[list[float]] = [[] for _ in texts]
    gc.disable()
    try:
        for _ in range(rounds):
            for samples, text in zip(per_text, texts, strict=True):
                started = clock()
                function(text)
                samples.append((clock() - started) / 1000)
    finally:
        gc.enable()
    return [statistics.median(samples) for samples in per_text]


def p99(samples: Sequence[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="a [[message]] TOML file")
    parser.add_argument("--show-errors", action="store_true", help="list misclassified messages")
    parser.add_argument("--quick", action="store_true", help="a subset and fewer timing rounds")
    args = parser.parse_args(argv)

    path: Path = args.corpus
    if not path.exists() and path == CORPUS and DEV.exists():
        print(f"{path} does not exist yet; using the development examples {DEV}")
        path = DEV
    messages = load(path)
    if args.quick:
        messages = messages[::4]
    crises = [m for m in messages if m.label == "crisis"]
    others = [m for m in messages if m.label != "crisis"]

    results = {id(m): assess(m.text) for m in messages}
    missed = [m for m in crises if not results[id(m)].is_crisis]
    false_alarms = [m for m in others if results[id(m)].is_crisis]
    recall = 1 - len(missed) / len(crises) if crises else 0.0
    false_positive_rate = len(false_alarms) / len(others) if others else 0.0

    by_lang: dict[str, list[bool]] = defaultdict(list)
    for m in crises:
        by_lang[m.lang].append(results[id(m)].is_crisis)
    levels_by_label: dict[str, dict[Level, int]] = defaultdict(lambda: dict.fromkeys(Level, 0))
    for m in messages:
        levels_by_label[m.label][results[id(m)].level] += 1

    rounds = 3 if args.quick else 11
    texts = [m.text for m in messages]
    longs = long_messages(messages, 20 if args.quick else 100)
    embedded = embedded_messages(messages, 20 if args.quick else 100)
    short = timings(assess, texts, rounds)
    base = timings(baseline, texts, rounds)
    rules = timings(screen, texts, rounds)
    long = timings(assess, longs, rounds)
    long_base = timings(baseline, longs, rounds)
    long_rules = timings(screen, longs, rounds)
    inside = timings(assess, embedded, rounds)
    inside_rules = timings(screen, embedded, rounds)

    print(f"corpus: {path} ({len(messages)} messages{', quick subset' if args.quick else ''})")
    print(f"recall on crisis:          {recall:.3f}  ({len(crises) - len(missed)}/{len(crises)})")
    print(
        f"false-positive rate:       {false_positive_rate:.3f}  "
        f"({len(false_alarms)}/{len(others)} none+concern messages assessed as crisis)"
    )
    print(
        "recall per language:       "
        + ", ".join(
            f"{lang} {sum(hits) / len(hits):.3f} ({sum(hits)}/{len(hits)})"
            for lang, hits in sorted(by_lang.items())
        )
    )
    print("levels given per label:")
    for label, counts in sorted(levels_by_label.items()):
        print(f"  {label:8} " + "  ".join(f"{level.value} {n}" for level, n in counts.items()))
    print(
        f"time per assess():         mean {statistics.fmean(short):.1f} µs, p99 {p99(short):.1f} µs"
        f"  (baseline casefold+regex: mean {statistics.fmean(base):.2f} µs;"
        f" rules alone: mean {statistics.fmean(rules):.1f} µs)"
    )
    print(
        f"4,096-character messages:  mean {statistics.fmean(long):.1f} µs, p99 {p99(long):.1f} µs"
        f"  (baseline: mean {statistics.fmean(long_base):.2f} µs; rules alone: mean"
        f" {statistics.fmean(long_rules):.1f} µs; {len(longs)} messages glued back to back)"
    )
    print(
        f"  one message in ordinary text: mean {statistics.fmean(inside):.1f} µs,"
        f" p99 {p99(inside):.1f} µs  (rules alone: mean {statistics.fmean(inside_rules):.1f} µs)"
    )
    if args.show_errors:
        for title, wrong in (("missed crises", missed), ("false alarms", false_alarms)):
            print(f"\n{title} ({len(wrong)}):")
            for m in wrong:
                got = results[id(m)]
                reasons = ",".join(r.value for r in got.reasons) or "-"
                note = f"  [{m.note}]" if m.note else ""
                print(f"  [{m.lang}] {m.label} -> {got.level.value} ({reasons}): {m.text!r}{note}")
    figures = {
        "recall": round(recall, 4),
        "false_positive_rate": round(false_positive_rate, 4),
        "n_crisis": len(crises),
        "n_non_crisis": len(others),
        "mean_us": round(statistics.fmean(short), 2),
        "p99_us": round(p99(short), 2),
        "baseline_mean_us": round(statistics.fmean(base), 3),
        "rules_mean_us": round(statistics.fmean(rules), 2),
        "long_mean_us": round(statistics.fmean(long), 2),
        "long_rules_mean_us": round(statistics.fmean(long_rules), 2),
        "inside_mean_us": round(statistics.fmean(inside), 2),
    }
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
