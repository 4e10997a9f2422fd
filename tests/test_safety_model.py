"""The crisis screen's learned layer (dialogs/safety_model.py) and its trainer
(dialogs/safety_train.py): the committed weights match the data, scoring is what the features
define, the blind sets stay blind, and the layer adds what the rules miss without undoing what
they do well."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import math
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dialogs import safety, safety_model, safety_train
from dialogs.safety import Category, Level, assess, score, screen

ROOT = Path(__file__).resolve().parents[1]
MODEL = safety_model.MODEL
METADATA = MODEL.metadata
CV = METADATA["cross_validation"]

# --- the weights file belongs to the data it was trained on ----------------------------------


def test_weights_were_trained_on_the_current_training_files() -> None:
    """Changing, adding or removing a training file without retraining fails here: run
    ``python -m dialogs.safety_train`` and commit dialogs/data/safety_model.json."""
    recorded = {entry["path"]: entry["sha256"] for entry in METADATA["files"]}
    current = {
        path.relative_to(ROOT).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in safety_train.default_files()
    }
    assert recorded == current, "training files changed: retrain (python -m dialogs.safety_train)"


def test_no_blind_file_was_trained_on() -> None:
    for entry in METADATA["files"]:
        name = Path(entry["path"]).name.lower()
        assert "holdout" not in name
        assert "blind" not in name
    assert all("blind" not in path.name for path in safety_train.default_files())


def test_the_feature_settings_match_the_code() -> None:
    recorded = METADATA["settings"]
    assert recorded["negation_scope"] == safety_model.NEGATION_SCOPE
    assert tuple(recorded["ngram_sizes"]) == safety_model.NGRAM_SIZES
    assert recorded["window"] == safety_model.WINDOW
    assert recorded["span"] == safety_model.SPAN
    assert recorded["stride"] == safety_model.STRIDE
    assert tuple(recorded["window_penalties"]) == safety_train.WINDOW_PENALTIES
    assert MODEL.window_penalty in safety_train.WINDOW_PENALTIES


def test_weights_file_is_small_and_sparse() -> None:
    # 2.8 MB with 21 training files, 3.6 MB with 35, 4.75 MB with 49 (and half the L2, which
    # keeps more small weights: 105,000), 6.2 MB with 69 (132,000 weights); read and parsed in
    # about 0.4 s
    assert safety_model.DATA_FILE.stat().st_size < 7_500_000
    data = json.loads(safety_model.DATA_FILE.read_text(encoding="utf-8"))
    prune = METADATA["settings"]["prune"]
    assert all(abs(weight) >= prune for weight in data["weights"].values())
    assert 0.0 < MODEL.concern_threshold <= MODEL.crisis_threshold < 1.0


def test_a_round_trip_through_json_gives_the_same_model() -> None:
    again = safety_model.from_json(json.loads(json.dumps(MODEL.to_json())))
    assert again.crisis == MODEL.crisis
    assert again.heads == MODEL.heads
    assert again.crisis_threshold == MODEL.crisis_threshold
    assert again.window_penalty == MODEL.window_penalty
    older = MODEL.to_json()
    del older["thresholds"]["window_penalty"]  # written before there was one
    assert safety_model.from_json(older).window_penalty == 0.0


def test_a_malformed_weights_file_is_refused() -> None:
    with pytest.raises(ValueError, match="format"):
        safety_model.from_json({"format": 99})
    with pytest.raises(ValueError, match="malformed"):
        safety_model.from_json({"format": safety_model.FORMAT, "bias": 0.0})


# --- cross-validation figures recorded in the metadata ---------------------------------------


def test_cross_file_figures_meet_the_targets() -> None:
    """Leave-one-file-out, threshold chosen without the held-out file: the honest estimate for a
    new writer. These are the figures reported with the model (rounded down)."""
    pooled = CV["pooled"]
    assert pooled["rules+model"]["false_positive_rate"] <= 0.05
    # 0.78 with four independent writers; 0.71 with nine, the five newer ones harder (long
    # messages, five languages, understated adults, evasions, context and time); 0.70 with
    # fifteen, the six newest harder still on first contact (0.33-0.59), while every one of the
    # nine older files gained from them (e.g. b 0.54 -> 0.59, d 0.42 -> 0.52, g 0.40 -> 0.47);
    # 0.749 with 21 and the window penalty; 0.778 with 28 (seven more writers, 0.46-0.73 on
    # first contact, and the rules widened from them); 0.764 with 35 (seven more, 0.53-0.81
    # on first contact, learned by the model only); 0.820 with 49 (fourteen more, 0.52-0.79 on
    # first contact, a rule pass over round two and four of the fourteen, half the L2); 0.809
    # with 69 (twenty more, round five 0.66-0.91 on first contact, several of them built of
    # near twins that raise the false alarms the threshold must hold: the threshold rose);
    # 0.854 with the same 69 (pairs one word apart, a third fewer rule false alarms, half the
    # L2 again)
    assert pooled["rules+model"]["recall"] >= 0.84
    assert pooled["rules+model"]["recall"] >= pooled["rules"]["recall"] + 0.07
    assert CV["macro"]["rules+model"]["recall"] >= CV["macro"]["rules"]["recall"] + 0.10
    assert (
        f"inner cross-validation over {METADATA['settings']['inner_groups']} groups"
        in (CV["method"])
    )
    assert set(CV["per_file"]) == {Path(entry["path"]).name for entry in METADATA["files"]}


def test_the_model_only_adds_to_the_rules_in_every_held_out_file() -> None:
    for name, figures in CV["per_file"].items():
        assert figures["rules+model"]["recall"] >= figures["rules"]["recall"], name


# --- the trainer ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["safety_holdout.toml", "safety_blind2.toml", "Safety_BLIND.toml", "x_holdout_2.toml"]
)
def test_trainer_refuses_blind_files_by_name_without_opening_them(name: str) -> None:
    missing = ROOT / "nowhere" / name  # does not exist: a read would raise FileNotFoundError
    with pytest.raises(safety_train.BlindFileError, match="blind set"):
        safety_train.read_file(missing)
    assert safety_train.main([str(missing)]) == 2


def test_trainer_refuses_a_file_whose_header_says_blind(tmp_path: Path) -> None:
    path = tmp_path / "safety_train_z.toml"
    path.write_text(
        '# BLIND evaluation set: never train on it\n\n[[message]]\ntext = "hi"\nlabel = "none"\n',
        encoding="utf-8",
    )
    with pytest.raises(safety_train.BlindFileError, match="header says BLIND"):
        safety_train.read_file(path)


def test_trainer_reads_an_ordinary_file(tmp_path: Path) -> None:
    path = tmp_path / "safety_train_z.toml"
    path.write_text(
        "# written blind to the rules, lowercase is not the marker\n\n"
        '[[message]]\ntext = "hi"\nlabel = "none"\nlang = "en"\n',
        encoding="utf-8",
    )
    read = safety_train.read_file(path)
    assert [e.text for e in read.examples] == ["hi"]
    assert read.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def _toy_file(tmp_path: Path, name: str, rows: list[tuple[str, str]]) -> Path:
    path = tmp_path / name
    path.write_text(
        "".join(
            f"[[message]]\ntext = {json.dumps(text)}\nlabel = {json.dumps(label)}\n"
            for text, label in rows
        ),
        encoding="utf-8",
    )
    return path


def test_training_is_deterministic(tmp_path: Path) -> None:
    crisis = ["i want to vanish for good", "no point being alive", "ready to go forever"]
    other = ["lovely walk today", "my tea went cold", "the bus was late again"]
    paths = [
        _toy_file(
            tmp_path,
            f"safety_train_{i}.toml",
            [(t, "crisis") for t in crisis[i:]] + [(t, "none") for t in other[i:]],
        )
        for i in range(3)
    ]
    files = [safety_train.read_file(path) for path in paths]
    first, _ = safety_train.train(files, nested=False, log=lambda _: None)
    second, _ = safety_train.train(files, nested=False, log=lambda _: None)
    assert first.crisis == second.crisis
    assert first.crisis_threshold == second.crisis_threshold


def _toy_data(tmp_path: Path) -> safety_train.Data:
    crisis = [
        "i want to vanish for good",
        "no point being alive",
        "ready to go forever",
        "tonight i end it all",
        "they would be better off without me around",
    ]
    other = [
        "lovely walk today",
        "my tea went cold",
        "the bus was late again",
        "work was a drag but fine",
        "i miss my gran, she died last year",
    ]
    paths = [
        _toy_file(
            tmp_path,
            f"safety_train_{i}.toml",
            [(t, "crisis") for t in crisis[i:]] + [(t, "none") for t in other[: 5 - i]],
        )
        for i in range(4)
    ]
    return safety_train.prepare([safety_train.read_file(path) for path in paths])


def _inner_thresholds_by_hand(
    data: safety_train.Data, group_of: list[int]
) -> dict[str, tuple[float, float]]:
    """The nested run's (penalty, threshold) per held-out file, computed the slow plain way:
    for each other file, a model trained without the groups of both files."""
    everything = np.arange(len(data.examples))
    chosen = {}
    for outer, name in enumerate(f.name for f in data.files):
        rows = everything[data.file_of != outer]
        inner = np.zeros(len(rows))
        for held in np.unique(data.file_of[rows]):
            unseen = [f for f, g in enumerate(group_of) if g in (group_of[outer], group_of[held])]
            assert outer in unseen
            assert held in unseen
            test = data.file_of[rows] == held
            fit = safety_train.train_crisis(data, everything[~np.isin(data.file_of, unseen)])
            inner[test] = safety_train.top_logits(fit, data, rows[test])
        chosen[name] = safety_train.choose_crisis_setting(
            inner, data.windows(rows), data.crisis[rows], data.rules_crisis[rows]
        )
    return chosen


def test_inner_groups_spread_the_files_and_never_leave_an_inner_fit_without_data() -> None:
    assert safety_train.inner_groups_of(5, 12) == [0, 1, 2, 3, 4]  # leave-one-file-out
    assert safety_train.inner_groups_of(7, 3) == [0, 1, 2, 0, 1, 2, 0]
    # one or two groups would leave the fit without two groups nothing to learn from
    assert safety_train.inner_groups_of(6, 1) == safety_train.inner_groups_of(6, 3)


@pytest.mark.parametrize("groups", [3, 4])
def test_nested_cross_validation_never_lets_a_held_out_file_choose_its_threshold(
    tmp_path: Path, groups: int
) -> None:
    """Each outer fold's threshold comes from models that saw neither the outer file nor the
    inner one: with three groups, files 0 and 3 share one; with four (one file per group) the
    inner loop is a plain leave-one-file-out. Two processes give what one gives."""
    data = _toy_data(tmp_path)
    one = safety_train.cross_validate(data, True, lambda _: None, jobs=1, inner_groups=groups)
    two = safety_train.cross_validate(data, True, lambda _: None, jobs=2, inner_groups=groups)
    assert one["per_file"] == two["per_file"]
    assert (one["out_of_fold"] == two["out_of_fold"]).all()
    assert f"inner cross-validation over {groups} groups" in one["method"]
    assert one["inner_groups"] == groups
    group_of = safety_train.inner_groups_of(len(data.files), groups)
    assert len(set(group_of)) == groups
    by_hand = _inner_thresholds_by_hand(data, group_of)
    for name, (penalty, threshold) in by_hand.items():
        assert one["per_file"][name]["threshold"] == round(threshold, 4)
        assert one["per_file"][name]["window_penalty"] == penalty


# --- scoring ---------------------------------------------------------------------------------


@given(st.text(max_size=300))
@settings(max_examples=200, deadline=None)
def test_score_is_a_deterministic_probability(text: str) -> None:
    first = score(text)
    assert 0.0 <= first <= 1.0
    assert score(text) == first


FILLER = (
    "Today I went to the market and bought apples, then I called my friend and we talked about "
    "her new job for a while. Later I cooked dinner and watched a show with my sister. "
)


def _samples() -> list[str]:
    import tomllib

    with (ROOT / "tests" / "data" / "safety_corpus.toml").open("rb") as handle:
        texts = [m["text"] for m in tomllib.load(handle)["message"][::7]]
    return [*texts, (FILLER * 30)[:4096], FILLER * 3 + " i dont want to be here anymore. " + FILLER]


@pytest.mark.parametrize("text", _samples(), ids=lambda t: t[:24])
def test_fast_scoring_is_what_the_features_define(text: str) -> None:
    """Model.logits (cached per word, one pass) equals the weights times features()."""
    rules = screen(text)
    names = rules.features()
    spans = safety_model.windows(safety_model.tokens(rules.normalised))
    expected = [
        MODEL.crisis.logit(safety_model.features(rules.normalised, names, span=span))
        for span in spans
    ]
    got = MODEL.logits(rules.normalised, names)
    assert len(got) == len(expected)
    for a, b in zip(got, expected, strict=True):
        assert math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def test_negation_scope_in_six_languages() -> None:
    def marked(text: str) -> list[str]:
        words = safety_model.tokens(safety.normalise(text))
        return [words[i] for i in safety_model.governed(words)]

    assert marked("I don't want to die. I'm fine") == ["want", "to", "die"]
    assert marked("ich will nicht mehr leben") == ["mehr", "leben"]
    assert marked("je ne veux plus vivre") == ["veux", "plus", "vivre"]
    assert marked("no quiero vivir") == ["quiero", "vivir"]
    assert marked("ik wil niet meer leven") == ["meer", "leven"]
    assert marked("не хочу жить") == ["хочу", "жить"]
    assert marked("not that, but i want to die") == ["that"]


def test_a_pair_one_word_apart_counts_whatever_sits_between() -> None:
    """ "want _ die" weighs the same in "want to die", "want 2 die" and "want u die", in the fast
    path as in features(), and only inside the window that holds both words."""
    model = safety_model.Model(
        crisis=safety_model.Linear(-1.0, {"s:want die": 2.0, "b:want to": 0.5, "w:die": 0.25}),
        crisis_threshold=0.5,
        concern_threshold=0.3,
        heads={},
    )
    assert model.logits(" i want to die ") == [pytest.approx(1.75)]
    assert model.logits(" i want 2 die ") == [pytest.approx(1.25)]
    assert model.logits(" i want die ") == [pytest.approx(-0.75)]  # adjacent: not one apart
    assert model.logits(" want . die ") == [pytest.approx(1.25)]  # as features() reads it
    assert safety_model.features(" want . die ")["s:want die"] == 1.0
    filler = "today was long and i walked the dog . " * 12
    normalised = " " + filler + "i want to die . " + filler + "want . . die "
    spans = safety_model.windows(safety_model.tokens(normalised))
    assert len(spans) > 1
    expected = [model.crisis.logit(safety_model.features(normalised, span=s)) for s in spans]
    assert model.logits(normalised) == pytest.approx(expected)
    assert max(model.logits(normalised)) == pytest.approx(1.75)  # the sentence that holds it


def test_long_messages_are_read_sentence_by_sentence_in_bounded_windows() -> None:
    short = safety_model.tokens(safety.normalise("a short message. two sentences."))
    assert safety_model.windows(short) == [(0, len(short))]
    sentence = "one two three four five six seven eight nine ten ."
    words = (sentence.split() * 10) + ["x"] * 100
    spans = safety_model.windows(words)
    assert spans[:2] == [(0, 11), (11, 22)]
    assert spans[-1][1] == len(words)
    assert all(hi - lo <= safety_model.SPAN for lo, hi in spans)
    covered = [0] * len(words)
    for lo, hi in spans:
        for index in range(lo, hi):
            covered[index] += 1
    assert min(covered) >= 1
    assert max(covered) <= safety_model.SPAN // safety_model.STRIDE + 1  # linear in length


def test_the_top_window_of_many_must_stand_out_more() -> None:
    """Each window of a long message is one more chance for an ordinary sentence to look like
    risk: the top window's logit is lowered by the penalty times the log of their number."""
    model = dataclasses.replace(MODEL, window_penalty=1.0)
    long_text = safety.normalise(FILLER * 8)
    logits = model.logits(long_text)
    assert len(logits) > 4
    expected = 1.0 / (1.0 + math.exp(-(max(logits) - math.log(len(logits)))))
    assert model.probability(long_text) == pytest.approx(expected)
    assert model.probability(long_text) < dataclasses.replace(
        MODEL, window_penalty=0.0
    ).probability(long_text)
    assert model.probabilities(long_text)[1] == pytest.approx(
        1.0 / (1.0 + math.exp(-max(logits)))
    )  # the top window alone, as the concern floor in safety.combine reads it
    short = safety.normalise("i keep thinking about the bridge")
    assert model.probability(short) == pytest.approx(MODEL.probability(short))  # one window
    penalised, top = model.probabilities(short)
    assert penalised == top


