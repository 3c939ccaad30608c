"""Reading a question as weighted concepts for the relevance gate (assistant/conversation/answer_gate.py).

Its everyday phrases are mapped to the statutes' wording (knowledge/lexicon.yaml, `statute_wording`, whole phrases,
longest first) and its other content words carry their synonyms; each concept weighs by how rare it is in the
knowledge base, and a content noun the base never uses weighs as a rare one.
"""

from __future__ import annotations

import functools
import math
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from assistant.index.lexicon import Lexicon, base_tokenizer, extended_tokenizer, word_bounds
from assistant.index.segmentation import pos_tokenizer, posseg_module
from assistant.index.story_questions import QuestionCore, asking_clauses
from assistant.index.typos import FUNCTION_CHARS
from assistant.loading.cleaning import normalize

_NOUNISH = ("n", "vn", "nz", "nt", "nr", "ns", "j", "l", "eng")  # jieba tags of words that name a subject
LOOSE_FORM = 0.85  # a concept held only through a looser form (a third statute wording, a synonym)
GENERIC_DF = 0.2  # a concept held by more than this share of passages does not tell them apart (学校, 工会)
GENERIC_SHARE = 0.5  # and weighs half
_PUNCT = re.compile(r"[\s\W_]+")


@dataclass(frozen=True)
class Concept:
    """Something the question asks about: the user's word and the forms a passage may use for it."""

    surface: str
    forms: tuple[str, ...]  # the user's word, its statute wording or synonyms; the first two count in full
    weight: float
    mapped: bool = False  # from the statute-wording lexicon
    anchor: bool = False  # a mapped phrase or a domain word: what the question is about
    nominal: bool = False  # names a thing (社保, 工会主席) rather than an action or a manner (不给, 限制)
    story: bool = False  # only in the story told before the question: evidence a unit may hold, not a demand
    context: bool = False  # a story's word that is none of its telling words (老师, 园长, 甘肃): it weighs little

    def held(self, text: str) -> float:
        """How well a text holds the concept: 1 for the user's word or its main form, less for a looser form."""
        for i, form in enumerate(self.forms):
            if form in text:
                return 1.0 if i < 2 else LOOSE_FORM
        return 0.0


@dataclass(frozen=True)
class GateSettings:
    # Calibrated on all development rounds of eval/answers pooled (thirteenth session: 0.45 → 0.40, 255 → 258 of 455
    # simulated, a flat top from 0.38 to 0.42); before, on eval/gate_dev.jsonl and eval/retrieval_dev.jsonl.
    min_coverage: float = 0.40
    unknown_share: float = 0.35  # a noun the base never uses weighs this share of the rarest known word
    noun_share: float = 0.7  # a known noun that is neither mapped nor a domain word
    verb_share: float = 0.5  # a known verb
    context_share: float = 0.7  # a concept held only by the passage's title or heading (教代会 for a digest point)
    gloss_share: float = 0.7  # a concept held only by the everyday questions of an article the question is close to
    anchor_min: float = 0.6  # anchors' share a unit must hold (with the heaviest one) for it to be the support
    anchor_bonus: float = 0.3  # in the ranking, for the anchors' share
    anchor_share: float = 0.4  # anchors stand for the question only when they are this much of its weight
    number_penalty: float = 0.6  # a unit without a number, for a question that asks for one (and it cannot pass)
    number_bonus: float = 0.05  # a unit with a number, for a question that states one
    kind_bonus: float = 0.04  # per step of the route's preference order of passage kinds
    # For the first retrieved passage, falling linearly with rank: retrieval reads the question by meaning (e5) and by
    # its everyday questions too. Calibrated on all development rounds pooled (thirteenth session: 0.06 → 0.12, 258 →
    # 260 of 455); from this size it outweighs the bonus of a law named after a covered word (law_bonus).
    rank_bonus: float = 0.12
    lead_bonus: float = 0.03  # a unit whose opening holds every concept it covers
    lead_chars: int = 30
    list_bonus: float = 0.05  # a whole article or list, for a question that asks for a list
    time_bonus: float = 0.08  # a unit that says when, for a question that asks when
    other_share: float = 0.3  # a known word of another kind (an adverb such as 单独, 直接)
    law_bonus: float = 0.1  # a unit of the law named after a covered concept (教师 → 教师法)
    # a unit of a law for one group of workers (女职工劳动保护特别规定) when the question names no one of that group
    # (knowledge/questions.yaml `law_subjects`): its rule does not apply to the people asked about
    subject_penalty: float = 0.6
    remedy_bonus: float = 0.03  # per remedy a unit names (协商, 调解, 仲裁, 诉讼), for a question asking which ways
    # A word of the story told before the question (老师, 园长, 心里, 甘肃) that is not one of its telling words
    # (index.story_questions.QuestionCore): context, weighed this share, so the story does not drown what is asked.
    story_share: float = 0.2
    # A story's words count in full when a unit holds them but only this share of them is asked for: an article
    # holds the two or three facts of a story that matter to it, never all of its details.
    story_demand: float = 0.5
    # In the ranking of a story question, for a unit of the article whose everyday questions (knowledge/glosses,
    # `stories` too) are the closest to the question's core, falling with the article's place among the closest: a
    # story's telling words are matched there against situations told the same way (a short question keeps its
    # ranking: measured on eval/answers rounds 1, 9, 11).
    gloss_bonus: float = 0.08
    # Asking sentences holding this many telling concepts of their own ask a whole question: the story before them
    # is context (measured on eval/answers rounds 1, 3–13 odd).
    asked_enough: int = 2


