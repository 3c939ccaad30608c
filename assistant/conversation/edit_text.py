"""The pieces of a chat message an edit is made of, as pure functions: the clause around a verb, a negated verb, what
to add (without counts, pointers and remarks on length), the value after 改成, how many steps to undo, and a
correction of the edit just made. Words come from knowledge/edits.yaml (EditWords)."""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.conversation.edit_refs import NUM, Items, SectionRef, number, parse_items, strip_refs
from assistant.conversation.edit_words import EditWords, alternation

UNDO_ALL = 99  # the count of an undo that takes back every edit of the conversation


def undo_count(text: str, words: EditWords) -> int:
    """How many edits an undo takes back: "撤回三步" 3, "全部撤销" / "回到最初的样子" all, else 1."""
    # "那两处都撤回去" / "两个改动": places or changes counted are edits counted.
    steps = re.search(rf"({NUM})\s*(?:步|次|处|个修改|个改动|项修改|项改动|下)", text)
    if steps and (number(steps.group(1)) or 0) > 1:
        return number(steps.group(1)) or 1
    return UNDO_ALL if any(w in text for w in words.verbs.get("undo_all", words.items["all"])) else 1


def correction(text: str, words: EditWords, refs: Callable[[str], list[SectionRef]]) -> dict | None:
    """The fields of a correction of the edit just made: "写错了，是合唱，不是舞蹈" (old, new), "删错了，应该是下一条"
    (a step up or down), "说错了，是经费那节的第1项" (items, section); None when it says no more than "删错了" (an undo)."""
    marker = re.search(words.verb("correct"), text)
    if not marker:
        return None
    fix = word_fix(text) if not _OTHER_PART.search(text) else None
    if fix:  # quotes mark the word ("是“活力运动会”，不是阳光"); they are not part of it
        return {"old": fix[0].strip("“”\"'"), "new": fix[1].strip("“”\"'")}
    step = _RELATIVE.search(text)
    if step:
        return {"dest": "relative", "dest_n": -1 if step.group(1) in "上前" else 1}
    rest = text[marker.end() :]
    if "是" not in rest or re.search(words.verb("replace"), rest):
        return None  # "不对，把第2条改成……" is a new request, not "是第2条"
    named = refs(rest)
    items = parse_items(strip_refs(rest, named, words, gap="　"), words, rows="行" in rest)
    items.text = re.sub(r"^.*是", "", items.text)  # "我要删的是联欢会那条" → 联欢会
    if items.positions or items.from_end or items.month or items.text:
        return {"items": Items(positions=items.positions, from_end=items.from_end, month=items.month,
                               text=items.text),
                "section": named[0].key if named else None}
    if named and _OTHER_PART.search(text):
        return {"section": named[0].key}  # "弄错地方了，要挪的是工会建设那部分的": the same edit, in that section
    right = _BARE_RIGHT.search(rest)
    if right and not _POINTER.search(right.group(1)) and not refs(right.group(1)):
        return {"old": "", "new": right.group(1)}  # "打错了，是合唱比赛": what it should have said
    return None


# The wrong part said outright (弄错地方, 删错部分, 地方搞错了, 不是这一节): the same edit, in the part named after it.
_OTHER_PART = re.compile(r"(?:弄|搞|放|挪|删|改|找|选|加)错(?:了)?(?:地方|部分|位置|节|块)|(?:地方|部分|位置)(?:弄|搞|找|选)?错"
                         r"|不是这(?:一)?(?:节|部分|块|边|里)")

# "它下面那条", "上一条", "前面那个", "下边那项": the item next to the one just edited.
_RELATIVE = re.compile(r"(?:它|这条|那条|刚才那条)?的?([上前下后])(?:面|边|头|一)\s*(?:的)?\s*(?:那|这)?\s*(?:一)?\s*(?:条|个|项|点|行)")
_PHRASE = r"[^，,。；;！!？?]{1,14}?"
_END = r"(?:了|啦|咯|吧|啊|呀|哈)?(?=[，,。；;！!？?]|$)"
# What a correction may name that is an item, not a word: 第3条, 那条, 下面那个, 上一项.
_POINTER = re.compile(r"第\s*\S{1,3}\s*[条项个点行]|[那这一]\s*[条项个点行]|[上下前后](?:面|边|头)|[删移挪放加]")
# "是合唱比赛" / "应该是合唱" right after the marker: the right word (not "我要删的是…", "就是…").
_BARE_RIGHT = re.compile(rf"(?:(?:应该|应当|其实|本来)是|(?<![不就要还也都的])是)({_PHRASE}){_END}")


