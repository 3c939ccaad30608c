"""Pieces of a chat message an edit request is read from: the clause that asks for an undo, an item or an upload
named by what it says ("巡回指导那条", "书画展那个通知"), a table column named alone (负责人), and the two items
of a swap. Pure functions over the words of knowledge/edits.yaml."""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.conversation.edit_refs import NUM, Items, here, is_question, normalise, parse_items, unquoted
from assistant.conversation.edit_text import add_verb, clause_bounds
from assistant.conversation.edit_words import EditWords, alternation
from assistant.domain.text import common_ends


def undo_clause(text: str, words: EditWords) -> str:
    """The words an undo is read from: the message, or when it is long its last clause ("校长说上级文件都这么叫，
    上一步改的先退回去": the reason first, the undo last); empty when no undo is asked for."""
    if is_question(text, words) or not re.search(words.verb("undo"), text):
        return ""
    if len(text) > 24:
        # the last clause, or the one that holds the undo ("刚才加的撤回吧，表里要是也加了就一块儿去掉")
        clauses = re.split(r"[，,。；;！!]", text.rstrip("，,。；;！! "))
        text = next((c for c in reversed(clauses) if re.search(words.verb("undo"), c)), "")
    return text if len(text) <= 24 and re.search(words.verb("undo"), text) else ""


def named_before(text: str, at: int, words: EditWords) -> str:
    """The item a request names by its content in the sentence before its verb ("巡回指导那条还是要的", "徒步那个不搞了，
    撤销"): what stands before 那条/那个/那项; empty when the sentence names none."""
    start = max(text.rfind(p, 0, at) for p in "。；;！!") + 1
    m = re.search(r"([\u4e00-\u9fff“”]{2,14}?)(?:的)?(?:那|这)(?:一)?(?:条|个|项|点)", text[start:at])
    if not m:
        return ""
    # A leading pointer ("那联欢会那条") refers back to what was said before; it is not part of the content.
    found = re.sub(r"^(?:等哈|等等|哎|诶|把|将|给我|还有|那|这)+", "", m.group(1)).strip("“”")
    # "刚删那条", "才加的那个": the edit just made, pointed at by when it was made, not an item told by its content;
    # "还是按原来的那个吧": the wording before the edit (原来/原先/本来 "起初的, 没有经过改变的", 《现代汉语词典》)
    return found if len(found) >= 2 and not re.search(r"^(?:刚|才)|刚才|上一|最后|第|原来|原先|原本|本来|还是用|还是按",
                                                      found) else ""


def notice_named(text: str, at: int) -> str:
    """The upload a request names ("书画摄影展那个通知", "老年大学招生那个理一理写进去"): in the clause of the verb
    first, else the nearest before it; empty when none is named by more than a count (两份通知)."""
    pattern = re.compile(r"([\u4e00-\u9fff]{2,12}?)(?:那个|那份|那篇|这个|这份)?(?:的)?(?:通知|文件)"
                         r"|([\u4e00-\u9fff]{2,12}?)(?:那个|那份|那篇)")
    clauses = re.split(r"(?<=[，,；;。！!])", text[:at])
    if pattern.search(clauses[-1]):  # the verb's own clause names it: all of what it says ("写稿子那个征文的")
        return re.sub(r"^(?:先|再|就|你|帮我|给我|把|将)+", "", clauses[-1]).strip()
    for clause in reversed(clauses):
        for m in pattern.finditer(clause):
            name = re.sub(r"^(?:先|再|就|你|帮我|给我|把|将|区里|市里|上级|刚才|刚)+", "", m.group(1) or m.group(2))
            if len(name) >= 2 and not re.fullmatch(r"[一二两三几这那份个篇上传发来的了]+", name):
                return name
    return ""


