"""End to end: questions typed in Telegram and the buttons on the answers."""

from __future__ import annotations

from bot.knowledge import KnowledgeBase
from tests.emulator import BotApiEmulator
from tests.tgbot.harness import CHAT, RunningBot, flushed, plain, press


async def ask(emulator: BotApiEmulator, text: str, chat: int = CHAT) -> dict:
    """Send a message and return the bot's next reply (the params of sendMessage)."""
    before = len(emulator.sent(chat))
    emulator.send_text(chat, text)
    await emulator.wait_for(lambda: len(emulator.sent(chat)) > before)
    return emulator.sent(chat)[before]


def callback_data(message: dict) -> list[str]:
    """Return the buttons' data without their owner."""
    markup = message.get("reply_markup") or {}
    return [plain(b["callback_data"]) for row in markup.get("inline_keyboard", []) for b in row]


def owners(message: dict) -> set[str]:
    markup = message.get("reply_markup") or {}
    return {b["callback_data"].partition("|")[2] for row in markup.get("inline_keyboard", []) for b in row}


async def test_question_gets_answer_with_follow_ups_and_feedback(bot: RunningBot, kb: KnowledgeBase) -> None:
    emu = bot.emulator
    reply = await ask(emu, "how often should I massage my back?")
    assert "a few times a week" in reply["text"].lower()
    assert reply["parse_mode"] == "HTML"
    sent = bot.emulator.calls_to("sendMessage")[-1].params
    assert sent["parse_mode"] == "HTML" and sent["link_preview_options"] == {"is_disabled": True}
    data = callback_data(reply)
    follow_ups = kb.entries["massage-frequency"].follow_ups
    assert data[: len(follow_ups)] == [f"ans:{f}" for f in follow_ups]
    assert data[-2:] == ["fb:massage-frequency:1", "fb:massage-frequency:0"]
    assert owners(reply) == {"3ux"}  # every button is for the person asking (5001 in base 36)


async def test_pressing_a_follow_up_opens_its_answer(bot: RunningBot, kb: KnowledgeBase) -> None:
    emu = bot.emulator
    await ask(emu, "how often should I massage my back?")
    target = kb.entries["massage-frequency"].follow_ups[0]
    await press(emu, CHAT, f"ans:{target}")
    await emu.wait_for(lambda: len(emu.sent(CHAT)) == 2)
    assert emu.sent(CHAT)[1]["text"].startswith(kb.entries[target].answer[:40].replace("&", "&amp;"))
    await emu.wait_for(lambda: len(emu.calls_to("answerCallbackQuery")) == 1)


async def test_feedback_is_stored_and_buttons_removed(bot: RunningBot) -> None:
    emu = bot.emulator
    await ask(emu, "what is effleurage")
    answer = emu.message(CHAT)["message_id"]
    await press(emu, CHAT, "fb:effleurage:0")
    await emu.wait_for(lambda: len(emu.calls_to("editMessageReplyMarkup")) == 1)
    assert emu.calls_to("answerCallbackQuery")
    assert not [d for _, d in emu.buttons(CHAT, answer) if d.startswith("fb:")]  # rated once
    await flushed(bot)
    assert (await bot.core.store.feedback.feedback_counts())["effleurage"] == (0, 1)


async def test_did_you_mean_flow(bot: RunningBot) -> None:
    emu = bot.emulator
    reply = await ask(emu, "warm up")
    assert "Did you mean" in reply["text"]
    picks = [d for d in callback_data(reply) if d.startswith("dym:")]
    assert len(picks) >= 2
    await press(emu, CHAT, picks[0])
    await emu.wait_for(lambda: len(emu.sent(CHAT)) == 2)
    await flushed(bot)
    confirmed = await bot.core.store.feedback.confirmed()
    assert [(q.text, q.entry_id) for q in confirmed] == [("warm up", picks[0].split(":")[1])]


