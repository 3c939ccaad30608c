"""Uploaded notices (通知) as plan measures: find the one the user means, read its facts, summarise them.

A notice from the upper union has a heading (关于举办……的通知), a salutation (各基层工会：), numbered parts
(一、比赛时间 …), a contact person and a signature. A plan measure keeps only what the school will do: what, when,
where and who, plus a deadline the school must meet — never the heading, the salutation or the contact.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from assistant.domain.numerals import parse_cn_number
from assistant.domain.passages import KIND_UPLOAD, Passage

_TITLE = re.compile(r"^关于(?:印发|转发)?(组织开展|组织举办|组织参加|认真做好|举办|举行|开展|组织|召开|做好|参加|启动|进行)?"
                    r"(.+?)的(?:通知|通告|公告|函|方案)$")
_HEADING = re.compile(r"^([一二三四五六七八九十]+)[、.．]\s*(.{1,16})$")
_LABELLED = re.compile(r"^(?:[一二三四五六七八九十\d]+[、.．]\s*)?([\u4e00-\u9fff]{0,4}(?:时间|日期|地点|地址|对象|人员|范围|项目|内容))"
                       r"\s*[：:]\s*(.+)$")
_DATE = r"(?:\d{4}年)?\d{1,2}月\d{1,2}日"
# A date or a range; the end of a range may leave out its month (3月23日至24日).
_SPAN = re.compile(rf"{_DATE}(?:[（(][^）)]{{1,6}}[）)])?(?:\s*(?:至|到|—|-|~)\s*(?:{_DATE}|\d{{1,2}}日)"
                   rf"(?:[（(][^）)]{{1,6}}[）)])?)?")
# 于4月30日前 / 在4月30日下班前 / 4月30日17:00前: a due date, with the hour of that day it ends at
_DEADLINE = re.compile(rf"({_DATE})(?:[（(][^）)]{{1,6}}[）)])?(?:下班|中午|上午|下午|晚上|\d{{1,2}}[:：]\d{{2}}|\d{{1,2}}[时点])?"
                       r"(?:前|之前)")
_ORG_LINE = re.compile(r"^[\u4e00-\u9fff]{2,24}(?:工会|委员会|教育局|局|中心|协会|办公室|联合会)$")
# Events a school enters as a team (a 征文 or an 评选 is entered one by one).
_TEAM = re.compile(r"比赛|运动会|联赛|锦标赛|邀请赛|友谊赛")
_COMPETITION = re.compile(r"比赛|竞赛|运动会|联赛|大赛|锦标赛|邀请赛|选拔赛|展演|演讲|征文|评选")
_ACTIVITY = re.compile(r"(筛查|体检|检查|培训|讲座|疗休养|考察|学习|慰问|托管服务|托管|活动)")
_PARENS = re.compile(r"[（(][^）)]*[）)]")
# A notice that checks the schools' unions (经费检查, 督查, 考核): the school does not take part in an event, it
# prepares and is checked, so the measure says what it must finish by when.
# A notice that asks schools to put forward candidates (推荐, 申报, 评选, 选树): the school's work is the recommending,
# by the upper union's arrangement, and what it sends in by when; nobody "takes part in" it as in a contest.
# A bare 评选 may be a contest the staff enter (a 征文评选 or a 提案评选), so it counts only together with 推荐 or 申报.
_RECOMMEND = re.compile(r"^(推荐评选|评选推荐|推荐申报|申报推荐|推荐|申报|选树|寻访)(.+)$|(推荐|申报|选树|寻访)(?:工作|活动)?$")
_INSPECTION = re.compile(r"(?<!健康)(?<!身体)(?<!妇科)(?<!体格)(?<!眼科)检查|督查|审计|抽查|考核|评估|验收")
# A time line "2. 抽查阶段：11月15日至11月26日，……" — one phase of the notice's schedule.
_PHASE = re.compile(r"^(?:\d{1,2}[.、．]\s*)?([\u4e00-\u9fff]{2,6})阶段\s*[：:]")
# Words that make a notice's 对象/范围 line name people (not what is checked: 2027年1月至10月经费收支情况).
_PEOPLE = re.compile(r"教职工|教师|职工|会员|人员|干部|女|退休|家属|子女|老师|员工")


@dataclass(frozen=True)
class Notice:
    """One uploaded document, its passages put back in order."""

    source: str
    title: str
    text: str


@dataclass(frozen=True)
class NoticeFacts:
    """What a notice asks schools to do."""

    title: str
    event: str  # 第二届教职工书法比赛
    verb: str  # 举办 / 开展 …
    organizer: str
    when: str
    where: str
    who: str
    deadline: str  # 于4月9日前完成报名
    what: str  # the items of a screening, the events of a competition
    phases: tuple[tuple[str, str], ...] = ()  # later phases of the schedule: (11月15日至26日, 抽查)

    def summary(self) -> str:
        """The facts, one per line, for the reply."""
        rows = [("事项", self.event), ("主办", self.organizer), ("时间", self.when), ("地点", self.where),
                ("对象", self.who), ("报送", self.deadline)]
        return "\n".join(f"- {label}：{value}" for label, value in rows if value)


def _order(passage: Passage) -> tuple[int, str]:
    head = passage.section.split(">")[-1].strip()
    m = re.match(r"([一二三四五六七八九十]+)[、.．]", head)
    if m:
        return parse_cn_number(m.group(1)), head
    return (0 if head in ("前言", "") else 99), head


def uploaded_notices(passages: Iterable[Passage], owner: str) -> list[Notice]:
    """The user's uploads (passages of kind "upload" they own), each as one document in reading order."""
    by_source: dict[str, list[Passage]] = {}
    for p in passages:
        if p.kind == KIND_UPLOAD and p.owner == owner:
            by_source.setdefault(p.source, []).append(p)
    notices = []
    for source, parts in by_source.items():
        parts.sort(key=_order)
        text = "\n".join(p.text for p in parts)
        # The heading is the first line that reads as one; a notice may open with the issuing body and its file
        # number above it (GB/T 9704-2012: 发文机关标志, 发文字号, then 标题).
        heads = [line.strip() for line in text.strip().split("\n")[:8] if line.strip()]
        title = next((line for line in heads if _TITLE.match(line)), parts[0].title)
        notices.append(Notice(source, title, text))
    return sorted(notices, key=lambda n: n.source)


