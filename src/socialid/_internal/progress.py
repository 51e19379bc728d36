"""Progress for long stages: a spinner with counts and elapsed time on a terminal, silence
elsewhere (logs, CI, notebooks that did not ask for it)."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from rich.console import Console


@dataclass
class Stage:
    """A running stage; ``note`` sets the counts shown when it ends."""

    name: str
    detail: str = ""
    seconds: float = 0.0

    def note(self, detail: str) -> None:
        """Record what the stage produced, e.g. ``"12,345 pairs"``."""
        self.detail = detail


@dataclass
class Progress:
    """Reports stages to stderr when enabled; always records their timings."""

    enabled: bool | None = None
    stages: list[Stage] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.enabled is None:
            self.enabled = sys.stderr.isatty()
        self._console = Console(stderr=True)

    @contextmanager
    def stage(self, name: str) -> Iterator[Stage]:
        """Time a stage, showing a spinner while it runs and a summary line when it ends."""
        current = Stage(name)
        start = time.perf_counter()
        if self.enabled:
            with self._console.status(f"{name}…"):
                yield current
        else:
            yield current
        current.seconds = time.perf_counter() - start
        self.stages.append(current)
        if self.enabled:
            detail = f" {current.detail}" if current.detail else ""
            self._console.print(f"[green]✓[/] {name}{detail} [dim]({current.seconds:.1f}s)[/]")
