"""Spoken structures found with jieba's parts of speech: doubled verbs (看看, 走一走, 锻炼锻炼, 爬爬山), a verb with
一下, sentence particles (啊 呢 吧 嘛), and 个 counting people (8个人 → 8人, 3个代表 → 3名代表)."""

from __future__ import annotations

import re

from assistant.domain.policy import load_policy_terms
from assistant.rewrite.apply import Notes
from assistant.rewrite.lexicon import CLASS_CONTENTS, Lexicon
from assistant.rewrite.pos import pos_dictionary, tokens

_H = CLASS_CONTENTS["H"]
_N = CLASS_CONTENTS["N"]
_P = CLASS_CONTENTS["P"]
_END = r"(?=[，。；：！？、,.;:!?\n～~…]|$)"
_SENTENCE_STOP = re.compile(r"[。；！？\n]")
# Between 个 and the person it counts only a modifier may stand (6个年轻教师), not a time word or a verb
# (三个月把档案…).
# (A post named after its group is a person: 年级组长, 班主任, 组长, 队长.)
_NOT_PEOPLE = r"(?!月|年(?!级组长|级主任)|天|小时|学期|学年|星期|季度|工作日|方面|部门|单位|年级(?!组长|主任)|班(?!主任|长)|组(?!长)|项目|问题|环节|队(?!长|员)|小组(?!长))"
_GAP = _NOT_PEOPLE + r"[^的把在去来和与及对为向给将被让使由从到，。；、\s]{0,3}?"
# An attributive with 的 may stand before the counted person too (十几个重度残疾的孩子), but not a place or a unit
# (两个校区的老师, 三个村小的教师, 两个教学点的老师: 个 counts the 校区, the 村小, the 教学点 — the suffixes of places
# and organisations, 《现代汉语词典》 区 校 园 点 站 所 处 室 部 科 院 村 镇 乡 厂 组 班 队).
_ATTRIBUTIVE = _NOT_PEOPLE + r"(?:[^的把在去来和与及对为向给将被让使由从到，。；、\s个]{0,7}[^的把在去来和与及对为向给将被让使由从到，。；、\s个区校园点站所处室部科院村镇乡厂组班队小]的)?"
# A noun of occupation of one to three characters before its agent suffix, not a thing named after it (会员卡).
# 会员卡, 教师节, 教师宿舍, 职工食堂: a thing named after people, not people
_THING_OF = "(?![卡证费室馆节单表群资岗额]|宿舍|公寓|食堂|住房|队伍|待遇|工资)"
_OCCUPATION = rf"[{_H}]{{1,3}}?(?:师|员|医|匠){_THING_OF}"
REASON_DOUBLED = "动词重叠改为公文用语"
REASON_PARTICLE = "删除语气词"
REASON_COUNT = "数量、日期、金额改为规范写法"


_FORM_KEYS = ("default", "people", "document", "errand", "way")  # the named forms of knowledge/formal_lexicon.yaml single_verbs
# A direction or a path right before the verb (往前走走, 沿河往上走一走, 沿着河堤走走): moving along, not a visit.
_WAY = re.compile(r"(?:[往向朝][上下前后里外东西南北]|[沿顺]着[^，。；]{1,8})$")


def verb_form(lexicon: Lexicon, verb: str, text: str, at: int) -> str:
    """The formal verb for a one-character spoken verb, by what follows it and the sentence it is in."""
    forms = lexicon.single_verbs[verb]
    after = text[at : at + 8]
    begin = max((m.end() for m in _SENTENCE_STOP.finditer(text, 0, at)), default=0)
    before = text[begin:at]
    people, care = lexicon.alternation("PEOPLE"), lexicon.alternation("CARE")
    if "document" in forms and re.match(rf"[^，。；]{{0,3}}{lexicon.alternation('DOCUMENT')}", after):
        return forms["document"]
    # The errand form when the sentence is about paperwork (手续…跑一跑 is 办理, not 跑步).
    if "errand" in forms and re.search(lexicon.alternation("ERRAND"), before + after):
        return forms["errand"]
    if "way" in forms and _WAY.search(before):
        return forms["way"]
    # Any other key is a formal verb for the objects its pattern names (扫: 扫描 before 二维码, else 清扫).
    for formal, objects in forms.items():
        if formal not in _FORM_KEYS and re.match(rf"[^，。；]{{0,4}}?(?:{objects})", after):
            return formal
    # The people form when people are the object (看看生病的教师), the partner (与教职工聊聊) or the sentence is
    # about their care (住院的…去看看).
    if "people" in forms and (
        re.match(rf"[^，。；]{{0,4}}?(?:{people}|{care})", after)
        or re.search(rf"[与跟和同找][^，。；]{{0,6}}?{people}[^，。；]{{0,2}}$", before)
        or re.search(care, before)
    ):
        return forms["people"]
    return forms["default"]


