"""Wiring the Telegram Application: token, Bot API address, rate limiter, handlers, start-up.

``build_application`` makes a PTB Application whose ``post_init`` opens the runtime (keys,
database, migrations) inside the application's own event loop and sets the command menu;
``post_shutdown`` closes it. Tests call the same two hooks around ``start_polling``.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from telegram import BotCommand
from telegram.error import TelegramError
from telegram.ext import Application, ApplicationBuilder, ContextTypes
from telegram.request import HTTPXRequest

from bot.config import Settings
from bot.keyboards import markup
from bot.nudges import Claimed, NudgeDispatcher
from bot.ratelimit import LOW_PRIORITY, PriorityRateLimiter
from bot.runtime import Runtime, open_runtime
from bot.telegram_handlers import TelegramTransport
from dialogs.content import catalog
from dialogs.engine import MENU

log = logging.getLogger(__name__)

AnyApplication = Application[Any, Any, Any, Any, Any, Any]


def menu_commands(locale: str = "en") -> list[BotCommand]:
    texts = catalog(locale)
    return [BotCommand(name, texts.text(f"menu.{name}")) for name in MENU]


async def set_menu(application: AnyApplication) -> None:
    """The command menu is a convenience: if Telegram refuses it, log and carry on."""
    try:
        await application.bot.set_my_commands(menu_commands())
    except TelegramError as exc:
        log.warning("could not set the command menu (%s); continuing", type(exc).__name__)


def start_nudges(application: AnyApplication, runtime: Runtime, interval: float) -> None:
    """One repeating job sends every due nudge (see bot/nudges.py); 0 turns nudges off."""
    if interval <= 0 or application.job_queue is None:
        return

    async def send(item: Claimed) -> None:
        reply = item.reply
        await application.bot.send_message(
            item.chat_id,
            reply.text,
            reply_markup=markup(reply.choices, 0, reply.columns),
            rate_limit_args=LOW_PRIORITY,
        )

    dispatcher = NudgeDispatcher(runtime.database, runtime.cipher, send)
    application.bot_data["nudges"] = dispatcher

    async def tick(_: ContextTypes.DEFAULT_TYPE) -> None:
        await dispatcher.tick()

    application.job_queue.run_repeating(tick, interval=interval, first=interval, name="nudges")


class ConfirmWhenHandled(HTTPXRequest):
    """The long poll's HTTP client: each getUpdates waits until every update fetched before it
    has been handled.

    A getUpdates call confirms to Telegram every update below its ``offset``, and PTB's Updater
    makes the next call as soon as it has queued a batch, so a crash while handling one lost it
    for good (at-most-once). PTB marks each queued update done once its handlers ran; waiting
    for that makes delivery at-least-once, and the service skips a redelivered update it has
    already committed (``last_update_id``). tests/test_crash_recovery.py kills the bot there.
    """

    def __init__(self, queue: asyncio.Queue[object]) -> None:
        super().__init__(connection_pool_size=1)  # as PTB's own getUpdates client
        self.queue = queue

    async def do_request(self, *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        await self.queue.join()
        return await super().do_request(*args, **kwargs)


def build_application(
    settings: Settings, runtime: Runtime | None = None, *, request_timeout: float | None = None
) -> AnyApplication:
    """The bot, ready for ``run_polling``. With ``runtime``, it uses that instead of opening one.

    ``request_timeout`` (seconds) replaces PTB's 5 s connect, read and write timeouts of the
    Bot API calls the bot makes (not of the long poll); fault tests use a short one."""
    assert settings.telegram_bot_token is not None
    updates: asyncio.Queue[object] = asyncio.Queue()
    builder = (
        ApplicationBuilder()
        .token(settings.telegram_bot_token.get_secret_value().strip())
        .rate_limiter(PriorityRateLimiter(max_retries=3))
        .concurrent_updates(False)
        .update_queue(updates)
        .get_updates_request(ConfirmWhenHandled(updates))
    )
    if request_timeout is not None:
        builder = (
            builder.connect_timeout(request_timeout)
            .read_timeout(request_timeout)
            .write_timeout(request_timeout)
        )
    if settings.telegram_api_base_url:
        builder = builder.base_url(settings.telegram_api_base_url)
        file_url = settings.telegram_api_base_file_url or settings.telegram_api_base_url.replace(
            "/bot", "/file/bot"
        )
        builder = builder.base_file_url(file_url)

    async def post_init(application: AnyApplication) -> None:
        opened = runtime or await open_runtime(settings)
        application.bot_data["runtime"] = opened
        transport = TelegramTransport(opened.companion, pace_scale=settings.pace_scale)
        transport.install(application)
        await set_menu(application)
        if application.job_queue is not None:
            await transport.pacer.resume(application.job_queue, opened.companion.clock())
        start_nudges(application, opened, settings.nudge_tick_seconds)

    async def post_shutdown(application: AnyApplication) -> None:
        opened = application.bot_data.pop("runtime", None)
        if opened is not None and runtime is None:
            await opened.close()

    return builder.post_init(post_init).post_shutdown(post_shutdown).build()
