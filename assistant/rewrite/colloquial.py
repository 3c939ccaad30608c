"""Spoken grammar that no word list covers, found by its shape and jieba's parts of speech: a person called by 小/老
and the surname (小韦 → 韦老师), a measure word 个 between a verb and its object (画个线 → 画线), a verb with 一遍 or
一声 (查一遍 → 检查), doubled verbs the lexicon does not list (量量血压 → 量血压, 布置布置 → 布置), and a degree
complement closing a clause after any adjective (凶得很 → 十分凶, 累得要命 → 十分累).

Source of the shapes: 现代汉语词典 and 《现代汉语八百词》 on 个 after verbs (〈口〉, "用在动词和宾语之间"), on 一遍 / 一声
as verbal measures, and on the reduplication of verbs (AA, ABAB) as spoken; 《党政机关公文处理工作条例》 practice of
naming people by surname and post (韦老师, 蒋主任) rather than by nickname.
"""

from __future__ import annotations

import re

from assistant.rewrite.apply import Notes
from assistant.rewrite.lexicon import CLASS_CONTENTS, OTHER_FIRST, OTHER_LAST, Lexicon
from assistant.rewrite.masking import AFTER_A_NICKNAME, Masked
from assistant.rewrite.pos import pos_dictionary, tokens, word_frequency
from assistant.rewrite.spoken import REASON_DOUBLED, verb_form

_H = CLASS_CONTENTS["H"]
_OTHER = f"{chr(OTHER_FIRST)}-{chr(OTHER_LAST)}"  # a protected term or name as the object (出个报告单: 报告 is a term)
# One-character verbs jieba tags as nouns or measure words (量 血压, 称 体重, 照 相; 现代汉语词典 量 ① 动, 称 ① 动):
# before 个 and an object they are verbs all the same (量个血压 → 量血压).
_VERBS_TAGGED_OTHERWISE = frozenset("量称测验照烫剪泡")
_N = CLASS_CONTENTS["N"]
REASON_SPOKEN = "口语改为公文用语"
REASON_ADDRESS = "称呼改为规范写法"
# Verbs before 个 whose phrase is not verb + object: 是个/有个 say "a" (是个好办法 → 是一个好办法), 来个 offers an
# activity (来个拔河 → 开展拔河), 整个/这个… are not verbs at all.
_ARTICLE_VERBS = {"是": "是一个", "有": "有一个", "来": "开展"}
# jieba tags of two-character words whose ABAB doubling is a verb said twice (jieba tags many verbs n: 布置, 商量, and
# some d: 亲近), or an adverb said twice for stress (非常非常重要: once is the written form).
_DOUBLING_TAGS = ("v", "vn", "a", "an", "ad", "n", "d")
# What follows 老王 / 小李 when they name a shop, a stall or a home, not a colleague (老王烧烤, 老李家常菜, 小张面馆).
_SHOP = re.compile(
    r"[\u4e00-\u9fff]{0,4}?(?P<shop>店|铺|馆|档|坊|楼|庄|超市|烧烤|火锅|小吃|快餐|面|米线|米粉|饺子|包子|农家乐|家(?![长属人庭里中]))"
)
# Words that follow a person as the next word (小甘来教, 老郜帮着): when jieba glues one to the surname, the person
# still ends before it.
_AFTER_A_PERSON = "".join(sorted(AFTER_A_NICKNAME)) + "给把在和跟与"  # a string: the empty text after the end counts too
# Verbs right before a person (问小诸, 找小田) that jieba may glue to the 小 of the name.
_BEFORE_A_PERSON = "问找给跟向交请由让叫和与"
# Prepositions that follow a person and begin what they do (老孙从…, 小李在…, 老王把…: 《现代汉语八百词》 介词).
_PREPOSITIONS = "从在到把被让对向往替"
# Last characters of a place name (an administrative unit): 个旧市 is a city, not 个 + 旧市.
_PLACE_ENDS = "省市县区州盟旗镇乡村"
# Last characters of a unit of the school a person belongs to (机电系, 工会, 办公室, 教务处, 年级组): what ends before
# 小X when jieba glues the 小 to it (系小|俞).
_UNIT_ENDS = "系会室处组部办科"


