"""A fake Telegram Bot API server that end-to-end tests own.

The real bot runs unmodified against it (long polling through PTB's ``Updater``, and sending),
over HTTP on 127.0.0.1 and a free port. Tests drive simulated users (`FakeUser`) and assert what
a user would see (`BotMessage`, edits applied in place) or the raw requests (`FakeBotAPI.calls`).

Usage in a test (``build_application`` stands for the bot's own factory)::

    from tests.fake_bot_api import FakeBotAPI, polling

    async def test_check_in_from_the_menu() -> None:
        async with FakeBotAPI() as api:
            app = build_application(api.application_builder())  # token + base URLs set
            async with polling(app):  # like run_polling, inside the test; stops in ~10 ms
                alex = api.user(1001)
                await alex.send("/start")
                assert "Check in" in (await alex.next_message()).button_texts
                await alex.tap("Check in")
                assert (await alex.next_message()).text == "How are you feeling today?"
            assert alex.callback_answers  # the bot answered the callback query

Faults: ``api.fail_next("sendMessage", status=429, description="Too Many Requests: retry after
3", retry_after=3)``, ``api.delay_next(method, seconds)``, ``api.block(user_id)``, and
``api.redeliver(update_id)`` for a duplicate delivery. With ``parse_mode`` (HTML, MarkdownV2,
Markdown) ``BotMessage.text`` is the plain text the user sees, ``BotMessage.entities`` the
formatting, and malformed markup is answered with 400 "Bad Request: can't parse entities: ...".
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import html
import itertools
import json
import logging
import math
import mimetypes
import re
import time
from collections import Counter
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, Self, TypeVar

import tornado.httpserver
import tornado.netutil
import tornado.web
from telegram.ext import Application, ApplicationBuilder

__all__ = ["ApiCall", "BotMessage", "Button", "FakeBotAPI", "FakeUser", "polling"]

_LOG = logging.getLogger(__name__)

DEFAULT_TOKEN = "123456:TEST-token-abcdefghijklmnopqrstuvwxyz12345"
MAX_TEXT_LENGTH = 4096
HANDLING_GRACE = 10.0  # seconds a fetched, unconfirmed update keeps its chat "busy"
MAX_CAPTION_LENGTH = 1024
MAX_CALLBACK_DATA_BYTES = 64
MAX_CALLBACK_ANSWER_LENGTH = 200

NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup are "
    "exactly the same as a current content and reply markup of the message"
)
QUERY_TOO_OLD = "Bad Request: query is too old and response timeout expired or query ID is invalid"
BLOCKED = "Forbidden: bot was blocked by the user"
CHAT_ACTIONS = frozenset(
    [
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    ]
)
# Parameters that are plain strings on the wire; every other form value is JSON (as PTB sends it).
_STRING_PARAMS = frozenset(
    [
        "text",
        "caption",
        "parse_mode",
        "callback_query_id",
        "action",
        "url",
        "inline_message_id",
        "business_connection_id",
        "message_effect_id",
        "emoji",
        "language_code",
        "secret_token",
        "ip_address",
        "description",
        "short_description",
        "name",
        "title",
        "question",
        "file_id",
    ]
)
_TOKEN_RE = re.compile(r"\d+:[A-Za-z0-9_-]+")


# --------------------------------------------------------------------------- what the bot sent


@dataclass
class ApiCall:
    """One HTTP request to the fake: the method and its decoded parameters.

    Nested JSON values are decoded; uploaded files are ``bytes`` (their names in `filenames`).
    `status` is the HTTP status of the answer (``None`` while the request is being answered)
    and `description` the error description of a failed request.
    """

    method: str
    params: dict[str, Any]
    filenames: dict[str, str] = field(default_factory=dict)
    status: int | None = None
    description: str | None = None


@dataclass
class Button:
    """An inline keyboard button."""

    text: str
    callback_data: str | None = None
    url: str | None = None


@dataclass
class BotMessage:
    """A message the bot has in a chat, with its current content (edits are applied in place).

    ``reply_keyboard`` is ``None`` unless this message set a reply keyboard (``[]`` if it removed
    it); ``deleted`` messages are left out of `FakeBotAPI.sent_to` but `FakeUser.next_message`
    still returns them (the user may have seen them). ``raw`` is the Telegram ``Message`` JSON.
    """

    message_id: int
    chat_id: int
    text: str | None = None
    caption: str | None = None
    buttons: list[list[Button]] = field(default_factory=list)
    photo: bytes | None = None
    document: bytes | None = None
    document_name: str | None = None
    edits: int = 0
    entities: list[dict[str, Any]] = field(default_factory=list)
    reply_keyboard: list[list[str]] | None = None
    reply_to: int | None = None
    deleted: bool = False
    raw: dict[str, Any] = field(default_factory=dict, repr=False)
    #: When the bot sent it (``time.monotonic()``), to check the pacing of timed messages.
    sent_at: float = field(default_factory=time.monotonic, repr=False)

    @property
    def button_texts(self) -> list[str]:
        """The texts of all inline buttons, row by row."""
        return [button.text for row in self.buttons for button in row]


# --------------------------------------------------------------------------- internal state


class _ApiError(Exception):
    def __init__(self, status: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.retry_after = retry_after

    def payload(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "ok": False,
            "error_code": self.status,
            "description": self.description,
        }
        if self.retry_after is not None:
            body["parameters"] = {"retry_after": self.retry_after}
        return body


def _bad_request(detail: str) -> _ApiError:
    return _ApiError(400, f"Bad Request: {detail}")


@dataclass
class _Fault:
    status: int
    description: str
    retry_after: int | None
    times: int


@dataclass
class _Delay:
    seconds: float
    times: int
    lost: bool = False


@dataclass
class _StoredFile:
    file_id: str
    file_unique_id: str
    data: bytes | None
    name: str | None
    mime_type: str | None
    path: str


@dataclass
class _Chat:
    info: dict[str, Any]
    messages: list[BotMessage] = field(default_factory=list)
    user_messages: dict[int, dict[str, Any]] = field(default_factory=dict)
    chat_actions: list[str] = field(default_factory=list)
    reply_keyboard: list[list[str]] = field(default_factory=list)
    next_message_id: int = 1
    left: bool = False

    @property
    def id(self) -> int:
        return int(self.info["id"])

    def take_message_id(self) -> int:
        message_id = self.next_message_id
        self.next_message_id += 1
        return message_id

    def bot_message(self, message_id: Any) -> BotMessage | None:
        for message in self.messages:
            if message.message_id == message_id and not message.deleted:
                return message
        return None


_T = TypeVar("_T", _Fault, _Delay)


def _now() -> int:
    return int(time.time())


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _update_chat_id(update: dict[str, Any]) -> int | None:
    for key in ("message", "edited_message", "my_chat_member"):
        if key in update:
            return int(update[key]["chat"]["id"])
    if "callback_query" in update:
        return int(update["callback_query"]["message"]["chat"]["id"])
    return None


def _command_entities(text: str) -> list[dict[str, Any]]:
    if not text.startswith("/"):
        return []
    command = text.split(maxsplit=1)[0]
    return [{"type": "bot_command", "offset": 0, "length": _utf16_len(command)}]


# --------------------------------------------------------------------------- HTTP handlers


class _ApiHandler(tornado.web.RequestHandler):
    """Serves ``/bot<token>/<method>``; all logic lives in `FakeBotAPI`."""

    def initialize(self, api: FakeBotAPI) -> None:
        self.api = api
        self.wakeup = asyncio.Event()
        self.closed = False
        self.conflicted = False

    def on_connection_close(self) -> None:
        self.closed = True
        self.wakeup.set()

    def compute_etag(self) -> None:
        return None

    async def get(self, token: str, method: str) -> None:
        await self._serve(token, method)

    async def post(self, token: str, method: str) -> None:
        await self._serve(token, method)

    async def _serve(self, token: str, method: str) -> None:
        self.api._active.add(self)
        try:
            call = ApiCall(method, {})
            try:
                call.params, call.filenames = self._read_params()
            except ValueError:
                error = _bad_request("can't parse request parameters")
                call.status, call.description = error.status, error.description
                self.api.calls.append(call)
                status, body = error.status, error.payload()
            else:
                status, body = await self.api._dispatch(self, token, call)
            if not self.closed:
                self.set_status(status)
                self.set_header("Content-Type", "application/json")
                self.finish(json.dumps(body))
        finally:
            self.api._active.discard(self)
            self.api._notify()

    def _read_params(self) -> tuple[dict[str, Any], dict[str, str]]:
        params: dict[str, Any] = {}
        filenames: dict[str, str] = {}
        content_type = self.request.headers.get("Content-Type", "")
        if content_type.startswith("application/json") and self.request.body:
            params.update(json.loads(self.request.body))
        for name, values in self.request.arguments.items():
            raw = values[-1].decode("utf-8")
            if name in _STRING_PARAMS:
                params[name] = raw
            else:
                try:
                    params[name] = json.loads(raw)
                except ValueError:
                    params[name] = raw
        for name, files in self.request.files.items():
            params[name] = files[0].body
            filenames[name] = files[0].filename
        return params, filenames


class _FileHandler(tornado.web.RequestHandler):
    """Serves ``/file/bot<token>/<file_path>`` (downloads after ``getFile``)."""

    def initialize(self, api: FakeBotAPI) -> None:
        self.api = api

    def compute_etag(self) -> None:
        return None

    def get(self, token: str, path: str) -> None:
        stored = next((f for f in self.api._files.values() if f.path == path), None)
        if token != self.api.token:
            self.set_status(401)
            self.finish(json.dumps(_ApiError(401, "Unauthorized").payload()))
        elif stored is None or stored.data is None:
            self.set_status(404)
            self.finish(json.dumps(_ApiError(404, "Not Found").payload()))
        else:
            self.set_header("Content-Type", stored.mime_type or "application/octet-stream")
            self.finish(stored.data)


def _log_request(handler: tornado.web.RequestHandler) -> None:
    request = handler.request
    _LOG.debug("%s %s -> %s", request.method, request.path, handler.get_status())


# --------------------------------------------------------------------------- the server


class FakeBotAPI:
    """An in-process fake of the Telegram Bot API (HTTP on 127.0.0.1, a free port)."""

    def __init__(
        self, token: str = DEFAULT_TOKEN, bot_username: str = "innerchild_test_bot"
    ) -> None:
        self.token = token
        self.bot_username = bot_username
        self.bot_id = int(token.split(":", 1)[0])
        self.calls: list[ApiCall] = []
        self.updates: dict[int, dict[str, Any]] = {}  # every update ever pushed, by id
        self.all_commands: dict[tuple[str, str], list[dict[str, Any]]] = {}
        self.webhook_url = ""
        self._server: tornado.httpserver.HTTPServer | None = None
        self._port = 0
        self._stopping = False
        self._active: set[_ApiHandler] = set()
        self._waiters: set[asyncio.Event] = set()
        self._poller: _ApiHandler | None = None
        self._pending: list[dict[str, Any]] = []  # not yet confirmed with getUpdates' offset
        self._redeliveries: list[dict[str, Any]] = []
        self._next_update_id = 1
        self._delivered_up_to = 0
        self._handed_at: dict[int, float] = {}  # update_id -> when getUpdates handed it out
        self._users: dict[int, FakeUser] = {}
        self._chats: dict[int, _Chat] = {}
        self._blocked: set[int] = set()
        self._files: dict[str, _StoredFile] = {}
        self._file_seq = itertools.count(1)
        self._query_seq = itertools.count(4_000_000_000_000_001)
        self._open_queries: dict[str, FakeUser] = {}
        self._faults: dict[str, list[_Fault]] = {}
        self._delays: dict[str, list[_Delay]] = {}
        self._inflight: Counter[int] = Counter()
        methods: dict[str, Callable[[ApiCall], Any]] = {
            "getMe": self._get_me,
            "logOut": self._true,
            "close": self._true,
            "setWebhook": self._set_webhook,
            "deleteWebhook": self._delete_webhook,
            "getWebhookInfo": self._get_webhook_info,
            "setMyCommands": self._set_my_commands,
            "getMyCommands": self._get_my_commands,
            "deleteMyCommands": self._delete_my_commands,
            "setMyDescription": self._true,
            "setMyShortDescription": self._true,
            "setMyName": self._true,
            "setChatMenuButton": self._true,
            "sendMessage": self._send_message,
            "sendPhoto": self._send_photo,
            "sendDocument": self._send_document,
            "sendChatAction": self._send_chat_action,
            "editMessageText": self._edit_message_text,
            "editMessageCaption": self._edit_message_caption,
            "editMessageReplyMarkup": self._edit_message_reply_markup,
            "deleteMessage": self._delete_message,
            "deleteMessages": self._delete_messages,
            "answerCallbackQuery": self._answer_callback_query,
            "getFile": self._get_file,
            "getChat": self._get_chat,
            "leaveChat": self._leave_chat,
        }
        self._methods = {name.lower(): method for name, method in methods.items()}
        # Telegram method names are case-insensitive; calls are recorded with the usual spelling.
        self._method_names = {name.lower(): name for name in (*methods, "getUpdates")}

    # ----------------------------------------------------------------- lifecycle

    async def start(self) -> None:
        if self._server is not None:
            raise RuntimeError("FakeBotAPI is already running")
        app = tornado.web.Application(
            [
                (r"/bot([^/]*)/([^/]+)", _ApiHandler, {"api": self}),
                (r"/file/bot([^/]*)/(.+)", _FileHandler, {"api": self}),
            ],
            log_function=_log_request,
        )
        sockets = tornado.netutil.bind_sockets(0, "127.0.0.1")
        self._server = tornado.httpserver.HTTPServer(app)
        self._server.add_sockets(sockets)
        self._port = sockets[0].getsockname()[1]
        self._stopping = False

    async def stop(self) -> None:
        """Answer pending long polls (with ``[]``) and delays, then close every connection."""
        server, self._server = self._server, None
        if server is None:
            return
        self._stopping = True
        self._notify()
        server.stop()
        with contextlib.suppress(AssertionError):
            await self.wait_for(lambda: not self._active, timeout=2.0, what="requests to finish")
        await server.close_all_connections()

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    @property
    def base_url(self) -> str:
        return f"{self._origin}/bot"

    @property
    def base_file_url(self) -> str:
        return f"{self._origin}/file/bot"

    @property
    def _origin(self) -> str:
        if not self._port:
            raise RuntimeError("FakeBotAPI is not started")
        return f"http://127.0.0.1:{self._port}"

    def application_builder(self) -> ApplicationBuilder[Any, Any, Any, Any, Any, Any]:
        """An ``ApplicationBuilder`` with this fake's token, base_url and base_file_url."""
        return (
            ApplicationBuilder()
            .token(self.token)
            .base_url(self.base_url)
            .base_file_url(self.base_file_url)
        )

    # ----------------------------------------------------------------- inspection

    @property
    def commands(self) -> list[dict[str, Any]]:
        """The commands set with setMyCommands for the default scope and no language."""
        return self.all_commands.get(('{"type": "default"}', ""), [])

    def calls_to(self, method: str) -> list[ApiCall]:
        return [call for call in self.calls if call.method.lower() == method.lower()]

    def sent_to(self, chat_id: int) -> list[BotMessage]:
        chat = self._chats.get(chat_id)
        return [m for m in chat.messages if not m.deleted] if chat else []

    def unanswered_callback_queries(self) -> list[str]:
        """Ids of callback queries the bot has not answered yet."""
        return list(self._open_queries)

    async def wait_for(
        self,
        predicate: Callable[[], bool],
        timeout: float = 5.0,  # noqa: ASYNC109 - a deadline for a condition, not for one call
        what: str = "a condition",
    ) -> None:
        """Wait until ``predicate()`` holds; AssertionError after ``timeout`` seconds.

        It is re-checked on every change of the fake and every 20 ms (for state of the app)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not predicate():
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise AssertionError(f"timed out after {timeout} s waiting for {what}")
            await self._wait_change(min(remaining, 0.02))

    # ----------------------------------------------------------------- users and updates

    def user(
        self, user_id: int, first_name: str = "Alex", language_code: str | None = "en"
    ) -> FakeUser:
        """The simulated user with this id (created on first use; a private chat, id == user id)."""
        if user_id not in self._users:
            self._users[user_id] = FakeUser(self, user_id, first_name, language_code)
            info = {"id": user_id, "type": "private", "first_name": first_name}
            self._chats[user_id] = _Chat(info)
        return self._users[user_id]

    async def send_group_message(self, chat_id: int, from_user: int, text: str) -> int:
        """A text message from ``from_user`` in the group chat ``chat_id``; returns update_id."""
        if chat_id >= 0:
            raise ValueError("group chat ids are negative")
        chat = self._chats.get(chat_id)
        if chat is None:
            chat = _Chat({"id": chat_id, "type": "group", "title": f"Test group {chat_id}"})
            self._chats[chat_id] = chat
        sender = self._users.get(from_user)
        sender_json = (
            sender.to_json()
            if sender
            else {"id": from_user, "is_bot": False, "first_name": f"User {from_user}"}
        )
        content: dict[str, Any] = {"text": text}
        if entities := _command_entities(text):
            content["entities"] = entities
        update_id = self._incoming(chat, sender_json, content)
        await asyncio.sleep(0)
        return update_id

    def push_update(self, update: dict[str, Any]) -> int:
        """Queue a raw update for getUpdates (a copy); assigns update_id if missing."""
        update = copy.deepcopy(update)
        update_id = update.setdefault("update_id", self._next_update_id)
        self._next_update_id = max(self._next_update_id, update_id + 1)
        self.updates[update_id] = update
        self._pending.append(update)
        self._notify()
        return int(update_id)

    def redeliver(self, update_id: int) -> None:
        """Deliver a pushed update once more with the same update_id, even if the bot already
        confirmed it (as Telegram does when a confirmation got lost). It is put at the front of
        the next getUpdates answer and delivered once."""
        if update_id not in self.updates:
            raise KeyError(f"no update with update_id {update_id} was pushed")
        self._redeliveries.append(self.updates[update_id])
        self._notify()

    def block(self, user_id: int, *, notify: bool = True) -> None:
        """The user blocks the bot: everything sent to that chat answers 403. With ``notify``,
        a ``my_chat_member`` update (bot: member -> kicked) is pushed, like Telegram does."""
        user = self.user(user_id)
        self._blocked.add(user_id)
        if notify:
            self._push_member_change(user, "member", "kicked")

    def unblock(self, user_id: int, *, notify: bool = True) -> None:
        user = self.user(user_id)
        self._blocked.discard(user_id)
        if notify:
            self._push_member_change(user, "kicked", "member")

    def _push_member_change(self, user: FakeUser, old: str, new: str) -> None:
        def member(status: str) -> dict[str, Any]:
            extra = {"until_date": 0} if status == "kicked" else {}
            return {"user": self._bot_json(), "status": status, **extra}

        change = {
            "chat": self._chats[user.chat_id].info,
            "from": user.to_json(),
            "date": _now(),
            "old_chat_member": member(old),
            "new_chat_member": member(new),
        }
        self.push_update({"my_chat_member": change})

    def _incoming(self, chat: _Chat, sender: dict[str, Any], content: dict[str, Any]) -> int:
        message = {
            "message_id": chat.take_message_id(),
            "from": sender,
            "chat": chat.info,
            "date": _now(),
            **content,
        }
        chat.user_messages[message["message_id"]] = message
        return self.push_update({"message": message})

    def _callback_query(self, user: FakeUser, message: BotMessage, data: str) -> int:
        query_id = str(next(self._query_seq))
        self._open_queries[query_id] = user
        query = {
            "id": query_id,
            "from": user.to_json(),
            "message": message.raw,
            "chat_instance": str(abs(message.chat_id) * 7919 + 13),
            "data": data,
        }
        return self.push_update({"callback_query": query})

    def _undelivered(self) -> list[dict[str, Any]]:
        fresh = [u for u in self._pending if u["update_id"] > self._delivered_up_to]
        return self._redeliveries + fresh

    def _busy(self, chat_id: int) -> bool:
        """Whether updates for the chat wait to be fetched, the bot has a request in flight, or
        it is still handling an update for the chat: fetched, but not yet confirmed by the next
        getUpdates' offset (the bot confirms only once handled). A fetched update counts for
        HANDLING_GRACE seconds at most, so a bot that died holding one does not look busy."""
        if self._inflight[chat_id]:
            return True
        if any(_update_chat_id(update) == chat_id for update in self._undelivered()):
            return True
        now = asyncio.get_running_loop().time()
        return any(
            now - self._handed_at.get(update["update_id"], -math.inf) < HANDLING_GRACE
            and _update_chat_id(update) == chat_id
            for update in self._pending
        )

    # ----------------------------------------------------------------- fault injection

    def fail_next(
        self,
        method: str,
        *,
        status: int,
        description: str,
        retry_after: int | None = None,
        times: int = 1,
    ) -> None:
        """The next ``times`` requests to ``method`` fail with this error (no side effects)."""
        fault = _Fault(status, description, retry_after, times)
        self._faults.setdefault(method.lower(), []).append(fault)

    def delay_next(self, method: str, seconds: float, times: int = 1) -> None:
        """The next ``times`` requests to ``method`` are answered after ``seconds``. The request
        takes effect after the delay even if the client gave up meanwhile (as a timed-out
        sendMessage may still be delivered by Telegram); stop() cuts delays short."""
        self._delays.setdefault(method.lower(), []).append(_Delay(seconds, times))

    def lose_next(self, method: str, seconds: float) -> None:
        """The next request to ``method`` is held for ``seconds`` and then lost: it never takes
        effect (as if the connection broke before it reached Telegram); a caller still
        waiting gets a 502."""
        self._delays.setdefault(method.lower(), []).append(_Delay(seconds, 1, lost=True))

    @staticmethod
    def _take(queue: dict[str, list[_T]], method: str) -> _T | None:
        entries = queue.get(method.lower())
        if not entries:
            return None
        entry = entries[0]
        entry.times -= 1
        if entry.times <= 0:
            entries.pop(0)
        return entry

    # ----------------------------------------------------------------- plumbing

    def _notify(self) -> None:
        for event in self._waiters:
            event.set()

    async def _wait_change(self, timeout: float, event: asyncio.Event | None = None) -> None:  # noqa: ASYNC109
        """Sleep until something changes (update, message, request done, stop) or timeout."""
        event = event or asyncio.Event()
        event.clear()
        self._waiters.add(event)
        try:
            async with asyncio.timeout(timeout):
                await event.wait()
        except TimeoutError:
            pass
        finally:
            self._waiters.discard(event)

    async def _dispatch(
        self, handler: _ApiHandler, token: str, call: ApiCall
    ) -> tuple[int, dict[str, Any]]:
        call.method = self._method_names.get(call.method.lower(), call.method)
        self.calls.append(call)
        chat_id = call.params.get("chat_id")
        chat_key = chat_id if isinstance(chat_id, int) else None
        if chat_key is not None:
            self._inflight[chat_key] += 1
        try:
            result = await self._process(handler, token, call)
        except _ApiError as error:
            call.status, call.description = error.status, error.description
            return error.status, error.payload()
        except Exception as exc:  # a bug in the fake: make it loud in the test's output
            _LOG.exception("fake Bot API crashed on %s %s", call.method, call.params)
            call.status, call.description = 500, f"Internal Server Error: fake crashed: {exc!r}"
            return 500, _ApiError(500, call.description).payload()
        finally:
            if chat_key is not None:
                self._inflight[chat_key] -= 1
        call.status = 200
        return 200, {"ok": True, "result": result}

    async def _process(self, handler: _ApiHandler, token: str, call: ApiCall) -> Any:
        if not _TOKEN_RE.fullmatch(token):
            raise _ApiError(404, "Not Found")
        if token != self.token:
            raise _ApiError(401, "Unauthorized")
        if delay := self._take(self._delays, call.method):
            await self._sleep(delay.seconds)
            if delay.lost:
                raise _ApiError(502, "Bad Gateway")
        if fault := self._take(self._faults, call.method):
            raise _ApiError(fault.status, fault.description, fault.retry_after)
        if call.method == "getUpdates":
            return await self._get_updates(call, handler)
        method = self._methods.get(call.method.lower())
        if method is None:
            raise _ApiError(404, "Not Found")
        return method(call)

    async def _sleep(self, seconds: float) -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + seconds
        while not self._stopping and (remaining := deadline - loop.time()) > 0:
            await self._wait_change(remaining)

    # ----------------------------------------------------------------- getUpdates & webhooks

    async def _get_updates(self, call: ApiCall, handler: _ApiHandler) -> list[dict[str, Any]]:
        if self.webhook_url:
            raise _ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        params = call.params
        offset = params.get("offset")
        limit = max(1, min(int(params.get("limit") or 100), 100))
        timeout = max(0.0, min(float(params.get("timeout") or 0), 50.0))
        if isinstance(offset, int):
            self._confirm(offset)
        if self._poller is not None:
            self._poller.conflicted = True
            self._poller.wakeup.set()
        self._poller = handler
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        try:
            while True:
                if handler.closed or self._stopping:
                    return []
                if handler.conflicted:
                    raise _ApiError(
                        409,
                        "Conflict: terminated by other getUpdates request; "
                        "make sure that only one bot instance is running",
                    )
                redelivered = self._redeliveries[:limit]
                batch = redelivered + self._pending[: limit - len(redelivered)]
                remaining = deadline - loop.time()
                if batch or remaining <= 0:
                    del self._redeliveries[: len(redelivered)]
                    fresh_ids = [u["update_id"] for u in batch[len(redelivered) :]]
                    now = loop.time()
                    self._handed_at.update((u["update_id"], now) for u in batch)
                    self._delivered_up_to = max([self._delivered_up_to, *fresh_ids])
                    return batch
                await self._wait_change(remaining, handler.wakeup)
        finally:
            if self._poller is handler:
                self._poller = None

    def _confirm(self, offset: int) -> None:
        if offset < 0:
            self._pending = self._pending[offset:]
        else:
            self._pending = [u for u in self._pending if u["update_id"] >= offset]
        self._handed_at = {k: v for k, v in self._handed_at.items() if k >= offset or offset < 0}

    def _set_webhook(self, call: ApiCall) -> bool:
        url = call.params.get("url")
        if not isinstance(url, str):
            raise _bad_request("parameter url is required")
        self.webhook_url = url
        return True

    def _delete_webhook(self, call: ApiCall) -> bool:
        self.webhook_url = ""
        if call.params.get("drop_pending_updates"):
            self._pending.clear()
            self._redeliveries.clear()
        return True

    def _get_webhook_info(self, call: ApiCall) -> dict[str, Any]:
        return {
            "url": self.webhook_url,
            "has_custom_certificate": False,
            "pending_update_count": len(self._undelivered()),
        }

    # ----------------------------------------------------------------- bot & commands

    def _bot_json(self) -> dict[str, Any]:
        return {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": "Inner Child Test Bot",
            "username": self.bot_username,
        }

    def _get_me(self, call: ApiCall) -> dict[str, Any]:
        return {
            **self._bot_json(),
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    def _true(self, call: ApiCall) -> bool:
        return True

    @staticmethod
    def _commands_key(params: dict[str, Any]) -> tuple[str, str]:
        scope = params.get("scope") or {"type": "default"}
        return json.dumps(scope, sort_keys=True), str(params.get("language_code") or "")

    def _set_my_commands(self, call: ApiCall) -> bool:
        commands = call.params.get("commands")
        if not isinstance(commands, list):
            raise _bad_request("parameter commands is required")
        for command in commands:
            if not re.fullmatch(r"[a-z0-9_]{1,32}", str(command.get("command", ""))):
                raise _bad_request("BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description", ""))) <= 256:
                raise _bad_request("command description must be 1-256 characters")
        self.all_commands[self._commands_key(call.params)] = commands
        return True

    def _get_my_commands(self, call: ApiCall) -> list[dict[str, Any]]:
        return self.all_commands.get(self._commands_key(call.params), [])

    def _delete_my_commands(self, call: ApiCall) -> bool:
        self.all_commands.pop(self._commands_key(call.params), None)
        return True

    # ----------------------------------------------------------------- chats

    def _target_chat(self, params: dict[str, Any]) -> _Chat:
        chat_id = params.get("chat_id")
        if chat_id is None or chat_id == "":
            raise _bad_request("chat_id is empty")
        chat = self._chats.get(chat_id) if isinstance(chat_id, int) else None
        if chat_id in self._blocked:
            raise _ApiError(403, BLOCKED)
        if chat is None:
            raise _bad_request("chat not found")
        if chat.left:
            raise _ApiError(403, "Forbidden: bot is not a member of the group chat")
        return chat

    def _get_chat(self, call: ApiCall) -> dict[str, Any]:
        chat = self._target_chat(call.params)
        gifts = dict.fromkeys(
            (
                "unlimited_gifts",
                "limited_gifts",
                "unique_gifts",
                "premium_subscription",
                "gifts_from_channels",
            ),
            False,
        )
        return {
            **chat.info,
            "accent_color_id": 0,
            "max_reaction_count": 11,
            "accepted_gift_types": gifts,
        }

    def _leave_chat(self, call: ApiCall) -> bool:
        chat = self._target_chat(call.params)
        if chat.info["type"] == "private":
            raise _bad_request("chat member status can't be changed in private chats")
        chat.left = True
        return True

    def _send_chat_action(self, call: ApiCall) -> bool:
        chat = self._target_chat(call.params)
        action = call.params.get("action")
        if action not in CHAT_ACTIONS:
            raise _bad_request("wrong parameter action in request")
        chat.chat_actions.append(action)
        self._notify()
        return True

    # ----------------------------------------------------------------- sending

    def _format(
        self, text: Any, parse_mode: Any, entities: Any
    ) -> tuple[str, list[dict[str, Any]]]:
        """Apply parse_mode like Telegram: the plain text and its entities, trimmed."""
        text = str(text)
        mode = str(parse_mode or "").lower()
        try:
            if mode == "html":
                plain, found = _parse_html(text)
            elif mode == "markdownv2":
                plain, found = _parse_markdown(text, v2=True)
            elif mode == "markdown":
                plain, found = _parse_markdown(text, v2=False)
            elif mode:
                raise _bad_request(f"unsupported parse_mode {parse_mode!r}")
            else:
                plain, found = text, list(entities or [])
        except _ParseError as error:
            raise _bad_request(f"can't parse entities: {error}") from None
        return _trim(plain, found)

    def _caption(self, params: dict[str, Any]) -> tuple[str | None, list[dict[str, Any]]]:
        if params.get("caption") in (None, ""):
            return None, []
        caption, entities = self._format(
            params["caption"], params.get("parse_mode"), params.get("caption_entities")
        )
        if _utf16_len(caption) > MAX_CAPTION_LENGTH:
            raise _bad_request("message caption is too long")
        return caption or None, entities

    def _text(self, params: dict[str, Any]) -> tuple[str, list[dict[str, Any]]]:
        if params.get("text") is None:
            raise _bad_request("message text is empty")
        text, entities = self._format(
            params["text"], params.get("parse_mode"), params.get("entities")
        )
        if not text:
            raise _bad_request("message text is empty")
        if _utf16_len(text) > MAX_TEXT_LENGTH:
            raise _bad_request("message is too long")
        return text, entities

    def _send_message(self, call: ApiCall) -> dict[str, Any]:
        chat = self._target_chat(call.params)
        text, entities = self._text(call.params)
        message = self._add_bot_message(chat, call.params, {"text": text})
        message.text, message.entities = text, entities
        self._sync_raw(message)
        return message.raw

    def _send_photo(self, call: ApiCall) -> dict[str, Any]:
        chat = self._target_chat(call.params)
        stored = self._resolve_file(call, "photo")
        caption, entities = self._caption(call.params)
        size = len(stored.data or b"")
        photo_size = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "width": 320,
            "height": 320,
            "file_size": size,
        }
        message = self._add_bot_message(chat, call.params, {"photo": [photo_size]})
        message.photo, message.caption, message.entities = stored.data, caption, entities
        self._sync_raw(message)
        return message.raw

    def _send_document(self, call: ApiCall) -> dict[str, Any]:
        chat = self._target_chat(call.params)
        stored = self._resolve_file(call, "document")
        caption, entities = self._caption(call.params)
        document = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_name": stored.name,
            "mime_type": stored.mime_type,
            "file_size": len(stored.data or b""),
        }
        content = {"document": {k: v for k, v in document.items() if v is not None}}
        message = self._add_bot_message(chat, call.params, content)
        message.document, message.document_name = stored.data, stored.name
        message.caption, message.entities = caption, entities
        self._sync_raw(message)
        return message.raw

    def _add_bot_message(
        self, chat: _Chat, params: dict[str, Any], content: dict[str, Any]
    ) -> BotMessage:
        inline, keyboard = _parse_markup(params.get("reply_markup"))
        reply_to = self._reply_target(chat, params)
        message = BotMessage(
            message_id=chat.take_message_id(), chat_id=chat.id, reply_keyboard=keyboard
        )
        message.raw = {
            "message_id": message.message_id,
            "from": self._bot_json(),
            "chat": chat.info,
            "date": _now(),
            **content,
        }
        if reply_to is not None:
            message.reply_to = reply_to["message_id"]
            message.raw["reply_to_message"] = copy.deepcopy(reply_to)
            message.raw["reply_to_message"].pop("reply_to_message", None)
        self._set_markup(message, inline)
        if keyboard is not None:
            chat.reply_keyboard = keyboard
        chat.messages.append(message)
        self._notify()
        return message

    def _reply_target(self, chat: _Chat, params: dict[str, Any]) -> dict[str, Any] | None:
        reply = params.get("reply_parameters") or {}
        message_id = reply.get("message_id", params.get("reply_to_message_id"))
        if message_id is None:
            return None
        bot_message = chat.bot_message(message_id)
        target = bot_message.raw if bot_message else chat.user_messages.get(message_id)
        allow = reply.get("allow_sending_without_reply", params.get("allow_sending_without_reply"))
        if target is None and not allow:
            raise _bad_request("message to be replied not found")
        return target

    def _resolve_file(self, call: ApiCall, kind: str) -> _StoredFile:
        value = call.params.get(kind)
        if isinstance(value, bytes):
            if not value:
                raise _bad_request("file must be non-empty")
            name = call.filenames.get(kind)
            return self._store_file(value, name, kind)
        if isinstance(value, str):
            if value in self._files:
                return self._files[value]
            if value.startswith(("http://", "https://")):
                return self._store_file(None, value.rsplit("/", 1)[-1] or None, kind)
            raise _bad_request("wrong file identifier/HTTP URL specified")
        raise _bad_request(f"there is no {kind} in the request")

    def _store_file(self, data: bytes | None, name: str | None, kind: str) -> _StoredFile:
        number = next(self._file_seq)
        mime_type = mimetypes.guess_type(name)[0] if name else None
        if kind == "photo":
            mime_type = mime_type or "image/jpeg"
        suffix = mimetypes.guess_extension(mime_type) if mime_type else None
        stored = _StoredFile(
            file_id=f"{kind.upper()}-FILE-{number:06d}",
            file_unique_id=f"U{number:06d}",
            data=data,
            name=name,
            mime_type=mime_type,
            path=f"{kind}s/file_{number}{suffix or ''}",
        )
        self._files[stored.file_id] = stored
        return stored

    def _get_file(self, call: ApiCall) -> dict[str, Any]:
        stored = self._files.get(str(call.params.get("file_id")))
        if stored is None:
            raise _bad_request("invalid file_id")
        return {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_size": len(stored.data or b""),
            "file_path": stored.path,
        }

    # ----------------------------------------------------------------- markup & raw JSON

    def _set_markup(self, message: BotMessage, inline: dict[str, Any] | None) -> None:
        if inline is None:
            message.raw.pop("reply_markup", None)
            message.buttons = []
            return
        message.raw["reply_markup"] = inline
        message.buttons = [
            [Button(b["text"], b.get("callback_data"), b.get("url")) for b in row]
            for row in inline["inline_keyboard"]
        ]

    @staticmethod
    def _sync_raw(message: BotMessage) -> None:
        raw = message.raw
        for key in ("text", "entities", "caption", "caption_entities"):
            raw.pop(key, None)
        if message.text is not None:
            raw["text"] = message.text
            if message.entities:
                raw["entities"] = message.entities
        elif message.caption is not None:
            raw["caption"] = message.caption
            if message.entities:
                raw["caption_entities"] = message.entities

    # ----------------------------------------------------------------- editing & deleting

    def _message_to_edit(self, params: dict[str, Any]) -> tuple[_Chat, BotMessage]:
        if params.get("inline_message_id") is not None:
            raise _bad_request("inline messages are not supported by the fake")
        chat = self._target_chat(params)
        message_id = params.get("message_id")
        if message_id is None:
            raise _bad_request("message identifier is not specified")
        message = chat.bot_message(message_id)
        if message is None:
            if message_id in chat.user_messages:
                raise _bad_request("message can't be edited")
            raise _bad_request("message to edit not found")
        return chat, message

    def _finish_edit(self, message: BotMessage, inline: dict[str, Any] | None) -> dict[str, Any]:
        self._set_markup(message, inline)
        self._sync_raw(message)
        message.edits += 1
        message.raw["edit_date"] = _now()
        self._notify()
        return message.raw

    def _edit_message_text(self, call: ApiCall) -> dict[str, Any]:
        _, message = self._message_to_edit(call.params)
        if message.text is None:
            raise _bad_request("there is no text in the message to edit")
        text, entities = self._text(call.params)
        inline, _ = _parse_markup(call.params.get("reply_markup"), inline_only=True)
        old = (message.text, message.entities, message.raw.get("reply_markup"))
        if (text, entities, inline) == old:
            raise _bad_request(NOT_MODIFIED.removeprefix("Bad Request: "))
        message.text, message.entities = text, entities
        return self._finish_edit(message, inline)

    def _edit_message_caption(self, call: ApiCall) -> dict[str, Any]:
        _, message = self._message_to_edit(call.params)
        if message.text is not None:
            raise _bad_request("there is no caption in the message to edit")
        caption, entities = self._caption(call.params)
        inline, _ = _parse_markup(call.params.get("reply_markup"), inline_only=True)
        old = (message.caption, message.entities, message.raw.get("reply_markup"))
        if (caption, entities, inline) == old:
            raise _bad_request(NOT_MODIFIED.removeprefix("Bad Request: "))
        message.caption, message.entities = caption, entities
        return self._finish_edit(message, inline)

    def _edit_message_reply_markup(self, call: ApiCall) -> dict[str, Any]:
        _, message = self._message_to_edit(call.params)
        inline, _ = _parse_markup(call.params.get("reply_markup"), inline_only=True)
        if inline == message.raw.get("reply_markup"):
            raise _bad_request(NOT_MODIFIED.removeprefix("Bad Request: "))
        return self._finish_edit(message, inline)

    def _delete_message(self, call: ApiCall) -> bool:
        chat = self._target_chat(call.params)
        message_id = call.params.get("message_id")
        if not self._delete_one(chat, message_id):
            raise _bad_request("message to delete not found")
        return True

    def _delete_messages(self, call: ApiCall) -> bool:
        chat = self._target_chat(call.params)
        for message_id in call.params.get("message_ids") or []:
            self._delete_one(chat, message_id)
        return True

    def _delete_one(self, chat: _Chat, message_id: Any) -> bool:
        message = chat.bot_message(message_id)
        if message is not None:
            message.deleted = True
            self._notify()
            return True
        return chat.user_messages.pop(message_id, None) is not None

    # ----------------------------------------------------------------- callback queries

    def _answer_callback_query(self, call: ApiCall) -> bool:
        query_id = str(call.params.get("callback_query_id"))
        if query_id not in self._open_queries:
            raise _ApiError(400, QUERY_TOO_OLD)
        if len(str(call.params.get("text") or "")) > MAX_CALLBACK_ANSWER_LENGTH:
            raise _bad_request("MESSAGE_TOO_LONG")
        user = self._open_queries.pop(query_id)
        user.callback_answers.append(dict(call.params))
        self._notify()
        return True


def _parse_markup(
    markup: Any, *, inline_only: bool = False
) -> tuple[dict[str, Any] | None, list[list[str]] | None]:
    """Split reply_markup into (inline keyboard JSON or None, reply keyboard change or None)."""
    if markup in (None, ""):
        return None, None
    if not isinstance(markup, dict):
        raise _bad_request("can't parse reply keyboard markup JSON object")
    if "inline_keyboard" in markup:
        rows = markup["inline_keyboard"]
        if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
            raise _bad_request("can't parse inline keyboard markup JSON object")
        for button in itertools.chain.from_iterable(rows):
            if not isinstance(button, dict) or not button.get("text"):
                raise _bad_request("can't parse inline keyboard button: Text must be non-empty")
            if set(button) == {"text"}:
                raise _bad_request(
                    "can't parse inline keyboard button: "
                    "Text buttons are unallowed in the inline keyboard"
                )
            data = button.get("callback_data")
            if data is not None and not 1 <= len(str(data).encode()) <= MAX_CALLBACK_DATA_BYTES:
                raise _bad_request("BUTTON_DATA_INVALID")
        rows = [row for row in rows if row]
        return ({"inline_keyboard": rows} if rows else None), None
    if inline_only:
        raise _bad_request("inline keyboard expected")
    if "keyboard" in markup:
        keyboard = [
            [b["text"] if isinstance(b, dict) else str(b) for b in row]
            for row in markup["keyboard"]
        ]
        return None, keyboard
    if markup.get("remove_keyboard"):
        return None, []
    if markup.get("force_reply"):
        return None, None
    raise _bad_request("can't parse reply keyboard markup JSON object")


# --------------------------------------------------------------------------- formatting


class _ParseError(Exception):
    pass


class _TextBuilder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0  # in UTF-16 code units, like Telegram's entity offsets

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.length += _utf16_len(text)

    def text(self) -> str:
        return "".join(self.parts)


def _byte_offset(source: str, index: int) -> int:
    return len(source[:index].encode())


def _finish(out: _TextBuilder, entities: list[dict[str, Any]]) -> tuple[str, list[dict[str, Any]]]:
    kept = [e for e in entities if e["length"] > 0]
    return out.text(), sorted(kept, key=lambda e: (e["offset"], -e["length"]))


def _trim(text: str, entities: list[dict[str, Any]]) -> tuple[str, list[dict[str, Any]]]:
    """Telegram strips leading and trailing whitespace; entities are shifted and clipped."""
    stripped = text.strip()
    if stripped == text:
        return text, entities
    lead = _utf16_len(text[: len(text) - len(text.lstrip())])
    size = _utf16_len(stripped)
    trimmed = []
    for entity in entities:
        start = max(entity["offset"] - lead, 0)
        end = min(entity["offset"] + entity["length"] - lead, size)
        if end > start:
            trimmed.append({**entity, "offset": start, "length": end - start})
    return stripped, trimmed


_HTML_TAG_RE = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s[^<>]*)?)>")
_HTML_ATTR_RE = re.compile(r"""([a-zA-Z-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?""")
_HTML_CHAR_REF_RE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|lt|gt|amp|quot);")
_HTML_SIMPLE_TAGS = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "pre": "pre",
}


def _parse_html(source: str) -> tuple[str, list[dict[str, Any]]]:
    out = _TextBuilder()
    entities: list[dict[str, Any]] = []
    stack: list[tuple[str, dict[str, Any] | None, int]] = []  # tag, entity, start
    index = 0
    while index < len(source):
        char = source[index]
        if char == "<":
            offset = _byte_offset(source, index)
            match = _HTML_TAG_RE.match(source, index)
            if match is None:
                raise _ParseError(f"Unclosed start tag at byte offset {offset}")
            closing, tag = match.group(1) == "/", match.group(2).lower()
            if closing:
                if not stack:
                    raise _ParseError(f"Unexpected end tag at byte offset {offset}")
                open_tag, entity, start = stack.pop()
                if open_tag != tag:
                    raise _ParseError(
                        f'Unmatched end tag at byte offset {offset}, expected "</{open_tag}>", '
                        f'found "</{tag}>"'
                    )
                if entity is not None:
                    entities.append({**entity, "offset": start, "length": out.length - start})
            else:
                attrs = {
                    m.group(1).lower(): html.unescape(next((g for g in m.groups()[1:] if g), ""))
                    for m in _HTML_ATTR_RE.finditer(match.group(3))
                }
                entity = _html_entity(tag, attrs, stack, offset)
                stack.append((tag, entity, out.length))
            index = match.end()
        elif char == "&" and (ref := _HTML_CHAR_REF_RE.match(source, index)):
            out.add(html.unescape(ref.group(0)))
            index = ref.end()
        else:
            end = min(
                (i for i in (source.find("<", index + 1), source.find("&", index + 1)) if i > 0),
                default=len(source),
            )
            out.add(source[index:end])
            index = end
    if stack:
        raise _ParseError(f'Can\'t find end tag corresponding to start tag "{stack[-1][0]}"')
    return _finish(out, entities)


def _html_entity(
    tag: str,
    attrs: dict[str, str],
    stack: list[tuple[str, dict[str, Any] | None, int]],
    offset: int,
) -> dict[str, Any] | None:
    if tag in _HTML_SIMPLE_TAGS:
        return {"type": _HTML_SIMPLE_TAGS[tag]}
    if tag == "span":
        if attrs.get("class") != "tg-spoiler":
            raise _ParseError(f'Tag "span" must have class "tg-spoiler" at byte offset {offset}')
        return {"type": "spoiler"}
    if tag == "a":
        return {"type": "text_link", "url": attrs["href"]} if attrs.get("href") else None
    if tag == "code":
        parent = stack[-1] if stack else None
        if parent is not None and parent[0] == "pre" and parent[1] is not None:
            language = attrs.get("class", "")
            if language.startswith("language-"):
                parent[1]["language"] = language.removeprefix("language-")
            return None
        return {"type": "code"}
    if tag == "blockquote":
        return {"type": "expandable_blockquote" if "expandable" in attrs else "blockquote"}
    if tag == "tg-emoji":
        return {"type": "custom_emoji", "custom_emoji_id": attrs.get("emoji-id", "")}
    raise _ParseError(f'Unsupported start tag "{tag}" at byte offset {offset}')


_MD2_RESERVED = frozenset("_*[]()~`>#+-=|{}.!")
_MD_MARKERS = {"*": "bold", "_": "italic", "__": "underline", "~": "strikethrough", "||": "spoiler"}
_MD_ESCAPE_RE = re.compile(r"\\([\x01-\x7e])")


def _find_unescaped(source: str, token: str, start: int, escapes: bool) -> int:
    index = start
    while index < len(source):
        if escapes and source[index] == "\\":
            index += 2
        elif source.startswith(token, index):
            return index
        else:
            index += 1
    return -1


def _unclosed(source: str, index: int, kind: str, *, v2: bool) -> _ParseError:
    offset = _byte_offset(source, index)
    if not v2:
        return _ParseError(f"Can't find end of the entity starting at byte offset {offset}")
    name = kind.title().replace("Text_Link", "TextUrl")
    return _ParseError(f"Can't find end of {name} entity at byte offset {offset}")


def _parse_markdown(source: str, *, v2: bool) -> tuple[str, list[dict[str, Any]]]:
    """MarkdownV2 (``v2``) or legacy Markdown, with Telegram's escaping rules."""
    out = _TextBuilder()
    entities: list[dict[str, Any]] = []
    stack: list[tuple[str, int, int]] = []  # marker, start (UTF-16), index in source
    quote_start: int | None = None
    index = 0
    while index < len(source):
        char = source[index]
        at_line_start = index == 0 or source[index - 1] == "\n"
        if char == "\\" and index + 1 < len(source):
            escaped = source[index + 1]
            if (v2 and 0 < ord(escaped) < 127) or (not v2 and escaped in "_*`["):
                out.add(escaped)
                index += 2
                continue
        if char == "`":
            fence = "```" if source.startswith("```", index) else "`"
            end = _find_unescaped(source, fence, index + len(fence), escapes=v2)
            if end < 0:
                raise _unclosed(source, index, "Pre" if fence == "```" else "Code", v2=v2)
            body = source[index + len(fence) : end]
            entity: dict[str, Any] = {"type": "code"}
            if fence == "```":
                entity = {"type": "pre"}
                first_line, newline, rest = body.partition("\n")
                if newline and first_line and not first_line[0].isspace():
                    entity["language"], body = first_line.strip(), rest
            body = _MD_ESCAPE_RE.sub(r"\1", body) if v2 else body
            entities.append({**entity, "offset": out.length, "length": _utf16_len(body)})
            out.add(body)
            index = end + len(fence)
            continue
        if v2 and char == ">" and at_line_start:
            quote_start = out.length if quote_start is None else quote_start
            index += 1
            continue
        if char == "\n" and quote_start is not None and not source.startswith(">", index + 1):
            quote_length = out.length - quote_start
            entities.append({"type": "blockquote", "offset": quote_start, "length": quote_length})
            quote_start = None
        marker = next((m for m in ("__", "||") if v2 and source.startswith(m, index)), None)
        marker = marker or (char if char in ("*_~" if v2 else "*_") else None)
        if marker is not None:
            if not v2:
                end = source.find(marker, index + 1)
                if end < 0:
                    raise _unclosed(source, index, _MD_MARKERS[marker], v2=v2)
                body = source[index + 1 : end]
                entities.append(
                    {"type": _MD_MARKERS[marker], "offset": out.length, "length": _utf16_len(body)}
                )
                out.add(body)
                index = end + 1
                continue
            open_markers = [m for m, _, _ in stack]
            if marker in open_markers:
                position = len(open_markers) - 1 - open_markers[::-1].index(marker)
                _, start, _ = stack.pop(position)
                entities.append(
                    {"type": _MD_MARKERS[marker], "offset": start, "length": out.length - start}
                )
            else:
                stack.append((marker, out.length, index))
            index += len(marker)
            continue
        if char == "[" and (v2 or source.find("](", index) > 0):
            stack.append(("[", out.length, index))
            index += 1
            continue
        if char == "]" and stack and stack[-1][0] == "[" and source.startswith("](", index):
            end = _find_unescaped(source, ")", index + 2, escapes=v2)
            if end < 0:
                raise _ParseError(
                    f"Can't find end of a url at byte offset {_byte_offset(source, index)}"
                )
            url = source[index + 2 : end]
            _, start, _ = stack.pop()
            entities.append(
                {
                    "type": "text_link",
                    "offset": start,
                    "length": out.length - start,
                    "url": _MD_ESCAPE_RE.sub(r"\1", url) if v2 else url,
                }
            )
            index = end + 1
            continue
        if v2 and char in _MD2_RESERVED:
            raise _ParseError(
                f"Character '{char}' is reserved and must be escaped with the preceding '\\'"
            )
        out.add(char)
        index += 1
    if quote_start is not None:
        entities.append(
            {"type": "blockquote", "offset": quote_start, "length": out.length - quote_start}
        )
    if stack:
        marker, _, opened_at = stack[-1]
        raise _unclosed(source, opened_at, _MD_MARKERS.get(marker, "TextUrl"), v2=v2)
    return _finish(out, entities)


# --------------------------------------------------------------------------- simulated user

_TINY_JPEG = bytes.fromhex(
    "ffd8ffe000104a46494600010100000100010000ffdb004300080606070605080707070909080a0c140d0c0b0b0c"
    "1912130f141d1a1f1e1d1a1c1c20242e2720222c231c1c2837292c30313434341f27393d38323c2e333432ffc000"
    "0b080001000101011100ffc4001f0000010501010101010100000000000000000102030405060708090a0bffda00"
    "08010100003f00d2cf20ffd9"
)
_TINY_OGG = b"OggS\x00\x02" + bytes(22)


class FakeUser:
    """A simulated Telegram user talking to the bot in a private chat (chat id == user id)."""

    def __init__(
        self, api: FakeBotAPI, user_id: int, first_name: str, language_code: str | None
    ) -> None:
        self.api = api
        self.user_id = user_id
        self.chat_id = user_id
        self.first_name = first_name
        self.language_code = language_code
        self.callback_answers: list[dict[str, Any]] = []
        self._seen = 0

    def __repr__(self) -> str:
        return f"FakeUser({self.user_id}, {self.first_name!r})"

    def to_json(self) -> dict[str, Any]:
        """The Telegram ``User`` JSON of this user."""
        user: dict[str, Any] = {"id": self.user_id, "is_bot": False, "first_name": self.first_name}
        if self.language_code:
            user["language_code"] = self.language_code
        return user

    @property
    def _chat(self) -> _Chat:
        return self.api._chats[self.chat_id]

    @property
    def chat_actions(self) -> list[str]:
        """sendChatAction actions in this chat, in order."""
        return self._chat.chat_actions

    @property
    def keyboard(self) -> list[list[str]]:
        """The reply keyboard currently shown to the user ([] if none)."""
        return self._chat.reply_keyboard

    @property
    def messages(self) -> list[BotMessage]:
        """Everything the bot has in this chat now (like ``api.sent_to(chat_id)``)."""
        return self.api.sent_to(self.chat_id)

    @property
    def last_message_id(self) -> int:
        """The message_id of this user's newest message (e.g. for `edit`)."""
        if not self._chat.user_messages:
            raise AssertionError(f"{self} has not sent anything yet")
        return max(self._chat.user_messages)

    # ----------------------------------------------------------------- acting

    async def _send(self, content: dict[str, Any]) -> int:
        update_id = self.api._incoming(self._chat, self.to_json(), content)
        await asyncio.sleep(0)
        return update_id

    async def send(self, text: str) -> int:
        """Send a text message; ``/command`` texts carry a bot_command entity. Returns update_id."""
        if not text.strip():
            raise ValueError("Telegram clients cannot send an empty message")
        content: dict[str, Any] = {"text": text}
        if entities := _command_entities(text):
            content["entities"] = entities
        return await self._send(content)

    async def send_sticker(self, emoji: str = "🧸") -> int:
        stored = self.api._store_file(_TINY_JPEG, "sticker.webp", "sticker")
        sticker = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "emoji": emoji,
        }
        return await self._send({"sticker": sticker})

    async def send_photo(self, data: bytes = _TINY_JPEG, caption: str | None = None) -> int:
        stored = self.api._store_file(data, "photo.jpg", "photo")
        size = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "width": 1,
            "height": 1,
            "file_size": len(data),
        }
        content: dict[str, Any] = {"photo": [size]}
        if caption:
            content["caption"] = caption
        return await self._send(content)

    async def send_voice(self, data: bytes = _TINY_OGG, duration: int = 3) -> int:
        stored = self.api._store_file(data, "voice.ogg", "voice")
        voice = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "duration": duration,
            "mime_type": "audio/ogg",
            "file_size": len(data),
        }
        return await self._send({"voice": voice})

    async def edit(self, message_id: int, text: str) -> int:
        """Edit one of this user's own text messages (an ``edited_message`` update)."""
        original = self._chat.user_messages.get(message_id)
        if original is None:
            raise AssertionError(f"{self} has no message {message_id} to edit")
        edited = {**original, "text": text, "edit_date": _now()}
        edited.pop("entities", None)
        if entities := _command_entities(text):
            edited["entities"] = entities
        self._chat.user_messages[message_id] = edited
        update_id = self.api.push_update({"edited_message": edited})
        await asyncio.sleep(0)
        return update_id

    async def tap(
        self,
        button_text: str | None = None,
        *,
        data: str | None = None,
        message_id: int | None = None,
    ) -> int:
        """Tap an inline button on the bot's newest message that has it; returns update_id.

        Buttons match by exact text (newest message first), else by a substring that is unique
        within the message, or by ``data`` (callback_data). With ``data`` and ``message_id`` any
        callback data can be forged on any message of the bot in this chat.
        """
        if button_text is None and data is None:
            raise ValueError("tap() needs a button text or data=")
        message, callback_data = self._find_button(button_text, data, message_id)
        update_id = self.api._callback_query(self, message, callback_data)
        await asyncio.sleep(0)
        return update_id

    def _find_button(
        self, button_text: str | None, data: str | None, message_id: int | None
    ) -> tuple[BotMessage, str]:
        candidates = [
            m
            for m in reversed(self._chat.messages)
            if not m.deleted and message_id in (None, m.message_id)
        ]
        if button_text is None:
            for message in candidates:
                if any(b.callback_data == data for row in message.buttons for b in row):
                    return message, str(data)
            forged = next((m for m in self._chat.messages if m.message_id == message_id), None)
            if forged is not None:
                return forged, str(data)
            raise AssertionError(
                f"no button with callback_data {data!r} for {self}; {self._visible_buttons()}"
            )
        matchers: list[Callable[[str], bool]] = [
            lambda text: text == button_text,
            lambda text: button_text in text,
        ]
        for matches in matchers:
            for message in candidates:
                found = [
                    b
                    for row in message.buttons
                    for b in row
                    if matches(b.text) and data in (None, b.callback_data)
                ]
                if len({(b.text, b.callback_data) for b in found}) > 1:
                    texts = ", ".join(repr(b.text) for b in found)
                    raise AssertionError(
                        f"{button_text!r} is ambiguous on message {message.message_id}: {texts}"
                    )
                if found:
                    if found[0].callback_data is None:
                        raise AssertionError(
                            f"button {found[0].text!r} has no callback_data (url={found[0].url!r})"
                        )
                    return message, found[0].callback_data
        raise AssertionError(f"no button {button_text!r} for {self}; {self._visible_buttons()}")

    def _visible_buttons(self) -> str:
        lines = [
            f"message {m.message_id}: "
            + " | ".join(" ".join(f"[{b.text}]" for b in row) for row in m.buttons)
            for m in reversed(self._chat.messages)
            if m.buttons and not m.deleted
        ]
        return "visible buttons (newest first):\n  " + "\n  ".join(lines) if lines else "no buttons"

    # ----------------------------------------------------------------- observing

    async def next_message(self, timeout: float = 5.0) -> BotMessage:  # noqa: ASYNC109
        """The next bot message in this chat not returned before (waits for it)."""
        chat = self._chat
        try:
            await self.api.wait_for(
                lambda: self._seen < len(chat.messages), timeout, f"a bot message to {self}"
            )
        except AssertionError:
            seen = [m.text or m.caption for m in chat.messages]
            raise AssertionError(
                f"no new bot message for {self} within {timeout} s; earlier messages: {seen}; "
                f"errors answered: {self._recent_errors()}"
            ) from None
        message = chat.messages[self._seen]
        self._seen += 1
        return message

    async def messages_until_quiet(
        self,
        quiet: float = 0.3,
        timeout: float = 5.0,  # noqa: ASYNC109
    ) -> list[BotMessage]:
        """All new bot messages until none arrive for ``quiet`` seconds (while updates for this
        chat wait to be fetched or a request for it is in flight, it is not quiet)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        chat = self._chat
        collected: list[BotMessage] = []
        last_activity = loop.time()
        while True:
            if self._seen < len(chat.messages):
                collected += chat.messages[self._seen :]
                self._seen = len(chat.messages)
                last_activity = loop.time()
            if self.api._busy(self.chat_id):
                last_activity = loop.time()
            now = loop.time()
            if now - last_activity >= quiet:
                return collected
            if now >= deadline:
                waiting = [u for u in self.api._undelivered() if _update_chat_id(u) == self.chat_id]
                reason = (
                    f"{len(waiting)} update(s) were never fetched (is the bot polling?)"
                    if waiting
                    else "messages kept coming"
                )
                raise AssertionError(
                    f"chat {self.chat_id} was not quiet within {timeout} s: {reason}; "
                    f"got {[m.text or m.caption for m in collected]}"
                )
            await self.api._wait_change(min(quiet - (now - last_activity), deadline - now))

    def _recent_errors(self) -> list[str]:
        errors = [
            f"{c.method} -> {c.status} {c.description}"
            for c in self.api.calls
            if c.status not in (None, 200) and c.params.get("chat_id") == self.chat_id
        ]
        return errors[-5:]


# --------------------------------------------------------------------------- running the bot


@contextlib.asynccontextmanager
async def polling(
    app: Application[Any, Any, Any, Any, Any, Any], *, poll_timeout: int = 10
) -> AsyncIterator[Application[Any, Any, Any, Any, Any, Any]]:
    """Run ``app`` like ``run_polling`` does (initialize, post_init, polling, start; then stop,
    post_stop, shutdown, post_shutdown) but inside the test's event loop.

    Stopping is quick whatever ``poll_timeout`` is: the Updater cancels its pending long poll."""
    await app.initialize()
    try:
        if app.post_init:
            await app.post_init(app)
        assert app.updater is not None, "the application needs an Updater to poll"
        await app.updater.start_polling(poll_interval=0, timeout=poll_timeout)
        await app.start()
        try:
            yield app
        finally:
            if app.updater.running:
                await app.updater.stop()
            if app.running:
                await app.stop()
            if app.post_stop:
                await app.post_stop(app)
    finally:
        await app.shutdown()
        if app.post_shutdown:
            await app.post_shutdown(app)
