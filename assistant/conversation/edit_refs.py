"""What a chat message points at: the sections it names (女工那块, 这部分, 表里) and the items (第2条, 第1、3条,
第2到4条, 最后一条, 倒数第二条, 9月那一行, 关于体检的那一项), read with the words of knowledge/edits.yaml."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.conversation.edit_spoken_counts import counted_back, run_together
from assistant.conversation.edit_words import EditWords, alternation
from assistant.domain.numerals import parse_cn_number
from assistant.domain.structure import Structure

NUM = r"(?:\d{1,2}|[一二三四五六七八九十两]{1,3})"
_CN = "一二三四五六七八九十"
QUOTED = re.compile(r"“([^“”]{1,60})”")
_FULLWIDTH = str.maketrans("０１２３４５６７８９～－", "0123456789~-")
_QUOTES = str.maketrans({"‘": "“", "’": "”", "「": "“", "」": "”", "『": "“", "』": "”"})


@dataclass
class Items:
    """Which items of a section a request points at."""

    positions: list[int] = field(default_factory=list)  # 1-based, as the user counted
    from_end: int = 0  # 1 = the last item
    tail: int = 0  # the last `tail` items (最后两条)
    head: int = 0  # the first `head` items (前两条)
    onward: int = 0  # this item and every one after it (第3条起往后, 从第三项开始)
    text: str = ""  # items that mention this
    every: bool = False  # all the items that mention `text`, not just one
    month: int | None = None  # a table row by its month
    months: list[int] = field(default_factory=list)  # every row of a span of months (四到六月那几行), in period order
    vague: bool = False  # "那条": a pointer with nothing to find it by
    ends: list[int] = field(default_factory=list)  # several counted from the end (倒数第一、倒数第三条), 1 = the last
    said: int = 0  # how many items found by `text` the user counted ("那两条"), checked against what is found
    earlier: bool = False  # `text` named with a pointer back to something said before (上回讲的那个比赛): asked, never guessed
    others: bool = False  # every item but those pointed at ("只要前两条，下面的去掉", "除了第二条都删了")

    def given(self) -> bool:
        return bool(self.positions or self.from_end or self.tail or self.head or self.onward or self.text or self.month
                    or self.ends or self.months)




def normalise(message: str, words: EditWords) -> str:
    """Digits and punctuation made half-width where the parser counts, quotes made “”, typos fixed."""
    text = words.fix_typos(message.strip().translate(_FULLWIDTH).translate(_QUOTES))
    return re.sub(r"['\"]([^'\"]{1,60})['\"]", r"“\1”", text)


def number(token: str) -> int | None:
    try:
        return parse_cn_number(token)
    except ValueError:
        return None


def is_question(text: str, words: EditWords) -> bool:
    """Asks something: a question word anywhere (weak) — see `asks` for messages that carry an edit verb."""
    return any(q in text for q in words.question_words)


def asks(text: str, words: EditWords) -> bool:
    """Clearly a question even though it has an edit verb: ends as one or opens with a question word — unless it is a
    request put politely (能不能把第2条删掉？)."""
    if any(text.startswith(p) for p in words.polite):
        return False
    stripped = text.rstrip("。 ")
    return stripped.endswith(("？", "?", "吗", "么")) or bool(re.match(r"(?:请问|怎么|怎样|如何|什么|哪些|为什么|是否)", text))


def unquoted(text: str) -> str:
    """The message with quoted spans blanked (their words name content, not sections)."""
    return QUOTED.sub(lambda m: "“" + "　" * len(m.group(1)) + "”", text)


@dataclass(frozen=True)
class SectionRef:
    key: str
    start: int
    end: int


_GENERIC = "工作|建设|活动|管理|人员|同志|老师|教师"  # the generic last words of section titles (女职工工作, 工会自身建设,
# 经费管理), and the group nouns a short name is said with (退休人员那节, 退休老师那块: the retirees' section)
# Words of place after a section's short name that put what follows inside it (民主管理底下, 文体下面的, 女工里的),
# and the items counted right after it (第3条, 2到4条, 1、3两条): "section + ordinals" is one reference however said.
_UNDER = "底下的|底下|下面的|下面|下边的|下边|下头的|下头|里的|中的|的"
ORDINALS = (rf"\s*(?:第?\s*{NUM}\s*(?:条|项|点|款)|第\s*{NUM}\s*个|(?:头|前|后|前面|后面|最后|末尾|倒数第?)\s*(?:的)?\s*"
            rf"(?:那)?\s*{NUM}\s*(?:条|项|点|个)"
            rf"|第?\s*{NUM}\s*(?:到|至|~|—|、|和|跟|与)\s*第?\s*{NUM}(?!\s*[月号日年人名位天次]))")


def section_refs(text: str, structure: Structure, words: EditWords, titles: dict[str, str]) -> list[SectionRef]:
    """Sections the message names: a full title anywhere, a short name only before a locator (女工那块, 文体里)."""
    plain = unquoted(text)
    refs: list[SectionRef] = []
    locators = alternation(words.places["locators"])
    strong = alternation([w for w in words.places["locators"] if w[0] in "那这" or w.startswith(("部分", "板块"))])
    about = re.compile(alternation(words.items["about"]) + r"\s*$")
    for spec in structure.sections:
        if spec.key in ("title", "signature", "main"):
            continue
        full = {spec.title, titles.get(spec.key, spec.title)}
        for name in sorted(full, key=len, reverse=True):
            # The number printed before a title ("二、工作目标", "（三）女职工工作") is part of the mention.
            for m in re.finditer(rf"(?:[{_CN}]+、|[（(][{_CN}]+[）)])?{re.escape(name)}", plain):
                refs.append(SectionRef(spec.key, m.start(), m.end()))
        parts = {part for name in full for part in re.split(r"[与和及、]", name) if len(part) >= 2}
        # The title without its generic last word names it too: 退休教职工(工作), 经费(管理), 工会自身(建设).
        parts |= {cut for name in full if len(cut := re.sub(r"(?:工作|活动|建设|管理)$", "", name)) >= 2}
        nicknames = set(words.nicknames.get(spec.key, ()))
        for name in sorted({*spec.aliases, *spec.chat_names, *parts, *nicknames} - full, key=len, reverse=True):
            # A nickname (钱那节) needs a pointer after it: 钱的 / 老同志里 are words about an item's content.
            after = strong if name in nicknames and name not in spec.chat_names else locators
            # "文体第一条": a short name right before an item's number names its section as a locator would
            # "文体那几条" / "女工这几项": a short name before a pointer at several of its items names the section
            # "民主管理底下2到4条" / "文体下面第三条": a short name, a word of place under it, then items counted
            after = (f"(?:{after}|(?P<under>{_UNDER})?(?={ORDINALS})"
                     f"|(?=[那这](?:几|些|两|俩)\\s*(?:条|项|个|点)?))")
            # "师德建设那里": a short name with a generic word of section titles after it (工作, 建设, 活动, 管理)
            # before the locator names the section as well
            for m in re.finditer(re.escape(name) + f"({_GENERIC})?" + after, plain):
                if about.search(plain[: m.start()]):
                    continue  # "带慰问的都删掉": what items are about, not a section's short name
                end = m.start() + len(name) + len(m.group(1) or "") + len(m.group("under") or "")
                refs.append(SectionRef(spec.key, m.start(), end))
    refs += _numbered_refs(plain, titles)
    for m in re.finditer(alternation(words.places["table"]), plain):
        refs.append(SectionRef("schedule", m.start(), m.end()))
    # Keep the longest of overlapping mentions (文体活动 over 活动).
    refs.sort(key=lambda r: (r.start, -(r.end - r.start)))
    kept: list[SectionRef] = []
    for ref in refs:
        if kept and ref.start < kept[-1].end:
            continue
        kept.append(ref)
    return kept


# 三（二） / 第三部分的（二） / （二） / (2): a sub-section by the number the plan prints; 第五部分 / 第五大块: a top one.
_SUB_NUMBER = re.compile(rf"(?:第?([{_CN}]+)(?:大)?(?:部分)?(?:、|的|里的?)?)?[（(]([{_CN}]+|\d{{1,2}})[）)]")
_TOP_NUMBER = re.compile(rf"第([{_CN}]+|\d)(?:大)?(?:部分|块|大块|板块)")


def _numbered_refs(text: str, titles: dict[str, str]) -> list[SectionRef]:
    """Sections named by their printed number; `titles` holds "#三" and "#三（二）" → key (EditBase.titles)."""
    numbers = {label[1:]: key for label, key in titles.items() if label.startswith("#")}
    if not numbers:
        return []
    tops = {label for label in numbers if "（" not in label}
    refs = []
    for m in _SUB_NUMBER.finditer(text):
        sub = cn_label(m.group(2))
        parents = [m.group(1)] if m.group(1) else sorted({lab.split("（")[0] for lab in numbers if "（" in lab})
        found = [numbers[f"{p}（{sub}）"] for p in parents if f"{p}（{sub}）" in numbers]
        if len(found) == 1:
            refs.append(SectionRef(found[0], m.start(), m.end()))
    for m in _TOP_NUMBER.finditer(text):
        label = cn_label(m.group(1))
        if label in tops and not any(r.start <= m.start() < r.end for r in refs):
            refs.append(SectionRef(numbers[label], m.start(), m.end()))
    return refs


def cn_label(token: str) -> str:
    """2 → 二, 十二 → 十二: the numeral a plan prints."""
    n = number(token)
    return "十" * (n >= 10) + ("" if n % 10 == 0 and n >= 10 else _CN[n % 10 - 1]) if n and 0 < n < 20 else token


def here(text: str, words: EditWords) -> bool:
    """True when the text points at the section on screen (这部分, 这块); not "学校这块还没有", where the pointer
    follows the school or "we" and means that place (knowledge/edits.yaml places.owners)."""
    plain = unquoted(text)
    owners = words.places.get("owners", ())
    for h in words.places["here"]:
        for m in re.finditer(re.escape(h), plain):
            if not any(plain[: m.start()].endswith(o) for o in owners):
                return True
    return False


def strip_refs(text: str, refs: list[SectionRef], words: EditWords, gap: str = "") -> str:
    """Text with section mentions and their locators removed (left as `gap`: "　" keeps 帮我|一和三 apart for
    reading items)."""
    for ref in sorted(refs, key=lambda r: -r.start):
        text = text[: ref.start] + "\x00" * (ref.end - ref.start) + text[ref.end :]
    text = re.sub("\x00+" + alternation(words.places["locators"]) + "?", gap, text)
    return text


# ---------------------------------------------------------------------------------------------------- items

_RANGE = re.compile(rf"第?\s*({NUM})\s*(?:条|个|项|点|行)?\s*(?:到|至|-|—|–|~)\s*第?\s*({NUM})\s*(条|个|项|点|行)?")
# 第3条 / 第三那条 (the pointer between number and measure word) / 第3 at a clause end; 3条.
# 第N said alone, with a measure word, or ending its noun phrase with 的 (排第二的挪到最前: the one now second).
_SINGLE = re.compile(rf"(第)\s*({NUM})\s*(?:(?:的\s*)?(?:那|这)?\s*(?:一)?\s*(小点|小条|小项|条|个|项|点|行|位)|(?![\u4e00-\u9fff])"
                     rf"|的(?=\s*(?:　|[，。,；;！!]|$|(?:给我|先|就|也|都)?\s*(?:挪|移|放|调|删|去掉|拿掉|划掉|换|改|不要))))"
                     rf"|(?<![\d月号日年])(\d{{1,2}})\s*(条|个|项|行)(?!件)")
_FROM_END = re.compile(rf"倒数第\s*({NUM})\s*(?:条|个|项|点|行)?")
# 最后两条 / 末尾那两条 / 后两条 / 前面的三项 / 倒数两条 / 头两条: a span counted from one end.
_SPAN_END = re.compile(rf"(最后面|最后|末尾|最末|(?<![期年月周季度底])末|倒数|最底下|最下面|最下边|最下头|底下|后面|后|前面|最前面|前|开头|头|最上面|最上边|"
                       rf"最上头|最顶上|顶上|上面|上边|上头)\s*(?:的)?\s*(?:那|这)?\s*({NUM})\s*"
                       rf"(?:条|个|项|点|行)")
# 最后那个 / 末尾那条 / 最底下的那项: the last item, said with any end word, pointer and measure word.
# 末了 is spoken for 最后 (《现代汉语词典》 末了: 最后); 倒数第一 is the last one too
# 垫底 / 最后头 / 最末尾 / 排尾: the last place said the everyday way (《现代汉语词典》 垫底 "排在最后")
_LAST = re.compile(r"(?:最后头|最末尾|最后|末尾|最末|末了|(?<![期年月周季度底])末(?=\s*(?:一|那|这))|最底下|最下面|最后面|最下边|最底部|倒数第一|垫底|排尾)\s*(?:的)?\s*(?:那|这)?\s*(?:一)?\s*(?:条|个|项|点|行)")
# 打头 / 排头 / 最前边 / 领头: the first place (《现代汉语词典》 打头 "带头; 开始", 排头 "队伍最前面的人")
_TOP = re.compile(r"(?:最上面|最上边|最上头|最顶上|最头上|最前面|最前头|最前边|开头|打头|排头|领头|顶上|顶头)\s*(?:的)?\s*(?:那|这)\s*(?:一)?\s*(?:条|个|项|点)")
# An item's number said by the label the plan prints before it (序号3那条, 编号为三的, 条目三): the item in that place.
_LABELLED = re.compile(rf"(?:序号|编号|条目)\s*(?:为|是)?\s*({NUM})(?![\d月号日年])")
# An open-ended range: 第3条起往后 / 从第三项开始 / 第3条及以后的 / 第4条往下的 — that item and all after it.
# A bare 后面 is left out (移到第3条后面 is a destination, not a range).
ONWARD = re.compile(rf"(?:从\s*)?第\s*({NUM})\s*(?:条|个|项|点|行)\s*(?:(?:起|开始)\s*(?:往后|以后|之后|往下|以下|后面)?"
                    rf"|(?:及|以及|和)?\s*(?:往后|以后|之后|往下|以下)(?=\s*(?:的|全|都|各|所有|统统)))")
# 最底下 / 最下面: the end of a table or list as the user sees it on the page.
_TAIL_WORDS = ("最后面", "最后", "末尾", "最末", "末", "倒数", "最底下", "最下面", "最下边", "最下头", "底下", "后面", "后")
# A list without 第 or with one 第 for all: "2、3两条", "第1、3条", "1和4条", "二、四两项", "第2、第3俩条" (俩/仨 are
# 两个/三个 said short, 《现代汉语词典》).
_LIST_NUM = r"(?:\d{1,2}|[一二三四五六七八九十]{1,2})"
_LIST = re.compile(rf"(?<![\d月号日年])第?\s*({_LIST_NUM})((?:\s*[、，,和与跟及]\s*第?\s*{_LIST_NUM})+)\s*(?:这|那)?\s*"
                   rf"(?:[两俩仨二三四五六七八九十几]\s*)?(?:条|个|项|点|行)")
# The first character of an edit verb said right after a list (一和三不用写了, 1、3删掉, 2和4对调).
_VERB_START = "[不别甭莫冇删去拿划砍整搞干挪移放调换对互撸勾叉给往]"
# It starts the message or follows a pointer (这部分一和三, 女工那块的1、3), never inside a word (统一和三…).
_BARE_LIST = re.compile(rf"(?:^|(?<=[分节块段里边头的把将，,\s　]))\s*({_LIST_NUM})((?:\s*[、和与跟及]\s*第?\s*{_LIST_NUM})+)"
                        rf"(?=\s*(?:都|两|俩|这两|那两|　|[，。！!]|$|{_VERB_START}))")
_MONTH_ROW = re.compile(r"(?<![第一二三四五六七八九十\d])(\d{1,2}|十[一二]|[一二三四五六七八九十])\s*月(?:份)?(?:的)?(?:那|这)?(?:一)?(?:行|条|项|个|活动|安排)?")


# "四到六月那几行", "9月至11月的": the rows of a span of months (the table's own unit).
_MONTH_SPAN = re.compile(rf"({NUM})\s*(?:月份?)?\s*(?:到|至|—|-|~)\s*({NUM})\s*月份?")
# Months listed one by one ("三月和五月两行", "3月、5月、7月那几行", "四月跟六月的"): every row of each, not a span.
# The months may run together (四月五月) and each may carry its own pointer (四月那行跟六月那行).
_MONTH_AND = r"\s*(?:[、，,和与跟及]|以及|还有|加上)?\s*"
_MONTH_ROW_OF = r"\s*月份?(?:的)?(?:(?:那|这)(?:一)?行)?"
_MONTH_LIST = re.compile(rf"(?<![\d第一二三四五六七八九十])({NUM}){_MONTH_ROW_OF}((?:{_MONTH_AND}{NUM}{_MONTH_ROW_OF})+)")


def parse_items(text: str, words: EditWords, *, rows: bool = False) -> Items:
    """Items a piece of a message points at: positions, a range, the last one, a month's row, or what they mention."""
    items = Items()
    units = "|".join(words.items["units"] + words.items["row_units"])
    text = _LABELLED.sub(lambda m: f"第{m.group(1)}条" + " " * (len(m.group(0)) - len(m.group(1)) - 2), text)
    text = run_together(counted_back(text))
    span = _MONTH_SPAN.search(text) if rows or re.search(r"月(?:份)?[^，。]{0,4}行", text) else None
    if span and all(1 <= (number(g) or 0) <= 12 for g in span.groups()):
        first, last = number(span.group(1)) or 1, number(span.group(2)) or 1
        items.months = [(first - 1 + i) % 12 + 1 for i in range((last - first) % 12 + 1)]  # 11到2月 crosses the year
        text = text[: span.start()] + " " * len(span.group(0)) + text[span.end() :]
    listed = _MONTH_LIST.search(text) if rows or re.search(r"月(?:份)?[^，。]{0,6}行", text) else None
    if listed and not items.months:
        months = [number(g) or 0 for g in re.findall(NUM, listed.group(0))]
        if all(1 <= m <= 12 for m in months):
            items.months = list(dict.fromkeys(months))
            text = text[: listed.start()] + " " * len(listed.group(0)) + text[listed.end() :]
    if any(w in text for w in words.items["last"]) or _LAST.search(text):
        items.from_end = 1
    onward = ONWARD.search(text)
    if onward and number(onward.group(1)):
        items.onward = number(onward.group(1)) or 0
        text = text[: onward.start()] + " " * len(onward.group(0)) + text[onward.end() :]
    top = _TOP.search(text)
    if top:  # 最上面那条 / 开头那个: the first item
        items.positions.append(1)
        text = text[: top.start()] + " " * len(top.group(0)) + text[top.end() :]
    span = _SPAN_END.search(text)
    if span and (number(span.group(2)) or 0) >= 1 and not text[: span.start()].endswith("第"):
        n = number(span.group(2)) or 0
        tail = span.group(1) in _TAIL_WORDS
        if tail:  # a span at the head ("头一条和最后那条") leaves the last item said beside it
            items.from_end = 1 if n == 1 else 0
        if not tail and n == 1:
            items.positions.append(1)  # 头一条 / 最上面一条: the first item, as 末一条 is the last
        elif n > 1 or not tail:
            items.tail, items.head = (n, 0) if tail else (0, n)
        text = text[: span.start()] + " " * len(span.group(0)) + text[span.end() :]
    # "一和三删掉" / "1、3都删了": a list with no measure word, ended by the (blanked) verb, 都/两 or the message end.
    for m in _BARE_LIST.finditer(text):
        listed = [number(x) for x in [m.group(1), *re.findall(_LIST_NUM, m.group(2))]]
        if all(listed) and all(0 < n <= 20 for n in listed):
            items.positions += listed
            text = text[: m.start()] + " " * len(m.group(0)) + text[m.end() :]
    for m in _LIST.finditer(text):
        listed = [number(x) for x in [m.group(1), *re.findall(_LIST_NUM, m.group(2))]]
        if all(listed):
            items.positions += listed
            text = text[: m.start()] + " " * len(m.group(0)) + text[m.end() :]
    # Every 倒数第N, not only the first: "倒数第一条、倒数第三条" are two items, neither a range nor 第三条.
    ends = [items.from_end] if items.from_end else []
    for m in list(_FROM_END.finditer(text)):
        if number(m.group(1)):
            ends.append(number(m.group(1)) or 0)
            text = text[: m.start()] + " " * len(m.group(0)) + text[m.end() :]
    ends = list(dict.fromkeys(ends))
    if len(ends) > 1:
        items.ends, items.from_end = ends, 0
    elif ends:
        items.from_end = ends[0]
    for m in _RANGE.finditer(text):
        # "2到4删掉": with no 第 and no measure word, a range only when a verb or the clause end follows
        # ("二到四、还有第六条": a listing comma after it counts as an end too)
        bare_end = re.match(rf"\s*(?:都|　|[，。！!、]|$|{_VERB_START})", text[m.end(2) :])
        if not (m.group(3) or m.group(0).startswith("第") or bare_end):
            continue
        a, b = number(m.group(1)), number(m.group(2))
        if a and b and a <= b:
            items.positions += list(range(a, b + 1))
            text = text[: m.start()] + " " * len(m.group(0)) + text[m.end() :]
    for m in _SINGLE.finditer(text):
        if m.group(1):
            n = number(m.group(2))
            # A list "第1、3条" shares one 第: the numbers after it count too.
            if n is not None:
                items.positions.append(n)
                tail = re.match(r"(?:\s*[、，,和与跟及]\s*(?:第\s*)?(\d{1,2}|[一二三四五六七八九十]{1,3})(?=\s*[、，,和与跟及条个项点行]))+",
                                text[m.end():])
                if tail and not m.group(3):
                    for extra in re.findall(rf"({NUM})", tail.group(0)):
                        if number(extra) is not None:
                            items.positions.append(number(extra))
        elif m.group(4):
            items.positions.append(int(m.group(4)))
    items.positions = list(dict.fromkeys(items.positions))
    if rows or re.search(r"月(?:份)?(?:的)?(?:那|这)?(?:一)?行", text):
        month = _MONTH_ROW.search(text)
        if month and 1 <= (number(month.group(1)) or 0) <= 12 and not items.positions:
            items.month = number(month.group(1))
    if not items.given() and _DATED_ASK.search(text):
        items.text = DATED  # "写了具体几月份的那两条": the items that name a month, whatever the month
    if not items.given():
        items.text = _about(text, words, units)
        items.earlier = bool(_BACK_REF.search(text))
        items.vague = items.earlier and not items.text  # "刚才说的那两条": which ones is asked
    if items.text:
        # "都删掉", or a count of them said ("那两条"): every item found, not one to ask about
        counted = re.search(r"(?:那|这)\s*([两二三四五六七八九]|\d)\s*(?:条|项|个|点)", text)
        items.said = number(counted.group(1)) or 0 if counted else 0
        # 凡是 / 但凡 / 只要……就 put a condition on every item (《现代汉语八百词》 凡是: 表示在某个范围内没有例外)
        universal = re.search(r"凡是|但凡|只要|(?<![平非不超])凡(?=[有带写提含])", text)
        items.every = any(w in text for w in words.items["all"]) or bool(counted or universal) \
            or _all_before_verb(text, words)
    if not items.given():
        items.vague = items.vague or any(w in text for w in words.items["vague"])
    return items