# A word of ADDRESS_WORDS (小牛 a calf, 小金 …) still names a colleague between a verb of contacting and the end of
# the clause or what one does with the person (找办公室的小金登记, 表格交给小牛): 《现代汉语八百词》 找/跟/向 + a person.
# The unit before the person may be said without 的 (交给工会小金, 找校医室小罗); 粤 揾 = 找, 畀 = 给 (现代汉语方言大词典).
_CONTACT_BEFORE = re.compile(
    rf"(?:找|揾|跟|向|问|联系|交给|发给|报给|送给|转给|转账给|付给|交到|报到|交|畀|告诉|通知|由|给)(?:[^，。；]{{0,6}}的|[^，。；的]{{0,4}}[{_UNIT_ENDS}])?$"
)
_CONTACT_AFTER = re.compile(r"[，。；！]|$|即可|就行|就好|就可以|报名|登记|联系|负责|保管|说|讲|拿|领|帮")


# 小 and 老 before a surname, and 阿 as 闽、粤、吴 and 客家 speakers call a colleague (阿陈, 阿于: 现代汉语词典 阿 ①
# "用在排行、小名或姓的前面，有亲昵的意味").
_CALLED = "小老阿"


def _addressed(text: str, start: int, end: int) -> bool:
    return bool(_CONTACT_BEFORE.search(text[max(0, start - 10) : start]) and _CONTACT_AFTER.match(text, end))


