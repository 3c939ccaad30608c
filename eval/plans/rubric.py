#!/usr/bin/env python3
"""Independent rubric for plans written by the offline plan composer (`draft --profile X.toml --out plan.md`).

Usage:
    python eval/plans/rubric.py --set round1 --plans DIR [--json OUT] [--details] [--strict]
    python eval/plans/rubric.py --selftest

For every profile eval/plans/<set>/<id>.toml (+ <id>.labels.json, the key) it reads DIR/<id>.md and measures:
sections present, highlight placement (and timing), out-of-period content, school-type/size vocabulary,
boilerplate share over the set, concrete measures per focus, repeated sentences, garbles/leftovers and the
落款 date. A missing DIR/<id>.md fails every metric for that profile. Python 3.11 standard library only;
nothing here imports or copies the product's code. See eval/plans/README.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent

# --------------------------------------------------------------------------------------------------
# Structure
# --------------------------------------------------------------------------------------------------
S1, S2, S3, S4, S5, S6, S7, S8 = ("民主管理与校务公开", "师德与队伍建设", "女职工工作", "维权与送温暖",
                                  "文体活动", "工会自身建设", "经费管理", "退休教职工工作")
SUBS = [S1, S2, S3, S4, S5, S6, S7, S8]
# heading fragments -> canonical sub-section (checked in this order; first hit wins)
SUB_KEYS = [
    (S3, ("女职工", "女工", "女教职工", "女教工")),
    (S8, ("退休", "离退休", "老干部", "老教师")),
    (S7, ("经费", "财务")),
    (S6, ("自身建设", "组织建设", "工会建设", "职工之家建设")),
    (S1, ("民主管理", "校务公开", "园务公开", "民主")),
    (S2, ("师德", "队伍", "师风", "岗位建功")),
    (S4, ("维权", "送温暖", "帮扶", "关爱", "服务职工", "服务教职工")),
    (S5, ("文体", "文化体育", "文娱", "文化活动", "体育活动")),
]
TOP_GUIDE, TOP_GOALS, TOP_MAIN, TOP_TABLE, TOP_GUARD = "指导思想", "工作目标", "主要工作", "月度工作安排", "保障措施"
TOP_KEYS = [
    (TOP_GUIDE, ("指导思想", "总体思路", "工作思路")),
    (TOP_GOALS, ("目标",)),
    (TOP_TABLE, ("月度", "行事历", "工作日程", "工作进度", "工作安排", "逐月", "月份安排")),
    (TOP_GUARD, ("保障",)),
    (TOP_MAIN, ("主要工作", "工作内容", "重点工作", "工作任务", "具体工作", "主要任务", "工作措施", "主要措施")),
]
SECTION_CHECKS = ["标题", TOP_GUIDE, TOP_GOALS] + SUBS + ["月度工作安排表", TOP_GUARD, "落款"]

CN_DIGIT = {"〇": 0, "零": 0, "○": 0, "Ｏ": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
            "六": 6, "七": 7, "八": 8, "九": 9}


def cn_small(s: str) -> int | None:
    """一 .. 三十一 -> int."""
    if not s:
        return None
    if s.isdigit():
        return int(s)
    if "十" in s:
        a, _, b = s.partition("十")
        tens = CN_DIGIT.get(a, None) if a else 1
        ones = CN_DIGIT.get(b, None) if b else 0
        if tens is None or ones is None:
            return None
        return tens * 10 + ones
    if len(s) == 1 and s in CN_DIGIT:
        return CN_DIGIT[s]
    return None


DATE_RES = [
    re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"),
    re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})"),
    re.compile(r"([〇零○一二三四五六七八九Ｏ]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日"),
]


def parse_date(line: str) -> dt.date | None:
    for rx in DATE_RES:
        m = rx.search(line)
        if not m:
            continue
        y, mo, d = m.groups()
        if not y.isdigit():
            y = "".join(str(CN_DIGIT.get(c, 0)) for c in y)
        try:
            return dt.date(int(y), cn_small(mo) or 0, cn_small(d) or 0)
        except ValueError:
            return None
    return None


NUM_ITEM = re.compile(r"^\s*(?:\d{1,2}\s*[.、．]|[（(]\s*\d{1,2}\s*[)）]|[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮]|[（(][一二三四五六七八九十]{1,3}[)）](?=.{31,}))\s*")
MD_HEAD = re.compile(r"^(#{1,6})\s*(.+?)\s*#*\s*$")
CN_HEAD1 = re.compile(r"^\s*([一二三四五六七八九十]{1,3})\s*[、.．]\s*(.{1,30})$")
CN_HEAD2 = re.compile(r"^\s*[（(]\s*([一二三四五六七八九十]{1,3})\s*[)）]\s*(.{1,30})$")


def classify(title: str, keys) -> str | None:
    for name, frags in keys:
        if any(f in title for f in frags):
            return name
    return None


class Plan:
    """A parsed plan: title, top sections, 主要工作 items by canonical sub-section, table rows, 落款."""

    def __init__(self, text: str):
        text = re.sub(r"<!--.*?-->", "", text, flags=re.S).replace("\r\n", "\n").replace("\u3000", " ")
        self.text = text
        raw_lines = text.split("\n")
        lines = [ln.rstrip() for ln in raw_lines]
        # ---- 落款: last date line near the end, with the committee name above it
        self.sign_committee, self.sign_date, self.sign_raw = None, None, None
        nonempty = [i for i, ln in enumerate(lines) if ln.strip()]
        cut = len(lines)
        for idx in reversed(nonempty[-6:]):
            ln = lines[idx].strip()
            if ln.startswith("|"):
                break
            d = parse_date(ln)
            if d and len(ln) <= 24:
                self.sign_date, self.sign_raw = d, ln
                cut = idx
                prev = [j for j in nonempty if j < idx][-2:]
                for j in reversed(prev):
                    if "工会" in lines[j] and len(lines[j].strip()) <= 40 and not lines[j].lstrip().startswith(("#", "|")):
                        self.sign_committee = lines[j].strip()
                        cut = j
                        break
                break
        self.sign_lines = set(range(cut, len(lines))) if self.sign_date else set()
        body = lines[:cut] if self.sign_date else lines
        self.body_lines = body
        # ---- walk
        self.title = None
        self.tops: dict[str, list[str]] = {}          # top section -> its paragraphs/items (text)
        self.subs: dict[str, list[str]] = {}          # canonical sub -> items
        self.sub_headings: dict[str, str] = {}
        self.other_subs: list[str] = []
        self.guard_items: list[str] = []
        self.goal_items: list[str] = []
        self.tables: list[list[list[str]]] = []
        self.prose: list[str] = []                    # non-table, non-heading lines
        self.headings: list[str] = []
        top, sub = None, None
        cur_item: list[str] | None = None
        cur_list: list[str] | None = None
        table: list[list[str]] | None = None
        prev_blank = True

        def flush():
            nonlocal cur_item
            if cur_item is not None and cur_list is not None:
                t = "".join(s.strip() for s in cur_item).strip()
                if t:
                    cur_list.append(t)
            cur_item = None

        for ln in body:
            s = ln.strip().replace("**", "")
            if not s:
                flush()
                prev_blank = True
                if table is not None:
                    table = None
                continue
            if s.startswith("|"):
                flush()
                if table is None:
                    table = []
                    self.tables.append(table)
                if "-" in s and not re.sub(r"[|:\-\s]", "", s):
                    continue
                cells = [c.strip() for c in s.strip().strip("|").split("|")]
                table.append(cells)
                prev_blank = False
                continue
            table = None
            level, htitle = None, None
            m = MD_HEAD.match(s)
            if m:
                level, htitle = len(m.group(1)), m.group(2).strip()
            else:
                m1 = CN_HEAD1.match(s)
                m2 = CN_HEAD2.match(s)
                if m1 and not s.endswith(("。", "；", "，")) and classify(m1.group(2), TOP_KEYS + SUB_KEYS):
                    level, htitle = 2, m1.group(2).strip()
                elif m2 and not s.endswith(("。", "；", "，")) and classify(m2.group(2), SUB_KEYS):
                    level, htitle = 3, m2.group(2).strip()
            if level is not None:
                flush()
                self.headings.append(htitle)
                if level == 1 and self.title is None:
                    self.title = htitle
                    top, sub, cur_list = None, None, None
                elif level <= 2:
                    t = classify(htitle, TOP_KEYS)
                    sb = classify(htitle, SUB_KEYS) if t is None else None
                    if t is None and sb is not None:       # merged structure: areas as level-2 headings
                        top, sub = TOP_MAIN, sb
                        self.tops.setdefault(TOP_MAIN, [])
                        self.sub_headings.setdefault(sb, htitle)
                        cur_list = self.subs.setdefault(sb, [])
                    else:
                        top, sub = t or ("?" + htitle), None
                        cur_list = self.tops.setdefault(top, [])
                        if top == TOP_GUARD:
                            cur_list = self.guard_items
                            self.tops[TOP_GUARD] = self.guard_items
                        elif top == TOP_GOALS:
                            cur_list = self.goal_items
                            self.tops[TOP_GOALS] = self.goal_items
                else:
                    if top == TOP_MAIN or top is None:
                        top = TOP_MAIN
                        self.tops.setdefault(TOP_MAIN, [])
                        sb = classify(htitle, SUB_KEYS)
                        if sb is None:
                            self.other_subs.append(htitle)
                            sub = "其他:" + htitle
                            cur_list = self.subs.setdefault(sub, [])
                        else:
                            sub = sb
                            self.sub_headings.setdefault(sb, htitle)
                            cur_list = self.subs.setdefault(sb, [])
                    # sub-headings inside other top sections: keep collecting into the same list
                prev_blank = False
                continue
            if self.title is None and top is None and "工会" in s and "计划" in s and len(s) <= 50:
                self.title = s.lstrip("#").strip()
                prev_blank = False
                continue
            self.prose.append(s)
            if cur_list is not None:
                if NUM_ITEM.match(s) or cur_item is None or prev_blank:
                    flush()
                    cur_item = [s]
                else:
                    cur_item.append(s)
            prev_blank = False
        flush()
        # ---- table rows with named columns
        self.rows: list[dict] = []
        for tb in self.tables:
            if not tb:
                continue
            head = tb[0]
            if not any("月" in h or "时间" in h for h in head):
                continue
            def col(*names):
                for i, h in enumerate(head):
                    if any(n in h for n in names):
                        return i
                return None
            im, ic = col("月", "时间"), col("内容", "工作", "事项", "活动")
            ir, ip = col("负责", "牵头", "责任"), col("参与", "参加", "对象")
            for r in tb[1:]:
                if all(re.fullmatch(r":?-+:?", c or "-") for c in r):
                    continue
                get = lambda i: r[i] if i is not None and i < len(r) else ""
                self.rows.append({"month_cell": get(im), "content": get(ic), "lead": get(ir), "part": get(ip),
                                  "raw": " | ".join(r)})

    # items of the 8 areas (canonical only)
    def area_items(self):
        for s in SUBS:
            for it in self.subs.get(s, []):
                yield s, it


# --------------------------------------------------------------------------------------------------
# Calendar
# --------------------------------------------------------------------------------------------------
CNY = {2025: dt.date(2025, 1, 29), 2026: dt.date(2026, 2, 17), 2027: dt.date(2027, 2, 6),
       2028: dt.date(2028, 1, 26), 2029: dt.date(2029, 2, 13), 2030: dt.date(2030, 2, 3)}
LUNAR = {  # 元宵, 端午, 中秋, 重阳 (Gregorian dates)
    "元宵": {2026: (3, 3), 2027: (2, 20), 2028: (2, 9), 2029: (2, 27), 2030: (2, 17)},
    "端午": {2025: (5, 31), 2026: (6, 19), 2027: (6, 9), 2028: (5, 28), 2029: (6, 16), 2030: (6, 5)},
    "中秋": {2025: (10, 6), 2026: (9, 25), 2027: (9, 15), 2028: (10, 3), 2029: (9, 22), 2030: (9, 12)},
    "重阳": {2025: (10, 29), 2026: (10, 18), 2027: (10, 8), 2028: (10, 26), 2029: (10, 16), 2030: (10, 5)},
}
# festival/event -> (regex, rule). rule: ("fixed", month) | ("lunar", name) | ("cny",) | ("months", [..])
# pre=True: activities are held in the month before as well (迎元旦 in Dec, 春节前送温暖 in Jan).
FESTIVALS = [
    ("元旦", r"元旦", ("fixed", 1), True),
    ("春节", r"春节|除夕|年三十", ("cny",), True),
    ("元宵", r"元宵", ("lunar", "元宵"), False),
    ("三八", r"三八(?!红旗)|3·8|妇女节", ("fixed", 3), False),
    ("植树节", r"植树节|义务植树", ("fixed", 3), False),
    ("清明", r"清明", ("fixed", 4), False),
    ("读书日", r"读书日", ("fixed", 4), False),
    ("五一", r"五一(?!劳动奖|巾帼)|劳动节", ("fixed", 5), False),
    ("五四", r"五四(?!青年奖章|红旗)|青年节", ("fixed", 5), False),
    ("母亲节", r"母亲节", ("fixed", 5), False),
    ("六一", r"六一|儿童节", ("fixed", 6), False),
    ("端午", r"端午", ("lunar", "端午"), False),
    ("七一", r"七一(?!勋章)|建党节|党的生日", ("fixed", 7), False),
    ("暑假", r"暑假|暑期", ("months", [7, 8]), False),
    ("教师节", r"教师节", ("fixed", 9), False),
    ("中秋", r"中秋", ("lunar", "中秋"), False),
    ("国庆", r"国庆", ("fixed", 10), False),
    ("重阳", r"重阳|敬老节", ("lunar", "重阳"), False),
    ("冬至", r"冬至", ("fixed", 12), False),
    ("春季户外", r"春游|踏青|春季运动会|春季趣味运动会|春季健身", ("months", [3, 4, 5]), False),
    ("秋季户外", r"秋游|秋季运动会|秋季趣味运动会|秋季健身", ("months", [9, 10, 11]), False),
]
WHOLE_YEAR = [r"贯穿全年|全年(?![级龄])|(?<!学)年初|(?<!学)年末|本年度"]   # one alternation: 贯穿全年 counts once
SEMESTER_CLAIM = {"年度": [r"本学期", r"这学期", r"本学年"], "学年": [r"本学期", r"这学期"]}


def festival_yms(rule, pre, years) -> set[tuple[int, int]]:
    out = set()
    for y in years:
        if rule[0] == "fixed":
            ms = [(y, rule[1])]
        elif rule[0] == "cny":
            d = CNY.get(y)
            ms = [(y, d.month)] if d else []
        elif rule[0] == "lunar":
            md = LUNAR[rule[1]].get(y)
            ms = [(y, md[0])] if md else []
        else:
            ms = [(y, m) for m in rule[1]]
        for (yy, m) in ms:
            out.add((yy, m))
            if pre:
                out.add((yy - 1, 12) if m == 1 else (yy, m - 1))
    return out


def holidays(year: int) -> list[tuple[dt.date, dt.date, str]]:
    out = [(dt.date(year, 1, 1), dt.date(year, 1, 1), "元旦"),
           (dt.date(year, 4, 4), dt.date(year, 4, 6), "清明"),
           (dt.date(year, 5, 1), dt.date(year, 5, 5), "五一"),
           (dt.date(year, 7, 15), dt.date(year, 8, 31), "暑假"),
           (dt.date(year, 10, 1), dt.date(year, 10, 7), "国庆")]
    if year in CNY:
        c = CNY[year]
        out.append((c - dt.timedelta(days=14), c + dt.timedelta(days=14), "寒假/春节"))
    for name in ("端午", "中秋"):
        md = LUNAR[name].get(year)
        if md:
            d = dt.date(year, *md)
            out.append((d, d, name))
    return out


def non_working(d: dt.date) -> str | None:
    if d.weekday() >= 5:
        return "周六" if d.weekday() == 5 else "周日"
    for a, b, name in holidays(d.year):
        if a <= d <= b:
            return name
    return None


MONTH_RANGE = re.compile(r"(\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:月)?\s*[—\-–~～至到]\s*(?:次年)?(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月")
MONTH_ONE = re.compile(r"(?<![\d.])(\d{1,2}|(?<![一二三四五六七八九十])[一二三四五六七八九十]{1,3})\s*月(?!\d)")


def months_in(text: str) -> list[int]:
    out: list[int] = []
    t = text
    for m in MONTH_RANGE.finditer(t):
        a, b = cn_small(m.group(1)), cn_small(m.group(2))
        if a and b and 1 <= a <= 12 and 1 <= b <= 12:
            x = a
            for _ in range(12):
                out.append(x)
                if x == b:
                    break
                x = x % 12 + 1
    t = MONTH_RANGE.sub(" ", t)
    for m in re.finditer(r"(?<![\d.])(\d{1,2})\s*[、，,和及]\s*(?=(?:\d{1,2}\s*[、，,和及]\s*)*\d{1,2}\s*月)", t):
        v = int(m.group(1))
        if 1 <= v <= 12:
            out.append(v)
    for m in MONTH_ONE.finditer(t):
        v = cn_small(m.group(1))
        if v and 1 <= v <= 12:
            out.append(v)
    return out


# --------------------------------------------------------------------------------------------------
# Metrics
# --------------------------------------------------------------------------------------------------
def check_title(title: str | None, lab: dict) -> tuple[bool, str]:
    if not title:
        return False, "无标题"
    y, p = lab["year"], lab["period"]
    if lab["school"] not in title:
        return False, "标题缺校名"
    if "工会工作计划" not in title and "工会工作要点" not in title:
        return False, "标题缺“工会工作计划”"
    ys = [int(x) for x in re.findall(r"(20\d\d)", title)]
    if p == "年度":
        ok = ys == [y] and "学期" not in title and "学年" not in title
    elif p == "学年":
        ok = y in ys and y + 1 in ys and "学年" in title and "学期" not in title
    elif p == "第一学期":
        ok = re.search(r"第一学期|秋季学期|上学期", title) is not None and y in ys and (y - 1) not in ys
    else:
        ok = re.search(r"第二学期|春季学期|下学期", title) is not None and y in ys and (y + 1) not in ys
    return ok, "" if ok else f"标题的时段与{y}{p}不符"


def m_sections(plan: Plan, lab: dict) -> dict:
    res = {}
    res["标题"], why_title = check_title(plan.title, lab)
    res[TOP_GUIDE] = bool(plan.tops.get(TOP_GUIDE))
    res[TOP_GOALS] = bool(plan.goal_items)
    for s in SUBS:
        res[s] = bool(plan.subs.get(s))
    res["月度工作安排表"] = len(plan.rows) >= 1
    res[TOP_GUARD] = bool(plan.guard_items)
    res["落款"] = bool(plan.sign_date and plan.sign_committee and lab["school"] in plan.sign_committee)
    missing = [k for k, v in res.items() if not v]
    notes = [why_title] if why_title else []
    return {"present": sum(res.values()), "of": len(res), "missing": missing, "notes": notes}


def has_kw(text: str, kws) -> bool:
    return any(k in text for k in kws)


def m_highlights(plan: Plan, lab: dict) -> dict:
    out = []
    for h in lab["highlights"]:
        counts = Counter()
        for s, it in plan.area_items():
            if has_kw(it, h["keywords"]):
                counts[s] += 1
        ok, wrong = set(h["sections_ok"]), set(h["sections_wrong"])
        total = sum(counts.values())
        treated_ok = any(counts[s] for s in ok)
        status, main = "placed", None
        if total == 0:
            status = "missing"
        else:
            best = max(counts.values())
            cands = [s for s in counts if counts[s] == best]
            main = next((s for s in cands if s in ok), None) or next((s for s in cands if s not in wrong), None) or cands[0]
            if not treated_ok or main in wrong:
                status = "misplaced"
        mistimed = []
        if h.get("months"):
            for r in plan.rows:
                if has_kw(r["content"], h["keywords"]):
                    ms = months_in(r["month_cell"])
                    if ms and not set(ms) & set(h["months"]):
                        mistimed.append(r["raw"])
        out.append({"text": h["text"], "status": status, "main_section": main, "by_section": dict(counts),
                    "mistimed_rows": mistimed})
    return {"items": out,
            "placed": sum(1 for x in out if x["status"] == "placed"),
            "misplaced": sum(1 for x in out if x["status"] == "misplaced"),
            "missing": sum(1 for x in out if x["status"] == "missing"),
            "mistimed": sum(len(x["mistimed_rows"]) for x in out),
            "of": len(out)}


def m_out_of_period(plan: Plan, lab: dict) -> dict:
    period = lab["period"]
    pym = {tuple(x) for x in lab["period_ym"]}
    pmonths = set(lab["months"])
    years = sorted({y for y, _ in pym} | {min(y for y, _ in pym) - 1, max(y for y, _ in pym) + 1})
    semester = period in ("第一学期", "第二学期")
    allow = lab.get("allow_out_of_period", [])
    finds = []
    fest_cache = {name: festival_yms(rule, pre, years) for name, _, rule, pre in FESTIVALS}
    row_texts = {r["raw"] for r in plan.rows}

    def scan_line(text: str, where: str, month_scan: bool):
        # dates of documents (“2021年12月24日修正的《工会法》”) are not events of the period
        t = re.sub(r"\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?(?=[^，。；]{0,4}(?:公布|施行|修正|修订|颁布|通过|印发|发布))", "", text)
        for a in allow:
            t = t.replace(a, " ")
        for name, rx, rule, pre in FESTIVALS:
            if re.search(rx, t) and not (fest_cache[name] & pym):
                finds.append({"kind": "festival", "what": name, "where": where, "text": text[:80]})
        if semester:
            for rx in WHOLE_YEAR:
                for m in re.finditer(rx, t):
                    finds.append({"kind": "whole_year_wording", "what": m.group(0), "where": where, "text": text[:80]})
            if month_scan:
                bad = sorted({m for m in months_in(re.sub(r"\d{4}年", "", t)) if m not in pmonths})
                for m in bad:
                    finds.append({"kind": "month_mention", "what": f"{m}月", "where": where, "text": text[:80]})
        for rx in SEMESTER_CLAIM.get(period, []):
            for m in re.finditer(rx, t):
                finds.append({"kind": "semester_wording", "what": m.group(0), "where": where, "text": text[:80]})

    for hd in plan.headings:
        if hd != plan.title:
            scan_line(hd, "标题行", False)
    for ln in plan.prose:
        scan_line(ln, "正文", True)
    for r in plan.rows:
        ms = months_in(r["month_cell"])
        bad = sorted({m for m in ms if m not in pmonths})
        for m in bad:
            finds.append({"kind": "table_month", "what": f"{m}月", "where": "月度表", "text": r["raw"][:80]})
        # the month cell is judged above; wording/festivals/months are looked for in the whole row
        scan_line(" ".join([r["month_cell"], r["content"], r["lead"], r["part"]]), "月度表", False)
        if semester:
            for m in sorted({m for m in months_in(re.sub(r"\d{4}年", "", r["content"])) if m not in pmonths}):
                finds.append({"kind": "month_mention", "what": f"{m}月", "where": "月度表", "text": r["raw"][:80]})
    # de-duplicate (a row scanned twice must not count twice)
    uniq, seen = [], set()
    for f in finds:
        key = (f["kind"], f["what"], f["text"])
        if key not in seen:
            seen.add(key)
            uniq.append(f)
    # table order: rows must follow the period's month order
    order_faults = []
    idx = {m: i for i, m in enumerate(lab["months"])}
    last = -1
    for r in plan.rows:
        ms = [m for m in months_in(r["month_cell"]) if m in idx]
        if not ms:
            continue
        i = idx[ms[0]]
        if i < last:
            order_faults.append(r["raw"][:60])
        last = max(last, i)
    return {"count": len(uniq), "finds": uniq, "table_order_faults": order_faults}


def strip_titles(text: str) -> str:
    return re.sub(r"《[^》]{1,40}》", "《》", text)


def m_vocab(plan: Plan, lab: dict) -> dict:
    # the school's and the upper union's own names do not count (大坪村小学 must not satisfy “村小” by its name)
    raw = plan.text
    for name in filter(None, [lab.get("school"), lab.get("upper_union")]):
        raw = raw.replace(name, "□")
    text = strip_titles(raw)
    lines = [strip_titles(ln) for ln in raw.split("\n")]
    misses = []
    v = lab["vocab"]
    for rule in v.get("must_not", []):
        rx = re.compile(rule["pattern"])
        for ln in lines:
            for m in rx.finditer(ln):
                misses.append({"kind": "must_not", "what": m.group(0), "why": rule["why"], "text": ln.strip()[:70]})
    for rule in v.get("must_any", []):
        found = [w for w in rule["any"] if re.search(w, text)]
        if len(found) < rule.get("min", 1):
            misses.append({"kind": "must_any", "what": "/".join(rule["any"]), "found": found, "why": rule["why"]})
    for rule in v.get("table_rules", []):
        rx = re.compile(rule["match"])
        good_row = False
        for r in plan.rows:
            if rx.search(r["content"]):
                ms = months_in(r["month_cell"])
                if ms and not set(ms) <= set(rule["months"]):
                    misses.append({"kind": "table_month", "what": rule["match"], "why": rule["why"], "text": r["raw"][:70]})
                elif ms:
                    good_row = True
        if rule.get("require") and not good_row:
            misses.append({"kind": "table_missing", "what": rule["match"], "why": rule["why"] + "（月度表中应有相应安排）"})
    return {"count": len(misses), "misses": misses}


PUNCT = re.compile(r"[\s，。、；：！？,.;:!?“”\"'‘’（）()《》〈〉【】\[\]<>—\-–_*#|·…/]+")


def normalise_item(item: str, lab: dict) -> str:
    t = NUM_ITEM.sub("", item, count=1)
    for name in filter(None, [lab.get("school"), lab.get("upper_union")]):
        t = t.replace(name, "")
    for a, b in (("我园", "本单位"), ("我校", "本单位"), ("本校", "本单位"), ("本园", "本单位"), ("全园", "全单位"),
                 ("全校", "全单位"), ("园务", "校务"), ("园领导", "校领导"), ("园长", "校长"), ("幼儿园", "学校")):
        t = t.replace(a, b)
    t = re.sub(r"\d+(?:\.\d+)?", "", t)
    t = re.sub(r"[一二三四五六七八九十百零〇两]+(?=[名人个位周年届次])", "", t)
    return PUNCT.sub("", t)


def m_boilerplate(plans: dict[str, Plan], labs: dict[str, dict]) -> dict:
    norm: dict[str, list[tuple[str, str]]] = {}
    for pid, plan in plans.items():
        lst = [(s, normalise_item(it, labs[pid])) for s, it in plan.area_items()]
        lst += [(TOP_GUARD, normalise_item(it, labs[pid])) for it in plan.guard_items]
        norm[pid] = [(s, n) for s, n in lst if len(n) >= 6]
    owners: dict[str, set[str]] = {}
    for pid, lst in norm.items():
        for _, n in lst:
            owners.setdefault(n, set()).add(pid)
    per_plan, per_sec = {}, {}
    tot = dup = 0
    examples = Counter()
    for pid, lst in norm.items():
        d = 0
        for s, n in lst:
            is_dup = len(owners[n] - {pid}) >= 2
            d += is_dup
            a = per_sec.setdefault(s, [0, 0])
            a[0] += is_dup
            a[1] += 1
            if is_dup:
                examples[n] += 1
        per_plan[pid] = {"boiler": d, "items": len(lst), "share": (d / len(lst)) if lst else 0.0}
        tot += len(lst)
        dup += d
    return {"share": (dup / tot) if tot else 0.0, "boiler": dup, "items": tot, "per_plan": per_plan,
            "per_section": {s: {"boiler": a[0], "items": a[1], "share": a[0] / a[1] if a[1] else 0.0}
                            for s, a in per_sec.items()},
            "top_examples": [n for n, _ in examples.most_common(8)]}


CONCRETE = {
    "time": re.compile(r"\d{1,2}\s*月|[一二三四五六七八九十]{1,2}月|每(?:学期|月|周|季度|年|学年|两周|半月)|学期(?:初|中|末)|开学(?:初|前|后)|"
                       r"期中|期末|寒假|暑假|暑期|节前|节日期间|\d+\s*次|[一二三四五六两]次|至少|每逢|上半年|下半年|"
                       r"三八|教师节|重阳|春节|元旦|国庆|中秋|端午|五一|六一|考前|考后|周[一二三四五六日末]"),
    "actor": re.compile(r"工会主席|副主席|工会委员|女职工委员|工会小组|小组长|文体委员|宣传委员|组织委员|生活委员|经审|"
                        r"经费审查委员会|校长|园长|党支部|党组织|心理(?:教师|老师|咨询师|健康教师)|专业机构|校医|保健医生|"
                        r"保健老师|联络员|教代会代表|职工代表|工会干部|骨干教师|名师|导师|师傅|年级组长|教研组长|后勤处|办公室"),
    "target": re.compile(r"青年教师|新入职|新教师|新进|班主任|女教职工|孕期|哺乳期|产期|退休|困难教职工|毕业班|高三|初三|"
                         r"乡村教师|寄宿|住校|单身|患病|生病|外地|交流教师|支教|保育员|后勤人员|临聘|编外|特岗|走教|送教|"
                         r"带队教师|带队老师|康复教师|康复老师|指导教师|指导老师|35周?岁以下"),
    "action": re.compile(r"讲座|座谈|团辅|团体辅导|沙龙|心理咨询|咨询|热线|谈心|家访|走访|慰问|体检|筛查|培训|比赛|竞赛|评选|"
                         r"表彰|结对|师徒|工作坊|读书会|健步走|瑜伽|疗休养|补助|补贴|调研|问卷|母婴室|妈咪小屋|调休|轮休|"
                         r"值班|观摩|展示|帮扶|测评|建档|台账|清单|基本功|拜师|联谊|减免|错峰|轮换|评比|比武|汇报|开放日|体验|义诊"),
}


def concrete_kinds(text: str, focus_keywords=()) -> list[str]:
    """Kinds of concrete element in an item. The focus words themselves do not count as its target group
    (an item about 女教职工 needs more than the word 女教职工 to be concrete)."""
    bare = text
    for k in focus_keywords:
        bare = bare.replace(k, "□")
    return [k for k, rx in CONCRETE.items() if rx.search(bare if k == "target" else text)]


def m_focus(plan: Plan, lab: dict) -> dict:
    out = []
    for f in lab["focus"]:
        measures = []
        for s, it in plan.area_items():
            if has_kw(it, f["keywords"]):
                kinds = concrete_kinds(it, f["keywords"])
                if len(kinds) >= 2:
                    measures.append({"section": s, "kinds": kinds, "text": it[:60]})
        out.append({"text": f["text"], "measures": len(measures), "examples": measures[:4]})
    return {"items": out, "min": min((x["measures"] for x in out), default=None),
            "below_target": sum(1 for x in out if x["measures"] < 2)}


def sentences(lines) -> list[str]:
    out = []
    for ln in lines:
        if ln.startswith("|"):
            continue
        for s in re.split(r"[。！？!?；;]", NUM_ITEM.sub("", ln, count=1)):
            n = PUNCT.sub("", s)
            if len(n) >= 10:
                out.append(n)
    return out


def m_repeats(plan: Plan) -> dict:
    c = Counter(sentences(plan.prose))
    reps = {s: n for s, n in c.items() if n > 1}
    return {"count": sum(n - 1 for n in reps.values()), "sentences": list(reps)[:6]}


GARBLES = [
    ("帮助教", r"帮助教(?![职师学育研务工])"),
    ("帮助带", r"帮助带(?![领动头])"),
    ("帮助扶", r"帮助扶(?![持贫])"),
    ("叠字", r"的的|和和|与与|工会工会|教职工教职工|职工之之家|教代代会|。。|，，|、、|；；"),
    ("占位符____", r"_{2,}|＿{2,}"),
    ("占位符20xx", r"20[xX]{2}|２０[ｘＸ]{2}"),
    ("占位符XX", r"(?<![A-Za-z0-9０-９])[XＸxｘ]{2,}(?![A-Za-z])|[×]{2,}|某某"),
    ("十x大", r"十[xX×ｘＸ]大"),
    ("（略）", r"[（(]\s*略\s*[)）]"),
    ("模板变量", r"\{[A-Za-z_]+\}|\$\{[^}]*\}"),
]
DOUBLED = re.compile(r"([\u4e00-\u9fff“”]{4,}?)(?:和|、|与|及|以及)\1")
DOUBLED_IN_SENTENCE = [r"二十大", r"历次全会精神", r"第十八次全国代表大会", r"习近平新时代中国特色社会主义思想"]


def m_garbles(plan: Plan) -> dict:
    finds = []
    text = plan.text
    for name, rx in GARBLES:
        for m in re.finditer(rx, text):
            finds.append({"kind": name, "what": m.group(0), "text": text[max(0, m.start() - 12):m.end() + 12].replace("\n", " ")})
    for m in DOUBLED.finditer(text):
        finds.append({"kind": "重复短语", "what": m.group(0), "text": m.group(0)})
    for sent in re.split(r"[。！？!?\n]", text):
        for rx in DOUBLED_IN_SENTENCE:
            if len(re.findall(rx, sent)) >= 2 and not any(f["kind"] == "重复短语" and f["what"] in sent for f in finds):
                finds.append({"kind": "句内重复", "what": rx, "text": sent.strip()[:80]})
    return {"count": len(finds), "finds": finds}


def m_sign(plan: Plan, lab: dict) -> dict:
    faults = []
    d = plan.sign_date
    if not d:
        return {"ok": False, "date": None, "faults": ["没有落款日期"]}
    if not plan.sign_committee or lab["school"] not in plan.sign_committee:
        faults.append("落款不是本校工会委员会")
    a, b = (dt.date.fromisoformat(x) for x in lab["sign_window"])
    if not a <= d <= b:
        faults.append(f"日期{d}不在时段开头（{a}—{b}）")
    nw = non_working(d)
    if nw:
        faults.append(f"日期{d}不是工作日（{nw}）")
    if lab.get("sign_on") and d != dt.date.fromisoformat(lab["sign_on"]):
        faults.append(f"用户指定落款日期{lab['sign_on']}，计划写的是{d}")
    return {"ok": not faults, "date": d.isoformat(), "faults": faults}


# --------------------------------------------------------------------------------------------------
# Running a set
# --------------------------------------------------------------------------------------------------
def load_set(set_name: str) -> dict[str, dict]:
    d = Path(set_name)
    if not d.is_dir():
        d = HERE / set_name
    labs = {}
    for p in sorted(d.glob("*.labels.json")):
        lab = json.loads(p.read_text(encoding="utf-8"))
        labs[lab.get("id", p.name[:-len(".labels.json")])] = lab
    if not labs:
        sys.exit(f"no *.labels.json in {d}")
    return labs


def score_plan(plan: Plan | None, lab: dict) -> dict:
    if plan is None:
        return {"missing_plan": True}
    return {
        "missing_plan": False,
        "sections": m_sections(plan, lab),
        "highlights": m_highlights(plan, lab),
        "out_of_period": m_out_of_period(plan, lab),
        "vocab": m_vocab(plan, lab),
        "focus": m_focus(plan, lab),
        "repeats": m_repeats(plan),
        "garbles": m_garbles(plan),
        "sign": m_sign(plan, lab),
    }


def score_set(plans: dict[str, Plan | None], labs: dict[str, dict]) -> dict:
    per = {pid: score_plan(plans.get(pid), lab) for pid, lab in labs.items()}
    present = {pid: p for pid, p in plans.items() if p is not None and pid in labs}
    bp = m_boilerplate(present, labs)
    for pid, r in per.items():
        if not r["missing_plan"]:
            r["boilerplate"] = bp["per_plan"].get(pid)
    n_missing = sum(1 for r in per.values() if r["missing_plan"])
    ok = [r for r in per.values() if not r["missing_plan"]]
    n_h = sum(len(l["highlights"]) for l in labs.values())
    n_f = sum(len(l["focus"]) for l in labs.values())
    focus_below = sum(r["focus"]["below_target"] for r in ok) + sum(
        len(labs[pid]["focus"]) for pid, r in per.items() if r["missing_plan"])
    s = {
        "profiles": len(labs), "plans_missing": n_missing,
        "sections_complete": sum(1 for r in ok if not r["sections"]["missing"]),
        "section_elements_missing": sum(len(r["sections"]["missing"]) for r in ok) + n_missing * len(SECTION_CHECKS),
        "highlights": n_h,
        "highlights_placed": sum(r["highlights"]["placed"] for r in ok),
        "highlights_misplaced": sum(r["highlights"]["misplaced"] for r in ok),
        "highlights_missing": sum(r["highlights"]["missing"] for r in ok) + sum(
            len(labs[pid]["highlights"]) for pid, r in per.items() if r["missing_plan"]),
        "highlights_mistimed": sum(r["highlights"]["mistimed"] for r in ok),
        "out_of_period": sum(r["out_of_period"]["count"] for r in ok),
        "table_order_faults": sum(len(r["out_of_period"]["table_order_faults"]) for r in ok),
        "vocab_misses": sum(r["vocab"]["count"] for r in ok),
        "boilerplate_share": bp["share"], "boilerplate_items": bp["items"], "boilerplate_dup": bp["boiler"],
        "boilerplate_per_section": bp["per_section"], "boilerplate_examples": bp["top_examples"],
        "focus_entries": n_f, "focus_below_target": focus_below,
        "repeated_sentences": sum(r["repeats"]["count"] for r in ok),
        "garbles": sum(r["garbles"]["count"] for r in ok),
        "sign_ok": sum(1 for r in ok if r["sign"]["ok"]),
    }
    s["targets"] = targets(s)
    return {"summary": s, "profiles": per}


def targets(s: dict) -> list[dict]:
    miss = s["plans_missing"]
    T = [
        ("章节齐全 sections present", f"{s['sections_complete']}/{s['profiles']} 份计划齐全，缺 {s['section_elements_missing']} 项",
         "每份计划 14 项齐全", s["section_elements_missing"] == 0),
        ("亮点放置 highlights placed", f"{s['highlights_placed']}/{s['highlights']} 放对；错位 {s['highlights_misplaced']}，缺失 {s['highlights_missing']}",
         "0 misplaced, 0 missing", s["highlights_misplaced"] == 0 and s["highlights_missing"] == 0),
        ("亮点时间 highlight timing", f"月度表中时间不对的亮点行 {s['highlights_mistimed']}", "0", s["highlights_mistimed"] == 0 and not miss),
        ("超出时段 out-of-period", f"{s['out_of_period']} 处（另有月度表顺序错 {s['table_order_faults']} 行）",
         "0 out-of-period", s["out_of_period"] == 0 and not miss),
        ("表格顺序 table order", f"{s['table_order_faults']} 行", "0", s["table_order_faults"] == 0 and not miss),
        ("类型用语 type vocabulary", f"{s['vocab_misses']} 处", "0 misses", s["vocab_misses"] == 0 and not miss),
        ("套话占比 boilerplate", f"{s['boilerplate_share']:.1%}（{s['boilerplate_dup']}/{s['boilerplate_items']} 条在另外两份以上计划中原样出现）",
         "≤ 30%", s["boilerplate_share"] <= 0.30 and not miss),
        ("重点措施 focus measures", f"{s['focus_entries'] - s['focus_below_target']}/{s['focus_entries']} 个重点有 ≥2 条具体措施",
         "every focus ≥ 2", s["focus_below_target"] == 0),
        ("重复句 repeated sentences", f"{s['repeated_sentences']} 句", "0", s["repeated_sentences"] == 0 and not miss),
        ("错字残留 garbles", f"{s['garbles']} 处", "0 garbles", s["garbles"] == 0 and not miss),
        ("落款日期 sign date", f"{s['sign_ok']}/{s['profiles']} 正确", "all", s["sign_ok"] == s["profiles"]),
    ]
    return [{"metric": a, "value": b, "target": c, "pass": d} for a, b, c, d in T]


def print_report(res: dict, labs: dict, details: bool) -> None:
    per, s = res["profiles"], res["summary"]
    hdr = ["id", "章节", "亮点", "错位", "缺失", "时间", "超期", "类型词", "套话", "重点min", "重复句", "错字", "落款"]
    rows = []
    for pid, r in per.items():
        if r["missing_plan"]:
            rows.append([pid, "—", "—", "—", str(len(labs[pid]["highlights"])), "—", "—", "—", "—",
                         "—", "—", "—", "缺计划"])
            continue
        h = r["highlights"]
        fmin = r["focus"]["min"]
        rows.append([pid, f"{r['sections']['present']}/{r['sections']['of']}", f"{h['placed']}/{h['of']}",
                     str(h["misplaced"]), str(h["missing"]), str(h["mistimed"]), str(r["out_of_period"]["count"]),
                     str(r["vocab"]["count"]), f"{r['boilerplate']['share']:.0%}" if r.get("boilerplate") else "-",
                     "-" if fmin is None else str(fmin), str(r["repeats"]["count"]), str(r["garbles"]["count"]),
                     "ok" if r["sign"]["ok"] else "错"])
    w = [max(wlen(x[i]) for x in rows + [hdr]) for i in range(len(hdr))]
    line = lambda cells: "  ".join(c + " " * (w[i] - wlen(c)) for i, c in enumerate(cells))
    print(line(hdr))
    print(line(["-" * x for x in w]))
    for r in rows:
        print(line(r))
    if details:
        print()
        for pid, r in per.items():
            print(f"== {pid}")
            if r["missing_plan"]:
                print("   计划文件缺失")
                continue
            for k in r["sections"]["missing"]:
                print(f"   缺章节: {k}")
            for n in r["sections"]["notes"]:
                print(f"   {n}")
            for h in r["highlights"]["items"]:
                if h["status"] != "placed" or h["mistimed_rows"]:
                    print(f"   亮点{h['status']}: {h['text']}  分布={h['by_section']}  主处理={h['main_section']}")
                for rr in h["mistimed_rows"]:
                    print(f"     时间不对: {rr}")
            for f in r["out_of_period"]["finds"]:
                print(f"   超期[{f['kind']}] {f['what']} @{f['where']}: {f['text']}")
            for f in r["out_of_period"]["table_order_faults"]:
                print(f"   表格顺序: {f}")
            for m in r["vocab"]["misses"]:
                print(f"   类型词[{m['kind']}] {m['what']}: {m['why']}  {m.get('text', '')}")
            for f in r["focus"]["items"]:
                if f["measures"] < 2:
                    print(f"   重点不足: {f['text']} 具体措施 {f['measures']} 条")
            for sn in r["repeats"]["sentences"]:
                print(f"   重复句: {sn[:50]}")
            for g in r["garbles"]["finds"]:
                print(f"   错字[{g['kind']}] {g['what']}  …{g['text']}…")
            for f in r["sign"]["faults"]:
                print(f"   落款: {f}")
    print()
    print("套话占比（按章节）:", "；".join(f"{k} {v['share']:.0%}（{v['boiler']}/{v['items']}）"
                                  for k, v in sorted(s["boilerplate_per_section"].items(), key=lambda kv: SUBS.index(kv[0]) if kv[0] in SUBS else 99)))
    if s["boilerplate_examples"]:
        print("最常见的套话（归一化后）:", " / ".join(x[:30] for x in s["boilerplate_examples"][:4]))
    print()
    print(f"计划 {s['profiles'] - s['plans_missing']}/{s['profiles']} 份；亮点 {s['highlights']} 个；重点 {s['focus_entries']} 个")
    for t in s["targets"]:
        print(f"{'PASS' if t['pass'] else 'FAIL'}  {t['metric']}: {t['value']}  [目标 {t['target']}]")


def wlen(s: str) -> int:
    return sum(2 if ord(c) > 0x2E80 else 1 for c in s)


def read_plans(labs: dict, plan_dir: Path) -> dict[str, Plan | None]:
    out = {}
    for pid in labs:
        f = plan_dir / f"{pid}.md"
        out[pid] = Plan(f.read_text(encoding="utf-8", errors="replace")) if f.is_file() else None
    return out


# --------------------------------------------------------------------------------------------------
# Self-test
# --------------------------------------------------------------------------------------------------
def selftest() -> int:
    sd = HERE / "selftest"
    spec = json.loads((sd / "selftest.json").read_text(encoding="utf-8"))
    labs = load_set(spec["set"])
    lab = labs[spec["profile"]]
    good = Plan((sd / "good.md").read_text(encoding="utf-8"))
    bad = Plan((sd / "bad.md").read_text(encoding="utf-8"))
    fails = 0

    def ok(cond: bool, msg: str):
        nonlocal fails
        print(("ok    " if cond else "FAIL  ") + msg)
        fails += not cond

    g, b = score_plan(good, lab), score_plan(bad, lab)
    # ---------------- the good plan passes every per-plan metric
    ok(not g["sections"]["missing"], f"good: 14/14 章节齐全 {g['sections']['missing']}")
    ok(g["highlights"]["placed"] == len(lab["highlights"]), f"good: 亮点全部放对 {[(h['status'], h['main_section']) for h in g['highlights']['items']]}")
    ok(g["highlights"]["mistimed"] == 0, "good: 亮点时间正确")
    ok(g["out_of_period"]["count"] == 0, f"good: 无超出时段内容 {g['out_of_period']['finds']}")
    ok(not g["out_of_period"]["table_order_faults"], "good: 月度表顺序正确")
    ok(g["vocab"]["count"] == 0, f"good: 类型用语无误 {g['vocab']['misses']}")
    ok(g["focus"]["below_target"] == 0, f"good: 每个重点 ≥2 条具体措施 {[f['measures'] for f in g['focus']['items']]}")
    ok(g["repeats"]["count"] == 0, f"good: 无重复句 {g['repeats']['sentences']}")
    ok(g["garbles"]["count"] == 0, f"good: 无错字残留 {g['garbles']['finds']}")
    ok(g["sign"]["ok"], f"good: 落款正确 {g['sign']}")
    # ---------------- the bad plan: each fault caught
    exp = spec["bad_expect"]
    miss = set(b["sections"]["missing"])
    for k in exp["sections_missing"]:
        ok(k in miss, f"bad: 发现缺章节「{k}」")
    st = {h["text"]: h["status"] for h in b["highlights"]["items"]}
    for t, want in exp["highlight_status"].items():
        ok(st.get(t) == want, f"bad: 亮点「{t[:12]}…」判为 {want}（实际 {st.get(t)}）")
    ok(b["highlights"]["mistimed"] >= 1, "bad: 发现亮点在月度表中的时间不对")
    kinds = Counter((f["kind"], f["what"]) for f in b["out_of_period"]["finds"])
    for kind, what in exp["out_of_period"]:
        ok((kind, what) in kinds, f"bad: 发现超期内容 {kind}:{what}")
    ok(len(b["out_of_period"]["table_order_faults"]) >= 1, "bad: 发现月度表顺序错")
    vm = b["vocab"]["misses"]
    for what in exp["vocab_must_not"]:
        ok(any(m["kind"] == "must_not" and m["what"] == what for m in vm), f"bad: 发现不该出现的「{what}」")
    for what in exp["vocab_must_any"]:
        ok(any(m["kind"] == "must_any" and what in m["what"] for m in vm), f"bad: 发现缺少「{what}」类用语")
    fm = {f["text"]: f["measures"] for f in b["focus"]["items"]}
    ok(all(v < 2 for v in fm.values()), f"bad: 重点只有空话，具体措施不足 {fm}")
    ok(b["repeats"]["count"] >= 1, f"bad: 发现重复句 {b['repeats']['sentences'][:1]}")
    gk = {f["kind"] for f in b["garbles"]["finds"]}
    for k in exp["garbles"]:
        ok(k in gk, f"bad: 发现错字/残留「{k}」")
    ok(not b["sign"]["ok"] and any("不在时段开头" in f for f in b["sign"]["faults"]), f"bad: 落款日期不对 {b['sign']['faults']}")
    # ---------------- calendar rules used by 落款 and 超期
    ok(non_working(dt.date(2027, 2, 27)) == "周六", "calendar: 2027-02-27 是周六")
    ok(non_working(dt.date(2027, 2, 10)) is not None, "calendar: 2027-02-10 在寒假/春节")
    ok(non_working(dt.date(2027, 10, 5)) == "国庆", "calendar: 2027-10-05 在国庆假期")
    ok(non_working(dt.date(2027, 2, 22)) is None, "calendar: 2027-02-22 是工作日")
    # 春节: Feb 6 2027 lies in a 2027 第二学期; Jan 26 2028 does not lie in a 2028 第二学期
    s27 = {(2027, m) for m in range(2, 8)}
    s28 = {(2028, m) for m in range(2, 8)}
    ok(bool(festival_yms(("cny",), True, [2026, 2027, 2028]) & s27), "calendar: 春节2027(2月6日)属于2027第二学期")
    ok(not (festival_yms(("cny",), True, [2027, 2028, 2029]) & s28), "calendar: 春节2028(1月26日)不属于2028第二学期")
    ok(bool(festival_yms(("fixed", 1), True, [2026, 2027]) & {(2026, 9), (2026, 10), (2026, 11), (2026, 12), (2027, 1)}),
       "calendar: 元旦属于第一学期")
    ok(not (festival_yms(("fixed", 1), True, [2026, 2027, 2028]) & s27), "calendar: 元旦不属于第二学期")
    ok(months_in("次年1月") == [1] and months_in("3—4月") == [3, 4] and months_in("12月-1月") == [12, 1] and months_in("九月") == [9],
       "calendar: 月份单元格解析")
    # ---------------- garbles: fixed terms kept, legit words not flagged
    legit = Plan("# 甲\n\n## 三、主要工作\n\n### （二）师德与队伍建设\n\n1. 开展师徒帮教、新老结对帮带和困难教职工帮扶，帮助教职工成长，帮助教师解决困难。\n")
    ok(m_garbles(legit)["count"] == 0, f"garbles: 帮教/帮带/帮扶/帮助教职工 不误报 {m_garbles(legit)['finds']}")
    # ---------------- boilerplate: set-level, names and figures normalised away
    other_labs = {k: v for k, v in labs.items() if k != spec["profile"]}
    a_id, c_id = sorted(other_labs)[:2]
    lab_a, lab_c = other_labs[a_id], other_labs[c_id]

    def clone(text: str, to_lab: dict) -> Plan:
        t = text.replace(lab["school"], to_lab["school"]).replace(lab["upper_union"], to_lab["upper_union"])
        t = re.sub(r"\d+(?=人|名)", lambda m: str(int(m.group(0)) + 7), t)
        return Plan(t)

    bad_text = (sd / "bad.md").read_text(encoding="utf-8")
    set_bad = {spec["profile"]: bad, a_id: clone(bad_text, lab_a), c_id: clone(bad_text, lab_c)}
    set_good = {spec["profile"]: good, a_id: clone(bad_text, lab_a), c_id: clone(bad_text, lab_c)}
    sub_labs = {spec["profile"]: lab, a_id: lab_a, c_id: lab_c}
    bb = m_boilerplate(set_bad, sub_labs)["per_plan"][spec["profile"]]["share"]
    gb = m_boilerplate(set_good, sub_labs)["per_plan"][spec["profile"]]["share"]
    ok(bb > 0.9, f"boilerplate: bad.md 的条目在另两份（换了校名和人数的）计划中原样出现 → {bb:.0%} > 30%")
    ok(gb <= 0.30, f"boilerplate: good.md 与那两份计划重合很少 → {gb:.0%} ≤ 30%")
    # ---------------- the whole-set runner treats a missing plan as failure
    res = score_set({spec["profile"]: good, a_id: None}, {spec["profile"]: lab, a_id: lab_a})
    tg = {t["metric"]: t["pass"] for t in res["summary"]["targets"]}
    ok(res["summary"]["plans_missing"] == 1 and not tg["章节齐全 sections present"] and not tg["落款日期 sign date"],
       "runner: 缺计划文件记为失败")
    print(f"\n{'SELFTEST PASSED' if not fails else f'SELFTEST FAILED ({fails})'}")
    return 1 if fails else 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", default="round1", help="profile set: a folder name under eval/plans/ or a path")
    ap.add_argument("--plans", help="folder holding <id>.md for every profile")
    ap.add_argument("--json", help="write all results as JSON here")
    ap.add_argument("--details", action="store_true", help="list every finding under the table")
    ap.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    ap.add_argument("--selftest", action="store_true")
    a = ap.parse_args(argv)
    if a.selftest:
        return selftest()
    if not a.plans:
        ap.error("--plans DIR is required (or use --selftest)")
    labs = load_set(a.set)
    plans = read_plans(labs, Path(a.plans))
    res = score_set(plans, labs)
    print_report(res, labs, a.details)
    if a.json:
        Path(a.json).write_text(json.dumps(res, ensure_ascii=False, indent=1), encoding="utf-8")
    return 1 if a.strict and not all(t["pass"] for t in res["summary"]["targets"]) else 0


if __name__ == "__main__":
    sys.exit(main())
