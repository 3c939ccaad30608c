"""What a focus complaint is about, named in a few words: the plan names the concern, never quotes a clause of
the complaint ("把“好些老师都坐出了痔疮”作为重点") or a garbled rewrite of it ("教职工反映的痔疮问题").

A complaint no focus topic serves (focus.py) is told in the user's own sentences: "一天到晚坐着改卷子、守自习，好些
老师都坐出了痔疮". Its concern is one of its nouns — the thing the sentences are about — found as the noun whose meaning
is closest to the whole complaint (e5 likeness; with character n-grams only, the rarest noun by jieba's counts). Nouns
that only say who (老师, 女老师), where (学校, 县城), when (上午, 周末) or that are words of every complaint (事情, 问题)
are not candidates: knowledge/focus_topics.yaml `concern_stop` lists them, with where the list comes from. A second
noun is named with the first when it is nearly as close (热水澡、澡堂).
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass

from assistant.compose.focus import condition_words, focus_data
from assistant.compose.story import load_voice, requested
from assistant.index.likeness import Likeness
from assistant.index.segmentation import base_tokenizer, pos_tokenizer

# jieba tags of nouns that can name a concern: common and other nouns, nouns of action (体检), and words jieba tags as
# a person's name only because it does not know them (大小便, 小蜜蜂); not place (ns), organisation (nt) or time (t).
_NOUN_TAGS = ("n", "nz", "vn", "nr", "ng", "an")
_NOT_TAGS = ("ns", "nt", "nrt", "nrfg")
# Kin words say who, not what (爷娘 and 小人 are the Wu words for parents and children, 《吴语词典》; 爹妈, 爸妈 …).
# Heads of a unit (园长, 院长, 段长, 书记) say who asks, not what is asked: 职务名称 of schools and offices. Colleagues
# called as kin (老大姐, 大哥, 小妹; 小姑娘, 小伙子: 《现代汉语词典》 大姐 "对女性朋友或熟人的尊称") are people too, as are
# the staff said as parents (当妈的, 做爸的).
_PEOPLE = re.compile(r"(?:老师|教师|教职工|职工|教工|员|人|生|娃|孩子|同志|家长|领导|校长|主任|师傅|阿姨|大爷|爷爷|奶奶|老公|老婆|爱人|丈夫|妻子|家属|朋友"
                     r"|爷娘|爹娘|爹妈|爸妈|父母|老人|子女|儿女|小孩|伢|崽|囡|[园院局处科段级组]长|书记"
                     r"|[姐哥妹弟嫂妈爸]|姑娘|小伙子?)$")
_TEACHERS = re.compile(r"老师|教师|教职工|教工|老师们|教师们")
_MADE_UP = re.compile(r"[得着了过响]")
_PEOPLE_FIRST = re.compile(r"(?:老师|教师|学生|孩子|家长)")
# The words for the pupils a noun before them qualifies (重度孩子, 留守学生): which pupils, not what is complained of.
_PUPILS = ("孩子", "学生", "娃娃", "幼儿", "儿童")
_MODAL_FIRST = re.compile(r"^(?:能|会|可|该|应)")  # 能治, 会教: a modal verb and the verb it takes (《现代汉语八百词》 助动词)
# ... or a verb of dislike and the word it takes (嫌老 of 小的嫌老的啰嗦: 嫌, 怕, 烦, 怨 take a clause, 《现代汉语八百词》)
_DISLIKE_FIRST = re.compile(r"^[嫌怕烦恨怨骂怪]")
# A numeral with its measure word (三楼, 一层楼, 两节课, 十来个班: 数量短语 of Chinese grammar, 《现代汉语八百词》) says
# where or how much, never what a complaint is about, whatever tag jieba gives the run; so does a count of an action
# (一跤, 一顿, 一场: 动量词, 《现代汉语八百词》).
# A noun closed by a word of position (马路边, 河沿, 床跟前: 方位词 边, 旁, 沿, 跟前, 底下, 《现代汉语八百词》) says where, as
# jieba's place tags (s, ns) do when it knows the word.
_PLACE = re.compile(r"(?:边|旁|沿|跟前|底下|两侧)$")
# A stage of life or of the body (青春期, 更年期, 哺乳期, 叛逆期: nouns in 期 naming a 生理/心理 stage, 《现代汉语词典》) is
# what a complaint is about although jieba tags it as time ('t'); the stages of the calendar (学期, 假期, 星期, 时期,
# 日期) are not.
_STAGE = re.compile(r"^[\u4e00-\u9fff]{2,4}期$")
_CALENDAR_STAGE = re.compile(r"(?:学期|假期|星期|时期|日期|周期|期期)$")
_NUMERALS = "一二三四五六七八九十两几百千万半"  # numerals as counts and measures are said
_QUANTITY = re.compile(rf"^[{_NUMERALS}\d]+(?:来|多)?[楼层节点号届年月天周次个班级岁口趟遍回栋间张台跤顿场阵]")
_SECOND = 0.01  # a second noun is named when its likeness is this close to the first's (e5 cosine)
# How rare (log of jieba's total count over the word's) the chosen noun must be to name a concern: specific things
# (网贷 17.9, 热水澡 14.8, 痔疮 13.2, 蚊子 12.2) do; common words a complaint's kind already serves by who it is about
# (岗位 10.2, 成长 9.3, 教学 9.6: 年轻教师多，帮助她们站稳岗位) do not, and the complaint keeps its kind's measures.
_SPECIFIC = 12.0
_SIMILE = re.compile(r"(?:似的|一样|一般|好像|像是)")  # a clause comparing (肿得跟发面馒头似的) names no concern
# A concern noun is named with the nouns written next to it, as the school wrote them (子女升学, not 升学; 房贷车贷,
# not 车贷): jieba's noun tags plus 'j' (abbreviations: 房贷, 医保). Kin words may lead (子女升学, 家属就业); words for
# the staff themselves never do (老师房贷 is "the teachers' 房贷"), and a compound stays short enough to name a thing.
_COMPOUND_TAGS = ("n", "nz", "vn", "ng", "an", "j")
_STAFF = re.compile(r"^(?:老师|教师|教职工|职工|教工|同事|大家|我们|咱们|俺们|人家)|(?:老师|教师|职工|教工)们?$")
_COMPOUND_MAX = 6
# A complaint often names its thing by a word jieba tags as a verb: a service or an act of daily life said as a noun
# (快递, 报销, 理发). A verb that opens its clause, as the clause's subject, is used as a noun (动词作主语, 指称化:
# 朱德熙《语法讲义》; "快递只送到…", "报销一拖…"). Such a verb is a candidate when jieba's dictionary knows it and it is
# as rare as the specific things above (common verbs 送到 10.4, 打工 11.2, 招来 12.3 are not; 报销 12.5, 快递 13.3 are),
# unless it ends in a complement of direction or result (发到, 拿走, 弄好: 趋向/结果补语, 《现代汉语八百词》).
_VERB_RARITY = 12.4
# ... and so is one a verb of relying, eating or ordering takes as its object (全靠外卖, 天天吃外卖, 都用快递: 动词作宾语,
# 指称化, 朱德熙《语法讲义》): what is relied on or ordered is a thing.
# (jieba may glue an adverb to the verb: 就点|外卖, 全靠|外卖.)
_TAKES_THING = frozenset({"靠", "全靠", "吃", "点", "叫", "订", "用", "等", "指望", "买", "卖", "做"})
_COMPLEMENT = re.compile(r"[到来去走完好着了过起上下出回够住掉成]$")
# A noun followed by a word of time (天干的时候, 下雨时, 农忙那阵: 时间状语 "……的时候/时/期间", 《现代汉语八百词》) says
# when the trouble comes, not what it is: the complaint is about what happens then (水池见底, 挑水).
_WHEN_AFTER = ("时候", "时", "期间", "那阵", "那会儿", "那几天")


@dataclass(frozen=True)
class Concern:
    nouns: tuple[str, ...]
    asked: bool = False  # the staff asked for it (能不能开个挂号专窗): a request, not a trouble

    @property
    def name(self) -> str:
        """The concern as the plan names it (教职工反映的痔疮问题, 教职工反映的热水澡、澡堂问题; 教职工提出的挂号专窗诉求)."""
        if self.asked:
            return f"教职工提出的{'、'.join(self.nouns)}诉求"
        return f"教职工反映的{'、'.join(self.nouns)}问题"


@functools.lru_cache(maxsize=4)
def concern_stop(path: str | None = None) -> frozenset[str]:
    """Nouns that name no concern (knowledge/focus_topics.yaml `concern_stop`)."""
    return frozenset(str(w) for w in focus_data(path).get("concern_stop") or ())


def candidates(text: str, stop: frozenset[str]) -> list[str]:
    """The complaint's nouns that could name its concern, in order, each once."""
    jieba = base_tokenizer()
    jieba.check_initialized()
    feelings = load_voice().feelings
    out: list[str] = []
    for clause in re.split(r"[，,；;。！!？?、]", text):
        if _SIMILE.search(clause):
            continue
        pairs = pos_tokenizer().lcut(clause)
        for at, pair in enumerate(pairs):
            word, flag = pair.word, pair.flag
            if at + 1 < len(pairs) and (_TEACHERS.fullmatch(pairs[at + 1].word)
                                        or pairs[at + 1].word in _PUPILS):
                continue  # says which teachers (特教老师, 语文老师, 班主任老师) or pupils (重度孩子), not what they complain of
            if len(word) < 2 or word in stop or _PEOPLE.search(word) or flag.startswith(_NOT_TAGS):
                continue
            if any(feeling in word for feeling in feelings):
                continue  # 窝火, 憋屈 say how the staff feel about it, not what it is (knowledge/highlights.yaml story_voice)
            if _QUANTITY.match(word) or _PLACE.search(word):
                continue  # 三楼, 马路边 say where, not what the complaint is about
            if _said_when(pairs, at):
                continue  # 天干的时候 says when, not what
            if _of_the_heart(pairs, at):
                continue  # 心里直突突, 心里打鼓 say how the staff feel, not what the complaint is about
            if at > 0 and _MODAL.fullmatch(pairs[at - 1].word):
                continue  # after 不敢, 不能, 想, 愿意 a word is a doing (不敢声张), whatever tag jieba gives it
            if not jieba.FREQ.get(word) and (_MADE_UP.search(word) or _PEOPLE_FIRST.match(word)
                                             or _MODAL_FIRST.match(word) or _DISLIKE_FIRST.match(word)):
                continue  # a run jieba made up of a verb's ending, a person and a verb, a modal and a verb (肿得, 老师上课, 能治)
            # A condition's name is a noun of the complaint whatever jieba calls it (痛经 d, 便秘 a, 老年痴呆 i).
            stage = flag == "t" and _STAGE.match(word) and not _CALENDAR_STAGE.search(word)
            before = pairs[at - 1].word if at else ""
            if before and before[-1] == word[0] and pairs[at - 1].flag.startswith("v"):
                continue  # 来讲|讲法 of 讲讲法: a verb said twice (动词重叠), its second syllable cut onto what follows
            said_as_thing = at == 0 or before in _TAKES_THING or before[-1:] in _TAKES_THING
            other = (said_as_thing and flag == "v" and jieba.FREQ.get(word) and len(word) <= 4
                     and not _COMPLEMENT.search(word) and word_rarity(word) >= _VERB_RARITY)
            if (flag.startswith(_NOUN_TAGS) or stage or other or condition_words().named(word)) and word not in out:
                out.append(word)
    return out


