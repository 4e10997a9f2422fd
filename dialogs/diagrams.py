"""The flows as Mermaid diagrams, generated from their `transitions` machines.

The README's "Flows" section is this output; a test fails when they drift apart, and
``innerchild flows`` prints it afresh.
"""

from __future__ import annotations

from dialogs.engine import FLOWS
from dialogs.flow import mermaid


def markdown() -> str:
    sections = []
    for name, flow in FLOWS.items():
        sections.append(f"#### {name}\n\n```mermaid\n{mermaid(flow)}\n```")
    return "\n\n".join(sections)