def column_named(text: str, words: EditWords) -> str:
    """The table column a phrase is only the name of (负责人, 参与人员), else ""."""
    bare = re.sub(r"^(?:的|把|将)|(?:那|这)?(?:一)?(?:栏|列|格)$", "", text.strip("“”，, "))
    return next((c for c in ("lead", "participants", "activity") if bare in words.places.get(f"column_{c}", ())), "")


def pair_of(left: str, words: EditWords) -> tuple[Items, Items] | None:
    """The two items of "第2条和最后一条" / "1跟2" / "2、4两条", or the two table rows of "4月那两行"."""
    month = re.search(r"(\d{1,2})\s*月(?:份)?[^，。]{0,3}?(?:两|俩)\s*行", left)
    if month:
        return Items(month=int(month.group(1)), every=True), Items()
    listed = parse_items(left, words)
    if len(listed.positions) == 2 and not (listed.from_end or listed.tail or listed.head):
        return Items(positions=listed.positions[:1]), Items(positions=listed.positions[1:])
    if not listed.positions and (listed.head, listed.tail) in ((2, 0), (0, 2)):  # 头两条 / 最后两条 swapped
        return (Items(positions=[1]), Items(positions=[2])) if listed.head else (Items(from_end=2), Items(from_end=1))
    bare = re.sub(r"^[，,\s　]*(?:请|麻烦|帮我)?(?:把|将)?", "", left.strip())
    parts = re.split(r"[和跟与同及、]", bare, maxsplit=1)
    if len(parts) != 2:
        return None
    first, second = (parse_items(p + ("条" if re.fullmatch(rf"\s*{NUM}\s*", p) else ""), words)
                     for p in parts)
    if first.positions[:1] or first.from_end:
        if second.positions[:1] or second.from_end:
            return (Items(positions=first.positions[:1], from_end=first.from_end),
                    Items(positions=second.positions[:1], from_end=second.from_end))
    return _pair_by_content(bare, words)


def _pair_by_content(left: str, words: EditWords) -> tuple[Items, Items] | None:
    """"职工之家那条跟会员发展那条" / "第2条和讲座那项": two items, either told by what it says before a pointer
    (那条/这项) or by its place. The connector is the one right after a pointer, so a 和 inside the content stays."""
    units = alternation(words.items["units"])
    cut = re.search(rf"(?:那|这)(?:一)?(?:{units})\s*(?:的)?\s*([和跟与同及、])", left) \
        or re.search(rf"(?<=[{''.join(words.items['units'])}])\s*([和跟与同及、])(?=.*(?:那|这)(?:一)?(?:{units}))", left)
    if not cut:
        return None
    head, tail = left[: cut.start(1)], left[cut.end(1) :]
    pair = [parse_items(p, words) for p in (head, tail)]
    chosen = []
    for items in pair:
        if items.positions[:1] or items.from_end:
            chosen.append(Items(positions=items.positions[:1], from_end=items.from_end))
        elif items.text and len(items.text) >= 2:
            chosen.append(Items(text=items.text))
        else:
            return None
    return chosen[0], chosen[1]


def next_to(right: str, words: EditWords) -> tuple[str, Items]:
    """"放到体检那条前面": before or after an item named by what it says; ("", Items()) otherwise."""
    where = alternation((*words.moves["before"], *words.moves["after"]))
    m = re.match(rf"\s*(.{{2,24}}?)\s*({where})\s*(?:去|吧|了|啊|哈|咯|。|，|$)", right)
    if not m:
        return "", Items()
    target = parse_items(m.group(1), words)
    if not target.text:
        bare = re.sub(r"(?:的)?(?:那|这)?(?:一)?(?:条|项|个|点)?(?:的)?$", "", m.group(1)).strip("“” ")
        target = Items(text=bare) if len(bare) >= 2 else Items()
    if not target.given():
        return "", Items()
    return ("before" if m.group(2) in words.moves["before"] else "after"), target


