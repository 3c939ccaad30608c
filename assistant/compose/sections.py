"""Writing one section for one school: the domain rules' measures, the school's highlights and focus areas in the
sections they belong to, and measures from the library chosen for this school."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

from assistant.compose.concern import word_rarity
from assistant.compose.library import Library, Measure
from assistant.compose.selection import Choice, choose, draw, phrasing, school_seed
from assistant.compose.text import finish_sentence, similarity
from assistant.compose.understanding import FocusArea, Highlight, Understanding
from assistant.compose.wording import Wording
from assistant.domain.profile import Profile
from assistant.domain.structure import Structure
from assistant.domain.text import char_pairs

AREAS = ("democracy", "ethics", "women", "welfare", "culture", "self", "finance", "retirees")
_FOCUS_MEASURES = 2  # concrete measures per focus area, besides the section's own
_QUOTED_LEADS = 2  # measures introduced by the complaint's quoted words before it is called by its name
_TOPIC_MEASURES = 3  # of a focus topic's own measures (knowledge/focus_topics.yaml), which are all concrete
# A measure says when (a period word of the plan, a frequency, a term point) and who acts (a union body or officer).
_WHEN = re.compile(r"\{period_(?:start|end|open)\}|每(?:学期|学年|月|周|季度|年)|学期[初中末]|学年[初末]|期中|期末|开学|当[天周月]|"
                   r"[一二三两]?[日天周个月]内|首[周月]")
_WHO = re.compile(r"工会|委员|小组长|\{women_body\}|联络员")
# Marks of an incident rather than a piece of work: something that happened (了, 过) to someone (一位, 有人 …).
_INCIDENT = re.compile(r"了|过(?![程渡])|[一两几]位|[一两几]名|有人|好几|几个|[得患]病|去世|住院|受伤")
_WORK_NAME = 16  # characters up to which a one-clause highlight names a piece of work (goals line)
_GENERIC_PAIRS = frozenset({"老师", "教师", "教职", "职工", "工会", "学校", "每个", "一个", "我们", "大家"})


@dataclass
class Drafted:
    """A section's paragraphs and what the user should be told about them."""

    paragraphs: list[str]
    notes: list[str] = field(default_factory=list)
    unsure: list[Highlight] = field(default_factory=list)  # highlights placed here by best guess


