"""Each kind on short texts: the exact span, and the look-alikes that are correct."""

from __future__ import annotations

import pytest

from assistant.check.review import check_text
from assistant.domain.policy import current_congress
from assistant.loading.statutes import LawBook

ART11 = (
    "第十一条 用人单位有会员二十五人以上的，应当建立基层工会委员会。女职工人数较多的，可以建立工会女职工委员会，"
    "在同级工会领导下开展工作；女职工人数较少的，可以在工会委员会中设女职工委员。"
)


def small_lawbook() -> LawBook:
    """A real LawBook holding one law (two articles) and one digest."""
    return LawBook(
        articles={"工会法": {"第十一条": ART11, "第四十五条": "第四十五条 工会应当根据经费独立原则，建立预算、决算和经费审查监督制度。"}},
        titles={"工会法": "中华人民共和国工会法", "学校教职工代表大会规定": "学校教职工代表大会规定"},
        digests={"学校教职工代表大会规定"},
    )


def spans(text: str, year: int = 2027, kind: str | None = None) -> list[tuple[str, str]]:
    return [(f.kind, f.text) for f in check_text(text, year, small_lawbook()) if kind is None or f.kind == kind]


FOUND = [
    # (text, year, kind, exact span)
    ("本学期工会在____的领导下开展工作。", 2027, "placeholder", "____"),
    ("20xx年工会工作计划", 2027, "placeholder", "20xx"),
    ("计划于20XX年x月x日召开。", 2027, "placeholder", "20XX年x月x日"),
    ("XX学校工会委员会", 2027, "placeholder", "XX"),
    ("××镇中心小学", 2027, "placeholder", "××"),
    ("学习贯彻党的十x大精神。", 2027, "placeholder", "十x大"),
    ("具体安排（略）。", 2027, "placeholder", "（略）"),
    ("由某某同志负责。", 2027, "placeholder", "某某"),
    ("组织教职工学习领会“十八大”精神。", 2023, "outdated", "十八大"),
    ("为“十三五”规划开好局。", 2024, "outdated", "十三五"),
    ("践行“八荣八耻”。", 2027, "outdated", "八荣八耻"),
    ("组织教职工学习《公民道德建设纲要》。", 2027, "outdated", "《公民道德建设纲要》"),
    ("以邓小平理论和“三个代表”重要思想为指导。", 2027, "outdated", "以邓小平理论和“三个代表”重要思想为指导"),
    ("认真学习贯彻新《工会法》。", 2027, "outdated", "新《工会法》"),
    ("推进“两学一做”学习教育常态化。", 2027, "outdated", "“两学一做”学习教育"),
    ("学习贯彻党的十九届六中全会精神。", 2027, "outdated", "党的十九届六中全会精神"),
    ("学习中国工会十七大精神。", 2026, "outdated", "中国工会十七大"),
    ("依据《工会法》第九十九条开展工作。", 2027, "unknown_article", "《工会法》第九十九条"),
    ("按照《工会法》第十一条、第99条执行。", 2027, "unknown_article", "第99条"),
    ("《工会法》第十一条规定：“女职工人数较多的，必须建立女职工委员会。”", 2027, "misquote",
     "女职工人数较多的，必须建立女职工委员会。"),
    ("《工会法》规定：女职工一律建立女职工委员会。", 2027, "misquote", "女职工一律建立女职工委员会"),
    ("加強學校工會建設。", 2027, "script", "強學校工會建設"),
    ("不會出現(xiàn)問題", 2027, "script", "現(xiàn)"),
    ("开展结对帮助扶活动，传帮助带青年教师。", 2027, "garble", "帮助扶"),
    ("工会工会委员会按时换届。", 2027, "doubled_phrase", "工会工会"),
    ("工会经费收支情况由学校财务部门审查。满意率达150%。", 2027, "impossible_figure", "满意率达150%"),
    ("2027年2月29日召开会议。", 2027, "impossible_figure", "2027年2月29日"),
    ("选举产生教职工代表60名，我校现有教职工52人。", 2027, "impossible_figure", "教职工代表60名"),
    ("我校现有教职工56人，其中男教职工30人，女教职工30人。", 2027, "impossible_figure", "男教职工30人，女教职工30人"),
    ("某中学2026年秋季学期工会工作计划\n组织教职工春游。", 2026, "out_of_period", "春游"),
    # The finding covers the whole request with its deadline (报送要求), not only its opening words.
    ("请各学校工会于5月10日前报送名单。", 2027, "pasted_notice", "请各学校工会于5月10日前报送"),
    ("附件：报名表", 2027, "pasted_notice", "附件："),
    ("市教工〔2027〕12号", 2027, "pasted_notice", "市教工〔2027〕12号"),
    ("详见 https://gh.example.cn/notice 。", 2027, "unsafe_content", "https://gh.example.cn/notice"),
    ("<script>alert(1)</script>", 2027, "unsafe_content", "<script>"),
    ("工会\u200b委员会", 2027, "unsafe_content", "\u200b"),
    ("本活动由区工会统一组织。（此件主动公开）", 2027, "pasted_notice", "（此件主动公开）"),
    ("各学校工会要高度重视，认真组织报名。", 2027, "pasted_notice", "各学校工会要"),
    ("由【学校名称】工会委员会负责组织。", 2027, "placeholder", "【学校名称】"),
    ("我校35岁以下教师占58%，45岁以上教师占49%。", 2027, "impossible_figure", "35岁以下教师占58%，45岁以上教师占49%"),
    ("要充足发挥工会组织的桥梁纽带作用。", 2027, "garble", "充足发挥"),
    ("宣传《工会法》。其中第十一条规定：“女职工人数较多的，必须建立女职工委员会。”", 2027, "misquote",
     "女职工人数较多的，必须建立女职工委员会。"),
    ("宣传《工会法》，其中第九十九条规定了经费来源。", 2027, "unknown_article", "第九十九条"),
    ("1、开展活动。\n2.组织学习。", 2027, "numbering", "2."),
    ("一、主要工作\n1、民主管理。\n2、师德建设。\n4、文体活动。", 2027, "numbering", "4、"),
    ("一、主要工作\n二、保障措施\n四、其他", 2027, "numbering", "四、"),
    ("一、主要工作\n1.总体要求。\n（一）民主管理\n1.召开教代会。", 2027, "numbering", "1."),
]