# Modal verbs that take only a verb after them (《现代汉语八百词》 助动词: 敢, 肯, 愿意, 能够; 不能, 不会): what follows one is
# a doing. Not 要, 想, 会 (要工资, 想家, 会费: they take nouns too).
_MODAL = re.compile(r"(?:不|没)?敢|不能|能够|不会|不?肯|不?愿意|不愿|不?好意思")


# A complaint says what is wrong in a comment on its thing (主谓谓语: 办公椅又硬又矮, 卫生间滑, 处室之间互相推诿) or by what
# is lacking (没扶手, 连个像样的柜子都没有); other clauses often only set the scene (改卷子、写教案一忙就是半天). A comment
# is an adjective, a negation or a set phrase (互相推诿) right after the noun (adverbs and 之间 between); a lack is
# 没/没有/莫有/冇/缺/无 before the noun, a measure word or 的 between (《现代汉语八百词》 没有, 形容词谓语句).
_COMMENT_SKIP = re.compile(r"^(?:之间|之中|里|上|都|也|还|又|太|很|好|真|老|挺|特别|有点儿?|越来越|总是|经常|一直|实在|根本|压根)$")
_LACK = re.compile(r"^(?:没|没有|莫有|冇|冇得|缺|缺少|缺乏|无)$")
_LACK_SKIP = re.compile(r"^(?:个|张|把|间|台|只|一个|一张|一把|一间|的|连个|连|啥)$")
# 不 alone negates the verb that follows (销子都不会拔, 喷嚏不断), not the thing: only a lack or a poor state comments on it.
_NEGATION = re.compile(r"^(?:没|没有|莫有|冇|不够|不足|缺|不行|不好|不灵|不方便|不舒服)")