def word_fix(text: str) -> tuple[str, str] | None:
    """(wrong, right) of "是合唱，不是舞蹈" / "不是A，是B" / "把B打成A了"."""
    m = re.search(rf"(?<!不)是({_PHRASE}){_END}[，,；;]?\s*(?:而)?不是({_PHRASE}){_END}", text)
    if m:
        return m.group(2), m.group(1)
    m = re.search(rf"不是({_PHRASE}){_END}[，,；;]?\s*(?:应该|而|其实)?是({_PHRASE}){_END}", text)
    if m:
        return m.group(1), m.group(2)
    m = re.search(rf"(?:把)?({_PHRASE})(?:打|写|说|记)成(?:了)?({_PHRASE}){_END}", text)
    if m:
        return m.group(2), re.sub(r"^(?:把|将)", "", m.group(1))
    return None


def clause_bounds(text: str, at: int) -> tuple[int, int]:
    """The clause (between commas, semicolons or stops) that holds position `at`."""
    stops = "，,；;。！!？?"
    start = max(text.rfind(c, 0, at) for c in stops) + 1
    ends = [i for c in stops if (i := text.find(c, at)) >= 0]
    return start, min(ends) if ends else len(text)


def gives_reason(text: str, at: int, words: EditWords) -> bool:
    """True when the section named at `at` is in a clause that only gives a reason ("经费那边已经写了", "跟女工那块
    重复"), so it does not say where the edit goes (unlike "经费那一节，" or "先弄女工的，")."""
    start, end = clause_bounds(text, at)
    clause = text[start:end]
    compared = re.search(rf"{alternation(words.items.get('with', ('跟',)))}\s*$", text[start:at])
    return bool(compared) or any(w in clause for w in words.places.get("reason", ()))


def blank_left_alone(text: str, at: int, words: EditWords) -> str:
    """`text` with each clause (other than the one holding the verb at `at`) that says to leave something alone
    blanked to the same length ("第四个拿掉，…，4月表里那行先别管"): what it names stays, so it neither scopes the
    edit nor makes it an edit of table rows."""
    alone = words.verbs.get("leave_alone", ())
    if not alone:
        return text
    start, end = clause_bounds(text, at)
    for m in reversed(list(re.finditer(r"[^，,；;。！!？?]+", text))):
        if m.start() < end and m.end() > start or not any(w in m.group(0) for w in alone) \
                or re.search(r"别的|其他|其它|其余|剩下|另外的", m.group(0)):
            continue  # "文体那节别的不动，第二条删了": the rest of the section named stays, the section is the target
        text = text[: m.start()] + "　" * len(m.group(0)) + text[m.end() :]
    return text


def left_alone_keys(text: str, at: int, words: EditWords, refs: Callable[[str], list[SectionRef]]) -> list[str]:
    """The sections (the table too) that a clause other than the verb's says to leave as they are ("全文的A换成B，表格
    不用改"): a change over the whole plan passes them by."""
    blanked = blank_left_alone(text, at, words)
    return list(dict.fromkeys(r.key for r in refs(text) if not blanked[r.start : r.end].strip("　")))


def negated(text: str, at: int) -> bool:
    """True when the verb at `at` is negated (不删, 别删了, 不要加)."""
    return bool(re.search(r"(?:不|别|没|勿|不要|不用|无需)$", text[:at]))


