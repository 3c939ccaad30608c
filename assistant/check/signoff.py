"""The lines of a 落款: the union that signs (its seal's place after it) and the date, in the forms schools write it."""

from __future__ import annotations

import re

from assistant.domain.numerals import BRANCHES, STEMS

# 元月 is January (《现代汉语词典》 元月: 公历一月), as a 落款 may write it (2028年元月9日).
DATE = re.compile(
    r"(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*(?:[\d一二三四五六七八九十]{1,2}|元(?=月))\s*月(?:\s*[\d一二三四五六七八九十]{1,3}\s*日)?"
    r"|\d{4}\s*[.\-/／．·]\s*\d{1,2}\s*[.\-/／．·]\s*\d{1,2}"
    r"|[〇○零一二三四五六七八九]{4}\s*[.．·]\s*(?:十[一二]?|[一二三四五六七八九])\s*[.．·]\s*(?:[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])")
# A 落款 date left to fill in (2027年　月　日, 2027年__月__日): still a 落款 (the blank is a placeholder finding).
_BLANK_DATE = re.compile(r"(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年[\s\u3000_＿]*(?:[\d一二三四五六七八九十]{1,2})?[\s\u3000_＿]*月[\s\u3000_＿]*日")
# The signer, with the seal's mark after it (（盖章）, 印: how a seal reads) or a short note in brackets (（澴南）, 〔三届〕).
SIGNER = re.compile(r"(?:工会|委员会|学校|小学|中学|幼儿园|学院)\s*(?:[（(〔［\[][^（(〔［\[）)〕］\]\s]{1,8}[）)〕］\]]|印|盖章处|盖章|签章|公章)?$")
# …or after the place where it was signed (敖汉旗·27年9月3号, 屏南县 27年1月8日): a county, banner or town before the date.
_PLACE = r"[\u4e00-\u9fff]{1,8}(?:旗|县|市|区|镇|乡|州|盟)\s*[·・]?\s*"
# A lunar date (丁未年正月十三, as some schools sign near the Spring Festival), and a date with the year's last two
# digits alone on its line (二七年二月廿二, 27年2月22日, 27年1月8号 as spoken, 元月 too; after a short label such as 定稿：):
# a 落款 all the same (干支纪年, 正月…腊月, 廿 for twenty).
_DAY = r"(?:初[一二三四五六七八九十]|二十[一二三四五六七八九]?|三十[一]?|廿[一二三四五六七八九]|十[一二三四五六七八九]?|[一二三四五六七八九])"
_LUNAR_DATE = re.compile(rf"[{STEMS}][{BRANCHES}]年\s*(?:闰)?(?:正|冬|腊|十[一二]?|[一二三四五六七八九])月\s*{_DAY}|^\s*(?:[^\n：:。，]{{1,10}}[：:]\s*|{_PLACE})?(?:[〇○零一二三四五六七八九]{{2}}"
                         rf"\s*年\s*(?:元|正|十[一二]?|[一二三四五六七八九])\s*月\s*{_DAY}|\d{{2}}\s*年\s*(?:元|\d{{1,2}})\s*月\s*\d{{1,2}}"
                         rf"|\d{{2}}\s*[.．]\s*\d{{1,2}}\s*[.．]\s*\d{{1,2}})\s*[日号]?\s*$", re.M)
# Month and day first, the year after them in brackets (元月十三日（2027年）) or after a comma at the line's end, a
# weekday between (8月30日（星期一），2027), as a 落款 sometimes reads.
_WEEKDAY = r"(?:[（(]\s*(?:星期|礼拜|周)[一二三四五六日天]\s*[）)])?"
_YEAR_AFTER = re.compile(rf"(?:元|正|十[一二]?|[一二三四五六七八九]|\d{{1,2}})\s*月\s*(?:{_DAY}|\d{{1,2}})\s*[日号]\s*{_WEEKDAY}\s*"
                         r"(?:[（(]\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*[）)]"
                         r"|[，,、]\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年?\s*$)", re.M)


# Who drafted the plan, on a line of its own between the signer and the date (王建平执笔, 拟稿人：王建平): schools add it
# to a 讨论稿 or 征求意见稿 (common office usage of 拟稿/执笔/起草 in 发文稿纸); it is part of the 落款 block, not of the body.
DRAFTER = re.compile(r"^(?:(?:起草|执笔|拟稿|撰稿|草拟|整理|审核|审稿|校对)人?\s*[：:]\s*[\u4e00-\u9fff]{2,4}"
                     r"|[\u4e00-\u9fff]{2,4}\s*(?:起草|执笔|拟稿|撰稿|草拟|整理))$")


def date_with_year_after(line: str) -> bool:
    """True when the whole line is a date with its year after it (8月30日（星期一），2027): its comma is no sentence's."""
    return bool(_YEAR_AFTER.fullmatch(line.strip()))


def dated(text: str) -> bool:
    """True when `text` holds a date a 落款 may carry: a calendar date, one left blank to fill in, a lunar one or a
    short-year one alone on its line (27.9.6 too), or one with its year after it in brackets."""
    return bool(DATE.search(text) or _BLANK_DATE.search(text) or _LUNAR_DATE.search(text) or _YEAR_AFTER.search(text))