def sets_aside_upload(text: str, verb: re.Match, words: EditWords) -> bool:
    """"登高那份不要，托管的那份放进计划": the 不要 sets one upload aside; the request adds another."""
    if verb.group(0) not in words.verbs.get("delete_with_item", ()):
        return False
    start, end = clause_bounds(text, verb.start())
    other = text[:start] + text[end:]
    return add_verb(other, words) is not None and any(w in text for w in words.upload_words)


def put_off(message: str, words: EditWords, refs_of: Callable[[str], list],
            reads_as_edit: Callable[[str], bool]) -> tuple[list[str], str]:
    """(the sections its sentences put off, the other sentences) of a message that says, beside an edit, to leave a
    section alone ("月度表这回先跳过别碰", "师德这节跳过"; "@here" for the one on screen); ([], message) otherwise.
    A sentence is a putting-off when it holds a skip word, names a section and asks no edit before that word."""
    sentences = [s for s in re.split(r"(?<=[。；;！!\n])", message) if s.strip()]
    if len(sentences) < 2:
        return [], message
    keep = alternation((*words.verbs.get("skip", ()), *words.verbs.get("keep_as_is", ())))
    spare, rest = [], []
    for sentence in sentences:
        text = normalise(sentence, words)
        refs, verb = refs_of(text), re.search(keep, text)
        if verb and (refs or here(text, words)) and not reads_as_edit(text[: verb.start()]):
            spare += [r.key for r in refs] or ["@here"]
        else:
            rest.append(sentence)
    return (spare, "".join(rest)) if spare and rest else ([], message)


def names_next_section(text: str) -> bool:
    """"往下那节", "下一部分": the section after the one just named or on screen."""
    return bool(re.search(r"(?:往下|下面|下一|接下来|后面)(?:那|这)?(?:一)?(?:节|部分|块|段)", text))


def in_column(request, scope: str, words: EditWords):  # an EditRequest (edit_requests imports this module)
    """A replacement limited to one table column when its scope names one ("表格“参与”那一列里的A改成B",
    "负责人一栏"): the request then acts on the table's cells of that column only."""
    for column in ("participants", "lead", "activity"):
        names = words.places.get(f"column_{column}", ())
        if names and re.search(rf"“?(?:{alternation(names)})”?\s*(?:那|这)?\s*(?:一)?\s*(?:列|栏)", scope):
            request.section, request.here, request.hint = "schedule", False, f"column:{column}"
            break
    return request


def replace_verb(text: str, words: EditWords) -> re.Match | None:
    """The verb of a replacement: the one between two quoted phrases when there is one ("A从今年起改成联赛了，‘甲’都改成
    ‘乙’": an earlier 改成 tells news), else the first."""
    verbs = list(re.finditer(words.verb("replace") + "|→|->", text))
    quoted = next((v for v in verbs if re.search(r"”\s*(?:都|全|全部|一律|统一|一并)?\s*$", text[: v.start()])
                   and text[v.end() :].lstrip().startswith("“")), None)
    if quoted or len(verbs) < 2:
        return quoted or (verbs[0] if verbs else None)
    # "活动改在周五了，全文的篮球都换成排球": the earlier 改成 tells news; the clause that says over how much
    # of the plan (所有, 全部, 都, 全文) is the request
    scope = alternation((*words.items["all"], *words.places["whole"], "所有", "全部"))
    asked = [v for v in verbs if re.search(scope, text[clause_bounds(text, v.start())[0] : v.start()])]
    return asked[-1] if asked else verbs[0]


def also_named(text: str) -> str:
    """An item named by its content beside a position ("第二条跟送课那条", "第一条还有送课那条" → 送课), else ""."""
    # the joining words of a spoken list: 跟/和/与/及/、 and 还有, 以及, 加上, 连同, 外加 (《现代汉语八百词》 还有: 表示补充)
    joins = r"(?:[跟和与及、]\s*(?:还有)?|还有|以及|再加上|加上|连同|外加)"
    named = re.search(rf"{joins}\s*([^，。；\s　]{{2,12}}?)(?:的)?(?:那|这)(?:一)?(?:条|项|个|点)", text)
    # the item told first, then the position ("乒乓球那条还有第五条")
    named = named or re.search(rf"(?:^|[，,；;\s　]|把|将)([^，。；\s　把将]{{2,12}}?)(?:的)?(?:那|这)(?:一)?(?:条|项|个|点)\s*{joins}\s*第",
                               text)
    return named.group(1) if named else ""


