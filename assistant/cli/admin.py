"""`admin`: the district administrator's commands for multi-user mode (bootstrap, schools, invitations, approvals,
sign-in log, moving data saved under old school names).

Passwords are read from the terminal without echo (or one line of standard input when it is not a terminal), never
from the command line, where other users of the host could read them in the process list.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from assistant.errors import UserError
from assistant.settings import load_settings


def _accounts():
    from assistant.drafts.accounts import AccountStore

    return AccountStore(load_settings())


def _password(prompt: str) -> str:
    if sys.stdin.isatty():
        first = getpass.getpass(prompt)
        if getpass.getpass("再输入一次：") != first:
            raise UserError("两次输入的密码不一致。")
        return first
    return sys.stdin.readline().rstrip("\r\n")


def _admin(accounts, args):
    """The district administrator named by --as, signed in with the password read from the terminal."""
    result = accounts.sign_in(args.as_user, _password(f"{args.as_user} 的密码："), address="cli")
    if result.account is None:
        raise UserError(result.message or "用户名或密码错误")
    if not result.account.is_district_admin:
        raise UserError("此命令需要区县管理员账户。")
    return result.account


def cmd_bootstrap(args: argparse.Namespace) -> int:
    accounts = _accounts()
    account = accounts.bootstrap_district_admin(args.username, _password(f"为 {args.username} 设置密码："))
    print(f"已创建区县管理员 {account.username}。可在应用中登录并在“账户管理”中开通学校、批准申请。")
    return 0


def cmd_create_school(args: argparse.Namespace) -> int:
    accounts = _accounts()
    admin = _admin(accounts, args)
    school = accounts.create_school(admin, args.name)
    code = accounts.invite(admin, school.id, role="school_admin")
    print(f"已开通学校「{school.name}」（编号 {school.id}）。本校管理员邀请码（只显示这一次）：{code}")
    return 0


def cmd_invite(args: argparse.Namespace) -> int:
    accounts = _accounts()
    admin = _admin(accounts, args)
    code = accounts.invite(admin, args.school, role=args.role)
    print(f"邀请码（只显示这一次）：{code}")
    return 0


def cmd_schools(args: argparse.Namespace) -> int:
    for school in _accounts().schools():
        print(f"{school.id}  {school.name}")
    return 0


def cmd_pending(args: argparse.Namespace) -> int:
    accounts = _accounts()
    pending = accounts.accounts(_admin(accounts, args), status="pending")
    if not pending:
        print("没有待批准的加入申请。")
    for account in pending:
        print(f"{account.username}  申请加入「{account.school}」（{account.school_id}）")
    return 0


def cmd_approve(args: argparse.Namespace) -> int:
    accounts = _accounts()
    account = accounts.approve(_admin(accounts, args), args.username)
    print(f"已批准 {account.username} 加入「{account.school}」。")
    return 0


def cmd_unlock(args: argparse.Namespace) -> int:
    accounts = _accounts()
    accounts.unlock(_admin(accounts, args), args.username)
    print(f"已解除 {args.username} 的登录锁定。")
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    accounts = _accounts()
    for at, user, address, outcome in accounts.audit(_admin(accounts, args), args.school, limit=args.limit):
        print(f"{at}  {user}  {address or '-'}  {outcome}")
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    from assistant.drafts.migration import move_legacy_data
    from assistant.services import build_services

    services = build_services(load_settings(), model=None)
    services.ensure_ready()
    moved = move_legacy_data(_accounts(), services.store, services.index)
    print(f"已把按学校名称保存的 {moved.drafts} 份草稿、{moved.uploads} 个上传文件转到学校编号下。"
          + (f"{moved.failed_uploads} 个上传文件未能转移，下次启动时会再试。" if moved.failed_uploads else ""))
    return 0


def register(subparsers) -> None:
    """Add `admin …` to the main parser."""
    admin = subparsers.add_parser("admin", help="多用户模式的管理：区县管理员、学校、邀请码、审批、登录记录")
    commands = admin.add_subparsers(dest="admin_command", required=True)

    def command(name: str, help_text: str, func, needs_admin: bool = True):
        p = commands.add_parser(name, help=help_text)
        if needs_admin:
            p.add_argument("--as", dest="as_user", required=True, help="区县管理员用户名（密码从终端读取）")
        p.set_defaults(func=func)
        return p

    command("bootstrap", "创建区县管理员（密码从终端读取）", cmd_bootstrap, needs_admin=False).add_argument("username")
    command("create-school", "开通学校并生成本校管理员邀请码", cmd_create_school).add_argument("name")
    p = command("invite", "为学校生成邀请码", cmd_invite)
    p.add_argument("school", help="学校编号（见 admin schools）")
    p.add_argument("--role", choices=("member", "school_admin"), default="member")
    command("schools", "列出所有学校", cmd_schools, needs_admin=False)
    command("pending", "列出待批准的加入申请", cmd_pending)
    command("approve", "批准加入申请", cmd_approve).add_argument("username")
    command("unlock", "解除账户的登录锁定", cmd_unlock).add_argument("username")
    p = command("audit", "查看登录记录", cmd_audit)
    p.add_argument("--school", help="只看某所学校（学校编号）")
    p.add_argument("--limit", type=int, default=100)
    command("migrate", "把按学校名称保存的草稿和上传转到学校编号下", cmd_migrate, needs_admin=False)