def statute_wording(lexicon: Lexicon) -> dict[str, tuple[str, ...]]:
    """everyday phrase → statute wording, from the lexicon."""
    return dict(lexicon.statute_wording)


class QuestionReader:
    """Turns a question into weighted concepts, over the passages of the knowledge base."""

    def __init__(self, lexicon: Lexicon, corpus: Iterable[str], noise: Iterable[str],
                 synonyms: tuple[tuple[str, ...], ...] = ()):
        self.lexicon = lexicon
        self.groups = (*lexicon.synonyms, *synonyms)  # the lexicon's groups and the gate's own (questions.yaml)
        self.phrases = statute_wording(lexicon)
        self.noise = frozenset(noise) | lexicon.stopwords
        self._words = frozenset(lexicon.words)
        self._domain = self._words | {t for group in self.groups for t in group}
        self._long_noise = sorted((w for w in self.noise if len(w) >= 2 and w not in self.phrases), key=len, reverse=True)
        self._asking_over_phrases = tuple(w for w in self._long_noise if any(p in w and p != w for p in self.phrases))
        self._corpus = [normalize(t) for t in corpus]
        self._n = len(self._corpus)
        self.size = self._n
        self._max = math.log(self._n + 1) + 1.0
        self._lock = threading.Lock()
        self._pos: Any = None  # jieba's POS tokenizer, built on first use

    @functools.lru_cache(maxsize=4096)  # noqa: B019 - one reader per knowledge base, kept for the process
    def df(self, forms: tuple[str, ...]) -> int:
        """Number of passages holding any of the forms."""
        return sum(1 for text in self._corpus if any(f in text for f in forms))

    def weight(self, forms: tuple[str, ...], unknown: float) -> float:
        """Rarity: idf of the forms, halved for a concept most passages hold (学校/用人单位, 老师), `unknown` for
        one no passage holds."""
        df = self.df(forms)
        if df == 0:
            return unknown
        idf = math.log((self._n + 1) / (df + 1)) + 1.0
        return idf * (GENERIC_SHARE if df > GENERIC_DF * self._n else 1.0)

    def _segmenter(self) -> Any:
        if self._pos is None:
            with self._lock:
                if self._pos is None:
                    posseg = posseg_module()  # jieba.posseg with its tag table read from the shared cache
                    words = [(w, f) for w, f in self.lexicon.jieba_words()] + [(p, 50000) for p in self.phrases]
                    pos = posseg.POSTokenizer.__new__(posseg.POSTokenizer)
                    pos.tokenizer = extended_tokenizer(words)
                    pos.word_tag_tab = dict(posseg.dt.word_tag_tab)  # copied: our words are added to it
                    for word, _ in words:
                        pos.word_tag_tab.setdefault(word, "n")
                    self._pos = pos
        return self._pos

    @staticmethod
    @functools.lru_cache(maxsize=1024)
    def _nominal(phrase: str) -> bool:
        """True when jieba's own dictionary reads the phrase as a thing (社保, 红白喜事), not an act (不给, 辞退)."""
        return any(flag.startswith(_NOUNISH) for _, flag in pos_tokenizer().cut(phrase))

    def synonyms(self, word: str) -> tuple[str, ...]:
        out: list[str] = []
        for group in self.groups:
            if word in group:
                out.extend(t for t in group if t != word)
        return tuple(dict.fromkeys(out))

    def concepts(self, question: str, settings: GateSettings | None = None,
                 core: QuestionCore | None = None) -> list[Concept]:
        """The question's concepts, each weighed by rarity and by what it is: a phrase the lexicon maps to statute
        wording or a domain word counts in full, another noun less, a verb less still (what is asked, not what it
        is about), a noun the base never uses a little (context the user adds: 中层, 高三); other words not at all."""
        s = settings or GateSettings()
        text = normalize(question)
        unknown = s.unknown_share * self._max
        found: dict[str, Concept] = {}
        taken = [False] * len(text)
        cuts = word_bounds(text, hmm=False)
        # a way of asking that holds a mapped phrase (合规矩 holds 规矩 → 规章制度) is asking, not the phrase
        for word in self._asking_over_phrases:
            for m in re.finditer(re.escape(word), text):
                taken[m.start() : m.end()] = [True] * (m.end() - m.start())
        for phrase in sorted(self.phrases, key=len, reverse=True):
            for m in re.finditer(re.escape(phrase), text):
                if any(taken[m.start() : m.end()]) or (m.start() not in cuts and m.end() not in cuts):
                    continue  # taken, or it straddles two words (到会 of 拿到会上说: 拿到 | 会上)
                taken[m.start() : m.end()] = [True] * (m.end() - m.start())
                forms = tuple(dict.fromkeys((phrase, *self.phrases[phrase], *self.synonyms(phrase))))
                same = next((c for c in found.values() if c.mapped and c.forms[1:2] == forms[1:2]), None)
                if same is not None:  # 合同到期 and 不续签 both mean 劳动合同期满: one concept, not two
                    forms = tuple(dict.fromkeys((*same.forms, *forms)))
                    found[same.surface] = replace(same, forms=forms, weight=max(same.weight, self.weight(forms, unknown)))
                    continue
                found.setdefault(phrase, Concept(phrase, forms, self.weight(forms, unknown), mapped=True, anchor=True,
                                                 nominal=self._nominal(phrase)))
        rest = "".join(" " if t else ch for ch, t in zip(text, taken, strict=True))
        for word in self._long_noise:  # question words ("要不要", "能不能") go before segmentation splits them
            rest = rest.replace(word, " ")
        for word, flag in self._segmenter().cut(rest):
            word = word.strip()
            if not word or word in found or word in self.noise or _PUNCT.fullmatch(word):
                continue
            forms = (word, *self.synonyms(word))
            known = self.df(forms) > 0
            nominal = flag.startswith(_NOUNISH)
            # 教代会, 体检 (a lexicon word), 女职工 (a noun of a synonym group); an adjective such as 年轻 is no anchor
            anchor = word in self._words or (word in self._domain and nominal)
            if not anchor and _filler(word):
                continue
            if anchor:
                share = 1.0
            elif nominal and (len(word) > 1 or known):
                share = s.noun_share if known else 1.0
            elif flag.startswith("v") and known and len(word) > 1:
                share = s.verb_share
            elif known and len(word) > 1 and not flag.startswith(("m", "q", "r", "p", "c", "u", "y", "e", "o")):
                share = s.other_share
            else:
                continue
            weight = share * self.weight(forms, unknown)
            found[word] = Concept(word, forms, weight, anchor=anchor, nominal=nominal)
        # Who brings the question is not what it asks: "有老师问…", "新上任的工会主席问我…" name the person asking
        # (reported speech), so that word weighs as context, like the story's setting.
        for c in list(found.values()):
            if not c.mapped and _reported(c.surface, text):
                found[c.surface] = replace(c, context=True, weight=c.weight * s.story_share)
        if core is None or not core.story:
            return list(found.values())
        asking = normalize(core.asking)
        # When the clauses that ask name what they ask about themselves (调解 and 仲裁), the story before them is
        # background: its telling words weigh as context too, so a detail of the story (加班费, 半年) cannot pull the
        # answer to another article; a domain term of the story (集体合同, 教代会) still names what it is about.
        # The asker's own role (有老师来问我这个工会主席) says who asks, not what is asked: context too when the asking
        # sentences hold enough else, or when it is named in a clause that does not ask (我是工会主席，心里没底：…？).
        selves = {c.surface for c in found.values() if _self_named(c.surface, asking)
                  or _self_named(c.surface, normalize(core.story), _SELF_TOLD)}
        asked = asking_clauses(asking)  # "想跟他解除合同，这能行吗？" asks about the story, "能不能直接仲裁？" about itself
        own = sum(1 for c in found.values() if c.surface in asked and c.surface not in selves
                  and 0 < self.df(c.forms) <= GENERIC_DF * self.size)
        background = own >= s.asked_enough
        out = []
        for c in found.values():
            if c.surface in selves and (background or c.surface not in asked):
                out.append(replace(c, story=True, context=True, weight=c.weight * s.story_share))
            elif c.surface in asking:
                out.append(c)
            elif _told(c.surface, core) and self.df(c.forms) and (not background or c.surface in self._words):
                out.append(replace(c, story=True))
            else:
                out.append(replace(c, story=True, context=True, weight=c.weight * s.story_share))
        return out