def surname_address(text: str, lexicon: Lexicon, notes: Notes) -> str:
    """小韦 / 老蒋 / 阿于 → 韦老师 / 蒋老师 / 于老师: a colleague called by 小, 老 or 阿 and the surname, read as a word of its own
    (jieba tags many such names n or t: 小范, 老周). Not a word that only looks so (小时, 老师, 小范围: the list
    ADDRESS_WORDS, or the surname starting a longer word), nor 老王 before a noun (老王烧烤, 老李家: a shop, a home)."""
    toks = tokens(text)
    starts = {t.start for t in toks}
    ends = {t.end for t in toks}
    spans_of = {(t.start, t.end) for t in toks}
    known = pos_dictionary()
    guessed = {t.start for t in toks if t.flag == "nr" and len(t.word) == 2 and t.word not in known}
    # 小覃盖个章: jieba guesses the name 小覃盖; the person is 小覃, the verb follows.
    glued_three = {t.start for t in toks if t.flag == "nr" and len(t.word) == 3 and t.word[0] in "小老" and t.word not in known}
    not_people = set(lexicon.sets.get("ADDRESS_WORDS", ()))
    spans: list[tuple[int, int, str]] = []
    # A word of ADDRESS_WORDS that names a colleague in one place of the paragraph (找小熊) names the same colleague
    # everywhere else in it (由小熊和老涂送): one person is called one way throughout a text.
    # (阿 also before a given name's character: 阿芳, formal_lexicon.yaml a_names)
    called = rf"(?:[小老](?=[{lexicon.surnames}])|阿(?=[{lexicon.surnames}{lexicon.a_names}]))([{lexicon.surnames}{lexicon.a_names}])"
    named = {m.group(0) for m in re.finditer(called, text) if _addressed(text, m.start(), m.end())}
    for m in re.finditer(called, text):
        start, end = m.start(), m.end()
        # 小甘来教, 老冯签个名: jieba reads 甘来 / 冯签 (a word after the person, or a name it guessed).
        glued = (start + 1, end + 1) in spans_of and (text[end : end + 1] in _AFTER_A_PERSON or (start + 1) in guessed)
        glued = glued or start in glued_three
        if start not in starts and text[start - 1 : start] in _BEFORE_A_PERSON and (start - 1, start + 1) in spans_of:
            starts = starts | {start}  # 问小诸: jieba reads 问小 as one word
        if (start not in starts and text[start - 1 : start] in _UNIT_ENDS and _CONTACT_BEFORE.search(text[max(0, start - 10) : start])
                and any(a < start < b for a, b in spans_of)):
            starts = starts | {start}  # 找机电系小俞: jieba reads 系小 as one word; the unit ends before the person
        if start not in starts or (end not in ends and not glued):
            continue
        elsewhere = m.group(0) in named and (_CONTACT_AFTER.match(text, end) or text[end : end + 1] in "和与跟、及同")
        # Named beside another colleague (老梁和小金一起, 小金与邝老师): people listed together are people.
        partners = [p.group(1) for p in (
            re.search(f"([小老][{lexicon.surnames}]|[{lexicon.surnames}]老师)[和与跟、及同]$", text[:start]),
            re.match(f"[和与跟、及同]([小老][{lexicon.surnames}]|[{lexicon.surnames}]老师)", text[end:]),
        ) if p]
        elsewhere = elsewhere or any(p not in not_people for p in partners)
        if m.group(0) in not_people and not (_addressed(text, start, end) or elsewhere):
            continue  # 小时, 老家 …; but 找工会的小金报名 names a colleague
        if text[end : end + 2] == "教师" and not any(t.start < end < t.end for t in toks):
            # 小周教师 is 小周老师 after the plain-word step (老师 → 教师): the colleague is 周老师
            spans.append((start, end + 2, f"{m.group(1)}老师"))
            continue
        if text[end : end + 2].startswith(("老师", "师傅", "主任", "校长", "书记", "同志", "组长", "会计", "医生")):
            continue  # 小周老师: already named by post
        # (a preposition after the person starts what they do: 老孙从庄上收的 is no shop)
        shop = _SHOP.match(text, end) if text[end : end + 1] not in _PREPOSITIONS else None
        # (the shop's own word may be a verb to jieba: 烧烤 v of 老王烧烤)
        if shop and not any(t.flag.startswith("v") for t in toks if end <= t.start < shop.start("shop")):
            continue  # 老王烧烤, 老李家: a shop or a home named after its owner (not 小沈复印归档: a verb follows)
        worker = _after_worker_post(text, start, lexicon)
        # 老李头儿, 老李头 (an older man called by surname, 现代汉语词典 老头儿): the nickname is one address, its 头
        # goes with it (never 李老师 + 头儿 → 负责人); 头 alone only where the address ends (老李头一回 is 头一回).
        nick = re.match(r"头儿|头(?=[，。；！？、和与跟及同]|$)", text[end:]) if m.group(0)[0] == "老" else None
        spans.append((start, end + (len(nick.group(0)) if nick else 0), f"{m.group(1)}{'师傅' if worker else '老师'}"))
    return _replace(text, spans, notes, REASON_ADDRESS)


# A person called by surname and a kin term (X婶, X叔, X姨, X伯, X嫂; 现代汉语词典 婶 ② 称呼跟母亲同辈而年纪较小的
# 已婚妇女, 叔 ② 称呼跟父亲同辈而年纪较小的男子): in a notice the surname and 师傅, the usual written address of staff
# and helpers who are not teachers (《党政机关公文处理工作条例》 practice: surname and post, not kinship).
# 孃孃 / 嬢嬢: 西南官话 阿姨 (现代汉语方言大词典 成都、重庆 孃孃 "姑母; 对中年妇女的称呼").
_KIN = "婶子|婶儿|大婶|婶|嫂子|大嫂|嫂|大姨|姨|大叔|叔|大伯|伯|大爷|大妈|大娘|幺爸|幺叔|幺婶|孃孃|嬢嬢|大姐|姐|大哥|哥"  # 幺爸: 西南官话 叔 (现代汉语方言大词典 成都)
# A colleague called older sister or brother (陈姐, 王哥: how staff address a colleague a little older) is a member of
# the school's staff: in a notice X老师, as any colleague; after a worker's post (食堂王姐, 门卫刘哥) X师傅, as the kin
# terms above give.
_SIBLING = ("大姐", "姐", "大哥", "哥")


