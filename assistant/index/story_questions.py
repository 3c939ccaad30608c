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
    text = without_aside(text)  # 我也拿不准，你给说说 after the question: the asker's aside, neither asking nor story
    units = [part for s in _SENTENCE.findall(text) for part in _framed(s)]
    if len(text) < STORY_CHARS:
        return text, ""
    if commas and len(units) == 1:
        units = _told_in_one(units[0])
    marked = [i for i, s in enumerate(units) if _ASKED.search(s)]
    if marked:  # a question asked again after the question mark, without one (…对吗？那究竟谁才算数)
        marked += [i for i in range(marked[-1] + 1, len(units)) if _ASKING.search(units[i])]
    if not marked:
        last = max((i for i, s in enumerate(units) if _ASKING.search(s)), default=len(units) - 1)
        marked = list(range(last, len(units)))
    asking = "".join(units[i] for i in marked)
    story = "".join(s for i, s in enumerate(units) if i not in marked)
    return (asking, story) if story.strip() and len(asking) < len(text) else (text, "")


# What an asker adds after the question about their own doubt or the help they want (我也拿不准，你给说说; 麻烦讲讲，
# 谢谢): no part of the story, and its words (拿|不准) tell no rule apart.
_ASIDE_CLAUSE = re.compile(
    r"^\s*(?:我|俺|咱)?(?:也|都|实在|真|确实)?(?:拿不准|说不准|吃不准|拿不定|搞不清|弄不清|闹不清|不清楚|不太清楚|不懂|不太懂|"
    r"不知道|心里没底|没底|没把握)[了啊呀哦]?"
    r"|^\s*(?:麻烦|劳驾|请|求)?(?:你|您)?(?:给|帮我|帮忙|帮着)?(?:说说|讲讲|说一说|讲一讲|解答一下|指点一下|指点指点|看看|分析分析)"
    r"(?:吧|呗|哈|啊|呀|哦|一下)?|^\s*(?:谢谢|多谢|感谢|麻烦了|拜托了|先谢了)"
)


def without_aside(text: str) -> str:
    """The question without the asker's aside after it (…受理吗？我也说不准，麻烦讲讲 → …受理吗？).

    >>> without_aside("仲裁有期限吗？我也说不准，麻烦讲讲")
    '仲裁有期限吗？'
    """
    units = [part for s in _SENTENCE.findall(text) for part in _framed(s)]
    while len(units) > 1 and _aside(units[-1]) and any(_ASKED.search(u) or _ASKING.search(u) for u in units[:-1]):
        units.pop()
    return "".join(units) or text


def _aside(sentence: str) -> bool:
    """True for a sentence whose every clause is the asker's aside (我也拿不准，你给说说).
    >>> _aside("我也拿不准，你给说说")
    True
    >>> _aside("她已经怀孕三个月了")
    False
    """
    clauses = [c for c in re.split(r"[，,。！!；;…~～\s]+", sentence) if c]
    return bool(clauses) and all(_ASIDE_CLAUSE.match(c) and len(c) <= 10 for c in clauses)


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
