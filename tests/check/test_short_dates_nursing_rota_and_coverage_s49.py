"""What a reviewer catches that the checker missed on development round 92 (forty-ninth session), and what it
flagged wrongly there. A 落款 dated with the year's last two digits and 号 (27年3月2号, after 定稿：) is a 落款, and a
heading followed by it alone is empty; a law cited with 里头 before its article is still checked against the article;
nursing staff put on the night rota "as usual" after the rota is named break the rule; a women's section the plan
lacks is not supplied by a month-table row, while retirees visited in an item of another part are covered; a grade
beside another stage's word (二年级识字写字) is one problem; 小本子 is no swapped 小伙子, but 贴身人 is 贴心人 garbled.
Every sentence is written for this test."""

from __future__ import annotations

from tests.check.conftest import CONGRESS_ITEM, WELFARE_ITEM, found, planted

SIGNATURE = "雁塔区晨光初级中学工会委员会\n2027年2月22日"


def test_a_signature_dated_in_short_spoken_form_is_a_signature(lawbook):
    for date in ("27年2月22号", "开学前定稿：27年2月22号"):
        text = planted((SIGNATURE, f"雁塔区晨光初级中学工会委员会\n{date}"))
        assert "" not in found(lawbook, text, "missing_section"), date  # no 落款（缺）


def test_a_heading_followed_only_by_the_signature_is_empty(review):
    text = planted(("在学校党总支领导下，工会委员会统筹安排，委员分工负责，每项活动有计划、有总结。\n\n", ""),
                   (SIGNATURE, "雁塔区晨光初级中学工会委员会\n27年2月22号"))
    empty = [f for f in review(text) if f.kind == "empty_section"]
    assert [f.text for f in empty] == ["五、保障措施"], [f.text for f in empty]


def test_a_law_cited_with_litou_before_its_article_is_checked_against_it(review):
    text = planted((WELFARE_ITEM, "1. 《劳动合同法》里头第四十二条写着，劳动者“在本单位连续工作满十二年，且距法定退休年龄不足五年的”，"
                                  "学校不得解除合同。"))
    misquotes = [f for f in review(text) if f.kind == "misquote"]
    assert len(misquotes) == 1 and "满十二年" in misquotes[0].text, [f.text for f in misquotes]
    assert "第四十二条" in misquotes[0].message


def test_nursing_staff_on_the_night_rota_as_usual_break_the_rule(lawbook):
    text = planted((WELFARE_ITEM, "1. 周末夜间巡查照旧按值班表轮流，刚休完产假的哺乳期老师也照常排班。"))
    assert found(lawbook, text, "rule") == ["刚休完产假的哺乳期老师也照常排班"]
    spared = planted((WELFARE_ITEM, "1. 周末夜间巡查照旧按值班表轮流，哺乳期老师不排班。"))
    assert found(lawbook, spared, "rule") == []


def test_a_month_row_does_not_stand_for_a_missing_womens_section(review):
    """The plan's parts in its own words, the women's part gone: its 三八 row in the table does not make up for it."""
    own_words = planted(
        ("### （一）民主管理与校务公开", "### （一）议事和公开"),
        ("### （二）师德与队伍建设", "### （二）练内功"),
        ("### （三）女职工工作\n\n1. 我校现有女教职工60人，发挥工会女职工委员会作用。\n2. “三八”国际妇女节期间组织女教职工健康讲座。\n\n", ""),
        ("### （四）维权与送温暖", "### （三）撑腰送暖"),
        ("### （五）文体活动", "### （四）动起来"),
        ("### （六）工会自身建设", "### （五）工会自个儿"),
        ("### （七）经费管理", "### （六）管好钱"),
        ("### （八）退休教职工工作", "### （七）老同志"),
    )
    missing = [f.message for f in review(own_words) if f.kind == "missing_section"]
    assert len(missing) == 1 and "女职工" in missing[0], missing


def test_a_grade_beside_another_stages_word_is_one_problem(review):
    text = planted((CONGRESS_ITEM, "2. 教研组本学期主抓一年级拼音教学，工会请专家来讲。"))
    vocab = [f for f in review(text, school_type="完全中学") if f.kind == "school_type_vocab"]
    assert len(vocab) == 1 and "一年级" in vocab[0].text and "拼音" in vocab[0].text, [f.text for f in vocab]


def test_a_small_notebook_is_no_garble_but_a_spun_union_slogan_is(lawbook):
    text = planted((WELFARE_ITEM, "1. 给每对师徒发个小本子，记下听课心得。"))
    assert found(lawbook, text, "garble") == []
    spun = planted((WELFARE_ITEM, "1. 工会委员要做教职工的贴身人，有事随叫随到。"))
    assert found(lawbook, spun, "garble") == ["贴身人"]
