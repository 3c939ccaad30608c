"""Formal and concise rewriting on development round 102 (fifty-fourth session): text that is already good keeps its
set terms (离退休老同志, 放在心里); a concise 不超过 keeps its 过; a deposit paid back when the key is returned is
said as such, and concise rewriting keeps that clause; a place said with 那块 after 在 is the place, not a topic; and
the regional words of the round (院坝头, 一搭里, 碎娃, 同埋, N蚊, 仲, 见小人, 好几十, 头三名, 新整了, 回头, 末了,
您受累, 名儿, 交上来) are written plainly.
Every sentence is written for this test."""

from __future__ import annotations

from assistant.rewrite.rules import rewrite


def test_good_text_keeps_the_retirees_set_term_and_its_important_place():
    text = "工会始终惦记着离退休老同志，年节登门探望，把他们放在心里。"
    out = rewrite(text, "formal").text
    assert "离退休老同志" in out and "放在心里" in out and "设在" not in out, out
    plain = rewrite("九九重阳那天，请几位老同志回来聊聊学校的变化。", "formal").text
    assert "退休教职工" in plain and "老同志" not in plain, plain


def test_concise_keeps_not_more_than_whole():
    out = rewrite("大家好，工会给每人订一份杂志，每人的标准不超过200块钱，都可以的。", "concise").text
    assert "不超过200元" in out and "不超200" not in out, out


def test_a_deposit_paid_back_is_kept_and_said_formally():
    text = "借用投影仪押金100块钱，以后不用了退投影仪时押金会退给您。"
    formal = rewrite(text, "formal").text
    assert "退还投影仪" in formal and "予以退还" in formal and "无需了" not in formal, formal
    concise = rewrite(text, "concise").text
    assert "予以退还" in concise and "100元" in concise, concise


def test_a_place_after_zai_with_na_kuai_is_the_place():
    out = rewrite("周五下午在行政楼大厅那块，每人领两张电影票。", "formal").text
    assert "行政楼大厅" in out and "方面" not in out and "那块" not in out, out


def test_south_western_and_guanzhong_words():
    out = rewrite("工会在宿舍楼后的院坝头摆几桌，大家一搭里吃顿饭。碎娃娃就莫带来了。", "formal").text
    assert "院坝头" not in out and "一搭里" not in out and "碎娃" not in out, out
    assert "一同" in out or "一起" in out, out
    mushrooms = rewrite("没煮熟的菌子吃了要见小人的，前年县里出过好几十起中毒。", "formal").text
    assert "未煮熟" in mushrooms and "幻觉" in mushrooms and "数十" in mushrooms and "见小人" not in mushrooms, mushrooms


def test_cantonese_words_and_the_money_unit():
    out = rewrite("报名费收20蚊意思下，仲可以带家属，橙汁同埋饼干工会准备。", "formal").text
    assert "20元" in out and "蚊" not in out and "意思下" not in out, out
    assert "还可" in out and "仲" not in out and "和饼干" in out and "同埋" not in out, out


def test_north_eastern_and_beijing_words():
    out = rewrite("工会新整了三台跑步机，头两名发奖杯，回头小宋给大伙儿演示怎么用，末了您受累签个名儿。", "formal").text
    for word in ("新整了", "头两名", "回头", "末了", "您受累", "名儿"):
        assert word not in out, (word, out)
    assert "新购置了" in out and "前两名" in out and "届时" in out and "最后" in out and "签名" in out, out


def test_phones_handed_in():
    out = rewrite("开会时手机要交上来，会后再领。", "formal").text
    assert "上交" in out and "交上来" not in out, out


def test_the_end_of_term_is_not_the_beijing_word_for_at_last():
    out = rewrite("快到期末了，工会给每位任课老师送一盒润喉糖。", "formal").text
    assert "期末" in out and "期最后" not in out, out
