"""Sub-commands `ask` and `rewrite` (the model when one is configured, else the offline engine).

Imports of the conversation engine are deferred to the command that runs (on purpose: the other commands start
without it).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from assistant.domain.vocab import Tone
from assistant.errors import UserError
from assistant.settings import load_settings


def register(subparsers) -> None:
    ask = subparsers.add_parser("ask", help="提问：基于知识库回答，并给出来源")
    ask.add_argument("question", nargs="*", help="问题，例如：女工部分应该写什么")
    ask.add_argument("--json", action="store_true", help="输出 JSON（answer, citations, mode, notice）")
    ask.set_defaults(func=run_ask)

    rewrite = subparsers.add_parser("rewrite", help="改写一段文字（更正式 / 更简洁 / 更具体）")
    rewrite.add_argument("--tone", choices=[t.value for t in Tone], default=Tone.FORMAL.value)
    rewrite.add_argument("file", nargs="?", default="-", help="文件路径；省略或 - 表示从标准输入读取")
    rewrite.set_defaults(func=run_rewrite)


def _services():
    from assistant.services import build_services

    return build_services(load_settings())


def run_ask(args) -> int:
    from assistant.conversation.engine import ask_once

    question = " ".join(args.question).strip()
    if not question:
        raise UserError("问题不能为空，例如：python -m assistant ask 女工部分应该写什么")
    reply = ask_once(_services(), question)
    if args.json:
        data = reply.to_json()
        data["citations"] = [
            {"source": c.source, "section": c.section, "quote": c.quote, "title": c.title, "label": c.label}
            for c in reply.citations
        ]
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(reply.text)
        if reply.notice:
            print(f"\n提示：{reply.notice}")
        if reply.citations:
            print("\n来源：")
            for c in reply.citations:
                print(f"[{c.n}] {c.label or c.title}")  # the human title, never a file path
    return 0


def run_rewrite(args) -> int:
    from assistant.conversation.engine import Conversation, last_reply
    from assistant.conversation.session import Session
    from assistant.loading.readers import read_document

    limit = load_settings().upload_limit_bytes
    if args.file == "-":
        # Bytes, judged like an upload: binary or oversized input is refused with a reason, not rewritten as garbage.
        data = sys.stdin.buffer.read(limit + 1)
        text = read_document(data, "标准输入.txt", limit_bytes=limit) if data.strip() else ""
    else:
        path = Path(args.file)
        if not path.is_file():
            raise UserError(f"找不到文件：{args.file}")
        text = read_document(path.read_bytes(), path.name, limit_bytes=limit)
    if not text.strip():
        raise UserError("没有需要改写的文字。")
    result = last_reply(Conversation(_services(), Session()).rewrite(text.strip(), Tone(args.tone)))
    print(result.text.split("\n\n", 1)[-1])
    if result.notice:
        print(f"提示：{result.notice}", file=sys.stderr)
    return 0
