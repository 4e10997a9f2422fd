"""The README's flow diagrams are generated from the machines and must not drift."""

from __future__ import annotations

from pathlib import Path

from dialogs.diagrams import replace_section

README = Path(__file__).resolve().parents[1] / "README.md"


def test_readme_flow_diagrams_are_current() -> None:
    text = README.read_text(encoding="utf-8")
    assert replace_section(text) == text, (
        "README flows are stale: run `innerchild flows --update README.md`"
    )
