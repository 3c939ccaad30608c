"""Formal tone, session 19 families (issue 12 point 5): a helper called by surname and a kin term (X婶, X叔) gets
surname and 师傅; any one-character verb with 一下 before its object loses 一下; degree said 可…了 / …得不得了
becomes 十分; who pays said 全报 / 不贴 becomes 全额报销 / 不予补贴; a colleague reached with 转给 / 付给 is named
by surname and post. Sentences are the tests' own."""

from tests.rewrite.shown import assert_rewritten, shown


def test_a_helper_called_by_kin_term_is_named_by_surname_and_shifu():
    assert_rewritten("运动会那天请了后勤的蒋婶帮着烧开水。", gone=["蒋婶"], kept=["蒋师傅", "开水"])
    assert_rewritten("车子由冯叔开，早上七点出发。", gone=["冯叔"], kept=["冯师傅"])


def test_a_kin_word_of_its_own_is_left_alone():
    out = shown("王叔叔和李阿姨都报了名。")
    assert "师傅" not in out, out


def test_yixia_goes_before_the_object_of_any_verb():
    out = assert_rewritten("散会后男同志留下来卸一下货。", gone=["一下"], kept=["卸货"])
    assert "男" in out, out


def test_degree_said_the_spoken_way_is_written_shifen():
    assert_rewritten("期末这阵子大家可忙了。", gone=["可忙了"], kept=["忙"])
    assert_rewritten("新换的打印机可方便了。", gone=["可方便了"], kept=["方便"])
    assert_rewritten("那间仓库闷得不得了，要装风扇。", gone=["不得了"], kept=["十分闷", "风扇"])


def test_who_pays_said_the_spoken_way():
    assert_rewritten("体检的挂号费工会全报。", gone=["全报。"], kept=["全额报销"])
    assert_rewritten("家属的门票工会不贴。", gone=["不贴"], kept=["不予补贴", "家属"])


def test_a_colleague_money_is_passed_to_is_named_by_post():
    assert_rewritten("资料费当场转给小于就行。", gone=["小于"], kept=["于老师"])