@pytest.mark.parametrize("text, year, kind, span", FOUND, ids=[f"{f[2]}-{f[3][:12]}" for f in FOUND])
def test_kind_is_found_with_its_exact_span(text, year, kind, span):
    findings = [f for f in check_text(text, year, small_lawbook()) if f.kind == kind]
    assert span in [f.text for f in findings], findings
    finding = next(f for f in findings if f.text == span)
    assert finding.message and finding.suggestion and finding.location.label


@pytest.mark.parametrize(
    "text, year",
    [
        ("依据《工会法》第十一条，建立女职工委员会。", 2027),
        ("依据《工会法》第11条，建立女职工委员会。", 2027),
        ("坚持以马克思列宁主义、毛泽东思想、邓小平理论、“三个代表”重要思想、科学发展观、习近平新时代中国特色社会主义思想为指导。",
         2027),
        ("深入学习贯彻党的二十大精神，认真贯彻中国工会第十八次全国代表大会精神。", 2027),
        ("围绕“十四五”规划目标。", 2024),
        ("《工会法》第十一条规定：女职工人数较多的，可以建立工会女职工委员会。", 2027),
        ("《学校教职工代表大会规定》第十五条规定：“教职工代表大会每学年至少召开一次。”", 2027),
        ("显著提高著作水平，干净利落。", 2027),
        ("组织学习《新时代公民道德建设实施纲要》。", 2027),
        ("九月份\n1.开学慰问。\n2.教师节。\n十月份\n1.重阳节。", 2027),
        ("一、主要工作\n（一）民主管理\n1.召开教代会。\n2.校务公开。\n（二）师德建设\n1.师德学习。", 2027),
        ("一、指导思想\n以习近平新时代中国特色社会主义思想为指导。\n二、工作目标\n1、营造民主和谐的氛围。\n2、建设职工之家。\n三、主要工作\n（一）民主管理\n1、召开教代会。", 2027),
        ("按照区教育工会关于开展读书活动的通知要求，组织教职工参加；各工会小组长做好登记。", 2027),
        ("会议时间：2027年4月30日，12月31日完成决算。", 2027),
        ("党的二十大和二十届历次全会精神。", 2027),
        ("配合学校党组织组织教职工开展政治理论学习。", 2027),
        ("某中学2027年春季学期工会工作计划\n迎来教育的春天，组织春游踏青；秋季学期再评选先进。", 2027),
        ("我校现有教职工56人，其中男教职工26人，女教职工30人。", 2027),
        ("我校40岁以下教师占55%，40岁及以上教师占45%。", 2027),
        ("要充分发挥工会组织的桥梁纽带作用，关心广大教职工。", 2027),
        ("宣传《工会法》。其中第十一条规定：“用人单位有会员二十五人以上的，应当建立基层工会委员会。”", 2027),
        ("【工作要求】各工会小组按时完成。", 2027),
        ("2026年9月以来，工会坚持每月走访。", 2027),
    ],
)
def test_correct_text_is_not_flagged(text, year):
    assert check_text(text, year, small_lawbook()) == []


def test_congress_number_follows_the_year():
    assert [current_congress(y) for y in (2017, 2018, 2022, 2023, 2027, 2028)] == [18, 19, 19, 20, 20, 21]
    assert spans("学习党的二十大精神。", 2028, "outdated") == [("outdated", "党的二十大精神")]
    assert spans("学习中国工会第十八次全国代表大会精神。", 2029, "outdated") == [
        ("outdated", "中国工会第十八次全国代表大会")
    ]
    assert spans("学习中国工会第十八次全国代表大会精神。", 2028, "outdated") == []


