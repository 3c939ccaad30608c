#!/usr/bin/env python3
"""Score a plan checker ("district reviewer") against a planted-defect set.

Usage:
    python eval/check/score.py --set round1 --results DIR [--json OUT] [--quiet]
    python eval/check/score.py --selftest

A set is a folder eval/check/<set>/ holding, per case, <id>.md|.txt (the plan) and <id>.json (the key).
The runner writes DIR/<id>.json: a list of findings [{"kind", "text", "location", "message", ...}]
(an object {"findings": [...]} is accepted too).

Matching (see README.md):
  * a finding matches an expected defect when the kinds are equal and the finding's text and the expected
    span overlap: after normalising (NFKC, so full-width -> half-width; whitespace and quotation marks
    removed; casefold) one contains the other;
  * for missing_section / empty_section (and expected items carrying "by_section": true) the section title
    is compared instead: the title (numbering such as "五、" or "（五）" and Markdown '#' stripped) must
    overlap the finding's text or its location; only when both are empty is the message searched;
  * every expected defect and every finding is used at most once (maximum bipartite matching per case);
  * an unmatched finding is a false positive; false positives whose text overlaps one of the case's
    clean_spans are listed separately as "clean-span hits" (they are already counted as false positives).

Python 3.11 standard library only.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent

KINDS = [
    "placeholder", "outdated", "unknown_article", "misquote", "script", "numbering",
    "missing_section", "empty_section", "rule", "out_of_period", "doubled_phrase",
    "school_type_vocab", "pasted_notice", "garble", "stale_ordinal", "impossible_figure",
    "unsafe_content",
]
SECTION_KINDS = {"missing_section", "empty_section"}


# ----------------------------------------------------------------------------------------------------------
# normalisation and matching
# ----------------------------------------------------------------------------------------------------------
_QUOTES = set("\"'“”‘’「」『』")


def norm(s) -> str:
    """NFKC (full-width -> half-width), drop whitespace and quotation marks, casefold; control/bidi chars are kept."""
    if s is None:
        return ""
    if not isinstance(s, str):
        s = json.dumps(s, ensure_ascii=False) if isinstance(s, (list, dict)) else str(s)
    s = unicodedata.normalize("NFKC", s)
    s = "".join(ch for ch in s if not ch.isspace() and ch not in _QUOTES)
    return s.casefold()


def overlap(a: str, b: str) -> bool:
    """Both already normalised; true when non-empty and one contains the other."""
    return bool(a) and bool(b) and (a in b or b in a)


_CN_NUM = "一二三四五六七八九十百零〇"
_PREFIX = re.compile(
    r"^(?:#+|[" + _CN_NUM + r"]+[、.．,，]|\([" + _CN_NUM + r"\d]+\)|\d+(?:\.\d+)*[、.．)]|第[" + _CN_NUM + r"\d]+[部分章节]+[、.:]?)"
)


def title_core(s) -> str:
    """Normalised section title without Markdown '#', numbering prefixes and a trailing colon."""
    t = norm(s)
    t = t.replace("<!--", "").replace("-->", "")
    for _ in range(4):
        new = _PREFIX.sub("", t)
        if new == t:
            break
        t = new
    return t.rstrip(":：")


def expected_title(e: dict) -> str:
    if e.get("kind") == "missing_section":
        return title_core(e.get("span") or e.get("section"))
    return title_core(e.get("section") or e.get("span"))


def finding_matches(e: dict, f: dict) -> bool:
    if f.get("kind") != e.get("kind"):
        return False
    ftext = norm(f.get("text"))
    if overlap(ftext, norm(e.get("span"))):
        return True
    if e.get("kind") in SECTION_KINDS or e.get("by_section"):
        title = expected_title(e)
        if not title:
            return False
        fl = norm(f.get("location"))
        if overlap(title, title_core(f.get("text"))) or overlap(title, ftext):
            return True
        if fl and (title in fl or overlap(title, title_core(f.get("location")))):
            return True
        if not ftext and not fl and title in norm(f.get("message")):
            return True
    return False


def max_matching(expected: list[dict], findings: list[dict]) -> dict[int, int]:
    """Maximum bipartite matching expected index -> finding index (Kuhn's augmenting paths)."""
    adj = [[j for j, f in enumerate(findings) if finding_matches(e, f)] for e in expected]
    match_f: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in adj[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in match_f or augment(match_f[j], seen):
                match_f[j] = i
                return True
        return False

    for i in range(len(expected)):
        augment(i, set())
    return {i: j for j, i in match_f.items()}


# ----------------------------------------------------------------------------------------------------------
# loading
# ----------------------------------------------------------------------------------------------------------
def resolve_set(name: str) -> Path:
    p = Path(name)
    if p.is_dir():
        return p.resolve()
    q = HERE / name
    if q.is_dir():
        return q
    raise SystemExit(f"set not found: {name} (looked at {p} and {q})")


def load_cases(set_dir: Path) -> dict[str, dict]:
    cases = {}
    for p in sorted(set_dir.glob("*.json")):
        with open(p, encoding="utf-8") as fh:
            cases[p.stem] = json.load(fh)
    if not cases:
        raise SystemExit(f"no cases (*.json) in {set_dir}")
    return cases


def clean_finding(f) -> dict:
    if not isinstance(f, dict):
        return {"kind": None, "text": str(f), "location": "", "message": ""}
    return {
        "kind": f.get("kind"),
        "text": f.get("text") if f.get("text") is not None else "",
        "location": f.get("location") if f.get("location") is not None else "",
        "message": f.get("message") if f.get("message") is not None else "",
    }


def load_findings(results_dir: Path, cid: str) -> tuple[list[dict], str | None]:
    p = results_dir / f"{cid}.json"
    if not p.exists():
        return [], "missing result file"
    try:
        with open(p, encoding="utf-8") as fh:
            data = json.load(fh)
    except (OSError, ValueError) as exc:
        return [], f"unreadable result file: {exc}"
    if isinstance(data, dict):
        data = data.get("findings", [])
    if not isinstance(data, list):
        return [], "result is not a list of findings"
    return [clean_finding(f) for f in data], None


# ----------------------------------------------------------------------------------------------------------
# scoring
# ----------------------------------------------------------------------------------------------------------
def score_case(case: dict, findings: list[dict]) -> dict:
    expected = case.get("expected", [])
    clean = [norm(c) for c in case.get("clean_spans", [])]
    m = max_matching(expected, findings)
    matched_f = set(m.values())
    tps = [{"expected": expected[i], "finding": findings[j]} for i, j in sorted(m.items())]
    misses = [e for i, e in enumerate(expected) if i not in m]
    fps = []
    for j, f in enumerate(findings):
        if j in matched_f:
            continue
        t = norm(f.get("text"))
        hits = [case["clean_spans"][k] for k, c in enumerate(clean) if overlap(t, c)]
        fps.append({"finding": f, "clean_span_hits": hits})
    return {"tp": tps, "misses": misses, "fps": fps, "n_expected": len(expected), "n_found": len(findings)}


def ratio(a: int, b: int):
    return None if b == 0 else a / b


def aggregate(per_case: dict[str, dict]) -> dict:
    kinds = {k: {"expected": 0, "found": 0, "tp": 0} for k in KINDS}
    for res in per_case.values():
        for t in res["tp"]:
            k = t["expected"]["kind"]
            kinds.setdefault(k, {"expected": 0, "found": 0, "tp": 0})
            kinds[k]["tp"] += 1
        for e in [t["expected"] for t in res["tp"]] + res["misses"]:
            kinds.setdefault(e["kind"], {"expected": 0, "found": 0, "tp": 0})
            kinds[e["kind"]]["expected"] += 1
        for f in [t["finding"] for t in res["tp"]] + [x["finding"] for x in res["fps"]]:
            k = f.get("kind") if isinstance(f.get("kind"), str) else repr(f.get("kind"))
            kinds.setdefault(k, {"expected": 0, "found": 0, "tp": 0})
            kinds[k]["found"] += 1
    for v in kinds.values():
        v["fp"] = v["found"] - v["tp"]
        v["recall"] = ratio(v["tp"], v["expected"])
        v["precision"] = ratio(v["tp"], v["found"])
    tot_e = sum(v["expected"] for v in kinds.values())
    tot_f = sum(v["found"] for v in kinds.values())
    tot_t = sum(v["tp"] for v in kinds.values())
    rec, prec = ratio(tot_t, tot_e), ratio(tot_t, tot_f)
    f1 = None if not rec or not prec else 2 * rec * prec / (rec + prec)
    per_kind_recalls = [v["recall"] for k, v in kinds.items() if k in KINDS and v["recall"] is not None]
    clean_hits = sum(1 for r in per_case.values() for x in r["fps"] if x["clean_span_hits"])
    clean_cases = [cid for cid, r in per_case.items() if r["n_expected"] == 0]
    clean_case_fps = sum(len(per_case[c]["fps"]) for c in clean_cases)
    return {
        "per_kind": kinds,
        "overall": {
            "expected": tot_e, "found": tot_f, "tp": tot_t, "fp": tot_f - tot_t, "misses": tot_e - tot_t,
            "recall": rec, "precision": prec, "f1": f1,
            "macro_recall": (sum(per_kind_recalls) / len(per_kind_recalls)) if per_kind_recalls else None,
            "clean_span_hits": clean_hits,
            "clean_cases": len(clean_cases), "findings_on_clean_cases": clean_case_fps,
        },
    }


def score_set(set_dir: Path, results_dir: Path) -> dict:
    cases = load_cases(set_dir)
    per_case, problems = {}, {}
    for cid, case in cases.items():
        findings, problem = load_findings(results_dir, cid)
        if problem:
            problems[cid] = problem
        per_case[cid] = score_case(case, findings)
    agg = aggregate(per_case)
    agg["per_case"] = per_case
    agg["problems"] = problems
    agg["set"] = str(set_dir)
    agg["results"] = str(results_dir)
    return agg


# ----------------------------------------------------------------------------------------------------------
# report
# ----------------------------------------------------------------------------------------------------------
def fmt(x) -> str:
    return "  -  " if x is None else f"{x:5.2f}"


def show(s, n: int = 60) -> str:
    s = "" if s is None else str(s)
    s = "".join(f"<U+{ord(c):04X}>" if unicodedata.category(c) in ("Cc", "Cf") else c for c in s)
    s = s.replace("\n", "⏎")
    return s if len(s) <= n else s[: n - 1] + "…"


def report(res: dict, quiet: bool = False) -> str:
    out = [f"set: {res['set']}   results: {res['results']}", ""]
    out.append(f"{'kind':<18} {'expected':>8} {'found':>6} {'tp':>4} {'fp':>4} {'recall':>6} {'prec':>6}")
    for k, v in res["per_kind"].items():
        if k not in KINDS and v["found"] == 0 and v["expected"] == 0:
            continue
        label = k if k in KINDS else f"{k} (unknown kind)"
        out.append(f"{label:<18} {v['expected']:>8} {v['found']:>6} {v['tp']:>4} {v['fp']:>4} "
                   f"{fmt(v['recall']):>6} {fmt(v['precision']):>6}")
    o = res["overall"]
    out.append(f"{'OVERALL':<18} {o['expected']:>8} {o['found']:>6} {o['tp']:>4} {o['fp']:>4} "
               f"{fmt(o['recall']):>6} {fmt(o['precision']):>6}")
    out.append("")
    out.append(f"F1 {fmt(o['f1']).strip()}   macro recall over kinds {fmt(o['macro_recall']).strip()}   "
               f"clean-span hits {o['clean_span_hits']}   findings on the {o['clean_cases']} clean plans "
               f"{o['findings_on_clean_cases']}")
    if res["problems"]:
        out.append("")
        for cid, p in sorted(res["problems"].items()):
            out.append(f"! {cid}: {p}")
    if not quiet:
        out.append("")
        out.append("per case (expected / found / tp / fp):")
        for cid, r in res["per_case"].items():
            tag = "  [clean plan]" if r["n_expected"] == 0 else ""
            out.append(f"  {cid:<18} {r['n_expected']:>3} {r['n_found']:>4} {len(r['tp']):>3} {len(r['fps']):>3}{tag}")
        misses = [(cid, e) for cid, r in res["per_case"].items() for e in r["misses"]]
        out.append("")
        out.append(f"MISSES ({len(misses)}):")
        for cid, e in misses:
            out.append(f"  {cid:<18} {e['kind']:<18} {show(e['span'])}   [{show(e.get('section') or '-', 24)}]")
        fps = [(cid, x) for cid, r in res["per_case"].items() for x in r["fps"]]
        out.append("")
        out.append(f"FALSE POSITIVES ({len(fps)}):")
        for cid, x in fps:
            f = x["finding"]
            extra = f"   <- clean span: {show(x['clean_span_hits'][0], 30)}" if x["clean_span_hits"] else ""
            out.append(f"  {cid:<18} {str(f.get('kind')):<18} {show(f.get('text'))}   "
                       f"[{show(f.get('location') or '-', 24)}]{extra}")
    return "\n".join(out)


def to_jsonable(res: dict) -> dict:
    per_case = {}
    for cid, r in res["per_case"].items():
        per_case[cid] = {
            "expected": r["n_expected"], "found": r["n_found"], "tp": len(r["tp"]), "fp": len(r["fps"]),
            "matches": [{"kind": t["expected"]["kind"], "span": t["expected"]["span"],
                         "finding_text": t["finding"].get("text")} for t in r["tp"]],
            "misses": r["misses"],
            "false_positives": [dict(x["finding"], clean_span_hits=x["clean_span_hits"]) for x in r["fps"]],
        }
    return {"set": res["set"], "results": res["results"], "overall": res["overall"],
            "per_kind": res["per_kind"], "problems": res["problems"], "per_case": per_case}


# ----------------------------------------------------------------------------------------------------------
# self-test
# ----------------------------------------------------------------------------------------------------------
def _write_results(d: Path, by_case: dict[str, list]) -> None:
    d.mkdir(parents=True, exist_ok=True)
    for cid, fs in by_case.items():
        (d / f"{cid}.json").write_text(json.dumps(fs, ensure_ascii=False), encoding="utf-8")


def _plan_text(set_dir: Path, cid: str, case: dict) -> str:
    name = case.get("plan")
    cands = [set_dir / name] if name else [set_dir / f"{cid}{ext}" for ext in (".md", ".txt")]
    for p in cands:
        if p.exists():
            return p.read_text(encoding="utf-8")
    return ""


def selftest() -> int:
    failures = []

    def check(name, cond, detail=""):
        print(("ok   " if cond else "FAIL ") + name + (f"  ({detail})" if detail and not cond else ""))
        if not cond:
            failures.append(name)

    # --- 1. synthetic case: every rule of the matcher --------------------------------------------------
    case = {
        "expected": [
            {"kind": "placeholder", "span": "20xx", "section": "（一）民主管理与校务公开"},
            {"kind": "outdated", "span": "党的十九大精神", "section": "（二）师德与队伍建设"},
            {"kind": "missing_section", "span": "保障措施", "section": None},
            {"kind": "empty_section", "span": "（五）文体活动", "section": "（五）文体活动"},
            {"kind": "unsafe_content", "span": "委\u202e员", "section": "五、保障措施"},
            {"kind": "rule", "span": "经费管理", "section": "（七）经费管理", "by_section": True},
        ],
        "clean_spans": ["党的十八大以来", "中国工会十八大精神"],
    }
    good = [
        {"kind": "placeholder", "text": "审议学校２０ＸＸ年工作报告", "location": "", "message": ""},  # full-width, case
        {"kind": "outdated", "text": "十九大", "location": "", "message": "应为二十大"},          # shorter than span
        {"kind": "missing_section", "text": "", "location": "", "message": "缺少“保障措施”部分"},  # via message
        {"kind": "empty_section", "text": "### （五） 文体活动", "location": "", "message": ""},    # heading + spaces
        {"kind": "unsafe_content", "text": "\u202e", "location": "五、保障措施", "message": "bidi"},
        {"kind": "rule", "text": "", "location": "三、主要工作 / （七）经费管理", "message": "无经审"},
    ]
    r = score_case(case, good)
    check("synthetic perfect: 6 tp, 0 fp, 0 miss", len(r["tp"]) == 6 and not r["fps"] and not r["misses"],
          f"tp={len(r['tp'])} fp={len(r['fps'])} miss={[m['span'] for m in r['misses']]}")

    bad = [
        good[0],
        {"kind": "outdated", "text": "党的十九大精神", "location": "", "message": ""},
        {"kind": "outdated", "text": "十九大", "location": "", "message": ""},                  # duplicate -> fp
        {"kind": "outdated", "text": "党的十八大以来", "location": "", "message": ""},          # clean span -> fp
        {"kind": "garble", "text": "20xx", "location": "", "message": ""},                    # wrong kind -> fp
        {"kind": "missing_section", "text": "五、保障措施", "location": "", "message": ""},
        {"kind": "empty_section", "text": "（六）工会自身建设", "location": "", "message": ""},   # wrong section
        {"kind": "placeholder", "text": "", "location": "", "message": "20xx"},                # empty text -> fp
    ]
    r = score_case(case, bad)
    agg = aggregate({"x": r})
    o = agg["overall"]
    check("synthetic bad: tp=3 fp=5 miss=3", (o["tp"], o["fp"], o["misses"]) == (3, 5, 3),
          f"tp={o['tp']} fp={o['fp']} miss={o['misses']}")
    check("synthetic bad: recall 3/6, precision 3/8",
          abs(o["recall"] - 0.5) < 1e-9 and abs(o["precision"] - 3 / 8) < 1e-9, f"{o['recall']} {o['precision']}")
    check("synthetic bad: one clean-span hit", o["clean_span_hits"] == 1, str(o["clean_span_hits"]))
    pk = agg["per_kind"]
    check("synthetic bad: outdated tp=1 found=3 precision 1/3",
          pk["outdated"]["tp"] == 1 and pk["outdated"]["found"] == 3 and abs(pk["outdated"]["precision"] - 1 / 3) < 1e-9)
    check("synthetic bad: garble found=1 tp=0 precision 0, recall n/a",
          pk["garble"]["found"] == 1 and pk["garble"]["precision"] == 0 and pk["garble"]["recall"] is None)
    check("synthetic bad: empty_section recall 0", pk["empty_section"]["recall"] == 0)

    # one finding covering two expected spans is used once only
    case2 = {"expected": [{"kind": "placeholder", "span": "____", "section": None},
                          {"kind": "placeholder", "span": "某某", "section": None}], "clean_spans": []}
    r = score_case(case2, [{"kind": "placeholder", "text": "由某某负责____建设", "location": "", "message": ""}])
    check("one finding matches at most one defect", len(r["tp"]) == 1 and len(r["misses"]) == 1)
    # maximum matching: a greedy order would lose a match here
    case3 = {"expected": [{"kind": "placeholder", "span": "某某老师负责", "section": None},
                          {"kind": "placeholder", "span": "某某", "section": None}], "clean_spans": []}
    r = score_case(case3, [{"kind": "placeholder", "text": "某某", "location": "", "message": ""},
                           {"kind": "placeholder", "text": "由某某老师负责组队", "location": "", "message": ""}])
    check("maximum matching, not greedy", len(r["tp"]) == 2, f"tp={len(r['tp'])}")
    # unknown kinds are counted as false positives under their own name
    agg = aggregate({"x": score_case(case2, [{"kind": "typo", "text": "____"}])})
    check("unknown kind -> fp", agg["per_kind"]["typo"]["found"] == 1 and agg["overall"]["fp"] == 1)
    check("title_core strips numbering",
          title_core("## 五、保障措施") == "保障措施" and title_core("（八）退休教职工工作") == "退休教职工工作"
          and title_core("3. 经费管理：") == "经费管理")

    # --- 2. the real set: perfect, line-level, empty and partial runs through files ----------------------
    for set_name in ("round1", "round2"):
        set_dir = HERE / set_name
        if not set_dir.is_dir():
            continue
        cases = load_cases(set_dir)
        n_exp = sum(len(c["expected"]) for c in cases.values())
        with tempfile.TemporaryDirectory() as tmp:
            tmp = Path(tmp)
            perfect = {cid: [{"kind": e["kind"], "text": e["span"] if e["kind"] not in SECTION_KINDS else "",
                              "location": e.get("section") or e["span"], "message": "x"}
                             for e in c["expected"]] for cid, c in cases.items()}
            _write_results(tmp / "perfect", perfect)
            res = score_set(set_dir, tmp / "perfect")
            o = res["overall"]
            check(f"{set_name} perfect: recall 1, precision 1 ({n_exp} defects)",
                  o["tp"] == n_exp and o["fp"] == 0 and o["recall"] == 1.0 and o["precision"] == 1.0,
                  f"tp={o['tp']} fp={o['fp']}")

            # line-level reporting: the finding text is the whole line that holds the span
            lines = {}
            for cid, c in cases.items():
                plan = _plan_text(set_dir, cid, c)
                fs = []
                for e in c["expected"]:
                    if e["kind"] in SECTION_KINDS or e.get("by_section"):
                        fs.append({"kind": e["kind"], "text": "", "location": e.get("section") or "",
                                   "message": f"缺少或为空：{e['span']}"})
                        continue
                    line = next((ln for ln in plan.splitlines() if e["span"] in ln), e["span"])
                    fs.append({"kind": e["kind"], "text": line, "location": "", "message": ""})
                lines[cid] = fs
            _write_results(tmp / "lines", lines)
            o = score_set(set_dir, tmp / "lines")["overall"]
            check(f"{set_name} whole-line findings still match", o["tp"] == n_exp and o["fp"] == 0,
                  f"tp={o['tp']} fp={o['fp']}")

            (tmp / "empty").mkdir()
            res = score_set(set_dir, tmp / "empty")
            o = res["overall"]
            check(f"{set_name} no result files: recall 0, precision n/a, problems reported",
                  o["tp"] == 0 and o["recall"] == 0 and o["precision"] is None and len(res["problems"]) == len(cases))

            # drop every defect of one kind, add a flag on every clean span
            partial = {}
            dropped = 0
            for cid, c in cases.items():
                fs = [f for f in perfect[cid] if f["kind"] != "placeholder"]
                dropped += len(perfect[cid]) - len(fs)
                fs += [{"kind": "outdated", "text": s, "location": "", "message": ""} for s in c["clean_spans"]]
                partial[cid] = fs
            n_clean = sum(len(c["clean_spans"]) for c in cases.values())
            _write_results(tmp / "partial", partial)
            res = score_set(set_dir, tmp / "partial")
            o, pk = res["overall"], res["per_kind"]
            want_p = (n_exp - dropped) / (n_exp - dropped + n_clean)
            check(f"{set_name} partial: placeholder recall 0, others 1",
                  pk["placeholder"]["recall"] == 0 and all(
                      v["recall"] == 1.0 for k, v in pk.items() if k != "placeholder" and v["expected"]))
            check(f"{set_name} partial: {n_clean} clean-span flags are all false positives",
                  o["fp"] == n_clean and o["clean_span_hits"] == n_clean and abs(o["precision"] - want_p) < 1e-9,
                  f"fp={o['fp']} hits={o['clean_span_hits']} p={o['precision']} want {want_p}")
            check(f"{set_name} report renders", "OVERALL" in report(res) and "MISSES" in report(res))

    print()
    print("selftest:", "FAILED " + ", ".join(failures) if failures else "all passed")
    return 1 if failures else 0


# ----------------------------------------------------------------------------------------------------------
def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", default="round1", help="set name under eval/check/ or a path (default round1)")
    ap.add_argument("--results", help="directory holding <id>.json findings written by the runner")
    ap.add_argument("--json", dest="json_out", help="also write the full result as JSON to this file")
    ap.add_argument("--quiet", action="store_true", help="only the per-kind table")
    ap.add_argument("--selftest", action="store_true", help="run the scorer's own tests and exit")
    a = ap.parse_args(argv)
    if a.selftest:
        return selftest()
    if not a.results:
        ap.error("--results DIR is required (or --selftest)")
    res = score_set(resolve_set(a.set), Path(a.results))
    print(report(res, quiet=a.quiet))
    if a.json_out:
        os.makedirs(os.path.dirname(os.path.abspath(a.json_out)), exist_ok=True)
        text = json.dumps(to_jsonable(res), ensure_ascii=False, indent=2)
        text = "".join(f"\\u{ord(c):04x}" if unicodedata.category(c) in ("Cc", "Cf") and c != "\n" else c
                       for c in text)  # keep bidi/control characters visible as escapes
        with open(a.json_out, "w", encoding="utf-8") as fh:
            fh.write(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
