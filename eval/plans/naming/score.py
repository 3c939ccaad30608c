#!/usr/bin/env python3
"""Score how a drafted plan NAMES each of the school's highlights (eval/plans/naming).

For every highlight of every profile in a set, three checks on the plan's body text:
  keep  - every word in "keep" appears, and for every list in "keep_any" at least one of its words appears;
  drop  - none of the "drop" fragments (feelings, venting, questions, dialect, particles) appears anywhere;
  copy  - the longest run of the highlight text found verbatim in the plan is at most "max_copy" characters.
A highlight is "right" when all three hold. A missing <id>.md fails all three for all its highlights.

Body text = the plan's Markdown without HTML comments, heading marks, table pipes and separator rows.
Comparison is on text with all whitespace removed, and with punctuation and symbols removed on both sides.

Usage:
  python eval/plans/naming/score.py --set dev --plans DIR         # DIR/<id>.md for every profile
  python eval/plans/naming/score.py --set validation --plans DIR
  python eval/plans/naming/score.py --set dev --plans DIR --json out.json
  python eval/plans/naming/score.py --check                        # sanity of the key files
  python eval/plans/naming/score.py --selftest                     # scorer self-test on selftest/*.md
Python 3.11 standard library only.
"""
import argparse
import glob
import json
import os
import re
import sys
import tomllib
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))


def norm(s: str) -> str:
    """Remove whitespace, punctuation and symbols; fold full-width forms (NFKC)."""
    s = unicodedata.normalize("NFKC", s)
    return "".join(c for c in s if not (c.isspace() or unicodedata.category(c)[0] in "PSZC"))


def body_text(md: str) -> str:
    md = re.sub(r"<!--.*?-->", " ", md, flags=re.S)
    out = []
    for line in md.splitlines():
        t = line.strip()
        if not t:
            continue
        if re.fullmatch(r"\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?", t):
            continue  # table separator row
        t = re.sub(r"^#+\s*", "", t)
        t = t.replace("|", " ")
        out.append(t)
    return "\n".join(out)


def longest_common_run(a: str, b: str) -> int:
    """Length of the longest common substring of a (short) and b (long)."""
    if not a or not b:
        return 0
    best = 0
    prev = [0] * (len(a) + 1)
    for ch in b:
        cur = [0] * (len(a) + 1)
        for i, ca in enumerate(a, 1):
            if ca == ch:
                v = prev[i - 1] + 1
                cur[i] = v
                if v > best:
                    best = v
        prev = cur
    return best


def judge(h: dict, body_n: str | None) -> dict:
    """Verdict for one highlight against normalised body text (None = no plan)."""
    if body_n is None:
        return {"keep": False, "drop": False, "copy": False, "missing": ["<no plan>"], "found": [], "run": None}
    missing = [w for w in h.get("keep", []) if norm(w) not in body_n]
    for alts in h.get("keep_any", []):
        if not any(norm(w) in body_n for w in alts):
            missing.append("/".join(alts))
    found = [f for f in h.get("drop", []) if norm(f) in body_n]
    run = longest_common_run(norm(h["text"]), body_n)
    return {"keep": not missing, "drop": not found, "copy": run <= h["max_copy"],
            "missing": missing, "found": found, "run": run}


def load_set(set_dir: str) -> list[dict]:
    keys = []
    for f in sorted(glob.glob(os.path.join(set_dir, "*.naming.json"))):
        with open(f, encoding="utf-8") as fh:
            k = json.load(fh)
        k.setdefault("id", os.path.basename(f)[: -len(".naming.json")])
        keys.append(k)
    return keys


def score_plan(key: dict, md: str | None) -> list[dict]:
    body_n = None if md is None else norm(body_text(md))
    return [judge(h, body_n) for h in key["highlights"]]


def resolve_set(name: str) -> str:
    d = name if os.path.isdir(name) and glob.glob(os.path.join(name, "*.naming.json")) else os.path.join(HERE, name)
    if not glob.glob(os.path.join(d, "*.naming.json")):
        sys.exit(f"no *.naming.json in {d}")
    return d


def run_set(set_name: str, plans: str, json_out: str | None = None) -> dict:
    set_dir = resolve_set(set_name)
    rows, tot = [], {"n": 0, "right": 0, "keep": 0, "clean": 0, "copy": 0}
    yn = lambda b: "ok " if b else "BAD"
    for key in load_set(set_dir):
        p = os.path.join(plans, key["id"] + ".md")
        md = open(p, encoding="utf-8").read() if os.path.exists(p) else None
        if md is None:
            print(f"{key['id']}: no plan at {p}")
        for i, (h, v) in enumerate(zip(key["highlights"], score_plan(key, md)), 1):
            right = v["keep"] and v["drop"] and v["copy"]
            tot["n"] += 1
            tot["right"] += right
            tot["keep"] += v["keep"]
            tot["clean"] += v["drop"]
            tot["copy"] += v["copy"]
            extra = []
            if v["missing"]:
                extra.append("missing " + ",".join(v["missing"]))
            if v["found"]:
                extra.append("found " + ",".join(v["found"]))
            if v["run"] is not None and not v["copy"]:
                extra.append(f"copied run {v['run']}>{h['max_copy']}")
            print(f"{key['id']} #{i}  keep {yn(v['keep'])} drop {yn(v['drop'])} copy {yn(v['copy'])}"
                  + ("  " + "; ".join(extra) if extra else ""))
            rows.append({"id": key["id"], "n": i, "right": right, **v})
    n = tot["n"] or 1
    print(f"\nset {os.path.basename(os.path.normpath(set_dir))}: {tot['n']} highlights")
    print(f"  fully right (keep+drop+copy): {tot['right']}/{tot['n']} ({100*tot['right']/n:.0f}%)")
    print(f"  keep rate:       {tot['keep']}/{tot['n']} ({100*tot['keep']/n:.0f}%)")
    print(f"  drop-clean rate: {tot['clean']}/{tot['n']} ({100*tot['clean']/n:.0f}%)")
    print(f"  copy-ok rate:    {tot['copy']}/{tot['n']} ({100*tot['copy']/n:.0f}%)")
    print(f"OVERALL right {tot['right']}/{tot['n']} keep {tot['keep']}/{tot['n']} "
          f"clean {tot['clean']}/{tot['n']} copy {tot['copy']}/{tot['n']}")
    if json_out:
        with open(json_out, "w", encoding="utf-8") as fh:
            json.dump({"totals": tot, "rows": rows}, fh, ensure_ascii=False, indent=2)
    return tot


