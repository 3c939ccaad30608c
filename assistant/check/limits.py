"""Statutory limits and duties a plan's own clause contradicts (knowledge/policy_terms.yaml `statutory_limits`): more
overtime than 《劳动法》 allows, an all-staff assembly voting with fewer than two thirds present, too few teacher
delegates, a contract signed only after a trial, a pregnant teacher's contract ended on expiry."""

from __future__ import annotations

import re
from fractions import Fraction

from assistant.check.findings import Document, Finding, inside, quoted_titles
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
                start = sentence.start() + m.start()
                if inside(titles, start) or inside(quoted, start):
                    continue  # a statute's own words in quotation marks, or a document's title
                if _NEGATED.search(sentence.group(0)[max(0, m.start() - 8) : m.start()]) or not _broken(m, rule, staff):
                    continue
                a, b = m.span("span") if "span" in m.re.groupindex else m.span()
                out.append(doc.finding("rule", sentence.start() + a, sentence.start() + b, rule["message"],
                                       rule["suggestion"]))
                break
    return out


def _broken(m: re.Match, rule: dict, staff: int) -> bool:
    """The clause's figure is outside what the statute allows (a rule without a figure is broken by the clause)."""
    if "n" not in m.re.groupindex:
        return True
    n = int(m.group("n"))
    if "above" in rule:
        return n > int(rule["above"])
    if "share_of_staff" in rule:
        return staff > 0 and n < staff * Fraction(str(rule["share_of_staff"]))
    if "share_of" in rule and "whole" in m.re.groupindex:
        whole = int(m.group("whole"))
        return 0 < n <= whole and n < whole * Fraction(str(rule["share_of"]))
    return False
