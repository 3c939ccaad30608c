"""Answering questions from the knowledge base, and rewriting passages in a tone."""

from __future__ import annotations

from collections.abc import Iterator

from assistant.conversation.answers import Answerer
from assistant.conversation.base import Part, as_tokens, numbered, pieces
from assistant.conversation.session import Event, Reply, Token
from assistant.domain.passages import citation_for
from assistant.domain.vocab import Intent, Tone
from assistant.llm.guard import cited_numbers
from assistant.llm.prompts import escape_block_text, format_passages
from assistant.rewrite.rules import Context as RewriteContext
from assistant.rewrite.rules import problems as rewrite_problems
from assistant.rewrite.rules import rewrite as rule_rewrite


class Replies(Part):
    """Grounded answers (model when configured, else offline, with fallback) and rewrites that keep every fact."""

    def ask(self, question: str) -> Iterator[Event]:
        """A grounded answer with citations: the offline router and gate decide; a model only writes the prose."""
        profile = self.plan.profile if self.plan is not None else None
        offline = Answerer(self.services, owner=self.session.owner, profile=profile).answer(question)
        if self.writer is None or not offline.found or not offline.chosen:
            yield from self.offline(offline.text, Reply(offline.text, Intent.ASK, citations=offline.citations))
            return
        hits = offline.chosen
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
        """Rewrite a passage the user gave, keeping every fact (a rewrite that would lose one is not shown)."""
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
        rewritten = [self.rewrite_text(p, tone, section=proposal.key) for p in proposal.paragraphs]
        proposal.paragraphs = [text for text, _, _ in rewritten]
        notice = next((n for _, n, _ in rewritten if n), None)
        body = "\n".join(numbered(proposal.paragraphs))
        text = f"已按{tone.label}的要求改写“{proposal.title}”：\n\n{body}\n\n请选择：采用 / 换一版 / 跳过，或继续提出修改意见。"
        yield from self.offline(
            text, Reply(text, Intent.REWRITE, proposal=proposal, citations=proposal.citations, notice=notice)
        )

    def rewrite_text(
        self, text: str, tone: Tone, use_model: bool = False, section: str | None = None
    ) -> tuple[str, str | None, str]:
        """(rewritten text, notice, mode): the model when asked and configured, its output checked like the
        rules' (every fact kept, no number invented, no fixed term broken); else, or when it fails, the rules."""
        context = RewriteContext()
        if tone is Tone.SPECIFIC:  # what the specific tone grounds its additions in: profile, section, knowledge base
            hits = self.services.search(text, k=5, owner=self.session.owner)
            profile = self.plan.profile if self.plan is not None else None
            context = RewriteContext(profile=profile, section=section, passages=tuple(h.passage.text for h in hits))
        if use_model and self.writer is not None:
            result = self.writer.rewrite(text, tone)
            if result.complete and result.text:
                trouble = rewrite_problems(text, result.text)
                if not trouble:
                    return result.text, None, "llm"
                notice = f"模型改写未采用（{trouble[0]}），已改用离线规则改写。"
            else:
                notice = f"{result.notice}，已改用离线规则改写。"
            return rule_rewrite(text, tone, context).text, notice, "offline"
        offline = rule_rewrite(text, tone, context)
        return offline.text, offline.notice, "offline"
