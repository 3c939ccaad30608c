"""Start from last year's plan: keep its order and the school's own activities, update years and wording, fill gaps."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from assistant.compose.composer import Composer, unique_sentences
from assistant.compose.text import finish_sentence
from assistant.domain.numerals import cn_number
from assistant.domain.plan import GENERATED_KEYS, Plan, ScheduleItem, SectionDraft
from assistant.domain.policy import current_congress, outdated_spans
from assistant.domain.profile import Profile
from assistant.loading.chunking import classify_topic, heading_label
from assistant.loading.cleaning import normalize

_L1 = re.compile(r"^([一二三四五六七八九十]+)\s*[、.．]\s*")
_L2 = re.compile(r"^[（(]([一二三四五六七八九十]+)[）)]\s*[、.．]?\s*")
_ITEM = re.compile(r"^(?:\d{1,2}\s*(?:、|[.．](?!\d))|[a-zA-Z]\s*[)）.、])\s*")
_SUB = re.compile(r"^[（(](\d{1,2})[）)]\s*")
_SCHEDULE_ROW = re.compile(r"^(1[0-2]|[1-9])\s*月(?:份)?\s*[：:|、\s]\s*(.+)$")
_TITLE_YEAR = re.compile(r"(20\d\d)\s*(?:[—\-－~至到]\s*20\d\d\s*学年|年)")
_PLACEHOLDER_SENTENCE = re.compile(r"[_＿]{2,}|[0-9xX×]{0,2}[xX×]\s*月\s*[0-9xX×]*[xX×]\s*日|（略）|\(略\)|[xX×]{2,}")
_NAME_PLACEHOLDER = re.compile(r"(?:某某|[xX×]{2,}|○○)(?=学校|中学|小学|幼儿园)(?:学校|中学|小学|幼儿园)")


@dataclass(frozen=True)
class Change:
    """One change made to last year's plan, described for the user (kind and reason in Chinese)."""

    kind: str  # 年份更新 / 表述更新 / 删除占位符 / 补充章节 / 规范用语
    before: str
    after: str
    reason: str

    def to_dict(self) -> dict:
        return {"kind": self.kind, "before": self.before, "after": self.after, "reason": self.reason}


@dataclass
class _Part:
    heading: str
    level: int
    lines: list[str]


def previous_year(text: str, fallback: int) -> int:
    """The year last year's plan was for: from its title, else the most frequent recent year in it."""
    head = "\n".join(text.split("\n")[:3])
    m = _TITLE_YEAR.search(head)
    if m:
        return int(m.group(1))
    years = Counter(int(y) for y in re.findall(r"(20\d\d)\s*年", text))
    return years.most_common(1)[0][0] if years else fallback


def _parts(text: str) -> tuple[list[str], list[_Part]]:
    """(preamble lines, parts by heading); the title line and the 落款 are left out."""
    lines = [l.strip() for l in text.split("\n") if l.strip()]
    if lines and "计划" in lines[0] and len(lines[0]) <= 60 and not _L1.match(lines[0]):
        lines = lines[1:]
    while lines and len(lines[-1]) <= 40 and re.search(r"(?:工会(?:委员会)?$|^\d{4}\s*年.{1,6}月)", lines[-1]):
        lines = lines[:-1]
    preamble: list[str] = []
    parts: list[_Part] = []
    for line in lines:
        level = 1 if _L1.match(line) else 2 if _L2.match(line) else 0
        if level:
            body = (_L1 if level == 1 else _L2).sub("", line, count=1)
            label = heading_label(body)
            rest = body[len(label) :].lstrip("：:。，, ")
            parts.append(_Part(label, level, [rest] if rest else []))
        elif parts:
            parts[-1].lines.append(line)
        else:
            preamble.append(line)
    return preamble, parts


class _Mapper:
    """Heading → structure key: topic of the heading, then the structure's titles and aliases."""

    def __init__(self, composer: Composer):
        self.structure = composer.structure
        self.by_topic = {t: s.key for s in self.structure.sections for t in s.topics}

    def key(self, heading: str, body: str, in_main: bool) -> str | None:
        topic = classify_topic(heading, "")
        if topic and topic in self.by_topic:
            return self.by_topic[topic]
        for spec in self.structure.sections:
            if spec.key in GENERATED_KEYS:
                continue
            if spec.title in heading or any(a in heading for a in spec.aliases):
                return spec.key
        topic = classify_topic("", body)
        return self.by_topic.get(topic) if topic else None


