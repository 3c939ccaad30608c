#!/usr/bin/env python3
"""Consistency checks for a planted-defect set (for the set's maintainers, not for scoring).

    python eval/check/validate_set.py [--set round1] [--lint]

Hard checks (exit 1 on failure):
  * every case has a plan file, a valid profile and, when given, an existing previous plan;
  * every expected kind is one of the 17 kinds; every text span occurs exactly once in the plan;
    a missing_section title is not a heading of the plan; an empty_section heading exists and is
    followed directly by another heading or by the signature; a stale_ordinal span occurs in the previous plan;
  * every clean span occurs in the plan and neither contains nor is contained in an expected span.
--lint additionally runs crude pattern detectors for each kind and prints every hit that is not covered by
an expected defect, so that unintended defects in the "clean" parts of the plans can be reviewed by hand.
Python 3.11 standard library only.
"""
from __future__ import annotations

import argparse
import calendar
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from score import KINDS, SECTION_KINDS, load_cases, norm, resolve_set, title_core  # noqa: E402

PERIODS = {"年度", "学年", "第一学期", "第二学期"}
PERIOD_MONTHS = {"第一学期": {9, 10, 11, 12, 1}, "第二学期": {2, 3, 4, 5, 6, 7}}
HEADING = re.compile(r"^\s*(#{1,6}\s*\S|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）\S{2,12}$)")

# characters that exist only in Traditional script (a pragmatic list, not exhaustive)
TRAD = set("會職學習動勞與業際為這個們時說來對開關傳發經導機國門處長體點頭實現當從後過還進遠運達選題顯電話讓認識請讀調論證議護親觀覽視覺氣漢灣歲歷壓產務區華協員團愛壽鄉書圖園環節藝術條級練組織統細終結給絡綜維網繼續總計劃設許訪評試詩誠課談論農濟衛費資質購貸貫貧貼賽贈養餘館馬驗驚鬥魚鳥麗黨齊齡樂歡權構樹橋檢欄歸殘況溫滿灣熱營犧獨獎現環畫異當療盡監碼確禮積穩窮競筆節範簡築糧緊緒線練縣縮績罰聯聲膽臉與舉藝蘇號蟲補裝製複見視親觀覺規計訂記講證評誤說調談請論識護讀變讓貝負財貨責賢賣賓車軍輕輸農運過達違適選遺還邊鄉醫釋鐘鐵門閉開間閱關隊際險隨雙雜難電須頭題顏類顧風飛飯飲驗體髮鬧麼黃齒龍")
PINYIN = re.compile(r"[\u4e00-\u9fff][(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]")

LINTS = {
    "placeholder": [r"_{2,}", r"20[xX]{2}", r"[xX]{2}", r"××", r"十[xX]大", r"（略）|\(略\)", r"某某", r"[xX]月[xX]日"],
    "outdated": [r"党的十[八九]大(?!以来)", r"十九届", r"十[一二三四]五", r"八荣八耻", r"(?<!新时代)《?公民道德建设(?:实施)?纲要",
                 r"第十七次全国代表大会", r"科学发展观", r"三个代表", r"2001年修正"],
    "unsafe_content": [r"https?://", r"javascript:", r"<\s*[a-zA-Z!/]"],
    "pasted_notice": [r"通知", r"特此", r"各[^，。；\s]{0,6}工会：", r"各单位"],
    "garble": [r"帮助[教带扶着](?!师)"],
    "doubled_phrase": [r"([\u4e00-\u9fff]{2,10})\1"],
}
EVENTS_BY_PERIOD = {
    "第一学期": ["三八", "妇女节", "五一", "劳动节", "五四", "六一", "儿童节", "端午", "清明", "植树节", "中考", "高考", "暑假", "暑期",
                 "春季", "全年", "年初", "年末", "年度"],
    "第二学期": ["教师节", "中秋", "国庆", "重阳", "元旦", "春节", "寒假", "秋季", "全年", "年初", "年末", "年度"],
}


