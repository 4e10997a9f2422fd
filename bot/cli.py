"""The ``innerchild`` command: run the bot, chat in the terminal, migrate, show the flows."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Sequence

from pydantic import ValidationError

from bot import logs
from bot.config import Settings

log = logging.getLogger("innerchild")

TOKEN_HELP = """\
innerchild: {problem} Telegram bot token.

To talk to people on Telegram the bot needs a token from @BotFather: open Telegram, start a
chat with @BotFather, send /newbot, choose a name and a username ending in "bot", and copy
the token it gives you (it looks like 123456789:AAE...). Put it in a .env file in this folder
as TELEGRAM_BOT_TOKEN=<your token> (see .env.example), or export it, then run
`innerchild run` again. To try the companion without Telegram, run `innerchild chat`."""


def load_settings() -> Settings:
    try:
        return Settings()
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        print(f"innerchild: a setting is not valid: {problems}", file=sys.stderr)
        raise SystemExit(2) from None


def cmd_run(settings: Settings) -> int:
    problem = settings.token_problem()
    if problem is not None:
        word = "no" if problem == "missing" else "a malformed"
        print(TOKEN_HELP.format(problem=f"there is {word}"), file=sys.stderr)
        return 2
    from telegram import Update

    from bot.app import build_application

    application = build_application(settings)
    log.info("starting the bot with long polling")
    application.run_polling(allowed_updates=Update.ALL_TYPES)
    return 0


def cmd_chat(settings: Settings, name: str) -> int:
    from bot.runtime import open_runtime
    from bot.terminal import chat

    async def main() -> None:
        runtime = await open_runtime(settings)
        try:
            await chat(
                runtime.companion,
                name=name,
                data_dir=settings.data_dir,
                pace_scale=settings.pace_scale,
            )
        finally:
            await runtime.close()

    asyncio.run(main())
    return 0


def cmd_migrate(settings: Settings) -> int:
    from bot.runtime import open_runtime
    from storage.migrate import current_revision

    async def main() -> None:
        runtime = await open_runtime(settings)
        try:
            revision = await current_revision(runtime.database)
            print(f"database is at revision {revision} ({runtime.database.backend})")
        finally:
            await runtime.close()

    asyncio.run(main())
    return 0


def cmd_flows(readme: str | None) -> int:
    from pathlib import Path

    from dialogs.diagrams import markdown, replace_section

    if readme is None:
        print(markdown())
        return 0
    path = Path(readme)
    path.write_text(replace_section(path.read_text(encoding="utf-8")), encoding="utf-8")
    print(f"updated the flow diagrams in {path}")
    return 0


def cmd_content(count: int, seed: int | None, locale: str) -> int:
    """Print sample caring-adult messages for random feelings and needs, to read the voice."""
    import random

    from dialogs.samples import render, samples

    print(render(samples(max(count, 0), random.Random(seed), locale)))
    return 0


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="innerchild",
        description="A gentle companion for inner child work, on Telegram or in the terminal.",
    )
    sub = top.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("run", help="run the Telegram bot (long polling)")
    chat = sub.add_parser("chat", help="talk to the companion in this terminal")
    chat.add_argument("--name", default="local", help="which local person (default: local)")
    sub.add_parser("migrate", help="apply database migrations (start-up does this too)")
    flows = sub.add_parser("flows", help="print the conversation flows as Mermaid diagrams")
    flows.add_argument("--update", metavar="README", help="rewrite the flows section of README")
    content = sub.add_parser("content", help="print sample caring-adult messages to read the voice")
    content.add_argument(
        "--sample", type=int, default=5, metavar="N", help="how many messages (default: 5)"
    )
    content.add_argument("--seed", type=int, help="the same seed prints the same samples")
    content.add_argument("--locale", default="en", help="content locale (default: en)")
    from bot.rotate import add_parser as add_rotate_key

    add_rotate_key(sub)
    return top


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.command is None:
        parser().print_help()
        return 0
    if args.command == "flows":
        return cmd_flows(args.update)
    if args.command == "content":
        return cmd_content(args.sample, args.seed, args.locale)
    settings = load_settings()
    logs.setup(settings.log_level if args.command == "run" else "WARNING")
    if args.command == "run":
        return cmd_run(settings)
    if args.command == "chat":
        return cmd_chat(settings, args.name)
    if args.command == "rotate-key":
        from bot.rotate import cmd_rotate_key

        return cmd_rotate_key(settings, key=args.key, only=args.reencrypt)
    return cmd_migrate(settings)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
