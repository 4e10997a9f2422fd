"""Train the crisis screen's learned layer and write ``dialogs/data/safety_model.json``.

    .venv/bin/python -m dialogs.safety_train [--out PATH] [--no-nested] [--jobs N]
                                             [--inner-groups N] [FILE ...]

Reads the training files (by default tests/data/safety_corpus.toml, safety_dev.toml and every
safety_train_*.toml), reads each message with the rules (dialogs/safety.py), fits a logistic
regression over the features of dialogs/safety_model.py, chooses its thresholds, fits the
aspect heads and writes the weights file with its metadata: each file's sha256 and counts, the
settings, and leave-one-file-out cross-validation.

Cross-validation is by file, because a file is one writer's voice: train on all files but one,
test on that one, for each file. For an honest figure the held-out file takes no part in
choosing the threshold either: in each fold the threshold (and the window penalty, below) is
chosen by a cross-validation inside the remaining files, over groups of files
(``--no-nested`` uses the global threshold instead: faster and slightly optimistic). The
figures are recall on crisis and the false-positive rate (non-crisis assessed crisis), for the
rules alone and for rules+model. The threshold of the committed model is chosen the same way
on the out-of-fold probabilities of all files.

Choices, each made on those cross-file figures (never on the blind sets): L2-regularised
logistic loss with crisis and non-crisis given equal total weight; no weight for a feature seen
in fewer than two training messages, and none written below PRUNE; a message read in windows
exactly as at run time, each window with the message's label and a share of its weight (only
long messages have several); the rules' own crises contribute no rule features (see
dialogs.safety.Screen.features). The crisis threshold is the lowest at which rules+model keep
the pooled out-of-fold false-positive rate within TARGET_FPR, chosen together with a window
penalty (each window of a long message is one more chance of a false alarm, so the top
window's logit is lowered by a multiple of the log of their number) as the pair with the best
recall; the concern threshold raises at most CONCERN_RATE of the "none" messages. Variants
tried and not kept, because they did no better across files: length normalisation (it moves
false alarms to short messages), negation-marked n-grams, per-file weights, smaller windows,
and training only on what the rules miss. Not kept either, for too little gain at their cost,
measured over 69 files and 12 left-out groups of files (recall at FPR 0.045, against 0.811
without them): word triples (+0.4 points; +0.2 beside the pairs one apart, which are kept:
+0.65), a sentence embedding from all-MiniLM-L6-v2 beside the sparse features (+0.7, at about
7 ms a message and a PyTorch dependency at run time), and static token embeddings distilled
from it (+0.1).

This owns training only; numpy is used here and nowhere at run time. It refuses any file whose
name contains "holdout" or "blind" (without opening it) or whose header comment says BLIND:
those are evaluation sets, and training on them would make every figure measured on them a lie.
Everything is deterministic: no random numbers, files and messages in a fixed order, one BLAS
thread per process; two runs write the same weights, whatever ``--jobs`` says. The nested run
fits one model per group of files and per pair of groups (each serves every inner fold that
needs it), spread over one process per CPU.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import multiprocessing
import os
import re
import sys
import time
import tomllib
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# One thread for BLAS: sums in a fixed order make training bit-for-bit repeatable (and the
# vectors here are too small to gain from threads). Only effective before numpy loads.
for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")

import numpy as np  # noqa: E402
import numpy.typing as npt  # noqa: E402

from dialogs import safety_model  # noqa: E402
from dialogs.safety import Category, combine, screen  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "tests" / "data"
DEFAULT_OUT = safety_model.DATA_FILE

#: Settings chosen by leave-one-file-out cross-validation (never by the blind sets).
#: Per message (the loss is a mean): larger shrinks every weight. Chosen by a leave-one-file-out
#: sweep over 45 files (global thresholds): pooled recall 0.764 at 2e-3, 0.777 at 1e-3, 0.783
#: at 5e-4, 0.784 at 2.5e-4, all at the same false-positive rate. Swept again over 69 files,
#: leaving out each of 12 groups of files in turn (global thresholds, FPR 0.045): 0.802 at
#: 1e-3, 0.811 at 5e-4, 0.816 at 2.5e-4; with the current rules 0.821 at 5e-4, 0.825 at
#: 1.25e-4, and with the one-apart pairs 0.830 at 2.5e-4.
L2 = 2.5e-4
HEAD_L2 = 1e-3
MIN_MESSAGES = 2  # a feature seen in fewer training messages gets no weight
PRUNE = 1e-3  # weights smaller than this are not written
#: The out-of-fold false-positive rate (pooled over all files) that rules+model may reach; the
#: rules' own false positives count against it. The target is 0.05; the margin is for the
#: step from out-of-fold models to the final one.
TARGET_FPR = 0.045
CONCERN_RATE = 0.05  # the share of out-of-fold "none" messages the model may raise to concern
#: Window penalties tried (see safety_model.Model.window_penalty); the one that gives the best
#: pooled out-of-fold recall at TARGET_FPR is kept, chosen inside every fold like the threshold.
WINDOW_PENALTIES = (0.0, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0)
#: Groups of files for the inner cross-validation of the nested run. Each inner model is
#: trained on about (groups - 2) / groups of the files (five sixths here); an inner
#: leave-one-file-out (groups >= files) fitted a model per pair of files, 1,540 fits for 56.
INNER_GROUPS = 12
MAX_ITERATIONS = 400

Float = npt.NDArray[np.float64]
Int = npt.NDArray[np.int64]


class BlindFileError(ValueError):
    """A blind evaluation set was offered for training."""


def default_files() -> list[Path]:
    names = ["safety_corpus.toml", "safety_dev.toml"]
    found = [DATA_DIR / name for name in names if (DATA_DIR / name).exists()]
    found += sorted(DATA_DIR.glob("safety_train_*.toml"))
    return [path for path in found if not _blind_name(path)]


def _blind_name(path: Path) -> bool:
    name = path.name.lower()
    return "holdout" in name or "blind" in name


_BLIND_HEADER = re.compile(r"\bBLIND\b")


def check_trainable(path: Path) -> bytes:
    """The file's bytes, or BlindFileError when it is an evaluation set.

    The name is checked before the file is opened: a blind set is never read.
    """
    if _blind_name(path):
        raise BlindFileError(f"refusing to train on {path.name}: its name marks a blind set")
    content = path.read_bytes()
    header = []
    for line in content.decode("utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            break
        header.append(line)
    if _BLIND_HEADER.search("\n".join(header)):
        raise BlindFileError(f"refusing to train on {path.name}: its header says BLIND")
    return content


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    label: str
    lang: str
    file: str


@dataclass(frozen=True, slots=True)
class TrainingFile:
    path: Path
    sha256: str
    examples: tuple[Example, ...]

    @property
    def name(self) -> str:
        return self.path.name


def read_file(path: Path) -> TrainingFile:
    content = check_trainable(path)
    rows = tomllib.loads(content.decode("utf-8")).get("message", [])
    examples = []
    for row in rows:
        label = row["label"]
        if label not in ("crisis", "concern", "none"):
            raise ValueError(f"{path.name}: unknown label {label!r}")
        examples.append(Example(row["text"], label, row.get("lang", "?"), path.name))
    return TrainingFile(path, hashlib.sha256(content).hexdigest(), tuple(examples))


# ---------------------------------------------------------------------------------------------
# Features as a sparse matrix
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Matrix:
    """Rows of sparse features (CSR), with the feature names."""

    indptr: Int
    indices: Int
    values: Float
    names: list[str]

    @property
    def shape(self) -> tuple[int, int]:
        return len(self.indptr) - 1, len(self.names)

    def rows(self, keep: Int) -> Matrix:
        starts, ends = self.indptr[keep], self.indptr[keep + 1]
        lengths = ends - starts
        picks = np.concatenate([np.arange(s, e) for s, e in zip(starts, ends, strict=True)])
        indptr = np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64)
        return Matrix(indptr, self.indices[picks], self.values[picks], self.names)


def build_matrix(rows: Sequence[dict[str, float]]) -> Matrix:
    index: dict[str, int] = {}
    indptr = [0]
    indices: list[int] = []
    values: list[float] = []
    for found in rows:
        for name, value in sorted(found.items()):
            indices.append(index.setdefault(name, len(index)))
            values.append(value)
        indptr.append(len(indices))
    return Matrix(
        np.asarray(indptr, dtype=np.int64),
        np.asarray(indices, dtype=np.int64),
        np.asarray(values, dtype=np.float64),
        list(index),
    )


# ---------------------------------------------------------------------------------------------
# Logistic regression (L2, L-BFGS)
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Fit:
    bias: float
    weights: Float  # one per column of the matrix

    def logits(self, matrix: Matrix) -> Float:
        row_of = np.repeat(np.arange(matrix.shape[0]), np.diff(matrix.indptr))
        products = matrix.values * self.weights[matrix.indices]
        sums = np.bincount(row_of, weights=products, minlength=matrix.shape[0])
        return np.asarray(self.bias + sums, dtype=np.float64)


def fit_logistic(
    matrix: Matrix,
    labels: Float,
    sample_weights: Float,
    l2: float,
    allowed: npt.NDArray[np.bool_],
    max_iterations: int = MAX_ITERATIONS,
) -> Fit:
    """Minimise the weighted mean log loss plus ``l2 / 2 * |w|^2`` (the bias is free) over the
    ``allowed`` columns, by L-BFGS with a backtracking line search."""
    n_rows, n_cols = matrix.shape
    row_of = np.repeat(np.arange(n_rows), np.diff(matrix.indptr))
    cols = matrix.indices
    vals = matrix.values * allowed[cols]
    weights = sample_weights / sample_weights.sum()

    def loss_and_gradient(theta: Float) -> tuple[float, Float]:
        w, b = theta[:-1], theta[-1]
        z = b + np.bincount(row_of, weights=vals * w[cols], minlength=n_rows)
        # log(1 + exp(-y z)) for y in {-1, +1}, stably
        signed = np.where(labels > 0.5, z, -z)
        loss = float(np.sum(weights * np.logaddexp(0.0, -signed))) + 0.5 * l2 * float(w @ w)
        p = 0.5 * (1.0 + np.tanh(0.5 * z))
        residual = weights * (p - labels)
        grad_w = np.bincount(cols, weights=vals * residual[row_of], minlength=n_cols) + l2 * w
        return loss, np.concatenate([grad_w, [residual.sum()]])

    theta = np.zeros(n_cols + 1)
    theta = _lbfgs(loss_and_gradient, theta, max_iterations)
    return Fit(float(theta[-1]), theta[:-1] * allowed)


def _lbfgs(
    function: Callable[[Float], tuple[float, Float]],
    theta: Float,
    max_iterations: int,
    memory: int = 10,
    tolerance: float = 1e-7,
) -> Float:
    loss, grad = function(theta)
    steps: list[tuple[Float, Float, float]] = []
    for _ in range(max_iterations):
        # two-loop recursion
        q = grad.copy()
        alphas = []
        for s, y, rho in reversed(steps):
            alpha = rho * float(s @ q)
            q -= alpha * y
            alphas.append(alpha)
        if steps:
            s, y, _ = steps[-1]
            q *= float(s @ y) / float(y @ y)
        for (s, y, rho), alpha in zip(steps, reversed(alphas), strict=True):
            beta = rho * float(y @ q)
            q += (alpha - beta) * s
        direction = -q
        slope = float(grad @ direction)
        if slope >= 0:
            direction, slope, steps = -grad, -float(grad @ grad), []
        step = 1.0
        while True:
            candidate = theta + step * direction
            new_loss, new_grad = function(candidate)
            if new_loss <= loss + 1e-4 * step * slope or step < 1e-10:
                break
            step *= 0.5
        s_k, y_k = candidate - theta, new_grad - grad
        sy = float(s_k @ y_k)
        if sy > 1e-12:
            steps.append((s_k, y_k, 1.0 / sy))
            steps = steps[-memory:]
        improvement = loss - new_loss
        theta, loss, grad = candidate, new_loss, new_grad
        if improvement < tolerance * max(1.0, abs(loss)) or float(np.abs(grad).max()) < 1e-6:
            break
    return theta


# ---------------------------------------------------------------------------------------------
# Training data
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Data:
    """The messages, and their windows as the rows of a feature matrix.

    A message longer than safety_model.WINDOW tokens is read in several windows, as at run
    time; its rows are consecutive (``first_row[i]`` to ``first_row[i + 1]``).
    """

    files: list[TrainingFile]
    examples: list[Example]
    matrix: Matrix
    first_row: Int  # one more entry than messages
    crisis: Float  # per message: 1.0 for a crisis
    rules_crisis: npt.NDArray[np.bool_]
    file_of: Int
    aspects: list[tuple[frozenset[str], bool] | None]  # the rules' reading of their crises

    def rows_of(self, messages: Int) -> Int:
        starts, ends = self.first_row[messages], self.first_row[messages + 1]
        return np.concatenate([np.arange(a, b) for a, b in zip(starts, ends, strict=True)])

    def windows(self, messages: Int) -> Int:
        return np.asarray(np.diff(self.first_row)[messages], dtype=np.int64)


def prepare(files: list[TrainingFile]) -> Data:
    examples = [example for file in files for example in file.examples]
    rows: list[dict[str, float]] = []
    first_row = [0]
    aspects: list[tuple[frozenset[str], bool] | None] = []
    rules_crisis = []
    for example in examples:
        rules = screen(example.text)
        found = rules.features()
        spans = safety_model.windows(safety_model.tokens(rules.normalised))
        rows.extend(safety_model.features(rules.normalised, found, span=span) for span in spans)
        first_row.append(len(rows))
        crisis = rules.assessment.is_crisis
        rules_crisis.append(crisis)
        reading = rules.assessment
        reasons = frozenset(str(reason) for reason in reading.reasons)
        aspects.append((reasons, reading.about_someone_else) if crisis else None)
    names = [file.name for file in files]
    return Data(
        files=files,
        examples=examples,
        matrix=build_matrix(rows),
        first_row=np.asarray(first_row, dtype=np.int64),
        crisis=np.asarray([e.label == "crisis" for e in examples], dtype=np.float64),
        rules_crisis=np.asarray(rules_crisis, dtype=bool),
        file_of=np.asarray([names.index(e.file) for e in examples], dtype=np.int64),
        aspects=aspects,
    )


def _allowed(
    matrix: Matrix, rows: Int, prefixes: tuple[str, ...] | None = None
) -> npt.NDArray[np.bool_]:
    """Columns seen in at least MIN_MESSAGES of these rows (windows; and with one of these
    prefixes)."""
    sub = matrix.rows(rows)
    seen = np.bincount(sub.indices, minlength=matrix.shape[1]) >= MIN_MESSAGES
    if prefixes is not None:
        seen &= np.asarray([name.startswith(prefixes) for name in matrix.names], dtype=bool)
    return seen


def _balanced(labels: Float) -> Float:
    """Sample weights that give crisis and non-crisis messages equal total weight."""
    positives = max(1.0, float(labels.sum()))
    negatives = max(1.0, float(len(labels) - labels.sum()))
    return np.where(labels > 0.5, 0.5 / positives, 0.5 / negatives)


def train_crisis(data: Data, messages: Int) -> Fit:
    """Every window of a message carries its label and an equal share of its weight. (In a
    long crisis message some windows miss the risk; they are few, and share one weight.)"""
    rows = data.rows_of(messages)
    counts = data.windows(messages)
    labels = np.repeat(data.crisis[messages], counts)
    weights = np.repeat(_balanced(data.crisis[messages]) / counts, counts)
    return fit_logistic(data.matrix.rows(rows), labels, weights, L2, _allowed(data.matrix, rows))


def top_logits(fit: Fit, data: Data, messages: Int) -> Float:
    """Per message, the logit of its most worrying window."""
    logits = fit.logits(data.matrix.rows(data.rows_of(messages)))
    starts = np.concatenate([[0], np.cumsum(data.windows(messages))[:-1]])
    return np.asarray(np.maximum.reduceat(logits, starts), dtype=np.float64)


def penalised(top: Float, windows: Int, penalty: float) -> Float:
    """Probabilities as at run time: the top window's logit less ``penalty`` x ln(windows)."""
    return np.asarray(1.0 / (1.0 + np.exp(-(top - penalty * np.log(windows)))), dtype=np.float64)


