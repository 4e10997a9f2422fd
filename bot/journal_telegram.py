"""The journal on Telegram: /journal, /insights, /export, /forget and ``j:`` buttons.

Installed by :meth:`bot.telegram_handlers.TelegramTransport.install` in handler group 0 ahead
of the generic command and button handlers (in a group, the first handler that matches an
update takes it, so these never reach the conversation engine). Each update: answer the
button's spinner, show "sending a photo/file…" where it takes a moment, ask the
:class:`~bot.journal.JournalService` for a screen, and show it: page turns and confirmations
replace the tapped message in place, everything else is sent as new messages.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from functools import partial
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ChatAction
from telegram.error import BadRequest, Forbidden, NetworkError, TimedOut
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, ContextTypes, filters

from bot.journal import COMMANDS, PREFIX, JournalService, Screen
from bot.journal import Message as JournalMessage
from bot.keyboards import MAX_MESSAGE_CHARS, split_text
from bot.service import Companion, Identity
from bot.telegram_handlers import SEND_RETRY_DELAYS, _quietly, identity

log = logging.getLogger(__name__)

#: Telegram's limit for a photo's or a document's caption.
MAX_CAPTION_CHARS = 1024
#: What the person sees while a command is prepared.
ACTIONS = {"insights": ChatAction.UPLOAD_PHOTO, "export": ChatAction.UPLOAD_DOCUMENT}


def keyboard(message: JournalMessage) -> InlineKeyboardMarkup | None:
    if not message.buttons:
        return None
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(b.label, callback_data=b.data) for b in row]
            for row in message.buttons
        ]
    )


class JournalTelegram:
    def __init__(self, companion: Companion, journal: JournalService | None = None) -> None:
        self.companion = companion
        self.journal = journal or JournalService(
            companion.database, companion.cipher, clock=companion.clock
        )

    def handlers(self) -> list[BaseHandler[Update, Any, Any]]:
        return [
            CommandHandler(COMMANDS, self.on_command, filters=filters.UpdateType.MESSAGE),
            CallbackQueryHandler(self.on_button, pattern=f"^{PREFIX}"),
        ]

    async def on_command(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.message
        who = identity(update)
        if message is None or who is None or not message.text:
            return
        name = message.text.split(maxsplit=1)[0].lstrip("/").split("@", 1)[0].lower()
        if name in ACTIONS:
            await _quietly(context.bot.send_chat_action(message.chat_id, ACTIONS[name]))
        screen = await self.journal.command(who, name)
        await self.show(context, message.chat_id, who, screen)

    async def on_button(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        who = identity(update)
        if query is None or who is None:
            return
        await _quietly(query.answer())
        tapped = query.message if isinstance(query.message, Message) else None
        chat_id = tapped.chat_id if tapped is not None else int(who.external_id)
        if query.data == "j:i":
            await _quietly(context.bot.send_chat_action(chat_id, ChatAction.UPLOAD_PHOTO))
        screen = await self.journal.tap(who, query.data)
        await self.show(context, chat_id, who, screen, tapped=tapped)

    async def show(
        self,
        context: ContextTypes.DEFAULT_TYPE,
        chat_id: int,
        who: Identity,
        screen: Screen,
        *,
        tapped: Message | None = None,
    ) -> None:
        messages = list(screen.messages)
        try:
            replaceable = screen.replace and tapped is not None and messages
            if replaceable and tapped is not None and await self._replace(tapped, messages[0]):
                messages = messages[1:]
            for message in messages:
                await self._send(context, chat_id, message)
        except Forbidden:
            log.info("chat %s blocked the bot; marked inactive", who.external_id)
            await self.companion.mark_inactive(who.channel, who.external_id)

    async def _replace(self, tapped: Message, message: JournalMessage) -> bool:
        """Edit the tapped message into ``message``; False when it cannot be (then send it)."""
        if message.attachment is not None or len(message.text) > MAX_MESSAGE_CHARS:
            return False
        if tapped.text is None:
            return False
        try:
            await tapped.edit_text(message.text, reply_markup=keyboard(message))
        except BadRequest as exc:
            if "not modified" in exc.message:
                return True
            log.info("could not edit a journal message; sending it instead")
            return False
        return True

    async def _send(
        self, context: ContextTypes.DEFAULT_TYPE, chat_id: int, message: JournalMessage
    ) -> None:
        bot = context.bot
        attachment = message.attachment
        if attachment is None:
            parts = split_text(message.text)
            for index, part in enumerate(parts):
                markup = keyboard(message) if index == len(parts) - 1 else None
                await _retrying(partial(bot.send_message, chat_id, part, reply_markup=markup))
            return
        caption = message.text if len(message.text) <= MAX_CAPTION_CHARS else None
        markup = keyboard(message)
        if attachment.kind == "photo":
            send = partial(bot.send_photo, chat_id, attachment.data)
        else:
            send = partial(
                bot.send_document, chat_id, attachment.data, filename=attachment.filename
            )
        await _retrying(partial(send, caption=caption, reply_markup=markup))
        if caption is None:
            for part in split_text(message.text):
                await _retrying(partial(bot.send_message, chat_id, part))


async def _retrying(send: Callable[[], Awaitable[object]]) -> None:
    """Send, and on a failure on Telegram's side (5xx, a dropped connection) try again after
    the same waits as the conversation's replies. Refusals (400, 403) and timeouts (the message
    may have arrived) are not sent again."""
    for delay in (*SEND_RETRY_DELAYS, None):
        try:
            await send()
            return
        except (BadRequest, Forbidden, TimedOut):
            raise
        except NetworkError as exc:
            if delay is None:
                raise
            log.info(
                "sending a journal message failed (%s); again in %.1f s", type(exc).__name__, delay
            )
            await asyncio.sleep(delay)
