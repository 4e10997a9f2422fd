"""Charts for /insights, drawn with matplotlib's Agg backend into PNG bytes.

Every function here is synchronous, pure (data and texts in, PNG bytes out) and CPU-bound: the
journal service calls them with ``asyncio.to_thread`` so the event loop keeps answering other
people while a chart is drawn. matplotlib is imported on first use (it takes a moment), the
figures are plain ``Figure`` objects (never pyplot's global state), and drawing is serialised
by a lock because matplotlib's font and text caches are not meant for several threads at once.

Texts (titles, axis labels) come from the content files through the caller; nothing here
knows a language. Only our own vocabulary reaches a chart: feeling and need labels, numbers,
dates; never a person's own words.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

__all__ = ["FeelingCount", "IntensityPoint", "feelings_png", "intensity_png", "needs_png"]

#: Width and height in inches, and dots per inch: 800 x 640 px, sharp on a phone.
SIZE = (8.0, 6.4)
DPI = 100

#: Soft colours, one per core feeling; anything else gets the neutral one.
COLOURS = {
    "sad": "#6c8ebf",
    "scared": "#9c7fc0",
    "angry": "#d9776b",
    "hurt": "#d88fa8",
    "ashamed": "#c9a26b",
    "lonely": "#7fa6a3",
    "overwhelmed": "#a5a07a",
    "okay": "#8fbf8f",
}
NEUTRAL = "#9aa5b1"
INK = "#3d4650"
GRID = "#e3e7eb"
BEFORE = "#d9776b"
AFTER = "#6c8ebf"

_lock = threading.Lock()


@dataclass(frozen=True, slots=True)
class FeelingCount:
    key: str
    label: str
    last_30: int
    last_90: int


@dataclass(frozen=True, slots=True)
class IntensityPoint:
    day: date
    before: int
    after: int


def feelings_png(
    feelings: Sequence[FeelingCount], *, title_30: str, title_90: str, count: str, nothing: str
) -> bytes:
    """Two panels of horizontal bars, how often each feeling was named: 30 and 90 days."""
    shown = [f for f in feelings if f.last_90 > 0]
    with _lock:
        figure = _figure()
        top, bottom = figure.subplots(2, 1, sharex=True)
        most = max((f.last_90 for f in shown), default=1)
        for axes, title, values in (
            (top, title_30, [f.last_30 for f in shown]),
            (bottom, title_90, [f.last_90 for f in shown]),
        ):
            labels = [f.label for f in shown]
            colours = [COLOURS.get(f.key, NEUTRAL) for f in shown]
            rows = list(range(len(shown)))
            axes.barh(rows, values, color=colours, height=0.65)
            axes.set_yticks(rows, labels)
            axes.invert_yaxis()
            axes.set_title(title, loc="left", color=INK, fontsize=13)
            for row, value in zip(rows, values, strict=True):
                if value:
                    axes.text(value + most * 0.01, row, str(value), va="center", color=INK)
            if not any(values):
                axes.text(0.5, 0.5, nothing, transform=axes.transAxes, ha="center", color=NEUTRAL)
            _tidy(axes)
        bottom.set_xlabel(count, color=INK)
        bottom.set_xlim(0, most * 1.12 + 0.5)
        bottom.xaxis.get_major_locator().set_params(integer=True)
        return _png(figure)


def intensity_png(
    points: Sequence[IntensityPoint],
    *,
    title: str,
    scale: str,
    before: str,
    after: str,
    average: str,
    first: date,
    last: date,
) -> bytes:
    """Each check-in as a line from its start number to its end number, by day, on an axis
    from ``first`` to ``last`` (the whole period, however few check-ins it holds)."""
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter

    with _lock:
        figure = _figure()
        axes = figure.subplots()
        days = [p.day for p in points]
        lows = [min(p.before, p.after) for p in points]
        highs = [max(p.before, p.after) for p in points]
        axes.vlines(days, lows, highs, color=GRID, lw=2.5)  # one collection, however many
        axes.scatter(days, [p.before for p in points], color=BEFORE, s=28, label=before, zorder=3)
        axes.scatter(days, [p.after for p in points], color=AFTER, s=28, label=after, zorder=3)
        axes.set_xlim(first - timedelta(days=1), last + timedelta(days=1))
        axes.set_ylim(-0.5, 10.5)
        axes.set_yticks(range(0, 11, 2))
        axes.set_ylabel(scale, color=INK)
        axes.set_title(title, loc="left", color=INK, fontsize=13)
        locator = AutoDateLocator(maxticks=7)  # type: ignore[no-untyped-call]
        axes.xaxis.set_major_locator(locator)
        axes.xaxis.set_major_formatter(ConciseDateFormatter(locator))  # type: ignore[no-untyped-call]
        axes.legend(loc="upper left", bbox_to_anchor=(0, -0.1), ncols=2, frameon=False)
        axes.text(1.0, -0.14, average, transform=axes.transAxes, ha="right", color=INK)
        _tidy(axes, grid_axis="y")
        return _png(figure)


def needs_png(needs: Sequence[tuple[str, int]], *, title: str, count: str) -> bytes:
    """Horizontal bars: the needs named most often, most first."""
    with _lock:
        figure = _figure(height=min(SIZE[1], 1.6 + 0.6 * len(needs)))
        axes = figure.subplots()
        rows = list(range(len(needs)))
        values = [n for _, n in needs]
        axes.barh(rows, values, color=AFTER, height=0.6)
        axes.set_yticks(rows, [label for label, _ in needs])
        axes.invert_yaxis()
        most = max(values, default=1)
        for row, value in zip(rows, values, strict=True):
            axes.text(value + most * 0.01, row, str(value), va="center", color=INK)
        axes.set_xlim(0, most * 1.12 + 0.5)
        axes.xaxis.get_major_locator().set_params(integer=True)
        axes.set_xlabel(count, color=INK)
        axes.set_title(title, loc="left", color=INK, fontsize=13)
        _tidy(axes)
        return _png(figure)


# ---- helpers ------------------------------------------------------------------------------


def _figure(height: float = SIZE[1]) -> Any:
    from matplotlib.figure import Figure

    return Figure(figsize=(SIZE[0], height), dpi=DPI, layout="constrained", facecolor="white")


def _tidy(axes: Any, grid_axis: str = "x") -> None:
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        axes.spines[side].set_color(GRID)
    axes.tick_params(colors=INK, labelsize=11)
    axes.grid(axis=grid_axis, color=GRID, linewidth=0.8)
    axes.set_axisbelow(True)


def _png(figure: Any) -> bytes:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(figure)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=DPI, metadata={"Software": None})
    return buffer.getvalue()