def _bigrams(text: str) -> set[str]:
    cjk = re.sub(r"[^\u4e00-\u9fff0-9A-Za-z]", " ", text)
    return {cjk[i : i + 2] for i in range(len(cjk) - 1) if " " not in cjk[i : i + 2]}


def notice_bigrams(text: str) -> set[str]:
    """The pairs of characters (CJK, digits, Latin) a request and a notice's title are compared by."""
    return _bigrams(text)


def notice_hint(text: str, pointers: tuple[str, ...]) -> str:
    """The words of a request that can tell uploads apart (书法比赛, 疗休养): pointers and particles removed."""
    for word in sorted(pointers, key=len, reverse=True):
        text = (text or "").replace(word, "")
    hint = re.sub(r"[\s，,。的了把将给我]", "", text or "")
    return hint if len(hint) >= 2 else ""  # one character left over cannot tell notices apart


def matches(notice: Notice, hint: str) -> bool:
    return bool(_bigrams(hint) & _bigrams(notice.title + notice.text))


# A clause that sets a notice aside: "跑步的那份不用管", "体检的先别加", "不是比赛那个".
_SET_ASIDE = re.compile(r"(?:先)?(?:不用管|不管|别管|不要|不用|不加|别加|不写|别写|别放|别弄|先别|不是|除了|算了)(?:它|了|吧)?")


def set_aside(message: str) -> tuple[str, str]:
    """(the message without the clauses that set a notice aside, those clauses without the words that set it aside)."""
    clauses = re.split(r"(?<=[，,；;。])", message)
    aside = [c for c in clauses if _SET_ASIDE.search(c)]
    return "".join(c for c in clauses if c not in aside), _SET_ASIDE.sub(" ", "".join(aside))


# Characters that say nothing about what a notice is about (a stray 都 or 那 must not pick one).
_FUNCTION_CHARS = "的了是在有和与及个那这我你他她它都也就还要把将给份篇件次关于通知文"


def named_by(notices: list[Notice], words: str) -> list[Notice]:
    """The notices some words name: by a shared pair of characters, or by a character only one title has (打球 → the
    羽毛球 notice)."""
    named = [n for n in notices if matches(n, words)]
    if named:
        return named
    chars = set(re.sub(r"[^\u4e00-\u9fff]", "", words)) - set(_FUNCTION_CHARS)
    own = [n for n in notices if any(c in n.title and sum(c in o.title for o in notices) == 1 for c in chars)]
    return own


def pick(notices: list[Notice], hint: str, aside: str = "") -> list[Notice]:
    """The notices the user's words point at, best first: all of them when the words single none out. Those the
    `aside` words name are left out, unless the hint names them too."""
    if aside and len(notices) > 1:
        dropped = [n for n in named_by(notices, aside) if not (hint and matches(n, hint))]
        notices = [n for n in notices if n not in dropped] or notices
    if len(notices) <= 1:
        return notices
    words = _bigrams(hint)
    scored = [(len(words & _bigrams(n.title + n.text)), n) for n in notices]
    best = max(score for score, _ in scored)
    if best == 0:
        return named_by(notices, hint) or notices
    return [n for score, n in scored if score == best]


