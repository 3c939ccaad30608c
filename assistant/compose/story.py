"""How a plan names a highlight told as a story.

A union chair types a highlight the way she would tell it to a colleague: "图书室那台空调坏了一个多月，里面闷得慌，
总务处说下周来修，又不知道能不能修好". A plan keeps the facts of it (the air conditioner, how long it has been broken,
the promised repair) and leaves out how it felt (闷得慌), what the teller wonders (能不能修好), the comparisons and the
venting; what the teller asks about (这算不算工伤) or for (给配个校医行不行) is kept as a short phrase (涉及工伤,
争取校医), since it says what the union is to take up.

Each clause of the story (in plain formal words already) is one of:
- said to the listener or in the teller's own voice (我…, 咋办, 你说): left out, unless it asks about or for something;
- venting: a feeling, a verdict, a degree complement (冰得扎手, 虚得很), a simile (跟蒸笼似的), an idiom (杯水车薪)
  or a sound (咯噔): left out;
- a fact: kept, in the order told.
The markers are data (knowledge/highlights.yaml `story_voice`, with where each comes from); the parts of speech
come from jieba.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from assistant.domain.data import read_yaml
from assistant.index.segmentation import pos_tokenizer

DEFAULT_PATH = Path(__file__).resolve().parents[2] / "knowledge" / "highlights.yaml"
_CLAUSES = re.compile(r"[，,；;。！!？?]")
_NAME_MIN, _NAME_MAX = 4, 24
# jieba's tags for a sound (咯噔), an interjection (哎) and a modal particle (呐, 嘛). Not its idiom tag: it gives it to
# 孤独症, 放寒假 and to idioms that tell facts (一口咬定); the idioms of venting are listed in the data.
_VENTING_TAGS = ("o", "e", "y")
# Words ending in 得 that are verbs of their own (获得, 值得, 觉得 …), not a verb or adjective with 得 before its
# complement of degree (冻得, 挤得: 《现代汉语八百词》 得 ② 用在动词、形容词后, 连接表示程度的补语).
_OWN_DE = frozenset("获得 取得 赢得 博得 记得 觉得 值得 使得 懂得 显得 难得 舍得 晓得 免得 省得 落得 只得 不得 非得 "
                    "须得 应得 所得 心得 得到 懒得 巴不得 怪不得 舍不得 认得 求得 习得 来得及 不见得".split())


@dataclass(frozen=True)
class StoryVoice:
    """The markers of a story's clauses that are not facts (knowledge/highlights.yaml `story_voice`)."""

    feelings: tuple[str, ...]
    venting: re.Pattern
    listener: re.Pattern
    asked_about: tuple[re.Pattern, ...]  # each names its group 'thing' (tried in order)
    asked_for: tuple[re.Pattern, ...]  # each names its group 'rest'
    demonstratives: re.Pattern
    openers: re.Pattern

    def vents(self, clause: str, opening: bool = False) -> bool:
        """True when the clause tells how it felt, not what happened. A story's opening clause is what it is about:
        there only a feeling, a comparison, an idiom or a sound make it venting, not a complement of degree alone
        (镇上的龙舟赛办得热闹 names the race)."""
        if self.venting.search(clause) or any(word in clause for word in self.feelings):
            return True
        pairs = pos_tokenizer().lcut(clause)
        for at, pair in enumerate(pairs):
            if pair.flag in _VENTING_TAGS:
                return True
            if opening:
                continue
            if pair.word == "得" and at > 0 and _degree(pairs, at):
                return True  # 虚得很, 受得了: a complement of degree (not 都得站岗, 教师得跑: "must")
            if "得" in pair.word[1:] and not any(own in pair.word for own in _OWN_DE):
                return True  # 冻得人直打颤, 挤得与…似的, 闷得慌 (jieba keeps some as one word)
        return False

    def asked(self, clause: str) -> str | None:
        """What a clause said to the listener asks about (涉及工伤) or for (争取工勤人员), or None."""
        for pattern in self.asked_about:
            about = pattern.search(clause)
            if about:
                return f"涉及{about.group('thing')}"
        thing = self.wanted(clause)
        return f"争取{thing}" if thing else None

    def wanted(self, clause: str) -> str:
        """The thing a request clause asks for (能不能请卫生院开个挂号专窗 → 挂号专窗), or what it asks to be done for
        someone (能否给这些教师调课、少排两节 → 为这些教师调课、少排两节), or ''."""
        for pattern in self.asked_for:
            found = pattern.search(clause)
            if found is None:
                continue
            done = _done_for(found.group("rest"))  # 给这几位教师少排晚自习: what is to be done for them
            if done:
                return done
            thing = _last_noun(found.group("rest"))
            if thing:
                return thing
            # what is to be done (调课、少排两节; 学费按职工子女优惠): for whom, else the request without its asking word
            # (only a thing asked about before the asking word: 保育费能否…, not 又不知道能不能修好)
            subject = clause[: found.start()].strip()
            named = all(p.flag.startswith(_NOUN_TAGS) for p in pos_tokenizer().lcut(subject))
            whole = (subject + found.group("rest")).strip("，。；？?！! ")
            action = whole if named and 4 <= len(whole) <= _ACTION_MAX else ""
            if action:
                return action
        return ""


def requested(text: str, voice: StoryVoice | None = None) -> str:
    """The thing a text asks for in any of its clauses, or ''."""
    voice = voice or load_voice()
    return next((thing for clause in _CLAUSES.split(text) if (thing := voice.wanted(clause.strip()))), "")


