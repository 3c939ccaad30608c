"""Score paragraph rewrites (formal / concise / specific) against eval/rewrite/<set>.jsonl.

Usage:
  python eval/rewrite/score.py --set round1 --responses FILE.jsonl [--json OUT] [-v]
  python eval/rewrite/score.py --set round1 --check      # validate the case file only
  python eval/rewrite/score.py --selftest                # prove every rule on hand-made outputs

Response lines: {"id": "r001", "output": "<rewritten paragraph>"}. A case with no response scores as empty output.
Standard library only. See README.md in this folder for what every number means.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
TONES = ("formal", "concise", "specific")

# ----------------------------------------------------------------------------------------------------------------
# normalisation
# ----------------------------------------------------------------------------------------------------------------
_DASHES = "~〜～—–‐‑‒−－─"


def norm(s: str) -> str:
    """NFKC (full-width -> half-width), no whitespace at all, every dash/tilde -> '-', runs of '-' collapsed."""
    s = unicodedata.normalize("NFKC", s or "")
    s = re.sub(r"\s+", "", s)
    s = "".join("-" if ch in _DASHES else ch for ch in s)
    return re.sub(r"-{2,}", "-", s)


def has_alt(text_n: str, alt: str) -> bool:
    """An alternative is a plain substring, or a regular expression when it starts with 're:'. text_n is normalised."""
    if alt.startswith("re:"):
        return re.search(alt[3:], text_n) is not None
    return norm(alt) in text_n


def count_alt(text_n: str, alt: str) -> int:
    if alt.startswith("re:"):
        return len(re.findall(alt[3:], text_n))
    a = norm(alt)
    return text_n.count(a) if a else 0


# ----------------------------------------------------------------------------------------------------------------
# numbers (for the "new number" check)
# ----------------------------------------------------------------------------------------------------------------
_CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNIT = {"十": 10, "百": 100, "千": 1000, "万": 10000}
_MULT = {"万": 10000, "千": 1000, "百": 100}


def cn_to_int(run: str) -> int:
    """Chinese numeral run -> int, including the colloquial tail (一万三 = 13000, 三百五 = 350, 十二 = 12)."""
    total, section, num, last_unit, prev_unit, zero = 0, 0, 0, 1, False, False
    for ch in run:
        if ch in _CN_DIGIT:
            zero = zero or _CN_DIGIT[ch] == 0
            num, prev_unit = _CN_DIGIT[ch], False
        else:
            u = _CN_UNIT[ch]
            if u == 10000:
                total += (section + num) * u
                section = 0
            else:
                if num == 0 and u == 10:
                    num = 1
                section += num * u
            num, last_unit, prev_unit = 0, u, True
    if num and last_unit >= 10 and not prev_unit and not zero:
        # a single digit right after a unit: 一万三 / 三百五 / 十二 (十 -> digit itself)
        num = num * (last_unit // 10) if last_unit > 10 else num
    return total + section + num


def _num_value(digits: str, after: str) -> float:
    v = float(digits)
    if after in _MULT:
        v *= _MULT[after]
    return v


def original_numbers(text: str) -> set[float]:
    """Every number a faithful rewrite may write in Arabic digits, derived from the original paragraph."""
    t = norm(text)
    vals: set[float] = set()
    for m in re.finditer(r"\d+(?:\.\d+)?", t):
        after = t[m.end():m.end() + 1]
        vals.add(float(m.group()))
        vals.add(_num_value(m.group(), after))
    for m in re.finditer(r"[零〇一二两三四五六七八九十百千万]+", t):
        run = m.group()
        vals.add(float(cn_to_int(run)))
        for ch in run:
            if ch in _CN_DIGIT:
                vals.add(float(_CN_DIGIT[ch]))
        # 四五十 / 两三百: both ends of the range
        for r in re.finditer(r"([一二两三四五六七八九])([一二两三四五六七八九])([十百千万])", run):
            u = _CN_UNIT[r.group(3)]
            vals.add(float(_CN_DIGIT[r.group(1)] * u))
            vals.add(float(_CN_DIGIT[r.group(2)] * u))
        # 一万三 -> also 1.3 (as in 1.3万)
        v = cn_to_int(run)
        if v >= 10000:
            vals.add(v / 10000)
    if "半" in t:
        vals.update({30.0, 0.5})
    for v in list(vals):  # clock times: 4点 -> 16:00
        if 1 <= v <= 12 and v == int(v):
            vals.add(v + 12)
    return vals


_ENUM = re.compile(r"(?:^|(?<=[(\[【（。；;:：,，、]))\d{1,2}(?=[、.．)）])|[①-⑳]")


def new_numbers(output: str, original: str, skip_spans: list[tuple[int, int]] | None = None) -> list[str]:
    """Arabic numbers in the output that the original paragraph does not contain (percentages and list numbers
    excepted). skip_spans: (start, end) ranges of the normalised output to ignore (marked additions)."""
    o = norm(output)
    allowed = original_numbers(original)
    out = []
    enum_pos = {m.start() for m in _ENUM.finditer(o)}
    for m in re.finditer(r"\d+(?:\.\d+)?", o):
        if m.start() in enum_pos:
            continue
        if skip_spans and any(a <= m.start() < b for a, b in skip_spans):
            continue
        after = o[m.end():m.end() + 1]
        if after in ("%", "‰"):
            continue
        if float(m.group()) in allowed or _num_value(m.group(), after) in allowed:
            continue
        out.append(m.group())
    return out


# ----------------------------------------------------------------------------------------------------------------
# marked additions (specific)
# ----------------------------------------------------------------------------------------------------------------
CONFIRM = ("核实", "确认", "待定", "暂定", "供参考", "根据实际", "请补充", "待补充", "可调整", "视情况")
_BRACKETS = [("【", "】"), ("〔", "〕"), ("〖", "〗"), ("[", "]"), ("{", "}")]


def marked_spans(o: str) -> list[tuple[int, int]]:
    """Spans of the normalised output that are visibly marked for the user to confirm: any 【…】-style bracket; any
    (…) containing a confirmation word or 建议; any sentence containing a confirmation word."""
    spans = []
    for a, b in _BRACKETS:
        for m in re.finditer(re.escape(a) + r"[^" + re.escape(b) + r"]*" + re.escape(b), o):
            spans.append((m.start(), m.end()))
    for m in re.finditer(r"\([^()]*\)", o):
        if any(w in m.group() for w in CONFIRM + ("建议",)):
            spans.append((m.start(), m.end()))
    start = 0
    for m in re.finditer(r"[。;！？!?\n]|$", o):
        sent = o[start:m.end()]
        if any(w in sent for w in CONFIRM):
            spans.append((start, m.end()))
        start = m.end()
    return spans


def has_global_note(o: str) -> bool:
    return any(w in o for w in CONFIRM)


# ----------------------------------------------------------------------------------------------------------------
# introduced errors
# ----------------------------------------------------------------------------------------------------------------
GARBLE = [
    ("帮助教", re.compile(r"帮助教(?![师职工育学研])")),  # 帮教 -> 帮助教 (帮助教师/教职工 are fine)
    ("帮助带", re.compile(r"帮助带(?!领)")),               # 帮带/传帮带 -> 帮助带
    ("帮助扶", re.compile(r"帮助扶")),                     # 帮扶 -> 帮助扶
    ("帮助着", re.compile(r"帮助着")),                     # 帮着 -> 帮助着
    ("一帮助一", re.compile(r"一帮助一")),                 # 一帮一 -> 一帮助一
]
_DOUBLE_CHARS = "的和在是与及将为把被向于并"
_DOUBLE_OK = re.compile(r"目的的|实在在|是是非非")
_DOUBLE_PUNCT = re.compile(r"([,。、;:])\1")
_ABAB = re.compile(r"([\u4e00-\u9fff]{2,4})\1")
GENERIC_STEMS = ("确保", "切实", "扎实", "进一步", "努力", "不断", "全面", "有效", "力争", "推动", "促进", "营造",
                 "提升", "增强", "以便", "从而")
_SLOT = re.compile(r"^(具体)?(时间|日期|地点|场地|负责人|责任人|负责部门|参与人员|参加人员|参加对象|人数|规模|经费|预算|"
                   r"金额|标准|名称|姓名|内容|形式)(待定|待补充|待填|)$")
_LABEL = re.compile(r"^(建议补充|建议增加|建议|请补充|待补充|补充|请填写|填写|示例|例如|如)[:：]?")
_PLACEHOLDER = re.compile(r"^[.。…_xX×○*?？某\-]+$")


def _sentences(s: str) -> list[str]:
    return [p for p in re.split(r"[。!！?？;；\n]", s) if p]


def _strip_end(s: str) -> str:
    return re.sub(r"[。,，;；!！?？:：、]+$", "", s)


def introduced_errors(case: dict, output: str) -> list[str]:
    o, t = norm(output), norm(case["text"])
    errs: list[str] = []
    if not o:
        return ["empty"]
    for name, rx in GARBLE:
        if len(rx.findall(o)) > len(rx.findall(t)):
            errs.append(f"garbled:{name}")
    # doubled characters / words / punctuation that the original does not have
    for ch in _DOUBLE_CHARS:
        cnt = lambda s: len(re.findall(ch + ch, _DOUBLE_OK.sub("", s)))  # noqa: E731
        if cnt(o) > cnt(t):
            errs.append(f"doubled:{ch}{ch}")
    for m in _DOUBLE_PUNCT.finditer(o):
        if m.group() not in t:
            errs.append(f"doubled:{m.group()}")
            break
    for m in _ABAB.finditer(o):
        if m.group() not in t:
            errs.append(f"doubled:{m.group()}")
            break
    # leftover template brackets / placeholders
    for a, b in _BRACKETS + [("(", ")")]:
        for m in re.finditer(re.escape(a) + r"([^" + re.escape(b) + r"]*)" + re.escape(b), o):
            inner = _LABEL.sub("", m.group(1))
            inner = re.sub(r"[,。、;:：!?\s]", "", inner)
            if a == "(" and m.group() in t:
                continue
            if a == "(" and not (inner == "" or _PLACEHOLDER.match(inner) or _LABEL.match(m.group(1))):
                continue
            if inner == "" or _PLACEHOLDER.match(inner) or _SLOT.match(inner):
                errs.append(f"template:{m.group()}")
    for ph in (r"_{2,}", r"[xX×]{2,}", r"\(略\)"):
        if len(re.findall(ph, o)) > len(re.findall(ph, t)):
            errs.append("template:placeholder")
            break
    # original (whole, or one of its sentences) with a generic suffix appended
    t0 = _strip_end(t)
    spans = marked_spans(o)
    if o.startswith(t0) and len(_strip_end(o)) > len(t0):
        suffix = o[len(t0):]
        exempt = case["tone"] == "specific" and (any(b > len(t0) for _, b in spans) or has_global_note(suffix))
        if not exempt:
            errs.append("original_plus_suffix")
    if "original_plus_suffix" not in errs:
        for s in _sentences(t):
            s = _strip_end(s)
            if len(s) < 8:
                continue
            for m in re.finditer(re.escape(s), o):
                rest = o[m.end():]
                if not rest.startswith(","):
                    continue
                clause = re.split(r"[。!?;\n]", rest[1:])[0]
                clause_core = re.sub(r"[,、]", "", clause)
                if clause and clause.startswith(GENERIC_STEMS) and clause_core not in re.sub(r"[,、。;]", "", t):
                    errs.append("original_plus_suffix")
                    break
            if "original_plus_suffix" in errs:
                break
    # English that the original does not have
    orig_words = {w.lower() for w in re.findall(r"[A-Za-z]{2,}", t)}
    if any(w.lower() not in orig_words for w in re.findall(r"[A-Za-z]{2,}", o)):
        errs.append("english")
    # Arabic numbers that are not in the original (inventions presented as fact)
    skip = spans if case["tone"] == "specific" else None
    if not (case["tone"] == "specific" and has_global_note(o)):
        nn = new_numbers(output, case["text"], skip)
        if nn:
            errs.append("new_number:" + ",".join(sorted(set(nn))))
    return errs


# ----------------------------------------------------------------------------------------------------------------
# scoring one case
# ----------------------------------------------------------------------------------------------------------------
def length(s: str) -> int:
    return len(norm(s))


def score_case(case: dict, output: str | None) -> dict:
    output = output or ""
    o, t = norm(output), norm(case["text"])
    keep_ok = [any(has_alt(o, a) for a in alts) for alts in case["keep"]]
    remove_left = [r for r in case.get("remove", []) if norm(r) in o]
    errs = introduced_errors(case, output)
    res = {
        "id": case["id"], "tone": case["tone"], "unchanged_ok": bool(case.get("unchanged_ok")),
        "keep_total": len(keep_ok), "keep_ok": sum(keep_ok),
        "keep_missing": [alts for alts, ok in zip(case["keep"], keep_ok) if not ok],
        "remove_total": len(case.get("remove", [])), "remove_left": remove_left,
        "errors": errs, "ratio": round(length(output) / max(1, length(case["text"])), 3),
    }
    right = all(keep_ok) and not remove_left and not errs
    if case["tone"] == "concise":
        res["ratio_ok"] = res["ratio"] <= case.get("max_ratio", 0.7)
        right = right and res["ratio_ok"]
    if case["tone"] == "specific":
        spans = marked_spans(o)
        marked_text = "".join(o[a:b] for a, b in spans)
        note = has_global_note(o)
        present = marked = False
        for alts in case["add_any"]:
            for a in alts:
                new = count_alt(o, a) > count_alt(t, a)
                in_mark = has_alt(marked_text, a) if marked_text else False
                if new or in_mark:
                    present = True
                if in_mark or (new and note):
                    marked = True
        res["added"], res["added_marked"] = present, marked
        right = right and marked
    res["right"] = right
    return res


# ----------------------------------------------------------------------------------------------------------------
# aggregation
# ----------------------------------------------------------------------------------------------------------------
def pct(a: float, b: float) -> float | None:
    return round(100.0 * a / b, 1) if b else None


def summarise(results: list[dict]) -> dict:
    groups: dict[str, list[dict]] = defaultdict(list)
    for r in results:
        groups[r["tone"]].append(r)
        groups["overall"].append(r)
        if r["unchanged_ok"]:
            groups["formal(already good)"].append(r)
    out = {}
    for g in list(TONES) + ["formal(already good)", "overall"]:
        rs = groups.get(g, [])
        if not rs:
            continue
        kt = sum(r["keep_total"] for r in rs)
        rt = sum(r["remove_total"] for r in rs)
        s = {
            "cases": len(rs),
            "right_pct": pct(sum(r["right"] for r in rs), len(rs)),
            "facts_kept_pct": pct(sum(r["keep_ok"] for r in rs), kt),
            "cases_all_facts_pct": pct(sum(r["keep_ok"] == r["keep_total"] for r in rs), len(rs)),
            "markers_removed_pct": pct(rt - sum(len(r["remove_left"]) for r in rs), rt),
            "cases_with_error_pct": pct(sum(bool(r["errors"]) for r in rs), len(rs)),
            "error_types": dict(Counter(e.split(":")[0] for r in rs for e in r["errors"])),
            "mean_ratio": round(sum(r["ratio"] for r in rs) / len(rs), 3),
        }
        c = [r for r in rs if r["tone"] == "concise"]
        if c:
            s["concise_ratio_ok_pct"] = pct(sum(r["ratio_ok"] for r in c), len(c))
        sp = [r for r in rs if r["tone"] == "specific"]
        if sp:
            s["specific_added_pct"] = pct(sum(r["added"] for r in sp), len(sp))
            s["specific_added_marked_pct"] = pct(sum(r["added_marked"] for r in sp), len(sp))
        out[g] = s
    return out


def load_jsonl(path: Path) -> list[dict]:
    rows = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            line = line.strip()
            if line:
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as e:
                    raise SystemExit(f"{path}:{i}: bad JSON: {e}")
    return rows


def score_all(cases: list[dict], responses: dict[str, str]) -> tuple[list[dict], dict]:
    results = [score_case(c, responses.get(c["id"])) for c in cases]
    return results, summarise(results)


def print_report(summary: dict, results: list[dict], verbose: bool) -> None:
    for g, s in summary.items():
        s = {k: ("n/a" if v is None else f"{v}%" if k.endswith("_pct") else v) for k, v in s.items()}
        line = (f"{g:22s} n={s['cases']:3d}  right {s['right_pct']}  facts {s['facts_kept_pct']} "
                f"(all-facts cases {s['cases_all_facts_pct']})  markers removed {s['markers_removed_pct']}  "
                f"cases with error {s['cases_with_error_pct']}  mean ratio {s['mean_ratio']}")
        if "concise_ratio_ok_pct" in s:
            line += f"  ratio<=max {s['concise_ratio_ok_pct']}"
        if "specific_added_pct" in s:
            line += f"  added {s['specific_added_pct']}  added+marked {s['specific_added_marked_pct']}"
        if s["error_types"]:
            line += f"  errors {s['error_types']}"
        print(line)
    if verbose:
        for r in results:
            if not r["right"]:
                bits = []
                if r["keep_missing"]:
                    bits.append("missing " + " ".join("/".join(a) for a in r["keep_missing"]))
                if r["remove_left"]:
                    bits.append("left " + " ".join(r["remove_left"]))
                if r["errors"]:
                    bits.append("errors " + " ".join(r["errors"]))
                if r["tone"] == "concise" and not r["ratio_ok"]:
                    bits.append(f"ratio {r['ratio']}")
                if r["tone"] == "specific" and not r["added_marked"]:
                    bits.append("no marked addition" if r["added"] else "no addition")
                print(f"  {r['id']} {r['tone']}: " + "; ".join(bits))


# ----------------------------------------------------------------------------------------------------------------
# validating the case file
# ----------------------------------------------------------------------------------------------------------------
def check_cases(cases: list[dict]) -> list[str]:
    problems = []
    seen = set()
    for c in cases:
        cid = c.get("id")
        if cid in seen:
            problems.append(f"{cid}: duplicate id")
        seen.add(cid)
        if c.get("tone") not in TONES:
            problems.append(f"{cid}: bad tone")
        n = length(c.get("text", ""))
        if not 40 <= n <= 250:
            problems.append(f"{cid}: text length {n} outside 40-250")
        if not c.get("keep") or not all(isinstance(k, list) and k for k in c["keep"]):
            problems.append(f"{cid}: keep must be a non-empty list of non-empty lists")
        for r in c.get("remove", []):
            if norm(r) not in norm(c["text"]):
                problems.append(f"{cid}: remove marker {r!r} not in text")
        if c.get("unchanged_ok"):
            for alts in c["keep"]:
                if not any(has_alt(norm(c["text"]), a) for a in alts):
                    problems.append(f"{cid}: unchanged_ok key term {alts} not in text")
            if c["tone"] != "formal":
                problems.append(f"{cid}: unchanged_ok must be formal")
            r = score_case(c, c["text"])
            if not r["right"]:
                problems.append(f"{cid}: the original itself does not score right: {r}")
        if c.get("tone") == "concise" and not isinstance(c.get("max_ratio"), (int, float)):
            problems.append(f"{cid}: concise needs max_ratio")
        if c.get("tone") == "specific" and not c.get("add_any"):
            problems.append(f"{cid}: specific needs add_any")
        if c.get("tone") != "specific" and "add_any" in c:
            problems.append(f"{cid}: add_any only for specific")
        # a non-trivial rewrite must have something to do: the original must not already be "right"
        if not c.get("unchanged_ok") and score_case(c, c["text"])["right"]:
            problems.append(f"{cid}: the unchanged original already scores right")
    return problems


# ----------------------------------------------------------------------------------------------------------------
# self-test
# ----------------------------------------------------------------------------------------------------------------
def selftest() -> int:
    cases = {c["id"]: c for c in load_jsonl(HERE / "round1.jsonl")}
    failures = []

    def expect(label, cid, output, right, has_err=None, missing=None, left=None):
        r = score_case(cases[cid], output)
        ok = r["right"] == right
        if has_err is not None:
            ok = ok and any(e.startswith(has_err) for e in r["errors"])
        if has_err is None and right:
            ok = ok and not r["errors"]
        if missing is not None:
            ok = ok and any(missing in alts for alts in r["keep_missing"])
        if left is not None:
            ok = ok and left in r["remove_left"]
        print(("ok   " if ok else "FAIL ") + f"{label} [{cid}] right={r['right']} errors={r['errors']} "
              f"missing={r['keep_missing']} left={r['remove_left']} ratio={r['ratio']}"
              + (f" added={r.get('added')} marked={r.get('added_marked')}" if "added" in r else ""))
        if not ok:
            failures.append(label)

    good_r001 = ("三八节期间，工会按惯例于3月7日下午组织女教职工赴城北湿地公园开展健步走活动，并为每人发放毛巾一条、"
                 "护手霜一盒，经费标准约为人均80元，由女工委员王丽负责。")
    # formal
    expect("formal good", "r001", good_r001, True)
    expect("formal good, full-width digits and spaces", "r001", good_r001.replace("3月7日", "３月 ７日").replace("80", "８０"), True)
    expect("formal: fact dropped", "r001", good_r001.replace("，由女工委员王丽负责", ""), False, missing="王丽")
    expect("formal: spoken marker left", "r001", "三八节的话，" + good_r001[6:], False, left="的话")
    expect("formal: 号 date left", "r001", good_r001.replace("3月7日", "3月7号"), False, left="7号", missing="3月7日")
    expect("formal: doubled 的的", "r001", good_r001.replace("组织女教职工", "组织的的女教职工"), False, has_err="doubled")
    expect("formal: doubled word", "r001", good_r001.replace("女教职工赴", "女教职工女教职工赴"), False, has_err="doubled")
    expect("formal: English", "r001", good_r001.replace("三八节期间", "三八节（Women's Day）期间"), False, has_err="english")
    expect("formal: invented number", "r001", good_r001.replace("于3月7日", "于2027年3月7日"), False, has_err="new_number")
    s033 = cases["r033"]["text"].split("。")
    expect("formal: generic suffix after an original sentence", "r033",
           s033[0] + "，确保关怀落到实处。" + s033[1] + "。", False, has_err="original_plus_suffix")
    expect("formal: empty", "r001", "", False, has_err="empty")
    good_r006 = ("今年新进6名青年教师，工会继续开展师徒结对活动，由一名骨干教师带教一名新教师，结对周期为一年。师傅每周至少听徒弟课一节，"
                 "平时帮助指导教案；期末由工会为优秀师徒颁发证书。")
    expect("formal good (帮着 -> 帮助指导)", "r006", good_r006, True)
    expect("formal: 帮着 -> 帮助着", "r006", good_r006.replace("帮助指导教案", "帮助着看教案"), False, has_err="garbled")
    expect("formal good with 万 and 约", "r014",
           "会员生日时，工会赠送生日蛋糕卡一张，面值150元；每月初由工会小组长上报本月生日会员名单。今年会员共86名，预算约1.3万元。", True)
    expect("formal good with 16:30 and 约30人", "r017",
           "教工瑜伽社团每周一、周三16:30在舞蹈房开课，外聘教师授课，每学期课时费约3600元，从文体活动经费中列支。社团报名踊跃，"
           "约30人，以女教职工为主。", True)
    # already good
    c031 = cases["r031"]["text"]
    expect("already good, returned unchanged", "r031", c031, True)
    expect("already good: 帮带/帮教 garbled", "r031", c031.replace("帮带", "帮助带").replace("帮教", "帮助教"), False,
           has_err="garbled", missing="结对帮带")
    expect("already good: 一帮一/帮扶 garbled", "r032",
           cases["r032"]["text"].replace("一帮一", "一帮助一").replace("帮扶", "帮助扶"), False, has_err="garbled")
    expect("already good: original + generic suffix", "r031", c031 + "确保帮带工作取得实效。", False,
           has_err="original_plus_suffix")
    expect("already good: 帮助解决/帮助教师 are not garbles", "r036",
           cases["r036"]["text"].replace("帮助解决实际困难", "帮助教师解决实际困难"), True)
    # concise
    good_c = "三八节，工会于3月7日下午组织全校女教职工参观花博园并聚餐，费用由工会经费列支，标准每人100元。"
    expect("concise good", "r037", good_c, True)
    bad_c = cases["r037"]["text"].replace("而且要搞得有意义一点。", "").replace("呢", "").replace("就是说", "").replace("具体来说就是", "")
    expect("concise: too long", "r037", bad_c, False)
    long_c = ("关于三八节活动，工会考虑今年的三八节活动仍要开展，并力求开展得更有意义。具体安排为：3月7日下午，组织全校女教职工"
              "赴花博园参观，参观结束后集体聚餐。所需费用由工会经费列支，每人标准为100元。")
    expect("concise: formal and complete but ratio > max_ratio", "r037", long_c, False)
    expect("concise: short but fact dropped", "r037", good_c.replace("，标准每人100元", ""), False, missing="100元")
    # specific
    good_s = ("三八节期间，工会组织女教职工开展一次节日活动【建议：3月7日下午，赴城郊花卉基地踏青，约40人参加，由女工委员牵头，"
              "人均经费约100元，请核实】，丰富大家的节日生活，体现工会对女教职工的关心关爱。")
    expect("specific good, bracketed + 请核实", "r045", good_s, True)
    expect("specific good, note at the end", "r045",
           "3月7日下午，由女工委员牵头，组织全体女教职工约40人开展三八节活动，体现工会对女教职工的关心关爱。（以上时间、人数为建议，请核实）", True)
    bad_s = "3月7日下午，由工会副主席张明牵头，组织全体女教职工60人赴城郊花卉基地开展三八节活动，体现工会对女教职工的关心关爱。"
    expect("specific: invented facts presented as certain", "r045", bad_s, False, has_err="new_number")
    expect("specific: empty template bracket", "r045",
           cases["r045"]["text"] + "【建议补充：时间】【建议补充：负责人】", False, has_err="template")
    expect("specific: ____ placeholder", "r045",
           "三八节期间【建议：由____负责，请核实】组织女教职工开展一次节日活动，丰富大家的节日生活，体现工会对女教职工的关心关爱。",
           False, has_err="template")
    expect("specific: addition unmarked (no bracket, no note)", "r046",
           "做好退休教职工的慰问工作，重阳节期间由工会主席牵头开展走访慰问，让退休教职工感受到学校和工会的温暖。", False)
    expect("specific: original + generic suffix", "r045", cases["r045"]["text"][:-1] + "，确保活动取得实效。", False,
           has_err="original_plus_suffix")
    expect("specific: nothing added", "r045", cases["r045"]["text"], False)
    # validation of the set
    probs = check_cases(list(cases.values()))
    print(("ok   " if not probs else "FAIL ") + f"case file validates ({len(probs)} problems)")
    for p in probs:
        print("     " + p)
    if probs:
        failures.append("check")
    # number helpers
    for run, val in [("一万三", 13000), ("三百五", 350), ("十二", 12), ("二十五", 25), ("两百", 200), ("四五十", 50),
                     ("一百五十", 150), ("十", 10), ("三十八", 38), ("三百零五", 305)]:
        if cn_to_int(run) != val:
            failures.append(f"cn_to_int {run}")
            print(f"FAIL cn_to_int({run}) = {cn_to_int(run)} != {val}")
    print(f"\n{len(failures)} failure(s)" + (": " + ", ".join(failures) if failures else ""))
    return 1 if failures else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", default="round1", help="case file name in eval/rewrite/ without .jsonl")
    ap.add_argument("--responses", help="JSONL of {id, output}")
    ap.add_argument("--json", help="write per-case results and the summary here")
    ap.add_argument("--check", action="store_true", help="validate the case file and exit")
    ap.add_argument("--selftest", action="store_true")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every case that is not right, and why")
    a = ap.parse_args()
    if a.selftest:
        return selftest()
    cases = load_jsonl(HERE / f"{a.set}.jsonl")
    if a.check:
        probs = check_cases(cases)
        print("\n".join(probs) or f"{len(cases)} cases OK: {dict(Counter(c['tone'] for c in cases))}")
        return 1 if probs else 0
    if not a.responses:
        ap.error("--responses is required (or --check / --selftest)")
    resp = {}
    for r in load_jsonl(Path(a.responses)):
        resp[str(r.get("id"))] = r.get("output") or ""
    unknown = set(resp) - {c["id"] for c in cases}
    if unknown:
        print(f"warning: {len(unknown)} response id(s) not in the set: {sorted(unknown)[:5]}", file=sys.stderr)
    missing = [c["id"] for c in cases if c["id"] not in resp]
    if missing:
        print(f"warning: {len(missing)} case(s) without a response (scored as empty): {missing[:5]}", file=sys.stderr)
    results, summary = score_all(cases, resp)
    print_report(summary, results, a.verbose)
    if a.json:
        Path(a.json).write_text(json.dumps({"set": a.set, "summary": summary, "cases": results},
                                           ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