def probabilities(fit: Fit, data: Data, messages: Int) -> Float:
    """Per message, the probability of its most worrying window (no window penalty)."""
    return penalised(top_logits(fit, data, messages), data.windows(messages), 0.0)


# ---------------------------------------------------------------------------------------------
# Thresholds and cross-validation
# ---------------------------------------------------------------------------------------------


def choose_crisis_threshold(
    probability: Float, crisis: Float, rules_crisis: npt.NDArray[np.bool_]
) -> float:
    """The lowest threshold at which rules+model keep the false-positive rate within
    TARGET_FPR (the rules' own false positives count against it)."""
    others = crisis < 0.5
    allowed = int(np.floor(TARGET_FPR * others.sum())) - int((rules_crisis & others).sum())
    candidates = np.sort(probability[others & ~rules_crisis])[::-1]
    if allowed < 0 or len(candidates) == 0:
        return 1.0
    if allowed >= len(candidates):
        return float(candidates[-1])
    # strictly above the (allowed+1)-th highest non-crisis probability
    return float(np.nextafter(candidates[allowed], 1.0))


def choose_concern_threshold(
    probability: Float, labels: list[str], crisis_threshold: float
) -> float:
    """The threshold that raises at most CONCERN_RATE of the "none" messages to a concern."""
    none = np.sort(
        np.asarray([p for p, label in zip(probability, labels, strict=True) if label == "none"])
    )[::-1]
    if len(none) == 0:
        return crisis_threshold
    k = int(np.floor(CONCERN_RATE * len(none)))
    threshold = float(np.nextafter(none[min(k, len(none) - 1)], 1.0))
    return min(threshold, crisis_threshold)


