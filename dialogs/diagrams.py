"""The flows as Mermaid diagrams, generated from their `transitions` machines.

The README's "Flows" section is this output; a test fails when they drift apart, and
``innerchild flows`` prints it afresh.
"""

from __future__ import annotations

from dialogs.engine import FLOWS
from dialogs.flow import mermaid

START, END = "<!-- flows:start -->", "<!-- flows:end -->"


def replace_section(text: str) -> str:
    """``text`` (a README) with the part between the flow markers generated afresh."""
    start = text.index(START) + len(START)
    end = text.index(END)
    return f"{text[:start]}\n{markdown()}\n{text[end:]}"


def markdown() -> str:
    sections = []
    for name, flow in FLOWS.items():
        sections.append(f"#### {name}\n\n```mermaid\n{mermaid(flow)}\n```")
    return "\n\n".join(sections)
