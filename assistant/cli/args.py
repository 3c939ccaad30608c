"""Argument types that refuse out-of-range numbers when the command line is parsed, with a Chinese message."""

from __future__ import annotations

import argparse
from collections.abc import Callable

YEARS = (2000, 2100)  # the plan years a profile accepts (assistant.domain.profile)
MAX_K = 50  # passages one search may list


def bounded_int(low: int, high: int, label: str) -> Callable[[str], int]:
    """An argparse `type` accepting integers from low to high inclusive.

    >>> bounded_int(1, 50, "段落数")("5")
    5
    """

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{label}应为整数：{text}") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{label}应在 {low} 到 {high} 之间：{text}")
        return value

    return parse