def check() -> int:
    """Sanity of the key files against the profiles; returns number of problems."""
    bad = 0
    for set_name in ("dev", "validation"):
        d = os.path.join(HERE, set_name)
        tomls = sorted(glob.glob(os.path.join(d, "*.toml")))
        keys = {k["id"]: k for k in load_set(d)}
        n_h = 0
        for t in tomls:
            pid = os.path.basename(t)[:-5]
            with open(t, "rb") as fh:
                prof = tomllib.load(fh)
            k = keys.pop(pid, None)
            if k is None:
                print(f"{set_name}/{pid}: no .naming.json"); bad += 1; continue
            texts = [h["text"] for h in k["highlights"]]
            if texts != prof.get("highlights"):
                print(f"{set_name}/{pid}: key texts differ from the profile's highlights"); bad += 1
            for i, h in enumerate(k["highlights"], 1):
                n_h += 1
                where = f"{set_name}/{pid} #{i}"
                if not 1 <= len(h["keep"]) <= 3:
                    print(f"{where}: keep has {len(h['keep'])} words"); bad += 1
                for w in h["keep"] + [w for alts in h.get("keep_any", []) for w in alts]:
                    if len(norm(w)) > h["max_copy"]:
                        print(f"{where}: keep word {w} longer than max_copy"); bad += 1
                for f in h["drop"]:
                    if f not in h["text"] or not 2 <= len(f) <= 8:
                        print(f"{where}: bad drop fragment {f}"); bad += 1
                    for w in h["keep"] + [w for alts in h.get("keep_any", []) for w in alts]:
                        if norm(f) in norm(w):
                            print(f"{where}: drop {f} inside keep word {w}"); bad += 1
                story = len(h["text"]) > 20
                if story and not 2 <= len(h["drop"]) <= 6:
                    print(f"{where}: story with {len(h['drop'])} drop fragments"); bad += 1
                if not story and h["max_copy"] != len(h["text"]):
                    print(f"{where}: short formal highlight should allow its whole length"); bad += 1
        for pid in keys:
            print(f"{set_name}/{pid}: key without profile"); bad += 1
        print(f"{set_name}: {len(tomls)} profiles, {n_h} highlights")
    print("check:", "OK" if not bad else f"{bad} problem(s)")
    return bad


def selftest() -> int:
    st = os.path.join(HERE, "selftest")
    with open(os.path.join(st, "expect.json"), encoding="utf-8") as fh:
        expect = json.load(fh)
    key = {k["id"]: k for k in load_set(os.path.join(HERE, expect["set"]))}[expect["id"]]
    fails = 0
    for plan, want in expect["plans"].items():
        with open(os.path.join(st, plan), encoding="utf-8") as fh:
            got = score_plan(key, fh.read())
        for i, (v, w) in enumerate(zip(got, want), 1):
            g = [v["keep"], v["drop"], v["copy"]]
            status = "ok" if g == w else "FAIL"
            fails += g != w
            print(f"selftest {plan} #{i}: keep/drop/copy got {g} want {w} {status}"
                  + (f"  (found {v['found']}, run {v['run']})" if g != w or not all(g) else ""))
    # a missing plan fails everything
    miss = score_plan(key, None)
    if any(v["keep"] or v["drop"] or v["copy"] for v in miss):
        print("selftest missing plan: FAIL"); fails += 1
    else:
        print("selftest missing plan: all fail as expected ok")
    fails += check()
    print("SELFTEST", "PASSED" if not fails else f"FAILED ({fails})")
    return fails


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", help="dev | validation | a directory of *.naming.json")
    ap.add_argument("--plans", help="directory with <id>.md plans")
    ap.add_argument("--json", help="write per-highlight verdicts and totals here")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--selftest", action="store_true")
    a = ap.parse_args()
    if a.selftest:
        sys.exit(1 if selftest() else 0)
    if a.check:
        sys.exit(1 if check() else 0)
    if not (a.set and a.plans):
        ap.error("--set and --plans are required (or --selftest / --check)")
    run_set(a.set, a.plans, a.json)


if __name__ == "__main__":
    main()