def troubled_words(text: str) -> frozenset[str]:
    """The words of a complaint that its clauses comment on or say are lacking (办公椅 of 办公椅又硬又矮, 扶手 of 没扶手)."""
    out: set[str] = set()
    for clause in re.split(r"[，,；;。！!？?、]", text):
        pairs = pos_tokenizer().lcut(clause)
        for at, pair in enumerate(pairs):
            if len(pair.word) < 2:
                continue
            after = at + 1
            while after < len(pairs) and (_COMMENT_SKIP.match(pairs[after].word) or pairs[after].flag == "d"):
                after += 1
            nxt = pairs[after] if after < len(pairs) else None
            commented = nxt is not None and (nxt.flag.startswith("a") or nxt.flag in ("i", "l")
                                             or bool(_NEGATION.match(nxt.word)))
            before = at - 1
            while before >= 0 and (_LACK_SKIP.match(pairs[before].word) or pairs[before].flag in ("q", "uj", "m")):
                before -= 1
            if commented or (before >= 0 and bool(_LACK.match(pairs[before].word))):
                out.add(pair.word)
    return frozenset(out)


# What the heart does (心里直突突, 心头发紧, 心里打鼓: 心里 + a word of feeling, 《现代汉语词典》 心里 "思想里; 头脑里") is a
# feeling, whatever tag jieba gives the word: the clause tells how the staff feel about the complaint's thing.
_HEART = frozenset({"心里", "心头", "心中", "心底", "心口", "心里头"})


