"""The monthly table: the union's recurring calendar for the plan's months, the school kind's exam and contest
seasons, its own recurring events, and the school's highlights in their months, each row with who leads and who
takes part."""

from __future__ import annotations

from dataclasses import replace

from assistant.compose.highlights import Classifier
from assistant.compose.library import Library
from assistant.compose.text import similarity
from assistant.compose.understanding import Highlight, Understanding
from assistant.compose.wording import Wording
from assistant.domain.calendar import load_calendar
from assistant.domain.plan import ScheduleItem
from assistant.domain.profile import Profile
from assistant.domain.structure import Structure

_SAME_ROW = 0.5


def _exam_months(highlight: Highlight, wording: Wording) -> tuple[int, ...]:
    """Months of the exam a highlight names (高考, 中考 …), from the school-events calendar."""
    for event in load_calendar().school_events:
        if any(name in highlight.text for name in event.names):
            return tuple(m for m in event.months if m in wording.months)
    return ()


def highlight_months(highlight: Highlight, wording: Wording) -> tuple[int, ...]:
    """The months a highlight's row goes in: named, else its exam season, else its kind's usual month."""
    if highlight.timing.months:
        return highlight.timing.months
    if highlight.timing.outside:
        return ()
    return _exam_months(highlight, wording) or tuple(m for m in highlight.kind.months if m in wording.months)


class ScheduleWriter:
    """Rows for one school's plan, in the period's order."""

    def __init__(self, profile: Profile, structure: Structure, library: Library, understanding: Understanding):
        self.profile = profile
        self.structure = structure
        self.library = library
        self.understanding = understanding
        self.wording = Wording(profile, library)

    def _item(self, month: int, activity: str, lead: str, participants: str, **extra: str) -> ScheduleItem:
        render = self.wording.render
        return ScheduleItem(month, render(activity, **extra), render(lead, **extra), render(participants, **extra))

    def calendar_rows(self) -> list[tuple[str, ScheduleItem]]:
        """(event key, row) for the recurring events of the period that fit it."""
        rows = []
        for event in self.structure.calendar_for(self.profile.period):
            item = self._item(event.month, event.activity, event.lead, event.participants)
            if event.participants == "退休教职工" and self.profile.retirees == 0:
                item = self._item(event.month, "重阳节配合{upper_union}慰问系统内退休教职工，开展尊老敬老活动",
                                  "工会主席", "工会委员")
            if self.wording.fits(item.activity):
                rows.append((event.key, item))
        return rows

    def kind_rows(self) -> list[ScheduleItem]:
        """The kind's exam and contest seasons, and recurring events of measures written for its kind or setting."""
        rows = []
        # the school's own highlight row speaks for an event its name names (高考前慰问高三教师); a highlight that only
        # mentions it (教师是考生家长，子女也参加高考) does not, and the exam season keeps its row
        named = " ".join(h.phrase.topic for h in self.understanding.highlights)
        for event in load_calendar().events_for(self.wording.kind.key):
            if any(name in named for name in event.names):
                continue
            row = self.library.exam_rows.get(event.names[0])
            months = [m for m in event.months if m in self.wording.months]
            if row and months:
                rows.append(self._item(months[-1], row.activity, row.lead, row.participants))
        for measure in self.library.all_measures():
            if measure.row is None or not (measure.kinds or measure.when) or not measure.applies(self.profile):
                continue
            months = [m for m in measure.months if m in self.wording.months]
            if measure.festival:
                month = self.wording.festival_month(measure.festival)
                months = [month] if month else []
            if months and self.wording.fits(self.wording.render(measure.row.activity)):
                rows.append(self._item(months[0], measure.row.activity, measure.row.lead, measure.row.participants))
        return rows

    def rows(self) -> list[ScheduleItem]:
        """Every row of the table, in period order; a highlight joins the calendar event it belongs to."""
        calendar = self.calendar_rows()
        extra = self.kind_rows() + self.highlight_rows(calendar)
        items = [item for _, item in calendar] + extra
        return self.ordered(self.distinct(items))

    def highlight_rows(self, calendar: list[tuple[str, ScheduleItem]]) -> list[ScheduleItem]:
        """Rows for the highlights in their months; a highlight of a calendar event (体检, 教代会) is written into
        that event's row in `calendar` (moved to the highlight's month) instead."""
        extra: list[ScheduleItem] = []
        for h in self.understanding.highlights:
            months = highlight_months(h, self.wording)
            topic = self.wording.adapt(self.wording.own_period(h.phrase.topic))
            linked = [i for i, (key, _) in enumerate(calendar) if h.kind.calendar and key.startswith(h.kind.calendar)]
            if linked:
                index = linked[0]
                key, item = calendar[index]
                month = months[0] if months else item.month
                calendar[index] = (key, replace(item, month=month, activity=f"{item.activity}；做好{topic}相关工作"))
                continue
            if not months:
                continue
            when = f"（{h.timing.when}）" if len(h.timing.months) > 1 else ""
            # a dated event (7月16号) goes in its own month; the months before it are its preparation
            month = next((m for m in h.timing.dated if m in months), months[0])
            extra.append(self._item(month, f"{topic}{when}：{h.kind.activity}", h.kind.lead, h.kind.participants))
        return extra

    def distinct(self, items: list[ScheduleItem]) -> list[ScheduleItem]:
        """Rows without a second row of nearly the same activity in the same month."""
        out: list[ScheduleItem] = []
        for item in items:
            if any(o.month == item.month and similarity(o.activity, item.activity) >= _SAME_ROW for o in out):
                continue
            out.append(item)
        return out

    def ordered(self, items: list[ScheduleItem]) -> list[ScheduleItem]:
        """Rows inside the period, in its month order (rows of one month keep their order)."""
        order = {m: n for n, m in enumerate(self.wording.months)}
        return sorted((i for i in items if i.month in order), key=lambda i: order[i.month])


def roles_for(activity: str, classifier: Classifier, wording: Wording) -> tuple[str, str] | None:
    """Who leads and who takes part in an activity, from the kind of activity it is (三八 → 女职工委员会 / 女教职工);
    None when no kind fits it well enough."""
    placement = classifier.place(activity)
    if placement.unsure and not placement.terms:
        return None
    kind = placement.kind
    return wording.render(kind.lead), wording.render(kind.participants)