def _shift_years(text: str, old: int, new: int) -> str:
    delta = new - old
    if not delta:
        return text
    # Only the plan's own years move: 2021年修正的《工会法》 or 建校于1966年 stay as they are.
    return re.sub(r"(?<!\d)(20\d\d)(?!\d)", lambda m: str(int(m.group(1)) + delta) if old <= int(m.group(1)) <= old + 1 else m.group(1), text)


def _suggested(suggestion: str) -> str | None:
    m = re.search(r"改为“([^”]+)”", suggestion)
    return m.group(1) if m else None


class _Updater:
    """Rewrites paragraphs of last year's plan for the new year and records every change."""

    def __init__(self, profile: Profile, old_year: int, lawbook):
        self.profile = profile
        self.old_year = old_year
        self.lawbook = lawbook
        self.changes: list[Change] = []

    def paragraph(self, text: str) -> str | None:
        """The updated paragraph, or None when it is only a placeholder."""
        original = text
        text = _NAME_PLACEHOLDER.sub(self.profile.school, text)
        text = re.sub(r"20[xX×]{2}(?=\s*年)", str(self.profile.year), text)
        text = re.sub(r"十[xX×]大", f"{cn_number(current_congress(self.profile.year))}大", text)
        if text != original:
            self.changes.append(Change("删除占位符", original, text, "用学校信息填写了占位符"))
        if _PLACEHOLDER_SENTENCE.search(text):
            kept = [s for s in re.findall(r"[^。；！？]+[。；！？]?", text) if not _PLACEHOLDER_SENTENCE.search(s)]
            dropped = text
            text = "".join(kept).strip()
            self.changes.append(Change("删除占位符", dropped, text, "删去了含空缺内容（____、x月x日、（略））的句子"))
            if len(re.sub(r"\W", "", text)) < 6:
                return None
        shifted = _shift_years(text, self.old_year, self.profile.year)
        if shifted != text:
            self.changes.append(Change("年份更新", text, shifted, f"计划年度由{self.old_year}年更新为{self.profile.year}年"))
            text = shifted
        text = self._modernise(text)
        text = self._congress_form(text)
        return text

    def _modernise(self, text: str) -> str:
        for span in sorted(outdated_spans(text, self.profile.year), key=lambda s: -s.start):
            found = text[span.start : span.end]
            if not found:
                continue
            new = _suggested(span.suggestion)
            before = text
            if new is None:  # 删去: drop the sentence that carries the outdated campaign
                sentences = re.findall(r"[^。；！？]+[。；！？]?", text)
                text = "".join(s for s in sentences if found not in s)
            else:
                after = text[span.end :]
                if new.endswith("精神") and after.startswith("精神"):
                    new = new[: -len("精神")]
                text = text[: span.start] + new + after
            self.changes.append(Change("表述更新", before, text, span.message))
        return text

    def _congress_form(self, text: str) -> str:
        p = self.profile
        before = text
        if not p.has_congress:
            text = re.sub(r"(?<![区市县省])(?:教职工代表大会|教代会)", p.congress_name, text)
        if p.female_staff is not None and p.women_body == "女职工委员":
            text = re.sub(r"女(?:教)?职工委员会|女工委员会", "女职工委员", text)
        if text != before:
            self.changes.append(Change("规范用语", before, text, f"按本校人数改用“{p.congress_name}”“{p.women_body}”"))
        return text


def _schedule_rows(lines: list[str]) -> list[ScheduleItem]:
    rows = []
    for line in lines:
        cells = [c.strip() for c in line.split("|") if c.strip()]
        m = _SCHEDULE_ROW.match(cells[0] + ("：" + "；".join(cells[1:2]) if len(cells) > 1 else ""))
        if not m:
            continue
        lead = cells[2] if len(cells) > 2 else "工会委员会"
        participants = cells[3] if len(cells) > 3 else "全体教职工"
        rows.append(ScheduleItem(int(m.group(1)), m.group(2).strip("：:；; "), lead, participants))
    return rows


