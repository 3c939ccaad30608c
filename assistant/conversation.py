"""The conversation engine: guides one user section by section, answers, rewrites, and keeps the draft saved.

`Session` is the per-user state (JSON-safe, kept by the caller, e.g. in st.session_state); `Conversation` wraps a
session with the process-wide `Assistant` services. Every public action returns an iterator of events: `Token`s to
stream, then one `Done` with the whole reply, its citations and any notice.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from assistant import intent as intents
from assistant.answer import Answer, citation_for, compose_answer
from assistant.engine import Assistant
from assistant.errors import StoreError, UserError
from assistant.passages import Hit
from assistant.plan import Plan
from assistant.profile import Profile
from assistant.session import Done, Event, Proposal, Reply, Session, Token, Turn

_SENTENCE_END = "。！？；\n"
_LEADING_NUMBER = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}\s*[、.．])\s*")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


# ---------------------------------------------------------------------------------------------------- engine


def _pieces(text: str, size: int = 12) -> Iterator[str]:
    """Offline replies stream too, a few characters at a time, so both modes look and test alike."""
    for i in range(0, len(text), size):
        yield text[i : i + size]


def clean_model_text(text: str) -> str:
    """Drop control characters and NUL bytes a model may emit."""
    return _CONTROL.sub("", text)


class Conversation:
    """One user's conversation over the shared services."""

    def __init__(self, assistant: Assistant, session: Session):
        self.assistant = assistant
        self.session = session

    # ------------------------------------------------------------------ helpers

    @property
    def settings(self):
        return self.assistant.settings

    @property
    def structure(self):
        return self.assistant.structure

    @property
    def plan(self) -> Plan | None:
        return self.session.plan

    def guidance(self, key: str | None = None) -> str:
        """What the current (or given) section should contain, for the user."""
        key = key or self.session.current
        if not key:
            return ""
        spec = self.structure.section(key)
        needs = "；".join(spec.needs)
        return f"“{spec.title}”：{spec.guidance}" + (f" 要点：{needs}。" if needs else "")

    def progress_text(self) -> str:
        if not self.plan:
            return "还没有开始起草：请先填写学校信息。"
        done, total = self.plan.progress()
        missing = [self.plan.sections[k].title for k in self.plan.missing()]
        text = f"已完成 {done}/{total} 个部分。"
        if missing:
            text += "尚未完成：" + "、".join(missing) + "。"
        else:
            text += "全部部分已完成，可以下载 Word 文档或 Markdown。"
        return text

    def _next_key(self, after: str | None = None) -> str | None:
        if not self.plan:
            return None
        missing = self.plan.missing()
        if after and after in self.plan.sections:
            order = self.plan.draftable()
            later = [k for k in missing if order.index(k) > order.index(after)]
            if later:
                return later[0]
        return missing[0] if missing else None

    def _record(self, role: str, text: str, reply: Reply | None = None) -> None:
        turn = Turn(role=role, text=text)
        if reply is not None:
            turn.citations = [c.to_json() for c in reply.citations]
            turn.notice = reply.notice
            turn.complete = reply.complete
        self.session.history.append(turn)

    def _finish(self, reply: Reply, recorded: str | None = None) -> Iterator[Event]:
        """Record the reply in the history (or only `recorded`, when its head is already there) and end it."""
        self._record("assistant", reply.text if recorded is None else recorded, reply)
        yield Done(reply)

    def _offline(self, text: str, reply: Reply) -> Iterator[Event]:
        yield from (Token(p) for p in _pieces(text))
        yield from self._finish(reply)

    # ------------------------------------------------------------------ saving

    def save(self) -> None:
        """Autosave the session as a new draft version (creates the draft on first save)."""
        if not self.plan:
            return
        store = self.assistant.store
        content = self.session.content()
        if self.session.draft_id is None:
            info = store.create(self.plan.profile.plan_title, content, owner=self.session.owner)
        else:
            info = store.save(
                self.session.draft_id, content, expected_version=self.session.version, owner=self.session.owner
            )
        self.session.draft_id = info.id
        self.session.version = info.current_version

    def _commit(self, message: str) -> str | None:
        """Record what just changed as a turn, then autosave, so the saved conversation includes it."""
        self._record("assistant", message.strip())
        notice = self._save_notice()
        if notice:
            self.session.history[-1].text += f"（保存失败：{notice}）"
        return notice

    def _save_notice(self) -> str | None:
        try:
            self.save()
        except StoreError as exc:
            return exc.message
        return None

    # ------------------------------------------------------------------ public actions

    def start(self, profile: Profile) -> Iterator[Event]:
        """Begin (or restart) a plan for a school and propose the first section."""
        self.session.plan = Plan.empty(profile, self.structure)
        self.session.proposal = None
        self.session.current = self._next_key()
        intro = (
            f"好的，我们来起草《{profile.plan_title}》。共 {self.plan.progress()[1]} 个部分，我会逐节给出建议稿，"
            "您可以“采用”“换一版”“改得更正式”或“跳过”，也可以随时提问或提出修改要求。\n\n"
        )
        notice = self._commit(intro)
        yield Token(intro)
        for event in self.propose():
            if isinstance(event, Done):
                event.reply.text = intro + event.reply.text
                if notice:
                    event.reply.notice = "；".join(n for n in (event.reply.notice, notice) if n)
            yield event

    def update_profile(self, profile: Profile) -> str | None:
        """Change the school's facts without losing drafted sections; returns a notice if saving failed."""
        if self.plan is None:
            self.session.plan = Plan.empty(profile, self.structure)
            self.session.current = self._next_key()
        else:
            self.plan.profile = profile
        return self._save_notice()

    def propose(self, key: str | None = None, variant: int = 0, instruction: str = "") -> Iterator[Event]:
        """Draft a proposal for a section (the current one by default) and offer it."""
        if not self.plan:
            yield from self._offline("请先填写学校信息（学校名称、年份、教职工人数等），再开始起草。",
                                     Reply("请先填写学校信息（学校名称、年份、教职工人数等），再开始起草。", intents.DRAFT))
            return
        key = key or self.session.current or self._next_key()
        if key is None:
            text = "所有部分都已完成。" + self.progress_text()
            yield from self._offline(text, Reply(text, intents.PROGRESS))
            return
        self.session.current = key
        spec = self.structure.section(key)
        used = [p for k, d in self.plan.sections.items() if k != key for p in d.paragraphs]
        composed = self.assistant.composer.compose_section(self.plan.profile, key, variant=variant, exclude=used)
        hits = list(composed.hits)
        paragraphs = list(composed.paragraphs)
        mode, notice, complete = "offline", None, True
        header = f"【{spec.title}】{spec.guidance}\n\n建议稿：\n\n"
        if self.assistant.chat_model is not None:
            from assistant import prompts

            prompt = prompts.render(
                "draft_section",
                self.settings.prompts_dir,
                year=self.plan.profile.year,
                section_title=spec.title,
                profile=_profile_summary(self.plan.profile),
                section_needs="；".join(spec.needs),
                guidance=spec.guidance + (f"\n用户要求：{prompts.escape_block_text(instruction)}" if instruction else ""),
                current_draft=prompts.escape_block_text("\n".join(self.plan.sections[key].paragraphs)) or "（暂无）",
                passages=prompts.format_passages(hits),
            )
            yield Token(header)
            collected: list[str] = []
            result = yield from self._stream_model(prompt, hits, collected)
            if result.complete and "".join(collected).strip():
                paragraphs = _paragraphs("".join(collected))
                mode = "llm"
            else:
                notice = f"{result.notice}，已改用离线引擎起草。"
                complete = result.complete
                fallback = "\n".join(_numbered(paragraphs))
                yield Token(f"\n\n（{notice}）\n\n{fallback}")
        self.session.proposal = Proposal(
            key=key, title=spec.title, paragraphs=paragraphs, variant=variant,
            citations=[citation_for(n, h, h.passage.text[:80]) for n, h in enumerate(hits[:5], start=1)],
        )
        if key == "schedule":
            self._apply_schedule()
        body = "\n".join(_numbered(paragraphs))
        text = header + body + "\n\n请选择：采用 / 换一版 / 改得更正式 / 跳过，或直接告诉我怎么改。"
        reply = Reply(text, intents.DRAFT, mode=mode, citations=self.session.proposal.citations, notice=notice,
                      complete=complete, proposal=self.session.proposal)
        if mode == "offline" and self.assistant.chat_model is None:
            yield from self._offline(text, reply)
        else:
            yield Token("\n\n请选择：采用 / 换一版 / 改得更正式 / 跳过，或直接告诉我怎么改。")
            yield from self._finish(reply)

    def accept(self) -> Iterator[Event]:
        """Adopt the current proposal, autosave, and propose the next section."""
        proposal = self.session.proposal
        if not self.plan or proposal is None:
            text = "目前没有待采用的建议稿。" + (self.progress_text() if self.plan else "请先填写学校信息。")
            yield from self._offline(text, Reply(text, intents.ACCEPT))
            return
        self.plan.set_section(proposal.key, proposal.paragraphs, status="accepted")
        self.session.proposal = None
        self.session.current = self._next_key(after=proposal.key)
        lead = f"已采用“{proposal.title}”，并已自动保存。" + self.progress_text() + "\n\n"
        notice = self._commit(lead)
        if notice:
            lead = f"已采用“{proposal.title}”，但保存失败：{notice}\n\n"
        yield from self._then_next(lead, intents.ACCEPT, notice)

    def skip(self) -> Iterator[Event]:
        """Leave the current section out and move on."""
        key = self.session.current
        if not self.plan or key is None:
            text = self.progress_text()
            yield from self._offline(text, Reply(text, intents.SKIP))
            return
        self.plan.set_status(key, "skipped")
        self.session.proposal = None
        self.session.current = self._next_key(after=key)
        lead = f"已跳过“{self.plan.sections[key].title}”，之后可以随时回来补写。\n\n"
        notice = self._commit(lead)
        yield from self._then_next(lead, intents.SKIP, notice)

    def _then_next(self, lead: str, intent: str, notice: str | None) -> Iterator[Event]:
        yield Token(lead)
        if self.session.current is None:
            done = "全部部分都已完成！请在右侧预览检查，然后下载 Word 文档或 Markdown。"
            yield Token(done)
            yield from self._finish(Reply(lead + done, intent, notice=notice), recorded=done)
            return
        for event in self.propose():
            if isinstance(event, Done):
                event.reply.text = lead + event.reply.text
                event.reply.intent = intent
                if notice:
                    event.reply.notice = notice
            yield event

    def regenerate(self) -> Iterator[Event]:
        """Another version of the current section."""
        variant = (self.session.proposal.variant + 1) if self.session.proposal else 1
        yield from self.propose(self.session.current, variant=variant)

    def formalize(self, tone: str = "formal") -> Iterator[Event]:
        """Rewrite the current proposal (or current section text) in a given tone."""
        proposal = self.session.proposal
        if proposal is None:
            text = "目前没有待修改的建议稿。可以把需要改写的段落发给我，例如：“把这段改得更正式：……”。"
            yield from self._offline(text, Reply(text, intents.REWRITE))
            return
        rewritten = []
        for paragraph in proposal.paragraphs:
            rewritten.append(self._rewrite_text(paragraph, tone)[0])
        proposal.paragraphs = rewritten
        body = "\n".join(_numbered(rewritten))
        text = f"已按{_TONE_NAMES[tone]}的要求改写“{proposal.title}”：\n\n{body}\n\n请选择：采用 / 换一版 / 跳过，或继续提出修改意见。"
        yield from self._offline(text, Reply(text, intents.REWRITE, proposal=proposal, citations=proposal.citations))

    def edit_section(self, key: str, text: str) -> str | None:
        """Replace a section with the user's own text (from the preview editor); returns a notice on failure."""
        if not self.plan:
            return "请先填写学校信息。"
        paragraphs = [_LEADING_NUMBER.sub("", line).strip() for line in clean_model_text(text).splitlines()]
        paragraphs = [p for p in paragraphs if p]
        # An emptied section is not done: it goes back to the list of sections still to write.
        self.plan.set_section(key, paragraphs, status="accepted" if paragraphs else "empty")
        if self.session.proposal and self.session.proposal.key == key:
            self.session.proposal = None
        if self.session.current == key:
            self.session.current = self._next_key(after=key)
        return self._save_notice()

    def send(self, message: str) -> Iterator[Event]:
        """Handle a free-text message: recognise the intent and act on it."""
        text = (message or "").strip()
        if not text:
            reply = Reply("消息是空的：请输入问题或修改要求。", intents.OTHER)
            yield from self._offline(reply.text, reply)
            return
        limit = self.settings.message_limit
        if len(text) > limit:
            reply = Reply(
                f"消息太长（{len(text)} 字），超过了 {limit} 字的上限。请分段发送，或把文件作为附件上传到知识库。",
                intents.OTHER,
            )
            yield from self._offline(reply.text, reply)
            return
        self._record("user", text)
        found = self._recognise(text)
        if found.kind == intents.ACCEPT:
            yield from self.accept()
        elif found.kind == intents.SKIP:
            yield from self.skip()
        elif found.kind == intents.REGENERATE:
            yield from self.regenerate()
        elif found.kind == intents.PROGRESS:
            reply = Reply(self.progress_text(), intents.PROGRESS)
            yield from self._offline(reply.text, reply)
        elif found.kind == intents.EXPORT:
            reply = Reply(self._export_text(), intents.EXPORT)
            yield from self._offline(reply.text, reply)
        elif found.kind == intents.REWRITE:
            if found.text:
                yield from self.rewrite(found.text, found.tone)
            else:
                yield from self.formalize(found.tone)
        elif found.kind == intents.REVISE:
            yield from self.revise(text, found.section)
        elif found.kind == intents.DRAFT and self.plan is not None:
            yield from self.propose(found.section or self.session.current)
        else:
            yield from self.ask(text)

    def _recognise(self, text: str) -> intents.Intent:
        """Rules first; when no rule is sure and a model is configured, the model picks the intent."""
        found = intents.recognise(text, self.structure)
        if found.confident or self.assistant.chat_model is None:
            return found
        from assistant import llm, prompts

        prompt = prompts.render("intent", self.settings.prompts_dir, message=prompts.escape_block_text(text))
        result = llm.generate(self.assistant.chat_model, [("human", prompt)], self.settings)
        label = prompts.parse_intent(result.text) if result.complete else "other"
        if label in (intents.ASK, intents.DRAFT, intents.REVISE, intents.REWRITE):
            quoted = found.text or (text if label == intents.REWRITE else "")
            return intents.Intent(label, found.section, found.tone, quoted)
        return found

    # ------------------------------------------------------------------ answers, rewrites, revisions

    def ask(self, question: str) -> Iterator[Event]:
        """A grounded answer with citations (model when configured, else offline), with fallback."""
        found = intents.recognise(question, self.structure)
        spec = self.structure.section(found.section) if found.section else None
        topic = spec.topics[0] if spec and spec.topics else None
        hits, pinned = _named_article_first(
            question, self.assistant.search(question, k=5, owner=self.session.owner, topic=topic)
        )
        expansion = self.assistant.index.lexicon.expand(question).terms
        offline = compose_answer(
            question, hits,
            key_points=list(spec.needs) if spec and _asks_for_content(question) else None,
            section_title=spec.title if spec else None,
            extra_terms=tuple(expansion),
            pinned=pinned,
        )
        if self.assistant.chat_model is None or not offline.found:
            reply = Reply(offline.text, intents.ASK, citations=offline.citations)
            yield from self._offline(offline.text, reply)
            return
        from assistant import prompts

        prompt = prompts.render(
            "answer", self.settings.prompts_dir,
            question=prompts.escape_block_text(question), passages=prompts.format_passages(hits),
        )
        collected: list[str] = []
        result = yield from self._stream_model(prompt, hits, collected)
        text = "".join(collected)
        citations = [citation_for(n, h, h.passage.text[:80]) for n, h in enumerate(hits, start=1)]
        if result.complete and text.strip():
            from assistant.grounding import cited_numbers

            used = set(cited_numbers(text))
            cited = [c for c in citations if c.n in used] or citations[:3]
            yield from self._finish(Reply(text, intents.ASK, mode="llm", citations=cited, notice=result.notice))
            return
        notice = f"{result.notice}，以下为离线引擎的回答。"
        partial = f"{text}\n\n（回答不完整）\n\n" if text.strip() else ""
        yield Token(f"\n\n（{notice}）\n\n")
        yield from (Token(p) for p in _pieces(offline.text))
        yield from self._finish(
            Reply(partial + offline.text, intents.ASK, citations=offline.citations, notice=notice, complete=False)
        )

    def rewrite(self, text: str, tone: str = "formal") -> Iterator[Event]:
        """Rewrite a passage the user gave, keeping every fact."""
        new_text, notice, mode = self._rewrite_text(text, tone, use_model=True)
        body = f"按{_TONE_NAMES[tone]}的要求改写如下：\n\n{new_text}"
        yield from self._offline(body, Reply(body, intents.REWRITE, mode=mode, notice=notice))

    def revise(self, instruction: str, key: str | None = None) -> Iterator[Event]:
        """Change a section by the user's instruction (加上校庆的内容, 女工部分写得具体些, 删去…)."""
        if not self.plan:
            yield from self.ask(instruction)
            return
        key = key or self.session.current
        if key is None:
            text = "请告诉我要修改哪一部分，例如“女工部分写得具体些”。"
            yield from self._offline(text, Reply(text, intents.REVISE))
            return
        base = self.session.proposal.paragraphs if self.session.proposal and self.session.proposal.key == key else (
            self.plan.sections[key].paragraphs
        )
        if self.assistant.chat_model is not None:
            from assistant import prompts

            spec = self.structure.section(key)
            hits = self.assistant.search(f"{spec.title} {instruction}", k=5, owner=self.session.owner)
            prompt = prompts.render(
                "revise_section", self.settings.prompts_dir, section_title=spec.title,
                current_text=prompts.escape_block_text("\n".join(base)) or "（暂无）",
                instruction=prompts.escape_block_text(instruction),
                passages=prompts.format_passages(hits),
            )
            collected: list[str] = []
            result = yield from self._stream_model(prompt, hits, collected)
            if result.complete and "".join(collected).strip():
                proposal = Proposal(key, spec.title, _paragraphs("".join(collected)),
                                    [citation_for(n, h, h.passage.text[:80]) for n, h in enumerate(hits, 1)])
                self.session.proposal = proposal
                self.session.current = key
                yield from self._finish(Reply("".join(collected), intents.REVISE, mode="llm",
                                              citations=proposal.citations, proposal=proposal))
                return
            yield Token(f"\n\n（{result.notice}，已改用离线引擎修改。）\n\n")
        paragraphs, summary = self._revise_offline(key, list(base), instruction)
        spec = self.structure.section(key)
        proposal = Proposal(key, spec.title, paragraphs, self.session.proposal.citations if self.session.proposal else [])
        self.session.proposal = proposal
        self.session.current = key
        text = f"{summary}\n\n{chr(10).join(_numbered(paragraphs))}\n\n请选择：采用 / 换一版 / 改得更正式 / 跳过。"
        yield from self._offline(text, Reply(text, intents.REVISE, citations=proposal.citations, proposal=proposal))

    def _revise_offline(self, key: str, paragraphs: list[str], instruction: str) -> tuple[list[str], str]:
        remove = re.search(r"(删去|删掉|去掉|删除)(?:关于)?(.{2,12}?)(?:的内容|的部分|这一条|这条)?$", instruction)
        if remove:
            target = remove.group(2)
            kept = [p for p in paragraphs if target not in p]
            return kept, f"已删去 {len(paragraphs) - len(kept)} 条含“{target}”的内容。"
        add = re.search(r"(加上|加入|增加|补充|突出|强调)(?:一下|一些)?(?:关于)?(.{2,20}?)(?:的内容|的部分|方面|相关内容)?$", instruction)
        if add:
            topic = add.group(2)
            sentence = f"围绕{topic}，工会将主动配合学校党政做好相关工作，广泛发动教职工参与，做好组织、宣传和服务保障。"
            hits = self.assistant.search(topic, k=5, owner=self.session.owner)
            for hit in hits:
                for s in re.split(r"(?<=。)", hit.passage.text):
                    s = _LEADING_NUMBER.sub("", s.strip())
                    if topic in s and 12 <= len(s) <= 120 and s.endswith("。") and s not in paragraphs:
                        sentence = s
                        break
                else:
                    continue
                break
            return paragraphs + [sentence], f"已补充关于“{topic}”的内容。"
        if re.search(r"(具体|详细|充实|丰富)", instruction):
            extra = self.assistant.composer.compose_section(self.plan.profile, key, variant=7).paragraphs
            added = [p for p in extra if p not in paragraphs][:2]
            return paragraphs + added, f"已补充 {len(added)} 条更具体的措施。"
        tone = next((v for k, v in intents.TONES.items() if k in instruction), None)
        if tone:
            return [self._rewrite_text(p, tone)[0] for p in paragraphs], f"已按{_TONE_NAMES[tone]}的要求改写。"
        return paragraphs, "离线模式下无法理解这条修改要求。可以试试：“加上校庆的内容”“删去关于体检的内容”“写得具体些”“改得更正式”。"

    def _rewrite_text(self, text: str, tone: str, use_model: bool = False) -> tuple[str, str | None, str]:
        from assistant.rewrite import rewrite as rule_rewrite

        if use_model and self.assistant.chat_model is not None:
            from assistant import llm, prompts

            prompt = prompts.render(
                "rewrite", self.settings.prompts_dir, tone=_TONE_NAMES[tone], text=prompts.escape_block_text(text)
            )
            result = llm.generate(self.assistant.chat_model, self._messages(prompt), self.settings)
            if result.complete and result.text.strip():
                return clean_model_text(result.text.strip()), None, "llm"
            return rule_rewrite(text, tone).text, f"{result.notice}，已改用离线规则改写。", "offline"
        return rule_rewrite(text, tone).text, None, "offline"

    def _export_text(self) -> str:
        if not self.plan:
            return "请先填写学校信息并起草计划，之后可以下载 Word 文档（公文格式）和 Markdown。"
        return "请使用页面上的“下载 Word 文档”或“下载 Markdown”按钮导出当前草稿。" + self.progress_text()

    # ------------------------------------------------------------------ model plumbing

    def _messages(self, prompt: str) -> list[tuple[str, str]]:
        from assistant import prompts

        return [("system", prompts.render("system", self.settings.prompts_dir)), ("human", prompt)]

    def _stream_model(self, prompt: str, hits: list[Hit], collected: list[str]):
        """Stream the model's reply sentence by sentence, grounded; returns an LLMResult-like outcome."""
        from assistant import llm, prompts
        from assistant.grounding import filter_citations, leaks_prompt, prompt_fragments, strip_unknown_law_citations

        lawbook = self.assistant.lawbook
        secret = prompt_fragments(prompts.render("system", self.settings.prompts_dir))
        buffer = ""

        def clean(segment: str) -> str:
            segment = clean_model_text(segment)
            segment, _ = filter_citations(segment, len(hits))
            segment, _ = strip_unknown_law_citations(segment, lawbook)
            return segment

        def leaked(segment: str) -> bool:
            # Checked before a segment is shown: the system prompt never reaches the user.
            return leaks_prompt("".join(collected[-3:]) + segment, secret)

        try:
            for chunk in llm.stream_chat(self.assistant.chat_model, self._messages(prompt),
                                         max_retries=self.settings.llm_max_retries):
                buffer += chunk
                cut = max(buffer.rfind(ch) for ch in _SENTENCE_END)
                if cut >= 0:
                    segment, buffer = clean(buffer[: cut + 1]), buffer[cut + 1 :]
                    if leaked(segment):
                        collected.clear()
                        return llm.LLMResult(text="", complete=False, notice=_LEAK_NOTICE, failure="leak")
                    collected.append(segment)
                    yield Token(segment)
            if buffer:
                segment = clean(buffer)
                if leaked(segment):
                    collected.clear()
                    return llm.LLMResult(text="", complete=False, notice=_LEAK_NOTICE, failure="leak")
                collected.append(segment)
                yield Token(segment)
        except llm.LLMFailure as failure:
            if buffer:
                collected.append(clean(buffer))
            return llm.LLMResult(text="".join(collected), complete=False, notice=failure.notice, failure=failure.kind)
        return llm.LLMResult(text="".join(collected), complete=True)

    def _apply_schedule(self) -> None:
        if self.plan is not None:
            self.plan.set_schedule(self.assistant.composer.compose_schedule(self.plan.profile))

    # ------------------------------------------------------------------ outputs

    def markdown(self) -> str:
        from assistant.markdown import render

        return render(self.plan.to_blocks()) if self.plan else ""

    def docx_bytes(self) -> bytes:
        from assistant.export_docx import docx_bytes

        if not self.plan:
            raise UserError("还没有可以导出的计划：请先填写学校信息并起草。")
        return docx_bytes(self.plan.to_blocks(), self.settings)

    def findings(self) -> list:
        from assistant.check import check_text

        if not self.plan:
            return []
        return check_text(self.markdown(), self.plan.profile.year, self.assistant.lawbook,
                          profile=self.plan.profile, structure=self.structure)


