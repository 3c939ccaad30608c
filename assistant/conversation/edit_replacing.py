"""Reading a chat message as a replacement of words: a misspelling told aloud, a renaming (with or without quotes, or
with only the new name), "不按A排了，换成按B排" inside one item, a new name for the name an item quotes, a new text for
a whole item, one cell of the table, or a word replaced in a section or the whole plan. Mixed into the parser of
edit_requests, whose `refs`, `_scope` and `words` it uses."""

from __future__ import annotations

import re

from assistant.conversation import edit_clauses as clauses
from assistant.conversation.edit_record import EditRequest
from assistant.conversation.edit_refs import NOT_WHOLE_WORD, NUM, QUOTED, Items, parse_items, strip_refs, unquoted
from assistant.conversation.edit_text import (
    MADE_ITEM,
    blank_left_alone,
    clean_value,
    left_alone_keys,
    split_scope,
)
from assistant.conversation.edit_words import alternation

# words of register and manner (弄成公文口吻, 改为书面说法): how to write, never a new text for an old one
_TONE_WORDS = ("正式", "公文", "规范", "简洁", "精炼", "具体", "通顺", "书面", "口气", "语气", "口吻", "说法", "写法", "文风",
               "腔调", "格式")
_SELF_REFS = ("这段", "这一段", "这段话", "这部分", "这一部分", "这节", "全文", "它", "这些", "上面")

# The name of what an item holds (评选的名称, 活动名字, 这个奖的叫法, 讲座的题目): a new one replaces that name only.
_NAME_OF = re.compile(r"(?:名称|名字|名儿|称号|叫法|题目|标题|主题|冠名)$")


# The places to change told by what they say (凡写着A的, 但凡有A的地方, 凡是带A字样的): 凡(是)/但凡 "表示在某个
#范围内没有例外" (《现代汉语八百词》), a verb of saying or holding, the word, 的 and what holds it.
_SAID = re.compile(r"^(?:凡是|但凡|凡|只要是|只要)?\s*(?:写着|写有|写了|写的是|写的|写成|写|填的|填着|填|带有|带着|含有|有|带|出现|是)\s*“?"
                   r"([^，。；“”\s]{2,12}?)”?\s*(?:字样|这几个字|几个字|这个词|字眼)?\s*的(?:地方|内容|字样|格子|那些|都|全)?$")


def _said_word(old: str) -> str:
    """The word a condition on the places to change names ("凡写着A的" → A); the phrase as it is otherwise."""
    m = _SAID.match(old)
    return m.group(1) if m and re.match(r"^(?:凡|但凡|只要)", old) or m and old.endswith("的地方") else old


