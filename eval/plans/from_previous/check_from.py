#!/usr/bin/env python3
"""Checks a plan drafted from last year's plan.

    python -m assistant draft --profile eval/plans/from_previous/profile.toml \
        --from eval/plans/from_previous/last_year.md --out /tmp/from/plan.md > /tmp/from/report.txt
    python eval/plans/from_previous/check_from.py --plan /tmp/from/plan.md --report /tmp/from/report.txt [--json OUT]
    python eval/plans/from_previous/check_from.py --selftest

For every change listed in expect.json it checks the plan (did the change happen?) and the change report printed
by the command (does it mention the change?). Exit code 0 only when every check passes. Standard library only;
the Markdown parser and the garble list are the ones of ../rubric.py (the evaluation's own code).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from rubric import DOUBLED, NUM_ITEM, Plan, m_garbles, non_working, strip_titles  # noqa: E402

QUESTION = re.compile(r"[？?]|请确认|待确认|需确认|请核实|待核实|请补充|待补充|需补充|请填写|待填写|请核对|是否")


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"[。！？!?\n]", text) if s.strip()]


def bigrams(s: str) -> set[str]:
    s = re.sub(r"[^\u4e00-\u9fff]", "", NUM_ITEM.sub("", s, count=1))
    return {s[i:i + 2] for i in range(len(s) - 1)}


def jaccard(a: str, b: str) -> float:
    x, y = bigrams(a), bigrams(b)
    return len(x & y) / len(x | y) if x | y else 0.0


class Ctx:
    def __init__(self, plan_text: str, report_text: str):
        self.plan = Plan(plan_text)
        self.text = self.plan.text
        self.body = "\n".join(self.plan.prose)            # prose: no headings, no table, no 落款
        self.rows = self.plan.rows
        self.table_text = "\n".join(r["raw"] for r in self.rows)
        self.items = [it for _, it in self.plan.area_items()] + self.plan.goal_items + self.plan.guard_items
        self.report = report_text


def c_years(c: Ctx, k: dict) -> list[str]:
    errs = []
    ys = [int(y) for y in re.findall(r"(20\d\d)", c.plan.title or "")]
    if ys != [k["title_year"]]:
        errs.append(f"标题年份应为{k['title_year']}，实为{ys or '无'}")
    for a in k["anchors"]:
        for m in re.finditer(a["re"], c.text):
            y = int(next(g for g in m.groups() if g))
            if y != a["year"]:
                errs.append(f"“{m.group(0)}”应为{a['year']}年（{'未移动' if y == a['year'] - 1 else '移动了不止一次' if y > a['year'] else '年份不对'}）")
    for y in k["forbidden_years"]:
        for m in re.finditer(str(y), c.text):
            errs.append(f"不应出现{y}: …{c.text[max(0, m.start() - 10):m.end() + 10]}…".replace("\n", " "))
    for y, ctx in k.get("year_only_in", {}).items():
        for m in re.finditer(y, c.text):
            if ctx not in c.text[m.end():m.end() + 6]:
                errs.append(f"{y}只应出现在“{ctx}”处: …{c.text[max(0, m.start() - 10):m.end() + 10]}…".replace("\n", " "))
    return errs


def c_absent(c: Ctx, k: dict) -> list[str]:
    return [f"仍有“{m.group(0)}”" for p in k["patterns"] for m in re.finditer(p, c.text)]


def c_replaced(c: Ctx, k: dict) -> list[str]:
    errs = [f"仍有过时表述“{p}”" for p in k["absent"] if p in c.text]
    if not any(p in c.text for p in k["present_any"]):
        errs.append(f"没有现行表述（{'/'.join(k['present_any'])}）")
    for s in sentences(c.text):
        for p in k.get("per_sentence_max1", []):
            if s.count(p) >= 2:
                errs.append(f"一句中“{p}”出现{s.count(p)}次: {s.strip()[:60]}")
    for m in DOUBLED.finditer(c.text):
        if any(p in m.group(0) for p in k["present_any"] + k.get("per_sentence_max1", [])):
            errs.append(f"重复短语: {m.group(0)}")
    return errs


def flagged(c: Ctx, *words: str) -> bool:
    """A question to the user about it, in the plan or in the report."""
    for src in (c.text, c.report):
        for ln in src.split("\n"):
            if all(w in ln for w in words) and QUESTION.search(ln):
                return True
    return False


def c_ordinal(c: Ctx, k: dict) -> list[str]:
    ev = k["event"]
    near = lambda o: re.search(o + r"[^。；\n]{0,12}" + ev, c.text) is not None
    if near(k["twice"]):
        return [f"届次移动了两次（{k['twice']}{ev}）"]
    if near(k["new"]) and not near(k["old"]):
        return []
    if flagged(c, ev, "届"):
        return []
    if ev not in c.text:
        return [f"{ev}这项固定活动不见了，也没有向用户确认"]
    return [f"{k['old']}{ev}没有改为{k['new']}，也没有向用户确认届次"]


def c_body_and_table(c: Ctx, k: dict) -> list[str]:
    errs = []
    if k["present"] not in c.body:
        errs.append(f"正文没有“{k['present']}”")
    if not any(k["present"] in r["content"] for r in c.rows):
        errs.append(f"月度表没有“{k['present']}”")
    for m in re.finditer(k["absent"], strip_titles(c.text)):
        errs.append(f"仍有“{m.group(0)}”")
    return errs


def c_blank_to_question(c: Ctx, k: dict) -> list[str]:
    errs = []
    clause = [it for it in c.items if k["clause"] in it and any(a in it for a in k["anchor_any"])]
    if not clause:
        errs.append("提案征集/办理这一条被删掉了")
    if re.search(k["blank"], c.text):
        errs.append("空白 ____ 原样保留")
    asked = any(QUESTION.search(it) for it in clause) or flagged(c, k["clause"])
    if not asked:
        errs.append("空白没有变成向用户的提问（计划或变更报告中都没有关于提案空白的问题）")
    return errs


def c_merged_duplicate(c: Ctx, k: dict) -> list[str]:
    its = [it for it in c.items if k["topic"] in it]
    errs = []
    for i in range(len(its)):
        for j in range(i + 1, len(its)):
            sim = jaccard(its[i], its[j])
            if sim >= k["max_similarity"]:
                errs.append(f"重复条目未合并（相似度{sim:.2f}）: {its[i][:30]} / {its[j][:30]}")
    if not its:
        errs.append(f"{k['topic']}这项工作不见了")
    return errs


def c_table_roles(c: Ctx, k: dict) -> list[str]:
    errs = []
    if not c.rows:
        return ["没有月度工作安排表"]
    for r in k["rules"]:
        hit = [row for row in c.rows if re.search(r["row"], row["content"])]
        if r.get("require") and not hit:
            errs.append(f"月度表缺少“{r['row']}”这一行")
        for row in hit:
            if "lead" in r and not re.search(r["lead"], row["lead"]):
                errs.append(f"“{row['content'][:20]}”的负责应含{r['lead']}，实为“{row['lead']}”")
            if "part" in r and not re.search(r["part"], row["part"]):
                errs.append(f"“{row['content'][:20]}”的参与应含{r['part']}，实为“{row['part']}”")
            if "any_col" in r and not re.search(r["any_col"], row["lead"] + row["part"]):
                errs.append(f"“{row['content'][:20]}”的负责/参与应含{r['any_col']}")
    g = k["generic"]
    n = sum(1 for row in c.rows if row["lead"].strip() == g["lead"] and row["part"].strip() == g["part"])
    if n / len(c.rows) > g["max_share"]:
        errs.append(f"{n}/{len(c.rows)} 行仍是“{g['lead']} / {g['part']}”")
    return errs


def c_figures(c: Ctx, k: dict) -> list[str]:
    errs = [f"旧人数“{p}”未更新" for p in k["absent"] if p in c.text]
    for f in k["if_mentioned"]:
        for m in re.finditer(f["re"], c.text):
            if f.get("not_after") and re.search(f["not_after"] + "$", c.text[max(0, m.start() - 2):m.start()]):
                continue
            v = int(next(g for g in m.groups() if g))
            if v != f["value"]:
                errs.append(f"“{m.group(0)}”应为{f['value']}")
    return errs


def c_one_off(c: Ctx, k: dict) -> list[str]:
    if not re.search(k["re"], c.text) or flagged(c, k["re"]):
        return []
    return [f"去年的一次性活动（{k['re']}）照搬进新计划，也没有向用户确认"]


def c_present_body(c: Ctx, k: dict) -> list[str]:
    return [f"正文没有写到：{'/'.join(g)}" for g in k["groups"] if not any(w in c.body for w in g)]


def c_garbles(c: Ctx, k: dict) -> list[str]:
    return [f"{f['kind']}: {f['what']}" for f in m_garbles(c.plan)["finds"]]


def c_sign(c: Ctx, k: dict) -> list[str]:
    d = c.plan.sign_date
    if not d:
        return ["没有落款日期"]
    errs = []
    if not c.plan.sign_committee or "工会" not in c.plan.sign_committee:
        errs.append("落款不是工会委员会")
    a, b = (dt.date.fromisoformat(x) for x in k["window"])
    if not a <= d <= b:
        errs.append(f"落款日期{d}不在{a}—{b}")
    nw = non_working(d)
    if nw:
        errs.append(f"落款日期{d}不是工作日（{nw}）")
    return errs


CHECKS = {"years": c_years, "absent": c_absent, "replaced": c_replaced, "ordinal": c_ordinal,
          "body_and_table": c_body_and_table, "blank_to_question": c_blank_to_question,
          "merged_duplicate": c_merged_duplicate, "table_roles": c_table_roles, "figures": c_figures,
          "one_off": c_one_off, "present_body": c_present_body, "garbles": c_garbles, "sign": c_sign}


def run(plan_text: str, report_text: str, expect: dict) -> list[dict]:
    c = Ctx(plan_text, report_text)
    out = []
    for ch in expect["changes"]:
        errs = list(dict.fromkeys(CHECKS[ch["check"]["type"]](c, ch["check"])))   # same message once
        ra = ch.get("report_any", [])
        rep_ok = True if not ra else any(w.lower() in report_text.lower() for w in ra)
        out.append({"id": ch["id"], "what": ch["what"], "plan_ok": not errs, "plan_errors": errs,
                    "report_ok": rep_ok, "report_needs_any": ra})
    return out


def show(res: list[dict]) -> int:
    for r in res:
        print(f"{'ok  ' if r['plan_ok'] else 'FAIL'} 计划  {'ok  ' if r['report_ok'] else 'FAIL'} 报告  {r['id']}")
        for e in r["plan_errors"]:
            print(f"        - {e}")
        if not r["report_ok"]:
            print(f"        - 变更报告没有提到（应含其一：{'、'.join(r['report_needs_any'])}）")
    np_ = sum(r["plan_ok"] for r in res)
    nr = sum(r["report_ok"] for r in res)
    print(f"\n计划中落实 {np_}/{len(res)} 项修改；变更报告提到 {nr}/{len(res)} 项")
    return 0 if np_ == len(res) and nr == len(res) else 1


def selftest() -> int:
    sd = HERE / "selftest"
    exp = json.loads((HERE / "expect.json").read_text(encoding="utf-8"))
    fails = 0
    good = run((sd / "good_plan.md").read_text(encoding="utf-8"), (sd / "good_report.txt").read_text(encoding="utf-8"), exp)
    for r in good:
        ok = r["plan_ok"] and r["report_ok"]
        fails += not ok
        print(f"{'ok  ' if ok else 'FAIL'}  good: {r['id']} 通过 {r['plan_errors'] if not r['plan_ok'] else ''}{'' if r['report_ok'] else ' 报告未提及'}")
    bad = run((sd / "bad_plan.md").read_text(encoding="utf-8"), (sd / "bad_report.txt").read_text(encoding="utf-8"), exp)
    for r in bad:
        ok = not r["plan_ok"]
        fails += not ok
        print(f"{'ok  ' if ok else 'FAIL'}  bad: {r['id']} 被查出 {r['plan_errors'][:2]}")
    report_caught = [r["id"] for r in bad if r["report_needs_any"] and not r["report_ok"]]
    need = [r["id"] for r in bad if r["report_needs_any"] and r["id"] != "C01_years"]
    ok = set(need) <= set(report_caught) and "C01_years" not in report_caught
    fails += not ok
    print(f"{'ok  ' if ok else 'FAIL'}  bad: 变更报告只提到年份，其余 {len(need)} 项都判为“报告未提及”")
    # the unchanged last-year plan, with an empty report, must fail nearly everything
    raw = run((HERE / "last_year.md").read_text(encoding="utf-8"), "", exp)
    must_fail = {"C01_years", "C02_20xx", "C03_party_congress", "C04_union_congress", "C05_moral_outline", "C06_ordinal",
                 "C07_staff_meeting", "C08_proposal_blank", "C09_duplicate_checkup", "C10_table_roles", "C11_figures",
                 "C12_one_off_anniversary", "C13_new_highlights", "C14_new_focus", "C15_no_garbles", "C16_sign_date"}
    failed = {r["id"] for r in raw if not r["plan_ok"]}
    ok = must_fail <= failed
    fails += not ok
    print(f"{'ok  ' if ok else 'FAIL'}  原样照搬去年的计划：{len(failed)}/{len(raw)} 项判为未修改 {sorted(must_fail - failed)}")
    print(f"\n{'SELFTEST PASSED' if not fails else f'SELFTEST FAILED ({fails})'}")
    return 1 if fails else 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--plan", help="the plan Markdown written by draft --from")
    ap.add_argument("--report", help="text file with what the command printed (its change report)")
    ap.add_argument("--expect", default=str(HERE / "expect.json"))
    ap.add_argument("--json", help="write results here")
    ap.add_argument("--selftest", action="store_true")
    a = ap.parse_args(argv)
    if a.selftest:
        return selftest()
    if not a.plan:
        ap.error("--plan is required (or --selftest)")
    exp = json.loads(Path(a.expect).read_text(encoding="utf-8"))
    plan_text = Path(a.plan).read_text(encoding="utf-8", errors="replace") if Path(a.plan).is_file() else ""
    report_text = Path(a.report).read_text(encoding="utf-8", errors="replace") if a.report and Path(a.report).is_file() else ""
    if not plan_text:
        print(f"计划文件不存在或为空：{a.plan}")
    res = run(plan_text, report_text, exp)
    if a.json:
        Path(a.json).write_text(json.dumps(res, ensure_ascii=False, indent=1), encoding="utf-8")
    return show(res)


if __name__ == "__main__":
    sys.exit(main())
