"""Settings from the environment and a ``.env`` file (pydantic-settings).

Every setting is documented in ``.env.example``. Secrets are ``SecretStr`` so they never show
up in a repr, a log line or a traceback.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

TOKEN_PATTERN = re.compile(r"^\d{3,}:[A-Za-z0-9_-]{30,}$")


def default_data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "innerchild"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_file=".env",
        env_file_encoding="utf-8",
        env_ignore_empty=True,
        extra="ignore",
        case_sensitive=False,
    )

    telegram_bot_token: SecretStr | None = None
    telegram_api_base_url: str | None = None
    telegram_api_base_file_url: str | None = None
    data_dir: Path = Field(default_factory=default_data_dir)
    database_url: str | None = None
    encryption_keys: SecretStr | None = None
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    default_locale: str = "en"
    nudge_tick_seconds: float = 30.0
    pace_scale: float = Field(default=1.0, ge=0.0)  # paced exercises: 0.5 = twice as fast

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper(cls, value: object) -> object:
        return value.upper() if isinstance(value, str) else value

    @property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite+aiosqlite:///{self.data_dir / 'innerchild.sqlite3'}"

    @property
    def key_file(self) -> Path:
        return self.data_dir / "encryption.key"

    @property
    def configured_keys(self) -> list[str]:
        if self.encryption_keys is None:
            return []
        return [k.strip() for k in self.encryption_keys.get_secret_value().split(",") if k.strip()]

    def token_problem(self) -> str | None:
        """Why the configured token cannot work, or None when it looks right."""
        if self.telegram_bot_token is None or not self.telegram_bot_token.get_secret_value():
            return "missing"
        if not TOKEN_PATTERN.match(self.telegram_bot_token.get_secret_value().strip()):
            return "malformed"
        return None