def notify_verb(text: str) -> bool:
    """True when 通知 is the everyday verb ("开个会通知都费劲", "通知大家"), not an uploaded notice."""
    return bool(re.search(r"(?:会|要|去|再|好|没|先|得|难)通知|通知(?:一下|大家|不到|他们|她们)", text))


def renamed(text: str) -> tuple[str, str] | None:
    """A thing's new name said as "不叫A了，(统一)叫B" / "A不叫了，改叫B": (A, B), else None."""
    m = re.search(r"不(?:再)?叫“?([\u4e00-\u9fff]{2,8}?)”?了[，,]?\s*(?:现在|今后|以后)?(?:统一|一律|都|全都|改|改为)?"
                  r"(?:叫做|叫作|叫成|称为|叫)“?([\u4e00-\u9fff]{2,8})”?", text)
    if m and m.group(1) != m.group(2):
        return m.group(1), m.group(2)
    # "这个奖更名了，叫“B”，全部的A都改过来": the new name quoted after the renaming, the old one where it is changed
    new = re.search(r"(?:改名|更名|改称|换名|换了名)(?:字)?(?:了|啦)?[，,]?\s*(?:现在|今后|以后|统一|正式)?"
                    r"(?:叫做|叫作|叫|称为|称|改为|为)\s*“([^“”]{2,12})”", text)
    old = re.search(r"(?:所有|全部|凡是)(?:的)?“?([\u4e00-\u9fff]{2,12}?)”?\s*(?:都|全都|一律|全)?\s*"
                    r"(?:改过来|改掉|换过来|改一下|改了|跟着改|改成新的|换掉)", text)
    if new and old and old.group(1) != new.group(1):
        return old.group(1), new.group(1)
    # "“A”如今统一叫“B”，全都换过来": both names quoted, the new one after a verb of naming, and the message asks for
    # the change (改/换); 叫/称/称为 as 《现代汉语词典》 gives them for "名称是".
    both = re.search(r"“([^“”]{2,12})”[^“”。；;]{0,12}?(?:叫做|叫作|叫|称为|称作|改称|改为|统称|称)\s*“([^“”]{2,12})”"
                     r"(.*)$", text)
    if both and both.group(1) != both.group(2) and re.search(r"[改换]", both.group(3)):
        return both.group(1), both.group(2)
    return _renamed_plain(text)


# "A（下学期起）（正式）更名B了", "A改名叫B", "A已易名为B": a thing renamed with neither name quoted. 更名/改名/改称/易名
# "改换名称" (《现代汉语词典》); the new name runs to the end of its clause, the old one is what the clause says before the
# verb less the words of when and how (下学期起, 正式, 已经). Both are names, so at most 12 characters each.
# "A以后都叫B", "A今后统一叫B", "A一律称作B": a name that holds from now on (以后/今后/往后/从此) or everywhere
# (统一/一律) is a renaming too, said with the plain verbs of naming 叫/称 (《现代汉语词典》 叫 "名称是").
_RENAME_VERB = re.compile(r"(?:更名|改名|改称|易名|改叫|换名)(?:为|叫|成|作)?"
                          r"|(?:以后|今后|往后|从此|从今往后|统一|一律)(?:都|全都|统一|一律|全)?(?:改)?(?:叫做|叫作|称作|称为|叫|称)")
_RENAME_WHEN = re.compile(r"(?:(?:从|自)?(?:下|本|这|上|今|明|新)?(?:个)?(?:学期|学年|月|年|周|星期)(?:起|开始|以后)?|"
                          r"(?:从|自)?\d{1,2}月(?:份)?(?:起|开始)|起|开始|正式|已经|已|将要|将|要|就|也|都|现在|如今|目前|统一|一律)+$")


