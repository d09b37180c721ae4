"""Personal data never shows in a group; buttons act only for their owner; /forget erases only the asker."""

from __future__ import annotations

import json

from bot.core.outcome import Send
from tests.core.conftest import ALICE, GROUP_ALICE, GROUP_BOB, World, button, tap


def sends(outcome) -> list[Send]:  # type: ignore[no-untyped-def]
    return [e for e in outcome.effects if isinstance(e, Send)]


async def test_progress_and_export_asked_in_a_group_go_to_the_private_chat(world: World) -> None:
    await world.core.progress.save(ALICE, 6, "stiff after gardening")
    for command in ("progress", "export"):
        out = await world.core.command(GROUP_ALICE, command)
        personal = [s for s in sends(out) if s.attachment is not None]
        assert personal and all(s.private for s in personal)
        public = [s for s in sends(out) if not s.private]
        assert all("6" not in s.text and "gardening" not in s.text for s in public)


async def test_a_log_in_a_group_is_confirmed_privately(world: World) -> None:
    out = await world.core.command(GROUP_ALICE, "log", "4")
    assert all(s.private for s in sends(out) if "4/10" in s.text)


async def test_every_private_reply_to_a_group_command_leaves_a_notice_in_the_group(world: World) -> None:
    await world.core.reminders.set_timezone(ALICE, "Europe/Berlin")
    await world.core.command(ALICE, "remind", "mon 19:00")
    for command, args in (("log", "4"), ("log", ""), ("progress", ""), ("reminders", ""), ("export", "")):
        for s in sends(await world.core.command(GROUP_ALICE, command, args)):
            assert s.private and s.notice and "private chat" in s.notice, (command, args)
            assert s.fallback and "private chat" in s.fallback, (command, args)


async def test_forget_in_a_group_erases_only_the_asker_and_only_they_can_confirm(world: World) -> None:
    await world.core.progress.save(ALICE, 5, None)
    await world.core.progress.save(GROUP_BOB, 3, None)
    ask = await world.core.command(GROUP_ALICE, "forget")
    yes = button(ask, "Yes, delete")
    bob_taps = await tap(world, GROUP_BOB, yes)
    assert "someone else" in bob_taps.effects[0].text  # type: ignore[union-attr]
    assert [e.score for e in await world.store.pain.entries(GROUP_BOB.user_id)] == [3]
    done = await tap(world, GROUP_ALICE, yes)
    assert "deleted" in done.texts[0]
    assert await world.store.pain.entries(ALICE.user_id) == []
    assert [e.score for e in await world.store.pain.entries(GROUP_BOB.user_id)] == [3]
    assert await world.store.accounts.export(ALICE.user_id) == {
        "user_id": ALICE.user_id, "user": None, "sessions": [], "reminders": [], "pain_log": []}


async def test_reminders_are_set_privately_and_a_removed_one_leaves_the_list(world: World) -> None:
    refused = await world.core.command(GROUP_ALICE, "remind", "mon 19:00")
    assert "private chat" in refused.texts[0]
    await world.core.reminders.set_timezone(ALICE, "Europe/Berlin")
    await world.core.command(ALICE, "remind", "mon wed 19:00")
    await world.core.command(ALICE, "remind", "fri 08:00")
    listed = await world.core.command(ALICE, "reminders")
    removed = await tap(world, ALICE, button(listed, "Fri"))
    edit = removed.effects[1]
    assert "Fri" not in str(edit) and "Mon, Wed" in str(edit)
    again = await tap(world, ALICE, button(listed, "Fri"))
    assert "already gone" in again.effects[0].text  # type: ignore[union-attr]


async def test_the_first_remind_asks_for_the_time_zone_then_sets_the_reminder(world: World) -> None:
    asked = await world.core.command(ALICE, "remind", "mon wed fri 19:00")
    assert "where are you" in asked.texts[0].lower()
    done = await world.core.command(ALICE, "timezone", "Europe/Berlin")
    assert any("Reminder set: Mon, Wed, Fri at 19:00 (Europe/Berlin)" in t for t in done.texts)


async def test_a_reminder_fires_once_names_its_routine_and_starts_it(world: World) -> None:
    await world.core.reminders.set_timezone(ALICE, "UTC")
    await world.core.command(ALICE, "remind", "daily 19:00")
    await world.run_for(86400 + 60, step=600)
    texts = world.delivery.texts(ALICE.chat_id)
    assert len(texts) == 1 and "Quick reset" in texts[0]
    start = await tap(world, ALICE, button(world.delivery.sent[0][1], "Start"))
    assert "safety check" in start.texts[0]


async def test_unknown_commands_and_edits_get_an_answer_that_does_nothing(world: World) -> None:
    out = await world.core.command(ALICE, "foo")
    assert "/help" in out.texts[0]
    non_admin = await world.core.command(ALICE, "stats")
    assert "don't know" in non_admin.texts[0]
    assert "only act on new messages" in (await world.core.edited(ALICE)).texts[0]


async def test_a_red_flag_in_a_log_note_stops_the_routine(world: World) -> None:
    from tests.core.test_routines import start_quick
    await start_quick(world)
    out = await world.core.command(ALICE, "log", "8 numbness in both legs and I can't control my bladder")
    assert "stopped your routine" in out.texts[0]
    assert await world.store.sessions.active(ALICE.chat_id) is None


async def test_a_pending_time_zone_question_does_not_swallow_other_messages(world: World) -> None:
    from tests.core.test_routines import start_quick
    await world.core.command(ALICE, "remind", "mon 19:00")  # asks for the time zone first
    await start_quick(world)
    out = await world.core.message(ALICE, "stop")
    assert "Stopped" in out.texts[0]
    answer = await world.core.message(ALICE, "how often should I massage my back?")
    assert "week" in answer.texts[0]


async def test_the_duration_is_asked_once_and_over_three_months_gets_the_referral(world: World) -> None:
    first = await world.core.message(ALICE, "my lower back hurts, what should I do?")
    assert "How long has it been hurting?" in first.texts
    referral = await tap(world, ALICE, button(first, "Over 3 months"))
    assert any("professional" in t.lower() or "gp" in t.lower() for t in referral.texts)
    again = await world.core.message(ALICE, "my lower back hurts again today")
    assert "How long has it been hurting?" not in again.texts
    export = await world.store.accounts.export(ALICE.user_id)
    assert export["user"]["pain_duration"] == "over-3-months"


async def test_time_zone_in_a_group_is_set_privately(world: World) -> None:
    out = await world.core.command(GROUP_ALICE, "timezone", "Tokyo")
    assert "private chat" in out.texts[0] and "Tokyo" not in out.texts[0]


async def test_the_export_names_reminder_days(world: World) -> None:
    await world.core.reminders.set_timezone(ALICE, "Europe/London")
    await world.core.command(ALICE, "remind", "mon wed fri 19:00")
    exported = (await world.core.command(ALICE, "export")).effects[0]
    data = json.loads(exported.attachment.content)  # type: ignore[union-attr]
    assert data["reminders"][0]["days"] == ["Monday", "Wednesday", "Friday"]
    assert data["reminders"][0]["time"] == "19:00"
