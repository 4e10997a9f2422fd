"""Telegram handlers: every update becomes one event for the companion, and its replies are sent.

The order of one turn: answer a tapped button's spinner, hand the event to the companion
(which commits before anything is sent), mark the tapped message with the choice, then send
the replies, with "typing…" before a longer one. Group chats, non-text messages, edits and
forged buttons get a calm line and never reach the conversation. Logs carry update ids and
error types only, never what anyone wrote.
"""

from __future__ import annotations

import asyncio
import logging
import traceback
from typing import Any

from telegram import Chat, InlineKeyboardMarkup, Message, Update
from telegram.constants import ChatAction, ChatType
from telegram.error import BadRequest, Forbidden, NetworkError, TelegramError, TimedOut
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    ChatMemberHandler,
    ContextTypes,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.keyboards import ForgedData, decode, label_for, markup, split_text
from bot.pacing import Pacer, split
from bot.recent import RecentIds
from bot.service import REMEMBERED_UPDATES, Companion, Identity, Outcome
from dialogs.content import catalog
from dialogs.model import Event, Reply

log = logging.getLogger(__name__)
CHANNEL = "telegram"
#: Longest text handed to a flow; Telegram allows 4,096 characters per message.
MAX_INPUT = 4096


def identity(update: Update) -> Identity | None:
    user = update.effective_user
    if user is None or user.is_bot:
        return None
    return Identity(
        channel=CHANNEL,
        external_id=str(user.id),
        first_name=user.first_name,
        language_code=user.language_code,
    )