def _parts(text: str) -> tuple[list[str], dict[str, list[str]]]:
    """(lines before the first numbered heading, heading → its lines)."""
    preamble: list[str] = []
    parts: dict[str, list[str]] = {}
    current: list[str] | None = None
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            continue
        m = _HEADING.match(line)
        if m:
            current = parts.setdefault(m.group(2), [])
            continue
        labelled = _LABELLED.match(line)
        if labelled:  # "时间：5月15日" written inline instead of under a heading
            parts.setdefault(labelled.group(1), []).append(labelled.group(2))
            continue
        (preamble if current is None else current).append(line)
    return preamble, parts


def _part(parts: dict[str, list[str]], *names: str) -> str:
    for heading, lines in parts.items():
        if any(n in heading for n in names) and lines:
            return lines[0]
    return ""


def _who(parts: dict[str, list[str]]) -> str:
    """The people a notice is for, from its 对象/人员/范围 part: the first line that names them, its list number and
    lead-in (推荐对象为) left out; a line on quotas, priority or costs under a heading such as 名额和对象 is not it."""
    for heading, lines in parts.items():
        if not any(n in heading for n in ("对象", "人员", "范围")):
            continue
        for line in lines:
            line = re.sub(r"^\d{1,2}[.、．]\s*", "", line)
            line = re.sub(r"^[\u4e00-\u9fff]{0,4}对象(?:为|是|包括|[：:])", "", line)
            first = _first_sentence(line)
            if first and not re.match(r"(?:名额|指标|优先|费用|经费|名单|报名)", first):
                return first
    return ""


def _first_sentence(text: str) -> str:
    return re.split(r"[。；;，,]", _PARENS.sub("", text))[0].strip("，, ")


def _span(text: str, year_words: bool = False) -> str:
    """The first date or date range of a text, as plans write it: 4月24日至25日 (year and weekday dropped)."""
    m = _SPAN.search(text)
    if not m:
        return ""
    span = _PARENS.sub("", m.group(0))
    span = re.sub(r"\d{4}年", "", span)
    span = re.sub(r"\s*(?:到|—|-|~)\s*", "至", span)
    same_month = re.match(r"(\d{1,2})月(\d{1,2})日至(\d{1,2})月(\d{1,2})日", span)
    if same_month and same_month.group(1) == same_month.group(3):
        span = f"{same_month.group(1)}月{same_month.group(2)}日至{same_month.group(4)}日"
    return span


def _deadline(lines: list[str]) -> str:
    for line in lines:
        m = _DEADLINE.search(line)
        if not m:
            continue
        day = re.sub(r"\d{4}年", "", m.group(1))
        if "报名" in line:
            return f"于{day}前完成报名"
        named = re.search(r"(?:将|把)?([\u4e00-\u9fff]{0,6}?名单)", line[m.end() :])
        if named:
            return f"于{day}前报送{named.group(1)}"
        sent = re.match(r"[将把]([\u4e00-\u9fff]{2,6}?)(?:电子稿|纸质稿|电子版|纸质版|和|及|、|[（(]|发送|报送|提交|上报|报)",
                        line[m.end() :])
        if sent:  # "于6月20日前将推荐作品电子稿……发送至": what the school sends in by then
            return f"于{day}前报送{sent.group(1)}"
        done = re.match(r"(完成|报送|提交|上报)([\u4e00-\u9fff]{1,8}?)(?=[，。；,;]|$)", line[m.end() :])
        if done:
            return f"于{day}前{done.group(1)}{done.group(2)}"
        form = re.match(r"将《([^》]{2,14})》", line[m.end() :])
        if form:  # "于11月20日前将《申请表》、……报送": the form the school sends in by then
            return f"于{day}前报送{form.group(1)}"
        if re.search(r"发送|报送|提交|上报|报至|交至|送至|寄至|报区|送交|交送|呈报|报给|交给", line[m.end() :]):
            return f"于{day}前报送相关材料"
    return ""


def _organizer(lines: list[str]) -> str:
    for line in reversed(lines):
        if _ORG_LINE.match(line) and not line.startswith("各"):
            return line
    return ""