def add_verb(text: str, words: EditWords) -> re.Match | None:
    """The add verb of a message; a bare 加 only where it is not part of another word (参加, 加强, 增加值)."""
    longer = [w for w in words.verbs["add"] if w != "加"]
    found = [m for m in re.finditer(alternation(longer), text) if not _ADDED_ITEM.match(text, m.end())] or [
        m for m in re.finditer(r"(?<![参追增更施附添叠])加(?![强班油快大深重工剧以速宽长紧薪盟码热])", text)
        if not _ADDED_ITEM.match(text, m.end())]
    # "每年给他们加个体检": 加 with the people it is for before it gives them something (what the union is to do, told
    # as a whole), it does not add to the plan; "给我加一条" does.
    found = [m for m in found if not _FOR_THEM.search(text[: m.start()])]
    if not found:  # "理一理，转为计划中的一项": what was told made into an item of the plan
        found = list(MADE_ITEM.finditer(text))
    if not found and words.items.get("placement"):  # "塞在相应位置": putting it where it belongs is adding it
        # "塞到哪块合适 / 放哪都行": where it goes asked back of the assistant is a placement left to it as well
        found = list(re.finditer(rf"(?:放|搁|塞|归|安排|加|写|补|添|填|列)(?:到|在|进|入)?"
                                 rf"(?={alternation(words.items['placement'])}|哪(?:一|个)?(?:块|部分|节|里|儿)?(?:都|最|比较)?(?:合适|行|好))",
                                 text))
    # "刚才加的朗诵会那条挺好": a verb of adding before 的 and a pointer to an item names an item added already.
    # "……冬天给加个保温台，计划里补上": a short closing clause with its own verb is the request; a verb inside the
    # content before it (加个保温台) is part of what to add.
    tail = max(text.rfind(c) for c in "，,；;。") + 1
    closing = [m for m in found if m.start() >= tail and len(text[tail:].strip("。！! ")) <= 8]
    if closing and any(m.start() < tail for m in found):
        return closing[-1]
    return min(found, key=lambda m: m.start()) if found else None


# A verb of making + 成 + an item of the plan ("变为计划中一项", "整理成一条", "归纳成两点", "转成一项工作"): what
# the user told is to become new items (《现代汉语八百词》 动词 + 成: 表示成为、变为). The count of items must follow,
# so "改成“羽毛球”" stays a replacement. A word of standing alone may come before the count (变成单独一项, 列成
# 独立的一条: 《现代汉语词典》 单独 "不跟别的合在一起"), or said first (单独列一项, 单独成一条); 为/作 as 成 (变为一项).
# 捋/理/缩/压/拢/梳理/浓缩/精简 + 成 are condensing too (《现代汉语词典》 捋 "顺着抹过去, 使顺溜", 理 "整理", 缩 "由大变小").
MADE_ITEM = re.compile(r"(?:(?:写|变|整理|归纳|概括|提炼|总结|整|弄|搞|改|做|列|形成|转|转化|编|汇总|捋一捋|捋|理一理|理|缩|压|拢|"
                       r"归拢|梳理|浓缩|精简|简化)(?:成为?|为|作)|"
                       r"(?:单独|独立|另外|另)(?:列|写|成|算|作为)(?:成|为|作)?)\s*(?:计划|方案)?"
                       r"(?:里|中|里面)?(?:的)?\s*(?:单独|独立|单列|另起|新|新的)?(?:的)?\s*(?:一|两|二|三|几|\d)\s*(?:条|项|点)")

# 给/为/替 + the people a measure is for (third person: 他们, 大家, 老师们, 退休老同志…), right before the verb
# (《现代汉语八百词》 给 介词: 引进交付、传递的接受者, "给他们加个…" = provide them with).
_FOR_THEM = re.compile(r"(?:给|为|替)(?:他们|她们|他|她|大家|大伙儿?|老师们?|教职工|职工|老人家?|老同志们?|这些老师|这些人|"
                       r"退休(?:老师|教职工|老同志)|女(?:老师|教职工|职工)们?)\s*$")

_ADDED_ITEM = re.compile(r"(?:上|进去|进|上去)?的\s*[\u4e00-\u9fff“”]{0,10}?(?:那|这)\s*(?:一)?\s*(?:条|项|个|句|点)(?!是)")


def clean_value(text: str, keep_inner: bool = False) -> str:
    """The replacement text after 改成: quotes, colon and trailing particles removed."""
    text = text.strip().lstrip("：:").strip()
    text = re.sub(r"[吧了呢啊呀哈咯。！!，,\s]+$", "", text)
    if not keep_inner:
        text = re.split(r"[，,。；;]", text)[0]
    return text.strip("“”").strip()


# A clause telling not to copy ("原文覅贴上来", "别大段抄通知"): a negation (spoken or regional) before a verb of
# copying or pasting says how to write, never what.
_NO_COPY = re.compile(r"(?:不要|不用|别|勿|无需|甭|覅|莫|冇)[^，,；;]{0,4}(?:贴|抄|照搬|复制|搬上)")


def without_manner(text: str, words: EditWords) -> str:
    """The request without clauses that only say how to write it ("，写短点就好"): they are not content."""
    manner = words.items.get("manner", ())
    kept = [c for c in re.split(r"(?<=[，,；;])", text) if not any(w in c for w in manner) and not _NO_COPY.search(c)]
    return "".join(kept).rstrip("，,；; ")


