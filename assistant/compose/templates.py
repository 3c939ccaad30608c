"""Data for the offline composer: current formulations by year, template measures per section, highlight mapping.

Placeholders in templates are filled from `template_names(profile)`: {school} {congress_name} {congress_short}
{congress_members} {women_body} {upper_union} {staff} {period_word} {year}.
"""

from __future__ import annotations

import re

from assistant.domain.policy import party_spirit, union_congress_spirit, union_law_phrase
from assistant.domain.profile import Profile


def guiding_paragraphs(profile: Profile, variant: int = 0) -> list[str]:
    """The 指导思想 paragraph in the wording current for the plan's year."""
    names = template_names(profile)
    union_congress = union_congress_spirit(profile.year)
    law = union_law_phrase(profile.year)
    spirit = party_spirit(profile.year)
    openings = (
        f"{names['period_word']}，我校工会坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻{spirit}，"
        f"认真学习贯彻{union_congress}和{law}，",
        f"{names['period_word']}，我校工会以习近平新时代中国特色社会主义思想为指导，全面贯彻{spirit}，"
        f"深入落实{union_congress}，依照{law}履行工会职责，",
    )
    middles = (
        f"在学校党组织的领导下，认真落实{profile.upper_union}的工作部署，紧紧围绕学校教育教学中心工作，",
        f"在学校党组织的坚强领导和{profile.upper_union}的指导下，紧扣学校中心工作和发展目标，",
    )
    ends = (
        "坚持全心全意依靠教职工办学，切实履行维护、建设、参与、教育等职能，深化民主管理，加强师德师风建设，"
        "用心用情服务教职工，建设让教职工满意的“职工之家”，团结动员全体教职工为办好人民满意的教育贡献力量。",
        "突出维护职能，推进民主管理和校务公开，引领教职工提升师德素养和业务能力，做实关心关爱教职工的各项工作，"
        "不断增强工会组织的吸引力和凝聚力，团结带领全体教职工为学校高质量发展建功立业。",
    )
    v = variant % 2
    return [openings[v] + middles[v] + ends[(v + variant // 2) % 2]]


def template_names(profile: Profile) -> dict[str, str]:
    """Names for filling templates (profile.names() plus counts and the period word)."""
    names = dict(profile.names())
    names["staff"] = str(profile.staff)
    names["period_word"] = {"年度": "本年度", "学年": "本学年", "第一学期": "本学期", "第二学期": "本学期"}[profile.period]
    return names


# Template measures per section: generic, current and complete sentences; the composer mixes them with
# measures retrieved from example plans.
TEMPLATES: dict[str, tuple[str, ...]] = {
    "goals": (
        "民主管理更加规范：按期召开{congress_name}，提案办理和校务公开做到有回应、有落实，教职工参与学校管理的渠道更加畅通。",
        "师德师风持续向好：教职工政治理论学习和师德教育常态化开展，岗位练兵和评先树优覆盖各学科、各岗位。",
        "关爱服务更加有力：困难帮扶、节日慰问、健康体检等工作落实到位，教职工的获得感、幸福感和归属感进一步增强。",
        "“职工之家”更有活力：文体活动贯穿全年，工会组织的吸引力和凝聚力不断增强，创建让教职工满意的“职工之家”。",
        "依法维权更加到位：教职工的合法权益得到有效维护，工会经费收支规范透明，工会工作制度化、规范化水平进一步提高。",
    ),
    "democracy": (
        "会前广泛征集{congress_short}提案，提案办理情况在下一次会议上向{congress_members}通报，做到件件有落实、事事有回音。",
        "健全校务公开制度，通过校务公开栏、校园网和教职工会议等渠道，及时公开学校重大决策、财务收支、评优评先和职称评聘等事项。",
        "涉及教职工切身利益的绩效工资分配、评优评先和职称评聘等方案，依法提交{congress_name}审议，充分听取教职工意见。",
        "推进学校与教职工的集体协商，签订并履行集体合同，维护教职工在工资、休息休假和劳动保护等方面的合法权益。",
        "组织{congress_short}代表（教职工）学习有关法律法规和学校规章制度，提高参与民主管理、民主监督的能力。",
        "建立校领导与教职工沟通交流机制，通过座谈会、意见箱等形式听取教职工对学校工作的意见建议，并及时反馈。",
    ),
    "ethics": (
        "配合学校党组织组织教职工开展政治理论学习，引导教职工坚定理想信念，增强做好教育工作的责任感和使命感。",
        "深入开展师德师风建设，组织教职工学习《新时代中小学教师职业行为十项准则》，引导教职工以德立身、以德立学、以德施教。",
        "围绕教育教学开展岗位练兵和劳动竞赛，组织青年教师基本功展示、教学技能比赛等活动，促进教师专业成长。",
        "开展教职工读书活动，引导教职工多读书、读好书，营造爱读书、善学习的良好氛围。",
        "做好优秀教师、优秀教育工作者等先进的评选推荐和宣传工作，用身边的榜样引领教职工爱岗敬业、奉献育人。",
        "推动新老教师结对帮带，发挥骨干教师的示范引领作用，帮助青年教师尽快成长。",
    ),
    "women": (
        "以“三八”国际妇女节为契机，开展女教职工主题活动，展示女教职工风采，评选表彰优秀女教职工。",
        "宣传落实《女职工劳动保护特别规定》，维护女教职工在孕期、产期、哺乳期的特殊权益，关心怀孕和哺乳期女教职工的工作与生活。",
        "配合学校组织女教职工妇科检查和乳腺、宫颈疾病筛查，普及健康知识，关注女教职工身心健康。",
        "引导女教职工在教育教学岗位上建功立业，开展巾帼建功等活动，促进女教职工素质提升。",
        "关心单亲、患病等困难女教职工，做好帮扶和慰问，帮助女教职工解决工作和家庭中的实际困难。",
        "推动学校建设或完善“爱心妈妈小屋”等设施，为哺乳期女教职工提供便利。",
    ),
    "welfare": (
        "依法维护教职工的合法权益，参与涉及教职工切身利益的制度制定，及时反映教职工的意见和诉求。",
        "建立困难教职工档案，实行动态管理，通过走访慰问和申请上级帮扶等方式为困难教职工排忧解难。",
        "关注教职工心理健康，开展心理健康讲座和减压活动，帮助教职工缓解工作压力。",
        "倾听教职工呼声，为教职工办实事、解难事，推动改善教职工的办公、就餐和休息条件。",
        "在教师节、传统节日等时间节点做好教职工慰问工作，让教职工切实感受到组织的关怀和温暖。",
    ),
    "culture": (
        "成立教职工兴趣小组，定期开展羽毛球、乒乓球、瑜伽、书画等活动，引导教职工积极参加健身锻炼。",
        "结合元旦、国庆等节日，开展迎新年联欢、主题文艺展示等活动，丰富教职工的精神文化生活。",
        "举办教职工运动会或趣味运动比赛，组织教职工参加上级工会举办的文体比赛。",
        "加强“职工之家”建设，完善教职工活动室和健身设施，为教职工开展活动提供场所。",
        "开展健步走、登山等户外健身活动，倡导健康生活方式，增强教职工体质。",
        "开展读书分享、摄影、手工等文化活动，为教职工展示才艺搭建平台，增强团队凝聚力。",
    ),
    "self": (
        "加强工会委员的学习培训，组织学习《工会法》和《中国工会章程》，提高工会干部依法履职和服务教职工的能力。",
        "做好会员发展和会籍管理工作，新入职教职工及时入会，做到应入尽入。",
        "健全工会工作制度，规范工会委员会议、工会小组活动，做好工会工作档案和台账的整理归档。",
        "加强工会宣传工作，利用学校网站、公众号和宣传栏宣传工会工作和教职工中的先进事迹。",
        "工会委员经常深入教研组、年级组，与教职工谈心交流，开展调研，听取意见建议，做教职工的贴心人。",
        "发挥工会小组的作用，支持工会小组长开展工作，把工会工作延伸到每一位教职工。",
    ),
    "finance": (
        "严格执行工会经费预算和决算制度，年初编制经费预算，年末编制决算，经费使用做到科学合理、有据可查。",
        "工会经费主要用于为教职工服务和开展工会活动，严格执行工会经费收支管理的有关规定，不超范围、超标准支出。",
        "定期向工会委员会和会员报告经费收支情况，接受会员监督，做到收支公开透明。",
        "做好工会会费的收缴工作，规范工会财务票据和账目管理。",
    ),
    "retirees": (
        "定期向退休教职工通报学校发展情况，邀请退休教职工参加学校重大活动，听取他们对学校工作的意见建议。",
        "关心退休教职工的身体健康和生活，退休教职工生病住院时及时探望慰问。",
        "支持退休教职工参加文体活动和老年大学学习，丰富退休生活。",
        "做好退休教职工的联络服务工作，建立联系名册，保持经常联系。",
    ),
    "safeguards": (
        "加强组织领导。在学校党组织的领导下，工会委员会统筹安排全年工作，重要事项集体研究，主动争取学校行政的支持。",
        "明确分工、落实责任。工会委员按分工负责各项工作，每项活动有计划、有负责人、有总结，确保计划落到实处。",
        "做好经费和场地保障。合理安排工会经费，争取学校在活动场地、时间和设施上的支持，保障各项活动顺利开展。",
        "加强督查与总结。每学期对照计划检查工作进展，年末进行全面总结，并向{congress_short}报告工会工作，接受教职工评议。",
        "加强宣传引导。及时宣传工会工作成效和教职工中的先进事迹，营造人人关心工会、人人参与工会活动的良好氛围。",
    ),
    "schedule": (),
}


# The retirees section of a school that has none of its own yet.
NO_RETIREES: tuple[str, ...] = (
    "关心临近退休的教职工，做好退休前的谈心交流和荣休欢送工作，让教职工光荣退休、安心退休。",
)


def adapt_to_school(text: str, profile: Profile) -> str:
    """Wording for the kind of school: a kindergarten says 我园 and 幼儿园教师."""
    if profile.school.endswith("幼儿园"):
        text = text.replace("我校", "我园").replace("中小学教师", "幼儿园教师").replace("各学科", "各班级")
        text = text.replace("教研组、年级组", "教研组、班组")
    return text


def rule_measures(key: str, profile: Profile, has_article_11: bool) -> list[str]:
    """Measures a section must contain by the domain rules (congress form, women's body, finance, retirees, welfare)."""
    n = template_names(profile)
    if key == "democracy":
        size = f"我校现有教职工{profile.staff}人，"
        if profile.has_congress:
            first = (f"{size}坚持和完善教职工代表大会（教代会）制度，每学年至少召开一次{profile.congress_name}，"
                     "审议学校工作报告和涉及教职工切身利益的重要事项。")
        else:
            first = (f"{size}实行全体教职工直接参加的{profile.congress_name}制度，每学年至少召开一次{profile.congress_name}，"
                     "审议学校工作报告和涉及教职工切身利益的重要事项。")
        return [first, f"认真做好{n['congress_short']}提案的征集、立案和办理工作，深入推进校务公开，保障教职工的知情权、参与权、表达权和监督权。"]
    if key == "women":
        basis = "依照《工会法》第十一条，" if has_article_11 else ""
        count = f"我校现有女教职工{profile.female_staff}人，" if profile.female_staff else ""
        if profile.women_body == "女职工委员会":
            return [f"{count}{basis}健全工会女职工委员会，在学校工会委员会领导下开展女职工工作，维护女教职工的合法权益和特殊利益。"]
        return [f"{count}{basis}在工会委员会中设女职工委员，负责女职工工作，维护女教职工的合法权益和特殊利益。"]
    if key == "finance":
        return [
            "坚持“收好、管好、用好”工会经费的原则，严格执行工会财务制度，做到专款专用。",
            "工会经费收支接受工会经费审查委员会（经审）的审查监督，经审工作报告按规定向会员（代表）报告。",
        ]
    if key == "retirees":
        if profile.retirees > 0:
            return [f"重阳节前后走访慰问我校{profile.retirees}名退休教职工，组织退休教职工座谈或开展敬老活动，表达学校和工会的关怀。"]
        return ["我校目前暂无退休教职工，工会在重阳节等时间节点配合上级工会做好系统内退休教职工的联系和慰问工作，弘扬尊老敬老的传统。"]
    if key == "welfare":
        return [
            "做好元旦、春节“送温暖”活动，走访慰问困难教职工、生病教职工和退休教职工。",
            "坚持“五必访”制度，教职工生病住院、结婚生育、家庭遭遇变故、退休离岗和生活困难时，工会及时看望慰问。",
            "配合学校每年组织教职工健康体检，关注体检结果，做好健康指导。",
        ]
    return []


# Highlight → sections it belongs to (first match wins); anything else goes to 文体活动.
HIGHLIGHT_SECTIONS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("校庆", "周年"), ("culture", "ethics", "democracy")),
    (("新校区", "搬迁", "新校舍", "新校园", "启用"), ("welfare", "self")),
    (("运动会", "比赛", "联赛", "演出", "艺术节", "文化节"), ("culture",)),
    (("培训", "师德", "练兵", "读书"), ("ethics",)),
    (("女职工", "女教职工", "三八", "妈咪", "妈妈小屋"), ("women",)),
    (("退休", "重阳"), ("retirees",)),
    (("教代会", "教职工大会", "校务公开", "绩效", "提案"), ("democracy",)),
    (("体检", "慰问", "帮扶", "心理"), ("welfare",)),
    (("经费", "预算"), ("finance",)),
)
# Default month of a highlight that does not name one.
HIGHLIGHT_MONTHS: tuple[tuple[tuple[str, ...], int], ...] = (
    (("新校区", "搬迁", "新校舍", "新校园"), 9),
    (("三八", "女职工"), 3),
    (("重阳", "退休"), 10),
    (("运动会",), 11),
    (("教师节", "师德"), 9),
)
_MONTH = re.compile(r"(1[0-2]|[1-9])\s*月(?:份)?(?:[上中下]旬|初|底|末)?")
_CN_MONTH = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11, "十二": 12}
_CN_MONTH_RE = re.compile(r"(十一|十二|[一二三四五六七八九十])月(?:份)?(?:[上中下]旬|初|底|末)?")


