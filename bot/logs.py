"""Logging that never carries a person's words or the bot token.

httpx logs every request URL at INFO, and Bot API URLs contain the token: it is silenced to
WARNING. A filter also masks anything shaped like a bot token in every record, as a second
line of defence. Handlers log update ids and exception types, never message text.
"""

from __future__ import annotations

import logging
import re

_TOKEN = re.compile(r"\d{3,}:[A-Za-z0-9_-]{30,}")
#: Loggers that would print URLs with the token, or request and update payloads with people's
#: words, at INFO or DEBUG. They are held at WARNING whatever LOG_LEVEL says.
NOISY = (
    "httpx",
    "httpcore",
    "telegram",
    "apscheduler",
    "aiosqlite",
    "sqlalchemy.engine",
    "transitions",
)


class RedactTokens(logging.Filter):
    """Replace anything that looks like a bot token with a placeholder."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if _TOKEN.search(message):
            record.msg = _TOKEN.sub("<token>", message)
            record.args = None
        if record.exc_info and record.exc_info[1] is not None:
            text = str(record.exc_info[1])
            if _TOKEN.search(text):
                record.exc_text = _TOKEN.sub(
                    "<token>", logging.Formatter().formatException(record.exc_info)
                )
        return True


def setup(level: str = "INFO") -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactTokens())
    handler.set_name("innerchild")
    root = logging.getLogger()
    root.handlers[:] = [h for h in root.handlers if h.get_name() != "innerchild"] + [handler]
    root.setLevel(level)
    for name in NOISY:
        logging.getLogger(name).setLevel(logging.WARNING)