def _after_worker_post(text: str, start: int, lexicon: Lexicon) -> bool:
    """True when a worker's post (门卫, 食堂…: formal_lexicon.yaml `WORKER_POSTS`) stands right before the person at
    `start`: the person is addressed X师傅, not X老师."""
    if "WORKER_POSTS" not in lexicon.sets:
        return False
    return bool(re.search(f"(?:{lexicon.alternation('WORKER_POSTS')})(?:的)?$", text[max(0, start - 6) : start]))


def kin_address(text: str, lexicon: Lexicon, notes: Notes) -> str:
    """梁婶 / 何叔 / 周姨 → 梁师傅 / 何师傅 / 周师傅, 陈姐 → 陈老师: a surname right before a kin term, the surname beginning no
    word of its own (不是 刘海叔, 和叔叔: the surname must start a token or be glued by jieba to the kin term)."""
    toks = tokens(text)
    spans: list[tuple[int, int, str]] = []
    for m in re.finditer(f"([{lexicon.surnames}])({_KIN})(?![{_H}]?[叔姨婶伯嫂妈父母子夫们弟妹姐哥])", text):
        start, end = m.start(), m.end()
        if any(t.start < start < t.end for t in toks):
            continue  # the surname character ends a word before it (亲和叔); 金大叔 is fine: 金 starts
        if any(t.start <= start and end < t.end and t.flag != "nr" for t in toks):
            continue  # inside a longer word (jieba's name guess 蒋婶帮 is no word: the person ends at the kin term)
        worker = _after_worker_post(text, start, lexicon)
        spans.append((start, end, f"{m.group(1)}{'老师' if m.group(2) in _SIBLING and not worker else '师傅'}"))
    return _replace(text, spans, notes, REASON_ADDRESS)


def verb_measure_object(text: str, lexicon: Lexicon, notes: Notes) -> str:
    """个 between a one-character verb and its object goes (画个线 → 画线, 开个短会 → 开短会); 是个/有个 → 是一个/
    有一个; 来个 → 开展."""
    toks = tokens(text)
    spans: list[tuple[int, int, str]] = []
    for i, tok in enumerate(toks):
        if (tok.word[:1] in "来多几" and re.match(f"[{_N}]", text[tok.start - 1 : tok.start] or "x")
                and text[tok.start - 2 : tok.start - 1] not in ("周", "期", "拜")  # 周五来个…: a weekday
                or re.match(f"[{_N}]", text[tok.start + 2 : tok.start + 3])):
            continue  # 十来个 (about ten), 评个十来个: a count, not a verb with an object
        if tok.word[1:2] == "个" and len(tok.word) >= 2 and re.match(f"[{_H}]", text[tok.start + 2 : tok.start + 3]):
            if tok.word[0] in _ARTICLE_VERBS and len(tok.word) == 2:  # jieba reads 有个 / 是个 as one word
                spans.append((tok.start, tok.end, _ARTICLE_VERBS[tok.word[0]]))
            elif tok.flag.startswith("v") and len(tok.word) >= 3:  # 打个招呼 is one word to jieba
                spans.append((tok.start, tok.start + 2, tok.word[0]))
            continue
        if len(tok.word) != 1 or not (tok.flag.startswith("v") or tok.word in _VERBS_TAGGED_OTHERWISE) or i + 1 >= len(toks):
            continue
        nxt = toks[i + 1]
        after_ge = text[tok.end + 1 : tok.end + 2]
        # 个 on its own (q) or glued to the object by jieba (个线); never 个人, 个别, 个体, 个性 (words of their own).
        if not nxt.word.startswith("个") or nxt.word in ("个人", "个别", "个体", "个性", "个案", "个子", "个头"):
            continue
        if text[tok.end + 1 : tok.end + 2] == "把":
            continue  # 讲个把钟头: 个把 is "about one", not a measure word before an object
        if len(nxt.word) >= 3 and nxt.word[-1] in _PLACE_ENDS:
            continue  # 赴个旧市: a place whose name begins with 个, not a measure word
        if not re.match(f"[{_H}{_OTHER}]", after_ge) or (nxt.word == "个" and nxt.flag not in ("q", "m")):
            continue
        new = _ARTICLE_VERBS.get(tok.word, tok.word)
        spans.append((tok.start, tok.end + 1, new))
    return _replace(text, spans, notes, REASON_SPOKEN)


