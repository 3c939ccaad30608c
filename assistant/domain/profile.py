"""The school profile a plan is written for: name, year, period, staff numbers and highlights."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from assistant.domain.calendar import PERIODS, load_calendar
from assistant.domain.school_types import load_school_types
from assistant.domain.structure import load_structure
from assistant.domain.text import drop_invisible
from assistant.errors import ProfileError


def congress_staff_threshold() -> int:
    """Staff from which a school holds a 教职工代表大会 (the congress_form rule in knowledge/structure.yaml)."""
    return int(load_structure().rule("congress_form").parameters["staff_threshold"])


def women_committee_threshold() -> int:
    """Women staff from which the union sets up a 女职工委员会 (the women_committee rule)."""
    return int(load_structure().rule("women_committee").parameters["female_staff_threshold"])

Period = Literal["年度", "学年", "第一学期", "第二学期"]

_LABELS = {
    "school": "学校名称",
    "school_type": "学校类型",
    "year": "年份",
    "period": "计划期间",
    "staff": "教职工人数",
    "female_staff": "女教职工人数",
    "retirees": "退休教职工人数",
    "upper_union": "上级工会名称",
    "highlights": "工作亮点",
    "focus": "工作重点",
    "sign_on": "落款日期",
}

_BOUNDS = {"year": (2000, 2100), "staff": (1, 20000), "female_staff": (0, 20000), "retirees": (0, 50000)}


def _clean_list(value: Any, label: str, max_items: int, max_chars: int) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = [line for line in value.splitlines()]
    if not isinstance(value, (list, tuple)):
        raise ValueError(f"{label}应为文字列表")
    if any(isinstance(v, (dict, list, tuple, set, bool)) or v is None for v in value):
        raise ValueError(f"{label}每条应为一句文字（不能是表格、列表或空值）")
    items = [" ".join(drop_invisible(str(v)).split()) for v in value]
    items = [item for item in items if item]
    if len(items) > max_items:
        raise ValueError(f"{label}最多{max_items}条")
    for item in items:
        if len(item) > max_chars:
            raise ValueError(f"{label}每条不超过{max_chars}字：“{item[:10]}…”")
    return items


class Profile(BaseModel):
    """A school's profile; invalid input raises ProfileError with a Chinese message naming the field.

    `year` is the calendar year in which the plan period begins: a 年度 plan covers that year, a 学年 or
    第一学期 plan starts in its September, a 第二学期 plan starts in its February (so 第二学期 of 2027 is
    the second semester of the 2026—2027 school year).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    school: str
    school_type: str | None = None  # None = inferred from the name (see `kind`)
    year: int
    period: Period = "年度"
    staff: int
    female_staff: int | None = None  # None = not given (see women_body)
    retirees: int = 0
    upper_union: str = "区教育工会"
    highlights: list[str] = Field(default_factory=list)
    focus: list[str] = Field(default_factory=list)
    sign_on: dt.date | None = None  # date of the 落款; None = derived (see sign_date)

    def __init__(self, **data: Any):
        try:
            super().__init__(**data)
        except ValidationError as exc:
            raise ProfileError(_message(exc)) from None

    # ------------------------------------------------------------------ validation

    @field_validator("school", mode="before")
    @classmethod
    def _school(cls, value: Any) -> str:
        if isinstance(value, (dict, list, tuple, bool)):
            raise ValueError("学校名称应为文字")
        # Control and bidi characters (an RLO would reverse the title) and runs of spaces never belong in a name.
        text = "" if value is None else " ".join(drop_invisible(str(value)).split())
        if not text:
            raise ValueError("学校名称不能为空")
        if len(text) < 2:
            raise ValueError("学校名称至少2个字")
        if len(text) > 60:
            raise ValueError("学校名称不能超过60个字")
        return text

    @field_validator("school_type", mode="before")
    @classmethod
    def _school_type(cls, value: Any) -> str | None:
        text = "" if value is None else str(value).strip()
        if not text:
            return None
        types = load_school_types()
        if len(text) > 20 or types.understand(text) is None:
            raise ValueError(f"学校类型应为{'、'.join(types.keys)}之一")
        return text

    @field_validator("upper_union", mode="before")
    @classmethod
    def _upper_union(cls, value: Any) -> str:
        if isinstance(value, (dict, list, tuple, bool)):
            raise ValueError("上级工会名称应为文字")
        text = "" if value is None else " ".join(drop_invisible(str(value)).split())
        if not text:
            return "区教育工会"
        if len(text) > 60:
            raise ValueError("上级工会名称不能超过60个字")
        return text

    @field_validator("highlights", mode="before")
    @classmethod
    def _highlights(cls, value: Any) -> list[str]:
        return _clean_list(value, "工作亮点", 20, 100)

    @field_validator("focus", mode="before")
    @classmethod
    def _focus(cls, value: Any) -> list[str]:
        return _clean_list(value, "工作重点", 20, 100)

    @field_validator("year", "staff", "female_staff", "retirees", mode="before")
    @classmethod
    def _count(cls, value: Any, info) -> Any:
        if value is None or value == "":
            if info.field_name == "female_staff":
                return None
            raise ValueError(f"{_LABELS[info.field_name]}不能为空")
        if isinstance(value, bool):
            raise ValueError(f"{_LABELS[info.field_name]}应为整数")
        if isinstance(value, str):
            value = value.strip()
        try:
            number = int(value) if not isinstance(value, float) or value.is_integer() else None
        except (TypeError, ValueError):
            number = None
        if number is None:
            raise ValueError(f"{_LABELS[info.field_name]}应为整数")
        low, high = _BOUNDS[info.field_name]
        if not low <= number <= high:
            raise ValueError(f"{_LABELS[info.field_name]}应在{low}到{high}之间")
        return number

    @model_validator(mode="after")
    def _female_within_staff(self) -> Profile:
        if self.female_staff is not None and self.female_staff > self.staff:
            raise ValueError("女教职工人数不能超过教职工总数")
        return self

    @model_validator(mode="after")
    def _sign_on_near_the_plan(self) -> Profile:
        # A plan is signed shortly before or during its period: a 1900 or 2999 date is a typing error.
        if self.sign_on is not None and not self.year - 1 <= self.sign_on.year <= self.year + 1:
            raise ValueError(f"落款日期应在计划年度前后（{self.year - 1}年至{self.year + 1}年之间），现为{self.sign_on.isoformat()}")
        return self

    # ------------------------------------------------------------------ construction

    @classmethod
    def from_dict(cls, data: dict) -> Profile:
        """Build from a mapping (e.g. a form or stored JSON)."""
        if not isinstance(data, dict):
            raise ProfileError("学校信息格式有误")
        return cls(**data)

    @classmethod
    def from_toml(cls, source: str | Path) -> Profile:
        """Build from a TOML file path or TOML text (keys as in from_dict, optionally under [school])."""
        text = str(source)
        if isinstance(source, Path) or ("\n" not in text and "=" not in text):
            try:
                text = Path(source).read_bytes().decode("utf-8-sig")
            except OSError:
                raise ProfileError(f"无法读取学校信息文件：{source}") from None
            except UnicodeDecodeError:
                raise ProfileError(
                    f"学校信息文件不是 UTF-8 编码：{Path(source).name}。请用 UTF-8 重新保存（记事本“另存为”时选择 UTF-8）。"
                ) from None
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise ProfileError(f"学校信息文件不是有效的 TOML：{exc}") from None
        if isinstance(data.get("school"), dict):  # [school] table form
            data = dict(data["school"])
        return cls.from_dict(data)

    def to_dict(self) -> dict:
        """JSON-safe mapping that from_dict reads back to an equal Profile."""
        return self.model_dump(mode="json")

    # ------------------------------------------------------------------ derived names

    @property
    def union_name(self) -> str:
        """学校工会委员会全称, used in the 落款."""
        return f"{self.school}工会委员会"

    @property
    def has_congress(self) -> bool:
        """True when the school must hold a 教职工代表大会 (80 or more staff)."""
        return self.staff >= congress_staff_threshold()

    @property
    def congress_name(self) -> str:
        """教职工代表大会 (80 or more staff) or 教职工大会."""
        return "教职工代表大会" if self.has_congress else "教职工大会"

    @property
    def congress_short(self) -> str:
        """教代会 or 教职工大会."""
        return "教代会" if self.has_congress else "教职工大会"

    @property
    def congress_members(self) -> str:
        """Who attends the congress: the elected delegates, or everyone."""
        return "全体教职工代表" if self.has_congress else "全体教职工"

    @property
    def women_body(self) -> str:
        """女职工委员会 (10 or more women) or 女职工委员.

        When female_staff is not given we assume a committee unless the whole staff is under 10:
        women are the majority of school staff in China.
        """
        count = self.female_staff if self.female_staff is not None else self.staff
        return "女职工委员会" if count >= women_committee_threshold() else "女职工委员"

    @property
    def school_year(self) -> str:
        """The school year the plan falls in, e.g. 2027—2028学年 (年度 plans: the one starting that September)."""
        start = self.year - 1 if self.period == "第二学期" else self.year
        return f"{start}—{start + 1}学年"

    @property
    def plan_title(self) -> str:
        """Title: {school}{year}年工会工作计划, or with 学年 / 学期 per the class docstring's year convention."""
        if self.period == "学年":
            return f"{self.school}{self.year}—{self.year + 1}学年工会工作计划"
        if self.period == "第一学期":
            return f"{self.school}{self.year}—{self.year + 1}学年第一学期工会工作计划"
        if self.period == "第二学期":
            return f"{self.school}{self.year - 1}—{self.year}学年第二学期工会工作计划"
        return f"{self.school}{self.year}年工会工作计划"

    @property
    def kind(self) -> str:
        """The kind of school: as given (十二年一贯制 read as 完全中学 …), else inferred from the name
        (knowledge/school_types.yaml)."""
        types = load_school_types()
        understood = types.understand(self.school_type) if self.school_type else None
        return understood[0] if understood else types.infer(self.school)

    @property
    def kind_note(self) -> str:
        """How a 学校类型 typed in other words is written (十二年一贯制 → “按完全中学起草…”), else empty."""
        understood = load_school_types().understand(self.school_type) if self.school_type else None
        return understood[1] if understood else ""

    @property
    def is_rural(self) -> bool:
        """A 乡/镇/村 school (from the name, or its highlights and focus telling its rural setting)."""
        return load_school_types().is_rural(self.school, *self.highlights, *self.focus)

    @property
    def says_boarding(self) -> bool:
        """The name, highlights or focus speak of boarding pupils (not only the kind of school)."""
        return load_school_types().is_boarding(self.school, *self.highlights, *self.focus)

    @property
    def is_boarding(self) -> bool:
        """A school with boarding pupils (from the name, highlights or focus, or its kind: 高中, 中职, a rural 初中 or
        九年一贯制)."""
        return load_school_types().is_boarding(self.school, *self.highlights, *self.focus, kind=self.kind,
                                               rural=self.is_rural)

    @property
    def months(self) -> tuple[int, ...]:
        """The months of the plan's period, in order."""
        return load_calendar().months(self.period)

    @property
    def sign_day(self) -> dt.date:
        """Date of the 落款: sign_on if given, else the first working day from the start of the period that is not
        in a holiday (a 第二学期 plan is signed when school has started again after 春节)."""
        if self.sign_on is not None:
            return self.sign_on
        return load_calendar().sign_day(self.period, self.year)

    @property
    def sign_date(self) -> str:
        """落款 date in 公文 style with Arabic numerals, e.g. 2027年1月4日."""
        d = self.sign_day
        return f"{d.year}年{d.month}月{d.day}日"

    def names(self) -> dict[str, str]:
        """Names for filling text templates ({congress_name}, {women_body}, {self} 我校/我园, {period_self} …)."""
        kind = load_school_types().kind(self.kind)
        period = load_calendar().period(self.period)
        return {
            "school": self.school,
            "year": str(self.year),
            "union_name": self.union_name,
            "congress_name": self.congress_name,
            "congress_short": self.congress_short,
            "congress_members": self.congress_members,
            "women_body": self.women_body,
            "upper_union": self.upper_union,
            "self": kind.self_word,  # 我校 / 我园
            "org": "幼儿园" if kind.self_word == "我园" else "学校",
            "staff": str(self.staff),
            "female_staff": str(self.female_staff if self.female_staff is not None else ""),
            "retirees": str(self.retirees),
            "period_self": period.self_word,  # 本学期 / 本年度 / 本学年
            "period_start": period.start_word,
            "period_open": period.open_word,  # 秋季开学后: a dated measure's month
            "period_end": period.end_word,
            "period_whole": period.whole_word,
        }


def _message(exc: ValidationError) -> str:
    """One Chinese sentence per problem, naming the field."""
    parts: list[str] = []
    for err in exc.errors():
        field = str(err["loc"][0]) if err.get("loc") else ""
        label = _LABELS.get(field, field)
        kind = err.get("type", "")
        ctx_error = (err.get("ctx") or {}).get("error")
        if kind == "value_error" and ctx_error is not None:
            text = str(ctx_error)
        elif kind == "missing":
            text = f"{label}不能为空"
        elif kind == "literal_error":
            text = f"{label}应为{'、'.join(PERIODS)}之一"
        elif kind == "extra_forbidden":
            text = f"不认识的字段：{field}"
        elif kind.startswith("date"):
            text = f"{label}应为日期，如2027-01-04"
        else:
            text = f"{label}格式有误"
        if text not in parts:
            parts.append(text)
    return "；".join(parts) or "学校信息有误"