def content_of(text: str, leading: bool = False) -> str:
    """What to add: the request's words after the verb, without counts, colons and pointers to the plan."""
    text = text.strip()
    # "（整一条）搁到计划里去", "（加）进计划中": only where it goes
    text = re.sub(r"^(?:搁|放|写|加|添|补|塞|弄|整)?(?:一下|上|进去|进|到|入|在)?(?:计划|方案)?(?:里面|里头|里边|里|中)?(?:去|来)?"
                  r"[吧呀啊哈咯啦了。！!\s]*$", "", text) if not leading else text
    # "写到计划里去，……" / "加到计划里头": where the words go, not what they say
    text = re.sub(r"^(?:计划|方案)(?:里面|里头|里边|里|中)?(?:去|来)?\s*(?:[，,。]\s*|$)", "", text) if not leading else text
    text = re.sub(r"^(?:一下|进去)\s*", "", text) if not leading else text
    text = re.sub(rf"^(?:{NUM}?\s*(?:条|项|个|点|行))?\s*(?:新的内容|新措施|内容|措施)?\s*[吧呗啊呀哈咯嘛]*\s*[：:，,]?\s*", "", text)
    text = re.sub(r"^(?:请|麻烦|帮我|给我)?(?:把|将)?", "", text) if leading else text
    text = re.sub(r"(?:进去|进来|进计划里?|到计划里?|到计划中|里面?|上去)?[吧呀啊哈咯啦了吗呢。！!？?\s]*$", "", text)
    text = re.sub(r"^(?:关于|有关)(.+?)的(?:内容|措施|工作)?$", r"\1", text)
    text = re.sub(r"(?:的内容|相关内容|的措施|方面的内容)$", "", text)
    if leading:  # "……，计划里头" / "……，给" before 加上 / 写一条: where it goes, or whom the user asks
        text = re.sub(r"[，,]\s*(?:(?:在|往|到)?(?:计划|方案)(?:里面|里头|里边|里|中)?|(?:给|帮|请|麻烦)(?:我|咱)?|你)\s*$", "", text)
    if leading:  # "……，这个也" before 写上: a pointer back at what was just said
        text = re.sub(r"[，,。]\s*(?:这个|这条|这一条|这项|这些|这点|这件事|那个|它|这回|这次|这下)?\s*(?:也|都|还|就)?\s*(?:要|得|请|帮我|给我|给|帮)?$",
                      "", text)
        text = re.sub(r"(?<=[\u4e00-\u9fff]{2})也(?:要|得)?$", "", text)  # "……托管也加进去"
        # "……比赛要体现一下", "……比赛给我加进来", "……这事也": a modal or the one asked, before the verb
        text = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:这事|这个|这条)?(?:也|还|就)?(?:要|得|需要|应该)?(?:给我|帮我|给咱|你)?$", "",
                      text)
        # "缺个书画展，补上": what the section lacks is what to add (缺/少/差 + 个)
        text = re.sub(r"^(?:还)?(?:缺|少|差)(?:了)?(?:个|一个|一项|一条|点)(?=[\u4e00-\u9fff]{2})", "", text)
    else:  # "添上一句组织……": the count of what is added, said after the verb
        text = re.sub(r"^(?:一|两|几)\s*(?:句|笔|段)(?:话)?\s*[：:，,]?\s*", "", text)
    return text.strip(" ，,：:")


def split_contents(content: str, count: int) -> list[str]:
    """One entry per item to add: "一个是A，一个是B" / "一是A；二是B" / "A；B" (or "A。B" and "A，B" when two were
    announced)."""
    if not content:
        return []
    parts = [p for p in re.split(r"(?:^|[，,；;。]\s*)(?:另一个是|另一条是|一个是|一条是|第[一二三四五]条?是|[一二三四五]是)", content)
             if p.strip(" ，,；;")]
    if len(parts) < 2:
        # Sentences of one message are one item unless two were announced (加两条：…。…。) or set apart by
        # semicolons: "前几天检查发现票据不全。今后须两人签字" is one measure, its reason first.
        splitter = r"[；;]|(?<=[。])" if count >= 2 else r"[；;]"
        parts = [p for p in re.split(splitter, content) if p.strip(" ，,；;。")]
        if count < 2:
            parts = [re.sub(r"。(?=.)", "，", p) for p in parts]
    if len(parts) < 2 and count >= 2:
        pieces = [p for p in re.split(r"[，,]", content) if p.strip()]
        parts = pieces if len(pieces) == count else parts
    return [p.strip(" ，,；;") for p in parts] or [content]