def parse_voice(data: dict) -> StoryVoice:
    raw = data.get("story_voice") or {}

    def either(key: str) -> re.Pattern:
        return re.compile("|".join(f"(?:{p})" for p in raw.get(key) or ()) or r"(?!x)x")

    def each(key: str) -> tuple[re.Pattern, ...]:
        return tuple(re.compile(str(p)) for p in raw.get(key) or ())

    return StoryVoice(tuple(str(w) for w in raw.get("feelings") or ()), either("venting"), either("listener"),
                      each("asked_about"), each("asked_for"), either("demonstratives"),
                      either("openers"))


@functools.lru_cache(maxsize=4)
def load_voice(path: str | None = None) -> StoryVoice:
    return parse_voice(read_yaml(path or DEFAULT_PATH))


# 得 after an adverb (都得站岗, 还得自己掏) or a subject (教师得跑) reads "must" and opens a verb; after a verb or an
# adjective it links a complement of degree (受得了, 冻得发抖), and a degree word after it (虚得很, 累得不行) makes it one
# whatever comes before (《现代汉语八百词》 得 děi, de).
_MUST_BEFORE = frozenset("都 全 均 还 就 也 又 总 才 只 非 必须 仍".split())
_DEGREE_AFTER = frozenset("很 要命 不行 慌 厉害 多 够呛 不得了".split())


def _degree(pairs, at: int) -> bool:
    """True when the 得 at `at` links a verb or adjective to a complement of degree (虚得很, 受得了), not "must" after
    an adverb or a subject (都得站岗, 教师得跑, 一个得鼻饲)."""
    after = pairs[at + 1].word if at + 1 < len(pairs) else ""
    if after in _DEGREE_AFTER:
        return True
    before = pairs[at - 1]
    return before.flag.startswith(("v", "a")) and before.word not in _MUST_BEFORE


# Nouns that end a request (…报大病救助, …派个校医来, …开个挂号专窗): jieba's noun tags, with 'vn' (救助) and 'j'.
_NOUN_TAGS = ("n", "vn", "nz", "j")
_NOT_NOUN_TAGS = ("nr", "ns", "nt")


# A request to do something for someone (给这些教师调课、少排两节): 给 introduces whom it is done for (为, 公文).
_DONE_FOR = re.compile(r"^(?:给|帮|替|为)(?P<whom>[\u4e00-\u9fff]{1,8}?(?:教师|老师|教职工|职工|同事|他们|她们|大家|人员))(?P<what>[\u4e00-\u9fff、]{2,12})$")
_ACTION_MAX = 18


def _done_for(rest: str) -> str:
    """为 + whom + what, for a request to do something for someone; '' for another shape.
    >>> _done_for("给这些教师调课、少排两节")
    '为这些教师调课、少排两节'
    """
    m = _DONE_FOR.match(rest.strip())
    if m is None or len(m.group(0)) > _ACTION_MAX:
        return ""
    return f"为{m.group('whom')}{m.group('what')}"


def _last_noun(rest: str) -> str:
    """The run of nouns a request ends with (大病救助, 工勤人员), or ''."""
    pairs = [p for p in pos_tokenizer().lcut(rest) if p.word not in ("来", "去", "吗", "啊", "呀", "了")]
    run: list[str] = []
    for pair in reversed(pairs):
        if pair.flag.startswith(_NOUN_TAGS) and not pair.flag.startswith(_NOT_NOUN_TAGS):
            run.insert(0, pair.word)
        elif run:
            break
        elif pair.flag.startswith(("v", "m", "q", "a")) and pair.word.strip():
            return ""  # the request ends with what is to be done (调课、少排两节), not with a thing
    thing = "".join(run)
    return thing if len(thing) >= 2 else ""


@dataclass(frozen=True)
class StoryClauses:
    facts: tuple[str, ...]
    asked: tuple[str, ...]


def sort_clauses(text: str, own_voice: re.Pattern, voice: StoryVoice | None = None) -> StoryClauses:
    """The story's clauses that state facts (cleaned for a name) and what it asks about or for."""
    voice = voice or load_voice()
    facts: list[str] = []
    asked: list[str] = []
    told = False  # a clause came before (the opening clause says what the story is about)
    for raw in _CLAUSES.split(text):
        said = raw.strip()
        if not said:
            continue
        opening, told = not told, True
        # the teller's opening (我们这要推行…, 咱学校…) leaves the fact it opens
        opened = voice.openers.sub("", said, count=1)
        if opened != said and len(opened) >= _NAME_MIN and not own_voice.search(opened):
            said = opened
        clause = said.rstrip("了啦的")
        if len(clause) < 2:
            continue
        if own_voice.search(clause) or voice.listener.search(clause):
            wanted = voice.asked(clause)
            if wanted and wanted not in asked:
                asked.append(wanted)
            continue
        if voice.vents(said, opening=opening):
            continue
        clause = voice.demonstratives.sub("", clause)
        if len(clause) >= 2:
            facts.append(clause)
    return StoryClauses(tuple(facts), tuple(asked))


def story_name(text: str, own_voice: re.Pattern, voice: StoryVoice | None = None) -> tuple[str, str] | None:
    """A story's topic and detail for the plan: its first fact clause of fitting length (a story opens with what it is
    about) and the other facts and asks, in the order told; None when no clause states a fact a name can be made of."""
    sorted_ = sort_clauses(text, own_voice, voice)
    topic = next((c for c in sorted_.facts if _NAME_MIN <= len(c) <= _NAME_MAX), None)
    if topic is None:
        return None
    detail = [c for c in sorted_.facts if c != topic] + list(sorted_.asked)
    return topic, "，".join(detail)