async def test_off_topic_gets_kind_refusal_with_examples(bot: RunningBot) -> None:
    reply = await ask(bot.emulator, "How do car title loans work?")
    assert "only know about back care" in reply["text"]
    assert 2 <= len([d for d in callback_data(reply) if d.startswith("ans:")]) <= 3
    await flushed(bot)
    assert [q.text for q in await bot.core.store.feedback.unanswered()] == ["How do car title loans work?"]


async def test_chronic_and_urgent_notes_are_in_the_text(bot: RunningBot, kb: KnowledgeBase) -> None:
    emu = bot.emulator
    chronic = await ask(emu, "I've had back pain for years, how often should I massage?")
    assert "week" in chronic["text"] and "physiotherapist" in chronic["text"]
    urgent = await ask(emu, "my back hurts and I can't control my bladder")
    assert urgent["text"].startswith("⚠️")
    assert "999" in urgent["text"] or "emergency" in urgent["text"].lower()


async def test_html_in_a_question_is_escaped(bot: RunningBot) -> None:
    reply = await ask(bot.emulator, "<b>hi</b> & <script>")
    assert "<script>" not in reply["text"] and "<b>" not in reply["text"]


async def test_forged_and_stale_buttons_get_a_polite_answer(bot: RunningBot) -> None:
    emu = bot.emulator
    await ask(emu, "what is effleurage")
    for data in ["ans:no-such-entry", "zzz", "fb:effleurage:7", "ans:../../etc", "menu:drop-tables"]:
        emu.press_forged(CHAT, data)
    await emu.wait_for(lambda: len(emu.calls_to("answerCallbackQuery")) == 5)
    texts = emu.texts(CHAT)
    assert any("older conversation" in t for t in texts)  # the stale entry id
    alerts = [c.params.get("text", "") for c in emu.calls_to("answerCallbackQuery")]
    assert sum("no longer works" in a for a in alerts) == 4
    # and the bot still answers
    assert "strok" in (await ask(emu, "efleurage??"))["text"].lower()


async def test_start_help_and_techniques(bot: RunningBot, kb: KnowledgeBase) -> None:
    emu = bot.emulator
    start = await ask(emu, "/start")
    assert "not medical advice" in start["text"]
    assert "menu:techniques" in callback_data(start)
    commands = emu.calls_to("setMyCommands")
    assert commands and {"start", "help", "techniques"} <= {c["command"] for c in commands[0].params["commands"]}
    await press(emu, CHAT, "menu:techniques")
    await emu.wait_for(lambda: len(emu.sent(CHAT)) == 2)
    technique_ids = [d.split(":")[1] for d in callback_data(emu.sent(CHAT)[1])]
    assert {"effleurage", "kneading", "trigger-points"} <= set(technique_ids)
    await press(emu, CHAT, "ans:kneading")
    await emu.wait_for(lambda: len(emu.sent(CHAT)) == 3)
    assert "knead" in emu.sent(CHAT)[2]["text"].lower()
    help_reply = await ask(emu, "/help")
    assert "/techniques" in help_reply["text"]


async def test_every_menu_button_opens_something(bot: RunningBot) -> None:
    emu = bot.emulator
    start = await ask(emu, "/start")
    items = [d for d in callback_data(start) if d.startswith("menu:")]
    assert {"menu:ask", "menu:techniques", "menu:routine", "menu:reminders", "menu:progress"} <= set(items)
    for i, data in enumerate(items, 1):
        before = len(emu.sent(CHAT))
        await press(emu, CHAT, data)
        await emu.wait_for(lambda before=before: len(emu.sent(CHAT)) > before)
        await emu.wait_for(lambda i=i: len(emu.calls_to("answerCallbackQuery")) == i)
    alerts = [c.params.get("text", "") for c in emu.calls_to("answerCallbackQuery")]
    assert not [a for a in alerts if "no longer works" in a]


