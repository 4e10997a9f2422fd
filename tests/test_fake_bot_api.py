"""Tests of the fake Bot API server, driven through a real PTB ``Bot`` and ``Application``."""

from __future__ import annotations

import asyncio
import datetime as dtm
import time
from collections.abc import AsyncIterator
from typing import Any

import pytest
from telegram import (
    Bot,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    ReplyKeyboardMarkup,
    Update,
)
from telegram.constants import ChatAction, ParseMode
from telegram.error import (
    BadRequest,
    Conflict,
    EndPointNotFound,
    Forbidden,
    InvalidToken,
    RetryAfter,
    TimedOut,
)
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    TypeHandler,
    filters,
)
from telegram.request import HTTPXRequest

from bot.app import ConfirmWhenHandled
from tests.fake_bot_api import BotMessage, Button, FakeBotAPI, polling

pytestmark = pytest.mark.e2e

AnyApp = Application[Any, Any, Any, Any, Any, Any]
KEYBOARD = InlineKeyboardMarkup(
    [
        [InlineKeyboardButton("Yes, gently", callback_data="yes")],
        [InlineKeyboardButton("Not now", callback_data="no")],
        [InlineKeyboardButton("Read more", url="https://example.org/inner-child")],
    ]
)


@pytest.fixture(autouse=True)
async def no_leftover_tasks() -> AsyncIterator[None]:
    yield
    await asyncio.sleep(0)
    others = [t for t in asyncio.all_tasks() if t is not asyncio.current_task() and not t.done()]
    assert others == [], f"tasks left behind: {others}"


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI() as fake:
        yield fake


@pytest.fixture
async def bot(api: FakeBotAPI) -> AsyncIterator[Bot]:
    async with Bot(api.token, base_url=api.base_url, base_file_url=api.base_file_url) as real:
        yield real


