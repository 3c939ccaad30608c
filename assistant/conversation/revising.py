"""Changing a section by the user's instruction (加上校庆的内容, 删去关于体检的内容, 写得具体些)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.conversation.base import CHOICES, Part, as_tokens, numbered
from assistant.conversation.drafting import model_paragraphs
from assistant.conversation.session import Event, Proposal, Reply, Token
from assistant.domain.passages import citation_for
from assistant.domain.text import LEADING_NUMBER
from assistant.domain.vocab import Intent, Tone
from assistant.llm.prompts import escape_block_text, format_passages
from assistant.rewrite.rules import rewrite as rule_rewrite

_REMOVE = re.compile(r"(删去|删掉|去掉|删除)(?:关于)?(.{2,12}?)(?:的内容|的部分|这一条|这条)?$")
_ADD = re.compile(r"(加上|加入|增加|补充|突出|强调)(?:一下|一些)?(?:关于)?(.{2,20}?)(?:的内容|的部分|方面|相关内容)?$")
_MORE_SPECIFIC = re.compile(r"(具体|详细|充实|丰富)")
NOT_UNDERSTOOD = "离线模式下无法理解这条修改要求。可以试试：“加上校庆的内容”“删去关于体检的内容”“写得具体些”“改得更正式”。"


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
        proposal = Proposal(key, spec.title, paragraphs, self.session.proposal.citations if self.session.proposal else [])
        self.session.proposal = proposal
        self.session.current = key
        text = f"{summary}\n\n{chr(10).join(numbered(paragraphs))}\n\n{CHOICES}"
        yield from self.offline(text, Reply(text, Intent.REVISE, citations=proposal.citations, proposal=proposal))

    def _revise_offline(self, key: str, paragraphs: list[str], instruction: str) -> tuple[list[str], str]:
        remove = _REMOVE.search(instruction)
        if remove:
            target = remove.group(2)
            kept = [p for p in paragraphs if target not in p]
            return kept, f"已删去 {len(paragraphs) - len(kept)} 条含“{target}”的内容。"
        add = _ADD.search(instruction)
        if add:
            topic = add.group(2)
            return paragraphs + [self._measure_about(topic, paragraphs)], f"已补充关于“{topic}”的内容。"
        if _MORE_SPECIFIC.search(instruction):
            extra = self.services.composer.compose_section(self.plan.profile, key, variant=7).paragraphs
            added = [p for p in extra if p not in paragraphs][:2]
            return paragraphs + added, f"已补充 {len(added)} 条更具体的措施。"
        tone = Tone.named_in(instruction)
        if tone:
            return [rule_rewrite(p, tone).text for p in paragraphs], f"已按{tone.label}的要求改写。"
        return paragraphs, NOT_UNDERSTOOD

    def _measure_about(self, topic: str, paragraphs: list[str]) -> str:
        """A sentence about the topic from the knowledge base, else a general measure naming it."""
        for hit in self.services.search(topic, k=5, owner=self.session.owner):
            for s in re.split(r"(?<=。)", hit.passage.text):
                s = LEADING_NUMBER.sub("", s.strip())
                if topic in s and 12 <= len(s) <= 120 and s.endswith("。") and s not in paragraphs:
                    return s
        return f"围绕{topic}，工会将主动配合学校党政做好相关工作，广泛发动教职工参与，做好组织、宣传和服务保障。"