# Before 全 of totality: not the first character of a word that ends in 全 (安全, 健全, 齐全, 完全, 周全, 保全, 成全, 顾全,
# 万全, 两全), which says nothing about how many items.
NOT_WHOLE_WORD = "(?<![安健齐完周保成顾万两])"


def _all_before_verb(text: str, words: EditWords) -> bool:
    """"全拿掉", "一概删了": an adverb of totality said right before the verb (too short to look for anywhere: 安全, 全体)."""
    adverbs = words.items.get("all_before_verb", ())
    verbs = (*words.verbs.get("delete", ()), *words.verbs.get("delete_with_item", ()), *words.verbs.get("replace", ()))
    # the verb may already be blanked to full-width spaces by the reader (see _Readers._delete)
    return bool(adverbs and verbs and re.search(
        f"{NOT_WHOLE_WORD}(?:{alternation(adverbs)})(?:给|都|部)?(?:{alternation(verbs)}|　)", text))


# Items told by a feature rather than a word: those that name a month or a date ("写了具体月份的", "带日期的那几条").
DATED = "具体月份或日期"
_DATED_ASK = re.compile(r"(?:写了|写有|写着|写明|带|带有|有|标了|标明|注明|提到)\s*(?:具体)?\s*(?:的)?\s*"
                        r"(?:几月份?|月份|日期|几号|具体时间|时间)\s*(?:的)")