# Spoken verb + a bare measure word + object, the 一 left out (送束花, 买件衣服, 吃顿饭, 拍张合照; 《现代汉语八百词》
# 量词: "一" before a measure word after a verb is often dropped in speech): written without the measure (送花, 购买衣服).
# Verbs of giving, getting, making and watching; measures of things and events (个 is verb_measure_object's).
_BARE_VERBS = "送买卖拍吃喝发领订办开做学看奖捏弄拿写填交带配挂摆放请讲唱画租借寄装换修种烤煮炒听跳打"
_BARE_MEASURES = "件张束份碗只杯本场条双盒瓶袋顿首幅篇套台部桌支枝盘壶"
_BARE = re.compile(rf"([{_BARE_VERBS}])([{_BARE_MEASURES}])(?=[{_H}])")


def verb_bare_measure(text: str, notes: Notes) -> str:
    """送束花 → 送花, 吃顿饭 → 吃饭: the measure goes unless verb + measure is a word of its own (开场, 发条, 看台) or
    the measure begins a word of the dictionary (条件, 部门, 首先, 只有, 场费)."""
    known = pos_dictionary()
    spans: list[tuple[int, int, str]] = []
    for m in _BARE.finditer(text):
        verb, measure, after = m.group(1), m.group(2), text[m.end() : m.end() + 1]
        if word_frequency(verb + measure) >= 20 or text[m.start() - 1 : m.start()] in _NOT_VERB_BEFORE_GE:
            continue
        if text[m.start() - 1 : m.start()] in _SIZE_BEFORE_NOUN and m.start():
            continue  # 小摆件, 大挂件: a size word before it makes verb + measure a noun, not a verb and its count
        if word_frequency(text[m.start() - 1 : m.start() + 1]) >= 20 and text[m.start() - 1 : m.start()] not in "给来去要想再就":
            continue  # the verb ends a word before it (发送, 开放): not a verb of its own
        if measure + after in known and known.get(measure + after) not in ("r", "nr"):
            continue
        if measure == "本" and after in _OWN_AFTER_BEN:
            continue  # 请本地老师, 请本校教师: 本 is "this, one's own" (本地, 本校: 《现代汉语词典》 本 ⑨), not a measure word
        spans.append((m.start(), m.end(), verb))
    return _replace(text, spans, notes, REASON_SPOKEN)


# After 本, the characters that make it "this, one's own" (本地, 本校, 本园, 本人, 本单位, 本市 …) rather than the measure
# word of a book (买本书): jieba tags both 本地 and 本书 as pronouns, so the tag cannot tell them apart.
_OWN_AFTER_BEN = "地校园人单市县区镇乡村次届期月周年职身部系院所组班"


# Size words before a noun built from a verb and a measure word (小摆件, 大挂件, 新摆件).
_SIZE_BEFORE_NOUN = "小大新旧"


# Characters before 个 that make it a count or a pointer (一个, 这个, 每个, 上个月 is handled as a word), not a verb.
_NOT_VERB_BEFORE_GE = "一二两三四五六七八九十百千万几半这那哪每某各整多好些真"