def highlight_sections(highlight: str) -> tuple[str, ...]:
    """Section keys a highlight belongs to."""
    for words, keys in HIGHLIGHT_SECTIONS:
        if any(w in highlight for w in words):
            return keys
    return ("culture",)


def highlight_month(highlight: str) -> tuple[int | None, str]:
    """(month named or implied by the highlight, the highlight without its month)."""
    m = _MONTH.search(highlight) or _CN_MONTH_RE.search(highlight)
    if m:
        month = int(m.group(1)) if m.group(1).isdigit() else _CN_MONTH[m.group(1)]
        rest = (highlight[: m.start()] + highlight[m.end() :]).strip("，,、；; ")
        return month, rest or highlight
    for words, month in HIGHLIGHT_MONTHS:
        if any(w in highlight for w in words):
            return month, highlight
    return None, highlight


def highlight_kind(highlight: str) -> str:
    """anniversary / campus / sport / training / other: decides the wording of highlight measures."""
    for kind, words in (
        ("anniversary", ("校庆", "周年")),
        ("campus", ("新校区", "搬迁", "新校舍", "新校园")),
        ("sport", ("运动会", "比赛", "联赛", "球赛", "健步走")),
        ("training", ("培训", "练兵", "基本功", "读书")),
    ):
        if any(w in highlight for w in words):
            return kind
    return "other"