class TelegramTransport:
    def __init__(self, companion: Companion, *, pace_scale: float = 1.0) -> None:
        self.companion = companion
        # paced exercises (bot/pacing.py): later replies go through the JobQueue
        self.pacer = Pacer(companion, send_reply, pace_scale)
        self.delivered = RecentIds(REMEMBERED_UPDATES)  # update ids this process was given

    def install(self, application: Application[Any, Any, Any, Any, Any, Any]) -> None:
        application.add_handler(TypeHandler(Update, self.once), group=-2)
        application.add_handler(TypeHandler(Update, self.private_only), group=-1)
        application.add_handler(
            MessageHandler(filters.UpdateType.EDITED_MESSAGE, self.on_edited), group=0
        )
        # The journal's commands and j: buttons, ahead of the generic ones in the same group
        # (the first matching handler of a group takes the update). See bot/journal_telegram.py.
        from bot.journal_telegram import JournalTelegram

        application.add_handlers(JournalTelegram(self.companion).handlers(), group=0)
        application.add_handler(
            MessageHandler(filters.UpdateType.MESSAGE & filters.COMMAND, self.on_command)
        )
        application.add_handler(
            MessageHandler(filters.UpdateType.MESSAGE & filters.TEXT, self.on_text)
        )
        application.add_handler(MessageHandler(filters.UpdateType.MESSAGE, self.on_not_text))
        application.add_handler(CallbackQueryHandler(self.on_button))
        application.add_handler(
            ChatMemberHandler(self.on_membership, ChatMemberHandler.MY_CHAT_MEMBER)
        )
        application.add_error_handler(self.on_error)

    # ---- gatekeeping ----------------------------------------------------------------------

    async def once(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A second delivery of an update this process was already given goes no further (the
        journal, /export and the calm lines have no stored update id of their own). After a
        restart the memory is empty: the conversation then relies on its stored update id."""
        if not self.delivered.first_time(update.update_id):
            log.info("update %s delivered again; skipped", update.update_id)
            raise ApplicationHandlerStop

    async def private_only(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Only private chats reach the conversation; a group gets one polite line."""
        chat = update.effective_chat
        if chat is None or chat.type == ChatType.PRIVATE:
            return
        if update.message is not None or update.my_chat_member is not None:
            await self._leave_group(context, chat)
        elif update.callback_query is not None:
            await _quietly(update.callback_query.answer())
        raise ApplicationHandlerStop

    async def on_membership(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        member = update.my_chat_member
        if member is not None and member.new_chat_member.status in {"kicked", "left"}:
            who = identity(update)
            if who is not None and member.chat.type == ChatType.PRIVATE:
                await self.companion.mark_inactive(who.channel, who.external_id)

    async def _leave_group(self, context: ContextTypes.DEFAULT_TYPE, chat: Chat) -> None:
        line = catalog().text("commands.transport.group")
        try:
            await context.bot.send_message(chat.id, line)
            await context.bot.leave_chat(chat.id)
        except TelegramError as exc:
            log.info("could not leave group chat: %s", type(exc).__name__)

    # ---- what people send -----------------------------------------------------------------

    async def on_text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.message
        who = identity(update)
        if message is None or who is None or message.text is None:
            return
        text = message.text
        if len(text) > MAX_INPUT:
            await self._send_plain(context, message.chat_id, who, "commands.transport.too_long")
            text = text[:MAX_INPUT]
        await self._turn(update, context, who, Event.text(text))

    async def on_command(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.message
        who = identity(update)
        if message is None or who is None or message.text is None:
            return
        await self._turn(update, context, who, Event.command(message.text[:200]))

    async def on_not_text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Stickers, photos, voice...: a calm reply; a caption is still screened for safety."""
        message = update.message
        who = identity(update)
        if message is None or who is None:
            return
        await self._turn(update, context, who, Event.media((message.caption or "")[:MAX_INPUT]))

    async def on_edited(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """An edit is never taken as an answer, but its words are screened for safety."""
        message = update.edited_message
        who = identity(update)
        if message is None or who is None:
            return
        words = (message.text or message.caption or "")[:MAX_INPUT]
        await self._turn(update, context, who, Event.edit(words))

    async def on_button(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        who = identity(update)
        if query is None or who is None:
            return
        await _quietly(query.answer())
        try:
            event = decode(query.data)
        except ForgedData:
            log.info("update %s: callback data not ours; ignored", update.update_id)
            event = Event.choice("", shown_at=-1)  # the engine answers it as a stale button
        message = query.message if isinstance(query.message, Message) else None
        outcome = await self._turn(update, context, who, event, send=False)
        if outcome is None or outcome.duplicate:
            return
        if message is not None:
            await self._mark_chosen(message, label_for(message.reply_markup, query.data), who)
        chat_id = message.chat_id if message is not None else int(who.external_id)
        await self._send(context, chat_id, who, outcome)

    # ---- one turn -------------------------------------------------------------------------

    async def _turn(
        self,
        update: Update,
        context: ContextTypes.DEFAULT_TYPE,
        who: Identity,
        event: Event,
        *,
        send: bool = True,
    ) -> Outcome | None:
        chat = update.effective_chat
        chat_id = chat.id if chat is not None else int(who.external_id)
        async with self.pacer.lock(chat_id):
            outcome = await self.companion.handle(who, event, update_id=update.update_id)
            if not outcome.duplicate:  # the conversation moved on: its paced messages stop
                # (replies sent again after a restart that bring their own paced messages
                # replace the ones resumed at start-up for the same version)
                resent_paced = outcome.resent and bool(split(outcome.replies)[1])
                keep = None if resent_paced else outcome.version
                self.pacer.cancel(context.job_queue, chat_id, keep_version=keep)
        if send and not outcome.duplicate and chat is not None:
            await self._send(context, chat.id, who, outcome)
        return outcome

    async def _send(
        self, context: ContextTypes.DEFAULT_TYPE, chat_id: int, who: Identity, outcome: Outcome
    ) -> None:
        try:
            now, later = split(outcome.replies)
            if context.job_queue is None:  # no scheduler: everything at once, never a sleep
                now, later = [*now, *later], []
            for reply in now:
                await send_reply(context, chat_id, reply, outcome.version)
            if later and context.job_queue is not None:
                self.pacer.schedule(context.job_queue, chat_id, who, later, outcome.version)
        except Forbidden:
            log.info("chat %s blocked the bot; marked inactive", who.external_id)
            await self.companion.mark_inactive(who.channel, who.external_id)

    async def _send_plain(
        self, context: ContextTypes.DEFAULT_TYPE, chat_id: int, who: Identity, key: str
    ) -> None:
        text = catalog(who.locale).text(key)
        try:
            await context.bot.send_message(chat_id, text)
        except Forbidden:
            await self.companion.mark_inactive(who.channel, who.external_id)

    async def _mark_chosen(self, message: Message, label: str | None, who: Identity) -> None:
        """Show what was chosen under the question and remove its buttons (taps once only)."""
        if message.text and label:
            text = catalog(who.locale).text("common.chosen", text=message.text, label=label)
            if len(text) <= 4096:
                await _quietly(message.edit_text(text, reply_markup=None))
                return
        if isinstance(message.reply_markup, InlineKeyboardMarkup):
            await _quietly(message.edit_reply_markup(reply_markup=None))

    # ---- errors ---------------------------------------------------------------------------

    async def on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        error = context.error
        update_id = update.update_id if isinstance(update, Update) else None
        # The frames say where it failed; the exception's message is left out on purpose,
        # because a library may quote the data it choked on, and that data is someone's words.
        frames = "".join(traceback.format_tb(error.__traceback__)) if error else ""
        log.error("update %s failed: %s\n%s", update_id, type(error).__name__, frames)
        if not isinstance(update, Update) or update.effective_chat is None:
            return
        if update.effective_chat.type != ChatType.PRIVATE:
            return
        who = identity(update)
        locale = who.locale if who else "en"
        await _quietly(
            context.bot.send_message(
                update.effective_chat.id, catalog(locale).text("commands.transport.error")
            )
        )


async def send_reply(
    context: ContextTypes.DEFAULT_TYPE, chat_id: int, reply: Reply, version: int
) -> None:
    """One reply: "typing…" first if it is a longer one, split to fit, buttons on its end."""
    if reply.slow:
        await _quietly(context.bot.send_chat_action(chat_id, ChatAction.TYPING))
    parts = split_text(reply.text)
    for index, part in enumerate(parts):
        keyboard = None
        if index == len(parts) - 1:
            keyboard = markup(reply.choices, version, reply.columns)
        await _send_message(context, chat_id, part, keyboard)


#: Waits before sending a reply again after Telegram's side failed (5xx, a dropped connection).
#: The turn is already committed, so without another try the person would miss the question
#: they are to answer next. Timeouts are not sent again (the message may have arrived), nor are
#: refusals (400, 403).
SEND_RETRY_DELAYS = (0.5, 1.5)


async def _send_message(
    context: ContextTypes.DEFAULT_TYPE,
    chat_id: int,
    text: str,
    keyboard: InlineKeyboardMarkup | None,
) -> None:
    for delay in (*SEND_RETRY_DELAYS, None):
        try:
            await context.bot.send_message(chat_id, text, reply_markup=keyboard)
            return
        except (BadRequest, TimedOut):
            raise
        except NetworkError as exc:
            if delay is None:
                raise
            log.info("sending a reply failed (%s); again in %.1f s", type(exc).__name__, delay)
            await asyncio.sleep(delay)


async def _quietly(call: Any) -> None:
    """Await a non-essential call; a Telegram error there is logged and survived."""
    try:
        await call
    except BadRequest as exc:
        log.debug("non-essential call refused: %s", exc.message[:80])
    except TelegramError as exc:
        log.info("non-essential call failed: %s", type(exc).__name__)
