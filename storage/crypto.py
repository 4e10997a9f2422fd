"""Field encryption for everything a person writes in their own words (MultiFernet).

The first key encrypts; every key decrypts, so keys can be rotated: add a new key in front,
re-encrypt (``innerchild rotate-key``), then drop the old one. When no key is configured, one
is generated on first run into a file readable only by its owner (0600).
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

__all__ = ["Cipher", "EncryptionKeyError", "InvalidToken", "load_or_create_keys", "new_key"]


class EncryptionKeyError(ValueError):
    """A configured encryption key is not a valid Fernet key."""


def new_key() -> str:
    return Fernet.generate_key().decode("ascii")


class Cipher:
    def __init__(self, keys: Sequence[str]) -> None:
        if not keys:
            raise EncryptionKeyError("at least one encryption key is needed")
        try:
            self._fernets = [Fernet(key.strip().encode("ascii")) for key in keys]
        except (ValueError, TypeError) as exc:
            raise EncryptionKeyError(
                "an encryption key is not a valid Fernet key (32 url-safe base64-encoded bytes)"
            ) from exc
        self._multi = MultiFernet(self._fernets)

    def encrypt(self, text: str) -> str:
        return self._multi.encrypt(text.encode("utf-8")).decode("ascii")

    def decrypt(self, token: str) -> str:
        return self._multi.decrypt(token.encode("ascii")).decode("utf-8")

    def encrypt_opt(self, text: str | None) -> str | None:
        return None if text is None else self.encrypt(text)

    def decrypt_opt(self, token: str | None) -> str | None:
        return None if token is None else self.decrypt(token)

    def encrypt_json(self, value: Any) -> str:
        return self.encrypt(json.dumps(value, ensure_ascii=False, separators=(",", ":")))

    def decrypt_json(self, token: str) -> Any:
        return json.loads(self.decrypt(token))

    def rotate(self, token: str) -> str:
        """Re-encrypt ``token`` under the first key (whatever key it was made with)."""
        return self._multi.rotate(token.encode("ascii")).decode("ascii")

    def is_current(self, token: str) -> bool:
        """True when ``token`` decrypts with the first (current) key."""
        try:
            self._fernets[0].decrypt(token.encode("ascii"))
        except InvalidToken:
            return False
        return True


def load_or_create_keys(configured: Sequence[str], key_file: Path) -> tuple[list[str], bool]:
    """The keys to use: the configured ones, else the key file, created if missing.

    Returns the keys and whether a new key file was created (the caller logs where).
    """
    keys = [key.strip() for key in configured if key.strip()]
    if keys:
        return keys, False
    if key_file.exists():
        stored = [line.strip() for line in key_file.read_text("ascii").splitlines()]
        return [key for key in stored if key and not key.startswith("#")], False
    key_file.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="ascii") as handle:
        handle.write(new_key() + "\n")
    return load_or_create_keys((), key_file)[0], True