class ReplaceReaders:
    """The reader of replacements (see EditParser)."""

    def _replace(self, text: str, titles: dict, question: bool) -> EditRequest | None:
        typo = clauses.spelled_typo(text)
        if typo:  # a misspelling is wrong wherever it stands, unless a section is named
            scope = unquoted(text).replace(typo[1], "　" * len(typo[1]))  # the word itself names no section
            request = self._scope(EditRequest("replace", old=typo[0], new=typo[1]), scope, titles)
            request.whole = not (request.section or request.here)
            return request
        body = clauses.renamed_body(text)
        if body:  # "现在全称叫“A”，简称写“B”": the old name becomes the new one everywhere, in each form it has
            return EditRequest("replace", old=body[0], new=body[1], whole=True)
        renamed = clauses.renamed(text)
        if renamed:  # "不叫门卫了，统一叫安保员": a new name everywhere, unless said of one section
            request = EditRequest("replace", old=renamed[0], new=renamed[1], keep=clauses.kept_phrases(text, *renamed))
            at = text.find(renamed[0])
            before = blank_left_alone(text, at, self.words)[: max(at, 0)]  # "这一节写的“A”改叫“B”"
            request = self._scope(request, before, titles) if before.strip(" 　“") else request
            request.whole = not (request.section or request.here)
            request.spare = left_alone_keys(text, max(at, 0), self.words, lambda part: self.refs(part, titles))
            return request
        contrast = clauses.contrasted(text)
        if contrast:  # "第2条，课表不按年级排了，改成按学科排": the old and new told in parallel
            return self._contrasted(text, titles, *contrast)
        fresh = clauses.renamed_to(text)
        if fresh:  # "上级工会现在叫B，原来那个名字全换掉": the old name is the one of the same kind in the plan
            return EditRequest("replace", new=fresh, whole=True, hint="renamed")
        verb = clauses.replace_verb(text, self.words)
        if not verb:
            return None
        made = MADE_ITEM.search(text)
        if made and not QUOTED.search(text) and made.start() >= verb.start():
            return None  # "空房改作母婴室，归纳成一项": the story told becomes an item, nothing is replaced
        left, right = text[: verb.start()], text[verb.end() :]
        if re.match(rf"\s*{NUM}\s*(?:条|项|点)", right) and not QUOTED.search(left):
            return None  # "整成一条塞进计划": items made from what was told (an addition), no text replaced
        # a quoted column of the table ("“负责”那一列") says where, not what is replaced (see clauses.in_column)
        quoted_left = [q for q in QUOTED.findall(left) if not re.search(
            rf"“{re.escape(q)}”\s*(?:那|这)?\s*(?:一)?\s*(?:列|栏)", left)]
        quoted_right = QUOTED.findall(right)
        new = quoted_right[0] if quoted_right else clean_value(right)
        if quoted_left:
            old = quoted_left[-1]
            scope = left[: left.rfind("“" + old)]
        else:
            scope, old = split_scope(left, lambda part: self.refs(part, titles), self.words)
            old = self._without_all(old)  # "计划里的A全改成B": 全 says how many, it is not part of A
            old = _said_word(old)  # "凡写着A的一律换作B": the word the places say, not the condition around it
        named = parse_items(strip_refs(left, self.refs(left, titles), self.words, gap="　"), self.words) \
            if _NAME_OF.search(left.strip(" ，,的")) and new else Items()
        if named.positions or named.from_end:  # "第二条那个赛事的名字改为“B”": the name inside the item, not the item
            request = EditRequest("set_item", items=Items(positions=named.positions, from_end=named.from_end), new=new,
                                  hint="name")
            at = re.search(rf"第\s*{NUM}|倒数", left)  # what the item is called (评选活动) names no section
            return self._scope(request, left[: at.start()] if at else left, titles)
        if not old or not new or any(t in new for t in _TONE_WORDS) and not quoted_right or old in _SELF_REFS:
            return None
        cell = clauses.column_named(old, self.words)
        month = parse_items(scope, self.words, rows=True).month
        if cell and month:  # "表里9月那行，负责人改成副主席": one cell of one row gets the new value
            return EditRequest("replace", section="schedule", rows=True, items=Items(month=month), new=new,
                               hint=f"column:{cell}")
        position = parse_items(old, self.words) if not quoted_left else Items()
        # "把第二条的健步走换成登山" / "第2条里健步走换成登山": a word inside the item (的 or a word of inside after it)
        inner = re.match(rf"^.*?第\s*{NUM}\s*(?:条|项|个|点)(?:(?:里面|里头|里边|里|中|当中)(?:的)?|的)(.{{1,12}})$", old)
        if inner and position.positions:  # "把第二条的健步走换成登山": a word inside the item, not the whole item
            scope, old, position = scope + old[: inner.start(1)], inner.group(1), Items()
        if position.positions or position.from_end:
            request = EditRequest("set_item", items=position, new=clean_value(right, keep_inner=True))
            return self._scope(request, left, titles)
        request = EditRequest("replace", old=old, new=new, items=parse_items(scope, self.words),
                              keep=clauses.kept_phrases(text, old, new))
        if not (request.items.positions or request.items.from_end):
            request.items = Items()
        right = blank_left_alone(text, verb.start(), self.words)[verb.end() :]  # "…；维权里那个看望不用动"
        after = right.split("”", 1)[1] if quoted_right else "，".join(re.split(r"[，,。；;]", right)[1:])
        request.whole = any(w in scope + after for w in self.words.places["whole"])
        if re.search(r"^[，,\s]*[^，。]*?(?:也|一起|一并|一块|跟着|同步)", after) and not self.refs(scope, titles):
            after = ""  # "所有的A都换成B，表格里也改": the table as well as the rest, so the whole plan
        request.spare = left_alone_keys(text, verb.start(), self.words, lambda part: self.refs(part, titles))
        return clauses.in_column(self._scope(request, scope + "　" + unquoted(after), titles), scope, self.words)

    def _contrasted(self, text: str, titles: dict, old: str, new: str, at: int) -> EditRequest:
        """The replacement of "（某节第N条，）不按A排了，换成按B排": in the item and section named before it, else as
        a replacement is scoped; sections a later clause says to leave alone are spared."""
        scope = text[:at]
        position = parse_items(strip_refs(scope, self.refs(scope, titles), self.words, gap="　"), self.words)
        request = EditRequest("replace", old=old, new=new, keep=clauses.kept_phrases(text, old, new),
                              items=Items(positions=position.positions, from_end=position.from_end))
        request.whole = any(w in text for w in self.words.places["whole"])
        request.spare = left_alone_keys(text, at, self.words, lambda part: self.refs(part, titles))
        return self._scope(request, scope, titles)

    def _without_all(self, old: str) -> str:
        """The phrase to replace without an adverb of totality said after it (A都, A全部, A全; not 安全, 健全)."""
        adverbs = (*self.words.items["all"], *self.words.items.get("all_before_verb", ()))
        cut = re.sub(rf"{NOT_WHOLE_WORD}(?:{alternation(adverbs)})(?:给)?$", "", old)
        return cut if len(cut) >= 2 else old
