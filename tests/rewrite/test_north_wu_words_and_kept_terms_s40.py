"""Formal rewriting on development round 74 (fortieth session): 晌火 for noon; a not-knowing asked with a question
word (有啥不明白的, 东北 有嘎哈不懂的, 吴 咋话弗清楚 … 问伊); 老几位 and a speaker's lead-in; 贼稀罕 and 可专业了;
打电话给 someone, which became "电话联系给"; a colleague called 小X after a unit (机电系小俞, 工会小曲); and what
rewriting broke: 高跟鞋 turned into 高与鞋 by the 跟→与 rule, 缝缝补补 cut to 缝补, 报不了了 made 报已不了, 这个一定要
注意 made 该须注意, and 别不好意思 after "ask me" made an invitation to take part. Every sentence is written for this
test."""

from __future__ import annotations

from assistant.rewrite.rules import rewrite


def _formal(text: str) -> str:
    return rewrite(text, "formal").text


def test_noon_and_a_not_knowing_asked_with_a_question_word_are_written_formally():
    out = _formal("晌火在村部食堂吃饭，有咋着不明白的直接问我。")
    assert "晌火" not in out and "中午" in out and "咋" not in out and out.count("如有不明白之处") == 1, out
    out = _formal("报名找音乐组小俞，咋话弗清楚问伊。")
    assert "俞老师" in out and "伊" not in out and "如有不清楚之处" in out, out


def test_a_familiar_address_and_north_eastern_degree_words_go():
    out = _formal("老几位听我唠唠哈，退休的老同志们贼稀罕下象棋。")
    assert "老几位" not in out and "唠" not in out and "稀罕" not in out and "喜爱" in out, out
    assert "可专业" not in _formal("请来的瑜伽教练可专业了。")


def test_calling_someone_by_phone_names_whom_and_a_unit_before_a_colleague_keeps_the_colleague():
    out = _formal("有嘎哈不懂的打电话给工会小曲。")
    assert "电话联系曲老师" in out.replace("工会", "") and "联系给" not in out, out


def test_fixed_words_survive_the_rules_that_rewrite_their_characters():
    assert "高跟鞋" in _formal("跳操那天要穿运动鞋，别穿高跟鞋。")
    assert "缝缝补补" in _formal("宿舍屋面一次性整栋维修，改变以往缝缝补补的做法。")
    assert _formal("跟后勤商量好了再定。").startswith("与后勤")  # the preposition itself is still rewritten


def test_a_missed_deadline_and_an_invitation_to_ask_are_not_garbled():
    out = rewrite("材料月底前交到工会，过了时间就报不了了，这个一定要注意。有不懂的问我，别不好意思。", "concise").text
    assert "逾期不予报销" in out and "已不了" not in out and "该须" not in out, out
    assert "欢迎咨询" in out and "欢迎参加" not in out, out