def separable_verbs(text: str, notes: Notes) -> str:
    """A separable verb with 个 inside (离合词: 登个记, 报个名, 理个发, 洗个澡) becomes the word (登记, 报名); the
    word must be a verb in jieba's dictionary (现代汉语词典 marks such verbs 〈口〉 when split by 个)."""
    known = pos_dictionary()

    def sub(m: re.Match) -> str:
        word = m.group(1) + m.group(2)
        if m.group(1) in _NOT_VERB_BEFORE_GE or not known.get(word, "").startswith("v"):
            return m.group(0)
        notes.add(REASON_SPOKEN, m.group(0), word)
        return word

    text = re.sub(rf"([{_H}])个([{_H}])(?![{_H}]{{0,1}}(?:人|月|星期|礼拜|小时|钟头))", sub, text)

    def done(m: re.Match) -> str:
        word = m.group(1) + m.group(2)
        # jieba tags many separable verbs n (包场, 挂号, 订票); their first character is a verb of its own.
        # (Not a verb of state, whose V了O says what is there: 剩了饭, 有了人.)
        verb = m.group(1) not in "剩有是成像叫为等变" and (
            known.get(word, "").startswith("v") or known.get(word) == "n" and known.get(m.group(1), "").startswith("v")
        )
        if not verb or known.get(text[m.start() - 1 : m.start() + 1]):
            return m.group(0)  # not a verb, or its first character ends a word before it (召开了会)
        # Before 的 the phrase names people by what they did (退了休的, 报了名的): the word alone (退休的, 报名的).
        new = word if text[m.end() : m.end() + 1] == "的" else "已" + word
        if new == word and not known.get(word, "").startswith("v"):
            return m.group(0)
        notes.add(REASON_SPOKEN, m.group(0), new)
        return new

    # 了 inside a separable verb at a clause end (包了场, 报了名): the word, its completion written 已.
    return re.sub(rf"(?<!已)(?<!已经)([{_H}])了([{_H}])(?=[，。；！？的]|$)", done, text)


def verb_once(text: str, masked: Masked, lexicon: Lexicon, notes: Notes) -> str:
    """A one-character verb with 一遍 becomes its formal verb (查一遍 → 检查); 说一声 / 讲一声 → 沟通 after 跟/与/和/同 X,
    else 告知."""

    def once(m: re.Match) -> str:
        verb = m.group(1)
        if verb not in lexicon.single_verbs or (m.group(2) != "一" and masked.number(m.group(2)) != "一"):
            return m.group(0)
        new = verb_form(lexicon, verb, text, m.end())
        notes.add(REASON_DOUBLED, m.group(0), new)
        return new

    text = re.sub(rf"(?<![{_H}]{{2}}[的地])([{_H}])(.)遍(?![{_H}]{{0,1}}[又再])", once, text)

    def tell(m: re.Match) -> str:
        partner = re.search(r"[跟与和同][^，。；]{1,10}$", text[max(0, m.start() - 12) : m.start()])
        new = "沟通" if partner else "告知"
        notes.add(REASON_SPOKEN, m.group(0), new)
        return new

    text = re.sub(r"(?:说|讲|打)(?:了)?一?声(?:招呼)?(?=[，。；！？\n]|$)", tell, text)

    def with_partner(m: re.Match) -> str:  # 跟裁判讲一声改时间: told to someone before what is then done
        if not re.search(r"[跟与和同][^，。；]{1,10}$", text[max(0, m.start() - 12) : m.start()]):
            return m.group(0)
        notes.add(REASON_SPOKEN, m.group(0), "沟通")
        return "沟通"

    return re.sub(r"(?:说|讲)(?:了)?一?声(?=[\u4e00-\u9fff])", with_partner, text)


# jieba's count of a one-character verb below which its doubling before a noun is read as a reduplicated noun (坨坨肉
# is a dish, not 坨 done twice): verbs said doubled in speech (量, 搓, 捶, 揉) are seen hundreds of times or more.
_RARE_VERB = 300


