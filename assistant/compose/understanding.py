"""A school's highlights and focus areas understood for one plan: the kind of each (and so its sections), its months
in the plan's period, and its words as the plan writes them."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from assistant.compose.concern import concern, word_rarity
from assistant.compose.focus import FocusMatcher, FocusTopic, common_word_edge, condition_words
from assistant.compose.highlights import Classifier, Phrase, Placement, complaint_quote, phrase, plain, story_phrase
from assistant.compose.timing import Timing, timing
from assistant.domain.profile import Profile
from assistant.index.segmentation import pos_tokenizer

# Nouns every complaint of a school has: they say who, not what the complaint is about.
_EVERYONE = frozenset({"老师", "教师", "教职工", "职工", "学生", "孩子", "家长", "学校", "工会", "领导", "同事", "大家"})
_SHORT_FOCUS = 12  # characters up to which a focus reads as a name for the area rather than as a complaint
_FOCUS_FLOOR = 0.5  # below this a focus is treated as a free-standing area with the generic concrete measures
# Keywords that say who (年轻老师, 生活老师, 班主任) are not what a complaint is about (as focus.py weighs them), and a
# complaint names its concern in a few words: at most this many of them are carried into its measures.
# (中层, 干部, 领导: ranks of a school's staff, who they are, not what is wrong)
# (高三, 初三, 毕业班: the grade they teach says whose complaint it is)
_WHO = re.compile(r"(?:教师|老师|教职工|职工|人员|员|主任|教工|师傅|阿姨|同事|同志|中层|干部|领导|^[高初][一二三]|毕业班|毕业年级)$")
# A keyword that ends in the 得 of a complement still to come (晒得, 累得: 补语, 《现代汉语八百词》) or an aspect particle
# (忙着, 熬了) finds a complaint but names nothing: "教职工反映的晒得问题" is no name, so it is not carried into the measures.
# A phrase led by a preposition (跟孩子说: 介词短语) or holding 的 (心里的苦) describes rather than names, alike, as does
# a verb with an aspect particle inside (踩着桌子) or a directional complement (摔下来: 趋向补语, 《现代汉语八百词》),
# and a wish (想改行, 要调走: 助动词 想/要 + a verb) says what the staff would do, not what troubles them.
# A phrase led by a negation or by fear (不敢生, 没对象, 怕生孩子: 否定副词 不/没, 《现代汉语八百词》) says what the staff do
# not do, which names no thing either ("教职工反映的不敢生问题").
_DESCRIBING = re.compile(r"的|[得着了]$|^[跟和给对向不没怕想要]|(?<=[\u4e00-\u9fff])着(?=[\u4e00-\u9fff])|(?:下来|上去|起来|下去|过来|出来)$")
# A body part said with how it hurts (嗓子疼, 眼睛酸, 头晕: a symptom, 《现代汉语词典》 疼, 酸, 晕) is what a trouble does to the
# staff, not the trouble.
_SYMPTOM = re.compile(r"[\u4e00-\u9fff][疼痛痒酸肿胀晕麻]$")
# A degree complement inside a word jieba glued (冻得手脚发麻, 累得直不起腰): how bad it is, not what it is.
_DEGREE = re.compile(r"[\u4e00-\u9fff]得[\u4e00-\u9fff]|得$")
_OWN_WORDS = 3
_TOLD_IN_WORDS = 3


@dataclass(frozen=True)
class Highlight:
    """One highlight of the school: what the user wrote, where it goes, when, and how the plan names it."""

    text: str
    placement: Placement
    timing: Timing
    phrase: Phrase

    @property
    def kind(self):
        return self.placement.kind

    @property
    def sections(self) -> tuple[str, ...]:
        return self.placement.kind.sections

    @property
    def terms(self) -> tuple[str, ...]:
        """Words that mark this highlight in a sentence (its kind's keywords found in it)."""
        return self.placement.terms


@dataclass(frozen=True)
class FocusArea:
    """One area the school wants to stress: its kind when one fits well, and its words."""

    text: str
    placement: Placement
    words: str  # the area in plain formal words (the topic's name when a topic fits)
    topic: FocusTopic | None = None  # knowledge/focus_topics.yaml: its name, section and concrete measures
    concern: tuple[str, ...] = ()  # the nouns a complaint is about, when words are the name the plan gave it
    # The complaint's own words for its concern that the matched topic also uses (头盔 of a complaint served by
    # 教职工通勤与交通安全): the topic's measures carry them, so the school finds its own word in its answer.
    own: tuple[str, ...] = ()
    usual: str = ""  # the complaint in the keywords' forms (FocusMatcher.in_forms), for choosing the topic's measures
    # A long complaint whose words neither name a concern nor meet the topic's keywords (累倒在讲台上 served by the
    # graduating classes' topic): the facts it tells, quoted where the plan answers it.
    quoted: str = ""
    also: FocusTopic | None = None  # a second topic the complaint names (FocusMatcher: TopicMatch.also)

    @property
    def named(self) -> bool:
        """True when words are a name the plan gave a complaint's concern (not quoted as the school's own)."""
        return bool(self.concern)

    @property
    def shown(self) -> str:
        """The area as a sentence names it: the school's own words in quotes, a name given to a concern as it is."""
        return self.words if self.named else f"“{self.words}”"

    @property
    def known(self) -> bool:
        """True when a kind of the taxonomy fits the area (its measures are then the kind's focus measures)."""
        return not self.placement.unsure or self.placement.score >= _FOCUS_FLOOR

    @property
    def section(self) -> str:
        return self.topic.section if self.topic is not None else self.placement.section


@dataclass(frozen=True)
class Understanding:
    highlights: tuple[Highlight, ...]
    focus: tuple[FocusArea, ...]

    @property
    def kinds(self) -> set[str]:
        """Keys of the highlight and focus kinds the school has."""
        return {h.kind.key for h in self.highlights} | {f.placement.kind.key for f in self.focus if f.known}


def understand(profile: Profile, classifier: Classifier, topics: FocusMatcher | None = None) -> Understanding:
    """Classify, date and word every highlight and focus area of the profile (a focus by its topic when one fits)."""
    words = classifier.taxonomy.plain_words
    patterns = classifier.taxonomy.plain_patterns
    highlights = []
    # A highlight told as a story (knowledge/highlights.yaml `shapes`: story) keeps only its clauses in no one's own voice.
    story = next((shape for shape in classifier.taxonomy.shapes if shape.name == "story"), None)
    for text in profile.highlights:
        clean = plain(text, words, patterns)
        when = timing(clean, profile)
        placement = classifier.place(clean)
        said = phrase(when.rest or clean)
        if story is not None and story.fits(when.rest or clean):
            # the teller's 我…, 咋办 are said to the assistant, not written into the plan
            said = story_phrase(when.rest or clean, placement.kind.name)
        highlights.append(Highlight(text, placement, when, said))
    focus = []
    alsos: dict[str, FocusTopic | None] = {}
    for text in profile.focus:
        clean = plain(text, words, patterns)
        rest = timing(clean, profile).rest or clean
        said = phrase(rest)
        area = rest if len(rest) <= 20 else telling_clause(rest).split("（")[0] or said.topic
        # A short focus names an area (班主任减负): the taxonomy's kinds and their focus measures serve it. A long one
        # is usually a complaint (老师嗓子都哑了，咽炎的人越来越多): it is matched to a topic of its own.
        # A short one is matched too when a topic's own words are in it (编外老师待遇 is 编外教职工同工同酬): a topic
        # carries measures for the very concern, a kind only for its broad area.
        long = len(rest) > _SHORT_FOCUS
        found = topics.match(text, profile.kind) if topics is not None else None
        if found is not None and not long and not found.keywords:
            found = None
        if found is not None and long and not found.topic.specific:
            alsos[text] = found.also  # a long complaint may name a second topic too (a named condition is its own)
        if found is not None:
            # A short focus is already a name (编外老师待遇): the plan keeps it, so the school sees its own area. A long
            # complaint about a thing the topic's measures never name (电暖器 for 高温严寒天气劳动保护) is named by that
            # thing (教职工反映的电暖器问题), so the measures read as the answer to this school's concern.
            name = area if not long and len(area) >= 4 else found.topic.name
            # A complaint told in three or more of the topic's own words (老少, 两拨人, 闹别扭) is already about the topic:
            # a noun of its story (校门 of 刚出校门) does not rename it.
            # So is one whose topic word it says another way (肚子七八个月 is 孕晚期: focus_topics.yaml `read_as`).
            read = topics.read(text)
            told = len(found.keywords) >= _TOLD_IN_WORDS or any(k not in text and k in read for k in found.keywords)
            said = concern(rest, classifier.likeness, _stop(topics), written=text) if long and not told else None
            if said is not None:  # 冻得 finds a complaint but names nothing ("教职工反映的冻得问题")
                nouns = tuple(n for n in said.nouns if not _DESCRIBING.search(n) and not _DEGREE.search(n)
                              and (found.topic.specific or n not in condition_words().body_parts)
                              and not _only_where(n, rest)
                              and not any(_across(n, k, rest) for k in _terms_in(topics, rest)))
                said = replace(said, nouns=nouns) if nouns else None
            if said is not None and any(n in k and n != k for n in said.nouns for k in found.keywords):
                said = None  # the concern is a piece of the topic's own word (惠民 of 惠民保): the word names it
            if said is not None and any(n in found.topic.name and n != found.topic.name for n in said.nouns):
                said = None  # ... or of the topic's name (教代会 of 教代会代表构成): the name says more
            if said is not None and not found.topic.specific:
                # an ailment the topic's matter causes (头疼, 嗓子疼 of smoke in the office) names nothing the topic does
                # not, unless the topic is about it (中暑 of heat): the concern is the rest, and nothing when the rest is
                # the topic's own word (烟瘾)
                kept = tuple(n for n in said.nouns if n in found.keywords
                             or not condition_words().named(n) and not _SYMPTOM.search(n))
                if kept != said.nouns:
                    said = replace(said, nouns=kept) if kept and not set(kept) <= set(found.keywords) else None
            if said is not None and not any(n in m for n in said.nouns for m in found.topic.measures):
                # (a named condition is served by its name: its story, 嗡嗡, is not quoted)
                quoted = "" if found.topic.specific else complaint_quote(timing(text, profile).rest or text)
                focus.append(FocusArea(text, classifier.place(clean), said.name, found.topic, concern=said.nouns,
                                       quoted=quoted))
            else:
                # (not for a named condition: its measures name it, and its everyday words are the story: 嗡嗡)
                plain_words = long and not found.topic.specific
                # (a one-character keyword such as 熏 finds a complaint but names nothing)
                naming = [w for w in found.keywords if len(w) > 1 and not _WHO.search(w) and not _DESCRIBING.search(w)
                          and w not in topics.telling]
                own = tuple(naming[:_OWN_WORDS]) if plain_words else ()
                quoted = complaint_quote(timing(text, profile).rest or text) if plain_words and not own else ""
                focus.append(FocusArea(text, classifier.place(clean), name, found.topic, own=own, quoted=quoted))
        elif long and (found_concern := concern(rest, classifier.likeness, _stop(topics), requests=True,
                                                written=text)) is not None:
            # A complaint no topic serves is named by what it is about (教职工反映的痔疮问题), not by a clause of it;
            # a condition no topic lists (带状疱疹) is served as the listed ones are, under its own name.
            sick = topics.condition(found_concern.nouns[0]) if topics is not None else None
            quoted = "" if sick is not None else complaint_quote(timing(text, profile).rest or text)
            focus.append(FocusArea(text, classifier.place(clean), found_concern.name, sick, concern=found_concern.nouns,
                                   quoted=quoted))
        else:
            focus.append(FocusArea(text, classifier.place(clean), area))
    if topics is not None:
        focus = [replace(area, usual=topics.in_forms(area.text),
                         also=alsos.get(area.text) if area.topic is not None else None)
                 for area in focus]
    return Understanding(tuple(highlights), tuple(focus))


# A noun said only as where something happened (累倒在办公桌前, 摔在楼梯上: 在 + place + 方位词, 《现代汉语八百词》 在)
# tells the scene, not the trouble.
_WHERE = r"(?:在|到|于)[^，。；！？,]{{0,4}}?{noun}(?:前|后|上|下|里|内|外|旁|边|跟前|附近)"


def _terms_in(topics: FocusMatcher, text: str) -> set[str]:
    """The keywords of any focus topic the text holds (回南天): a noun cut across one of them is a fragment."""
    return {k for t in topics.topics for k in t.keywords if len(k) >= 2 and k in text}


def _across(noun: str, keyword: str, text: str) -> bool:
    """True when a mention of `noun` overlaps a mention of `keyword` without either holding the other.
    >>> _across("南天一", "回南天", "开春后回南天一来，墙面直冒水")
    True
    >>> _across("车位", "校车", "学校车位只有三十个")
    False
    """
    # a keyword whose edge is half of a common word is no mention of it (校车 in 学校车位: 学校|车位)
    spans = [(m.start(), m.end()) for m in re.finditer(re.escape(keyword), text)
             if not common_word_edge(text, m.start(), m.end())]
    for m in re.finditer(re.escape(noun), text):
        for a, b in spans:
            if m.start() < b and a < m.end() and not (a <= m.start() and m.end() <= b) and not (
                    m.start() <= a and b <= m.end()):
                return True
    return False


def _only_where(noun: str, text: str) -> bool:
    """True when every mention of `noun` in the complaint is the place where something happened.
    >>> _only_where("办公桌", "有老师累倒在办公桌前，高三组天天熬到半夜")
    True
    >>> _only_where("电暖器", "电暖器不够用，办公室太冷")
    False
    """
    places = len(re.findall(_WHERE.format(noun=re.escape(noun)), text))
    return places > 0 and places == text.count(noun)


def _stop(topics: FocusMatcher | None) -> frozenset[str] | None:
    return topics.concern_stop if topics is not None else None


def telling_clause(text: str) -> str:
    """The clause of a long complaint that says what it is about: the one naming the rarest thing (a noun by jieba's
    word frequencies: 胃溃疡, 尿路感染, 网贷 — not 老师 or a time), the first on a tie."""
    clauses = [c.strip() for c in re.split(r"[，,；;。！!？?]", text) if c.strip()]
    if not clauses:
        return text

    def rarity(clause: str) -> float:
        nouns = [pair.word for pair in pos_tokenizer().lcut(clause)
                 if pair.flag.startswith(("n", "vn")) and not pair.flag.startswith(("nr", "ns", "nt"))
                 and len(pair.word) >= 2 and pair.word not in _EVERYONE]
        return max((word_rarity(w) for w in nouns), default=0.0)

    return max(clauses, key=lambda c: (rarity(c), -clauses.index(c)))
