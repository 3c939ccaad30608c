"""Proposing a section: the offline composer's draft, written over by the model when there is one."""

from __future__ import annotations

from collections.abc import Iterator

from assistant.conversation.base import CHOICES, Part, as_tokens, numbered
from assistant.conversation.session import Event, Proposal, Reply, Token
from assistant.domain.passages import citation_for
from assistant.domain.profile import Profile
from assistant.domain.text import LEADING_NUMBER, drop_control_chars
from assistant.domain.vocab import Intent
from assistant.llm.prompts import escape_block_text, format_passages

NO_PROFILE = "请先填写学校信息（学校名称、年份、教职工人数等），再开始起草。"


def model_paragraphs(text: str) -> list[str]:
    """Model output to section paragraphs: one per line, numbering and bullets stripped, headings dropped."""
    out = []
    for line in drop_control_chars(text).splitlines():
        line = LEADING_NUMBER.sub("", line.strip().lstrip("-*• ").strip())
        if line and not line.startswith("#"):
            out.append(line)
    return out


def profile_summary(profile: Profile) -> str:
    """The school's facts as the section prompt gives them to the model."""
    parts = [
        f"学校：{profile.school}",
        f"计划：{profile.plan_title}",
        f"教职工 {profile.staff} 人"
        + (f"，其中女教职工 {profile.female_staff} 人" if profile.female_staff is not None else "")
        + f"，退休教职工 {profile.retirees} 人",
        f"民主管理形式：{profile.congress_name}；女职工组织：{profile.women_body}",
        f"上级工会：{profile.upper_union}",
    ]
    if profile.highlights:
        parts.append("本年度重点事项：" + "、".join(profile.highlights))
    if profile.focus:
        parts.append("希望突出：" + "、".join(profile.focus))
    return "\n".join(parts)


class Drafting(Part):
    """Offers a section for the user to accept, regenerate, rewrite or skip."""

    def propose(self, key: str | None = None, variant: int = 0, instruction: str = "") -> Iterator[Event]:
        """Draft a proposal for a section (the current one by default) and offer it."""
        if not self.plan:
            yield from self.offline(NO_PROFILE, Reply(NO_PROFILE, Intent.DRAFT))
            return
        key = key or self.session.current or self.next_key()
        if key is None:
            text = "所有部分都已完成。" + self.progress_text()
            yield from self.offline(text, Reply(text, Intent.PROGRESS))
            return
        self.session.current = key
        spec = self.structure.section(key)
        used = [p for k, d in self.plan.sections.items() if k != key for p in d.paragraphs]
        composed = self.services.composer.compose_section(self.plan.profile, key, variant=variant, exclude=used)
        hits = list(composed.hits)
        paragraphs = list(composed.paragraphs)
        mode, notice, complete = "offline", None, True
        header = f"【{spec.title}】{spec.guidance}\n\n建议稿：\n\n"
        if self.writer is not None:
            prompt = self.writer.render(
                "draft_section",
                year=self.plan.profile.year,
                section_title=spec.title,
                profile=profile_summary(self.plan.profile),
                section_needs="；".join(spec.needs),
                guidance=spec.guidance + (f"\n用户要求：{escape_block_text(instruction)}" if instruction else ""),
                current_draft=escape_block_text("\n".join(self.plan.sections[key].paragraphs)) or "（暂无）",
                passages=format_passages(hits),
            )
            yield Token(header)
            result = yield from as_tokens(self.writer.stream(prompt, hits))
            if result.complete and result.text.strip():
                paragraphs = model_paragraphs(result.text)
                mode = "llm"
            else:
                notice = f"{result.notice}，已改用离线引擎起草。"
                complete = result.complete
                yield Token(f"\n\n（{notice}）\n\n" + "\n".join(numbered(paragraphs)))
        self.session.proposal = Proposal(
            key=key, title=spec.title, paragraphs=paragraphs, variant=variant,
            citations=[citation_for(n, h, h.passage.text[:80]) for n, h in enumerate(hits[:5], start=1)],
        )
        if key == "schedule":
            self.apply_schedule()
        text = header + "\n".join(numbered(paragraphs)) + "\n\n" + CHOICES
        reply = Reply(text, Intent.DRAFT, mode=mode, citations=self.session.proposal.citations, notice=notice,
                      complete=complete, proposal=self.session.proposal)
        if self.writer is None:
            yield from self.offline(text, reply)
        else:
            yield Token("\n\n" + CHOICES)
            yield from self.finish(reply)

    def apply_schedule(self) -> None:
        """Fill the plan's monthly table from the composer (calendar of the period plus the highlights)."""
        if self.plan is not None:
            self.plan.set_schedule(self.services.composer.compose_schedule(self.plan.profile))