def _renamed_plain(text: str) -> tuple[str, str] | None:
    verb = _RENAME_VERB.search(text)
    if not verb or re.search(r"(?:旧|老|原来的?|以前的?|之前的?|原)(?:那个)?(?:名字|名称|叫法|称呼)|原名", text):
        return None  # "上级工会改叫B，旧名字统一换掉": the old name is not said, it is found in the plan (renamed_to)
    start = max(text.rfind(c, 0, verb.start()) for c in "，,。；;！!") + 1
    old = _RENAME_WHEN.sub("", text[start : verb.start()])
    old = re.sub(r"^(?:把|将|咱们|咱|我们|我校|学校的|原来的|原来|以前的|之前的)", "", old).strip("“” ")
    new = re.match(r"\s*“?([\u4e00-\u9fff]{2,12}?)”?(?=了|啦|咯|[，,。；;！!]|$)", text[verb.end() :])
    if not new or not re.fullmatch(r"[\u4e00-\u9fff]{2,12}", old) or new.group(1) == old:
        return None
    return old, new.group(1)


# A new name told with a verb of naming (现在叫B, 更名为B, 改称B; 《现代汉语词典》 叫 "名称是"), and a request that the old
# one change everywhere without saying it (原来那个名字全换掉, 都改过来, 统一换成新的).
_NEW_NAME = re.compile(r"(?:现在|如今|目前|已经|已|今后|以后|正式|统一)?(?:改名|更名)?(?:叫做|叫作|改叫|改称|更名为|改名为|改名叫|"
                       r"称为|叫)\s*“?([\u4e00-\u9fff]{4,20}?)”?(?=[，,。；;！!]|了|啦|$)")
_OLD_EVERYWHERE = re.compile(r"(?:原来|以前|之前|过去|旧|老)(?:的|那个|那)?(?:名字|名称|叫法|称呼|说法)?[^，。；]{0,6}?"
                             r"(?:换掉|改掉|换过来|改过来|换成新的|改成新的|替换掉|更新)|(?:全|都|统一|一律|全部|通通|全都)"
                             r"(?:换掉|改掉|换过来|改过来|替换掉|换成新的|改成新的|更新一下)")


def renamed_to(text: str) -> str:
    """The new name when the message gives only it and asks the old one changed everywhere ("上级工会现在叫B，计划里
    原来那个名字全换掉"), else ""; the old name is then found in the plan (SweepEdits._former_name)."""
    new = _NEW_NAME.search(text)
    if not new or not _OLD_EVERYWHERE.search(text, new.end()):
        return ""
    return new.group(1)


def spelled_typo(text: str) -> tuple[str, str] | None:
    """A misspelling told character by character, as people say it aloud: "部署的“部”打成布匹的“布”了",
    "把落实的落写成了洛" → (the word as misspelt, the word), else None."""
    m = re.search(r"([\u4e00-\u9fff]{2,6})的“?([\u4e00-\u9fff])”?(?:字)?(?:被)?(?:错)?(?:打|写|敲|输)(?:错)?成(?:了)?"
                  r"(?:[\u4e00-\u9fff]{1,4}的)?“?([\u4e00-\u9fff])”?", text)
    if not m or m.group(2) not in m.group(1) or m.group(2) == m.group(3):
        return None
    word = re.sub(r"^(?:把|将)", "", m.group(1))
    return (word.replace(m.group(2), m.group(3)), word) if m.group(2) in word else None


