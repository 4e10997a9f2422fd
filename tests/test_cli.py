"""The ``innerchild`` command as a person uses it: run without a token, chat, migrate."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import Settings
from storage.migrate import head_revision

ROOT = Path(__file__).resolve().parents[1]


def innerchild(
    *args: str, data_dir: Path, stdin: str = "", extra_env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"TELEGRAM_BOT_TOKEN", "DATABASE_URL", "ENCRYPTION_KEYS", "DATA_DIR"}
    }
    env["DATA_DIR"] = str(data_dir)
    env.update(extra_env or {})
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=data_dir.parent,  # no .env from the repository
        env=env,
        timeout=120,
        check=False,
    )


def test_run_without_a_token_explains_botfather_and_exits_2(tmp_path: Path) -> None:
    result = innerchild("run", data_dir=tmp_path / "data")
    assert result.returncode == 2
    assert "@BotFather" in result.stderr
    assert "innerchild chat" in result.stderr
    assert "Traceback" not in result.stderr


def test_run_with_a_malformed_token_exits_2(tmp_path: Path) -> None:
    result = innerchild(
        "run", data_dir=tmp_path / "data", extra_env={"TELEGRAM_BOT_TOKEN": "hello-token"}
    )
    assert result.returncode == 2
    assert "malformed" in result.stderr
    assert "hello-token" not in result.stderr + result.stdout
    assert "Traceback" not in result.stderr


# One full check-in typed into the terminal: numbers pick options, words are answers.
CHAT_SCRIPT = "\n".join(
    [
        "1",  # 18 or older
        "1",  # keep my journal
        "Pip",  # a name of their own
        "Lisbon",  # time zone by city
        "20:30",  # a reminder in the evening, typed
        "1",  # yes, a first check-in
        "1",  # I'm ready
        "My friends went out and did not invite me",
        "3",  # chest
        "1",  # the first suggested feeling
        "8",  # intensity 7 (options start at 0)
        "2",  # 5 to 8
        "1",  # the first need
        "You are not forgotten, Pip.",
        "4",  # intensity 3
    ]
)


def test_a_full_checkin_in_the_terminal_and_resume_later(tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = innerchild("chat", data_dir=data, stdin=CHAT_SCRIPT + "\n")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "not therapy" in out
    assert "Pip" in out
    assert "might feel" in out
    assert "rom 7 to 3" in out  # "It went from 7 to 3" or "From 7 to 3"
    assert "saved in your private journal" in out
    assert (data / "encryption.key").exists()
    assert (data / "encryption.key").stat().st_mode & 0o777 == 0o600
    raw = (data / "innerchild.sqlite3").read_bytes()
    assert b"did not invite me" not in raw
    assert b"You are not forgotten" not in raw

    # a half-finished check-in survives leaving and coming back
    first = innerchild("chat", data_dir=data, stdin="/checkin\n1\nA hard email\n")
    assert "body" in first.stdout
    again = innerchild("chat", data_dir=data, stdin="")
    assert "Welcome back" in again.stdout or "Hello again" in again.stdout
    assert "Where do you notice it in your body" in again.stdout


def test_migrate_reports_the_revision(tmp_path: Path) -> None:
    result = innerchild("migrate", data_dir=tmp_path / "data")
    assert result.returncode == 0, result.stderr
    assert f"revision {head_revision()}" in result.stdout


def test_flows_prints_mermaid(tmp_path: Path) -> None:
    result = innerchild("flows", data_dir=tmp_path / "data")
    assert result.returncode == 0
    assert "stateDiagram-v2" in result.stdout


def test_settings_read_a_dotenv_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("TELEGRAM_BOT_TOKEN", "DATABASE_URL", "LOG_LEVEL", "DATA_DIR"):
        monkeypatch.delenv(name, raising=False)
    env_file = tmp_path / ".env"
    env_file.write_text(
        "TELEGRAM_BOT_TOKEN=123456789:AAEabcdefghijklmnopqrstuvwxyz0123456\n"
        "LOG_LEVEL=debug\nDATA_DIR=\nDATABASE_URL=\n",
        encoding="utf-8",
    )
    settings = Settings(_env_file=env_file)
    assert settings.token_problem() is None
    assert settings.log_level == "DEBUG"
    assert settings.resolved_database_url.startswith("sqlite+aiosqlite:///")
    assert "123456789" not in repr(settings)