def choose_crisis_setting(
    top: Float, windows: Int, crisis: Float, rules_crisis: npt.NDArray[np.bool_]
) -> tuple[float, float]:
    """The window penalty and crisis threshold with the best recall of rules+model at
    TARGET_FPR on these out-of-fold logits (ties go to the smaller penalty)."""
    best: tuple[float, float, float] | None = None
    for penalty in WINDOW_PENALTIES:
        probability = penalised(top, windows, penalty)
        threshold = choose_crisis_threshold(probability, crisis, rules_crisis)
        recall = rates(rules_crisis | (probability >= threshold), crisis).recall
        if best is None or recall > best[0]:
            best = (recall, penalty, threshold)
    assert best is not None
    return best[1], best[2]


@dataclass(frozen=True)
class Rates:
    recall: float
    false_positive_rate: float
    n_crisis: int
    n_other: int

    def as_json(self) -> dict[str, Any]:
        return {
            "recall": round(self.recall, 4),
            "false_positive_rate": round(self.false_positive_rate, 4),
            "n_crisis": self.n_crisis,
            "n_non_crisis": self.n_other,
        }


def rates(flagged: npt.NDArray[np.bool_], crisis: Float) -> Rates:
    positives = crisis > 0.5
    n_crisis, n_other = int(positives.sum()), int((~positives).sum())
    return Rates(
        float((flagged & positives).sum() / max(1, n_crisis)),
        float((flagged & ~positives).sum() / max(1, n_other)),
        n_crisis,
        n_other,
    )


