"""Spoken shapes of an activity's arrangements from several regions: a length of play said with 耍, 跟到去, being
tired out (走乏了的), not forcing oneself (别逞强), limbs that do not work well, an early start before a clock time,
what to wear, tables of a dinner, calling colleagues in, a chat mention, rare surnames with 小, and a tag question.
The formal rewrite writes each in 公文 form and keeps the facts."""
from __future__ import annotations

import pytest

from tests.rewrite.shown import assert_rewritten


@pytest.mark.parametrize(
    "text, gone, kept",
    [
        ("周日工会带大家去茶园耍两天，住农家乐。", ["耍"], ["茶园", "农家乐"]),
        ("家属想来的可以跟到去，车上有座位。", ["跟到去"], ["家属", "座位"]),
        ("登山途中爬累了的老师可以在半山亭等候。", ["爬累了的"], ["半山亭"]),
        ("有高血压的同事千万别硬撑，随时下山。", ["别硬撑"], ["高血压"]),
        ("腰腿不利索的同事可以坐缆车上去。", ["不利索"], ["缆车"]),
        ("一大早六点半在校门口上车，过时不候。", ["一大早", "六点半"], ["校门口"]),
        ("讲座在礼堂，大家穿正式点就行。", ["穿正式点"], ["礼堂", "服装"]),
        ("联欢结束后在食堂摆三桌，请退休老同志吃个便饭。", ["摆三桌"], ["食堂"]),
        ("运动会那天喊几个年轻老师帮忙搬器材。", ["喊几个"], ["器材"]),
        ("@所有人 周四下午三点开工会委员会议。", ["@所有人"], ["委员会"]),
        ("报名表交给小乌，截到本周五。", ["小乌", "截到"], ["乌老师", "截至"]),
        ("周六上午去福利院做义工，大家准时到，得行不？", ["得行不"], ["福利院"]),
    ],
)
def test_regional_arrangement_words_are_written_formally(text, gone, kept):
    assert_rewritten(text, gone=gone, kept=kept)


def test_a_count_of_those_who_come_is_a_count_of_people():
    assert_rewritten("中秋留校的人不少，估计来的有十五六个。", gone=["十五六个"], kept=["十五六名"])
