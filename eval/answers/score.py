#!/usr/bin/env python3
"""Score the assistant's question answering against a blind set (eval/answers/<set>.jsonl).

    python eval/answers/score.py --set round1 --responses FILE.jsonl [--json OUT]
    python eval/answers/score.py --selftest

A response line is {"id": ..., "answer": <full text shown to the user>, "sources": [<source labels shown>]}.
Python 3.11 standard library only.  See README.md in this folder for what every number means.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
KNOWLEDGE = HERE.parent.parent / "knowledge"
KINDS = ("statute", "section", "procedure", "out_of_scope")

# --------------------------------------------------------------------------------------------
# Normalisation
# --------------------------------------------------------------------------------------------
# Traditional -> Simplified for the characters that matter here (question words, law names, facts).
_T2S_PAIRS = """
會会 條条 產产 經经 費费 審审 幾几 個个 職职 員员 這这 學学 師师 節节 號号 時时 間间 數数 對对 於于 與与 為为 爲为
從从 來来 們们 說说 話话 請请 問问 題题 應应 當当 規规 範范 權权 護护 維维 參参 勞劳 動动 資资 際际 關关 歲岁 歷历
曆历 後后 務务 導导 體体 檢检 驗验 醫医 療疗 補补 償偿 優优 點点 讓让 認认 識识 論论 議议 決决 選选 舉举 屆届 換换
區区 縣县 鄉乡 農农 園园 長长 兒儿 裡里 裏里 寫写 兩两 萬万 億亿 週周 婦妇 嬰婴 難难 殘残 傷伤 業业 辦办 處处 罰罚
滿满 計计 劃划 畫画 報报 紀纪 錄录 錢钱 額额 撥拨 繳缴 總总 統统 結结 組组 織织 級级 屬属 衛卫 環环 準准 標标 價价
賣卖 買买 車车 鐵铁 麼么 麽么 沒没 過过 進进 還还 運运 遠远 達达 邊边 開开 閉闭 門门 聞闻 陽阳 陰阴 隊队 險险 離离
雖虽 雙双 雜杂 電电 靈灵 項项 順顺 須须 領领 頭头 願愿 顧顾 風风 飛飞 飯饭 養养 館馆 馬马 髮发 鬥斗 魚鱼 鳥鸟 麥麦
黃黄 齊齐 齡龄 龍龙 愛爱 態态 慶庆 憲宪 懷怀 戰战 戲戏 據据 擔担 擇择 撫抚 敵敌 斷断 書书 東东 極极 構构 樣样 樹树
機机 歡欢 歸归 氣气 漢汉 潔洁 濟济 災灾 無无 營营 爭争 狀状 獨独 獎奖 現现 畢毕 異异 發发 盡尽 監监 盤盘 碼码 確确
禮礼 種种 稱称 穩稳 競竞 筆笔 簡简 類类 糧粮 約约 紅红 紙纸 細细 終终 綜综 線线 練练 績绩 繼继 續续 罷罢 義义 習习
聖圣 聯联 聽听 腦脑 興兴 舊旧 藝艺 葉叶 藥药 術术 衝冲 裝装 製制 複复 見见 視视 覺觉 親亲 觀观 訂订 訊讯 記记 許许
設设 訴诉 診诊 試试 詢询 該该 詳详 語语 誤误 調调 談谈 證证 讀读 變变 負负 財财 責责 貼贴 貸贷 賠赔 質质 購购 賽赛
趕赶 跡迹 軍军 較较 輔辅 輕轻 轉转 連连 違违 遞递 錯错 鍛锻 鍊炼 閒闲 閱阅 陳陈 陸陆 隨随 靜静 預预 頻频 顯显 飲饮
麗丽 寧宁 豐丰 貝贝 賬账 擬拟 擴扩 擾扰 騷骚 傳传 備备 僅仅 儀仪 內内 冊册 劇剧 勵励 勢势 協协 單单 卻却 啟启 喪丧
嚴严 團团 圍围 國国 圖图 場场 壓压 壞坏 壯壮 夠够 夢梦 奮奋 孫孙 實实 將将 專专 層层 崗岗 帶带 幫帮 幹干 廣广 廢废
張张 彈弹 強强 復复 徵征 徹彻 惡恶 慮虑 慣惯 憂忧 懇恳 戶户 掃扫 揮挥 損损 搖摇 攜携 擊击 擁拥 擠挤 歐欧 殺杀 濫滥
灣湾 煙烟 熱热 燈灯 牆墙 猶犹 獲获 瘋疯 盜盗 礙碍 禍祸 稅税 窮穷 竊窃 簽签 籃篮 糾纠 納纳 紛纷 紹绍 絡络 給给 絕绝
綠绿 綱纲 網网 緊紧 緒绪 編编 緩缓 縮缩 纖纤 聲声 肅肃 脅胁 脫脱 腳脚 臨临 藍蓝 蘇苏 虛虚 蟲虫 襲袭 覽览 觸触 託托
訓训 訪访 詞词 詩诗 誠诚 誰谁 課课 諸诸 謀谋 謝谢 講讲 譯译 貧贫 貨货 貫贯 賀贺 賦赋 贊赞 贈赠 趨趋 踐践 轄辖 適适
遲迟 遺遗 鄰邻 釋释 針针 銀银 銷销 鋼钢 鏈链 鐘钟 鑒鉴 閃闪 闊阔 陣阵 階阶 隱隐 雞鸡 雲云 韓韩 頁页 頂顶 頓顿 頒颁
顆颗 飽饱 餘余 驅驱 驚惊 鬧闹 麵面 黨党 係系 繫系 臺台 塊块 彙汇 隻只 聘聘 膽胆 慰慰 癒愈 織织 奪夺 綫线 乾干
頁页 遷迁 糰团 廳厅 廠厂 傢家 倆俩 價价 側侧 偵侦 傑杰 債债 傾倾 僱雇 儲储 兇凶 凱凯 劉刘 創创 劍剑 勁劲 勸劝 匯汇
厲厉 壇坛 墊垫 墳坟 壽寿 夾夹 奧奥 妝妆 婁娄 嬌娇 嬸婶 寵宠 寶宝 尋寻 嶺岭 幣币 庫库 廬庐 彎弯 彙汇 悅悦 惱恼 愜惬
慚惭 慘惨 憑凭 懲惩 懶懒 掛挂 採采 揀拣 搶抢 摟搂 摯挚 撈捞 撲扑 撿捡 擋挡 擬拟 攤摊 敘叙 敗败 斃毙 暈晕 暢畅 曉晓
曬晒 棄弃 棟栋 楊杨 榮荣 槍枪 樂乐 橋桥 檔档 櫃柜 殼壳 毀毁 氫氢 決决 沖冲 況况 涼凉 淚泪 淪沦 淨净 淺浅 渦涡 測测
湊凑 湯汤 溝沟 滅灭 滬沪 滯滞 漁渔 漲涨 潛潜 澆浇 澤泽 濕湿 燒烧 燙烫 爐炉 爛烂 犧牺 獅狮 猶犹 瑪玛 環环 甕瓮 畝亩
畫画 瘡疮 療疗 癢痒 盞盏 睜睁 矚瞩 礎础 禪禅 穀谷 窩窝 筍笋 築筑 簾帘 糞粪 糧粮 級级 紗纱 紡纺 紮扎 終终 絞绞 綁绑
綿绵 緯纬 縫缝 縱纵 繩绳 繪绘 罈坛 羅罗 翹翘 聳耸 膚肤 膠胶 艙舱 艱艰 芻刍 莊庄 薦荐 薩萨 蘭兰 號号 蝦虾 蠶蚕 衆众
補补 襯衬 誇夸 誕诞 誘诱 諾诺 謊谎 謹谨 譜谱 譽誉 豎竖 貓猫 賊贼 賓宾 賭赌 贏赢 趙赵 躍跃 軟软 載载 輛辆 輩辈 輪轮
輸输 辭辞 迴回 遊游 運运 遜逊 郵邮 鄭郑 醬酱 釀酿 鈣钙 鈴铃 鉛铅 鋪铺 錦锦 鍋锅 鎖锁 鎮镇 鏡镜 鐘钟 鑄铸 鑰钥 閘闸
闖闯 闢辟 陝陕 隸隶 雕雕 霧雾 靂雳 鞏巩 韻韵 頸颈 頻频 顏颜 颱台 飄飘 餅饼 餓饿 駐驻 駕驾 騎骑 騙骗 驕骄 骯肮 髒脏
華华 鬆松 魯鲁 樓楼 鎊镑 勝胜 屬属 獻献 靠靠 鑑鉴 證证 壓压 紐纽 帶带 橫横 鮮鲜 鳴鸣 鴨鸭 鵝鹅 鹽盐 麼么 黴霉 齒齿 龜龟 壹壹 訖讫 嗎吗 啓启 剋克 娛娱 繳缴 盡尽 罵骂 絲丝 塗涂
"""
T2S: dict[int, str] = {}
for _tok in _T2S_PAIRS.split():
    if len(_tok) == 2 and _tok[0] != _tok[1]:
        T2S[ord(_tok[0])] = _tok[1]

_PINYIN_GLOSS = re.compile(r"\((?:[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]+)\)")
_MD_NOISE = re.compile(r"[*`#>|]")
_WS = re.compile(r"\s+")
_ZW = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")


def nfkc_t2s(s: str) -> str:
    """Fullwidth -> halfwidth (NFKC), Traditional -> Simplified, drop zero-width characters."""
    s = unicodedata.normalize("NFKC", s or "")
    s = _ZW.sub("", s)
    return s.translate(T2S)


_CN_DIG = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNIT = {"十": 10, "百": 100, "千": 1000}
_CN_RUN = re.compile("[零〇一二两三四五六七八九十百千万]+")


def cn_to_int(run: str) -> int | None:
    """Chinese numeral with units -> int ('一百零七' -> 107, '十一' -> 11, '二十' -> 20). None if no digits/units."""
    total = section = num = 0
    seen = False
    for ch in run:
        if ch in _CN_DIG:
            num = _CN_DIG[ch]
        elif ch in _CN_UNIT:
            section += (num or 1) * _CN_UNIT[ch]   # bare '十' = 10
            num = 0
        elif ch == "万":
            total += (section + num) * 10000
            section = num = 0
        else:
            continue
        seen = True
    return total + section + num if seen else None


def _run_to_arabic(m: re.Match) -> str:
    run = m.group(0)
    if run[0] in "百千万":          # '百分之二', '千万', '万一': leading unit is not a number
        head = re.match("[百千万]+", run).group(0)
        rest = run[len(head):]
        return head + (_CN_RUN.sub(_run_to_arabic, rest) if rest else "")
    if not any(c in "十百千万" for c in run):   # plain digit string: '三八' -> '38', '二〇二一' -> '2021'
        return "".join(str(_CN_DIG[c]) for c in run)
    v = cn_to_int(run)
    return str(v) if v is not None else run


def norm_match(s: str) -> str:
    """Normalisation used for fact matching: NFKC, T->S, no whitespace / markdown marks, lower case,
    Chinese numerals rewritten as Arabic ('九十八天' and '98天' both become '98天')."""
    s = nfkc_t2s(s)
    s = _PINYIN_GLOSS.sub("", s)
    s = _WS.sub("", s)
    s = _MD_NOISE.sub("", s).lower()
    return _CN_RUN.sub(_run_to_arabic, s)


def fact_alt_hit(alt: str, text_n: str) -> bool:
    """text_n is norm_match()ed. 're:' alternatives are regular expressions over the same normalised text."""
    if alt.startswith("re:"):
        return re.search(alt[3:], text_n) is not None
    a = norm_match(alt)
    if not a:
        return False
    pat = re.escape(a)
    if a[0].isdigit():
        pat = r"(?<!\d)" + pat
    if a[-1].isdigit():
        pat = pat + r"(?!\d)"
    return re.search(pat, text_n) is not None


# --------------------------------------------------------------------------------------------
# Article citations
# --------------------------------------------------------------------------------------------
LAWS = ("劳动合同法", "劳动法", "工会法", "教师法", "女职工劳动保护特别规定")
_NUM = "[零〇一二两三四五六七八九十百千\\d]+"
_CITE_TOKEN = re.compile(
    "《[^《》\n]{1,40}》"
    "|(?:中华人民共和国)?(?:劳动合同法|劳动法|工会法|教师法|女职工劳动保护特别规定)"
    "|第" + _NUM + "条"
)


def canon_law(name: str) -> str:
    name = name.strip("《》 ")
    name = re.sub(r"[（(][^）)]*[）)]", "", name)          # 《工会法（2021年修正）》
    name = name.replace("中华人民共和国", "").replace(" ", "")
    return name


def art_no(token: str) -> int | None:
    n = token[1:-1]
    if n.isdigit():
        return int(n)
    return cn_to_int(n)


def int_to_cn(n: int) -> str:
    d = "零一二三四五六七八九"
    if n < 10:
        return d[n]
    if n < 20:
        return "十" + (d[n % 10] if n % 10 else "")
    if n < 100:
        return d[n // 10] + "十" + (d[n % 10] if n % 10 else "")
    h, r = divmod(n, 100)
    if r == 0:
        return d[h] + "百"
    if r < 10:
        return d[h] + "百零" + d[r]
    return d[h] + "百" + (("一" + int_to_cn(r)) if r < 20 else int_to_cn(r))


def cite_label(law: str, n: int) -> str:
    return f"《{law}》第{int_to_cn(n)}条"


def parse_label(label: str) -> tuple[str, int | None]:
    """'《工会法》第十一条' -> ('工会法', 11); '《女职工劳动保护特别规定》' -> (..., None) = any article of that law."""
    s = nfkc_t2s(label).replace(" ", "")
    m = re.fullmatch("(《[^《》]+》)(第" + _NUM + "条)?", s)
    if not m:
        raise ValueError(f"bad article label: {label!r}")
    return canon_law(m.group(1)), (art_no(m.group(2)) if m.group(2) else None)


def extract_citations(text: str) -> list[tuple[str, int]]:
    """All (law, article) pairs cited in text, in order. '第N条' attaches to the most recent law named earlier in
    the same line; '第N条' with no law before it on the line is ignored."""
    out: list[tuple[str, int]] = []
    for line in nfkc_t2s(text).splitlines():
        line = _WS.sub("", line)
        law = None
        for m in _CITE_TOKEN.finditer(line):
            tok = m.group(0)
            if tok.startswith("第"):
                n = art_no(tok)
                if law and n:
                    out.append((law, n))
            else:
                law = canon_law(tok)
    return out


def lead_ok_match(cit: tuple[str, int], allowed: list[tuple[str, int | None]]) -> bool:
    return any(cit[0] == law and (n is None or n == cit[1]) for law, n in allowed)


# --------------------------------------------------------------------------------------------
# Declines
# --------------------------------------------------------------------------------------------
DECLINE_WINDOW = 200
DECLINE_PATTERNS = [
    r"(知识库|资料库|参考资料|现有资料|检索结果|所给资料|已有资料|所收录的?资料)(中|里|内|里面)?(并|暂|目前|尚|还)?(没有|未|无|不含|不包含|找不到)",
    r"(未能?|没有|没能|无法)(找到|检索到|查到|查询到|搜到)(与|和|关于|有关|相关|对应|可|能|任何|这)",
    r"找不到(与|和|关于|有关|相关|对应|任何)",
    r"(无法|不能|没法|难以)(回答|解答|提供|给出|答复|确定)",
    r"超出了?(我的|本助手的?|助手的?|知识库的?|本系统的?|本工具的?)?(服务|回答|知识|能力|支持|业务|解答|职责)范围",
    r"不在(我的|本助手的?|助手的?|知识库的?|本系统的?)?(服务|回答|知识|能力|支持|业务|解答|职责|收录)范围",
    r"没有相关的?(规定|资料|内容|信息|条文|依据)",
    r"暂无相关",
    r"只能(回答|解答|协助|帮助|帮您|提供|处理)",
    r"与(学校)?工会(工作)?(计划)?(无关|关系不大|不相关)",
]
_DECLINE_RE = re.compile("|".join(f"(?:{p})" for p in DECLINE_PATTERNS))


def is_decline(answer: str) -> str | None:
    """A reply declines when one of DECLINE_PATTERNS occurs in its opening (first DECLINE_WINDOW characters
    after NFKC, T->S and removal of whitespace and markdown marks). Returns the matched phrase or None."""
    s = _MD_NOISE.sub("", _WS.sub("", nfkc_t2s(answer)))[:DECLINE_WINDOW]
    m = _DECLINE_RE.search(s)
    return m.group(0) if m else None


# --------------------------------------------------------------------------------------------
# Forbidden content
# --------------------------------------------------------------------------------------------
def load_forbidden(path: Path = HERE / "forbidden.json") -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def forbidden_hits(answer: str, sources: list[str], fb: dict) -> list[str]:
    hits: list[str] = []
    text = nfkc_t2s(answer)
    shown = text + "\n" + "\n".join(nfkc_t2s(s) for s in sources)
    for p in fb["placeholders"]:
        for m in re.finditer(p["regex"], shown):
            hits.append(f"placeholder {p['label']}: {m.group(0)!r}")
    y = fb["years"]
    for m in re.finditer(y["regex"], text):
        before = text[max(0, m.start() - 20): m.start()]
        after = text[m.end(): m.end() + 40]
        if (re.search(y["allow_before"], before) or re.match(y["allow_after"], after)
                or re.match(y["allow_immediately_after"], after)):
            continue
        ctx = text[max(0, m.start() - 8): m.end() + 8].replace("\n", " ")
        hits.append(f"year {m.group(1)}年: …{ctx}…")
    for name in fb["names"]:
        n = nfkc_t2s(name)
        if n in shown:
            hits.append(f"name {name}")
    return list(OrderedDict.fromkeys(hits))


# --------------------------------------------------------------------------------------------
# Scoring
# --------------------------------------------------------------------------------------------
def load_jsonl(path: Path) -> list[dict]:
    rows = []
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                raise SystemExit(f"{path}:{i}: not JSON: {e}")
    return rows


def score_item(item: dict, resp: dict | None, fb: dict) -> dict:
    e = item["expect"]
    r = {"id": item["id"], "kind": item["kind"], "right": False, "reasons": [], "declined": None,
         "cited": [], "first_article": None, "led_unrelated": False, "forbidden": [],
         "wrong_decline": False, "missing_decline": False, "missing_response": resp is None}
    if resp is None:
        r["reasons"].append("no response")
        r["missing_decline"] = bool(e.get("decline"))
        return r
    answer = resp.get("answer") or ""
    sources = [str(s) for s in (resp.get("sources") or [])]

    text_cites = extract_citations(answer)
    src_cites = [c for s in sources for c in extract_citations(s)]
    cited = list(OrderedDict.fromkeys(text_cites + src_cites))
    r["cited"] = [cite_label(*c) for c in cited]
    first = text_cites[0] if text_cites else (src_cites[0] if src_cites else None)
    articles = [parse_label(a) for a in e.get("articles", [])]
    lead_ok = [parse_label(a) for a in e.get("lead_ok", e.get("articles", []))]
    if first is not None:
        r["first_article"] = cite_label(*first)
        r["led_unrelated"] = not lead_ok_match(first, lead_ok)

    dec = is_decline(answer)
    r["declined"] = dec
    want_decline = bool(e.get("decline"))
    if want_decline and not dec:
        r["missing_decline"] = True
        r["reasons"].append("does not decline")
    if not want_decline and dec:
        r["wrong_decline"] = True
        r["reasons"].append(f"declines ({dec})")
    if want_decline and dec:
        stray = [cite_label(*c) for c in cited if not lead_ok_match(c, lead_ok)]
        if stray:
            r["reasons"].append("decline presents unrelated articles: " + "、".join(stray))

    text_n = norm_match(answer)
    for fact in e.get("facts", []):
        if not any(fact_alt_hit(a, text_n) for a in fact):
            r["reasons"].append("missing fact " + "/".join(fact))
    if articles and not any(lead_ok_match(c, articles) for c in cited):
        r["reasons"].append("no required article cited (" + "、".join(e["articles"]) + ")")

    r["forbidden"] = forbidden_hits(answer, sources, fb)
    r["right"] = not r["reasons"]
    return r


def summarise(results: list[dict]) -> dict:
    groups: dict[str, list[dict]] = {k: [] for k in KINDS}
    for r in results:
        groups.setdefault(r["kind"], []).append(r)
    groups["overall"] = results
    out = {}
    for k, rs in groups.items():
        if not rs:
            continue
        out[k] = {
            "n": len(rs),
            "right": sum(r["right"] for r in rs),
            "right_pct": round(100.0 * sum(r["right"] for r in rs) / len(rs), 1),
            "cite_any_article": sum(bool(r["cited"]) for r in rs),
            "led_unrelated": sum(r["led_unrelated"] for r in rs),
            "forbidden_replies": sum(bool(r["forbidden"]) for r in rs),
            "wrong_declines": sum(r["wrong_decline"] for r in rs),
            "missing_declines": sum(r["missing_decline"] for r in rs),
            "missing_responses": sum(r["missing_response"] for r in rs),
        }
    return out


def score(items: list[dict], responses: list[dict], fb: dict) -> tuple[list[dict], dict]:
    by_id = {}
    for resp in responses:
        by_id[str(resp.get("id"))] = resp
    results = [score_item(it, by_id.get(it["id"]), fb) for it in items]
    return results, summarise(results)


def print_report(results: list[dict], summary: dict, items: list[dict], out=sys.stdout) -> None:
    cols = ("n", "right", "right_pct", "led_unrelated", "forbidden_replies", "wrong_declines", "missing_declines",
            "missing_responses")
    heads = ("kind", "n", "right", "right%", "led-by-unrelated", "forbidden", "wrong-declines", "missing-declines",
             "no-response")
    w = [14, 4, 6, 7, 17, 10, 15, 17, 12]
    print("".join(h.ljust(x) for h, x in zip(heads, w)), file=out)
    for k, s in summary.items():
        row = [k] + [str(s[c]) for c in cols]
        print("".join(v.ljust(x) for v, x in zip(row, w)), file=out)
    q = {it["id"]: it["q"] for it in items}
    bad = [r for r in results if not r["right"]]
    if bad:
        print("\nNot right:", file=out)
        for r in bad:
            print(f"  {r['id']} [{r['kind']}] {q[r['id']]}\n      - " + "\n      - ".join(r["reasons"]), file=out)
    led = [r for r in results if r["led_unrelated"]]
    if led:
        print("\nLed by an unrelated article:", file=out)
        for r in led:
            print(f"  {r['id']} [{r['kind']}] first cited {r['first_article']}", file=out)
    fbd = [r for r in results if r["forbidden"]]
    if fbd:
        print("\nForbidden content:", file=out)
        for r in fbd:
            for h in r["forbidden"]:
                print(f"  {r['id']}: {h}", file=out)


# --------------------------------------------------------------------------------------------
# Validation of a set against the knowledge base (run by --selftest and --check)
# --------------------------------------------------------------------------------------------
_LAW_FILES = {"工会法": "工会法", "教师法": "教师法", "劳动法": "劳动法(", "劳动合同法": "劳动合同法",
              "女职工劳动保护特别规定": "女职工劳动保护特别规定"}


def knowledge_articles() -> dict[str, set[int]]:
    arts: dict[str, set[int]] = {}
    pol = KNOWLEDGE / "policy"
    for law, prefix in _LAW_FILES.items():
        fs = [p for p in pol.glob("*.md") if p.name.startswith(prefix)]
        nums = set()
        for p in fs:
            for m in re.finditer(r"(?m)^第(" + _NUM + ")条", p.read_text(encoding="utf-8")):
                nums.add(cn_to_int(m.group(1)))
        arts[law] = nums
    return arts


def knowledge_text() -> str:
    parts = [p.read_text(encoding="utf-8") for p in sorted((KNOWLEDGE / "policy").glob("*.md"))]
    parts += [p.read_text(encoding="utf-8", errors="replace") for p in sorted((KNOWLEDGE / "examples").glob("*.txt"))]
    return norm_match("\n".join(parts))


def validate_set(items: list[dict]) -> list[str]:
    problems = []
    ids = [it.get("id") for it in items]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    have_kb = (KNOWLEDGE / "policy").is_dir()
    arts = knowledge_articles() if have_kb else {}
    base = knowledge_text() if have_kb else ""
    for it in items:
        e = it.get("expect", {})
        if it.get("kind") not in KINDS:
            problems.append(f"{it.get('id')}: bad kind {it.get('kind')}")
        if not isinstance(e.get("decline"), bool):
            problems.append(f"{it['id']}: decline must be true/false")
        if (it["kind"] == "out_of_scope") != e.get("decline"):
            problems.append(f"{it['id']}: decline should be true exactly for out_of_scope")
        if it["kind"] == "statute" and not e.get("articles"):
            problems.append(f"{it['id']}: statute item without articles")
        if it["kind"] != "statute" and e.get("articles"):
            problems.append(f"{it['id']}: articles should be empty for {it['kind']}")
        for lab in e.get("articles", []) + e.get("lead_ok", []):
            try:
                law, n = parse_label(lab)
            except ValueError as ex:
                problems.append(f"{it['id']}: {ex}")
                continue
            if n is not None and cite_label(law, n) != lab:
                problems.append(f"{it['id']}: label not canonical: {lab} (want {cite_label(law, n)})")
            if have_kb and (law not in arts or (n is not None and n not in arts[law])):
                problems.append(f"{it['id']}: {lab} is not in knowledge/policy")
        for a in e.get("articles", []):
            if "lead_ok" in e and not lead_ok_match(parse_label(a), [parse_label(x) for x in e["lead_ok"]]):
                problems.append(f"{it['id']}: required article {a} missing from lead_ok")
        if have_kb and it["kind"] != "out_of_scope":
            for fact in e.get("facts", []):
                if not any(fact_alt_hit(a, base) for a in fact):
                    problems.append(f"{it['id']}: fact {fact} not found anywhere in the knowledge base")
        if it["kind"] == "out_of_scope" and e.get("facts"):
            problems.append(f"{it['id']}: out_of_scope items carry no facts")
    return problems


# --------------------------------------------------------------------------------------------
# Self-test
# --------------------------------------------------------------------------------------------
def selftest() -> int:
    fb = load_forbidden()
    fails = 0

    def check(name, cond):
        nonlocal fails
        print(("ok   " if cond else "FAIL ") + name)
        fails += 0 if cond else 1

    # --- helpers
    check("cn numerals: 一百零七=107, 十一=11, 两百=200, 九十八=98",
          (cn_to_int("一百零七"), cn_to_int("十一"), cn_to_int("两百"), cn_to_int("九十八")) == (107, 11, 200, 98))
    check("int_to_cn round trip 1..120", all(cn_to_int(int_to_cn(n)) == n for n in range(1, 121)))
    check("norm: 九十八天 == 98天, 百分之二 == 百分之2, 三分之二 == 3分之2",
          norm_match("九十八天") == "98天" and norm_match("百分之二") == "百分之2" and norm_match("三分之二") == "3分之2")
    check("norm: fullwidth ９８ and Traditional 產假", norm_match("產假９８天") == "产假98天")
    check("fact digit guard: 15天 not inside 115天", not fact_alt_hit("15天", norm_match("共一百一十五天")))
    check("citations: Traditional, Arabic numbers, full names, follow-on 第N条",
          extract_citations("依據《中華人民共和國工會法》第11條和第十四条；劳动合同法第四十三条")
          == [("工会法", 11), ("工会法", 14), ("劳动合同法", 43)])
    check("citations: 第N条 without a law on its line is ignored", extract_citations("见第十一条") == [])
    check("labels: parse 《女职工劳动保护特别规定》第七条",
          parse_label("《女职工劳动保护特别规定》第七条") == ("女职工劳动保护特别规定", 7))

    # --- decline detection
    check("decline: 知识库中没有…", bool(is_decline("知识库中没有找到贵省乡村教师生活补助的具体标准。")))
    check("decline: 超出本助手的服务范围", bool(is_decline("抱歉，这个问题超出了本助手的服务范围，我只能回答学校工会工作相关的问题。")))
    check("decline: 未找到相关内容 (Traditional)", bool(is_decline("未找到相關內容，建議諮詢當地教育工會。")))
    check("not a decline: a plain statute answer",
          not is_decline("女职工生育享受98天产假，其中产前可以休假15天（《女职工劳动保护特别规定》第七条）。"))
    check("not a decline: phrase only after the opening window",
          not is_decline("产假为九十八天。" + "这是国家统一规定，各地执行。" * 20 + "省里的奖励假知识库中没有。"))

    # --- forbidden
    h = forbidden_hits("可写：20xx年3月，XX学校开展____活动，学习十x大精神。（略）", [], fb)
    check("forbidden: 20xx, XX, ____, 十x大, （略） all found",
          all(any(lbl in x for x in h) for lbl in ("20xx", "XX", "____", "十x大", "（略）")))
    check("forbidden: '2017年3月召开教代会' is a dated example", any("2017" in x for x in forbidden_hits(
        "例如：2017年3月，召开一次女工委会议。", [], fb)))
    check("forbidden: statute dates are allowed", forbidden_hits(
        "《工会法》（2021年修正）第十一条；本规定自2012年1月1日起施行；教育部令第32号，2011年12月8日公布。", [], fb) == [])
    check("forbidden: school/person names in answer or source label",
          any("城东中学" in x for x in forbidden_hits("参考城东中学的做法", [], fb))
          and any("陈婕" in x for x in forbidden_hits("", ["范文（篇4）陳婕工作室"], fb)))
    check("forbidden: ordinary reply is clean", forbidden_hits(
        "向阳花幼儿园工会委员会\n2027年1月4日\n组织三八妇女节活动。", ["《工会法》第十一条"], fb) == [])

    # --- end-to-end on a mini set
    mini = [
        {"id": "t1", "kind": "statute", "q": "坐月子能歇多久",
         "expect": {"decline": False, "facts": [["98天", "九十八天"]], "articles": ["《女职工劳动保护特别规定》第七条"],
                    "lead_ok": ["《女职工劳动保护特别规定》第七条", "《劳动法》第六十二条"]}},
        {"id": "t2", "kind": "section", "q": "女工那块咋写",
         "expect": {"decline": False, "facts": [["三八", "妇女节"], ["妇检", "妇科"]], "articles": [],
                    "lead_ok": ["《女职工劳动保护特别规定》"]}},
        {"id": "t3", "kind": "out_of_scope", "q": "红烧肉怎么做",
         "expect": {"decline": True, "facts": [], "articles": []}},
        {"id": "t4", "kind": "out_of_scope", "q": "我们省乡村教师生活补助多少",
         "expect": {"decline": True, "facts": [], "articles": [], "lead_ok": ["《教师法》第二十七条"]}},
        {"id": "t5", "kind": "procedure", "q": "教代会到多少人才算数",
         "expect": {"decline": False, "facts": [["三分之二", "2/3"]], "articles": [], "lead_ok": ["《工会法》第二十条"]}},
    ]
    good = {
        "t1": {"answer": "女职工生育享受九十八天产假，难产增加15天。", "sources": ["《女职工劳动保护特别规定》第七条"]},
        "t2": {"answer": "女职工工作一般写：组织三八妇女节活动；每年组织女教职工妇科检查；维护特殊权益"
                         "（《女职工劳动保护特别规定》第三条）。", "sources": ["范文（篇7）「三、做好维权工作」"]},
        "t3": {"answer": "抱歉，这个问题与学校工会工作无关，知识库中没有相关内容。", "sources": []},
        "t4": {"answer": "知识库中没有收录贵省乡村教师生活补助的标准；《教师法》第二十七条只规定应当予以补贴。",
               "sources": ["《教师法》第二十七条"]},
        "t5": {"answer": "召开教代会須有三分之二以上的代表出席（《学校教职工代表大会规定》要点摘编）。",
               "sources": ["《学校教职工代表大会规定》要点摘编"]},
    }
    res, summ = score(mini, [dict(id=k, **v) for k, v in good.items()], fb)
    check("good responses: all right, none led by unrelated, no forbidden",
          summ["overall"]["right"] == 5 and summ["overall"]["led_unrelated"] == 0
          and summ["overall"]["forbidden_replies"] == 0)
    bad = {
        # fact right, but the article only appears as an unrelated lead, and the required one is missing
        "t1": {"answer": "根据《劳动合同法》第四十二条，产假98天。", "sources": []},
        # missing a fact, and copies a school name and a dated year
        "t2": {"answer": "参照城东中学：2017年3月组织三八活动。", "sources": []},
        # answers instead of declining
        "t3": {"answer": "五花肉焯水后小火慢炖一个小时即可。", "sources": []},
        # declines but presents an unrelated article
        "t4": {"answer": "知识库中没有具体标准。参考《工会法》第四十三条。", "sources": []},
        # answerable but declined
        "t5": {"answer": "知识库中没有找到相关规定。", "sources": []},
    }
    res, summ = score(mini, [dict(id=k, **v) for k, v in bad.items()], fb)
    rb = {r["id"]: r for r in res}
    check("bad t1: not right (required article missing) and led by unrelated",
          not rb["t1"]["right"] and rb["t1"]["led_unrelated"]
          and any("no required article" in x for x in rb["t1"]["reasons"]))
    check("bad t2: missing fact + forbidden name and year",
          not rb["t2"]["right"] and any("missing fact" in x for x in rb["t2"]["reasons"])
          and any("城东中学" in x for x in rb["t2"]["forbidden"]) and any("2017" in x for x in rb["t2"]["forbidden"]))
    check("bad t3: missing decline", not rb["t3"]["right"] and rb["t3"]["missing_decline"])
    check("bad t4: decline with unrelated article is not right, and counts as led by unrelated",
          not rb["t4"]["right"] and rb["t4"]["led_unrelated"] and not rb["t4"]["missing_decline"])
    check("bad t5: wrong decline", not rb["t5"]["right"] and rb["t5"]["wrong_decline"])
    check("summary counts for the bad set", summ["overall"]["right"] == 0 and summ["overall"]["wrong_declines"] == 1
          and summ["overall"]["missing_declines"] == 1 and summ["overall"]["forbidden_replies"] == 1
          and summ["overall"]["led_unrelated"] == 2)
    res, summ = score(mini, [], fb)
    check("missing responses are counted and never right",
          summ["overall"]["missing_responses"] == 5 and summ["overall"]["right"] == 0)

    # --- the shipped sets are well formed and their keys are in the knowledge base
    for p in sorted(HERE.glob("round*.jsonl")):
        items = load_jsonl(p)
        probs = validate_set(items)
        for x in probs:
            print("     " + x)
        check(f"{p.name}: {len(items)} items valid, every fact and article found in knowledge/", not probs)

    print(f"\n{'SELFTEST PASSED' if not fails else f'SELFTEST FAILED ({fails})'}")
    return 1 if fails else 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", default="round1", help="name of the set in this folder (round1 -> round1.jsonl)")
    ap.add_argument("--responses", help="JSONL file: {id, answer, sources}")
    ap.add_argument("--json", help="write per-item results and the summary here")
    ap.add_argument("--selftest", action="store_true", help="run the scorer's own tests")
    ap.add_argument("--check", action="store_true", help="validate the set against knowledge/ and exit")
    a = ap.parse_args(argv)
    if a.selftest:
        return selftest()
    set_path = HERE / f"{a.set}.jsonl"
    items = load_jsonl(set_path)
    if a.check:
        probs = validate_set(items)
        print("\n".join(probs) or f"{set_path.name}: {len(items)} items OK")
        return 1 if probs else 0
    if not a.responses:
        ap.error("--responses is required (or use --selftest / --check)")
    responses = load_jsonl(Path(a.responses))
    fb = load_forbidden()
    results, summary = score(items, responses, fb)
    print_report(results, summary, items)
    if a.json:
        Path(a.json).write_text(json.dumps({"set": a.set, "summary": summary, "items": results},
                                           ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
