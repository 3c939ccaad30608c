"""Start from last year's plan: keep its order and the school's own activities, bring years, wording, figures and
the monthly table up to date, add this year's highlights and focus where they belong, fill gaps, and report every
change."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from assistant.compose.composer import Composer, unique_sentences
from assistant.compose.revision import Change, Reviser
from assistant.compose.schedule import roles_for
from assistant.compose.text import finish_sentence
from assistant.domain.plan import GENERATED_KEYS, Plan, ScheduleItem
from assistant.domain.profile import Profile
from assistant.loading.chunking import classify_topic, heading_label
from assistant.loading.cleaning import normalize

_L1 = re.compile(r"^#{0,3}\s*([一二三四五六七八九十]+)\s*[、.．]\s*")
_L2 = re.compile(r"^#{0,4}\s*[（(]([一二三四五六七八九十]+)[）)]\s*[、.．]?\s*")
_ITEM = re.compile(r"^(?:\d{1,2}\s*(?:、|[.．](?!\d))|[a-zA-Z]\s*[)）.、])\s*")
_SUB = re.compile(r"^[（(](\d{1,2})[）)]\s*")
_SCHEDULE_ROW = re.compile(r"^(1[0-2]|[1-9])\s*月(?:份)?$")
_TITLE_YEAR = re.compile(r"(20\d\d)\s*(?:[—\-－~至到]\s*20\d\d\s*学年|年)")
_SIGN_DATE = re.compile(r"^\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?$")
_GENERIC_ROLES = ("工会委员会", "全体教职工")
_DUPLICATE = 0.4  # character-bigram Jaccard at or above which two items of a section say the same thing
_SAME_TOPIC = 0.2  # … or at or above which they do when they also name the same kind of activity (体检, 慰问 …)
_THIN = 2  # a section of last year's plan with fewer items than this is topped up from the library


def previous_year(text: str, fallback: int) -> int:
    """The year last year's plan was for: from its title, else the most frequent recent year in it."""
    head = "\n".join(text.split("\n")[:3])
    m = _TITLE_YEAR.search(head)
    if m:
        return int(m.group(1))
    years = Counter(int(y) for y in re.findall(r"(20\d\d)\s*年", text))
    return years.most_common(1)[0][0] if years else fallback


def _bigram_similarity(a: str, b: str) -> float:
    ga = {a[i : i + 2] for i in range(len(a) - 1)}
    gb = {b[i : i + 2] for i in range(len(b) - 1)}
    return len(ga & gb) / len(ga | gb) if ga and gb else 0.0


class _Parsed:
    """Last year's plan split into title, preamble, parts by heading, table lines and 落款."""

    def __init__(self, text: str):
        lines = [l.strip() for l in text.split("\n") if l.strip()]
        self.title = ""
        if lines and "计划" in lines[0] and len(lines[0]) <= 60 and not _L1.match(lines[0].lstrip("# ")):
            self.title = lines[0].lstrip("# ").strip()
            lines = lines[1:]
        self.signature: list[str] = []
        while lines and len(lines[-1]) <= 40 and (re.search(r"工会(?:委员会)?$", lines[-1]) or _SIGN_DATE.match(lines[-1])):
            self.signature.insert(0, lines.pop())
        lines = [l for l in lines if not l.startswith("<!--")]
        self.preamble: list[str] = []
        self.parts: list[tuple[str, int, list[str]]] = []
        for line in lines:
            level = 1 if _L1.match(line) else 2 if _L2.match(line) else 0
            if level:
                body = (_L1 if level == 1 else _L2).sub("", line, count=1).strip("# ")
                label = heading_label(body)
                rest = body[len(label) :].lstrip("：:。，, ")
                self.parts.append((label, level, [rest] if rest else []))
            elif self.parts:
                self.parts[-1][2].append(line)
            else:
                self.preamble.append(line)


class _Mapper:
    """Heading → structure key: topic of the heading, then the structure's titles and aliases."""

    def __init__(self, composer: Composer):
        self.structure = composer.structure
        self.by_topic = {t: s.key for s in self.structure.sections for t in s.topics}

    def key(self, heading: str, body: str) -> str | None:
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


