"""The README's flow diagrams are generated from the machines and must not drift."""

from __future__ import annotations

from pathlib import Path

from dialogs.diagrams import markdown

README = Path(__file__).resolve().parents[1] / "README.md"


def test_readme_flow_diagrams_are_current() -> None:
    text = README.read_text(encoding="utf-8")
    start = text.index("<!-- flows:start -->") + len("<!-- flows:start -->")
    end = text.index("<!-- flows:end -->")
    assert text[start:end].strip() == markdown().strip(), (
        "README flows are stale: paste the output of `innerchild flows` between the markers"
    )