DATED_TEXT = re.compile(r"(?<![个几])(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月|\d{1,2}\s*[日号]")


CONDITION = re.compile(r"(?:(?:凡是|但凡|只要是?|凡)\s*(?:里面|里头|当中|中)?\s*(?:写了|写有|写着|写到|提了|提到了?|提及|出现了?|有|带|带有|含|"
                        r"含有|包含)|(?:里面|里头|当中|中)?\s*(?:出现了?|提了))\s*“?([^，。；“”\s　]{2,12}?)”?\s*(?:的|就|都|全)")


# "上回讲的那个比赛", "之前说过的那条培训": a pointer back to something said before. What was said is not in the plan,
# so the thing named after the pointer (比赛) is what to look for; with nothing named, the item is asked about.
_BACK_WHEN = (r"(?:上回|上次|上一回|之前|早先|先前|前面|前头|刚才|那天|上礼拜|上星期|上周|前几天|前两天|昨天|以前|前阵子|"
              r"前段时间|前些天|前些日子|上个月)")
_BACK_SAID = r"(?:讲|说|提|聊|谈|定|商量|聊到|提到|说到|讲到)(?:过|到|起|好)?(?:了)?"
_BACK_REF = re.compile(rf"{_BACK_WHEN}(?:我|咱|咱们|我们|你)?(?:跟你|和你|同你|跟我|和我)?[\u4e00-\u9fff]{{0,4}}?{_BACK_SAID}"
                       r"的\s*(?:那|这)\s*(?:一|[两俩几三])?\s*(?:个|条|项|件|场|次|回)?\s*"
                       r"((?![都也就还先给删去拿划撤不没别甭算])[\u4e00-\u9fff]{2,8}?)?(?=[，,。；;！!\s　]|$|今年|明年|这学期|本学期|下学期|不|也|就|都|还|先|给|删|去|拿|划|撤|"
                       r"取消|没|别|甭|算|咱|我)"
                       # the thing first, then when it was said ("那个比赛上回说了不办")
                       rf"|(?:那|这)(?:个|条|项|场|次)\s*([\u4e00-\u9fff]{{2,6}}?)\s*{_BACK_WHEN}[\u4e00-\u9fff]{{0,4}}?{_BACK_SAID}")