async def test_did_you_mean_pick_is_recorded_for_the_question_it_answered(bot: RunningBot) -> None:
    emu = bot.emulator
    first = await ask(emu, "warm up")
    picks = [d for d in callback_data(first) if d.startswith("dym:")]
    await ask(emu, "How do car title loans work?")  # a later question must not be taken for the first
    await press(emu, CHAT, picks[0])
    await emu.wait_for(lambda: len(emu.calls_to("answerCallbackQuery")) == 1)
    await emu.wait_for(lambda: len(emu.sent(CHAT)) == 3)
    await flushed(bot)
    assert [q.text for q in await bot.core.store.feedback.confirmed()] == ["warm up"]


async def test_health_details_are_never_kept_as_unanswered_questions(bot: RunningBot) -> None:
    emu = bot.emulator
    await ask(emu, "I had breast cancer 5 years ago and now my bank statement is wrong")
    await ask(emu, "How do car title loans work?")
    await flushed(bot)
    assert [q.text for q in await bot.core.store.feedback.unanswered()] == ["How do car title loans work?"]


async def test_an_answered_question_with_a_referral_still_counts_as_answered(bot: RunningBot) -> None:
    emu = bot.emulator
    await ask(emu, "I've had back pain for years, how often should I massage?")
    await flushed(bot)
    assert (await bot.core.store.feedback.stats())["answered"] == 1
    assert await bot.core.store.feedback.unanswered() == []


async def test_stickers_and_edited_messages_get_an_answer_that_does_nothing(bot: RunningBot) -> None:
    emu = bot.emulator
    user = {"id": CHAT, "is_bot": False, "first_name": "Ann"}
    chat = {"id": CHAT, "type": "private", "first_name": "Ann"}
    sticker = {"file_id": "S1", "file_unique_id": "u1", "width": 512, "height": 512, "is_animated": False,
               "is_video": False, "type": "regular"}
    emu.send_update({"message": {"message_id": 90, "from": user, "chat": chat, "date": 1, "sticker": sticker}})
    await emu.wait_for(lambda: len(emu.texts(CHAT)) == 1)
    assert "I can only read text" in emu.texts(CHAT)[0]
    emu.send_update({"edited_message": {"message_id": 91, "from": user, "chat": chat, "date": 1, "edit_date": 2,
                                        "text": "/remind mon 19:00"}})
    await emu.wait_for(lambda: len(emu.texts(CHAT)) == 2)
    assert "I only act on new messages" in emu.texts(CHAT)[1]
    assert await bot.core.store.reminders.for_user(CHAT) == []


async def test_an_edit_that_tells_of_a_red_flag_gets_the_emergency_advice(bot: RunningBot) -> None:
    emu = bot.emulator
    user = {"id": CHAT, "is_bot": False, "first_name": "Ann"}
    chat = {"id": CHAT, "type": "private", "first_name": "Ann"}
    emu.send_update({"edited_message": {"message_id": 95, "from": user, "chat": chat, "date": 1, "edit_date": 2,
                                        "text": "i have numbness in my groin"}})
    await emu.wait_for(lambda: len(emu.texts(CHAT)) == 1)
    assert "emergency" in emu.texts(CHAT)[0].lower() and "only act on new messages" not in emu.texts(CHAT)[0]


async def test_a_dice_or_a_venue_in_a_private_chat_gets_an_answer_too(bot: RunningBot) -> None:
    emu = bot.emulator
    user = {"id": CHAT, "is_bot": False, "first_name": "Ann"}
    chat = {"id": CHAT, "type": "private", "first_name": "Ann"}
    emu.send_update({"message": {"message_id": 92, "from": user, "chat": chat, "date": 1,
                                 "dice": {"emoji": "🎲", "value": 4}}})
    await emu.wait_for(lambda: len(emu.texts(CHAT)) == 1)
    venue = {"location": {"latitude": 51.5, "longitude": -0.12}, "title": "Gym", "address": "1 High St"}
    emu.send_update({"message": {"message_id": 93, "from": user, "chat": chat, "date": 1, "venue": venue,
                                 "location": venue["location"]}})
    await emu.wait_for(lambda: len(emu.texts(CHAT)) == 2)
    assert all("I can only read text" in t for t in emu.texts(CHAT))