def _of_the_heart(pairs, at: int) -> bool:
    """True when the word at `at` follows 心里 (adverbs between): a feeling of the heart."""
    before = at - 1
    while before >= 0 and pairs[before].flag == "d":
        before -= 1
    return before >= 0 and pairs[before].word in _HEART


def _said_when(pairs, at: int) -> bool:
    """True when the word at `at` is followed by a word of time (…的时候, …时): it says when, not what."""
    rest = [p.word for p in pairs[at + 1:at + 3]]
    if rest and rest[0] == "的":
        rest = rest[1:]
    return bool(rest) and rest[0] in _WHEN_AFTER


def concern(text: str, likeness: Likeness, stop: frozenset[str] | None = None, requests: bool = False,
            written: str | None = None) -> Concern | None:
    """The noun(s) a complaint is about, or None when it has no noun specific enough to say so. With `requests`
    (a complaint no focus topic serves), what the staff ask for names it first. `written` is the complaint as the user
    wrote it, before its everyday words were made plain: a run the user did not write (讲解法, of 讲讲法 made plain as
    讲解 + 法) names nothing."""
    stop = concern_stop() if stop is None else stop
    # A term the staff put in quotation marks (“明白人”) or a quality they miss (存在感, 边界感) is what the complaint is
    # about, whatever nouns its story has (桶油, 半夜).
    quoted = quoted_terms(text)
    marked = quoted + sense_nouns(text)
    if marked:
        term, clause = marked[0]
        before, _, after = clause.partition(term)
        asked = bool(_WANT.search(before) or _LACKED_AFTER.match(after))
        return Concern((f"“{term}”" if (term, clause) in quoted else term,), asked=asked)
    words = candidates(text, stop)
    if written is not None:
        words = [w for w in words if w in written]
    if not words:
        return None
    # What the staff ask for (能不能请卫生院开个挂号专窗) names the concern the union is to take up, before any noun of
    # the story that leads to it (体检, 挂号).
    wanted = requested(text) if requests else ""
    if wanted and wanted in words:
        return Concern((compound(text, wanted, stop),), asked=True)
    if wanted and any(word in wanted for word in words):
        return Concern((wanted,), asked=True)  # 图书角: a noun jieba splits (图书 + 角) is asked for whole
    if getattr(likeness, "name", "") == "e5":
        scores = [float(s) for s in likeness.compare(text, words)]
        margin = _SECOND
    else:  # character n-grams cannot tell meaning: the rarest noun says most
        scores = [word_rarity(w) for w in words]
        margin = 0.0
    ranked = sorted(range(len(words)), key=lambda i: -scores[i])
    if word_rarity(words[ranked[0]]) < _SPECIFIC and not condition_words().named(words[ranked[0]]):
        return None
    chosen = [ranked[0]] + [i for i in ranked[1:2] if scores[ranked[0]] - scores[i] <= margin]
    if len(chosen) == 1:
        # The thing the complaint comments on or says is lacking (办公椅 of 办公椅又硬又矮, 扶手 of 没扶手) is named
        # beside the closest noun when that one only sets the scene (改卷子 of 改卷子、写教案一忙就是半天).
        troubled = troubled_words(text)
        chosen += [i for i in ranked[1:] if words[i] in troubled
                   and word_rarity(words[i]) >= _SPECIFIC and words[ranked[0]] not in troubled][:1]
    named: list[str] = []
    for i in sorted(chosen):
        whole = compound(text, words[i], stop)
        if not any(whole in n or n in whole for n in named):
            named.append(whole)
    return Concern(tuple(named))


