"""Command line: `python -m assistant …` (also installed as `gonghui`). Each group of commands lives in its own module."""

from __future__ import annotations

import argparse
import sys

from assistant.cli import admin, knowledge, llm, plan
from assistant.errors import UserError

# Modules that contribute sub-commands; each has `register(subparsers)` and sets `func` on its parsers.
COMMAND_MODULES = (knowledge, plan, llm, admin)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="gonghui", description="学校工会工作计划起草助手")
    subparsers = parser.add_subparsers(dest="command", required=True)
    for module in COMMAND_MODULES:
        module.register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except UserError as exc:
        print(f"错误：{exc.message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("已中断。", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