def test_the_trainer_chooses_a_window_penalty_when_long_messages_raise_false_alarms() -> None:
    """Out-of-fold logits where the only false alarms are long ordinary messages: lowering many
    windows' logits lets the threshold come down for everyone, so more crises are caught."""
    crisis_short = [2.0] * 40 + [0.5] * 40  # (logit, windows=1)
    ordinary_short = [-2.0] * 150
    ordinary_long = [2.5] * 30  # 12 windows each
    top = np.asarray(crisis_short + ordinary_short + ordinary_long)
    windows = np.asarray([1] * (80 + 150) + [12] * 30, dtype=np.int64)
    crisis = np.asarray([1.0] * 80 + [0.0] * 180)
    rules = np.zeros(len(top), dtype=bool)
    penalty, threshold = safety_train.choose_crisis_setting(top, windows, crisis, rules)
    assert penalty > 0
    caught = safety_train.penalised(top, windows, penalty) >= threshold
    assert caught[:80].all()  # every crisis, the weaker half too
    assert caught[80:].mean() <= safety_train.TARGET_FPR
    at_zero = safety_train.penalised(top, windows, 0.0) >= safety_train.choose_crisis_threshold(
        safety_train.penalised(top, windows, 0.0), crisis, rules
    )
    assert at_zero[:80].sum() < 80


