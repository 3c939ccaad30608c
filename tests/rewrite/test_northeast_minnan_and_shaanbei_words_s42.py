"""Formal and concise rewriting on development round 78 (forty-second session): north-eastern 完事儿, 得劲儿, 别整 + a
harm and 啃 + a food; southern Min 有要 + verb, 没要紧, 唱得真水 and 来听听; Hebei 白怕; northern Shaanxi 后生婆姨 and
不解下; 拿到 an office (handed in, not obtained); 审核完 before what follows; and what rewriting broke: the clapper
拍板 of an ensemble turned into 决定. Concise drops a rare-chance exhortation and a closing 保重, keeps the partner of a single talk
and the word 名额 after a time, and says a deal was reached (谈妥) rather than only talked over (谈). Every sentence is written for this test."""

from __future__ import annotations

from assistant.rewrite.rules import rewrite


def _formal(text: str) -> str:
    return rewrite(text, "formal").text


def test_north_eastern_words_of_an_outing():
    out = _formal("元旦前工会组织大伙儿去滑雪，完事儿在农家乐啃玉米、喝热汤，贼得劲儿，穿厚点，别整冻着了。")
    for word in ("完事儿", "啃", "得劲儿", "别整"):
        assert word not in out, (word, out)
    assert "活动结束后" in out and "以免冻着" in out and "吃玉米" in out, out


def test_southern_min_words_of_a_music_class():
    out = _formal("工会有要开古筝班，有要报的在群里接龙。老师弹得真水咧，没基础也没要紧，来听听也好。")
    for word in ("有要", "真水", "没要紧", "听听"):
        assert word not in out, (word, out)
    assert "拟开" in out and "有意报" in out and "无妨" in out and "旁听" in out, out


def test_hebei_and_shaanbei_words_and_a_form_handed_in():
    out = _formal("作品5月6号以前拿到工会办公室，画得不好的也白怕。男女后生婆姨都能报，有甚不解下的问老刘。")
    for word in ("拿到", "白怕", "后生", "婆姨", "解下"):
        assert word not in out, (word, out)
    assert ("交到工会办公室" in out or "提交至工会办公室" in out) and "如有疑问" in out, out


def test_checked_then_posted_and_a_clapper_beside_a_lute():
    out = _formal("各组把名单交上来，委员会审核完在公开栏公示。琵琶和拍板由乐社出借，由校长拍板。")
    assert "审核后" in out and "琵琶和拍板" in out and "校长决定" in out, out


def test_concise_drops_the_exhortation_and_the_farewell_but_keeps_the_partner_and_the_places():
    text = ("各位老师，这学期工会想办个书法沙龙，之前一直没办成，今年总算跟区文化馆谈下来了。跟校办商量了一下，"
            "每周四下午4点在三楼会议室，一次一个小时，名额20个。机会难得，大家抓紧报名，谢谢大家多保重！")
    out = rewrite(text, "concise").text
    for word in ("机会难得", "保重"):
        assert word not in out, (word, out)
    assert "校办" in out and "区文化馆" in out and "名额20" in out and "谈妥" in out, out
