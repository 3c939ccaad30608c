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
    setting = "、".join(w for w, on in (("乡村学校", profile.is_rural), ("有寄宿生", profile.is_boarding)) if on)
    parts = [
        f"学校：{profile.school}（{profile.kind}{'，' + setting if setting else ''}）",
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


def kind_summary(profile: Profile, composer) -> str:
    """The school's kind and the words it uses for itself, for the section prompt."""
    names = profile.names()
    own = composer.writer(profile).wording.adapt("校务公开、校领导、学校教育教学中心工作、学生")
    return (f"{profile.kind}。自称“{names['self']}”，用词按本类学校的习惯：{own}；"
            f"民主管理形式为{profile.congress_name}，女职工组织为{profile.women_body}。")


def period_summary(profile: Profile) -> str:
    """The plan's period and its months, with the words a plan of that period uses."""
    names = profile.names()
    months = "、".join(f"{m}月" for m in profile.months)
    return (f"{profile.plan_title.removeprefix(profile.school)}，涵盖{months}。只写这些月份里的工作和节日，"
            f"不写期间以外的节日和活动；称“{names['period_self']}”“{names['period_start']}”“{names['period_end']}”。")


def highlights_summary(profile: Profile, composer, key: str) -> str:
    """Each highlight's kind, target section and month, and each focus area's section (this section marked)."""
    structure = composer.structure
    understood = composer.understand(profile)
    lines = []
    for h in understood.highlights:
        titles = "、".join(structure.section(k).title for k in h.sections)
        here = "（本节应写入）" if key in h.sections else ""
        when = f"；时间：{h.timing.when}" if h.timing.when else ""
        lines.append(f"- 工作亮点“{h.text}”：属于“{h.kind.name}”，写入{titles}{here}{when}")
    for f in understood.focus:
        here = "（本节应写入至少两条具体措施：谁来做、做什么、什么时候）" if f.section == key else ""
        lines.append(f"- 工作重点“{f.text}”：写入{structure.section(f.section).title}{here}")
    return "\n".join(lines) or "（无）"


def placement_notice(proposal) -> str:
    """What the user is told about highlights placed here by best guess, with the other section offered."""
    return "\n".join(f"提示：{note}" for note in proposal.notes if "归属不太确定" in note)


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
        written = self.plan.sections[key]
        if variant == 0 and not instruction and written.status == "accepted" and written.paragraphs:
            yield from self.show_written(key)
            return
        spec = self.structure.section(key)
        used = [p for k, d in self.plan.sections.items() if k != key for p in d.paragraphs]
        composer = self.services.composer
        profile = self.plan.profile
        composed = composer.compose_section(profile, key, variant=variant, exclude=used)
        hits = list(composed.hits)
        paragraphs = list(composed.paragraphs)
        mode, notice, complete = "offline", None, True
        unsure = placement_notice(composed)
        header = f"【{composed.title}】{spec.guidance}\n\n" + (f"{unsure}\n\n" if unsure else "") + "建议稿：\n\n"
        if self.writer is not None:
            prompt = self.writer.render(
                "draft_section",
                year=profile.year,
                section_title=composed.title,
                profile=profile_summary(profile),
                school_kind=kind_summary(profile, composer),
                period=period_summary(profile),
                section_needs="；".join(spec.needs),
                guidance=spec.guidance + (f"\n用户要求：{escape_block_text(instruction)}" if instruction else ""),
                highlights=escape_block_text(highlights_summary(profile, composer, key)),
                measures=escape_block_text("\n".join(f"- {p}" for p in paragraphs)) or "（无）",
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
            key=key, title=composed.title, paragraphs=paragraphs, variant=variant,
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

    def show_written(self, key: str) -> Iterator[Event]:
        """Offer a section the user already accepted as it stands in the plan (with every edit made to it), so that
        opening it to look and then pressing 采用 keeps it; 换一版 drafts a new version."""
        written = self.plan.sections[key]
        self.session.proposal = Proposal(key=key, title=written.title, paragraphs=list(written.paragraphs), variant=0,
                                         citations=[])
        text = (f"【{written.title}】这一部分已写入计划，当前内容如下（含您做过的修改）：\n\n"
                + "\n".join(numbered(written.paragraphs)) + "\n\n" + CHOICES)
        yield from self.offline(text, Reply(text, Intent.DRAFT, proposal=self.session.proposal))

    def apply_schedule(self) -> None:
        """Fill the plan's monthly table from the composer (calendar of the period plus the highlights)."""
        if self.plan is not None:
            self.plan.set_schedule(self.services.composer.compose_schedule(self.plan.profile))