class SectionWriter:
    """Drafts the sections of one school's plan (deterministic for the school and the variant)."""

    def __init__(self, profile: Profile, structure: Structure, library: Library, understanding: Understanding):
        self.profile = profile
        self.structure = structure
        self.library = library
        self.understanding = understanding
        self.wording = Wording(profile, library)
        self.seed = school_seed(profile)

    # ------------------------------------------------------------------ helpers

    def _render(self, measure: Measure, variant: int) -> str | None:
        for step in range(len(measure.texts)):
            text = self.wording.finish(phrasing(measure, self.seed, variant + step), **self._extra())
            if text is not None and self._in_period(measure):
                return finish_sentence(text)
        return None

    def _in_period(self, measure: Measure) -> bool:
        if measure.months and not set(measure.months) & set(self.wording.months):
            return False
        return not (measure.festival and self.wording.festival_month(measure.festival) is None)

    def _extra(self) -> dict[str, str]:
        focus = [self.wording.own_period(f.shown) for f in self.understanding.focus]
        return {"focus_list": "、".join(focus)}

    def _title(self, key: str) -> str:
        return self.wording.adapt(self.structure.section(key).title)

    def _avoid(self, key: str):
        """A test for sentences that would scatter a highlight into a section where it does not belong."""
        foreign = [t for h in self.understanding.highlights if key not in h.sections for t in h.terms]
        return lambda text: any(t in text for t in foreign)

    # ------------------------------------------------------------------ highlights and focus

    def highlight_measures(self, key: str, variant: int) -> tuple[list[str], list[str], list[Highlight]]:
        """(measures, notes, unsure highlights) for the highlights that belong in this section."""
        measures, notes, unsure = [], [], []
        seen: dict[str, int] = {}  # highlights of one kind in this section take its measures in turn
        for h in self.understanding.highlights:
            if key not in h.sections or key not in h.kind.measures:
                continue
            primary = key == h.sections[0]
            options = h.kind.measures[key]
            if primary and h.timing.when:  # a highlight with a month is written with it
                options = tuple(o for o in options if o.startswith("{when}")) or options
            options = tuple(o for o in options if not self.library.needs_missing(o, self.profile)) or options
            turn = seen[h.kind.key] = seen.get(h.kind.key, -1) + 1
            start = int(draw(self.seed, "highlight", h.kind.key, key) * len(options))
            template = options[(start + turn + variant) % len(options)]
            when = f"{h.timing.when}，" if primary and h.timing.when else ""
            words = self.wording.own_period(h.phrase.full if primary else h.phrase.topic)
            text = self.wording.render(template, h=words, when=when)
            if when and not template.startswith("{when}"):
                text = when + text  # the month comes first in an item, whatever the wording
            measures.append(finish_sentence(text))
            if primary:
                notes.append(f"已写入工作亮点“{h.text}”（按“{h.kind.name}”处理）。")
                if h.timing.outside:
                    notes.append(f"工作亮点“{h.text}”所说的时间不在本计划期间内，已写为相关准备工作，请核实。")
                if h.placement.unsure:
                    unsure.append(h)
        return measures, notes, unsure

    def focus_measures(self, key: str, taken: list[str], variant: int) -> tuple[list[str], list[str]]:
        """At least two concrete measures (who, what, when) for each focus area that belongs in this section."""
        measures, notes = [], []
        used: set[int] = set()  # generic wordings already given to another area of this section
        for area in self.understanding.focus:
            if area.section != key:
                continue
            chosen = self._focus_for(area, taken + measures, variant, used)
            measures += chosen
            notes.append(f"已为工作重点“{area.text}”写入{len(chosen)}条具体措施。")
        return measures, notes

    def _focus_for(self, area: FocusArea, taken: list[str], variant: int, used: set[int]) -> list[str]:
        """The kind's focus measures that name the area (so a reader sees it), then generic ones naming it."""
        out = self._topic_measures(area, taken, variant)
        if len(out) >= _FOCUS_MEASURES:
            return out
        names = self._naming(area)
        if area.known and area.topic is None:
            pool = [m for m in self.library.focus_measures(area.placement.kind.key, self.profile)
                    if any(names(t) for t in m.texts)]
            picks = choose(pool, _FOCUS_MEASURES, self._render, profile=self.profile, kinds=set(), taken=taken,
                           variant=variant)
            out = [c.text for c in picks if names(c.text)]
        return out + self._generic(area, taken + out, _FOCUS_MEASURES - len(out), variant, used)

    def _generic(self, area: FocusArea, taken: list[str], count: int, variant: int, used: set[int]) -> list[str]:
        """Concrete measures (who acts, what is done, when) built from the area's own words, for an area no topic
        or kind serves. Two areas of one section never share a wording: the texts would differ only in the area's
        words, so each takes wordings the other has not used, and likeness is judged without the area's words."""
        generic = self.library.focus_generic
        if not generic or count <= 0:
            return []
        start = int(draw(self.seed, "focus", area.text) * len(generic)) + variant
        focus = self.wording.own_period(area.words)
        order = [(start + i) % len(generic) for i in range(len(generic))]
        order = [i for i in order if i not in used] + [i for i in order if i in used]
        out: list[str] = []
        for i in order:
            if len(out) >= count:
                break
            text = self.wording.finish(generic[i], focus=focus)
            if text and area.named:
                text = text.replace(f"“{focus}”", focus)  # a name the plan gave the concern is not the school's quote
            bare = text.replace(focus, "").replace("“”", "") if text else ""
            if text and not any(similarity(bare, t) >= 0.45 for t in taken + out):
                out.append(finish_sentence(text))
                used.add(i)
        return out

    def _take(self, texts: list[str], taken: list[str], count: int, named, **extra: str) -> list[str]:
        """Up to `count` of the texts, filled for the school, in order, none close to what the plan already says;
        `named` turns a filled text into one that names its focus area."""
        out: list[str] = []
        for raw in texts:
            if len(out) >= count:
                break
            text = self.wording.finish(raw, **extra)
            if text and not any(similarity(text, t) >= 0.45 for t in taken + out):
                # (the lead naming the area is the user's words: put in the school's kind of words too, 幼儿 not 学生)
                out.append(finish_sentence(self.wording.adapt(named(text))))
        return out

    def _topic_measures(self, area: FocusArea, taken: list[str], variant: int) -> list[str]:
        """Concrete measures of the area's topic (knowledge/focus_topics.yaml), drawn per school and variant."""
        if area.topic is None or not area.topic.measures:
            return []
        topic = area.topic
        start = int(draw(self.seed, "focus", area.text) * len(topic.measures)) + variant * _TOPIC_MEASURES
        drawn = [topic.measures[(start + i) % len(topic.measures)] for i in range(len(topic.measures))]
        drawn = [m for m in drawn if not self.library.needs_missing(m, self.profile)]  # no canteen: no canteen days
        # A complaint of one season is not answered by the topic's measures for another (a winter without heating by
        # the summer's cool drinks): knowledge/measures.yaml `season_words`.
        said_when = self._season_months(area.text)
        if said_when:
            drawn = [m for m in drawn if not (months := self._season_months(m)) or months & said_when]
        # The measures that take up the user's own words (粉尘 of "车间里粉尘多") come first; among equals, those that
        # say when and who (a reader can check them).
        # A word most of the topic's measures share (宿舍 for the housing topic) says little about which of them
        # answer the complaint; one that few share (梅雨 of a damp-room complaint) says much: each shared pair of
        # characters weighs by how rare it is among the topic's measures (inverse document frequency).
        # (the complaint also in the keywords' forms, knowledge/focus_topics.yaml `match_forms`: 睡不够 is 睡眠不足)
        said = (char_pairs(area.text) | char_pairs(area.usual or area.text)) - _GENERIC_PAIRS
        spread = Counter(pair for m in drawn for pair in char_pairs(m))
        rarity = {pair: math.log((1 + len(drawn)) / (1 + spread[pair])) for pair in said}
        texts = sorted(drawn, key=lambda m: (-round(sum(rarity[p] for p in said & char_pairs(m)), 6),
                                             not (_WHEN.search(m) and _WHO.search(m))))
        names = self._naming(area)
        # A measure that does not name the area is introduced by it, so a reader sees which focus it serves.
        # ... a concern the school reported in words that vary from one measure to the next, as a writer would
        # (knowledge/measures.yaml focus_leads: 针对/为回应 a problem); an area named as a goal is worked 围绕.
        leads = iter((self.library.focus_leads if area.named or area.own or area.quoted
                      else self.library.focus_leads[:1]) * _TOPIC_MEASURES)
        lead_words = area.words
        if area.quoted:
            # the complaint's own facts, quoted: every measure answers them (the topic's measures never say them);
            # a concern the plan named keeps its name after them
            names = lambda text: False  # noqa: E731
            quote = self.wording.adapt(area.quoted)
            lead_words = (f"教职工反映的“{quote}”等{'、'.join(area.concern)}问题" if area.named
                          else f"教职工反映的“{quote}”等情况")
        if area.own and not area.named:
            # a complaint's own words the topic shares (头盔, 公众号) name it in every measure, as the school said it;
            # a measure names it by the most specific of them: the word fewest of the topic's measures say (晚饭 of a
            # complaint saying 食堂 and 晚饭, not 食堂, which most of the canteen topic's measures say), the rarer word
            # on a tie; a measure without it is introduced by them all
            specific = min(area.own, key=lambda w: (sum(w in m for m in topic.measures), -word_rarity(w)))
            names = lambda text: specific in self.wording.render(text)  # noqa: E731
            lead_words = f"教职工反映的{'、'.join(_lead_words(area))}问题"
        # the quote introduces the first two measures; a concern the plan named is then called by its name alone
        short = f"教职工反映的{'、'.join(area.concern)}问题" if area.quoted and area.named else lead_words
        led = iter([lead_words] * _QUOTED_LEADS + [short] * (2 * _TOPIC_MEASURES))
        out = self._take(texts, taken, _TOPIC_MEASURES,
                         lambda t: t if names(t) else next(leads).format(focus=next(led)) + t)
        if area.also is not None:
            # one measure of the second topic the complaint names, for the part the first topic's measures miss
            second = [area.also.measures[(start + i) % len(area.also.measures)] for i in range(len(area.also.measures))]
            second = [m for m in second if not self.library.needs_missing(m, self.profile)]
            second.sort(key=lambda m: -len(said & char_pairs(m)))  # the one closest to the complaint's words first
            if said_when:  # (a winter measure still answers a complaint of 腊月 when none is of that month)
                second = [m for m in second if not (months := self._season_months(m)) or months & said_when] or second
            out += self._take(second, taken + out, 1, lambda t: next(leads).format(focus=next(led)) + t
                              if area.quoted or area.named or area.own else t)
        return sorted(out, key=self._when_in_period)  # what is done at the start is told first, the end last

    def _season_months(self, text: str) -> set[int]:
        """The months a text's season words point to (入冬 → 10–11, 高温 → 6–9; knowledge/measures.yaml)."""
        return {m for word, months in self.library.season_words.items() if word in text for m in months}

    def _when_in_period(self, text: str) -> int:
        """0 for a measure said of the period's start (学期初…), 2 of its end (学期末…), 1 otherwise."""
        period = self.wording.period
        started = period.start_word in text or period.open_word in text
        return 0 if started else 2 if period.end_word in text else 1

    def _naming(self, area: FocusArea):
        """A test whether a sentence names the focus area: one of its own two-character words (not 教师, 工作 …)."""
        if area.named:  # a complaint's concern is named by its own nouns (网贷), not by who it is about
            return lambda text: any(noun in self.wording.render(text) for noun in area.concern)
        if area.topic is not None and not area.own and area.words != area.topic.name:
            # the school's own name for an area (会员实名制管理) is named whole: a measure on a part of it (会员信息)
            # is introduced by the name, so the school finds its area as it wrote it
            return lambda text: area.words in self.wording.render(text)
        stop = set(self.library.focus_generic_words)
        grams = {area.words[i : i + 2] for i in range(len(area.words) - 1)} - stop
        grams = {g for g in grams if not set(g) & set("的和与及了在")}
        grams |= set(area.placement.terms)
        return lambda text: any(g in self.wording.render(text) for g in grams)

    # ------------------------------------------------------------------ sections

    def area(self, key: str, variant: int, taken: list[str]) -> Drafted:
        """One area of 主要工作: rules, highlights, focus, then library measures for this school."""
        required = self._required(key, variant)
        highlights, notes, unsure = self.highlight_measures(key, variant)
        focus, focus_notes = self.focus_measures(key, taken + required + highlights, variant)
        fixed = required + highlights + focus
        # The school's own items already speak for their kinds here: the library's measures of those kinds would
        # only repeat them, and a section full of the school's own items needs fewer general ones.
        present = {h.kind.key for h in self.understanding.highlights if key in h.sections}
        present |= {f.placement.kind.key for f in self.understanding.focus if f.known and f.section == key}
        pool = [m for m in self.library.measures(key, self.profile) if not set(m.tags) & present]
        count = max(2, self.library.counts.get(key, 4) - max(0, len(highlights) + len(focus) - 1))
        picks = choose(pool, count, self._render, profile=self.profile, kinds=self.understanding.kinds - present,
                       taken=taken + fixed, variant=variant, avoid=self._avoid(key))
        return Drafted(fixed + [c.text for c in picks], notes + focus_notes, unsure)

    def _required(self, key: str, variant: int) -> list[str]:
        """Required measures (domain rules): per need the first that applies and fits the period."""
        out, needs = [], set()
        for measure in self.library.required_for(key, self.profile):
            need = measure.need or measure.id
            if need in needs:
                continue
            text = self._render(measure, variant)
            if text:
                out.append(text)
                needs.add(need)
        return out

    def goals(self, variant: int, taken: list[str]) -> Drafted:
        picks = self._pick("goals", variant, taken)
        extra = []
        if self.understanding.highlights:
            # A short highlight is the name of a piece of work (冬季教师宿舍供暖改造) and the goal names it so. A longer
            # one is an incident or a complaint told in sentences (数学组一位老师查出重病，…), which no goal names: it
            # is named by its kind (困难与大病帮扶); the highlight itself is written out in its section.
            names = [h.phrase.topic if _names_work(h) else re.sub(r"（[^（）]*）$", "", h.kind.name)
                     for h in self.understanding.highlights]
            named = self.wording.own_period("、".join(list(dict.fromkeys(names))[:4]))
            extra.append(f"重点工作取得实效：围绕{named}等重点工作，工会组织动员、服务保障到位，圆满完成承担的各项任务。")
        return Drafted([self.wording.adapt(t) for t in extra] + [c.text for c in picks])

    def safeguards(self, variant: int, taken: list[str]) -> Drafted:
        pool = [m for m in self.library.measures("safeguards", self.profile) if m.id != "p_focus"]
        focus = [m for m in self.library.sections.get("safeguards", ()) if m.id == "p_focus"]
        head = [t for m in focus if self.understanding.focus for t in [self._render(m, variant)] if t]
        count = self.library.counts.get("safeguards", 4)
        picks = choose(pool, count, self._render, profile=self.profile, kinds=self.understanding.kinds,
                       taken=taken + head, variant=variant)
        return Drafted(head + [c.text for c in picks])

    def _pick(self, key: str, variant: int, taken: list[str]) -> list[Choice]:
        return choose(self.library.measures(key, self.profile), self.library.counts.get(key, 4), self._render,
                      profile=self.profile, kinds=self.understanding.kinds, taken=taken, variant=variant)

    def guiding(self, variant: int) -> Drafted:
        parts = self.library.guiding
        middles = parts["middles"]
        kind = self.wording.kind.key
        own = middles.get(kind) or (middles.get("rural") if self.profile.is_rural else None) or middles["default"]
        pick = [
            parts["openings"][(int(draw(self.seed, "open") * len(parts["openings"])) + variant) % len(parts["openings"])],
            own[(int(draw(self.seed, "middle") * len(own)) + variant) % len(own)],
            parts["ends"][(int(draw(self.seed, "end") * len(parts["ends"])) + variant) % len(parts["ends"])],
        ]
        return Drafted([self.wording.render("".join(pick))])

    def schedule_intro(self) -> str:
        return self.wording.render(
            "{period_self}工会主要工作按月安排如下，具体时间可根据{org}工作安排和{upper_union}的部署适当调整。"
        )


def _names_work(highlight: Highlight) -> bool:
    """True for a highlight that is the name of a piece of work: one short clause (6月举办教工气排球赛), not a story
    and not an incident (一位师傅摔断了腿: something that happened to someone)."""
    return (len(highlight.phrase.topic) <= _WORK_NAME and not re.search(r"[，,；;。！？!?]", highlight.text.strip("。"))
            and not _INCIDENT.search(highlight.text))


def _lead_words(area: FocusArea) -> list[str]:
    """The complaint's own words a lead names it by, in the order the school wrote them (午睡、缺觉、睡不够, not the
    order of the topic's keyword list); words the school wrote otherwise (plain words) last."""
    return sorted(area.own, key=lambda w: (area.text.find(w) < 0, area.text.find(w)))
