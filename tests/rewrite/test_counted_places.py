"""个 before a place or a unit with 的 counts the place, not the people after it: a formal rewrite keeps 两个校区的老师
as 两个校区的教师 (never 两名校区), while people described by an attributive are still counted with 名."""
from __future__ import annotations

import pytest

from tests.rewrite.shown import assert_rewritten


@pytest.mark.parametrize(
    "text, kept",
    [
        ("两个校区的老师下周一起开会。", "两个校区"),
        ("三个村小的老师轮流送教。", "三个村小"),
        ("四个教学点的老师都参加体检。", "四个教学点"),
    ],
)
def test_a_count_of_places_is_not_turned_into_a_count_of_people(text, kept):
    assert_rewritten(text, gone=["名校区", "名村小", "名教学点"], kept=[kept])


def test_people_described_before_them_are_still_counted_with_ming():
    assert_rewritten("请五个退了休的老教师来讲讲校史。", gone=["五个"], kept=["五名", "老教师"])
