"""Who may see which passage: the one place this rule is written."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Visibility:
    """Shared passages (owner "") plus the owner's own; optionally only passages of some kinds.

    owner None or "" sees shared passages only. A school never sees another school's uploads.
    """

    owner: str | None = None
    kinds: tuple[str, ...] | None = None

    def __post_init__(self) -> None:
        if self.kinds is not None and not isinstance(self.kinds, tuple):
            object.__setattr__(self, "kinds", tuple(self.kinds))

    @property
    def owners(self) -> tuple[str, ...]:
        return ("", self.owner) if self.owner else ("",)

    def admits(self, owner: str, kind: str) -> bool:
        """True when a passage of this owner and kind is visible."""
        return owner in self.owners and (not self.kinds or kind in self.kinds)

    def mask(self, owners: np.ndarray, kinds: np.ndarray) -> np.ndarray:
        """Row mask over per-row owner and kind columns (of an index snapshot)."""
        allowed = np.isin(owners, self.owners)
        if self.kinds:
            allowed &= np.isin(kinds, list(self.kinds))
        return allowed

    def filter(self, passages: Iterable) -> list:
        """The visible passages, in their order."""
        return [p for p in passages if self.admits(p.owner, p.kind)]