def update_from_previous(text: str, profile: Profile, composer: Composer) -> tuple[Plan, list[Change]]:
    """Last year's plan (already read to text) brought up to date for `profile`, and what was changed."""
    text = normalize(text)
    old_year = previous_year(text, profile.year - 1)
    preamble, parts = _parts(text)
    mapper = _Mapper(composer)
    updater = _Updater(profile, old_year, composer.lawbook)
    structure = composer.structure
    contents: dict[str, list[str]] = {}
    schedule_lines: list[str] = []
    in_main = False
    for part in parts:
        key = mapper.key(part.heading, "\n".join(part.lines), in_main)
        if part.level == 1:
            in_main = key == "main"
        if key == "main" or key is None:
            key = key if part.lines else None
            if key is None:
                continue
            key = mapper.key("", "\n".join(part.lines), in_main) or "safeguards"
        if key == "schedule":
            schedule_lines += part.lines
            contents.setdefault(key, [])
            continue
        bucket = contents.setdefault(key, [])
        for line in part.lines:
            line = _ITEM.sub("", line, count=1)
            if key == "guiding" and not line:
                continue
            updated = updater.paragraph(line)
            if updated:
                bucket.append(updated if _SUB.match(updated) else finish_sentence(updated))
    if preamble:
        intro = [p for p in (updater.paragraph(l) for l in preamble) if p]
        contents["guiding"] = intro + contents.get("guiding", [])

    # Order: last year's order as far as it maps, each missing section at its place in the structure.
    order = [k for k in contents if k in structure.keys()]
    plan = Plan.empty(profile, structure)
    sections: dict[str, SectionDraft] = {}
    for key in _merge_order(order, [k for k in plan.sections], structure):
        sections[key] = plan.sections[key]
    plan.sections = sections
    changes = updater.changes
    used: list[str] = []
    for key, draft in plan.sections.items():
        if structure.is_container(key):
            continue
        paragraphs = contents.get(key, [])
        if key == "guiding" and paragraphs and not any("习近平新时代中国特色社会主义思想" in p for p in paragraphs):
            fresh = composer.compose_section(profile, key).paragraphs
            changes.append(Change("表述更新", "\n".join(paragraphs), "\n".join(fresh), "指导思想缺少现行提法，已按计划年度改写"))
            paragraphs = fresh
        if not paragraphs and key != "schedule":
            paragraphs = composer.compose_section(profile, key, exclude=used).paragraphs
            changes.append(Change("补充章节", "", draft.title, f"上一年度计划没有“{draft.title}”部分，已按计划结构补写"))
        paragraphs = unique_sentences(paragraphs, used)
        if key == "schedule" and not paragraphs:
            paragraphs = composer.compose_section(profile, key).paragraphs
        numbered = True if key in ("goals", "safeguards") else None
        plan.set_section(key, paragraphs, status="proposed", numbered=numbered)
        used += paragraphs
    rows = [ScheduleItem(r.month, _shift_years(r.activity, old_year, profile.year), r.lead, r.participants)
            for r in _schedule_rows(schedule_lines)]
    if len(rows) >= 3:
        plan.set_schedule(rows)
    else:
        plan.set_schedule(composer.compose_schedule(profile))
        if "schedule" not in contents:
            changes.append(Change("补充章节", "", "月度工作安排", "上一年度计划没有逐月安排，已按学校工作日历补写"))
    return plan, changes


def _merge_order(previous: list[str], standard: list[str], structure) -> list[str]:
    """Keys in last year's order, with every other key inserted after its predecessor in the standard order."""
    parent = {s.key: s.parent for s in structure.sections}
    tops = [k for k in previous if not parent.get(k)]
    subs = [k for k in previous if parent.get(k)]
    if subs and "main" not in tops:
        # Sub-areas written as top-level parts: 主要工作 goes where the first of them was.
        first = previous.index(subs[0])
        tops.insert(len([k for k in previous[:first] if not parent.get(k)]), "main")
    out = _insert_missing(tops, [k for k in standard if not parent.get(k)])
    children = _insert_missing(subs, [k for k in standard if parent.get(k)])
    result = []
    for key in out:
        result.append(key)
        if key == "main":
            result += children
    return result


def _insert_missing(order: list[str], standard: list[str]) -> list[str]:
    out = list(order)
    for i, key in enumerate(standard):
        if key in out:
            continue
        before = [k for k in standard[:i] if k in out]
        out.insert(out.index(before[-1]) + 1 if before else 0, key)
    return out