def renamed_body(text: str) -> tuple[str, str] | None:
    """A body renamed, told with its new full name and perhaps its new short one ("区教育工会跟体育那边合并了，现在全称叫
    “青禾区教育体育工会”，…简称就写“区教育体育工会”"): (the old name as the message says it, the new name in the same
    form), else None. The old name is the longest unquoted phrase that ends like the new one (the same kind of body:
    工会, 学校) and whose characters the new name keeps in order, so the full form in the plan follows too (青禾 +
    区教育工会 → 青禾 + 区教育体育工会)."""
    if not re.search(r"全称|名称|名字|更名|改名|改称|简称|牌子|招牌|现在叫|如今叫|已经叫|改叫", text):
        return None
    full = re.search(r"(?:全称|名称|名字|更名|改名|改称)[^“，。]{0,6}“([^“”]{3,20})”", text)
    said = None if full else _NEW_NAME.search(text)
    if not full and not said:
        return None
    if said:  # "改名了，现在叫城东社区卫生服务中心": the new name unquoted, up to the end of its clause
        new = said.group(1)
        plain = unquoted(text[: said.start(1)] + "　" * len(new) + text[said.end(1) :])
    else:
        short = re.search(r"简称[^“。]{0,12}“([^“”]{3,20})”", text)
        new = short.group(1) if short and full.group(1).endswith(short.group(1)) else full.group(1)
        plain = unquoted(text)
    found = ""
    for i in range(len(plain)):
        for j in range(i + 3, min(i + 13, len(plain)) + 1):
            old = plain[i:j]
            if (len(old) > len(found) and old != new and old.endswith(new[-2:])
                    and re.fullmatch(r"[\u4e00-\u9fff]+", old) and _keeps_in_order(new, old)):
                found = old
    if not found:
        return None
    # The new name in the form the old one was said in: "市教育工会" → "市教育体育工会" (not the full 江城市…, which
    # would double the city in the plan's 江城市教育工会).
    at = max(i for i, c in enumerate(new) if c == found[0] and _keeps_in_order(new[i:], found))
    return found, new[at:]


# A new name said without quotes after the verb of naming (现在叫, 更名为, 改名叫): the rest of the clause, when it is a
# name (it ends in the kind of place or body it is: 医院, 中心, 工会, 学校…, at most 20 characters).
_NEW_NAME = re.compile(r"(?:现在|如今|已经|目前|正式)?(?:更名为|改名为|改名叫|改称|改叫|叫做|叫作|叫)\s*"
                       r"([\u4e00-\u9fff]{3,20}?(?:医院|中心|工会|学校|中学|小学|幼儿园|学院|大学|公司|单位|委员会|局|馆|站|所|院|宫|社区|街道))"
                       r"(?=(?:了|啦|咯)?(?:[，,。；;！!]|$))")


def _keeps_in_order(longer: str, shorter: str) -> bool:
    chars = iter(longer)
    return all(c in chars for c in shorter)


def kept_phrases(text: str, old: str, new: str = "") -> list[str]:
    """Quoted phrases holding `old` that a sentence of the message says to keep ("只有一处例外：“全区保育员技能比赛”
    …照原样留着"): a replacement leaves them as they are."""
    keep = r"例外|照原样|原样|保留|留着|不动|别动|不改|别改|不用改|不要改|除外|除了"
    return [q for sentence in re.split(r"(?<=[。；;！!])", text) if re.search(keep, sentence)
            for q in re.findall(r"“([^“”]{2,30})”", sentence) if old in q and q not in (old, new)]


def edits_title(text: str) -> bool:
    """"题目那行，年后头加个字": a change to the plan's title line written into it word by word."""
    return bool(re.search(r"(?:题目|标题|大标题)(?:那行|那一行|这行|一行|里面?|中|上|那儿|那里)|^(?:题目|标题)[，,]", unquoted(text))
                and re.search(r"加(?:个|一个|上)?|添|补|删|去掉|写成", unquoted(text)))


# An item the user added in this conversation, pointed at by how it came ("刚加的那条", "后面补的这一条", "新添的"):
# the verb of adding, then 的 and a pointer to one item.
_ADDED = re.compile(r"(?:刚才|刚刚|刚|才|后面|后来|最后|新|另外)?\s*(?:新)?(?:加|添|补|增|写|增加|添加|补充|新增)"
                    r"(?:上|进|进去|进来|上去)?的\s*(?:这|那)?\s*(?:一)?\s*(?:条|项|个|句|点)?")