_HIGHLIGHT_WORDING: dict[tuple[str, str], str] = {
    ("culture", "anniversary"): "围绕{when}{h}，组织教职工积极参与筹备，开展形式多样的庆祝和文体展示活动，展现我校教职工的精神风貌。",
    ("culture", "sport"): "{when}举办{h}，做好赛事组织和后勤保障，鼓励教职工广泛参与、强身健体。",
    ("culture", "other"): "{when}组织开展{h}，精心设计活动内容，吸引教职工广泛参与，增进交流、增强凝聚力。",
    ("ethics", "anniversary"): "以{h}为契机，梳理学校发展历程中的优秀教师事迹，开展师德宣传和先进表彰，激励教职工爱校爱岗。",
    ("ethics", "training"): "配合学校组织{h}，做好组织发动和服务保障，为教师专业成长搭建平台。",
    ("ethics", "other"): "结合{h}，引导教职工立足岗位、提升素养，在教育教学中发挥示范作用。",
    ("democracy", "anniversary"): "围绕{h}等学校重点工作，通过{{congress_short}}和座谈会广泛征集教职工的意见建议，凝聚全体教职工的智慧和力量。",
    ("democracy", "other"): "围绕{h}等学校重点工作，通过{{congress_short}}和座谈会广泛征集教职工的意见建议，凝聚全体教职工的智慧和力量。",
    ("welfare", "campus"): "配合学校做好{h}相关工作，调研并协调解决教职工在通勤、就餐、办公和休息等方面的实际困难，帮助教职工尽快适应新环境。",
    ("welfare", "other"): "配合学校做好{h}相关工作，及时了解并协调解决教职工的实际困难。",
    ("self", "campus"): "结合{h}，规划建设新的教职工之家和活动场所，完善工会阵地设施，做好工会档案资料的整理和迁移。",
    ("self", "other"): "结合{h}，加强工会阵地建设，做好宣传和资料整理工作。",
    ("women", "other"): "结合{h}，组织女教职工积极参与，关心女教职工的实际需求。",
    ("retirees", "other"): "结合{h}，邀请退休教职工参加相关活动，听取他们的意见建议。",
    ("finance", "other"): "围绕{h}合理安排工会经费，做到专款专用、收支公开。",
}


def highlight_measure(key: str, highlight: str, month: int | None) -> str:
    """A measure weaving a highlight into a section, in the section's own terms."""
    when = f"{month}月" if month else ""
    wording = _HIGHLIGHT_WORDING.get((key, highlight_kind(highlight))) or _HIGHLIGHT_WORDING.get(
        (key, "other"), "配合学校做好{h}相关工作，组织教职工积极参与。"
    )
    return wording.format(when=when, h=highlight)


def focus_measure(focus: str) -> str:
    """One more measure for an area the school wants to stress."""
    return f"把{focus}作为{{period_word}}工会工作的重点，制定具体方案，明确责任人和时间节点，定期检查落实情况。"
