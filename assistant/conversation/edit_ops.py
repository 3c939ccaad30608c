"""The pieces of an edit that need no session: choosing items, reading a table row, replacing text, and the two
ways an edit stops without changing anything (it cannot be done, or the engine must ask which one)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from assistant.conversation.edit_refs import DATED, DATED_TEXT, Items
from assistant.conversation.edit_words import load_edit_words
from assistant.domain.numerals import cn_number
from assistant.domain.plan import ScheduleItem
from assistant.index.segmentation import pos_tokenizer

# Endings a user adds to what an item is about that the item itself need not repeat (健步走活动 → 健步走).
_LOOSE_ENDINGS = ("相关内容", "的内容", "内容", "活动", "工作", "相关", "方面")
# Everyday verbs a user puts before an activity's object that the item words differently (走绿道 for 绿道徒步,
# 搞合唱 for 合唱比赛, 组织体检 for 健康体检): the object alone still finds the item.
_LOOSE_VERBS = ("组织", "举办", "开展", "参加", "走", "搞", "弄", "整", "办", "打", "跑", "去", "做", "开",
                # the verb people say an activity with (弹琴, 跳操, 唱歌, 练字, 下棋, 学手语): the item names the activity
                "弹", "跳", "唱", "练", "下", "学", "玩")


class Refuse(Exception):  # noqa: N818 - an outcome, not an error
    """The edit cannot be done; the message says why in words for the user. Nothing has changed."""

    def __init__(self, text: str):
        super().__init__(text)
        self.text = text


class Ask(Exception):  # noqa: N818 - an outcome, not an error
    """The request is unclear; the message asks the user. `missing` says what the answer must supply."""

    def __init__(self, text: str, missing: str):
        super().__init__(text)
        self.text = text
        self.missing = missing  # section | items | notice | content | month


def short(text: str, limit: int = 36) -> str:
    """An item as quoted in a reply: its beginning, with … when cut."""
    text = re.sub(r"\s+", "", text)
    return text if len(text) <= limit else text[:limit] + "…"


def listing(texts: list[str], start: int = 1) -> str:
    """Items as the chat shows them: "1. …" lines."""
    return "\n".join(f"{n}. {t}" for n, t in enumerate(texts, start=start))


def matching(needle: str, texts: list[str]) -> list[int]:
    """1-based positions of the texts that mention `needle` (or it without a loose ending such as 活动)."""
    if needle == DATED:  # the items that name a month or a day
        return [n for n, t in enumerate(texts, start=1) if DATED_TEXT.search(t)]
    found = [n for n, t in enumerate(texts, start=1) if needle and needle in t]
    if found:
        return found
    for ending in _LOOSE_ENDINGS:
        if needle.endswith(ending) and len(needle) - len(ending) >= 2:
            core = needle[: -len(ending)]
            return [n for n, t in enumerate(texts, start=1) if core in t]
    for verb in _LOOSE_VERBS:
        if needle.startswith(verb) and len(needle) - len(verb) >= 2:
            return matching(needle[len(verb) :], texts)
    return (_by_words(needle, texts) or _by_terms(needle, texts) or _by_object(needle, texts)
            or _by_parts(needle, texts) or _by_chunks(needle, texts))


# Separators of a description that names two things of one item (舞蹈、合唱那条; 签合同跟交社保那条).
_PARTS = re.compile(r"[、，,/]|(?<=[\u4e00-\u9fff]{2})(?:以及|还有|和|跟|与|及)(?=[\u4e00-\u9fff]{2})")


def _by_parts(needle: str, texts: list[str]) -> list[int]:
    """A description listing two or more things of one item ("排舞蹈、合唱" for an item on 舞蹈队和合唱队): the items
    that each part finds (by the whole matching ladder), when every part finds some."""
    parts = [p for p in _PARTS.split(needle) if len(p) >= 2]
    if len(parts) < 2:
        return []
    found = None
    for part in parts:
        hits = set(matching(part, texts))
        found = hits if found is None else found & hits
        if not found:
            return []
    return sorted(found)


def chunked_in(needle: str, text: str) -> bool:
    """True when `needle` can be cut into runs of two characters or more, each found in `text` after the one before
    ("春节前慰问" in "春节前走访慰问…"): the words of a description said without those the item adds between them."""
    at, pos = 0, 0
    while at < len(needle):
        size = next((k for k in range(len(needle) - at, 1, -1) if text.find(needle[at : at + k], pos) >= 0), 0)
        if not size:
            return False
        pos = text.find(needle[at : at + size], pos) + size
        at += size
    return True


def _by_chunks(needle: str, texts: list[str]) -> list[int]:
    """An item told by its own words with some of them left out (see `chunked_in`); four Chinese characters or more,
    so a short word never finds an item by chance."""
    if len(needle) < 4 or not re.fullmatch(r"[\u4e00-\u9fff]+", needle):
        return []
    return [n for n, t in enumerate(texts, start=1) if chunked_in(needle, t)]


def _by_object(needle: str, texts: list[str]) -> list[int]:
    """An item told by what is done to a thing in the user's own verb ("添跑步机" for an item on 添置跑步机, "换饮水机"
    for 更换饮水机): the thing alone, when the description opens with verbs (or adverbs) and what follows them is a
    noun of two characters or more (jieba's parts of speech)."""
    tokens = list(pos_tokenizer().cut(needle))
    at = 0
    while at < len(tokens) and tokens[at].flag.startswith(("v", "d")) and not tokens[at].flag.startswith("vn"):
        at += 1
    rest = "".join(t.word for t in tokens[at:])
    if not at or len(rest) < 2 or not any(t.flag.startswith(("n", "l", "eng")) for t in tokens[at:]):
        return []
    return [n for n, t in enumerate(texts, start=1) if rest in t]


# Parts of speech that never say what an item is about: numerals and measure words (那场), pronouns, adverbs,
# prepositions, conjunctions, particles, place and time words, interjections (jieba's tag set).
_NOT_CONTENT = ("m", "q", "r", "d", "p", "c", "u", "f", "t", "y", "e", "o", "z")


def describing_terms(needle: str) -> list[str]:
    """The content words of a description of an item in the user's own words: jieba words of two characters or more,
    less the words of where, when, who in general and the verbs of holding an activity (knowledge/edits.yaml
    items.describing_skip)."""
    skip = set(load_edit_words().items.get("describing_skip", ()))
    terms = [t.word for t in pos_tokenizer().cut(needle)
             if len(t.word) >= 2 and not t.flag.startswith(_NOT_CONTENT) and t.word not in skip
             and not re.fullmatch(r"(.)一?\1|(..)\2", t.word)]  # a doubled verb (比一比, 看看) says how, not what
    return list(dict.fromkeys(terms))


def _by_terms(needle: str, texts: list[str]) -> list[int]:
    """An item told in other words around its own ("让职工代表去听洽谈会那条" for an item on 教职工代表列席…洽谈会):
    the items holding every content word of the description, when it has two or more (one word is found above)."""
    if not re.search(r"[\u4e00-\u9fff]{4}", needle):
        return []
    terms = describing_terms(needle)
    if len(terms) < 2:
        return []
    return [n for n, t in enumerate(texts, start=1) if all(term in t for term in terms)]


def near(needle: str, texts: list[str]) -> int | None:
    """The one item a description in other words may mean ("健身快走" → 春季健步走活动): each two-character word of it
    shares a character with the item, and no other item does so; None otherwise. Only offered as a question."""
    if len(needle) < 4 or not re.fullmatch(r"[\u4e00-\u9fff]+", needle):
        return None
    words = {needle[i : i + 2] for i in range(0, len(needle) - 1, 2)} | {needle[-2:]}
    fits = [n for n, t in enumerate(texts, start=1) if all(set(w) & set(t) for w in words)]
    return fits[0] if len(fits) == 1 else closest(needle, texts)


def closest(needle: str, texts: list[str]) -> int | None:
    """The one item a description shares most of its character pairs with ("领导包干年级" for an item on 领导联系
    年级组 shares 领导 and 年级): at least half of the description's pairs, and no other item half as many. A
    general likeness (character bigrams), not a list of synonyms; like `near`, it is only taken without asking
    when `sure_guess` finds no thing named that the item lacks."""
    pairs = {needle[i : i + 2] for i in range(len(needle) - 1)}
    if len(pairs) < 3:
        return None
    shares = sorted(((sum(p in t for p in pairs) / len(pairs), n) for n, t in enumerate(texts, start=1)), reverse=True)
    if not shares or shares[0][0] < 0.5 or len(shares) > 1 and shares[1][0] * 2 > shares[0][0]:
        return None
    return shares[0][1]


def sure_guess(needle: str, text: str) -> bool:
    """True when the item `near` found may be taken without asking: the description names no thing of its own that the
    item lacks (排球训练 for an item on 乒乓球 training names 排球, another sport: asked; 绕湖暴走 for a walk along a
    lake names only the lake, which the item has). A thing is a noun of two or more characters (jieba's tags)."""
    nouns = [t.word for t in pos_tokenizer().cut(needle) if t.flag.startswith("n") and len(t.word) >= 2]
    return all(n in text for n in nouns)


def guessed(needle: str, texts: list[str], placed: bool) -> tuple[int | None, bool]:
    """(the one item a description in other words may mean (`near`), whether it is taken without asking): taken only
    when the user said the item is in this section (`placed`) and the description names nothing the item lacks
    (`sure_guess`); otherwise the item is asked about. The one rule for both finding the section (EditBase._find)
    and the item (select)."""
    guess = near(needle, texts)
    return guess, bool(guess and placed and sure_guess(needle, texts[guess - 1]))


def _by_words(needle: str, texts: list[str]) -> list[int]:
    """A description told in the user's own run of words ("心理咨询减压" for an item on 心理健康咨询和减压活动): the
    items holding every two-character word of it, when it is long enough to say something (four characters)."""
    if len(needle) < 4 or not re.fullmatch(r"[\u4e00-\u9fff]+", needle):
        return []
    words = {needle[i : i + 2] for i in range(0, len(needle) - 1, 2)} | {needle[-2:]}
    return [n for n, t in enumerate(texts, start=1) if all(w in t for w in words)]


def select(items: Items, texts: list[str], title: str, *, unit: str = "条", one: bool = False,
           placed: bool = False) -> list[int]:
    """The 1-based positions an item reference points at in a section; Refuse or Ask when it cannot say.

    `one`: the operation takes a single item (moving), so several matches are a question, not a selection.
    `placed`: the user said the item is in this section (这节里头…, 文体那块…), so an item described in other words
    that only one item of it can mean (see `near`) is the one meant; without it that item is asked about.
    """
    count = len(texts)
    if not count:
        raise Refuse(f"“{title}”目前没有内容，计划未作改动。")
    if items.others:  # "只留前三条": every item but those
        kept = select(replace(items, others=False), texts, title, unit=unit, placed=placed)
        rest = [n for n in range(1, count + 1) if n not in kept]
        if not rest:
            raise Refuse(f"“{title}”共{count}{unit}，要留下的就是全部，没有可以删去的，计划未作改动。")
        return rest
    if items.ends:  # several counted from the end, with any counted from the front
        if max(items.ends) > count:
            raise Refuse(f"“{title}”只有{count}{unit}，没有倒数第{max(items.ends)}{unit}，计划未作改动。")
        items = Items(positions=sorted({*items.positions, *(count - n + 1 for n in items.ends)}), text=items.text)
    if items.positions:
        bad = [n for n in items.positions if not 1 <= n <= count]
        if bad:
            raise Refuse(f"“{title}”只有{count}{unit}，没有第{bad[0]}{unit}，计划未作改动。")
        if items.text and not one:  # "第二条跟送课那条": a position and an item named by what it says
            return sorted({*items.positions, *select(Items(text=items.text), texts, title, unit=unit, one=True)})
        return list(items.positions)
    if items.onward:
        if items.onward > count:
            raise Refuse(f"“{title}”只有{count}{unit}，没有第{items.onward}{unit}，计划未作改动。")
        return list(range(items.onward, count + 1))
    if items.tail or items.head:
        n = items.tail or items.head
        if n > count:
            raise Refuse(f"“{title}”只有{count}{unit}，不够{n}{unit}，计划未作改动。")
        return list(range(count - n + 1, count + 1)) if items.tail else list(range(1, n + 1))
    if items.from_end:
        if items.from_end > count:
            raise Refuse(f"“{title}”只有{count}{unit}，没有倒数第{items.from_end}{unit}，计划未作改动。")
        return [count - items.from_end + 1]
    if items.text and items.earlier:
        # "上回讲的那个比赛": what was said before is not in the plan, so the item is asked about, never guessed
        found = matching(items.text, texts)
        shown = "".join(f"\n{n}. {short(texts[n - 1])}" for n in found)
        raise Ask(f"您说的“{items.text}”是“{title}”的哪一{unit}？{shown}\n请告诉我是第几{unit}；计划暂未改动。", "items")
    if items.text:
        found = matching(items.text, texts)
        if not found:
            guess, sure = guessed(items.text, texts, placed)
            if sure:  # "这节里头绕湖暴走那条": the section said, one item only fits and nothing said contradicts it
                return [guess]
            if guess:  # "健身快走" for an item on 健步走: asked, never done on a guess
                raise Ask(f"“{title}”中没有提到“{items.text}”的内容。您说的是不是第{guess}{unit}“{short(texts[guess - 1])}”？"
                          f"如果是，请说“第{guess}{unit}”；计划暂未改动。", "items")
            raise Refuse(f"“{title}”中没有提到“{items.text}”的内容，计划未作改动。")
        if items.said and len(found) != items.said and not one:
            shown = "\n".join(f"{n}. {short(texts[n - 1])}" for n in found)
            raise Ask(f"您说的是{items.said}{unit}，但“{title}”中有{len(found)}{unit}提到“{items.text}”：\n{shown}\n"
                      f"请告诉我是哪几{unit}（例如“第{found[0]}{unit}”）。", "items")
        if len(found) == 1 or (items.every and not one):
            return found
        shown = "\n".join(f"{n}. {short(texts[n - 1])}" for n in found)
        raise Ask(f"“{title}”中有{len(found)}{unit}提到“{items.text}”：\n{shown}\n请告诉我是哪一{unit}（例如“第{found[0]}{unit}”），"
                  f"或者说“都删掉”。", "items")
    raise Ask(f"请告诉我是“{title}”的哪一{unit}（共{count}{unit}），例如“第{cn_number(min(2, count))}{unit}”。", "items")


def destination(kind: str, n: int, source: int, count: int, title: str) -> int:
    """The final 1-based position of an item moved from `source` (first, last, at n, before n, after n)."""
    if kind in ("up", "down"):
        target = source - n if kind == "up" else source + n
        if not 1 <= target <= count:
            raise Refuse(f"第{source}条{'已经在最前面' if kind == 'up' else '已经在最后面'}，无法再移动{n}位，计划未作改动。")
        return target
    if kind == "first":
        return 1
    if kind == "last":
        return count
    if kind == "from_end":  # 倒数第2个 of 5 is the 4th
        if not 1 <= n <= count:
            raise Refuse(f"“{title}”只有{count}条，没有倒数第{n}条，计划未作改动。")
        return count - n + 1
    if not 1 <= n <= count:
        raise Refuse(f"“{title}”只有{count}条，没有第{n}条，计划未作改动。")
    if kind == "before":
        return n - 1 if source < n else n
    if kind == "after":
        return n if source < n else n + 1
    return n


# ---------------------------------------------------------------------------------------------------- table rows


def row_text(item: ScheduleItem) -> str:
    return f"{item.month}月 | {item.activity} | {item.lead} | {item.participants}"


def select_rows(items: Items, rows: list[ScheduleItem]) -> list[int]:
    """Rows (1-based, in table order) a reference points at: by position, by month, or by what they mention."""
    if items.others:  # "只留九月那行": every row but those
        kept = select_rows(replace(items, others=False), rows)
        return [n for n in range(1, len(rows) + 1) if n not in kept]
    if items.months:  # 四到六月那几行: every row of those months
        found = [n for n, r in enumerate(rows, start=1) if r.month in items.months]
        if not found:
            raise Refuse(f"月度工作安排中没有{items.months[0]}月至{items.months[-1]}月的安排，计划未作改动。")
        return found
    if items.month:
        found = [n for n, r in enumerate(rows, start=1) if r.month == items.month]
        if not found:
            raise Refuse(f"月度工作安排中没有{items.month}月的安排，计划未作改动。")
        if len(found) > 1 and not items.every:
            shown = "\n".join(f"{n}. {row_text(rows[n - 1])}" for n in found)
            raise Ask(f"月度工作安排中{items.month}月有{len(found)}行：\n{shown}\n请告诉我是哪一行（例如“第{found[0]}行”）。",
                      "items")
        return found
    return select(items, [f"{r.month}月{r.activity}{r.lead}{r.participants}" for r in rows], "月度工作安排", unit="行")


def parse_row(content: str, message: str, lead: str, participants: str) -> tuple[int | None, str, str, str]:
    """(month, activity, lead, participants) of a table row a user dictates: "6月：端午节活动，X负责，Y参加"."""
    month = re.search(r"(\d{1,2})\s*月", content) or re.search(r"(\d{1,2})\s*月", message)
    text = re.sub(r"^\s*\d{1,2}\s*月(?:份)?\s*[：:，,]?\s*", "", content)
    activity_parts = []
    for clause in re.split(r"[，,；;]", text):
        clause = clause.strip()
        if not clause:
            continue
        who_leads = re.match(r"^(?:由)?(.+?)(?:来)?负责$", clause)
        who_joins = re.match(r"^(?:由)?(.+?)(?:都)?(?:参加|参与)$", clause)
        if who_leads:
            lead = who_leads.group(1)
        elif who_joins:
            participants = who_joins.group(1)
        else:
            activity_parts.append(clause)
    number = int(month.group(1)) if month and 1 <= int(month.group(1)) <= 12 else None
    return number, "，".join(activity_parts), lead, participants


# ---------------------------------------------------------------------------------------------------- replacing


def replace_all(text: str, old: str, new: str, keep: tuple[str, ...] | list[str] = ()) -> tuple[str, int]:
    """Every `old` replaced by `new`, except where the text already reads `new` (职工之家 → 模范职工之家) and inside
    the phrases the user said to keep (`keep`: a contest's own name).

    >>> replace_all("建设职工之家和模范职工之家", "职工之家", "模范职工之家")
    ('建设模范职工之家和模范职工之家', 1)
    >>> replace_all("保育员培训；全区保育员技能比赛", "保育员", "保育教师", keep=["全区保育员技能比赛"])
    ('保育教师培训；全区保育员技能比赛', 1)
    """
    if keep:
        masked = text
        for n, phrase in enumerate(keep):
            masked = masked.replace(phrase, f"\x00{n}\x00")
        done, count = replace_all(masked, old, new)
        return re.sub(r"\x00(\d+)\x00", lambda m: keep[int(m.group(1))], done), count
    at = new.find(old)
    if at < 0:
        return text.replace(old, new), text.count(old)
    before, after = new[:at], new[at + len(old) :]
    pattern = (f"(?<!{re.escape(before)})" if before else "") + re.escape(old) + (
        f"(?!{re.escape(after)})" if after else "")
    return re.subn(pattern, lambda _: new, text)


@dataclass
class Replacement:
    """Where a replacement changed text: section title → count."""

    counts: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def describe(self) -> str:
        return "、".join(f"“{title}”{n}处" for title, n in self.counts.items())

    def add(self, title: str, n: int) -> None:
        if n:
            self.counts[title] = self.counts.get(title, 0) + n


def reorder(items: list, moves: list[tuple[int, int]], title: str) -> list:
    """The items in the order told item by item: each (from, to) puts item `from` at place `to` (-1: the last);
    the others fill the places left in their order. Positions count in the list as it stands.

    >>> reorder(["a", "b", "c", "d", "e"], [(5, 1), (3, 2)], "")
    ['e', 'c', 'a', 'b', 'd']
    """
    count = len(items)
    places = [(src, count if to == -1 else to) for src, to in moves]
    bad = [n for pair in places for n in pair if not 1 <= n <= count]
    if bad:
        raise Refuse(f"“{title}”只有{count}条，没有第{bad[0]}条，计划未作改动。")
    if len({s for s, _ in places}) < len(places) or len({t for _, t in places}) < len(places):
        raise Refuse("同一条或同一个位置说了两次，没能排出新的顺序，计划未作改动。")
    slots: list = [None] * count
    for src, to in places:
        slots[to - 1] = items[src - 1]
    rest = iter(item for n, item in enumerate(items, start=1) if n not in {s for s, _ in places})
    return [slot if slot is not None else next(rest) for slot in slots]