class _Update:
    """One run of `update_from_previous`: the parsed plan, the reviser and the composer's writers."""

    def __init__(self, text: str, profile: Profile, composer: Composer):
        self.profile = profile
        self.composer = composer
        self.structure = composer.structure
        self.parsed = _Parsed(text)
        self.old_year = previous_year(text, profile.year - 1)
        self.writer = composer.writer(profile)
        self.schedule = composer.schedule_writer(profile)
        self.reviser = Reviser(profile, self.old_year, self.writer.wording)
        self.contents: dict[str, list[str]] = {}
        self.table_lines: list[str] = []

    @property
    def changes(self) -> list[Change]:
        return self.reviser.changes

    def read(self) -> None:
        """Every paragraph of last year's plan, revised, in its section."""
        mapper = _Mapper(self.composer)
        for heading, _level, lines in self.parsed.parts:
            key = mapper.key(heading, "\n".join(lines))
            if key == "main" or key is None:
                if not lines:
                    continue
                key = mapper.key("", "\n".join(lines)) or "safeguards"
            if key == "schedule":
                self.table_lines += lines
                continue
            bucket = self.contents.setdefault(key, [])
            for line in lines:
                line = _ITEM.sub("", line, count=1)
                if line.startswith("|"):
                    self.table_lines.append(line)
                    continue
                updated = self.reviser.paragraph(line)
                if updated:
                    bucket.append(updated if _SUB.match(updated) else finish_sentence(updated))
        if self.parsed.preamble:
            intro = [p for p in (self.reviser.paragraph(l) for l in self.parsed.preamble) if p]
            self.contents["guiding"] = intro + self.contents.get("guiding", [])

    def merge_duplicates(self) -> None:
        """Two items of a section that say the same thing become one (the fuller one stays)."""
        for key, items in self.contents.items():
            kept: list[str] = []
            for item in items:
                twin = next((k for k in kept if self._same(k, item)), None)
                if twin is None:
                    kept.append(item)
                    continue
                fuller = max((twin, item), key=lambda t: (bool(re.search(r"\d+\s*月", t)), len(t)))
                kept[kept.index(twin)] = fuller
                self.changes.append(Change("合并重复", f"{twin}\n{item}", fuller, "同一部分中两条内容重复，已合并为一条"))
            self.contents[key] = kept

    def _same(self, a: str, b: str) -> bool:
        similarity = _bigram_similarity(re.sub(r"\W", "", a), re.sub(r"\W", "", b))
        if similarity >= _DUPLICATE:
            return True
        words = {w for kind in self.composer.taxonomy.kinds for w in kind.keywords if len(w) >= 2}
        return similarity >= _SAME_TOPIC and any(w in a and w in b for w in words)

    def add_highlights_and_focus(self) -> None:
        """This year's highlights and focus areas, written into the sections of last year's plan they belong to
        (a section last year's plan lacks is composed whole, with them in it)."""
        for key, items in self.contents.items():
            if key not in self.writer.library.counts or key in ("goals", "safeguards"):
                continue
            measures, _, _ = self.writer.highlight_measures(key, 0)
            focus, _ = self.writer.focus_measures(key, items + measures, 0)
            for text, kind in [(m, "新增工作亮点") for m in measures] + [(f, "新增工作重点") for f in focus]:
                if any(_bigram_similarity(text, i) >= 0.5 for i in items):
                    continue
                items.append(text)
                title = self.structure.section(key).title
                self.changes.append(Change(kind, "", text, f"按今年的学校信息写入“{title}”"))

    def table(self) -> list[ScheduleItem]:
        """Last year's rows revised (one activity per row, who leads and takes part set from the activity), this
        year's highlights added, and the months last year's table left empty filled from the union calendar."""
        rows: list[ScheduleItem] = []
        for line in self.table_lines:
            cells = [c.strip() for c in line.strip("|").split("|")]
            if len(cells) < 2 or not _SCHEDULE_ROW.match(cells[0]):
                continue
            month = int(re.match(r"\d+", cells[0]).group(0))
            lead = cells[2] if len(cells) > 2 and cells[2] else _GENERIC_ROLES[0]
            part = cells[3] if len(cells) > 3 and cells[3] else _GENERIC_ROLES[1]
            for piece in re.split(r"[；;]", cells[1]):
                activity = self.reviser.paragraph(piece.strip()) if piece.strip() else None
                if activity:
                    rows.append(ScheduleItem(month, activity.rstrip("。"), lead, part))
        rows = self._roles(rows)
        months = set(self.writer.wording.months)
        rows = [r for r in rows if r.month in months]
        calendar = [(k, i) for k, i in self.schedule.calendar_rows() if i.month not in {r.month for r in rows}]
        new = self.schedule.highlight_rows(calendar)
        if new:
            self.changes.append(Change("新增工作亮点", "", "；".join(f"{r.month}月 {r.activity}" for r in new),
                                       "今年的工作亮点已写入月度工作安排"))
        if calendar:
            filled = "、".join(f"{m}月" for m in sorted({i.month for _, i in calendar}))
            self.changes.append(Change("补充安排", "", "；".join(f"{i.month}月 {i.activity}" for _, i in calendar),
                                       f"上一年度计划的月度表缺少{filled}的安排，已按工会工作日历补充"))
        return self.schedule.ordered(self.schedule.distinct(rows + new + [i for _, i in calendar]))

    def _roles(self, rows: list[ScheduleItem]) -> list[ScheduleItem]:
        generic = sum((r.lead, r.participants) == _GENERIC_ROLES for r in rows)
        if not rows or generic * 2 <= len(rows):
            return rows
        out, changed = [], 0
        for row in rows:
            roles = roles_for(row.activity, self.composer.classifier, self.writer.wording)
            if roles and (row.lead, row.participants) == _GENERIC_ROLES and roles != _GENERIC_ROLES:
                row = replace(row, lead=roles[0], participants=roles[1])
                changed += 1
            out.append(row)
        if changed:
            self.changes.append(Change("月度表", "各行负责：工会委员会；参与：全体教职工",
                                       f"{changed}行的负责人和参与人员按活动内容填写",
                                       "月度表的负责/参与原先每行都一样，已按活动设定（如三八节由女职工组织负责、女教职工参与）"))
        return out

    def plan(self) -> Plan:
        structure = self.structure
        plan = Plan.empty(self.profile, structure)
        order = [k for k in self.contents if k in structure.keys()]
        plan.sections = {k: plan.sections[k] for k in _merge_order(order, list(plan.sections), structure)}
        used: list[str] = []
        for key, draft in plan.sections.items():
            draft.title = self.composer.section_title(self.profile, key)
            if structure.is_container(key):
                continue
            paragraphs = self.contents.get(key, [])
            if key == "guiding" and paragraphs and not any("习近平新时代中国特色社会主义思想" in p for p in paragraphs):
                fresh = self.composer.compose_section(self.profile, key, with_sources=False).paragraphs
                self.changes.append(Change("表述更新", "\n".join(paragraphs), "\n".join(fresh), "指导思想缺少现行提法，已按计划年度改写"))
                paragraphs = fresh
            if not paragraphs and key != "schedule":
                proposal = self.composer.compose_section(self.profile, key, exclude=used, with_sources=False)
                paragraphs = proposal.paragraphs
                notes = "".join(n for n in proposal.notes if "亮点" in n or "重点" in n)
                self.changes.append(Change("补充章节", "", draft.title,
                                           f"上一年度计划没有“{draft.title}”部分，已按计划结构补写。{notes}"))
            elif draft.parent and len(paragraphs) < _THIN:
                extra = self.composer.compose_section(self.profile, key, exclude=used + paragraphs, with_sources=False)
                added = [p for p in extra.paragraphs if not any(self._same(p, q) for q in paragraphs)]
                added = added[: _THIN + 1 - len(paragraphs)]
                paragraphs = paragraphs + added
                if added:
                    self.changes.append(Change("补充措施", "", "\n".join(added),
                                               f"上一年度计划“{draft.title}”只有{len(paragraphs) - len(added)}条，已补充常规措施"))
            if key == "schedule" and not paragraphs:
                paragraphs = [self.writer.schedule_intro()]
            paragraphs = unique_sentences(paragraphs, used)
            plan.set_section(key, paragraphs, status="proposed", numbered=True if key in ("goals", "safeguards") else None)
            used += paragraphs
        rows = self.table()
        if len(rows) >= 3:
            plan.set_schedule(rows)
        else:
            plan.set_schedule(self.composer.compose_schedule(self.profile))
            self.changes.append(Change("补充章节", "", "月度工作安排", "上一年度计划没有逐月安排，已按学校工作日历补写"))
        self._title_and_signature()
        return plan

    def _title_and_signature(self) -> None:
        p = self.profile
        if self.parsed.title and self.parsed.title != p.plan_title:
            self.changes.insert(0, Change("年份更新", self.parsed.title, p.plan_title, "标题按学校信息和计划期间更新"))
        before = "\n".join(self.parsed.signature)
        after = f"{p.union_name}\n{p.sign_date}"
        if before != after:
            self.changes.append(Change("落款", before, after, f"落款日期改为计划期间开始时的工作日（{p.sign_date}）"))


def update_from_previous(text: str, profile: Profile, composer: Composer) -> tuple[Plan, list[Change]]:
    """Last year's plan (already read to text) brought up to date for `profile`, and what was changed."""
    update = _Update(normalize(text), profile, composer)
    update.read()
    update.merge_duplicates()
    update.add_highlights_and_focus()
    plan = update.plan()
    return plan, update.changes


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


__all__ = ["Change", "previous_year", "update_from_previous"]
