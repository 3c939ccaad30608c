"""Run the product on a blind evaluation set and write the responses its scorer reads.

Usage (from the repository root):
    python eval/run.py answers --set round1 --out /tmp/ans      then  python eval/answers/score.py --set round1 --responses /tmp/ans/responses.jsonl
    python eval/run.py rewrite --set round1 --out /tmp/rw       then  python eval/rewrite/score.py --set round1 --responses /tmp/rw/responses.jsonl
    python eval/run.py check   --set round1 --out /tmp/chk      then  python eval/check/score.py --set round1 --results /tmp/chk
    python eval/run.py edits   --set round1 --out /tmp/ed       then  python eval/edits/score.py --set round1 --results /tmp/ed
    python eval/run.py plans   --set round1 --out /tmp/pl       then  python eval/plans/rubric.py --set round1 --plans /tmp/pl
    python eval/run.py all     --set round1 --out /tmp/all      runs all five and their scorers, prints one summary

`--code DIR` runs another checkout of the product (e.g. the tree before a change) with this runner, so "before" and
"after" figures come from the same harness. The runner only adapts formats; it never changes what the product says.
The sets themselves were written blind (eval/BRIEF.md); nothing here may be copied into the product.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

EVAL = Path(__file__).resolve().parent
ROOT = EVAL.parent
FEATURES = ("answers", "rewrite", "check", "edits", "plans")


# ---------------------------------------------------------------------------------------------------- product access


class Product:
    """The product at `code` (a checkout), reached through its public entry points: CLI, services, conversation."""

    def __init__(self, code: Path, data_dir: Path):
        self.code = code
        self.data_dir = data_dir
        sys.path.insert(0, str(code))
        os.environ["ASSISTANT_DATA_DIR"] = str(data_dir)
        for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "ASSISTANT_EMBEDDER"):
            os.environ.pop(name, None)
        self.new_layout = (code / "assistant" / "services.py").exists()

    def settings(self):
        from assistant.settings import load_settings

        return load_settings(data_dir=self.data_dir, knowledge_dir=self.code / "knowledge")

    def services(self):
        if self.new_layout:
            from assistant.services import build_services

            return build_services(self.settings(), model=None)
        from assistant.engine import Assistant  # the flat layout before the redesign

        return Assistant(self.settings(), use_configured_model=False)

    def conversation_types(self):
        if self.new_layout:
            from assistant.conversation.engine import Conversation
            from assistant.conversation.session import Done, Session
        else:
            from assistant.conversation import Conversation, Done, Session
        return Conversation, Done, Session

    def plan_types(self):
        if self.new_layout:
            from assistant.domain.plan import Plan, ScheduleItem
            from assistant.domain.profile import Profile
            from assistant.export.markdown import render
        else:
            from assistant.markdown import render
            from assistant.plan import Plan, ScheduleItem
            from assistant.profile import Profile
        return Plan, ScheduleItem, Profile, render

    def cli(self, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
        env = dict(os.environ, PYTHONPATH=str(self.code))
        return subprocess.run(
            [sys.executable, "-m", "assistant", *args], input=stdin, capture_output=True, text=True,
            cwd=self.code, env=env, timeout=600,
        )

    def profile_fields(self) -> set[str] | None:
        """Profile fields this version accepts (older versions refuse fields they do not know)."""
        _, _, Profile, _ = self.plan_types()
        return set(Profile.model_fields)


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _write_jsonl(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def _events_reply(events, done_type):
    reply = None
    for event in events:
        if isinstance(event, done_type):
            reply = event.reply
    return reply


# ---------------------------------------------------------------------------------------------------- answers


def run_answers(product: Product, case_set: str, out: Path) -> Path:
    services = product.services()
    Conversation, Done, Session = product.conversation_types()
    rows = []
    for case in _jsonl(EVAL / "answers" / f"{case_set}.jsonl"):
        conversation = Conversation(services, Session())
        reply = _events_reply(conversation.ask(case["q"]), Done)
        labels = [getattr(c, "label", "") or getattr(c, "title", "") for c in reply.citations]
        rows.append({"id": case["id"], "answer": reply.text, "sources": labels})
    path = out / "responses.jsonl"
    _write_jsonl(path, rows)
    return path


# ---------------------------------------------------------------------------------------------------- rewrite


def run_rewrite(product: Product, case_set: str, out: Path) -> Path:
    rows = []
    for case in _jsonl(EVAL / "rewrite" / f"{case_set}.jsonl"):
        done = product.cli("rewrite", "--tone", case["tone"], stdin=case["text"])
        rows.append({"id": case["id"], "output": done.stdout.strip() if done.returncode == 0 else ""})
    path = out / "responses.jsonl"
    _write_jsonl(path, rows)
    return path


# ---------------------------------------------------------------------------------------------------- check

# Kinds of the checker before the redesign, in the eval's vocabulary.
_OLD_KINDS = {"bad_citation": "unknown_article", "traditional": "script", "pinyin": "script"}


def _toml_value(value) -> str:
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return str(value)


def _profile_toml(profile: dict, accepted: set[str] | None) -> str:
    fields = {k: v for k, v in profile.items() if v is not None and (accepted is None or k in accepted)}
    return "".join(f"{k} = {_toml_value(v)}\n" for k, v in fields.items())


def run_check(product: Product, case_set: str, out: Path) -> Path:
    folder = EVAL / "check" / case_set
    accepted = product.profile_fields()
    for key_file in sorted(folder.glob("*.json")):
        case = json.loads(key_file.read_text(encoding="utf-8"))
        with tempfile.NamedTemporaryFile("w", suffix=".toml", delete=False, encoding="utf-8") as fh:
            fh.write(_profile_toml(case["profile"], accepted))
        args = ["check", str(folder / case["plan"]), "--profile", fh.name, "--json"]
        if case.get("previous"):
            args += ["--previous", str(folder / case["previous"])]
        done = product.cli(*args)
        if done.returncode not in (0, 1) and case.get("previous"):
            done = product.cli(*args[:-2])  # a version without --previous
        Path(fh.name).unlink()
        try:
            findings = json.loads(done.stdout or "[]")
        except ValueError:
            findings = []
        rows = []
        for f in findings:
            kind = _OLD_KINDS.get(f["kind"], f["kind"])
            if kind == "missing_section" and "只有标题" in f.get("message", ""):
                kind = "empty_section"
            location = f.get("location") or (f"第{f['line']}行" if f.get("line") else "")
            rows.append({"kind": kind, "text": f.get("text", ""), "location": location, "message": f.get("message", "")})
        (out / key_file.name).write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    return out


# ---------------------------------------------------------------------------------------------------- edits

_SECTION_HEADING = re.compile(r"^#{2,3}\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)\s*(.+?)\s*$")
_ITEM = re.compile(r"^\d{1,2}\.\s*")
# School facts of the three start plans (eval/edits/README.md, "Starting plans").
_EDIT_PROFILES = {
    "yucai_primary_2027_spring": dict(school="青禾区育才小学", year=2027, period="第二学期", staff=60, female_staff=48, retirees=15),
    "erzhong_middle_2027": dict(school="青禾区第二中学", year=2027, period="年度", staff=150, female_staff=96, retirees=42),
    "shiyan_kindergarten_2027_2028": dict(school="青禾区实验幼儿园", year=2027, period="学年", staff=42, female_staff=40, retirees=6),
}


def _section_key(heading: str, structure) -> str | None:
    """The structure section a heading names: its title, else the longest alias it contains."""
    best = None
    for spec in structure.sections:
        for name in (spec.title, *spec.aliases):
            if name and name in heading and (best is None or len(name) > best[0]):
                best = (len(name) + (100 if name == spec.title else 0), spec.key)
    return best[1] if best else None


def _load_plan(product: Product, name: str, structure):
    """A start plan (Markdown in the product's format) as the product's Plan, so an edit starts from a saved draft."""
    Plan, ScheduleItem, Profile, _ = product.plan_types()
    text = (EVAL / "edits" / "plans" / f"{name}.md").read_text(encoding="utf-8")
    lines = text.split("\n")
    sign = [l.strip() for l in text.split("<!-- 落款 -->", 1)[-1].split("\n") if l.strip()]
    date = re.match(r"(\d{4})年(\d{1,2})月(\d{1,2})日", sign[-1])
    facts_file = EVAL / "edits" / "plans" / f"{name}.json"
    known = json.loads(facts_file.read_text(encoding="utf-8")) if facts_file.exists() else _EDIT_PROFILES[name]
    facts = dict(known, upper_union="青禾区教育工会", sign_on=f"{date.group(1)}-{int(date.group(2)):02d}-{int(date.group(3)):02d}")
    plan = Plan.empty(Profile(**facts), structure)
    current, paragraphs, rows = None, {}, []
    for line in lines:
        if line.startswith("<!--"):
            break
        m = _SECTION_HEADING.match(line)
        if m:
            current = _section_key(m.group(1), structure)
            if current:
                plan.sections[current].title = m.group(1)  # as written (a kindergarten says 园务公开)
            continue
        if current is None or not line.strip():
            continue
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if cells[0] not in ("月份", "---") and not set(cells[0]) <= set("-: "):
                rows.append(ScheduleItem(int(cells[0].rstrip("月")), cells[1], cells[2], cells[3]))
            continue
        paragraphs.setdefault(current, []).append(_ITEM.sub("", line.strip()))
    for key, items in paragraphs.items():
        numbered = key in ("goals", "safeguards") or None
        plan.set_section(key, items, status="accepted", numbered=numbered)
    for key, draft in plan.sections.items():
        if draft.status != "accepted" and not structure.is_container(key):
            plan.set_status(key, "accepted")
    plan.set_schedule(rows)
    return plan


def run_edits(product: Product, case_set: str, out: Path) -> Path:
    services = product.services()
    Conversation, Done, Session = product.conversation_types()
    _, _, _, render = product.plan_types()
    structure = services.structure
    by_title = {s.title: s.key for s in structure.sections}
    for case in _jsonl(EVAL / "edits" / f"{case_set}.jsonl"):
        owner = f"eval-{case['id']}"
        for upload in case.get("uploads", []):
            path = EVAL / "edits" / "uploads" / upload
            services.add_upload(path.read_bytes(), path.name, owner=owner)
        plan = _load_plan(product, case["plan"], structure)
        session = Session(owner=owner, plan=plan, current=by_title.get(case.get("context_section") or ""))
        conversation = Conversation(services, session)
        replies, plans = [], []
        for message in case["messages"]:
            reply = _events_reply(conversation.send(message), Done)
            replies.append(reply.text if reply else "")
            plans.append(render(session.plan.to_blocks()))
        (out / f"{case['id']}.md").write_text(plans[-1], encoding="utf-8")
        (out / f"{case['id']}.json").write_text(
            json.dumps({"replies": replies, "plans": plans}, ensure_ascii=False, indent=1), encoding="utf-8"
        )
    return out


# ---------------------------------------------------------------------------------------------------- plans


def run_plans(product: Product, case_set: str, out: Path) -> Path:
    accepted = product.profile_fields()
    for profile_file in sorted((EVAL / "plans" / case_set).glob("*.toml")):
        profile = tomllib.loads(profile_file.read_text(encoding="utf-8"))
        with tempfile.NamedTemporaryFile("w", suffix=".toml", delete=False, encoding="utf-8") as fh:
            fh.write(_profile_toml(profile, accepted))
        target = out / f"{profile_file.stem}.md"
        done = product.cli("draft", "--profile", fh.name, "--out", str(target), "--no-save")
        (out / f"{profile_file.stem}.log").write_text(done.stdout + done.stderr, encoding="utf-8")
        Path(fh.name).unlink()
    return out


RUNNERS = {"answers": run_answers, "rewrite": run_rewrite, "check": run_check, "edits": run_edits, "plans": run_plans}
SCORERS = {
    "answers": lambda s, d: ["answers/score.py", "--set", s, "--responses", str(d / "responses.jsonl")],
    "rewrite": lambda s, d: ["rewrite/score.py", "--set", s, "--responses", str(d / "responses.jsonl")],
    "check": lambda s, d: ["check/score.py", "--set", s, "--results", str(d)],
    "edits": lambda s, d: ["edits/score.py", "--set", s, "--results", str(d)],
    "plans": lambda s, d: ["plans/rubric.py", "--set", s, "--plans", str(d)],
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run the product on a blind set and score it")
    parser.add_argument("feature", choices=(*FEATURES, "all"))
    parser.add_argument("--set", default="round1", help="round1, round2 …")
    parser.add_argument("--out", type=Path, required=True, help="folder for the responses (created)")
    parser.add_argument("--code", type=Path, default=ROOT, help="checkout of the product to run (default: this one)")
    parser.add_argument("--score", action="store_true", help="run the set's scorer afterwards")
    args = parser.parse_args(argv)
    features = FEATURES if args.feature == "all" else (args.feature,)
    product = Product(args.code.resolve(), Path(tempfile.mkdtemp(prefix="eval-data-")))
    for feature in features:
        out = args.out / feature if args.feature == "all" else args.out
        out.mkdir(parents=True, exist_ok=True)
        if not (EVAL / feature).exists():
            continue
        RUNNERS[feature](product, args.set, out)
        if args.score or args.feature == "all":
            subprocess.run([sys.executable, str(EVAL / SCORERS[feature](args.set, out)[0]), *SCORERS[feature](args.set, out)[1:]])
    return 0


if __name__ == "__main__":
    sys.exit(main())
