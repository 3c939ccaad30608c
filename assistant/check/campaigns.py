"""An ended campaign set as the plan's own main task: 以“两学一做”为本学期主线 in 2027, 以脱贫攻坚为主线,
帮扶村今年脱贫出列. The campaigns and the year each is over come from knowledge/policy_terms.yaml `ended_campaigns`; a
name is flagged only in that frame (as this period's task or aim), so looking back on it or building on its results
(……期间, ……成果, 巩固拓展……) stays right."""

from __future__ import annotations

import functools
import re

from assistant.check.findings import Document, Finding
from assistant.domain.data import read_yaml
from assistant.domain.policy import DEFAULT_PATH as POLICY_PATH

# 把 / 将 / 以 / 围绕 … NAME … 作为 / 为 … 总抓手 (the frame that makes a name this period's main task).
_SETS = re.compile(r"(?:把|将|以|围绕|紧扣|聚焦|坚持)[^。；，,\n]{0,8}$")
_AS_TASK = re.compile(
    r"^[”\"’]?[^。；，,\n]{0,10}?(?:作为|当作|当成|为)[^。；\n]{0,16}?"
    r"(?:总抓手|抓手|主线|首要任务|头号任务|中心任务|重点任务|核心任务|重中之重|第一要务|第一任务|主要任务|工作重点|主题|统领)"
)
# A goal of the campaign still to be reached this year: 帮扶村今年脱贫出列, 今年实现全面小康.
_AIM = re.compile(r"(?:年底|年内|今年|本年度|本学年|本学期|到期末)[^。；，,\n]{0,6}?(?:全部|全面|如期|确保|实现|完成)*(?:脱贫摘帽|脱贫出列|全面脱贫|建成小康)")
_BUILDS_ON = re.compile(r"(?:巩固|拓展|衔接|深化|总结|回顾|延续|常态化)[^。；，,\n]{0,6}$")
_RESULT = re.compile(r"^[”\"’]?(?:成果|成效|经验|以来|期间|时期|收官|结束|精神)")


@functools.lru_cache(maxsize=1)
def _campaigns() -> tuple[tuple[re.Pattern, int], ...]:
    out = []
    for entry in (read_yaml(POLICY_PATH) or {}).get("ended_campaigns") or ():
        names = sorted((str(n) for n in entry["names"]), key=len, reverse=True)
        pattern = re.compile("|".join(r"“?" + re.escape(n.strip("“”")).replace(r"、", "、?") + r"”?" for n in names))
        out.append((pattern, int(entry["since"])))
    return tuple(out)


def ended_campaigns(doc: Document, year: int) -> list[Finding]:
    text = doc.text
    out = []
    for pattern, since in _campaigns():
        if year < since:
            continue
        for m in pattern.finditer(text):
            before, after = text[max(0, m.start() - 12) : m.start()], text[m.end() : m.end() + 40]
            if _BUILDS_ON.search(before) or _RESULT.match(after):
                continue
            framed = _SETS.search(before) and _AS_TASK.match(after)
            if not framed and not _AIM.search(after[:24]):
                continue
            end = m.end() + (_AS_TASK.match(after).end() if framed else 0)
            out.append(doc.finding(
                "outdated", m.start(), end,
                f"“{m.group(0).strip('“”')}”已经结束（{since}年起不再开展），不宜再作为{year}年计划的工作任务",
                "改为当年的工作主线（如巩固已有成果、学习贯彻最新会议精神）",
            ))
    return out