def test_line_column_and_location_point_at_the_span():
    text = "某小学2027年工会工作计划\n一、指导思想\n第一段正常。\n第二段有XX学校。"
    (f,) = check_text(text, 2027, small_lawbook())
    assert (f.kind, f.text, f.line, f.column) == ("placeholder", "XX", 4, 5)
    assert (f.location.section, f.location.label) == ("guiding", "一、指导思想第2段")
    assert f.to_json() == {
        "kind": "placeholder", "text": "XX", "line": 4, "location": "一、指导思想第2段", "section": "guiding", "item": 0,
        "message": f.message, "suggestion": f.suggestion, "also": [],
    }


def test_the_same_wrong_words_are_one_finding_listing_every_place():
    text = "一、指导思想\n学习党的十九大精神。\n二、主要工作\n1、宣讲党的十九大精神。\n2、践行八荣八耻。"
    findings = check_text(text, 2027, small_lawbook())
    assert [(f.kind, f.text, f.location.label) for f in findings] == [
        ("outdated", "党的十九大精神", "一、指导思想"), ("outdated", "八荣八耻", "二、第2条"),
    ]
    assert [place.label for place in findings[0].also] == ["二、第1条"]
    assert findings[0].message.endswith("（全文共2处，另见二、第1条）")


@pytest.mark.parametrize(
    "period, text, span",
    [
        ("第二学期", "元旦前走访慰问困难教职工。", "元旦"),
        ("第二学期", "重阳节组织退休教职工登高。", "重阳节"),
        ("第二学期", "2026年11月召开教代会。", "2026年11月"),
        ("第一学期", "“六一”儿童节慰问教职工子女。", "“六一”儿童节"),
        ("第一学期", "利用暑假组织教职工疗休养。", "暑假"),
        ("第一学期", "学年末总结表彰，年初编制预算。", None),
        ("第一学期", "5月组织教职工登山。", "5月"),
        ("第二学期", "年末编制经费决算。", "年末"),
    ],
)
def test_out_of_period_in_each_semester(period, text, span):
    title = "某中学2026—2027学年第二学期工会工作计划" if period == "第二学期" else "某中学2026年秋季学期工会工作计划"
    year = 2027 if period == "第二学期" else 2026
    found = spans(f"{title}\n{text}", year, "out_of_period")
    assert found == ([("out_of_period", span)] if span else [])


def test_a_dated_month_outside_a_school_years_plan_is_flagged_but_a_look_back_is_not():
    title = "某中学2027—2028学年工会工作计划"
    assert spans(f"{title}\n2027年6月高考前后慰问高三教师。", 2027, "out_of_period") == [("out_of_period", "2027年6月")]
    assert spans(f"{title}\n2028年6月高考前后慰问高三教师。", 2027, "out_of_period") == []
    assert spans(f"{title}\n2027年6月被评为市级模范职工之家。", 2027, "out_of_period") == []


def test_every_spun_phrase_of_the_spinner_data_is_a_garble_with_its_fixed_phrase_as_suggestion():
    """knowledge/spinner.yaml: each fixed phrase with one part swapped for a thesaurus synonym is flagged and the fixed
    phrase suggested; the fixed phrases themselves are not."""
    from assistant.domain.policy import garbled_spans
    from assistant.domain.spinner import load_spinner

    spinner = load_spinner()
    assert len(spinner.variants) >= 500
    for spun, fixed in list(spinner.variants.items())[::25]:
        # The variant stands after a comma: "工会" before it may itself make another garble that takes the first
        # characters (工会团伙精神 reads as 工会团伙 for 工会组织), which says nothing about the variant.
        (span,) = garbled_spans(f"，{spun}。")
        assert fixed in span.suggestion
    assert not any(garbled_spans(f"工会{fixed}。") for fixed in set(spinner.variants.values()))


def test_stale_ordinals_of_terms_courses_and_sessions():
    last_year = "举办第五届教职工书画展；开办第二期青年教师研修班；召开第十次会员代表大会；第四届教代会第二次会议。"
    this_year = "举办第五届教职工书画展；开办第二期青年教师研修班；召开第十次会员代表大会；第四届教代会第三次会议。"
    findings = check_text(this_year, 2027, small_lawbook(), previous=last_year)
    assert [(f.kind, f.text, f.suggestion) for f in findings] == [
        ("stale_ordinal", "第五届教职工书画展", "改为“第六届”（该活动每年举办一届时）"),
        ("stale_ordinal", "第二期青年教师研修班", "改为“第三期”（该活动每年举办一期时）"),
        ("stale_ordinal", "第十次会员代表大会", "改为“第十一次”，换届后改为新一届的届次"),
    ]
    moved_on = "举办第六届教职工书画展；开办第三期青年教师研修班；召开第十一次会员代表大会。"
    assert check_text(moved_on, 2027, small_lawbook(), previous=last_year) == []