_LEAK_NOTICE = "模型的回复包含不应显示的内部说明，已被拦截"
_TONE_NAMES = {"formal": "更正式", "concise": "更简洁", "specific": "更具体"}


def _named_article_first(question: str, hits: list[Hit]) -> tuple[list[Hit], bool]:
    """When the question names a law and an article (工会法第十一条), that article answers it: put it first."""
    from assistant.retrieval import articles_in

    articles = articles_in(question)
    named = [h for h in hits if h.passage.article in articles and h.passage.law and h.passage.law in question]
    return (named + [h for h in hits if h not in named], True) if named else (hits, False)


def _asks_for_content(question: str) -> bool:
    return bool(re.search(r"(写什么|写啥|写些什么|包括|包含|内容|要点|怎么写|如何写|应该写)", question))


def _paragraphs(text: str) -> list[str]:
    """Model output to section paragraphs: one per line, numbering stripped."""
    out = []
    for line in clean_model_text(text).splitlines():
        line = _LEADING_NUMBER.sub("", line.strip().lstrip("-*• ").strip())
        if line and not line.startswith("#"):
            out.append(line)
    return out


def _numbered(paragraphs: Iterable[str]) -> list[str]:
    return [f"{i}. {p}" for i, p in enumerate(paragraphs, start=1)]