def _token_starts(text: str, start: int) -> bool:
    return any(t.start == start for t in tokens(text))


def _token_ends_at(text: str, end: int) -> bool:
    return any(t.end == end for t in tokens(text))


def _starts_object(text: str) -> bool:
    """True when text starts with a noun or verb (the object of a doubled verb: 打打气排球 → 打气排球)."""
    toks = tokens(text[:8])
    return bool(toks) and toks[0].flag.startswith(("n", "v")) and bool(re.match(f"[{_H}]", text))


def doubled_verbs(text: str, lexicon: Lexicon, notes: Notes) -> str:
    """ABAB → AB (锻炼锻炼 → 锻炼); AAB → AB (打打球 → 打球, 爬爬山 → 登山); AA, A一A, A了A → the formal verb
    (走走 → 参观, 看一看 → 查看)."""

    def abab(m: re.Match) -> str:
        word = m.group(1)
        # jieba reads 交流 in 交流交流 as a noun: the verbs doubled on purpose (knowledge/policy_terms.yaml) count too.
        verbish = any(t.flag.startswith(("v", "a")) for t in tokens(word))
        if not verbish and word not in load_policy_terms().reduplicated_verbs:
            return m.group(0)
        notes.add(REASON_DOUBLED, m.group(0), word)
        return word

    text = re.sub(rf"([{_H}]{{2}})\1", abab, text)
    text = aabb(text, notes)
    verbs = set(lexicon.single_verbs) | set(lexicon.doubling_verbs)
    known = pos_dictionary()
    out, pos = [], 0
    for m in re.finditer(rf"([{_H}])([一了]?)\1", text):
        verb, middle = m.group(1), m.group(2)
        if m.start() < pos or not _token_starts(text, m.start()):
            continue
        if verb not in verbs:
            # A一A / A了A of any verb the dictionary knows (刻一刻, 耍了耍) is the verb said once (《现代汉语八百词》
            # 动词重叠); not 一A一A (一点一点, 一层一层: one by one)
            if middle and known.get(verb, "").startswith("v") and text[m.start() - 1 : m.start()] != "一":
                out.append(text[pos : m.start()])
                out.append(verb)
                notes.add(REASON_DOUBLED, m.group(0), verb)
                pos = m.end()
            continue
        if not middle and re.match(r"([\u4e00-\u9fff])\1", text[m.end() : m.end() + 2]):
            continue  # 弹弹唱唱: AABB, one doubled pair of a whole, not AA + object
        if not middle and any(
            t.start == m.start() and t.end > m.end() and t.flag.startswith("n") for t in tokens(text)
        ):
            continue  # 拉拉队: a noun that begins with a doubled character (跳跳舞, a verb said twice, is not)
        after = text[m.end() :]
        end = m.end()
        if not middle and verb + after[:2] in lexicon.doubled_objects:
            new, end = lexicon.doubled_objects[verb + after[:2]], end + 2
        elif not middle and verb + after[:1] in lexicon.doubled_objects:
            new, end = lexicon.doubled_objects[verb + after[:1]], end + 1
        elif not middle and _starts_object(after):
            new = verb
        elif verb in lexicon.single_verbs:
            new = verb_form(lexicon, verb, text, m.end())
        else:
            continue
        out.append(text[pos : m.start()])
        out.append(new)
        notes.add(REASON_DOUBLED, text[m.start() : end], new)
        pos = end
    out.append(text[pos:])
    return "".join(out)


# AABB said for emphasis that 公文 keeps as it is (《现代汉语八百词》: 形容词重叠 used in formal writing too).
# Also the AABB whose meaning is figurative and lost when said once (缝缝补补 "patchwork repairs" is not 缝补 "sewing";
# 修修补补, 反反复复, 轰轰烈烈: 《现代汉语词典》 lists them as set four-character words).
_FORMAL_AABB = frozenset(("扎扎实实", "实实在在", "踏踏实实", "勤勤恳恳", "兢兢业业", "认认真真", "清清楚楚", "明明白白",
                          "缝缝补补", "修修补补", "反反复复", "轰轰烈烈", "磕磕绊绊", "风风火火"))


