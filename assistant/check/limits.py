"""Statutory limits and duties a plan's own clause contradicts (knowledge/policy_terms.yaml `statutory_limits`): more
overtime than 《劳动法》 allows, an all-staff assembly voting with fewer than two thirds present, too few teacher
delegates, a contract signed only after a trial, a pregnant teacher's contract ended on expiry; and a trial longer than
the contract's term allows, computed from the two terms (《劳动合同法》第十九条)."""

from __future__ import annotations

import re
from fractions import Fraction

from assistant.check.findings import Document, Finding, inside, quoted_titles
from assistant.domain.numerals import parse_cn_number
from assistant.domain.policy import load_policy_terms

_SENTENCE = re.compile(r"[^。；;！？!?\n]+")
_QUOTED = re.compile(r"“[^“”\n]{4,}”")
# A clause that forbids what the rule forbids states the rule (不得安排……, 严禁……, 杜绝……).
_NEGATED = re.compile(r"(?:不得|不能|不准|不许|严禁|禁止|杜绝|防止|避免|不会|不再出现)[^，,]{0,6}$")


def limits(doc: Document, staff: int) -> list[Finding]:
    """One finding per clause that breaks a statutory limit or duty; `staff` is the school's staff (0: unknown)."""
    titles = quoted_titles(doc.text)
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(doc.text)]
    out = []
    for sentence in _SENTENCE.finditer(doc.text):
        if doc.outline.line_at(sentence.start()).kind in ("title", "signature"):
            continue
        found = len(out)
        for pattern, rule in load_policy_terms().statutory_limits:
            if len(out) > found:
                break  # one finding per clause: 每天不超过4小时、每月不超过60小时 is one overtime problem
            for m in pattern.finditer(sentence.group(0)):
                start, end = sentence.start() + m.start(), sentence.start() + m.end()
                if any(a <= start and end <= b for a, b in titles) or inside(quoted, start):
                    continue  # a statute's own words in quotation marks, or a document's title (a clause that only
                    # opens with a title, 《…细则》绕过教代会, is the plan's own)
                if _NEGATED.search(sentence.group(0)[max(0, m.start() - 8) : m.start()]) or not _broken(m, rule, staff):
                    continue
                a, b = m.span("span") if "span" in m.re.groupindex else m.span()
                out.append(doc.finding("rule", sentence.start() + a, sentence.start() + b, rule["message"],
                                       rule["suggestion"]))
                break
        if len(out) == found:
            trial = _probation(sentence.group(0))
            if trial is not None:
                a, b, message = trial
                out.append(doc.finding("rule", sentence.start() + a, sentence.start() + b, message,
                                       "按合同期限约定试用期：不满一年的不超过一个月，一年以上不满三年的不超过二个月，三年以上的不超过六个月"))
    return out


# 《劳动合同法》第十九条, computed from the two terms a clause states, however it words them (合同签两年，试用期按半年算):
# 劳动合同期限三个月以上不满一年的，试用期不得超过一个月；一年以上不满三年的，不得超过二个月；三年以上固定期限和无固定期限的，
# 不得超过六个月. A school's staff on the 编制 sign a 聘用合同 (《事业单位人事管理条例》第十二条: up to twelve months'
# trial), so the clause must name a 劳动合同 or staff outside the 编制.
_NUM = r"(\d{1,2}|[一二两三四五六七八九十]{1,3}|半)"
_TERM = re.compile(rf"合同(?:期限)?(?:签订?|订|为|期为|一签|签约)?\s*{_NUM}\s*(年|个月)|{_NUM}\s*(年|个月)(?:期)?的?(?:劳动)?合同")
_TRIAL = re.compile(rf"试用期(?:为|是|定为|按|约定为?|设为|均为|统一为)?\s*{_NUM}\s*(年|个月|月)")
_OUTSIDE_BIANZHI = re.compile(r"劳动合同|编外|合同制|临聘|临时聘用|劳务派遣|派遣|代课|外聘|非在编|自聘")


def _months(number: str, unit: str) -> float | None:
    try:
        value = 0.5 if number == "半" else float(parse_cn_number(number))
    except ValueError:
        return None
    return value * 12 if unit == "年" else value


def _probation(sentence: str) -> tuple[int, int, str] | None:
    """(start, end, message) when a clause's trial is longer than its contract's term allows."""
    if "聘用合同" in sentence or not _OUTSIDE_BIANZHI.search(sentence):
        return None
    term, trial = _TERM.search(sentence), _TRIAL.search(sentence)
    if term is None or trial is None:
        return None
    number, unit = (term.group(1), term.group(2)) if term.group(1) else (term.group(3), term.group(4))
    contract, months = _months(number, unit), _months(trial.group(1), trial.group(2))
    if contract is None or months is None:
        return None
    allowed = 6 if contract >= 36 else 2 if contract >= 12 else 1 if contract >= 3 else 0
    if months <= allowed:
        return None
    start, end = min(term.start(), trial.start()), max(term.end(), trial.end())
    return start, end, (f"合同期限{number}{unit}的，试用期不得超过{allowed}个月（《劳动合同法》第十九条）" if allowed
                        else "劳动合同期限不满三个月的，不得约定试用期（《劳动合同法》第十九条）")


def _broken(m: re.Match, rule: dict, staff: int) -> bool:
    """The clause's figure is outside what the statute allows (a rule without a figure is broken by the clause)."""
    if "n" not in m.re.groupindex:
        return True
    n = float(m.group("n"))
    if "above" in rule:
        return n > float(rule["above"])
    if "below" in rule:
        return n < float(rule["below"])  # a multiple or rate the statute sets as a minimum (300% on a holiday)
    if "share_of_staff" in rule:
        return staff > 0 and n < staff * Fraction(str(rule["share_of_staff"]))
    if "share_of" in rule and "whole" in m.re.groupindex:
        whole = int(m.group("whole"))
        return 0 < n <= whole and n < whole * Fraction(str(rule["share_of"]))
    return False