def doubled_any(text: str, lexicon: Lexicon, notes: Notes) -> str:
    """Doubled verbs the lexicon does not list: ABAB where AB is a dictionary word (布置布置 → 布置, jieba tags many
    verbs n), and AA before an object where A is a verb in jieba's dictionary (量量血压 → 量血压)."""
    known = pos_dictionary()

    def abab(m: re.Match) -> str:
        word = m.group(1)
        tag = known.get(word, "")
        if tag not in _DOUBLING_TAGS:
            return m.group(0)  # a name, a number, an adverb doubled (一个一个, 渐渐渐渐) is not a verb said twice
        notes.add(REASON_DOUBLED, m.group(0), word)
        return word

    text = re.sub(rf"([{_H}]{{2}})\1", abab, text)
    listed = set(lexicon.single_verbs) | set(lexicon.doubling_verbs)
    toks = tokens(text)
    starts = {t.start for t in toks}

    def aa(m: re.Match) -> str:
        verb = m.group(1)
        pair = verb * 2
        if not known.get(verb, "").startswith("v"):
            return m.group(0)
        if any(t.start < m.start() < t.end and word_frequency(t.word) > 0 for t in toks):
            return m.group(0)  # 高考考务: the first 考 ends the word 高考, the second begins 考务 — no verb said twice
        if known.get(pair, "v").startswith("v") and known.get(verb + text[m.end() : m.end() + 1], "").startswith("v"):
            notes.add(REASON_DOUBLED, pair, verb)  # AAB of a verb-object word (离合词: 化化妆, 理理发, 练练手, 出出汗)
            return verb
        if verb in listed:
            return m.group(0)
        if word_frequency(verb) < _RARE_VERB:
            return m.group(0)  # 坨坨肉, 囡囡: a character rarely a verb, doubled before a noun, names a thing
        if m.start() not in starts:
            return m.group(0)
        if text[m.end() : m.end() + 1] == text[m.end() + 1 : m.end() + 2]:
            return m.group(0)  # AABB (干干散散): a doubled pair of a whole
        if pair in known and not known[pair].startswith("v"):
            return m.group(0)  # 常常, 天天, 娃娃, 谢谢 (tagged nr): words, not a verb said twice
        head = tokens(text[m.end() : m.end() + 6])[:1]
        if not head or not head[0].flag.startswith(("n", "vn")):
            return m.group(0)
        notes.add(REASON_DOUBLED, pair, verb)
        return verb

    return re.sub(rf"([{_H}])\1(?=[{_H}])", aa, text)


# A degree complement closing a clause (凶得很, 贵得不行, 累得要命, 挤得慌; 《现代汉语八百词》 得 ②, 很 ② "用在'得'后，
# 表示程度高", 〈口〉): 十分 before the adjective, as the lexicon does for the adjectives it lists. Only after a word
# jieba tags as an adjective: after a verb the complement says how much was done (降温降得厉害), not a quality.
_DEGREE_AFTER = ("很", "不行", "要命", "不得了", "慌", "厉害")
_CLAUSE_END = re.compile(r"[，。；！？、,;!?）)]|$")


def degree_complement(text: str, notes: Notes) -> str:
    """凶得很 → 十分凶: a spoken degree complement after an adjective at a clause's end."""
    found = tokens(text)
    spans: list[tuple[int, int, str]] = []
    for i, token in enumerate(found[:-2]):
        de, degree = found[i + 1], found[i + 2]
        if de.word != "得" or degree.word not in _DEGREE_AFTER or not _CLAUSE_END.match(text, degree.end):
            continue
        if token.flag.startswith("a"):
            spans.append((token.start, degree.end, "十分" + token.word))
    return _replace(text, spans, notes, REASON_SPOKEN)


def _replace(text: str, spans: list[tuple[int, int, str]], notes: Notes, reason: str) -> str:
    out, pos = [], 0
    for start, end, new in sorted(spans):
        if start < pos:
            continue
        out.append(text[pos:start])
        out.append(new)
        notes.add(reason, text[start:end], new)
        pos = end
    out.append(text[pos:])
    return "".join(out)
