"""The app's forms as data: the school profile form (values → Profile, Profile → values) and the section editor
(its length cap, and which form values belong to which saved version)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from typing import Any

from assistant.domain.calendar import PERIODS
from assistant.domain.profile import Profile
from assistant.domain.school_types import load_school_types
from assistant.errors import ProfileError, UserError

FIELDS = ("school", "school_type", "year", "period", "staff", "female_staff", "retirees", "upper_union", "highlights", "focus")
PLACEHOLDERS = {
    "school": "例如：江城市实验中学",
    "female_staff": "可不填",
    "highlights": "例如：10月建校60周年校庆",
    "focus": "例如：青年教师成长",
}


def _number(value: Any) -> Any:
    """Form numbers arrive as int/float or text; keep blanks blank so Profile names the missing field."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        return value.strip()
    return value


def profile_from_form(values: Mapping[str, Any]) -> Profile:
    """Build a Profile from the form's values; raises ProfileError with the Chinese reason."""
    female = _number(values.get("female_staff"))
    data = {
        "school": values.get("school") or "",
        "school_type": values.get("school_type") or None,
        "year": _number(values.get("year")),
        "period": values.get("period") or "年度",
        "staff": _number(values.get("staff")),
        "female_staff": None if female in (None, "") else female,
        "retirees": _number(values.get("retirees")) if values.get("retirees") not in (None, "") else 0,
        "upper_union": values.get("upper_union") or "",
        "highlights": values.get("highlights") or "",
        "focus": values.get("focus") or "",
    }
    if data["period"] not in PERIODS:
        raise ProfileError(f"计划类型应为{'、'.join(PERIODS)}之一")
    return Profile.from_dict(data)


def form_defaults(profile: Profile | None, this_year: int) -> dict[str, Any]:
    """Initial form values: the saved profile's, or sensible blanks for a new plan."""
    if profile is None:
        return {
            "school": "", "school_type": "", "year": this_year, "period": "年度", "staff": 60, "female_staff": None, "retirees": 0,
            "upper_union": "区教育工会", "highlights": "", "focus": "",
        }
    return {
        "school": profile.school, "school_type": profile.kind if profile.school_type else "", "year": profile.year, "period": profile.period, "staff": profile.staff,
        "female_staff": profile.female_staff, "retirees": profile.retirees, "upper_union": profile.upper_union,
        "highlights": "\n".join(profile.highlights), "focus": "\n".join(profile.focus),
    }


def planning_year(today: dt.date) -> int:
    """The year a new plan is most likely for: plans are written ahead, so from November on it is next year's
    (an annual plan, or the second semester that runs in spring).

    >>> planning_year(dt.date(2026, 11, 30)), planning_year(dt.date(2026, 8, 20))
    (2027, 2026)
    """
    return today.year + 1 if today.month >= 11 else today.year


def school_types() -> list[str]:
    """The form's choices of 学校类型 (knowledge/school_types.yaml); the first, blank one reads the kind from the
    school's name."""
    return ["", *load_school_types().keys]


def school_type_label(value: str) -> str:
    """How a choice shows: the blank one says the kind is read from the name."""
    return value or "按校名判断"


def inferred_kind(profile: Profile | None) -> str:
    """Under the form: the kind read from the saved school's name when no kind was chosen, so the user sees it."""
    if profile is None or profile.school_type:
        return ""
    return f"学校类型按校名判断为“{profile.kind}”；如不准确，请在上面选择。"


def periods() -> list[str]:
    """The plan periods the form offers (knowledge/calendar.yaml)."""
    return list(PERIODS)


def check_section_text(text: str, limit: int) -> str:
    """The editor's text when it fits, else UserError with the reason in Chinese."""
    text = text or ""
    if len(text) > limit:
        raise UserError(f"这一节太长（{len(text)} 字），最多 {limit} 字。请删减，或把材料上传到知识库。")
    return text


def synced(state: Mapping[str, Any], marker: str, stamp: Any) -> bool:
    """Whether the widgets under `marker` already show the version `stamp` (else they are refilled from it)."""
    return state.get(marker) == stamp


def form_values(profile: Profile | None, draft_id: str | None) -> tuple[dict[str, Any], str]:
    """What the profile form shows (the saved profile's values, or a new plan's) and a stamp that changes exactly
    when those values do, so the form is refilled only then and typing is never overwritten by anything else."""
    values = form_defaults(profile, planning_year(dt.date.today()))
    return values, json.dumps([draft_id, values], ensure_ascii=False, default=str)