def _about(text: str, words: EditWords, units: str) -> str:
    """What the items mention: 关于X的, 提到X的, X那条, X的那条."""
    back = _BACK_REF.search(text)
    if back:
        return back.group(1) or back.group(2) or ""  # nothing named: vague ("上回说的那个删了"), so the item is asked about
    # 带慰问俩字的 / 有“帮扶”这两个字的 / 带培训字样的: the word itself, not the count of its characters
    text = re.sub(r"(?<=[^\s，。；])(?:这|那)?(?:[俩仨]|[两二三四五几]个)(?:字|汉字|字儿|词)(?=的)|"
                  r"(?<=[^\s，。；])(?:这个|那个|这些|等)?(?:字样|字眼)(?=的)", "", text)
    about = alternation(words.items["about"])
    related = alternation(words.items.get("related", ()))
    # 凡是写了X的 / 但凡有X的 / 里面出现X的条目 / 只要提了X就删: a condition on what the items say
    m = CONDITION.search(text)
    if m:
        return m.group(1)
    # 跟X有关的 / 和X相关的: the thing sits between a preposition and the word of relation.
    m = re.search(rf"(?:{alternation(words.items.get('with', ('跟',)))})\s*“?([^，。；“”]{{1,20}}?)”?\s*{related}的", text)
    if not m:
        m = re.search(rf"“?([^，。；“”\s]{{1,20}}?)”?\s*{related}的", text)
    if not m:
        m = re.search(rf"{about}\s*“?([^，。；“”]{{1,20}}?)”?\s*的", text)
        if m and len(m.group(1)) < 2 and len(re.match(about, m.group(0)).group(0)) == 1:
            m = None  # 带教的那条 is about 带教, not 教
    if not m:
        m = re.search(rf"“?([^，。；“”\s]{{1,20}}?)”?\s*(?:的)?(?:那|这)(?:一)?(?:{units})", text)
    if not m:
        m = re.search(r"“([^“”]{1,20})”", text)
    if not m:
        return ""
    lead = alternation((*words.places["here"], *words.polite, "把", "将", "请", "给我", "再", "的", "，", ","))
    found = re.sub(rf"^(?:{lead})+", "", m.group(1)).strip()
    # 写X的那个 / 写着X的那条: the verb of writing introduces what the item says
    found = re.sub(r"^(?:写着|写有|写了|写的是|写)(?=.{2})", "", found)
    found = re.sub(r"^(?:里面|里|中)(?:的)?", "", found)
    # 有健步走的那行 → 健步走 (not 有奖, 有偿, 有线…, words of their own)
    found = re.sub(r"^(?:含有|带有|写有|有)(?![奖偿线效益机序力利关限])(?=.{2})", "", found)
    found = re.sub(rf"(?:的)?(?:那|这)(?:一)?(?:{units})$", "", found)  # 关于体检那条的位置 → 体检
    found = re.sub(rf"^{alternation(words.places['table'])}(?:里面|里边|里|中|上)?(?:的)?", "", found)
    found = re.sub(r"(?:里面|里|中)(?:的)?$", "", found)
    return found if found and not re.fullmatch(rf"[那这]?{NUM}?", found) else ""