def _filler(word: str) -> bool:
    """True when a "word" of a question is two characters jieba's dictionary does not list, which its HMM glued from
    a particle or auxiliary and a neighbour (的要 of 代课的要签, 得结 of 多久得结): a fragment, not a subject the base
    could lack. Words the base lacks (婚假, 陪产假, 单反) still weigh, so a question about them is still declined.

    >>> _filler("的要"), _filler("得结"), _filler("婚假"), _filler("单反"), _filler("陪产假")
    (True, True, False, False, False)
    """
    return len(word) == 2 and not base_tokenizer().FREQ.get(word) and bool(FUNCTION_CHARS.intersection(word))


# A verb of asking or telling right after a person's name: the person reports the question (有老师问, 主席来问我,
# 同事跟我打听, 家长反映). Chinese reported speech puts the speaker before 问/说 (现代汉语八百词, 问).
_REPORTING = re.compile(r"^(?:昨天|今天|前天|前几天|刚才|刚刚|刚|早上|上午|中午|下午|晚上)?(?:又|也|就|都|常|总|还)?(?:来|跑来|专门)?(?:问|打听|咨询|请教|跟我说|对我说|找我问|找我打听|反映)")


def _reported(surface: str, text: str) -> bool:
    """True when every mention of a word in the text is followed by a verb of asking (有老师问…, 主席问我…): the word
    names who asks, not what is asked.

    >>> _reported("工会主席", "新来的工会主席问我，经费谁来审？"), _reported("工会主席", "工会主席能调走吗")
    (True, False)
    >>> _reported("老师", "有老师问换届的事，老师的任期多久")
    False
    """
    mentions = [m.end() for m in re.finditer(re.escape(surface), text)]
    return bool(mentions) and all(_REPORTING.search(text[i : i + 6]) for i in mentions)


_SELF = re.compile(r"(?:我|俺|咱)(?:这个|这位|这名|是|作为|当)$")  # the speaker naming their own role
# ... and, in the story, the speaker's post told with where they hold it (我在某县一所中学当工会主席)
_SELF_TOLD = re.compile(r"(?:我|俺|本人)(?:在|于)[^，。；！？]{1,16}?(?:当|做|任|担任|是)$")


def _self_named(surface: str, text: str, before: re.Pattern = _SELF) -> bool:
    """True when every mention of a word in the text is the speaker naming their own role (我这个工会主席).

    >>> _self_named("工会主席", "有老师来问我这个工会主席：义务有哪些？"), _self_named("工会主席", "工会主席能调走吗")
    (True, False)
    """
    mentions = [m.start() for m in re.finditer(re.escape(surface), text)]
    return bool(mentions) and all(before.search(text[max(0, i - 24) : i]) for i in mentions)


def _told(surface: str, core: QuestionCore) -> bool:
    """True when a word of a story is one of its telling words (index.story_questions.QuestionCore)."""
    return any(surface in t or t in surface for t in core.telling)


