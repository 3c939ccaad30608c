"""CLI commands for plans: draft (offline composer, optionally from last year's plan), check, drafts.

Each command imports what it needs when it runs (deliberately deferred: `check` never pays for the index, `drafts`
never for the composer), so a one-off command starts fast.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from assistant.cli.args import YEARS, bounded_int
from assistant.errors import UserError
from assistant.settings import Settings, load_settings

_FORMATS = (".md", ".docx")


def _read(path_text: str, settings: Settings) -> str:
    from assistant.loading.readers import read_document

    path = Path(path_text)
    if not path.is_file():
        raise UserError(f"找不到文件：{path_text}")
    return read_document(path.read_bytes(), path.name, limit_bytes=settings.upload_limit_bytes)


def _write(plan, out: Path, settings: Settings) -> None:
    suffix = out.suffix.lower()
    if suffix not in _FORMATS:
        raise UserError(f"输出文件应以 .md 或 .docx 结尾：{out.name}")
    out.parent.mkdir(parents=True, exist_ok=True)
    blocks = plan.to_blocks()
    if suffix == ".docx":
        from assistant.export.docx import write_docx

        write_docx(blocks, out, settings)
    else:
        from assistant.export.markdown import render

        out.write_text(render(blocks), encoding="utf-8")


def cmd_draft(args: argparse.Namespace) -> int:
    """Write a complete plan for a profile (optionally starting from last year's plan)."""
    from assistant.check.review import check_text
    from assistant.compose.previous import update_from_previous
    from assistant.conversation.session import Session
    from assistant.domain.profile import Profile
    from assistant.export.markdown import render
    from assistant.services import build_services

    settings = load_settings()
    profile = Profile.from_toml(Path(args.profile))
    out = Path(args.out)
    if out.suffix.lower() not in _FORMATS:
        raise UserError(f"输出文件应以 .md 或 .docx 结尾：{out.name}")
    services = build_services(settings, model=None)
    services.ensure_ready()
    changes = []
    if args.previous:
        plan, changes = update_from_previous(_read(args.previous, settings), profile, services.composer)
    else:
        plan = services.composer.compose_plan(profile)
    _write(plan, out, settings)
    findings = check_text(render(plan.to_blocks()), profile.year, services.lawbook, profile=profile,
                          structure=services.structure)
    _, total = plan.progress()
    print(f"已生成《{profile.plan_title}》：{total} 个部分，月度安排 {len(plan.schedule)} 项，已写入 {out}。")
    if not args.no_save:
        info = services.store.create(profile.plan_title, Session(plan=plan).content())
        print(f"草稿已保存，编号 {info.id}（可用 drafts show {info.id} 查看）。")
    if changes:
        print(f"与上一年度计划相比共修改 {len(changes)} 处：")
        for change in changes:
            print(f"- {change.summary()}")
        questions = [c for c in changes if c.question]
        if questions:
            print(f"其中 {len(questions)} 处需要您确认（见上面“请确认”）。")
    warnings = [profile.kind_note] if profile.kind_note else []
    warnings += _placement_warnings(services.composer, profile)
    if warnings:
        print("注意：")
        for warning in warnings:
            print(f"- {warning}")
    if findings:
        print(f"检查发现 {len(findings)} 处需要注意，可运行 check 命令查看详情。")
    else:
        print("检查通过：未发现占位符、过时表述或不合规定的写法。")
    print("提示：这是离线生成的建议稿，请结合本校实际修改后再提交。")
    return 0


def _placement_warnings(composer, profile) -> list[str]:
    """Highlights placed by best guess: where each went and the other section that may fit."""
    out = []
    for placement in composer.placements(profile):
        if not placement.unsure:
            continue
        where = composer.section_title(profile, placement.section)
        other = placement.alternative_section
        also = f"；也可能更适合“{composer.section_title(profile, other)}”" if other else ""
        out.append(f"工作亮点“{placement.text}”的归属不太确定，已按最接近的“{where}”写入{also}，请核对。")
    return out


def cmd_check(args: argparse.Namespace) -> int:
    """Check a plan file (.md/.txt/.docx); exit 1 when there are findings.

    With --previous, ordinals are compared with last year's plan and the changes `draft --from` would make to it are
    listed; checking last year's plan itself against a newer profile lists them too.
    """
    from assistant.check.findings import KIND_LABELS, quote
    from assistant.check.review import check_text, plan_facts
    from assistant.domain.profile import Profile
    from assistant.domain.structure import load_structure
    from assistant.loading.statutes import LawBook

    settings = load_settings()
    text = _read(args.file, settings)
    previous = _read(args.previous, settings) if args.previous else None
    profile = Profile.from_toml(Path(args.profile)) if args.profile else None
    structure = load_structure(settings.knowledge_dir / "structure.yaml")
    own_year = plan_facts(text, structure).year
    year = args.year if args.year is not None else (profile.year if profile else own_year)
    if year is None:
        raise UserError("请用 --year 指定计划年度，例如 --year 2027（计划标题中没有年份）。")
    lawbook = LawBook.from_dir(settings.knowledge_dir / "policy")
    findings = check_text(text, year, lawbook, profile=profile, structure=structure, previous=previous)
    if args.json:
        print(json.dumps([f.to_json() for f in findings], ensure_ascii=False, indent=1))
        return 1 if findings else 0
    if findings:
        print(f"发现 {len(findings)} 处问题：")
        for f in findings:
            quoted = quote(f.text.strip()) if f.text.strip() else ""
            print(f"- {f.location.label or '全文'}【{KIND_LABELS.get(f.kind, f.kind)}】{quoted}："
                  f"{f.message.rstrip('。')}。建议：{f.suggestion}")
    else:
        print("未发现问题。")
    last_year = previous if previous else (text if profile and own_year and own_year < profile.year else None)
    if last_year is not None:
        _report_from(last_year, profile, settings)
    return 1 if findings else 0


def _report_from(last_year: str, profile, settings: Settings) -> None:
    """What `draft --from` would change in last year's plan for this profile."""
    if profile is None:
        print("提示：加上 --profile 学校信息文件，可以列出用 draft --from 生成新计划时将修改的内容。")
        return
    from assistant.compose.previous import update_from_previous
    from assistant.services import build_services

    services = build_services(settings, model=None)
    services.ensure_ready()
    _, changes = update_from_previous(last_year, profile, services.composer)
    if not changes:
        print(f"用 draft --from 生成《{profile.plan_title}》时，上一年度计划无需修改。")
        return
    print(f"用 draft --from 生成《{profile.plan_title}》时，将在上一年度计划的基础上修改 {len(changes)} 处：")
    for change in changes:
        print(f"- {change.summary()}")  # the same lines `draft --from` prints


def _plan_of(version):
    from assistant.domain.plan import Plan

    content = version.content
    if not isinstance(content, dict) or not content.get("plan"):
        raise UserError("该草稿还没有计划内容。")
    return Plan.from_dict(content["plan"])


def cmd_drafts(args: argparse.Namespace) -> int:
    """List, show or export saved drafts."""
    from assistant.drafts.store import DraftStore
    from assistant.export.markdown import render

    settings = load_settings()
    store = DraftStore(settings)
    if args.action == "list":
        drafts = store.list()
        if not drafts:
            print("还没有保存的草稿。")
        for d in drafts:
            print(f"{d.id}  {d.name}  第{d.current_version}版  {d.updated_at:%Y-%m-%d %H:%M}")
        return 0
    if not args.id:
        raise UserError("请给出草稿编号，例如：drafts show 编号")
    version = store.get(args.id, version=args.version)
    plan = _plan_of(version)
    if args.action == "show":
        print(f"<!-- {version.info.name}，第{version.version}版 -->")
        print(render(plan.to_blocks()), end="")
        return 0
    if not args.out:
        raise UserError("请用 --out 指定导出文件（.md 或 .docx）。")
    _write(plan, Path(args.out), settings)
    print(f"已导出第{version.version}版到 {args.out}。")
    return 0


def register(subparsers) -> None:
    """Add draft, check and drafts to the main parser."""
    p = subparsers.add_parser("draft", help="离线生成完整的工会工作计划")
    p.add_argument("--profile", required=True, help="学校信息文件（TOML）")
    p.add_argument("--from", dest="previous", help="上一年度的计划（.txt/.md/.docx/.pdf），在其基础上更新")
    p.add_argument("--out", required=True, help="输出文件：.md 或 .docx")
    p.add_argument("--no-save", action="store_true", help="不保存到草稿库")
    p.set_defaults(func=cmd_draft)

    p = subparsers.add_parser("check", help="像区教育工会审核人员一样检查计划（占位符、过时提法、引文、期间、届次……）")
    p.add_argument("file", help="计划文件（.md/.txt/.docx/.pdf）")
    p.add_argument("--year", type=bounded_int(*YEARS, "计划年度"), help="计划年度，如 2027（默认取学校信息或计划标题中的年份）")
    p.add_argument("--json", action="store_true", help="以 JSON 输出：kind、text、line、location、message、suggestion")
    p.add_argument("--profile", help="学校信息文件（TOML，含 school_type 学校类型），用于检查规定、人数和学校类型用语")
    p.add_argument("--previous", metavar="LAST_YEAR",
                   help="上一年度的计划：检查届次是否更新，并列出用 draft --from 生成新计划时将修改的内容")
    p.set_defaults(func=cmd_check)

    p = subparsers.add_parser("drafts", help="查看和导出已保存的草稿")
    p.add_argument("action", choices=("list", "show", "export"))
    p.add_argument("id", nargs="?", help="草稿编号")
    p.add_argument("--version", type=int, help="版本号（默认最新）")
    p.add_argument("--out", help="导出文件：.md 或 .docx")
    p.set_defaults(func=cmd_drafts)
