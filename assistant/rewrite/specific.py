"""The specific tone: the paragraph in formal register, plus the concrete elements it lacks — when, who leads, who
takes part and how many, a proven practice — taken from what is known (the school profile, the section's key
elements and the union calendar in knowledge/structure.yaml, festival dates in knowledge/calendar.yaml, passages
of the knowledge base), and marked 【请核实：…】 for the user to confirm. Nothing is added that has no source."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.domain.calendar import load_calendar
from assistant.domain.policy import placeholder_spans
from assistant.domain.profile import Profile
from assistant.domain.script import has_script_noise
from assistant.domain.structure import CalendarEvent, SectionSpec, Structure, load_structure
from assistant.domain.text import strip_item_marks
from assistant.rewrite.lexicon import Lexicon
from assistant.rewrite.pos import tokens

MARK_OPEN, MARK_CLOSE = "【请核实：", "】"
_HAS_TIME = re.compile(
    r"\d+\s*月|[一二三四五六七八九十]+月|[上中下]旬|月[底初中]|学期[初末中]|期[末中]|开学|寒假|暑假|每周|每月|每学期|每学年|"
    r"每年|[节日]前|当天|\d+\s*日"
)
# A term named without a month (下学期开个兴趣班): the time is proposed inside that term, never a month of another.
_TERM = re.compile(r"下学期|新学期|本学期|这学期|下个学期|春季学期|秋季学期")
# A course the staff attend week by week (兴趣班, 学习班, 社团): its time is a weekly slot after class.
_COURSE = re.compile(r"兴趣班|学习班|培训班|兴趣小组|社团|训练班|研修班")
_HAS_LEAD = re.compile(r"负责|牵头|主持|承办|由[^，。；]{1,12}(?:组织|落实|统筹)|联络员")
_HAS_SCALE = re.compile(r"\d+\s*[名人位户队]|[一二三四五六七八九十百两]+[名人位户队]|全体|参加对象|参与对象")
_PRACTICE = re.compile(
    r"每(?:周|月|学期|学年|年|两年|季度)[^，。；]{1,16}|(?:[一二三四五六七八九十]|\d+)(?:次|场|期)[^，。；]{0,12}"
)
_DATED = re.compile(r"(?:19|20)\d\d|\d{1,2}月\d{1,2}日|[?？�□■…]|xx|XX|某某")
_GENERAL = frozenset(
    "工作 开展 进行 组织 活动 工会 我们 学校 我校 教职工 教师 全体 做好 加强 积极 关心 提高 提升 慰问 期间 主题 表彰 "
    "评选 先进 健康 关爱 教育 发展 质量".split()
)


@dataclass(frozen=True)
class Context:
    """What the caller knows besides the paragraph: the school profile, the plan section it belongs to, and
    knowledge-base passages about it (texts)."""

    profile: Profile | None = None
    section: str | None = None
    passages: tuple[str, ...] = ()


def infer_section(text: str, structure: Structure, lexicon: Lexicon) -> SectionSpec | None:
    """The plan section a paragraph is about: its topic words (lexicon) count most, then its names and keywords
    (knowledge/structure.yaml); None when nothing points clearly to one (better no lead than a wrong one)."""
    best, best_score = None, 0
    for spec in structure.sections:
        if spec.level != 2:
            continue
        topic = sum(3 for w in lexicon.section_words.get(spec.key, ()) if w in text)
        names = sum(2 for w in {spec.title, *spec.aliases, *spec.chat_names} if w and w in text)
        keywords = sum(1 for w in spec.all_keywords() if len(w) >= 2 and w in text)
        score = topic + names + keywords
        if score > best_score:
            best, best_score = spec, score
    return best if best_score >= 2 else None


class _Names(dict):
    """Template names; one the profile does not give reads as a general word rather than failing."""

    def __missing__(self, key: str) -> str:
        return {"period_self": "本期", "self": "我校", "org": "学校"}.get(key, "")


def _names(profile: Profile | None) -> dict[str, str]:
    """Names for the calendar's templates: the profile's, or general wording when there is no profile."""
    if profile is None:
        return _Names(congress_name="教职工代表大会（教职工大会）", congress_short="教代会", congress_members="全体教代会代表",
                      women_body="工会女职工委员会（或女职工委员）", upper_union="上级工会")
    return _Names(profile.names())


def _event(text: str, spec: SectionSpec | None, structure: Structure, profile: Profile | None) -> CalendarEvent | None:
    """The union-calendar event the paragraph is about: same section, most words in common, inside the period."""
    names = _names(profile)
    months = set(load_calendar().months(profile.period)) if profile else None
    best, best_score = None, 0
    for event in structure.calendar:
        if spec is not None and event.section != spec.key:
            continue
        if months is not None and event.month not in months:
            continue
        activity = event.filled(names).activity
        score = sum(len(w.word) for w in tokens(activity) if len(w.word) >= 2 and w.word in text and w.word not in _GENERAL)
        if score > best_score:
            best, best_score = event.filled(names), score
    return best


def _festival_time(text: str, profile: Profile | None) -> str | None:
    calendar = load_calendar()
    for festival, _, _ in calendar.festivals_in(text):
        if profile is not None:
            for year, month in calendar.year_months(profile.period, profile.year):
                day = festival.on(year)
                if day.month == month:
                    return f"{day.month}月{day.day}日（{festival.name}）前后"
            continue
        if festival.date:
            month, day = (int(x) for x in festival.date.split("-"))
            return f"{month}月{day}日（{festival.name}）前后"
    return None


def _scale(participants: str, spec: SectionSpec | None, profile: Profile | None) -> str:
    if profile is None:
        return participants
    key = spec.key if spec else ""
    if key == "women" and profile.female_staff:
        return f"{participants}（共{profile.female_staff}人）"
    if key == "retirees" and profile.retirees:
        return f"{participants}（共{profile.retirees}人）"
    if participants.startswith("全体教职工") and "代表" not in participants:
        return f"{participants}（共{profile.staff}人）"
    return participants


def _practice(text: str, passages: tuple[str, ...]) -> str | None:
    """A concrete practice (每学期一次…) from a knowledge-base passage about the same thing, fit to show."""
    words = {t.word for t in tokens(text) if len(t.word) >= 2 and t.flag[:1] == "n" and t.word not in _GENERAL}
    for passage in passages:
        for sentence in re.split(r"(?<=[。；])", passage):
            sentence = strip_item_marks(sentence.strip())
            if not any(w in sentence for w in words):
                continue
            if _DATED.search(sentence) or placeholder_spans(sentence) or has_script_noise(sentence):
                continue
            if any(t.flag == "nr" and len(t.word) >= 2 for t in tokens(sentence)):
                continue  # another school's people
            m = _PRACTICE.search(sentence)
            if m and not _PRACTICE.search(text):
                return m.group(0).rstrip("，、")
    return None


def _activity_details(text: str, lexicon: Lexicon) -> list[str]:
    """What an activity's notice states that the paragraph lacks (place, sign-up, safety, cost: formal_lexicon.yaml
    `specific.activity`), only for a paragraph about an activity."""
    activity = lexicon.activity
    if not activity or not re.search(activity["when"], text):
        return []
    return [str(d["add"]) for d in activity.get("details") or () if not re.search(d["has"], text)]


def additions(text: str, context: Context, lexicon: Lexicon, structure: Structure | None = None) -> list[str]:
    """The concrete elements the paragraph lacks, each grounded in the context or the domain data."""
    structure = structure or load_structure()
    spec = structure.section(context.section) if context.section else infer_section(text, structure, lexicon)
    if spec is not None and spec.level != 2:
        spec = infer_section(text, structure, lexicon) or spec
    event = _event(text, spec, structure, context.profile)
    names = _names(context.profile)
    key = spec.key if spec else ""
    out = []
    term = _TERM.search(text)
    if not _HAS_TIME.search(text) and term:
        out.append(f"时间拟安排在{term.group(0)}开学后" + ("，每周固定一个课后时段" if _COURSE.search(text) else ""))
    elif not _HAS_TIME.search(text):
        when = _festival_time(text, context.profile) or (f"{event.month}月" if event else None)
        if when:
            out.append(f"时间拟安排在{when}")
    if not _HAS_LEAD.search(text):
        lead = event.lead if event else lexicon.leads.get(key, "工会委员会").format_map(names)
        out.append(f"由{lead}牵头负责")
    named = next((group for group in lexicon.named_groups if group in text), "")
    if not _HAS_SCALE.search(text):
        who = event.participants if event else lexicon.participants.get(key, lexicon.participants["default"])
        scaled = _scale(named or who.format_map(names), spec, context.profile)
        out.append(f"参加对象为{scaled}" + ("，人数以报名为准" if named and "共" not in scaled else ""))
    if out:  # a paragraph that already says when, who leads and who takes part is left alone
        out += _activity_details(text, lexicon)
    practice = _practice(text, context.passages)
    if practice:
        out.append(f"可参考知识库中的做法：“{practice}”")
    return out


def mark(additions_: list[str]) -> str:
    """The additions as one mark for the user to confirm: 【请核实：…；…】."""
    return f"{MARK_OPEN}{'；'.join(additions_)}{MARK_CLOSE}" if additions_ else ""