def takes_back_added(text: str, words: EditWords) -> bool:
    """True when a clause names the item just added and takes it back ("刚补的那条不要了", "新添的那条撤回"): the
    addition is undone, so edits made before it stay. Said of an item the plan already had, it is a deletion."""
    back = alternation((*words.verbs["undo"], *words.verbs["delete"], *words.verbs.get("delete_with_item", ()),
                        *words.verbs.get("cancel", ())))
    for clause in re.split(r"[，,；;。！!]", text):
        m = _ADDED.search(clause)
        if m and m.group(0).strip() and re.search(r"(?:条|项|个|句|点)$|的$", m.group(0)) \
                and re.search(back, clause[: m.start()] + "　" + clause[m.end() :]) \
                and not re.search(r"第\s*\S{1,3}\s*[条项个]", clause):
            return True
    return False


def meant_item(after_verb: str) -> str:
    """The item a user says they meant to delete ("（我要删）的其实是弹琴那条" → 弹琴), from the words after the verb;
    empty when they do not say it that way."""
    m = re.match(r"(?:掉|去|除)?的\s*(?:其实|本来|原本|实际上|应该)?\s*是\s*([\u4e00-\u9fff“”]{2,14}?)\s*(?:的)?\s*"
                 r"(?:那|这)\s*(?:一)?\s*(?:条|个|项|点)", after_verb)
    return m.group(1).strip("“”") if m else ""


# Words before a verb of calling off that say when or how, not what (今年就不搞了, 这学期先不办了, 以后也别组织了).
_WHEN_HOW = re.compile(r"(?:今年|明年|今后|以后|往后|这学期|下学期|本学期|这学年|下学年|本学年|这回|这次|暂时|暂且|先|就|也|都|还是|"
                       r"干脆|索性|直接|一律|统统|全部|压根|根本|的话|吧|呢|啊|，|,|\s|　)+$")


# The longest message read as calling an item off without pointing at it: a chat request is a sentence or two.
_CALLED_OFF_LENGTH = 40


def called_off(text: str, verb: re.Match, words: EditWords) -> str:
    """What is said not to happen any more, told before the verb with no pointer ("环湖健步行今年不搞了", "五彩绳编织
    就不要了"): the words of its clause before the verb, less those of when and how. Empty when the message also adds
    something (an upload's contact lines "不要" are left out of a summary, not deleted) or nothing is left."""
    if verb.group(0) not in words.verbs.get("delete_with_item", ()) or add_verb(text, words) is not None:
        return ""
    if len(text) > _CALLED_OFF_LENGTH:
        return ""  # a long message telling a story ("春游不办了，换成…，地点…，时间…") is a passage, not a deletion
    if any(w in text for w in words.upload_words if len(w) > 1):
        return ""
    if not re.match(r"[了吧啊呀哈啦咯噻嘛呢哦]*\s*(?:[，,。；;！!]|$)", text[verb.end() :]):
        return ""  # "尽量不要排夜班": a negative command with its object, not a thing called off
    start, _ = clause_bounds(text, verb.start())
    said = _WHEN_HOW.sub("", text[start : verb.start()]).strip(" 　")
    said = re.sub(rf"^(?:{alternation(words.places.get('locators', ()))})", "", said) if words.places.get("locators") \
        else said  # "文体那节健步走": the rest of the section's mention
    said = re.sub(r"^(?:的|请|麻烦|帮我|给我)?(?:把|将)?", "", said)
    said = re.sub(r"^[\u4e00-\u9fff]{0,6}?(?:里头|里边|里面|里的|中的|当中的|那块的|那节的)", "", said) or said
    return said if len(said) >= 2 and not re.search(r"[那这]$", said) else ""