def read_facts(notice: Notice) -> NoticeFacts:
    """The facts of a notice: its event, organiser, time, place, participants and the deadline for schools."""
    title = notice.title
    m = _TITLE.match(title)
    verb, event = (m.group(1) or "开展", m.group(2)) if m else ("开展", re.sub(r"的?通知$", "", title))
    preamble, parts = _parts(notice.text)
    lines = [line for body in parts.values() for line in body]
    when = _span(_part(parts, "时间", "日期")) or _span(" ".join(preamble[1:]))
    where = _first_sentence(_part(parts, "地点", "地址", "场地", "场所"))
    who = _who(parts)
    who = re.sub(r"^各(?:学校|单位|校|基层工会|学校工会|幼儿园)(?:的)?", "", who)
    who = re.sub(r"(?<=[员工师])(?:中|当中|之中)$", "", who)  # "在职教职工中，因……": those among them, the people
    # "全区各学校（幼儿园）在职教职工…": the school's own people, as the school's plan says it.
    who = re.sub(r"^全(?:区|市|县|镇)各(?:学校|单位|校|幼儿园)(?:[（(][^）)]*[）)])?(?:的)?", "本校", who)
    who = who if _PEOPLE.search(who) else ""
    deadline = _deadline(preamble + lines)
    if when and when in deadline:
        when = ""  # the only date is when entries are due (征文, 评选), not when the event takes place
    what = _first_sentence(_part(parts, "项目", "内容"))
    return NoticeFacts(title=title, event=event, verb=verb, organizer=_organizer(preamble + lines), when=when,
                       where=where, who=who, deadline=deadline, what=what,
                       phases=_phases(next((body for head, body in parts.items() if "时间" in head), [])))


def _phases(lines: list[str]) -> tuple[tuple[str, str], ...]:
    """Phases of a schedule after the first, each as its dates and name: (11月15日至26日, 抽查)."""
    out = []
    for line in lines[1:]:
        m = _PHASE.match(line)
        span = _span(line[m.end() :]) if m else ""
        if m and span and not _DEADLINE.search(line):
            out.append((span, m.group(1)))
    return tuple(out)


def notice_measure(facts: NoticeFacts, who: str, people: tuple[str, ...], max_chars: int) -> str:
    """One measure from a notice's facts; `who` is the section's own people when the notice names none of its own.

    The longest version that fits `max_chars` is returned: with the deadline, then without it, then without the place.
    """
    named = facts.who if any(p in facts.who for p in people if p not in ("会员", "工会会员")) else ""
    who = named or who
    host = facts.organizer or "上级工会"
    when = f"于{facts.when}" if facts.when else ""
    competition = bool(_COMPETITION.search(facts.event))
    if _INSPECTION.search(facts.event) and not competition:
        due = facts.deadline or (f"于{facts.when}前做好准备" if facts.when else "")
        later = [f"并于{span}接受{name}" for span, name in facts.phases[:1]]
        versions = [[f"配合{host}做好{facts.event}工作", due, *tail] for tail in (later, [])]
        sentences = ["，".join(part for part in parts if part) + "。" for parts in versions]
        return next((s for s in sentences if len(s) <= max_chars), sentences[-1])
    recommend = _RECOMMEND.search(facts.event)
    if recommend and not _TEAM.search(facts.event):
        work = f"{recommend.group(2)}{recommend.group(1)}工作" if recommend.group(1) else re.sub(r"(?<!工作)$", "工作", facts.event)
        work = re.sub(r"工作工作$", "工作", re.sub(r"活动工作$", "活动", work))
        held = "".join(x for x in (f"于{facts.when}" if facts.when else "", f"在{facts.where}" if facts.where else ""))
        sentences = [f"按照{host}部署，{held}做好{work}" + (f"，{tail}" if tail else "") + "。" for tail in (facts.deadline, "")]
        return next((s for s in sentences if len(s) <= max_chars), sentences[-1])
    if facts.verb in ("举办", "举行", "召开") or competition:
        # A competition asks for a team; for a course or a meeting, "组织……参加" already says it all.
        join = "组队参赛" if _TEAM.search(facts.event) else ""
        versions = [
            [f"积极组织{who}参加{host}{when}{place}举办的{facts.event}", tail]
            for place in ([f"在{facts.where}"] if facts.where else []) + [""]
            for tail in ([f"{facts.deadline}并{join}" if join else facts.deadline] if facts.deadline else []) + [join]
        ]
    else:
        found = [a for a in _ACTIVITY.findall(facts.event) if a != "活动"] or _ACTIVITY.findall(facts.event)
        short = found[0] if found else "相关活动"
        versions = [
            [f"配合{host}开展{facts.event}", f"组织{who}{when}{place}参加{short}", tail]
            for place in ([f"到{facts.where}"] if facts.where else []) + [""]
            for tail in [facts.deadline, ""]
        ]
    sentences = ["，".join(part for part in parts if part) + "。" for parts in versions]
    return next((s for s in sentences if len(s) <= max_chars), sentences[-1])


def placement_text(facts: NoticeFacts) -> tuple[str, ...]:
    """The words of a notice that say what it is about, most telling first (for choosing the plan section): its
    event, then everything with who takes part and what is done (a 托管 notice lists 体育游戏 among its contents)."""
    return facts.event, " ".join((facts.event, facts.who, facts.what))
