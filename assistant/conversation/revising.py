"""Revising a whole section by a free instruction (写得具体些, 突出师德建设): the model rewrites it, or offline the
composer adds more specific measures. Operations on items (删去第3条, 加一条……, 把A改成B) are chat edits
(assistant.conversation.edits), never this."""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.conversation.base import CHOICES, Part, as_tokens, numbered
from assistant.conversation.drafting import model_paragraphs
from assistant.conversation.session import Event, Proposal, Reply, Token
from assistant.domain.passages import citation_for
from assistant.domain.vocab import Intent, Tone
from assistant.llm.prompts import escape_block_text, format_passages
from assistant.rewrite.rules import rewrite as rule_rewrite

_MORE_SPECIFIC = re.compile(r"(具体|详细|充实|丰富)")
NOT_UNDERSTOOD = ("离线模式下无法理解这条修改要求，计划未作改动。可以试试：“写得具体些”“改得更正式”“删去第3条”"
                  "“加一条：……”“把‘A’改成‘B’”。")


class Revising(Part):
    """Revises the current section's proposal (or its accepted text) and offers the result."""

    def revise(self, instruction: str, key: str | None = None) -> Iterator[Event]:
        key = key or self.session.current
        if key is None:
            text = "请告诉我要修改哪一部分，例如“女工部分写得具体些”。"
            yield from self.offline(text, Reply(text, Intent.REVISE))
            return
        proposal = self.session.proposal
        base = proposal.paragraphs if proposal and proposal.key == key else self.plan.sections[key].paragraphs
        spec = self.structure.section(key)
        if self.writer is not None:
            hits = self.services.search(f"{spec.title} {instruction}", k=5, owner=self.session.owner)
            prompt = self.writer.render(
                "revise_section", section_title=spec.title,
                current_text=escape_block_text("\n".join(base)) or "（暂无）",
                instruction=escape_block_text(instruction),
                passages=format_passages(hits),
            )
            result = yield from as_tokens(self.writer.stream(prompt, hits))
            if result.complete and result.text.strip():
                proposal = Proposal(key, spec.title, model_paragraphs(result.text),
                                    [citation_for(n, h, h.passage.text[:80]) for n, h in enumerate(hits, 1)])
                self.session.proposal = proposal
                self.session.current = key
                yield from self.finish(Reply(result.text, Intent.REVISE, mode="llm",
                                             citations=proposal.citations, proposal=proposal))
                return
            yield Token(f"\n\n（{result.notice}，已改用离线引擎修改。）\n\n")
        paragraphs, summary = self._revise_offline(key, list(base), instruction)
        if paragraphs is None:
            yield from self.offline(summary, Reply(summary, Intent.REVISE))
            return
        proposal = Proposal(key, spec.title, paragraphs, self.session.proposal.citations if self.session.proposal else [])
        self.session.proposal = proposal
        self.session.current = key
        text = f"{summary}\n\n{chr(10).join(numbered(paragraphs))}\n\n{CHOICES}"
        yield from self.offline(text, Reply(text, Intent.REVISE, citations=proposal.citations, proposal=proposal))

    def _revise_offline(self, key: str, paragraphs: list[str], instruction: str) -> tuple[list[str] | None, str]:
        """(the revised paragraphs, what was done) — or (None, why not) when the instruction is not understood."""
        if _MORE_SPECIFIC.search(instruction):
            extra = self.services.composer.compose_section(self.plan.profile, key, variant=7).paragraphs
            added = [p for p in extra if p not in paragraphs][:2]
            return paragraphs + added, f"已补充 {len(added)} 条更具体的措施，请确认后采用。"
        tone = Tone.named_in(instruction)
        if tone:
            return [rule_rewrite(p, tone).text for p in paragraphs], f"已按{tone.label}的要求改写，请确认后采用。"
        return None, NOT_UNDERSTOOD