# Keeping some and dropping the rest: "前两条留下，下面的都去掉", "只保留第一条，其余删掉", "除了第二条，别的都去掉".
# 除了…(以外) "表示不计算在内" (《现代汉语八百词》 除了), 其余/其他/别的/剩下的 "the rest", 只/仅/就 + 留/保留/要 "keep only".
_EXCEPT = re.compile(r"除(?:了|去|开)?[^，。；]{1,20}?(?:以外|之外|外)?[，,]?\s*(?:其余|其他|其它|剩下|剩余|余下|别的|另外的|都|全|统统)")
_KEEP = re.compile(r"(?:保留|留下|留着|留|剩下|剩|要)(?:着|下)?")
_ONLY = re.compile(r"^\s*(?:[^，,；;。]{0,8}?)(?:只|仅|光)(?:需|要)?(?:保留|留下|留|剩下|剩|要)")
_REST = re.compile(r"其余|其他|其它|剩下|剩余|余下|别的|另外的|以外的|之外的|多出来的|多余的|"
                   r"(?:后边|后面|后头|下边|下面|往后|之后)(?:的|几条|几项|那几条|那些|这些|都|全|统统|一律)")


def keeps_only(text: str, start: int, end: int) -> bool:
    """True when the items named are the ones to keep and the rest go (the verb's clause is `start`–`end`)."""
    if _EXCEPT.search(text):
        return True
    others = [m for m in re.finditer(r"[^，,；;。]+", text) if m.end() <= start or m.start() >= end]
    keeping = [m.group(0) for m in others if _KEEP.search(m.group(0))]
    return bool(keeping) and (bool(_REST.search(text[start:end])) or any(_ONLY.search(k) for k in keeping))


# "不按A排了，换成按B排", "不再由A负责，改由B负责", "不在A办了，换到B": what is no longer so and what is so now, said in
# parallel (the 不…了，改成… of spoken Chinese, 《现代汉语八百词》 不 + 了 "情况的变化"). The words both phrases share at
# the start and the end (按…排) are the frame; what differs is the old text and the new.
_CONTRAST = re.compile(r"不(?:再)?([\u4e00-\u9fff“”]{2,16}?)了?[，,]\s*(?:而是|而|现在|以后|今后|统一|都)?"
                       r"(?:改成|换成|改为|换为|改用|换用|改由|改在|改到|换到|变成|改)([\u4e00-\u9fff“”]{1,16}?)"
                       r"(?:了|吧|啦)?(?=[，,。；;！!]|$)")
_FRAME_WORDS = ("按", "用", "由", "在", "以", "叫", "归", "放在", "到", "让", "跟", "和", "去", "搞", "办", "弄", "组织", "是",
                "开展", "举办")


def contrasted(text: str) -> tuple[str, str, int] | None:
    """(old, new, where the negated phrase starts) for "不按A排了，换成按B排", else None."""
    m = _CONTRAST.search(text)
    if not m:
        return None
    before, after = m.group(1).strip("“”"), m.group(2).strip("“”")
    verb = text[m.end(1) : m.start(2)]
    if re.search(r"改(?:由|在|到|用)|换(?:到|用)", verb):  # 改由B: the preposition said with the verb
        after = verb[-1] + after
    head, tail = common_ends(before, after)
    while head and min(len(before), len(after)) - head - tail < 2:
        head -= 1  # "放在周二" / "放在周四": 周 belongs to both names, only 放在 is the frame
    if min(len(before), len(after)) - head - tail < 2:
        tail = 0  # "去人民医院" / "中医院": a shared 医院 is part of both names, not the frame
    old, new = before[head : len(before) - tail], after[head : len(after) - tail]
    if head == 0:
        frame = rf"^(?:{'|'.join(_FRAME_WORDS)})"
        old, new = re.sub(frame, "", old), re.sub(frame, "", new)
    if len(old) < 2 or not new or len(old) > 10:
        return None
    return old, new, m.start(1)