def build_app(api: FakeBotAPI, seen: list[Update] | None = None) -> AnyApp:
    """A small bot: /menu shows a keyboard, buttons edit it, other text is echoed."""

    async def record(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if seen is not None:
            seen.append(update)

    async def menu(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.message is not None
        await update.message.reply_text("How are you feeling?", reply_markup=KEYBOARD)

    async def chosen(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        assert query is not None
        assert isinstance(query.message, Message)
        assert query.message.reply_markup == KEYBOARD  # the message as it was tapped
        await query.answer(f"you chose {query.data}")
        await query.edit_message_text(f"Chosen: {query.data}")

    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.effective_message
        assert message is not None
        assert message.text is not None
        await context.bot.send_chat_action(message.chat_id, ChatAction.TYPING)
        await message.reply_text(message.text)

    app = api.application_builder().build()
    app.add_handler(TypeHandler(Update, record), group=-1)
    app.add_handler(CommandHandler("menu", menu))
    app.add_handler(CallbackQueryHandler(chosen))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
    return app


# --------------------------------------------------------------------------- basics


async def test_get_me_describes_the_bot(api: FakeBotAPI, bot: Bot) -> None:
    me = await bot.get_me()
    assert (me.id, me.is_bot, me.username) == (123456, True, "innerchild_test_bot")
    assert me.can_join_groups is True
    assert api.calls_to("getMe")[0].status == 200


@pytest.mark.parametrize("token", ["123456:wrong-token", "not-a-token"])
async def test_wrong_token_is_rejected(api: FakeBotAPI, token: str) -> None:
    with pytest.raises(InvalidToken):
        async with Bot(token, base_url=api.base_url):
            pass
    assert api.calls[-1].status in (401, 404)


async def test_unknown_method_is_404(api: FakeBotAPI, bot: Bot) -> None:
    with pytest.raises(EndPointNotFound):
        await bot.do_api_request("sendTelepathy", api_kwargs={"chat_id": 1})
    assert api.calls_to("sendTelepathy")[0].status == 404


async def test_commands_and_webhook_state(api: FakeBotAPI, bot: Bot) -> None:
    await bot.set_my_commands([("start", "Begin"), ("journal", "Open your journal")])
    assert api.commands == [
        {"command": "start", "description": "Begin"},
        {"command": "journal", "description": "Open your journal"},
    ]
    assert [c.command for c in await bot.get_my_commands()] == ["start", "journal"]
    with pytest.raises(BadRequest, match="Bot_command_invalid"):
        await bot.set_my_commands([("Start!", "nope")])

    await bot.set_webhook("https://example.org/hook")
    assert (await bot.get_webhook_info()).url == "https://example.org/hook"
    with pytest.raises(Conflict, match="webhook is active"):
        await bot.get_updates()
    assert await bot.delete_webhook() is True
    assert await bot.get_updates() == ()
    assert await bot.log_out() is True
    assert await bot.close() is True


# --------------------------------------------------------------------------- a running Application


async def test_echo_bot_replies_and_stops_fast(api: FakeBotAPI) -> None:
    alex = api.user(1001)
    app = build_app(api)
    async with polling(app):
        await alex.send("hello, little one")
        reply = await alex.next_message()
        await alex.send("second")
        assert (await alex.next_message()).text == "second"
        started = time.monotonic()
    assert time.monotonic() - started < 1.0, "stopping the polling app took too long"

    assert reply.text == "hello, little one"
    assert [m.text for m in api.sent_to(1001)] == ["hello, little one", "second"]
    assert alex.chat_actions == ["typing", "typing"]
    sent = api.calls_to("sendMessage")[0]
    assert (sent.params["chat_id"], sent.params["text"]) == (1001, "hello, little one")


async def test_taps_reach_the_app_and_edits_show(api: FakeBotAPI) -> None:
    alex = api.user(1001)
    seen: list[Update] = []
    async with polling(build_app(api, seen)):
        await alex.send("/menu")
        menu = await alex.next_message()
        assert menu.button_texts == ["Yes, gently", "Not now", "Read more"]
        assert menu.buttons[2] == [Button("Read more", None, "https://example.org/inner-child")]
        markup = api.calls_to("sendMessage")[0].params["reply_markup"]  # nested JSON is decoded
        assert markup["inline_keyboard"][0] == [{"text": "Yes, gently", "callback_data": "yes"}]

        await alex.tap("gently")  # a unique substring is enough
        await api.wait_for(lambda: menu.edits == 1, what="the menu to be edited")

    command = seen[0].message
    assert command is not None
    assert command.text == "/menu"
    assert command.entities[0].type == "bot_command"
    query = seen[1].callback_query
    assert query is not None
    assert query.data == "yes"
    assert query.chat_instance
    assert alex.callback_answers == [
        {"callback_query_id": query.id, "text": "you chose yes"},
    ]
    assert api.unanswered_callback_queries() == []
    assert api.sent_to(1001) == [menu]
    assert (menu.text, menu.buttons, menu.edits) == ("Chosen: yes", [], 1)


async def test_tap_finds_buttons_or_explains(api: FakeBotAPI, bot: Bot) -> None:
    alex = api.user(1001)
    first = await bot.send_message(1001, "Old", reply_markup=KEYBOARD)
    await bot.send_message(
        1001,
        "New",
        reply_markup=InlineKeyboardMarkup.from_button(
            InlineKeyboardButton("Not now", callback_data="later")
        ),
    )

    await alex.tap("Not now")  # exact text, newest message first
    await alex.tap(data="no")  # by callback data: only the old message has it
    await alex.tap(data="forged", message_id=first.message_id)
    queries = [u.callback_query for u in await bot.get_updates()]
    assert [(q.data, q.message.message_id) for q in queries if q and q.message] == [
        ("later", 2),
        ("no", 1),
        ("forged", 1),
    ]

    with pytest.raises(AssertionError, match=r"visible buttons[\s\S]*\[Yes, gently\]"):
        await alex.tap("Maybe")
    with pytest.raises(AssertionError, match="no callback_data"):
        await alex.tap("Read more")


async def test_redelivered_update_arrives_twice(api: FakeBotAPI) -> None:
    alex = api.user(1001)
    seen: list[Update] = []
    async with polling(build_app(api, seen)):
        update_id = await alex.send("once")
        await alex.next_message()
        api.redeliver(update_id)
        await alex.next_message()
        await alex.send("after")
        assert (await alex.next_message()).text == "after"
    assert [u.update_id for u in seen] == [update_id, update_id, update_id + 1]


async def test_group_messages_and_user_media(api: FakeBotAPI) -> None:
    alex = api.user(1001, first_name="Sam", language_code=None)
    seen: list[Update] = []
    async with polling(build_app(api, seen)):
        await api.send_group_message(-100123, from_user=1001, text="hi all")
        await api.wait_for(lambda: len(api.sent_to(-100123)) == 1, what="a group reply")
        await alex.send("typo")
        await alex.edit(alex.last_message_id, "fixed")
        await alex.send_sticker()
        await alex.send_photo(caption="me at 7")
        await alex.send_voice()
        await api.wait_for(lambda: len(seen) == 6, what="all updates")
        photo = seen[4].message
        assert photo is not None
        downloaded = await (await photo.photo[-1].get_file()).download_as_bytearray()
        await alex.messages_until_quiet(quiet=0.1)

    group = seen[0].message
    assert group is not None
    assert group.from_user is not None
    assert group.chat.type == "group"
    assert (group.from_user.first_name, group.from_user.language_code) == ("Sam", None)
    assert api.sent_to(-100123)[0].text == "hi all"
    edited = seen[2].edited_message
    assert edited is not None
    assert (edited.text, edited.edit_date is not None) == ("fixed", True)
    assert [bool(u.message and u.message.sticker) for u in seen] == [0, 0, 0, 1, 0, 0]
    assert [bool(u.message and u.message.voice) for u in seen] == [0, 0, 0, 0, 0, 1]
    assert photo.caption == "me at 7"
    assert downloaded.startswith(b"\xff\xd8")
    assert [m.text for m in api.sent_to(1001)] == ["typo", "fixed"]


async def test_messages_until_quiet_collects_a_burst(api: FakeBotAPI) -> None:
    async def burst(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.message is not None
        for text in ("one", "two", "three"):
            await update.message.reply_text(text)
            await asyncio.sleep(0.03)

    app = api.application_builder().build()
    app.add_handler(MessageHandler(filters.TEXT, burst))
    alex = api.user(1001)
    async with polling(app):
        await alex.send("go")
        messages = await alex.messages_until_quiet(quiet=0.15)
        assert await alex.messages_until_quiet(quiet=0.05) == []
    assert [m.text for m in messages] == ["one", "two", "three"]


async def test_a_slow_handler_is_not_mistaken_for_quiet(api: FakeBotAPI) -> None:
    """With updates confirmed only once handled (as the bot does), a handler busy for longer
    than the quiet window, making no request meanwhile (a slow commit), is still waited for."""

    async def slow(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.message is not None
        await asyncio.sleep(0.5)
        await update.message.reply_text("saved")

    updates: asyncio.Queue[object] = asyncio.Queue()
    builder = api.application_builder().update_queue(updates)
    app = builder.get_updates_request(ConfirmWhenHandled(updates)).build()
    app.add_handler(MessageHandler(filters.TEXT, slow))
    alex = api.user(1001)
    async with polling(app):
        await alex.send("go")
        messages = await alex.messages_until_quiet(quiet=0.15)
    assert [m.text for m in messages] == ["saved"]


async def test_next_message_times_out_with_context(api: FakeBotAPI) -> None:
    alex = api.user(1001)
    with pytest.raises(AssertionError, match="no new bot message"):
        await alex.next_message(timeout=0.05)


# --------------------------------------------------------------------------- Telegram's answers


async def test_edits_and_message_not_modified(api: FakeBotAPI, bot: Bot) -> None:
    api.user(1001)
    sent = await bot.send_message(1001, "Breathe in", reply_markup=KEYBOARD)
    with pytest.raises(BadRequest, match="Message is not modified"):
        await bot.edit_message_text("Breathe in", 1001, sent.message_id, reply_markup=KEYBOARD)
    # like Telegram, an edit without reply_markup removes the keyboard
    await bot.edit_message_text("Breathe in", 1001, sent.message_id)
    with pytest.raises(BadRequest, match="Message is not modified"):
        await bot.edit_message_reply_markup(1001, sent.message_id)
    await bot.edit_message_reply_markup(1001, sent.message_id, reply_markup=KEYBOARD)
    edited = await bot.edit_message_text(
        "<b>Breathe out</b>",
        1001,
        sent.message_id,
        parse_mode=ParseMode.HTML,
        reply_markup=KEYBOARD,
    )
    assert isinstance(edited, Message)
    assert (edited.text, edited.entities[0].type) == ("Breathe out", "bold")

    [message] = api.sent_to(1001)
    assert isinstance(message, BotMessage)
    assert (message.text, message.edits, len(message.buttons)) == ("Breathe out", 3, 3)
    with pytest.raises(BadRequest, match="Message to edit not found"):
        await bot.edit_message_text("x", 1001, 999)


async def test_text_rules(api: FakeBotAPI, bot: Bot) -> None:
    api.user(1001)
    with pytest.raises(BadRequest, match="Message is too long"):
        await bot.send_message(1001, "x" * 4097)
    with pytest.raises(BadRequest, match="Message text is empty"):
        await bot.send_message(1001, "  \n ")
    with pytest.raises(BadRequest, match="Can't parse entities"):
        await bot.send_message(1001, "Stay <3 safe", parse_mode=ParseMode.HTML)
    with pytest.raises(BadRequest, match="reserved"):
        await bot.send_message(1001, "Well done.", parse_mode=ParseMode.MARKDOWN_V2)
    with pytest.raises(BadRequest, match="Button_data_invalid"):
        await bot.send_message(
            1001,
            "x",
            reply_markup=InlineKeyboardMarkup.from_button(
                InlineKeyboardButton("long", callback_data="d" * 65)
            ),
        )
    with pytest.raises(BadRequest, match="Chat not found"):
        await bot.send_message(555, "who?")

    await bot.send_message(1001, "x" * 4096)
    await bot.send_message(1001, "Well *done*\\.", parse_mode=ParseMode.MARKDOWN_V2)
    await bot.send_message(1001, "Stay &lt;3 <i>safe</i>", parse_mode=ParseMode.HTML)
    await bot.send_message(1001, "42")  # stays a string
    await bot.send_message(1001, "Pick", reply_markup=ReplyKeyboardMarkup([["Calm", "Sad"]]))
    texts = [m.text for m in api.sent_to(1001)][1:]
    assert texts == ["Well done.", "Stay <3 safe", "42", "Pick"]
    assert api.sent_to(1001)[1].entities == [{"type": "bold", "offset": 5, "length": 4}]
    assert api.user(1001).keyboard == [["Calm", "Sad"]]


async def test_retry_after_and_other_faults(
    api: FakeBotAPI, bot: Bot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PTB_TIMEDELTA", "true")
    api.user(1001)
    api.fail_next(
        "sendMessage",
        status=429,
        description="Too Many Requests: retry after 3",
        retry_after=3,
        times=2,
    )
    for _ in range(2):
        with pytest.raises(RetryAfter) as caught:
            await bot.send_message(1001, "hi")
        assert caught.value.retry_after == dtm.timedelta(seconds=3)
    await bot.send_message(1001, "hi")
    assert [c.status for c in api.calls_to("sendMessage")] == [429, 429, 200]
    assert len(api.sent_to(1001)) == 1

    api.fail_next("answerCallbackQuery", status=400, description="Bad Request: query is too old")
    with pytest.raises(BadRequest, match="Query is too old"):
        await bot.answer_callback_query("123")


async def test_answering_a_query_twice_is_too_old(api: FakeBotAPI, bot: Bot) -> None:
    alex = api.user(1001)
    await bot.send_message(1001, "Pick", reply_markup=KEYBOARD)
    await alex.tap("Not now")
    [update] = await bot.get_updates()
    assert update.callback_query is not None
    assert await update.callback_query.answer() is True
    with pytest.raises(BadRequest, match="Query is too old"):
        await update.callback_query.answer()


async def test_blocked_user_gives_forbidden(api: FakeBotAPI, bot: Bot) -> None:
    api.user(1001)
    api.block(1001)
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_message(1001, "are you there?")
    with pytest.raises(Forbidden):
        await bot.send_chat_action(1001, ChatAction.TYPING)
    [update] = await bot.get_updates()
    assert update.my_chat_member is not None
    assert update.my_chat_member.new_chat_member.status == "kicked"
    api.unblock(1001)
    await bot.send_message(1001, "welcome back")
    assert [m.text for m in api.sent_to(1001)] == ["welcome back"]


async def test_slow_response_times_out_but_is_delivered(api: FakeBotAPI) -> None:
    api.user(1001)
    api.delay_next("sendMessage", 0.2)
    request = HTTPXRequest(read_timeout=0.05)
    async with Bot(api.token, base_url=api.base_url, request=request) as slow_bot:
        with pytest.raises(TimedOut):
            await slow_bot.send_message(1001, "slow")
    await api.wait_for(lambda: len(api.sent_to(1001)) == 1, what="the delayed message")


async def test_photo_and_document_round_trip(api: FakeBotAPI, bot: Bot) -> None:
    api.user(1001)
    picture, notes = b"\x89PNG\r\n\x1a\nfake-image", b"Dear little me,\n"
    photo = await bot.send_photo(1001, picture, caption="<i>you</i>", parse_mode=ParseMode.HTML)
    again = await bot.send_photo(1001, photo.photo[-1].file_id)
    document = await bot.send_document(1001, notes, filename="letter.txt", caption="for you")

    sent = api.sent_to(1001)
    assert (sent[0].photo, sent[0].caption, sent[0].text) == (picture, "you", None)
    assert sent[1].photo == picture  # re-sent by file_id
    assert (sent[2].document, sent[2].document_name, sent[2].caption) == (
        notes,
        "letter.txt",
        "for you",
    )
    upload = api.calls_to("sendDocument")[0]
    assert (upload.params["document"], upload.filenames["document"]) == (notes, "letter.txt")
    assert document.document is not None
    assert document.document.file_name == "letter.txt"
    file = await bot.get_file(again.photo[-1].file_id)
    assert await file.download_as_bytearray() == picture
    with pytest.raises(BadRequest, match="Wrong file identifier"):
        await bot.send_photo(1001, "no-such-file-id")


async def test_delete_message(api: FakeBotAPI, bot: Bot) -> None:
    alex = api.user(1001)
    sent = await bot.send_message(1001, "oops")
    assert await bot.delete_message(1001, sent.message_id) is True
    assert api.sent_to(1001) == []
    assert (await alex.next_message()).deleted is True  # the user may have seen it
    with pytest.raises(BadRequest, match="Message to delete not found"):
        await bot.delete_message(1001, sent.message_id)


# --------------------------------------------------------------------------- getUpdates


async def test_get_updates_offset_limit_and_long_poll(api: FakeBotAPI, bot: Bot) -> None:
    alex = api.user(1001)
    ids = [await alex.send(text) for text in ("a", "b", "c")]
    assert [u.update_id for u in await bot.get_updates()] == ids
    assert [u.update_id for u in await bot.get_updates(limit=1)] == ids[:1]
    assert [u.update_id for u in await bot.get_updates(offset=ids[1])] == ids[1:]
    assert await bot.get_updates(offset=ids[2] + 1) == ()
    assert await bot.get_updates() == ()  # confirmed updates are gone

    started = time.monotonic()
    assert await bot.get_updates(timeout=dtm.timedelta(milliseconds=150)) == ()
    assert 0.1 < time.monotonic() - started < 1.0

    poll = asyncio.create_task(bot.get_updates(timeout=10))
    await asyncio.sleep(0.05)
    started = time.monotonic()
    new_id = await alex.send("wake up")
    assert [u.update_id for u in await poll] == [new_id]
    assert time.monotonic() - started < 0.5

    chat = {"id": 1001, "type": "private", "first_name": "Alex"}
    raw = {"message_id": 99, "date": 0, "chat": chat, "text": "raw"}
    assert api.push_update({"update_id": 500, "message": raw}) == 500
    assert api.push_update({"message": raw}) == 501  # ids continue after explicit ones
    updates = await bot.get_updates(offset=new_id + 1)
    assert [(u.update_id, u.effective_message and u.effective_message.text) for u in updates] == [
        (500, "raw"),
        (501, "raw"),
    ]


async def test_stop_answers_a_pending_long_poll() -> None:
    api = FakeBotAPI()
    await api.start()
    async with Bot(api.token, base_url=api.base_url) as bot:
        poll = asyncio.create_task(bot.get_updates(timeout=30))
        await asyncio.sleep(0.05)
        started = time.monotonic()
        await api.stop()
        assert await poll == ()
        assert time.monotonic() - started < 0.5