# --- behaviour a user would notice -----------------------------------------------------------

# Written for this test, after training, in none of the training files; the rules miss them.
# (An earlier one, "how many of my sleeping pills it would take", is now a rule of its own.)
PARAPHRASES = [
    "been reading about which of my tablets would stop my heart",
    "i keep thinking the bridge on my way home would make it all quiet",
]


@pytest.mark.parametrize("text", PARAPHRASES)
def test_a_paraphrase_the_rules_miss_is_caught(text: str) -> None:
    assert not screen(text).assessment.is_crisis
    result = assess(text)
    assert result.level is Level.CRISIS
    assert result.reasons
    assert not result.about_someone_else


def test_a_paraphrase_inside_a_long_ordinary_message_is_still_heard() -> None:
    """Among many ordinary sentences the window penalty holds a single worrying one back from a
    crisis (each sentence is one more chance of a false alarm), but a sentence that alone would
    be a crisis still gets at least a concern: a warm word and /sos, without pausing."""
    for text in [FILLER * 6 + PARAPHRASES[0] + ". " + FILLER * 6, FILLER + PARAPHRASES[0]]:
        assert not screen(text).assessment.is_crisis
        result = assess(text)
        assert result.level in (Level.CONCERN, Level.CRISIS)
        assert result.reasons
    assert len(FILLER * 12) > 2000
    assert assess(FILLER * 12).level is Level.NONE


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("I don't want to die", Level.NONE),
        ("Nobody wants to die", Level.NONE),
        ("I'm not suicidal, just tired", Level.NONE),
        ("I'm dying to see it", Level.NONE),
        ("I could kill for a coffee", Level.NONE),
        ("that joke killed me", Level.NONE),
        ("I would rather die than wear that dress", None),
        ("my uncle died by suicide years ago", Level.CONCERN),
        ("I just want to disappear", Level.CONCERN),
    ],
)
def test_what_the_rules_settle_the_model_leaves_alone(text: str, level: Level | None) -> None:
    result = assess(text)
    assert result.level is not Level.CRISIS
    if level is not None:
        assert result.level is level
    assert result == screen(text).assessment


def test_the_rules_crisis_is_final() -> None:
    for text in ["I want to die", "kms", "je veux mourir", "my friend wants to kill herself"]:
        rules = screen(text).assessment
        assert rules.is_crisis
        assert assess(text) == rules


def test_a_model_crisis_names_a_reason_and_a_person() -> None:
    rules = screen(PARAPHRASES[0])
    model = safety_model.Model(
        MODEL.crisis, 0.0, 0.0, MODEL.heads, MODEL.metadata
    )  # every message a crisis
    result = safety.combine(rules, model)
    assert result.level is Level.CRISIS
    assert result.reasons
    assert set(result.reasons) <= set(Category)
    other = safety.combine(screen("my brother keeps saying he wont be around much longer"), model)
    assert other.reasons


def test_the_screen_needs_only_the_standard_library_at_run_time() -> None:
    code = (
        "import sys; import dialogs.safety as s; s.assess('i want to vanish'); "
        "bad = sorted(m for m in ('numpy', 'telegram', 'sqlalchemy') if m in sys.modules); "
        "print(bad)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"


def test_score_is_the_same_from_either_module() -> None:
    text = PARAPHRASES[1]
    assert safety_model.score(text) == score(text)
    assert score(text) >= MODEL.crisis_threshold
