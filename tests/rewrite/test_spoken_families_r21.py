"""Families of spoken phrasing (round 21 work): enrolment closed when full, a deadline with 过了…就不等了, who pays
said with 掏/包, 不舒服, 得很, 自己找/自个儿买票, buying together, 一结束, 在…上了, an event + 完了, 上完第几节课,
regional 一哈/相因/将将, a separable verb with 了, and a count of things before a person. Sentences are the tests'
own."""

import pytest

from assistant.rewrite.facts import facts
from assistant.rewrite.rules import rewrite
from tests.rewrite.shown import assert_rewritten

FORMAL = [
    # (spoken, must appear, must not appear)
    ("名额二十个，报满拉倒。", ["额满为止"], ["拉倒"]),
    ("座位有限，够数了就不收了。", ["额满为止"], ["够数", "不收了"]),
    ("材料请周三前交齐，过了这个时间就不等了。", ["逾期不候"], ["不等了"]),
    ("大巴车费工会掏。", ["由工会承担"], ["掏"]),
    ("午餐学校包，晚餐自理。", ["由学校承担"], ["学校包"]),
    ("不少同事肩膀不太舒服。", ["不适"], ["舒服"]),
    ("食堂的菜便宜得很。", ["十分便宜"], ["得很"]),
    ("服装自己准备，道具自己找。", ["自备"], ["自己找"]),
    ("家属想看的自个儿买票。", ["自行购票"], ["自个儿"]),
    ("羽毛球拍我们一块儿买。", ["统一购买"], ["一块儿"]),
    ("运动会一结束，各班把器材送回。", ["运动会结束后"], ["一结束"]),
    ("值班表贴在一楼大厅的白板上了。", ["白板上。"], ["上了"]),
    ("讲座完了大家合个影。", ["讲座结束后"], ["完了"]),
    ("周五上完第二节课就出发。", ["第二节课后"], ["上完"]),
    ("会前老师们教一哈新来的同事。", ["教"], ["一哈"]),
    ("那家店的茶叶相因得很。", ["十分便宜"], ["相因"]),
    ("将将接到通知，明天停水。", ["刚刚"], ["将将"]),
    ("去年没报的这回报了名。", ["已报名"], ["报了名"]),
    ("门票钱由工会出。", ["门票费"], ["门票钱"]),
    ("给各位说件事，下周体检改到周四。", ["现将有关事项通知如下："], ["说个事"]),
    ("今年工会还是统一办，配偶也可以跟着办理。", ["统一办理", "随同办理"], ["跟着"]),
]


@pytest.mark.parametrize("text, present, absent", FORMAL)
def test_spoken_family_is_written_formally(text, present, absent):
    assert_rewritten(text, absent, present)


@pytest.mark.parametrize("text", [
    "会议由工会主席召开，会后形成纪要。",  # 召开 is one word: no 开了会 inside it
    "学校已包场，座位按年级安排。",
])
def test_standard_wording_is_left_alone(text):
    assert rewrite(text, "formal").text == text


def test_together_is_no_money():
    assert not [f for f in facts("大家一块儿去买球拍") if f.unit == "money"]
    assert [f for f in facts("一块钱一瓶") if f.unit == "money"]


def test_a_count_of_subjects_before_their_teachers_stays_a_count():
    out = rewrite("安排三个学科的学科组老师参加。", "formal").text
    assert "三个学科" in out and "三名学科" not in out, out
    assert "6名青年教师" in rewrite("来了6个年轻老师。", "formal").text


@pytest.mark.parametrize("text, present, absent", [
    ("报名表请交给教务处的小龙，周三截止。", ["龙老师"], ["小龙"]),
    ("有问题找后勤的小石。", ["石老师"], ["小石"]),
])
def test_a_colleague_named_like_a_word_is_addressed_formally(text, present, absent):
    assert_rewritten(text, absent, present)


@pytest.mark.parametrize("text", ["农场里的小牛刚满月。", "这点奖励只是九牛一毛。", "他向来一毛不拔。"])
def test_words_and_idioms_stay(text):
    assert rewrite(text, "formal").text == text


def test_spoken_jiao_is_still_written_formally():
    assert "5角" in rewrite("一支笔5毛钱。", "formal").text


@pytest.mark.parametrize("text, present, absent", [
    ("门票原价两百四，个人掏一百五就行。", ["240元", "150元"], ["掏"]),  # the amount after a payer gets its 元
    ("一顶帽子三十几块，工会出。", ["三十余元", "由工会承担"], ["几块"]),
    ("全市三十多个学校参加。", ["三十余个学校"], ["多个"]),
    ("午间从12点半弄到1点半开放。", ["12时30分至13时30分"], ["弄到", "1时"]),
    ("每月看一回，一回两个钟头。", ["一次"], ["一回"]),
])
def test_numbers_said_the_spoken_way(text, present, absent):
    assert_rewritten(text, absent, present)


