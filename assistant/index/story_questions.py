"""Story questions: a union chair often tells what happened before asking ("园里有个保育员…园长说…这合法吗？"). The
question's core is the sentence that asks plus the story's telling words; the rest (老师, 学校, 园长说, places, times,
feelings) is context that would dilute the match. How a sentence asks is grammar, not vocabulary, so it is a pattern
here."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.index.lexicon import base_tokenizer
from assistant.index.segmentation import pos_tokenizer

_SENTENCE = re.compile(r"[^。！？!?；;\n]+[。！？!?；;\n]*")
_ASKED = re.compile(r"[？?][\s”\"]*$")
# 好几个老师, 这几天 tell a number, they do not ask one (几 ② 表示不定的数目).
_ASKING = re.compile(
    r"吗|呢|么|[能行该要有算是管对]不[能行该要有算是管对]|可不可以|合法|违法|合规|犯法|咋|怎么|怎样|如何|啥|什么|哪|谁|多少|"
    r"(?<![好这那前后头近没])几[天年个次成]|能否|可否|[不伐]$"
)
STORY_CHARS = 40  # a question this long, with sentences before the one that asks, is told as a story
STORY_COMMON = 3000  # from this frequency in jieba's dictionary a word is everyday language (老师 6415; 违约金 105)
_STORY_TAGS = ("n", "v", "l", "i", "j", "eng")  # what a telling word may be: a thing, an act, an idiom, an abbreviation
_CONTEXT_TAGS = ("nr", "ns", "nt", "vd", "vg")  # names of people, places and organisations tell no rule apart


@dataclass(frozen=True)
class QuestionCore:
    """A question split into the sentences that ask and the story before them, with the story's telling words."""

    asking: str
    story: str = ""
    telling: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        """What to match: the whole question, or for a story the asking sentences and the story's telling words.

        >>> QuestionCore("这样合法吗？", "园里让保育员加班。", ("保育员", "加班")).text
        '这样合法吗？ 保育员 加班'
        """
        return " ".join((self.asking, *self.telling)) if self.story else self.asking


def story_parts(text: str, commas: bool = False) -> tuple[str, str]:
    """(asking, story): the sentences that ask (those ending in a question mark, else the last one that asks, and
    what follows it) and the sentences before; ("text", "") for a short question or one sentence (with `commas`, one
    long sentence told with commas is a story too: the answer gate reads it so, while ranking does better whole).

    >>> story_parts("我们园有个保育员，一个月只发一千二，比当地的标准还低。园长说她又不是老师。这样合法吗？")
    ('这样合法吗？', '我们园有个保育员，一个月只发一千二，比当地的标准还低。园长说她又不是老师。')
    """
    if len(text) < STORY_CHARS:
        return text, ""
    units = [part for s in _SENTENCE.findall(text) for part in _framed(s)]
    if commas and len(units) == 1:
        units = _told_in_one(units[0])
    marked = [i for i, s in enumerate(units) if _ASKED.search(s)]
    if not marked:
        last = max((i for i, s in enumerate(units) if _ASKING.search(s)), default=len(units) - 1)
        marked = list(range(last, len(units)))
    asking = "".join(units[i] for i in marked)
    story = "".join(s for i, s in enumerate(units) if i not in marked)
    return (asking, story) if story.strip() and len(asking) < len(text) else (text, "")


_ONE_SENTENCE_STORY = 4  # clauses from which one long sentence is a story told with commas; its last two ask


def _told_in_one(sentence: str) -> list[str]:
    """A story told in one long sentence, with commas only: the clauses before the last two are the story.
    >>> _told_in_one("两位同事来反映，补课费拖了三个月，我们打算去财务室问问，主任说工会管不着，怎么办？")
    ['两位同事来反映，补课费拖了三个月，我们打算去财务室问问，', '主任说工会管不着，怎么办？']
    """
    clauses = re.findall(r"[^，,]+[，,]*", sentence)
    if len(clauses) < _ONE_SENTENCE_STORY or not (_ASKING.search(clauses[-1]) or _ASKED.search(clauses[-1])):
        return [sentence]
    return ["".join(clauses[:-2]), "".join(clauses[-2:])]


_FRAME = re.compile(r"[：:]")


def _framed(sentence: str) -> list[str]:
    """A sentence split after a colon that frames the question following it ("几个老同事私下议论：…？"): who says it
    is story, what is said asks (a colon ends a frame, not a question, so the frame is taken whole).

    >>> _framed("几个老同事私下议论：这样做合法吗？")
    ['几个老同事私下议论：', '这样做合法吗？']
    >>> _framed("想问：")
    ['想问：']
    """
    m = _FRAME.search(sentence)
    if m is None or "？" in sentence[: m.start()] or "?" in sentence[: m.start()] or not _ASKING.search(sentence[m.end() :]):
        return [sentence]
    return [sentence[: m.end()], sentence[m.end() :]]


_CLAUSE = re.compile(r"[^，,：:；;。！？!?\n]+")


def asking_clauses(asking: str) -> str:
    """The clauses of the asking sentences that themselves ask (hold a question form), joined by spaces.

    >>> asking_clauses("领导想跟他解除合同，这能行吗？")
    '这能行吗'
    >>> asking_clauses("到底是不是非得先调解、才能去仲裁？")
    '到底是不是非得先调解、才能去仲裁'
    """
    return " ".join(c for c in _CLAUSE.findall(asking) if _ASKING.search(c))


def telling_words(story: str, setting: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The words of a story that tell rules apart: things and acts that everyday language seldom uses (保育员,
    违约金, 锅炉), by jieba's dictionary frequency and part of speech. Names of people and places, times, numbers,
    feelings and the words of `setting` (the lexicon's story_setting: the kind of school, who acts) are context."""
    freq = base_tokenizer().FREQ
    out: list[str] = []
    for word, flag in pos_tokenizer().cut(story):
        if len(word) < 2 or word in out or word in setting:
            continue
        if flag.startswith(_STORY_TAGS) and not flag.startswith(_CONTEXT_TAGS) and freq.get(word, 0) < STORY_COMMON:
            out.append(word)
    return tuple(out)