def _profile_summary(profile: Profile) -> str:
    parts = [
        f"学校：{profile.school}",
        f"计划：{profile.plan_title}",
        f"教职工 {profile.staff} 人"
        + (f"，其中女教职工 {profile.female_staff} 人" if profile.female_staff is not None else "")
        + f"，退休教职工 {profile.retirees} 人",
        f"民主管理形式：{profile.congress_name}；女职工组织：{profile.women_body}",
        f"上级工会：{profile.upper_union}",
    ]
    if profile.highlights:
        parts.append("本年度重点事项：" + "、".join(profile.highlights))
    if profile.focus:
        parts.append("希望突出：" + "、".join(profile.focus))
    return "\n".join(parts)


def ask_once(assistant: Assistant, question: str, owner: str = "") -> Reply:
    """Answer one question outside a guided session (the CLI's `ask`)."""
    if not (question or "").strip():
        raise UserError("问题不能为空。")
    conversation = Conversation(assistant, Session(owner=owner))
    reply = None
    for event in conversation.ask(question.strip()):
        if isinstance(event, Done):
            reply = event.reply
    assert reply is not None
    return reply


__all__ = [
    "Answer", "Conversation", "Done", "Proposal", "Reply", "Session", "Token", "Turn", "ask_once", "clean_model_text",
]