@pytest.mark.parametrize("text", ["他一回到家就备课。", "这是两回事。", "上午10时至12时，下午2时至4时。"])
def test_no_number_change_where_none_is_spoken(text):
    assert rewrite(text, "formal").text == text


@pytest.mark.parametrize("text, present, absent", [
    ("新系统大家都弄不明白。", ["难以掌握"], ["开展"]),
    ("阅览室好些年没怎么添过新书。", ["多年", "很少"], ["没如何", "好多年"]),
    ("材料周三前交齐，别拖拉。", ["请勿延误"], ["拖拉"]),
    ("请两个小伙子帮忙搬桌子。", ["两名男青年"], ["小伙子"]),
    ("比赛定在礼拜五，也就是6月11，上午开始。", ["6月11日"], ["6月11，"]),
])
def test_more_spoken_families(text, present, absent):
    assert_rewritten(text, absent, present)


def test_change_given_stays_change():
    assert "找零" in rewrite("两毛钱找零。", "formal").text


@pytest.mark.parametrize("text, present, absent", [
    ("请社区的两位老师傅来教大家剪纸。", ["指导教职工"], ["教大家", "教教职工"]),
    ("彩纸由工会统一去采购。", ["统一购买"], ["去买"]),
    ("下了班到操场集合。", ["下班后"], ["下了班"]),
    ("开幕式请书记讲两句。", ["讲话"], ["讲两句"]),
    ("名单各组周二前报过来。", ["报送"], ["报过来"]),
    ("挂号费工会全报了。", ["全额报销"], ["全报了"]),
    ("家里有二娃的可以优先。", ["二孩"], ["二娃"]),
    ("工会想开个书法班。", ["拟开设"], ["想开个"]),
    ("各组想来个拔河比赛。", ["拟举办"], ["想来个"]),
    ("工会委员合计了一下，决定延期。", ["研究"], ["合计了"]),
    ("球网我们已买了两块，球拍八十块一副。", ["两块", "80元"], ["两元"]),
    ("材料交给办公室的小沈复印。", ["沈老师"], ["小沈"]),
    ("这些老师里有三个已经退休了。", ["三名"], ["三个"]),
])
def test_spoken_families_of_other_rounds(text, present, absent):
    assert_rewritten(text, absent, present)


def test_a_sum_stays_a_sum():
    assert "合计" in rewrite("三项合计一千二百元。", "formal").text


def test_time_said_with_shi_zai():
    out = rewrite("讲座时间呢，是在周三下午。", "formal").text
    assert "时间为周三下午" in out, out


@pytest.mark.parametrize("text, present", [("文化馆为我们包了场。", "已包场"), ("我们订了票，周五出发。", "已订票")])
def test_separable_verb_tagged_noun_by_jieba(text, present):
    assert present in rewrite(text, "formal").text


def test_a_verb_of_state_with_le_stays():
    assert "剩了饭" in rewrite("桌上剩了饭。", "formal").text


@pytest.mark.parametrize("text, present, absent", [
    ("午休时可以去活动室练练手。", ["练手"], ["练练"]),
    ("跑两圈出出汗。", ["出汗"], ["出出"]),
    ("周末在家看看书。", ["读书"], ["了解书", "看看"]),
])
def test_doubled_verb_before_its_object(text, present, absent):
    assert_rewritten(text, absent, present)


def test_looking_at_a_bookshelf_is_no_reading():
    assert "阅读" not in rewrite("看看书架上有什么。", "formal").text


@pytest.mark.parametrize("text, present, absent", [
    ("侬明天来开会伐？", ["？"], ["伐"]),
    ("有事寻办公室的小陆。", ["办公室的陆老师"], ["寻"]),
    ("食堂装修完了再开放。", ["装修完成后"], ["完了"]),
    ("把二楼那间杂物间疼出来。", ["腾出"], ["疼出"]),
    ("摘的橘子自己拿回家。", ["自行带回"], ["拿回家"]),
    ("请校医室的王大夫讲课。", ["王医生"], ["大夫"]),
    ("来年再组织一次。", ["明年"], ["来年"]),
    ("各校派三个年级组长参加。", ["三名年级组长"], ["三个"]),
])
def test_families_of_rounds_seven_and_nine(text, present, absent):
    assert_rewritten(text, absent, present)


@pytest.mark.parametrize("text", ["步伐要整齐。", "三个年级组参加。", "他读过不少士大夫的诗。"])
def test_words_with_the_same_characters_stay(text):
    assert rewrite(text, "formal").text == text