def logits_without(data: Data, excluded: tuple[int, ...]) -> list[Float]:
    """Train on every file but ``excluded``; the top-window logits of each excluded file's
    messages, in that order. One fit serves every fold that holds out these files."""
    keep = ~np.isin(data.file_of, excluded)
    fit = train_crisis(data, np.flatnonzero(keep))
    return [top_logits(fit, data, np.flatnonzero(data.file_of == held)) for held in excluded]


_SHARED: Data | None = None  # the data a forked worker reads (set before the pool forks)


def _logits_in_worker(excluded: tuple[int, ...]) -> list[Float]:
    assert _SHARED is not None
    return logits_without(_SHARED, excluded)


def fold_logits(
    data: Data,
    folds: list[tuple[int, ...]],
    jobs: int,
    log: Callable[[str], None] = lambda _: None,
) -> dict[tuple[int, ...], list[Float]]:
    """``logits_without`` for each of these folds, in ``jobs`` forked processes (progress
    logged every tenth of the way). Each fit is independent and deterministic, so the result is
    the same for any number of jobs."""
    global _SHARED
    step = max(1, len(folds) // 10)

    def collect(results: Iterable[list[Float]]) -> dict[tuple[int, ...], list[Float]]:
        fitted = {}
        started = time.perf_counter()
        for done, (fold, logits) in enumerate(zip(folds, results, strict=True), start=1):
            fitted[fold] = logits
            if done % step == 0 or done == len(folds):
                log(f"  {done}/{len(folds)} fits, {time.perf_counter() - started:.0f} s")
        return fitted

    if jobs <= 1 or len(folds) <= 1:
        return collect(logits_without(data, fold) for fold in folds)
    _SHARED = data
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
            return collect(pool.map(_logits_in_worker, folds))
    finally:
        _SHARED = None


def inner_groups_of(count: int, groups: int) -> list[int]:
    """The inner group of each file: round robin over the files in their (sorted) order, so
    the writers of one round spread over the groups. ``groups >= count`` gives every file its
    own group: the inner loop is then a plain leave-one-file-out. At least three groups, or the
    fit without two of them would have nothing left to learn from."""
    groups = max(1, min(max(groups, 3), count))
    return [index % groups for index in range(count)]


def cross_validate(
    data: Data,
    nested: bool,
    log: Callable[[str], None],
    jobs: int = 1,
    inner_groups: int = INNER_GROUPS,
) -> dict[str, Any]:
    """Leave-one-file-out. In the nested run, the threshold for held-out file h is chosen on
    out-of-fold logits of every other file g from a model that saw neither h nor g: with the
    files dealt into groups, the model trained without the groups of h and of g (without that
    one group when they share it). One fit per group and per pair of groups serves every outer
    fold, so the cost grows with the square of the groups, not the cube of the files."""
    everything = np.arange(len(data.examples))
    count = len(data.files)
    started = time.perf_counter()
    group_of = inner_groups_of(count, inner_groups)
    members = [tuple(f for f in range(count) if group_of[f] == g) for g in range(max(group_of) + 1)]
    singles: list[tuple[int, ...]] = [(held,) for held in range(count)]
    inner_folds: list[tuple[int, ...]] = []
    if nested and count > 2:
        inner_folds = [files for files in members if len(files) > 1]
        inner_folds += [members[a] + members[b] for b in range(len(members)) for a in range(b)]
    log(
        f"leave-one-file-out: {len(singles) + len(inner_folds)} fits in {jobs} processes"
        + (f" (inner folds over {len(members)} groups of files)" if inner_folds else "")
    )
    fitted = fold_logits(data, singles + inner_folds, jobs, log)
    oof = np.zeros(len(everything))
    for held in range(count):
        oof[data.file_of == held] = fitted[(held,)][0]
    windows = data.windows(everything)
    labels = [example.label for example in data.examples]
    global_penalty, global_threshold = choose_crisis_setting(
        oof, windows, data.crisis, data.rules_crisis
    )

    def without(held: int, other: int) -> Float:
        """Logits of file ``other`` from the fit that saw neither it nor ``held``."""
        a, b = sorted((group_of[held], group_of[other]))
        fold = members[a] if a == b else members[a] + members[b]
        return fitted[fold][fold.index(other)]

    per_file: dict[str, Any] = {}
    flagged_all = np.zeros(len(everything), dtype=bool)
    for index, file in enumerate(data.files):
        test = data.file_of == index
        penalty, threshold = global_penalty, global_threshold
        if inner_folds:
            inner_rows = everything[~test]
            inner = np.zeros(len(inner_rows))
            for other in range(count):
                if other != index:
                    inner[data.file_of[inner_rows] == other] = without(index, other)
            penalty, threshold = choose_crisis_setting(
                inner, windows[inner_rows], data.crisis[inner_rows], data.rules_crisis[inner_rows]
            )
        flagged = data.rules_crisis[test] | (
            penalised(oof[test], windows[test], penalty) >= threshold
        )
        flagged_all[test] = flagged
        per_file[file.name] = {
            "rules": rates(data.rules_crisis[test], data.crisis[test]).as_json(),
            "rules+model": rates(flagged, data.crisis[test]).as_json(),
            "threshold": round(threshold, 4),
            "window_penalty": penalty,
        }
    pooled = {
        "rules": rates(data.rules_crisis, data.crisis).as_json(),
        "rules+model": rates(flagged_all, data.crisis).as_json(),
    }
    macro = {
        kind: {
            figure: round(float(np.mean([f[kind][figure] for f in per_file.values()])), 4)
            for figure in ("recall", "false_positive_rate")
        }
        for kind in ("rules", "rules+model")
    }
    concern = choose_concern_threshold(
        penalised(oof, windows, global_penalty), labels, global_threshold
    )
    log(f"  {time.perf_counter() - started:.0f} s")
    return {
        "method": "leave-one-file-out; threshold chosen "
        + (
            f"by an inner cross-validation over {len(members)} groups of the other files"
            if inner_folds
            else "globally"
        ),
        "per_file": per_file,
        "pooled": pooled,
        "macro": macro,
        "thresholds": {
            "crisis": global_threshold,
            "concern": concern,
            "window_penalty": global_penalty,
        },
        "out_of_fold": oof,
        "inner_groups": len(members) if inner_folds else None,  # as used, after the bounds
    }


# ---------------------------------------------------------------------------------------------
# The model
# ---------------------------------------------------------------------------------------------

HEAD_PREFIXES = ("w:", "n:", "b:")
HEAD_CATEGORIES = tuple(str(c) for c in Category if c not in (Category.HOPELESSNESS,))


def train_heads(data: Data) -> tuple[dict[str, safety_model.Linear], dict[str, Any]]:
    """One-vs-rest models of the rules' categories (and person) on the rules' own crises, and
    their leave-one-file-out precision and recall against the rules' reading."""
    messages = np.asarray([i for i, a in enumerate(data.aspects) if a], dtype=np.int64)
    targets: dict[str, list[bool]] = {name: [] for name in (*HEAD_CATEGORIES, "about_someone_else")}
    for i in messages:
        aspect = data.aspects[i]
        assert aspect is not None
        reasons, other = aspect
        for name in HEAD_CATEGORIES:
            targets[name].append(name in reasons)
        targets["about_someone_else"].append(other)

    def fit(labels: Float, chosen: Int) -> Fit:
        rows = data.rows_of(messages[chosen])
        counts = data.windows(messages[chosen])
        allowed = _allowed(data.matrix, rows, HEAD_PREFIXES)
        weights = np.repeat(1.0 / counts, counts)
        repeated = np.repeat(labels[chosen], counts)
        return fit_logistic(data.matrix.rows(rows), repeated, weights, HEAD_L2, allowed)

    heads = {}
    figures: dict[str, Any] = {}
    everything = np.arange(len(messages))
    files = data.file_of[messages]
    for name, target in targets.items():
        labels = np.asarray(target, dtype=np.float64)
        if labels.sum() < 5:
            continue
        heads[name] = _linear(fit(labels, everything), data.matrix.names)
        predicted = np.zeros(len(messages), dtype=bool)
        for held in np.unique(files):
            test = files == held
            predicted[test] = (
                probabilities(fit(labels, everything[~test]), data, messages[test]) > 0.5
            )
        truth = labels > 0.5
        figures[name] = {
            "precision": round(float((predicted & truth).sum() / max(1, predicted.sum())), 3),
            "recall": round(float((predicted & truth).sum() / max(1, truth.sum())), 3),
            "positives": int(truth.sum()),
        }
    figures["messages"] = len(messages)
    return heads, figures


def _linear(fit: Fit, names: list[str]) -> safety_model.Linear:
    keep = np.flatnonzero(np.abs(fit.weights) >= PRUNE)
    return safety_model.Linear(
        round(fit.bias, 5), {names[i]: round(float(fit.weights[i]), 5) for i in keep}
    )


def train(
    files: list[TrainingFile],
    nested: bool = True,
    log: Callable[[str], None] = print,
    jobs: int = 1,
    inner_groups: int = INNER_GROUPS,
) -> tuple[safety_model.Model, dict[str, Any]]:
    started = time.perf_counter()
    data = prepare(files)
    log(f"{len(data.examples)} messages, {data.matrix.shape[1]} features")
    cv = cross_validate(data, nested, log, jobs, inner_groups)
    cv.pop("out_of_fold")
    inner_groups_used = cv.pop("inner_groups")
    everything = np.arange(len(data.examples))
    fit = train_crisis(data, everything)
    crisis = _linear(fit, data.matrix.names)
    heads, head_figures = train_heads(data)
    metadata = {
        "trained": datetime.datetime.now(datetime.UTC).date().isoformat(),
        "files": [
            {
                "path": file.path.relative_to(ROOT).as_posix()
                if file.path.is_relative_to(ROOT)
                else str(file.path),
                "sha256": file.sha256,
                "messages": len(file.examples),
                "crisis": sum(e.label == "crisis" for e in file.examples),
                "concern": sum(e.label == "concern" for e in file.examples),
                "none": sum(e.label == "none" for e in file.examples),
            }
            for file in files
        ],
        "messages": len(data.examples),
        "settings": {
            "l2": L2,
            "head_l2": HEAD_L2,
            "min_messages": MIN_MESSAGES,
            "prune": PRUNE,
            "target_fpr": TARGET_FPR,
            "concern_rate": CONCERN_RATE,
            "window_penalties": list(WINDOW_PENALTIES),
            "inner_groups": inner_groups_used,
            "negation_scope": safety_model.NEGATION_SCOPE,
            "ngram_sizes": list(safety_model.NGRAM_SIZES),
            "window": safety_model.WINDOW,
            "span": safety_model.SPAN,
            "stride": safety_model.STRIDE,
            "class_weights": "balanced",
        },
        "features": {"seen": data.matrix.shape[1], "kept": len(crisis.weights)},
        "cross_validation": cv,
        "heads_cross_validation": head_figures,
    }
    thresholds = cv["thresholds"]
    model = safety_model.Model(
        crisis=crisis,
        crisis_threshold=round(thresholds["crisis"], 6),
        concern_threshold=round(thresholds["concern"], 6),
        window_penalty=thresholds["window_penalty"],
        heads=heads,
        metadata=metadata,
    )
    combined = np.asarray(
        [combine(screen(e.text), model).is_crisis for e in data.examples], dtype=bool
    )
    metadata["in_sample"] = {
        "rules": rates(data.rules_crisis, data.crisis).as_json(),
        "rules+model": rates(combined, data.crisis).as_json(),
    }
    metadata["training_seconds"] = round(time.perf_counter() - started, 1)
    return model, metadata


def report(metadata: dict[str, Any], log: Callable[[str], None] = print) -> None:
    cv = metadata["cross_validation"]
    log("")
    log(cv["method"])
    header = f"{'held-out file':28} {'crisis':>6} {'other':>6}  {'rules R':>8} {'FPR':>6}"
    log(header + f"  {'+model R':>8} {'FPR':>6}  {'thr':>6} {'pen':>5}")
    rows = [*cv["per_file"].items(), ("pooled", cv["pooled"])]
    for name, figures in rows:
        rules, both = figures["rules"], figures["rules+model"]
        log(
            f"{name:28} {rules['n_crisis']:6} {rules['n_non_crisis']:6}  "
            f"{rules['recall']:8.3f} {rules['false_positive_rate']:6.3f}  "
            f"{both['recall']:8.3f} {both['false_positive_rate']:6.3f}  "
            f"{figures.get('threshold', cv['thresholds']['crisis']):6.3f} "
            f"{figures.get('window_penalty', cv['thresholds']['window_penalty']):5.2f}"
        )
    macro = cv["macro"]
    log(
        f"{'mean over files':28} {'':6} {'':6}  {macro['rules']['recall']:8.3f} "
        f"{macro['rules']['false_positive_rate']:6.3f}  {macro['rules+model']['recall']:8.3f} "
        f"{macro['rules+model']['false_positive_rate']:6.3f}"
    )
    thresholds = cv["thresholds"]
    log(
        f"thresholds: crisis {thresholds['crisis']:.4f}, concern {thresholds['concern']:.4f}, "
        f"window penalty {thresholds['window_penalty']}"
    )
    log(f"in sample: {metadata['in_sample']}")
    heads = metadata["heads_cross_validation"]
    log(f"aspect heads, leave-one-file-out against the rules' reading: {heads}")
    log(f"features: {metadata['features']}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("files", nargs="*", type=Path, help="training files (default: all)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="the weights file")
    parser.add_argument(
        "--no-nested", action="store_true", help="one global threshold in cross-validation"
    )
    parser.add_argument(
        "--jobs",
        type=int,
        default=os.cpu_count() or 1,
        help="processes for the cross-validation fits (default: one per CPU; same result)",
    )
    parser.add_argument(
        "--inner-groups",
        type=int,
        default=INNER_GROUPS,
        help="groups of files in the nested inner cross-validation (>= files: leave-one-out)",
    )
    args = parser.parse_args(argv)
    paths: list[Path] = args.files or default_files()
    try:
        files = [read_file(path) for path in paths]
    except BlindFileError as error:
        print(error, file=sys.stderr)
        return 2
    for file in files:
        print(f"{file.name}: {len(file.examples)} messages, sha256 {file.sha256[:12]}")
    model, metadata = train(
        files, nested=not args.no_nested, jobs=args.jobs, inner_groups=args.inner_groups
    )
    report(metadata)
    args.out.write_text(json.dumps(model.to_json(), ensure_ascii=False, indent=None) + "\n")
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
