"""Formal and concise rewriting on development round 80 (forty-third session): concise keeps the clause saying who is
invited to come and teach what, even before a 即 that explains it, and never cuts an item out of a list (被子、床垫…);
formal keeps a 瑶族 surname with its title (盘老师), writes a colleague's 屋里 as 家里 and the Hunan 咯次, 伢子妹子 and
莫怕, the Shaanxi 这搭 and the Sichuan 耍得安逸 in standard words. Every sentence is written for this test."""

from __future__ import annotations

from assistant.rewrite.rules import rewrite


def test_concise_keeps_who_is_invited_to_teach_what():
    text = ("各位老师好呀，又到了工会每学期一次的读书沙龙啦！这次想换个花样，请了市图书馆古籍部的修复师来教线装书装订，"
            "就是用棉线把书页一针一针缝起来，做成一本小册子，做好了自己带走。时间定在4月15号下午4点半，地点在三楼阅览室。"
            "材料工会出钱买好，人手一份，不用自己掏钱。名额只有20个，报满就截止，想来的抓紧找小叶报名哦！")
    out = rewrite(text, "concise").text
    assert "市图书馆" in out and "线装书" in out, out


def test_concise_never_cuts_an_item_out_of_a_list():
    text = ("住校的老师们注意一下，有个事跟大家说说。天气转凉了，大家的被子、床垫用了一整个夏天，说实话螨虫肯定不少，"
            "有的老师早上起来身上痒，估计就是这个原因。工会联系了一家家政公司，下礼拜三全天到教师公寓免费除螨，"
            "每间宿舍大概半个小时。需要的在群里接龙，写清楚楼号和房间号，周一中午12点截止。")
    out = rewrite(text, "concise").text
    assert "被子、有" not in out and "被子、。" not in out, out


def test_formal_keeps_a_surname_and_writes_hunan_words_plainly():
    out = rewrite("咯次工会去盘老师屋里学打油茶，冇进过山的伢子妹子莫怕，中饭就在周老师屋里恰。", "formal").text
    assert "盘老师" in out and "盘教师" not in out, out
    for word in ("咯次", "屋里", "伢子妹子", "莫怕"):
        assert word not in out, (word, out)
    assert "此次" in out and "家里" in out, out


def test_formal_writes_shaanxi_here_and_sichuan_fun_plainly():
    out = rewrite("清明前咱蒸花馍，这是咱这搭的老讲究，捏得丑不丑都莫得关系，耍得安逸就对了。", "formal").text
    for word in ("这搭", "耍得安逸"):
        assert word not in out, (word, out)
    assert "本地" in out and "玩得开心" in out, out