# A term quoted in a complaint (“明白人”, “一刀切”): the staff's own name for the thing, 2–6 characters.
_QUOTED = re.compile(r"[“「『]([\u4e00-\u9fff]{2,6})[”」』]")
# A quality named by the suffix 感 (存在感, 边界感, 仪式感, 获得感: a noun, adjective or verb + 感 "……的感觉",
# 《现代汉语词典》 感 ⑤). jieba splits the newer ones (存在 + 感), so two-character words followed by 感 are joined;
# two-character words in 感 (敏感, 好感, 反感) are not such nouns.
_SENSE_BEFORE = ("n", "a", "v", "vn", "an")
# Words before the term that make it a wish, not a trouble (没点仪式感, 想有点松弛感, 守住边界感): a lack or a want, also
# as the plan's plain words put them (想 → 拟, 有点 → 略: knowledge/highlights.yaml plain words).
_WANT = re.compile(r"(?:没|缺|想|拟|要|希望|盼|守住|找回|增强|提升|培养|有点|略)")
_LACKED_AFTER = re.compile(r"^(?:都|也|还|根本|压根|一点)*(?:没有|没|冇|不够|不足|欠缺|缺)")  # 归属感都没有


def quoted_terms(text: str) -> list[tuple[str, str]]:
    """Each term the complaint quotes, with its clause."""
    return [(m.group(1), clause) for clause in re.split(r"[，,；;。！!？?]", text) for m in _QUOTED.finditer(clause)]


def sense_nouns(text: str) -> list[tuple[str, str]]:
    """Each quality in 感 the complaint names (存在感 of 平常没甚存在感), with its clause."""
    out = []
    for clause in re.split(r"[，,；;。！!？?、]", text):
        pairs = pos_tokenizer().lcut(clause)
        for at, pair in enumerate(pairs):
            if len(pair.word) >= 3 and pair.word.endswith("感") and len(pair.word) <= 4:
                out.append((pair.word, clause))
            elif (pair.word == "感" and at > 0 and len(pairs[at - 1].word) == 2
                  and pairs[at - 1].flag in _SENSE_BEFORE and re.fullmatch(r"[\u4e00-\u9fff]{2}", pairs[at - 1].word)):
                out.append((pairs[at - 1].word + "感", clause))
    return out


def compound(text: str, noun: str, stop: frozenset[str]) -> str:
    """The noun with the nouns written right next to it in its clause (房贷车贷, 子女升学), or the noun alone."""
    for clause in re.split(r"[，,；;。！!？?、]", text):
        if noun not in clause:
            continue
        pairs = pos_tokenizer().lcut(clause)
        at = next((i for i, p in enumerate(pairs) if p.word == noun), None)
        if at is None:
            continue
        joins = [_joins(p, stop) for p in pairs]
        start, end = at, at + 1
        while start > 0 and joins[start - 1] and len("".join(p.word for p in pairs[start - 1:end])) <= _COMPOUND_MAX:
            start -= 1
        while end < len(pairs) and joins[end] and len("".join(p.word for p in pairs[start:end + 1])) <= _COMPOUND_MAX:
            end += 1
        return "".join(p.word for p in pairs[start:end])
    return noun


def _joins(pair, stop: frozenset[str]) -> bool:
    """True when a word may stand in a concern's compound: a noun (or abbreviation) naming a thing, not the staff."""
    if pair.word in stop or _STAFF.search(pair.word) or len(pair.word) < 2 or pair.word[0] in _NUMERALS:
        return False  # (一拖 of 报销一拖好几个月 is how long, not part of the thing's name)
    return (pair.flag.startswith(_COMPOUND_TAGS) and not pair.flag.startswith(_NOT_TAGS)) or condition_words().part(
        pair.word)  # 乳腺 + 增生 (v): a condition's name is one word


def word_rarity(word: str) -> float:
    """How rare a word is: the log of jieba's total count over the word's (an unknown word counts once)."""
    jieba = base_tokenizer()
    jieba.check_initialized()
    return math.log(jieba.total / max(1, jieba.FREQ.get(word) or 1))
