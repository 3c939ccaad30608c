"""Answering questions from the knowledge base, and rewriting passages in a tone."""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.conversation.answers import compose_answer
from assistant.conversation.base import Part, as_tokens, numbered, pieces
from assistant.conversation.intent import recognise
from assistant.conversation.session import Event, Reply, Token
from assistant.domain.citations import articles_in
from assistant.domain.passages import Hit, citation_for
from assistant.domain.vocab import Intent, Tone
from assistant.llm.guard import cited_numbers
from assistant.llm.prompts import escape_block_text, format_passages
from assistant.rewrite.rules import rewrite as rule_rewrite

_ASKS_FOR_CONTENT = re.compile(r"(写什么|写啥|写些什么|包括|包含|内容|要点|怎么写|如何写|应该写)")


def named_article_first(question: str, hits: list[Hit]) -> tuple[list[Hit], bool]:
    """When the question names a law and an article (工会法第十一条), that article answers it: put it first."""
    articles = articles_in(question)
    named = [h for h in hits if h.passage.article in articles and h.passage.law and h.passage.law in question]
    return (named + [h for h in hits if h not in named], True) if named else (hits, False)


class Replies(Part):
    """Grounded answers (model when configured, else offline, with fallback) and rewrites that keep every fact."""

    def ask(self, question: str) -> Iterator[Event]:
        """A grounded answer with citations."""
        found = recognise(question, self.structure)
        spec = self.structure.section(found.section) if found.section else None
        topic = spec.topics[0] if spec and spec.topics else None
        hits, pinned = named_article_first(
            question, self.services.search(question, k=5, owner=self.session.owner, topic=topic)
        )
        offline = compose_answer(
            question, hits,
            key_points=list(spec.needs) if spec and _ASKS_FOR_CONTENT.search(question) else None,
            section_title=spec.title if spec else None,
            extra_terms=tuple(self.services.index.lexicon.expand(question).terms),
            pinned=pinned,
        )
        if self.writer is None or not offline.found:
            yield from self.offline(offline.text, Reply(offline.text, Intent.ASK, citations=offline.citations))
            return
        prompt = self.writer.render("answer", question=escape_block_text(question), passages=format_passages(hits))
        result = yield from as_tokens(self.writer.stream(prompt, hits))
        citations = [citation_for(n, h, h.passage.text[:80]) for n, h in enumerate(hits, start=1)]
        if result.complete and result.text.strip():
            used = set(cited_numbers(result.text))
            cited = [c for c in citations if c.n in used] or citations[:3]
            yield from self.finish(Reply(result.text, Intent.ASK, mode="llm", citations=cited, notice=result.notice))
            return
        notice = f"{result.notice}，以下为离线引擎的回答。"
        partial = f"{result.text}\n\n（回答不完整）\n\n" if result.text.strip() else ""
        yield Token(f"\n\n（{notice}）\n\n")
        yield from (Token(p) for p in pieces(offline.text))
        yield from self.finish(
            Reply(partial + offline.text, Intent.ASK, citations=offline.citations, notice=notice, complete=False)
        )

    def rewrite(self, text: str, tone: Tone = Tone.FORMAL) -> Iterator[Event]:
        """Rewrite a passage the user gave, keeping every fact."""
        new_text, notice, mode = self.rewrite_text(text, tone, use_model=True)
        body = f"按{tone.label}的要求改写如下：\n\n{new_text}"
        yield from self.offline(body, Reply(body, Intent.REWRITE, mode=mode, notice=notice))

    def formalize(self, tone: Tone = Tone.FORMAL) -> Iterator[Event]:
        """Rewrite the current proposal in a given tone."""
        proposal = self.session.proposal
        if proposal is None:
            text = "目前没有待修改的建议稿。可以把需要改写的段落发给我，例如：“把这段改得更正式：……”。"
            yield from self.offline(text, Reply(text, Intent.REWRITE))
            return
        proposal.paragraphs = [self.rewrite_text(p, tone)[0] for p in proposal.paragraphs]
        body = "\n".join(numbered(proposal.paragraphs))
        text = f"已按{tone.label}的要求改写“{proposal.title}”：\n\n{body}\n\n请选择：采用 / 换一版 / 跳过，或继续提出修改意见。"
        yield from self.offline(text, Reply(text, Intent.REWRITE, proposal=proposal, citations=proposal.citations))

    def rewrite_text(self, text: str, tone: Tone, use_model: bool = False) -> tuple[str, str | None, str]:
        """(rewritten text, notice when the model failed, mode) — the rules offline or as the fallback."""
        if use_model and self.writer is not None:
            result = self.writer.rewrite(text, tone)
            if result.complete and result.text:
                return result.text, None, "llm"
            return rule_rewrite(text, tone).text, f"{result.notice}，已改用离线规则改写。", "offline"
        return rule_rewrite(text, tone).text, None, "offline"
