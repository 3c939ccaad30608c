"""Bringing one paragraph (or table cell) of last year's plan up to date, recording every change: years moved once,
blanks turned into questions, wording modernised without doubling, the school's congress form and figures, recurring
ordinals moved, last year's one-off events taken out."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.compose.wording import Wording
from assistant.domain.numerals import cn_number, parse_cn_number
from assistant.domain.policy import (
    current_congress,
    current_union_congress,
    doubled_spans,
    outdated_spans,
    placeholder_spans,
)
from assistant.domain.profile import Profile
from assistant.domain.text import common_ends

BLANK = "〔待补充〕"  # what a blank of last year's plan becomes: visible, and asked about in the report
_CN = r"[一二三四五六七八九十百零〇两\d]+"
_YEAR = re.compile(r"(?<!\d)(20\d\d)(?!\d)")
# A year that belongs to history, not to the plan: 2021年修正的《工会法》, 建校于2005年, 2019年印发.
_HISTORY_AFTER = re.compile(r"^\s*年\s*(?:\d{1,2}\s*月\s*(?:\d{1,2}\s*日)?)?\s*(?:修正|修订|修改|颁布|印发|施行|出台|通过|建校|建园|成立)")
_HISTORY_BEFORE = re.compile(r"(?:建校|建园|成立|始建|创办)(?:于|在)?\s*$")
_PARTY_CONGRESS = re.compile(r"(十[六七八九]|二十[一二]?)(大|届)")
_UNION_CONGRESS = re.compile(r"(中国工会第|工会)(十[六七八九]|二十[一二]?)(次全国代表大会|大)")
_CONGRESS_SESSION = re.compile(
    rf"第?{_CN}届(?:教职工代表大会|教代会)第?{_CN}次(?:全体)?会议|{_CN}届{_CN}次(?:教职工代表大会|教代会)"
)
_RECURRING = re.compile(rf"第({_CN})届([^，。；、（）()]{{0,16}}?(?:赛|运动会|艺术节|文化节|读书节|科技节|体育节|展演|节))")
_ANNIVERSARY = re.compile(rf"(?:建校|建园|办学|校庆|园庆)?{_CN}\s*周年(?:校庆|园庆|庆典|纪念)?|{_CN}\s*周年")
_STAFF = re.compile(r"(?<![女退休])(教职工|教职员工|在职教职工)(共|有)?(\d+)\s*(人|名)")
_WOMEN = re.compile(r"(女教职工|女职工|女教师)(共|有)?(\d+)\s*(人|名)")
_RETIREES_BEFORE = re.compile(r"(\d+)\s*名(退休|离退休)")
_RETIREES_AFTER = re.compile(r"(退休教职工|离退休教职工|退休教师)(共|有)?(\d+)\s*(人|名)")
_CLAUSES = re.compile(r"[^。；！？]+[。；！？]?")


@dataclass(frozen=True)
class Change:
    """One change made to last year's plan, described for the user (kind and reason in Chinese); `question` is
    what the user is asked to confirm, when the change needs them."""

    kind: str  # 年份更新 / 表述更新 / 填写占位符 / 待确认 / 补充章节 / 规范用语 / 人数更新 / 届次顺延 / 删除一次性活动 / …
    before: str
    after: str
    reason: str
    question: str = ""

    def to_dict(self) -> dict:
        return {"kind": self.kind, "before": self.before, "after": self.after, "reason": self.reason,
                "question": self.question}

    def summary(self) -> str:
        """One line for the change report: what changed (the differing part with a little context, or both texts
        when they are short or one of them is empty) and why."""
        whole = not self.before or not self.after or "\n" in self.before or max(len(self.before), len(self.after)) <= 40
        before, after = ((self.before.replace("\n", " / "), self.after.replace("\n", " / ")) if whole
                         else difference(self.before, self.after))
        text = f"【{self.kind}】{self.reason.rstrip('。')}"
        if before or after:
            text += f"：“{before or '（无）'}” → “{after or '（删除）'}”"
        if self.question:
            text += f"。请确认：{self.question}"
        return text


def difference(before: str, after: str, context: int = 6) -> tuple[str, str]:
    """The differing middle of two texts, with a few characters of context either side.

    >>> difference("深入贯彻党的十九大精神，做好工作", "深入贯彻党的二十大精神，做好工作")
    ('深入贯彻党的十九大精神，做好', '深入贯彻党的二十大精神，做好')
    """
    before, after = before.replace("\n", " "), after.replace("\n", " ")
    start, end = common_ends(before, after)
    lo = max(0, start - context)
    return before[lo : len(before) - max(0, end - context)], after[lo : len(after) - max(0, end - context)]


class Reviser:
    """Updates last year's text for the new profile; collects a Change for each edit."""

    def __init__(self, profile: Profile, old_year: int, wording: Wording):
        self.profile = profile
        self.old_year = old_year
        self.wording = wording
        self.changes: list[Change] = []
        self._anniversary_kept = any("周年" in h or "校庆" in h or "园庆" in h for h in profile.highlights)

    def _record(self, kind: str, before: str, after: str, reason: str, question: str = "") -> str:
        if before != after or question:
            self.changes.append(Change(kind, before, after, reason, question))
        return after

    # ------------------------------------------------------------------ the steps, in order

    def paragraph(self, text: str) -> str | None:
        """The updated paragraph, or None when nothing of it is left (a one-off event of last year)."""
        text = self.years(text)
        text = self.placeholders(text)
        text = self.modernise(text)
        text = self.congress_form(text)
        text = self.ordinals(text)
        text = self.figures(text)
        text = self._record("规范用语", text, self.wording.adapt(text), f"按{self.wording.kind.key}的用语调整")
        return self.one_off(text)

    def years(self, text: str) -> str:
        """Years of the plan (last year's, the one before, the next) moved by the difference, each exactly once."""
        delta = self.profile.year - self.old_year
        if not delta:
            return text

        def move(m: re.Match) -> str:
            year = int(m.group(1))
            if not self.old_year - 1 <= year <= self.old_year + 1:
                return m.group(0)
            if _HISTORY_AFTER.match(text[m.end() :]) or _HISTORY_BEFORE.search(text[: m.start()]):
                return m.group(0)
            return str(year + delta)

        return self._record("年份更新", text, _YEAR.sub(move, text),
                            f"计划年度由{self.old_year}年更新为{self.profile.year}年，年份整体顺延{delta}年")

    def placeholders(self, text: str) -> str:
        """20xx and 十x大 filled from the profile; any other blank kept as a visible question for the user."""
        filled = re.sub(r"20[xX×ｘＸ]{2}(?=\s*年)", str(self.profile.year), text)
        filled = re.sub(r"十[xX×ｘＸ]大", f"{cn_number(current_congress(self.profile.year))}大", filled)
        filled = re.sub(r"(?:某某|[xX×]{2,}|○○)(?=学校|中学|小学|幼儿园)(?:学校|中学|小学|幼儿园)", self.profile.school, filled)
        text = self._record("填写占位符", text, filled, "用学校信息和计划年度填写了原文的占位符（20xx、十x大、某某学校）")
        spans = placeholder_spans(text)
        if not spans:
            return text
        after = text
        for span in sorted(spans, key=lambda s: -s.start):
            after = after[: span.start] + BLANK + after[span.end :]
        clause = next((c for c in _CLAUSES.findall(text) if any(text.find(c) <= s.start < text.find(c) + len(c)
                                                                  for s in spans)), text)
        return self._record("待确认", text, after, "原文此处有空缺，已保留这一条并标出空缺，没有删除也没有猜测",
                            f"“{clause.strip()}”中的空缺应填什么？请补充后删去“{BLANK}”。")

    def modernise(self, text: str) -> str:
        """Outdated wording replaced by the current one (党的十九大 → 二十大 …) without writing anything twice."""
        year = self.profile.year
        congress = cn_number(current_congress(year))
        new = text
        for span in sorted(outdated_spans(text, year), key=lambda s: -s.start):
            found = new[span.start : span.end]
            if new[max(0, span.start - 2) : span.start] == "工会" or found.startswith("工会"):
                continue  # 工会十七大 is the union's congress: handled below
            if _PARTY_CONGRESS.search(found):
                replaced = _PARTY_CONGRESS.sub(lambda m: congress + m.group(2), found)
            else:
                quoted = re.match(r"改为“([^”]+)”", span.suggestion)
                book = re.match(r"改为(《[^》]+》)", span.suggestion)
                if quoted or book:
                    replaced = quoted.group(1) if quoted else book.group(1)
                else:  # 删去: the clause that carries the ended campaign goes
                    new = "".join(c for c in _CLAUSES.findall(new) if found not in c) or new
                    continue
            new = new[: span.start] + replaced + new[span.end :]
        union = current_union_congress(year)
        new = _UNION_CONGRESS.sub(
            lambda m: (m.group(1) + cn_number(union) + m.group(3)) if parse_cn_number(m.group(2)) < union else m.group(0),
            new,
        )
        new = self._undouble(new)
        return self._record("表述更新", text, new, f"按{year}年的现行提法更新（党的{congress}大、中国工会第"
                            f"{cn_number(union)}次全国代表大会、现行文件名称），不重复书写")

    @staticmethod
    def _undouble(text: str) -> str:
        for span in sorted(doubled_spans(text), key=lambda s: -s.start):
            m = re.match(r"([\u4e00-\u9fff“”《》]{4,20}?)(?:[和、与及]|以及)?\1", text[span.start : span.end])
            if m:
                text = text[: span.start] + m.group(1) + text[span.end :]
        return re.sub(r"([\u4e00-\u9fff]{3,8})（\1）", r"\1", text)

    def congress_form(self, text: str) -> str:
        """教职工大会 for a school under 80 staff (no 届次 of a delegates' congress), 女职工委员 under 10 women."""
        p = self.profile
        new = text
        if not p.has_congress:
            new = _CONGRESS_SESSION.sub(p.congress_name, new)
            new = re.sub(r"(?<![区市县省])(?:教职工代表大会|教代会)", p.congress_name, new)
            new = re.sub(r"(?:全体)?教职工代表(?=[，。、；）]|$)", "全体教职工", new)
            new = self._undouble(new)
        elif _CONGRESS_SESSION.search(new):
            self._record("待确认", new, new, "原文写有教代会的届次和会次", "今年召开的教代会是第几届第几次会议？请核实。")
        if p.female_staff is not None and p.women_body == "女职工委员":
            new = re.sub(r"女(?:教)?职工委员会|女工委员会", "女职工委员", new)
        return self._record("规范用语", text, new,
                            f"{self.profile.school}现有教职工{p.staff}人，按规定建立{p.congress_name}制度、设{p.women_body}")

    def ordinals(self, text: str) -> str:
        """第二届…联赛 (held every year) becomes 第三届, and the user is asked to confirm."""
        delta = self.profile.year - self.old_year

        def move(m: re.Match) -> str:
            number = parse_cn_number(m.group(1)) + delta
            return f"第{cn_number(number) if not m.group(1).isdigit() else number}届{m.group(2)}"

        new = _RECURRING.sub(move, text) if delta > 0 else text
        if new != text:
            after = _RECURRING.search(new)
            self._record("届次顺延", text, new, "每年举办的活动届次按年份顺延",
                         f"“{after.group(0) if after else ''}”的届次是否正确？如今年不再举办或届次不同，请修改。")
        return new

    def figures(self, text: str) -> str:
        """Staff, women and retiree numbers from the profile."""
        p = self.profile
        new = _STAFF.sub(lambda m: f"{m.group(1)}{m.group(2) or ''}{p.staff}{m.group(4)}", text)
        if p.female_staff is not None:
            new = _WOMEN.sub(lambda m: f"{m.group(1)}{m.group(2) or ''}{p.female_staff}{m.group(4)}", new)
        new = _RETIREES_BEFORE.sub(lambda m: f"{p.retirees}名{m.group(2)}", new)
        new = _RETIREES_AFTER.sub(lambda m: f"{m.group(1)}{m.group(2) or ''}{p.retirees}{m.group(4)}", new)
        women = f"、女教职工{p.female_staff}人" if p.female_staff is not None else ""
        return self._record("人数更新", text, new, f"人数按学校信息更新：教职工{p.staff}人{women}、退休教职工{p.retirees}人")

    def one_off(self, text: str) -> str | None:
        """Last year's anniversary (a one-off event) taken out, unless this year's highlights speak of one."""
        if self._anniversary_kept or not _ANNIVERSARY.search(text):
            return text
        clauses = _CLAUSES.findall(text)
        kept = [c for c in clauses if not _ANNIVERSARY.search(c)]
        after = "".join(kept).strip()
        found = _ANNIVERSARY.search(text).group(0)
        self._record("删除一次性活动", text, after, f"“{found}”是上一年度的一次性活动，新计划不再照搬",
                     f"今年是否仍有与“{found}”相关的工作？如有，请告诉我写进计划。")
        return after if len(re.sub(r"\W", "", after)) >= 6 else None
