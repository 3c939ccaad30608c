"""What the checker finds on the seed plans (knowledge/examples/*.txt), by kind.

Usage (from the repository root):
    python eval/check_seed_plans.py [--year 2027] [--details]

Each file is split into plans as the knowledge base splits it (assistant.loading.knowledge.plans_from_text); each
plan is checked as a plan of `--year` with its title on top, without a school profile (so the rules that need staff
numbers are not applied) and with the standard structure. The seeds are old web pages: they are expected to show
outdated wording, placeholders and missing sections; this is a description of them, not a score.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.check.findings import KIND_LABELS, KINDS  # noqa: E402
from assistant.check.review import check_text  # noqa: E402
from assistant.domain.structure import load_structure  # noqa: E402
from assistant.loading.knowledge import plans_from_text  # noqa: E402
from assistant.loading.readers import read_document  # noqa: E402
from assistant.loading.statutes import LawBook  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--year", type=int, default=2027, help="plan year to check against (default 2027)")
    parser.add_argument("--details", action="store_true", help="list every finding")
    args = parser.parse_args(argv)
    lawbook = LawBook.from_dir(ROOT / "knowledge" / "policy")
    structure = load_structure()
    total: Counter[str] = Counter()
    rows = []
    for path in sorted((ROOT / "knowledge" / "examples").glob("*.txt")):
        for plan in plans_from_text(read_document(path.read_bytes(), path.name), path.name):
            findings = check_text(f"{plan.title}\n\n{plan.text}", args.year, lawbook, structure=structure)
            kinds = Counter(f.kind for f in findings)
            total.update(kinds)
            rows.append((f"{path.name[:3]} {plan.title}", kinds, findings))
    used = [k for k in KINDS if total[k]]
    print(f"{len(rows)} seed plans, checked as {args.year} plans without a school profile; findings by kind:\n")
    print("".join(f"{k[:15]:>16}" for k in used) + f"{'all':>6}  plan")
    for name, kinds, _ in rows:
        print("".join(f"{kinds[k] or '':>16}" for k in used) + f"{sum(kinds.values()):>6}  {name}")
    print("".join(f"{total[k]:>16}" for k in used) + f"{sum(total.values()):>6}  total")
    print("\n" + "；".join(f"{k} = {KIND_LABELS[k]}" for k in used))
    if args.details:
        for name, _, findings in rows:
            print(f"\n## {name}")
            for f in findings:
                print(f"- [{f.kind}] {f.location.label or '全文'} “{f.text[:40]}” {f.message}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
