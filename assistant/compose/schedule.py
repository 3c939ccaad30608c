"""The monthly schedule: the structure's recurring calendar for the plan period, plus the school's highlights."""

from __future__ import annotations

from assistant.compose.templates import highlight_kind, highlight_month, highlight_sections
from assistant.domain.plan import ScheduleItem, schedule_from_calendar
from assistant.domain.profile import Profile
from assistant.domain.structure import Structure

# Who leads a highlight's activity, by the section it belongs to.
_LEADS = {
    "culture": ("工会文体委员", "全体教职工"),
    "ethics": ("工会主席", "全体教职工"),
    "democracy": ("工会主席", "{congress_members}"),
    "welfare": ("工会委员会", "全体教职工"),
    "self": ("工会委员会", "工会委员、全体教职工"),
    "women": ("{women_body}", "全体女教职工"),
    "retirees": ("工会主席、退休教职工联络员", "退休教职工"),
    "finance": ("工会经费审查委员会", "工会委员会"),
}
_ACTIVITY = {
    "culture": "组织教职工参与{h}系列活动",
    "ethics": "结合{h}开展师德宣传和先进表彰",
    "democracy": "围绕{h}征集教职工意见建议",
    "welfare": "配合学校做好{h}工作，了解并协调解决教职工的实际困难",
    "self": "配合{h}做好工会阵地建设和资料整理",
    "women": "组织女教职工参与{h}",
    "retirees": "邀请退休教职工参与{h}",
    "finance": "做好{h}相关经费安排",
}

_ACTIVITY_BY_KIND = {"sport": "举办{h}", "training": "组织{h}"}


def highlight_items(profile: Profile, months: tuple[int, ...]) -> list[ScheduleItem]:
    """Schedule rows for the highlights whose month (named or implied) falls inside the plan period."""
    names = profile.names()
    items = []
    for highlight in profile.highlights:
        month, text = highlight_month(highlight)
        if month is None or month not in months:
            continue
        key = highlight_sections(text)[0]
        lead, participants = _LEADS.get(key, ("工会委员会", "全体教职工"))
        items.append(
            ScheduleItem(
                month=month,
                activity=_ACTIVITY_BY_KIND.get(highlight_kind(text), _ACTIVITY.get(key, "配合学校做好{h}工作")).format(h=text),
                lead=lead.format_map(names),
                participants=participants.format_map(names),
            )
        )
    return items


def compose_schedule(profile: Profile, structure: Structure) -> list[ScheduleItem]:
    """Calendar rows for the period (names filled from the profile) and highlight rows, in period order."""
    months = structure.months(profile.period)
    items = schedule_from_calendar(profile, structure) + highlight_items(profile, months)
    if profile.retirees == 0:
        # No retirees of our own: the 重阳节 row becomes keeping in touch with the system's retirees.
        items = [
            ScheduleItem(i.month, "重阳节配合上级工会慰问系统内退休教职工，开展尊老敬老活动", "工会主席", "工会委员")
            if i.participants == "退休教职工" and "重阳" in i.activity
            else i
            for i in items
        ]
    order = {m: n for n, m in enumerate(months)}
    return sorted(items, key=lambda i: order.get(i.month, 99))  # stable: calendar before highlights in a month
