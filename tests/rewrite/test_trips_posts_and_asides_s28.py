"""Session 28 families (knowledge/formal_lexicon.yaml, knowledge/rewrite_dialect.yaml): trips counted with 趟 and
跑一趟, a post followed by a kin word (保育员阿姨们, 后厨师傅), food got for people (弄点夜宵 → 提供, never 开展),
fetching one's share oneself (自己下来搬), settling together (一块儿算), whoever said as 哪个 (西南官话), agreeing a
time (讲好几点), a matter that cannot be handled (就不好办了), a long-standing problem (老难题), 整到 + an hour
(东北) and 款款的 (桂柳话), and the listener's filler with its particle (跟你们讲哈). Sentences written for this test
(none is an eval case)."""

from __future__ import annotations

import pytest

from assistant.rewrite.rules import rewrite


def formal(text: str) -> str:
    return rewrite(text, "formal").text


def test_trips_are_counted_with_ci():
    out = formal("老师们开车去送教的，跑一趟补三十块，一学期最多报八趟。")
    assert "趟" not in out and "跑" not in out, out
    assert "8次" in out or "八次" in out, out
    assert "30元" in out or "三十元" in out, out


@pytest.mark.parametrize(("text", "post"), [
    ("保育员阿姨们午睡时最辛苦，工会送去慰问品。", "保育员"),
    ("后厨师傅和保安大叔也一起参加体检。", "后厨人员"),
])
def test_a_post_with_a_kin_word_is_the_post(text, post):
    out = formal(text)
    assert post in out and "阿姨" not in out and "师傅" not in out, out


def test_food_got_for_people_is_provided_not_held():
    out = formal("期末阅卷老师加班，工会给大家弄点夜宵。")
    assert "提供夜宵" in out and "开展夜宵" not in out, out


def test_fetching_ones_share_and_settling_together():
    out = formal("各组自己下来拿，月底一块儿算。")
    assert "自行前来领取" in out and "统一结算" in out, out
    assert "下来拿" not in out and "一块儿" not in out, out


def test_whoever_said_as_nage():
    out = formal("要是哪个对芒果过敏，提前跟工会说。")
    assert "如有教职工" in out and "哪个" not in out, out


def test_which_one_stays_a_question_word():
    out = formal("哪个方案更好，请大家投票。")
    assert "哪个方案" in out, out


def test_agreeing_a_time_and_a_missed_deadline():
    out = formal("想去的先跟小吴讲好几点到，过了报名时间就不好办了。")
    assert "约定" in out and "讲好" not in out, out
    assert "将无法办理" in out and "不好办" not in out, out


def test_a_long_standing_problem():
    out = formal("教师子女暑假没人看管是个老难题。")
    assert "长期存在的难题" in out and "老难题" not in out, out


def test_working_late_and_going_slowly():
    out = formal("毕业班老师天天整到十点多，下雨路上款款的。")
    assert "整到" not in out and "工作到" in out, out
    assert "款款" not in out and "慢行" in out, out


def test_the_listeners_filler_goes_with_its_particle():
    out = formal("各位老师，跟你们讲哈，下周三体检。")
    assert "哈" not in out and "跟你们讲" not in out, out
    assert "周三" in out and "体检" in out, out


def test_the_same_day_said_another_way_is_ji():
    out = formal("体检定在9月12号也就是下礼拜四上午。")
    assert "即下周四" in out and "也是" not in out, out


def test_concise_keeps_who_is_covered_and_what_is_insured():
    text = ("各位老师好，关于暑假里孩子没人照看的问题，好几位双职工老师都跟工会提过，说自己假期还要值班，孩子一个人在家不放心。"
            "工会跟学校商量以后，今年七月在学校阅览室办一个托管班，时间是7月10号到7月20号，每天上午九点到十一点，"
            "由志愿者老师轮流看着孩子写作业，不收费。需要的本周内到工会登记。")
    assert "双职工" in rewrite(text, "concise").text
    text = ("老师们，工会组织一趟登山。时间定在5月9号礼拜六，早上七点学校南门集合，大巴送到山脚，下午四点前回来。"
            "要带的东西：水、干粮，再穿双运动鞋，别穿皮鞋，山路滑。意外保险工会统一买，家属也能带，就是得自己照顾好。"
            "想去的周三前在群里报名。")
    assert "保险" in rewrite(text, "concise").text


def test_concise_drops_a_promise_of_fun():
    text = "工会组织一次登山，保证大家玩得开心。5月9日周六早上7点在校门口集合，自带午餐，周三前在群里报名。"
    out = rewrite(text, "concise").text
    assert "玩得" not in out and "7时" in out, out


def test_a_number_said_twice_is_not_merged_into_one():
    out = formal("押金200，200块下月退。")
    assert out.count("200") == 2, out


def test_others_named_by_a_pronoun_and_an_outside_body():
    out = formal("老蔡他们几个象棋爱好者早就提议办比赛。")
    assert "他们几个" not in out and "蔡老师等" in out, out
    out = formal("市眼科医院已经联系好了，他们派医生到学校东门义诊。")
    assert "他们" not in out and "对方派" in out, out


def test_feeding_a_baby_and_asking_people_to_come():
    out = formal("还在喂奶期的女老师可以不参加，欢迎大家赏光。")
    assert "哺乳" in out and "喂奶" not in out and "赏光" not in out, out