def plan_path(set_dir: Path, cid: str, case: dict) -> Path | None:
    if case.get("plan"):
        p = set_dir / case["plan"]
        return p if p.exists() else None
    for ext in (".md", ".txt"):
        p = set_dir / f"{cid}{ext}"
        if p.exists():
            return p
    return None


def headings(text: str) -> list[tuple[int, str]]:
    return [(i, ln.strip()) for i, ln in enumerate(text.splitlines()) if HEADING.match(ln)]


def covered(case: dict, kind: str, hit: str, line: str) -> bool:
    h = norm(hit)
    for e in case["expected"]:
        if e["kind"] == kind and (h in norm(e["span"]) or norm(e["span"]) in h or norm(e["span"]) in norm(line)):
            return True
    return False


def lint_case(cid: str, case: dict, text: str) -> list[str]:
    prof = case["profile"]
    warnings = []
    lines = text.splitlines()

    def warn(kind, hit, ln):
        if not covered(case, kind, hit, ln):
            warnings.append(f"{cid}: {kind}? {hit!r} in: {ln.strip()[:70]}")

    for ln in lines:
        for kind, pats in LINTS.items():
            for p in pats:
                for m in re.finditer(p, ln):
                    warn(kind, m.group(0), ln)
        for ch in ln:
            if ch in TRAD:
                warn("script", ch, ln)
            if unicodedata.category(ch) in ("Cc", "Cf"):
                warn("unsafe_content", ch, ln)
        for m in PINYIN.finditer(ln):
            warn("script", m.group(0), ln)
        # out of period
        for w in EVENTS_BY_PERIOD.get(prof["period"], []):
            if w in ln:
                warn("out_of_period", w, ln)
        months = PERIOD_MONTHS.get(prof["period"])
        if months:
            for m in re.finditer(r"(?<![\d年])(\d{1,2})月", ln):
                if int(m.group(1)) not in months:
                    warn("out_of_period", m.group(0), ln)
        # school type vocabulary
        if prof["school_type"] == "幼儿园":
            for w in ("校务", "校领导", "学生", "教学", "学校", "校长", "班主任", "课堂"):
                if w in ln:
                    warn("school_type_vocab", w, ln)
        if prof["school_type"] not in ("高中", "完全中学") and "高考" in ln:
            warn("school_type_vocab", "高考", ln)
        if prof["school_type"] in ("幼儿园", "小学") and "中考" in ln:
            warn("school_type_vocab", "中考", ln)
        # rules
        if prof["staff"] < 80:
            for m in re.finditer(r"教代会|教职工代表大会|教工代表大会|职代会", ln):
                warn("rule", m.group(0), ln)
        else:
            for m in re.finditer(r"(?<!代表)(?<!职工代表)教职工大会", ln):
                warn("rule", m.group(0), ln)
        if prof["female_staff"] < 10 and "女职工委员会" in ln:
            warn("rule", "女职工委员会", ln)
        if prof["female_staff"] >= 10 and re.search(r"女职工委员(?!会)", ln):
            warn("rule", "女职工委员", ln)
        # impossible figures
        for m in re.finditer(r"(\d+(?:\.\d+)?)%", ln):
            if float(m.group(1)) > 100:
                warn("impossible_figure", m.group(0), ln)
        for m in re.finditer(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日", ln):
            y = int(m.group(1) or prof["year"])
            mo, d = int(m.group(2)), int(m.group(3))
            if not (1 <= mo <= 12 and 1 <= d <= calendar.monthrange(y, mo)[1]):
                warn("impossible_figure", m.group(0), ln)
        for m in re.finditer(r"(?:女教职工|女职工|教职工代表|代表|教职工|退休教职工)(\d+)[人名]", ln):
            n = int(m.group(1))
            if "女" in m.group(0) and n != prof["female_staff"]:
                warn("impossible_figure", m.group(0), ln)
            elif m.group(0).startswith("退休") and n != prof["retirees"]:
                warn("impossible_figure", m.group(0), ln)
            elif n > prof["staff"]:
                warn("impossible_figure", m.group(0), ln)
        for m in re.finditer(r"(?:现有|共有)教职工(\d+)人", ln):
            if int(m.group(1)) != prof["staff"]:
                warn("impossible_figure", m.group(0), ln)
        for m in re.finditer(r"(\d+)名退休教职工", ln):
            if int(m.group(1)) != prof["retirees"]:
                warn("impossible_figure", m.group(0), ln)
    # statute citations: article numbers beyond the statute's size
    sizes = {"工会法": 58, "教师法": 43, "劳动法": 107, "劳动合同法": 98, "女职工劳动保护特别规定": 16}
    for m in re.finditer(r"《(?:中华人民共和国)?([^》]+)》第([一二三四五六七八九十百零]+)条", text):
        if m.group(1) in sizes and cn2int(m.group(2)) > sizes[m.group(1)]:
            warn("unknown_article", m.group(0), m.group(0))
    # numbering inside each block between headings
    warnings += numbering_lint(cid, case, lines)
    # standard sections
    flat = norm(text)
    for sec in ("指导思想", "工作目标", "月度工作安排", "保障措施", "民主管理", "师德", "女职工工作", "送温暖", "文体活动",
                "工会自身建设", "经费管理", "退休教职工工作"):
        if sec not in flat and not any(e["kind"] == "missing_section" and sec in e["span"] for e in case["expected"]):
            warnings.append(f"{cid}: missing_section? {sec}")
    if not re.search(r"工会委员会\s*\n\s*\d{4}年\d{1,2}月\d{1,2}日\s*$", text) and not any(
            e["kind"] == "missing_section" and e["span"] == "落款" for e in case["expected"]):
        warnings.append(f"{cid}: missing_section? 落款 at the end")
    m = re.search(r"经费管理(.*?)(?:（八）|###|\n[四五]、)", text, re.S)
    if m and not re.search(r"经审|经费审查", m.group(1)):
        warn("rule", "经费管理（无经审）", "经费管理")
    return warnings


def cn2int(s: str) -> int:
    digits = {"零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
    total, cur = 0, 0
    for ch in s:
        if ch in digits:
            cur = digits[ch]
        elif ch == "十":
            total += (cur or 1) * 10
            cur = 0
        elif ch == "百":
            total += (cur or 1) * 100
            cur = 0
    return total + cur


ARABIC = re.compile(r"^\s*(\d+)\s*[.、．)]")
CNPAREN = re.compile(r"^\s*[（(]([一二三四五六七八九十]+)[)）]")


def numbering_lint(cid: str, case: dict, lines: list[str]) -> list[str]:
    out = []
    prev = None
    in_list = False
    for ln in lines:
        if HEADING.match(ln):
            prev, in_list = None, False
            continue
        m = ARABIC.match(ln)
        if m:
            n = int(m.group(1))
            expect = 1 if prev is None else prev + 1
            if n != expect and not covered(case, "numbering", ln.strip()[:12], ln):
                out.append(f"{cid}: numbering? got {n} expected {expect}: {ln.strip()[:50]}")
            prev, in_list = n, True
            continue
        if CNPAREN.match(ln) and in_list and not covered(case, "numbering", ln.strip()[:12], ln):
            out.append(f"{cid}: numbering? （X） inside an arabic list: {ln.strip()[:50]}")
    return out


def hard_checks(set_dir: Path, cases: dict) -> list[str]:
    errs = []
    for cid, c in cases.items():
        p = plan_path(set_dir, cid, c)
        if not p:
            errs.append(f"{cid}: plan file missing")
            continue
        text = p.read_text(encoding="utf-8")
        prof = c.get("profile", {})
        for k in ("school", "school_type", "year", "period", "staff", "female_staff", "retirees"):
            if k not in prof:
                errs.append(f"{cid}: profile lacks {k}")
        if prof.get("period") not in PERIODS:
            errs.append(f"{cid}: bad period {prof.get('period')}")
        if prof.get("female_staff", 0) > prof.get("staff", 0):
            errs.append(f"{cid}: profile has more women than staff")
        prev_text = None
        if c.get("previous"):
            pp = set_dir / c["previous"]
            if not pp.exists():
                errs.append(f"{cid}: previous plan {c['previous']} missing")
            else:
                prev_text = pp.read_text(encoding="utf-8")
        heads = headings(text)
        lines = text.splitlines()
        for e in c["expected"]:
            k, span = e.get("kind"), e.get("span")
            if k not in KINDS:
                errs.append(f"{cid}: unknown kind {k}")
            if not span:
                errs.append(f"{cid}: empty span for {k}")
                continue
            if k == "missing_section":
                if any(title_core(h) == title_core(span) for _, h in heads):
                    errs.append(f"{cid}: missing_section {span} is present as a heading")
                continue
            n = text.count(span)
            if n != 1:
                errs.append(f"{cid}: span {span!r} ({k}) occurs {n} times")
            if k == "empty_section":
                idx = [i for i, h in heads if h.lstrip("#").strip() == span]
                if not idx:
                    errs.append(f"{cid}: empty_section heading {span!r} not found")
                else:
                    nxt = next((ln for ln in lines[idx[0] + 1:] if ln.strip()), "")
                    if not (HEADING.match(nxt) or nxt.strip().endswith("工会委员会")):
                        errs.append(f"{cid}: empty_section {span!r} is followed by content: {nxt[:30]}")
            if k == "stale_ordinal":
                ordinal = re.match(r"第[一二三四五六七八九十百\d]+[届次]", span)
                if prev_text is None:
                    errs.append(f"{cid}: stale_ordinal without a previous plan")
                elif span not in prev_text and not (ordinal and ordinal.group(0) in prev_text):
                    errs.append(f"{cid}: stale_ordinal {span!r} not in the previous plan")
            if e.get("section") and k not in SECTION_KINDS:
                if not any(h.lstrip("#").strip() == e["section"] for _, h in heads):
                    errs.append(f"{cid}: section {e['section']!r} is not a heading of the plan")
        for s in c.get("clean_spans", []):
            if s not in text:
                errs.append(f"{cid}: clean span {s!r} not in the plan")
            for e in c["expected"]:
                if e["kind"] in SECTION_KINDS:
                    continue
                a, b = norm(s), norm(e["span"])
                if a in b or b in a:
                    errs.append(f"{cid}: clean span {s!r} overlaps expected span {e['span']!r}")
    return errs


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", default="round1")
    ap.add_argument("--lint", action="store_true")
    a = ap.parse_args(argv)
    set_dir = resolve_set(a.set)
    cases = load_cases(set_dir)
    errs = hard_checks(set_dir, cases)
    kinds = {k: 0 for k in KINDS}
    for c in cases.values():
        for e in c["expected"]:
            kinds[e["kind"]] = kinds.get(e["kind"], 0) + 1
    print(f"{len(cases)} cases, {sum(kinds.values())} planted defects, "
          f"{sum(1 for c in cases.values() if not c['expected'])} clean plans, "
          f"{sum(len(c.get('clean_spans', [])) for c in cases.values())} clean spans")
    print("  " + "  ".join(f"{k}={v}" for k, v in kinds.items()))
    for e in errs:
        print("ERROR", e)
    if a.lint:
        for cid, c in cases.items():
            p = plan_path(set_dir, cid, c)
            if p:
                for w in lint_case(cid, c, p.read_text(encoding="utf-8")):
                    print("lint ", w)
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