def aabb(text: str, notes: Notes) -> str:
    """AABB → AB where AB is a dictionary word (弹弹唱唱 → 弹唱, 热热闹闹 → 热闹, 说说笑笑 → 说笑): the spoken
    doubling of a verb or an adjective (《现代汉语八百词》); a few formal AABB (扎扎实实) stay."""
    known = pos_dictionary()

    def sub(m: re.Match) -> str:
        word = m.group(1) + m.group(2)
        both_verbs = all(known.get(ch, "").startswith("v") for ch in word)  # 弹弹唱唱: 弹唱 is tagged n
        if m.group(0) in _FORMAL_AABB or m.group(1) == m.group(2) or word not in known:
            return m.group(0)
        if not (known[word].startswith(("v", "a")) or both_verbs):
            return m.group(0)  # 星星点点: nouns doubled, not an action
        notes.add(REASON_DOUBLED, m.group(0), word)
        return word

    return re.sub(rf"([{_H}])\1([{_H}])\2", sub, text)


def verb_yixia(text: str, lexicon: Lexicon, notes: Notes) -> str:
    """A one-character verb with 一下 becomes its formal verb (审一下 → 审核, 填一下 → 填写)."""
    verbs = "".join(lexicon.single_verbs)

    def sub(m: re.Match) -> str:
        if not _token_starts(text, m.start()) or (m.start() > 0 and not _token_ends_at(text, m.start() + 1)):
            return m.group(0)
        new = verb_form(lexicon, m.group(1), text, m.end())
        notes.add(REASON_DOUBLED, m.group(0), new)
        return new

    text = re.sub(rf"([{verbs}])一下(?![子午])", sub, text)
    # Any other one-character verb jieba knows, with 一下 before its object (卸一下车, 擦一下窗; 《现代汉语八百词》
    # 一下 ② 用在动词后, 表示做一次或试着做, 〈口〉): the verb and its object, 一下 gone.
    known = pos_dictionary()

    def plain(m: re.Match) -> str:
        verb = m.group(1)
        if not known.get(verb, "").startswith("v") or not _token_starts(text, m.start()):
            return m.group(0)
        if not _token_ends_at(text, m.start() + 1) or any(t.start == m.end() and t.flag.startswith(("m", "q", "t", "f")) for t in tokens(text)):
            return m.group(0)
        notes.add(REASON_DOUBLED, m.group(0), verb)
        return verb

    text = re.sub(rf"([{_H}])一下(?=[{_H}])(?![子午])", plain, text)
    # 说下 / 填下 (chat's 一下 without 一) before what is told or filled, never before a word 下 begins (下午, 下周).
    short = "".join(v for v in lexicon.sets.get("SHORT_YIXIA", ()) if v in verbs)
    if not short:
        return text
    return re.sub(rf"([{short}])下(?=[{_H}{_P}]|[，。；！？]|$)(?![午周月个次去来面班车课边方级属载达发旬半一楼头])", sub, text)


def particles(text: str, lexicon: Lexicon, notes: Notes) -> str:
    """Sentence particles at the end of a clause (…嘛。 …吧，) or after a topic (…呢，), unless part of a word."""
    if not lexicon.particles:
        return text
    guarded = [(m.start(), m.end()) for w in lexicon.particle_words for m in re.finditer(re.escape(w), text)]

    def sub(m: re.Match) -> str:
        if any(a <= m.start() < b for a, b in guarded):
            return m.group(0)
        notes.add(REASON_PARTICLE, m.group(0), "")
        return ""

    text = re.sub(rf"(?<=[{_H}{_P}”》）)])[{re.escape(lexicon.particles)}]+{_END}", sub, text)

    # A particle after each item of a list (纸箱啊、瓶盖啊、毛线啊都行; 《现代汉语八百词》 啊 用于列举的各项之后): the
    # last item's particle stands before what sums the list up (都, 也, 等, 之类, 这些 …).
    text = re.sub(rf"(?<=[{_H}{_P}])[啊呀啦哇]+(?=都|也|等|什么的|之类|这些|这类|均|全都|一律|统统)", sub, text)

    # 呢 inside a sentence marks a topic (食堂呢也要…): jieba reads it as a particle (y) on its own.
    def topic(m: re.Match) -> str:
        token = next((t for t in tokens(text) if t.start == m.start()), None)
        if token is None or token.word != "呢" or token.flag != "y" or any(a <= m.start() < b for a, b in guarded):
            return m.group(0)
        notes.add(REASON_PARTICLE, "呢", "")
        return ""

    return re.sub(rf"(?<=[{_H}])呢(?=[{_H}])", topic, text)


# What shows a count of people is the size of each group (3个人一组, 10个人一桌, 5个人为一队), or comes after 每X or
# what holds them (一条船坐4个人, 一辆车坐5个人).
_GROUP_SIZE = re.compile(rf"(?:为|成)?[一每/{_N}](?:个)?[组桌队对车间排批场轮班拨团]|(?:组成|组队|一起|合用|共用|同住|住一)")
_PER_GROUP = re.compile(
    rf"(?:(?:每|[一{_N}])(?:条|艘|辆|只|张)?[组桌队车间排批场轮班拨团户家船艇]|每个?[\u4e00-\u9fff]{{1,3}}?)"
    r"(?:[报派出选配限设坐乘载住]|最多|至多|限|不超过|不少于|至少|不低于|约|大概)?$"
)


