"""Amounts of money said without their unit, in a paragraph about money: 一个人五十 → 一个人五十元,
八千多 → 八千余元, 一等奖三百块，二等奖一百五 → …一百五元. The digits never change."""

from __future__ import annotations

import re

from assistant.rewrite.apply import Notes
from assistant.rewrite.lexicon import CLASS_CONTENTS, Lexicon
from assistant.rewrite.masking import Masked
from assistant.rewrite.units import PER_UNIT, REASON, value_of_masked

_H = CLASS_CONTENTS["H"]
_N = CLASS_CONTENTS["N"]


# A price said per person or per piece (一个人五十, 一张八十, 每份一百五十左右), paid by someone (工会给报八十), or
# the rest of a price (剩下四十自己出): in a paragraph about money, an amount without its unit (spoken drafts drop 块).
_PAYER = r"(?:负担|承担|支付|报|补|贴|奖|充|掏|付|交|收|出|发|拿)"  # 给拿五十: 拿〈口〉 pays
_REST = r"(?:剩下|剩余|其余|差额)(?:的)?"


def per_unit_amounts(text: str, masked: Masked, lexicon: Lexicon, notes: Notes) -> str:
    """一个人五十 → 一个人五十元, 给报八十 → 给报八十元, 剩下四十自己出 → 剩下四十元自己出, in a paragraph that prices
    things (a 元/块 or a word of money in it)."""
    money_unit = re.search(rf"[{_N}](?:{lexicon.units['money'][0]}|块)|奖[{_N}]", text)  # 奖三百: a prize in money
    # Buying or paying (统一订，一副一百二), or an amount naming a card (一百五的购物卡), prices things too.
    paying = re.search(r"买|购|价|付|掏|收费|报销", masked.show(text)) or re.search(rf"[{_N}]的[^，。；]{{0,6}}[卡券]", text)
    if not money_unit and not paying and not re.search(lexicon.alternation("MONEY"), masked.show(text)):
        return text

    def sub(m: re.Match) -> str:
        value = value_of_masked(masked, m.group(2))
        per = [value_of_masked(masked, ch) for ch in re.findall(f"[{_N}]", m.group(1))]
        if value is None or value < 5 or any(v != 1 for v in per):
            return m.group(0)  # 一人八十 is a price per head; 3人80 is not
        new = f"{m.group(1)}{m.group(2)}元"
        notes.add(REASON, masked.show(m.group(0)), masked.show(new))
        return new

    end = r"(?=[，。；、）)\s]|左右|上下|以内|的|$|即可|就行|[报交出补付](?![{H}]))".replace("{H}", _H)
    text = re.sub(rf"({PER_UNIT}|{_PAYER})([{_N}])(?![{_N}]){end}", sub, text)
    return re.sub(rf"({_REST})([{_N}])(?=自|个人|由|[，。；])", sub, text)


_CN_AMOUNT = r"[一二两三四五六七八九十]*[一二两三四五六七八九][十百千万][一二两三四五六七八九十百千万]*"
_AMOUNT_END = r"(?=的|以上|以下|以内|之内|左右|上下|[，。；、]|$)"


def bare_amounts(text: str, masked: Masked, lexicon: Lexicon, notes: Notes) -> str:
    """In a paragraph about money, an amount said without its unit gets 元: 八千多 → 八千余元, 超过一千的 → 超过一千元的,
    两千以上 → 两千元以上 (spoken drafts drop 块 when the money is clear from the topic)."""
    # An amount right after a verb of spending (花了一千二买…, 花费八百; 现代汉语词典 花 ② 耗费): money anywhere.
    spent = re.search(rf"(?:花了|花费了?|花掉了?|共花)(?:[{_N}][十百千万]|{_CN_AMOUNT}|[{_N}])", text)
    money_unit = re.search(rf"[{_N}](?:{lexicon.units['money'][0]}|块)", text)  # the paragraph prices things
    # Who bears a cost (由工会承担, 超出部分自理; 《基层工会经费收支管理办法》) makes a capped amount money too.
    borne = re.search(r"承担|负担|自理|自付|出资|列支", masked.show(text))
    if not spent and not money_unit and not borne and not re.search(lexicon.alternation("MONEY"), masked.show(text)):
        return text
    approx, labels = lexicon.approx_inside, lexicon.alternation("NUMBER_LABELS") + r"(?:号|号码)?[：:\s]*$"

    def sub(m: re.Match) -> str:
        number, inside = m.group(1), m.group(2) or ""
        if re.search(labels, text[max(0, m.start() - 6) : m.start()]):
            return m.group(0)  # 分机8206, 房间302: a number named by its label is no amount
        if len(number) == 1:  # a protected number alone: an amount only when written as one (1000, 1.5万)
            value = value_of_masked(masked, number)
            shown = masked.number(number) or ""
            amount_shape = re.fullmatch(r"[\d,.]+[万千]?|" + _CN_AMOUNT, shown)
            if value is None or not amount_shape or value < 100 and not _parallel_amount(text, m.start(), lexicon):
                return m.group(0)
        formal = inside if inside == "余" else approx.get(inside, "")  # 一百余 (from 一百出头) keeps its 余
        new = f"约{number}元" if formal == "约" else f"{number}{formal}元"
        notes.add(REASON, masked.show(m.group(0)), masked.show(new))
        return new

    def spent_sub(m: re.Match) -> str:
        formal = approx.get(m.group(2) or "", "")
        new = f"约{m.group(1)}元" if formal == "约" else f"{m.group(1)}{formal}元"
        notes.add(REASON, masked.show(m.group(0)), masked.show(new))
        return new

    text = re.sub(rf"(?<![第一二两三四五六七八九十百千万])([{_N}][十百千万]|{_CN_AMOUNT}|[{_N}])([多余来])?{_AMOUNT_END}", sub, text)
    if not spent:
        return text
    return re.sub(rf"(?<=花了|花费|花掉|共花)([{_N}][十百千万]|{_CN_AMOUNT}|[{_N}])([多余来])?(?=[买购添订租请办给为，。；、]|$)", spent_sub, text)


def _parallel_amount(text: str, at: int, lexicon: Lexicon) -> bool:
    """True when the number at `at` ends a short clause that repeats the frame of the clauses before it, the first
    of which gave an amount of money (一等奖三百块，二等奖一百五，三等奖六十 / 成人票一百块，儿童票五十): a list said
    once with its unit and then elided (吕叔湘《现代汉语八百词》 on ellipsis in parallel clauses)."""
    clauses = re.split(r"([，。；、])", text[:at])
    label = clauses[-1]
    if not re.fullmatch(r"[^，。；、]{1,5}", label):
        return False
    money = rf"[{_N}](?:{lexicon.units['money'][0]}|块)"
    for k in range(len(clauses) - 3, -1, -2):
        if clauses[k + 1] not in "，；、":
            return False  # the list ends at a sentence end
        previous = clauses[k]
        number = re.search(f"[{_N}]", previous)
        framed = previous[:1] == label[:1] or number is not None and number.start() > 0 and previous[number.start() - 1] == label[-1]
        if not framed:
            return False
        if re.search(money, previous):
            return True
    return False