def insert_at(before: str, words: EditWords) -> tuple[str, int]:
    """Where an added item goes when the request says so (在最前面加, 在第2条后面加); ("", 0) = at the end."""
    if any(w in before for w in words.moves["first"] if len(w) >= 2):
        return "first", 1
    m = re.search(rf"第\s*({NUM})\s*(?:条|项|个|点)\s*(?:的)?({alternation(words.moves['before'])}|"
                  rf"{alternation(words.moves['after'])})", before)
    if m and number(m.group(1)):
        return ("before" if m.group(2) in words.moves["before"] else "after"), number(m.group(1)) or 0
    return "", 0


def destination_of(right: str, words: EditWords) -> tuple[str, int]:
    """Where a moved item goes, read after the verb: (first | last | at | before | after | from_end, position)."""
    right = right.strip()
    end = re.match(rf"倒数\s*第?\s*({NUM})\s*(?:条|个|项|位)?", right)
    if end and number(end.group(1)):  # "挪到倒数第二个": a place counted from the end
        return "from_end", number(end.group(1)) or 0
    m = re.match(rf"(?:(第)\s*)?({NUM})\s*(条|个|项|位)?\s*(?:的)?({alternation(words.moves['before'])}|"
                 rf"{alternation(words.moves['after'])})?", right)
    if m and number(m.group(2)) and (m.group(1) or m.group(3)):
        where = m.group(4) or ""
        kind = "before" if where in words.moves["before"] and where else "after" if where else "at"
        return kind, number(m.group(2)) or 0
    if any(right.startswith(w) for w in words.moves["first"]):
        return "first", 1
    if any(right.startswith(w) for w in words.moves["last"]):
        return "last", 0
    return "", 0


def split_scope(left: str, refs: Callable[[str], list[SectionRef]], words: EditWords) -> tuple[str, str]:
    """"本节的工会委员都" → ("本节的", "工会委员"): the scope words, then the text to replace."""
    left = re.sub(r"^(?:请|麻烦|帮我|给我)?(?:把|将)", "", left.strip())
    left = re.sub(rf"{alternation(words.items['all'])}+$", "", left).strip()
    scope_end = 0
    for ref in refs(left):
        scope_end = max(scope_end, ref.end)
    for word in (*words.places["here"], *words.places["whole"]):
        at = left.rfind(word)
        if at >= 0:
            scope_end = max(scope_end, at + len(word))
    scope, old = left[:scope_end], left[scope_end:]
    # "食堂在装修，聚餐改成茶话会": the text to replace is the clause right before the verb; earlier clauses
    # give the reason (or the scope, kept in `scope`).
    if re.search(r"[，,；;。]", old):
        cut = max(old.rfind(c) for c in "，,；;。") + 1
        scope, old = scope + old[:cut], old[cut:]
        old = re.sub(r"^(?:请|麻烦|帮我|给我)?(?:把|将)", "", old.strip())
    old = re.sub(rf"^{alternation(words.places['locators'])}?(?:所有|全部)?的?", "", old)
    old = re.sub(rf"^(?:所有|全部)的?|{alternation(words.items['all'])}+$", "", old).strip()
    # "乒乓球这学期改成羽毛球": a time word between the text and the verb says when, not what
    old = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:这学期|本学期|下学期|这学年|今年|明年|以后|今后|从今年起|现在|暂时|统一)+$",
                 "", old)
    return scope, old


def only_instructions(content: str, words: EditWords) -> bool:
    """True when every clause of what follows an add verb only says which facts to keep or leave out ("几号比、在哪比
    讲清楚", "电话邮箱莫要", "名额怎么分要写明"): how to sum up a file, not content of its own."""
    asks, leave = words.items.get("fact_asks", ()), words.items.get("leave_out", ())
    placed = words.items.get("placement", ())  # "放进相应的板块": where it goes, not what it says
    parts = [p for p in re.split(r"[，,；;。、]", content) if p.strip()]
    return bool(parts) and all(any(w in p for w in (*asks, *leave, *placed)) for p in parts)