# A count right after a verb of making, buying or handling things counts the things (每人做8个, 每人领2个): the
# people of the clause (每个人) are who does it, not what is counted.
_MADE_BY = re.compile(r"(?:做|买|拿|领|吃|包|写|画|烤|捏|剪|折|种|栽|摆|制作|准备|购买|领取)$")


def people_counts(text: str, lexicon: Lexicon, notes: Notes) -> str:
    """个 counting people becomes 名 (or goes before 人): 6个教师 → 6名教师, 8个人 → 8人, 每队3个 → 每队3名."""
    people = lexicon.alternation("PEOPLE")
    context = lexicon.alternation("PEOPLE_CONTEXT")
    approx = "".join(lexicon.approx_inside)

    def sub(m: re.Match) -> str:
        number, inside, after = m.group(1), m.group(2) or "", m.group(3)
        inside_formal = lexicon.approx_inside.get(inside, "")
        prefix = "约" if inside_formal == "约" else ""
        suffix = inside_formal if inside_formal != "约" else ""
        # 8个人 counting who takes part is 8名 (公文 counts people with 名, 吕叔湘《现代汉语八百词》 名 量词); the size of a
        # group (8个人一组, 每桌10个人, 一个人) stays 人.
        if after == "人" and (_GROUP_SIZE.match(text, m.end()) or _PER_GROUP.search(text, 0, m.start())):
            new = f"{prefix}{number}{suffix}人"
        else:
            new = f"{prefix}{number}{suffix}名"
        notes.add(REASON_COUNT, m.group(0), new)
        return new

    # 请一个专家指导: the article 一个 before a person is 一名.
    text = re.sub(
        rf"(?<![第每])一个(?!人)(?={_GAP}{people})",  # 一个人兼着 stays one person
        lambda m: (notes.add(REASON_COUNT, "一个", "一名"), "一名")[1], text,
    )
    # 8个人 / 二十来个人 / 6个(青年)教师
    text = re.sub(rf"([{_N}])([{approx}])?个(人)(?![员数次均气])", sub, text)
    # Either an attributive with 的 or a short modifier, not both: 三个班的班主任 counts 班, not people.
    text = re.sub(rf"([{_N}])([{approx}])?个()(?={_ATTRIBUTIVE}{people}{_THING_OF}|{_GAP}{people}{_THING_OF})", sub, text)

    # 两个化妆师 / 三个理疗医: a noun of occupation (汉语 agent suffixes 师 员 医 匠, 《现代汉语词典》 -师 -员 词条; 吕叔湘
    # 《现代汉语八百词》 on 个 and 名) is a person counted with 名 even when the set PEOPLE does not list it.
    text = re.sub(rf"([{_N}])([{approx}])?个()(?={_NOT_PEOPLE}{_OCCUPATION})", sub, text)

    def clause_end(m: re.Match) -> str:
        if _MADE_BY.search(text, max(0, m.start() - 3), m.start()):
            return m.group(0)  # 每人做8个: what each makes is counted, not who
        begin = max((s.end() for s in _SENTENCE_STOP.finditer(text, 0, m.start())), default=0)
        if not re.search(context, text[begin : m.start()]) and not re.search(rf"[{_N}]名", text[begin : m.start()]):
            return m.group(0)
        return sub(m)

    # 每组4个、行政4个来分: a count at the end of its phrase, before 来/去/就/都/也 or a mark.
    return re.sub(rf"([{_N}])([{approx}])?个()(?:{_END}|(?=[来去就都也已均][{_H}])|(?=了{_END}))", clause_end, text)


def demonstratives(text: str, notes: Notes) -> str:
    """这个 before a noun: gone after another noun (教职工大会这个平台 → 教职工大会平台), else 该 (这个活动 → 该活动)."""
    toks = tokens(text)
    cut: dict[int, str] = {}
    for before, this, after in zip((None, *toks), toks, (*toks[1:], None)):
        if this.word != "这个" or after is None or not re.match(f"[{_H}]", after.word):
            continue
        noun_before = before is not None and before.flag.startswith(("n", "vn")) and before.end == this.start
        cut[this.start] = "" if noun_before else "该"
    if not cut:
        return text
    out, pos = [], 0
    for start, new in sorted(cut.items()):
        out.append(text[pos:start])
        out.append(new)
        notes.add("口语改为公文用语", "这个", new)
        pos = start + 2
    out.append(text[pos:])
    return "".join(out)
