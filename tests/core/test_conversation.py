"""What the core remembers between messages: how long the pain has lasted, a recent red flag, what is asked."""

from __future__ import annotations

import pytest

from bot.core.actor import Actor
from tests.core.conftest import ALICE, BOB, World, button, tap

REFERRAL = "deserves a proper assessment"


async def test_pain_said_to_last_over_3_months_gets_the_referral_on_later_messages(world: World) -> None:
    first = await world.core.message(ALICE, "my back hurts")
    answered = await tap(world, ALICE, button(first, "Over 3 months"))
    assert REFERRAL in answered.texts[0]
    account = await world.store.accounts.get(ALICE.user_id)
    assert account is not None and account.pain_duration == "over-3-months"
    later = await world.core.message(ALICE, "my back still hurts")
    text = "\n".join(later.texts)
    assert REFERRAL in text and "told me before" in text
    assert "How long has it been hurting?" not in text
    unrelated = await world.core.message(ALICE, "what is effleurage?")  # not about their pain: no referral
    assert REFERRAL not in "\n".join(unrelated.texts)


async def test_a_routine_asked_for_soon_after_an_emergency_is_not_started(world: World) -> None:
    emergency = await world.core.message(ALICE, "both legs numb since this morning and i wet myself")
    assert "emergency" in "\n".join(emergency.texts)
    held = await world.core.command(ALICE, "routine")
    assert "Earlier in our chat you mentioned" in held.texts[0] and "won't start a routine" in held.texts[0]
    typed_no = await world.core.message(ALICE, "No")
    assert "3 steps" not in " ".join(typed_no.texts)
    from_a_reminder = await world.core.press(ALICE, "rmstart", ("quick",), owner=ALICE.user_id)
    assert "won't start a routine" in from_a_reminder.texts[0]
    assert await world.store.sessions.active(ALICE.chat_id) is None
    world.clock.advance(25 * 3600)  # a day later the menu is back
    assert "Which routine would you like?" in (await world.core.command(ALICE, "routine")).texts[0]


async def test_after_a_red_flag_the_person_can_say_a_doctor_has_checked_them(world: World) -> None:
    await world.core.routines.choose(ALICE, "quick")
    await world.core.message(ALICE, "yes")  # a yes at the safety check counts as a red flag too
    held = await world.core.command(ALICE, "routine")
    checked = await tap(world, ALICE, button(held, "A doctor has checked me"))
    assert "Which routine would you like?" in checked.texts[-1]
    check = await tap(world, ALICE, button(checked, "Quick"))
    assert "safety check" in check.texts[-1]  # the safety check is still asked


async def test_how_long_it_has_hurt_is_asked_once_and_remembered(world: World) -> None:
    asked = [m for m in ("my back hurts", "my back really hurts", "my lower back aches")
             if "How long has it been hurting?" in (await world.core.message(ALICE, m)).texts]
    assert asked == ["my back hurts"]
    account = await world.store.accounts.get(ALICE.user_id)
    assert account is not None and account.pain_duration == "asked"  # stored with the account, like the pain log
    exported = (await world.core.command(ALICE, "export")).effects[0]
    assert b'"pain_duration": "not answered' in exported.attachment.content  # type: ignore[union-attr]
    later = await world.core.message(ALICE, "about 4 months")  # the question is still answerable by typing
    assert REFERRAL in later.texts[0]


async def test_how_long_is_not_asked_when_the_message_says_when_it_began(world: World) -> None:
    for text in ("my back is sore after i moved house last weekend", "my back has hurt since yesterday",
                 "hurt my back 3 days ago"):
        out = await world.core.message(ALICE, text)
        assert "How long has it been hurting?" not in out.texts, text


async def test_plain_requests_are_carried_out_as_their_commands(world: World) -> None:
    forget = await world.core.message(ALICE, "delete my data")
    assert "Delete it all?" in forget.texts[0] and button(forget, "Yes, delete everything")
    assert "What I store about you" in (await world.core.message(ALICE, "what do you store about me")).texts[0]
    await world.core.reminders.set_timezone(ALICE, "Europe/London")
    set_it = await world.core.message(ALICE, "remind me every monday at 7pm")
    assert set_it.texts[0].startswith("Reminder set: Mon at 19:00")
    listed = await world.core.message(ALICE, "stop sending me reminders")
    removed = await tap(world, ALICE, button(listed, "Mon at 19:00"))
    assert await world.store.reminders.for_user(ALICE.user_id) == [] and removed.texts
    offer = await world.core.message(ALICE, "i feel 3/10 today")
    assert "Shall I log 3/10" in offer.texts[0]
    assert await world.store.pain.entries(ALICE.user_id) == []  # only once confirmed
    await tap(world, ALICE, button(offer, "Log 3/10"))
    assert [e.score for e in await world.store.pain.entries(ALICE.user_id)] == [3]


async def test_ok_lol_yes_no_with_nothing_open_get_a_short_friendly_reply(world: World) -> None:
    for text in ("ok", "lol", "yes", "no"):
        reply = (await world.core.message(ALICE, text)).texts
        assert len(reply) == 1 and "only know about back care" not in reply[0] and len(reply[0]) < 120, text


async def test_the_terminal_says_where_a_plain_request_works(world: World) -> None:
    from bot.core.app import BackCare

    terminal = BackCare(world.core.deps, terminal=True)
    assert "works in Telegram" in (await terminal.message(ALICE, "delete my data")).texts[0]
    assert "works in Telegram" in (await terminal.message(ALICE, "i feel 3/10 today")).texts[0]
    privacy = await terminal.message(ALICE, "what do you store about me")
    assert "stays in the local database file" in " ".join(privacy.texts)


async def test_more_plain_requests_reach_their_commands(world: World) -> None:
    forget = await world.core.message(ALICE, "forget everything about me")
    assert "Delete it all?" in forget.texts[0]
    export = await world.core.message(ALICE, "export my data")
    assert export.effects[0].attachment is not None  # type: ignore[union-attr]  # the file, not the privacy notice
    logged = await world.core.message(ALICE, "log pain 6")
    assert [e.score for e in await world.store.pain.entries(ALICE.user_id)] == [6] and logged.texts
    offered = await world.core.message(ALICE, "my pain is 4")  # said, not asked for: offered, one tap
    assert "Shall I log 4/10" in offered.texts[0]
    history = await world.core.message(ALICE, "show my pain history")
    assert history.effects and "only know about back care" not in " ".join(history.texts)
    assert (await world.core.command(ALICE, "progress")).texts == history.texts
    stop = await world.core.message(ALICE, "stop the routine")
    assert "no routine running" in stop.texts[0]
    for question in ("how do I start a routine?", "do you have a tennis ball routine"):
        said = " ".join((await world.core.message(ALICE, question)).texts)
        assert "safety check" not in said and "I don't have a routine called" not in said, question


async def test_a_routine_is_started_by_name_from_the_chat_and_a_menu_comes_when_unclear(world: World) -> None:
    for text in ("start the quick routine", "can we do the desk one please"):
        out = await world.core.message(ALICE, text)
        assert "safety check" in out.texts[-1], text
        await world.core.message(ALICE, "no")
        assert await world.store.sessions.active(ALICE.chat_id) is not None
        await world.core.message(ALICE, "stop")
    assert "safety check" in (await world.core.command(ALICE, "routine", "2")).texts[-1]
    await world.core.message(ALICE, "no")
    await world.core.message(ALICE, "stop")
    unclear = await world.core.message(ALICE, "do the lower back one")
    assert "called “lower back”" in unclear.texts[0] and button(unclear, "Quick reset")
    plain = await world.core.message(ALICE, "start a routine")
    assert plain.texts[0].startswith("Which routine would you like?")
    picked = await world.core.message(ALICE, "the neck one")  # the menu reads a typed choice
    assert "safety check" in picked.texts[-1]
    await world.core.message(ALICE, "stop")
    asked = await world.core.message(ALICE, "can we do a massage routine together?")  # a request put as a question
    assert asked.texts[0].startswith("Which routine would you like?")
    assert (await world.core.message(ALICE, "do you have a routine for the neck?")).texts[0] != asked.texts[0]


async def test_typed_durations_count_and_six_to_twelve_weeks_is_not_told_to_wait(world: World) -> None:
    import datetime as dt

    world.clock.now = dt.datetime(2026, 12, 1, 12, tzinfo=dt.UTC).timestamp()
    await world.core.message(ALICE, "my back hurts")
    summer = await world.core.message(ALICE, "since summer")  # counted back from 1 December
    assert REFERRAL in summer.texts[0]
    bob = Actor(202, 202)
    await world.core.message(bob, "my back hurts")
    weeks = await world.core.message(bob, "about 2 months")
    assert "more than about 6 weeks" in weeks.texts[0] and "If it lasts beyond" not in weeks.texts[0]
    account = await world.store.accounts.get(bob.user_id)
    assert account is not None and account.pain_duration == "6-12-weeks"
    carol = Actor(303, 303)
    await world.core.message(carol, "my back hurts")
    assert "If it lasts beyond about 6 weeks" in (await world.core.message(carol, "since last week")).texts[0]
    await tap(world, bob, button(await world.core.command(bob, "forget"), "Yes, delete everything"))
    erased = await world.store.accounts.get(bob.user_id)
    assert erased is None or erased.pain_duration is None


async def test_the_duration_question_never_comes_during_a_routine_step(world: World) -> None:
    await world.core.routines.choose(ALICE, "quick")
    await world.core.message(ALICE, "no")
    assert await world.store.sessions.active(ALICE.chat_id) is not None
    out = await world.core.message(ALICE, "my back hurts a bit")
    assert "How long has it been hurting?" not in out.texts


async def test_the_terminal_says_where_the_new_plain_requests_work(world: World) -> None:
    from bot.core.app import BackCare

    terminal = BackCare(world.core.deps, terminal=True)
    for text in ("export my data", "log pain 6", "show my pain history", "forget everything about me"):
        assert "works in Telegram" in (await terminal.message(ALICE, text)).texts[0], text
    assert "safety check" in (await terminal.message(ALICE, "start the quick routine")).texts[-1]


async def test_a_typed_number_picks_a_did_you_mean_choice_and_otherwise_offers_to_log_a_score(world: World) -> None:
    vague = await world.core.message(ALICE, "ouch")
    assert vague.texts[0].startswith("I'm not sure I understood")
    second = [b for row in vague.effects[-1].buttons or () for b in row][1]  # type: ignore[union-attr]
    picked = await world.core.message(ALICE, "2")
    expected = world.core.deps.dialogue.answer(second.args[0])
    assert expected is not None and picked.texts == [expected.text]
    assert "Shall I log 7/10" in (await world.core.message(ALICE, "7")).texts[0]
    assert "only know about back care" not in (await world.core.message(ALICE, "n")).texts[0]


async def test_a_menu_item_typed_on_its_own_opens_it(world: World) -> None:
    for text in ("routines", "what routines are there?"):
        assert (await world.core.message(ALICE, text)).texts[0].startswith("Which routine would you like?"), text
    for text in ("techniques", "show me techniques"):
        assert (await world.core.message(ALICE, text)).texts[0] == "Which technique would you like to learn?", text
    assert (await world.core.message(ALICE, "menu")).texts == (await world.core.command(ALICE, "start")).texts
    asked = await world.core.message(ALICE, "what techniques help with knots?")  # a question is answered
    assert asked.texts[0] != "Which technique would you like to learn?"


ASKED = "How long has it been hurting?"


async def _asked(world: World, actor: Actor = ALICE) -> None:
    first = await world.core.message(actor, "my back hurts")
    assert ASKED in first.texts


@pytest.mark.parametrize("typed", ["2 months", "about 2 months", "7 weeks"])
async def test_a_typed_length_of_6_to_12_weeks_is_that_choice_not_the_chronic_referral(world: World,
                                                                                        typed: str) -> None:
    await _asked(world)
    out = await world.core.message(ALICE, typed)
    assert "more than about 6 weeks" in out.texts[0] and REFERRAL not in out.texts[0], typed
    account = await world.store.accounts.get(ALICE.user_id)
    assert account is not None and account.pain_duration == "6-12-weeks"


@pytest.mark.parametrize("typed", ["not sure", "dunno", "maybe", "a while", "no idea"])
async def test_not_knowing_how_long_is_fine_and_stores_nothing(world: World, typed: str) -> None:
    await _asked(world)
    out = await world.core.message(ALICE, typed)
    assert out.texts[0].startswith("That's fine"), (typed, out.texts)
    account = await world.store.accounts.get(ALICE.user_id)
    assert account is not None and account.pain_duration == "asked"


async def test_a_bare_number_at_the_question_is_asked_back_never_offered_as_a_pain_score(world: World) -> None:
    await _asked(world)
    for typed in ("5", "2"):
        out = await world.core.message(ALICE, typed)
        assert "days, weeks or months" in out.texts[0] and "log" not in " ".join(out.texts).lower(), typed
    answered = await world.core.message(ALICE, "5 weeks")  # the question was still open
    assert "Most back pain eases" in answered.texts[0]


async def test_a_start_with_no_date_is_asked_back_not_taken_as_months(world: World) -> None:
    await _asked(world)
    out = await world.core.message(ALICE, "since my baby was born")
    assert "how long ago" in out.texts[0].lower() and REFERRAL not in out.texts[0]


async def test_a_length_typed_after_another_question_still_answers_how_long(world: World) -> None:
    await _asked(world)
    between = await world.core.message(ALICE, "what about position")
    assert "Did you mean" in between.texts[0]  # a newer question in between
    out = await world.core.message(ALICE, "2 months")
    assert "more than about 6 weeks" in out.texts[0] and REFERRAL not in out.texts[0]


async def test_a_length_told_again_after_the_answer_updates_it_instead_of_a_search(world: World) -> None:
    await _asked(world)
    assert "more than about 6 weeks" in (await world.core.message(ALICE, "2 months")).texts[0]
    out = await world.core.message(ALICE, "a week or two")  # not the how-often answer
    assert "Most back pain eases" in out.texts[0], out.texts


async def test_how_long_is_not_asked_after_a_story_that_said_it_nor_for_a_message_with_no_pain(world: World) -> None:
    story = ("Hi, so I'm 42 and work at a desk. About four months ago my lower back started aching and it hasn't "
             "really gone away. Would self-massage help and how should I do it?")
    assert ASKED not in (await world.core.message(ALICE, story)).texts
    assert ASKED not in (await world.core.message(ALICE, "is it bad to crack my back")).texts
    later = await world.core.message(ALICE, "my back hurts")
    assert ASKED not in later.texts and REFERRAL in "\n".join(later.texts)
    assert ASKED not in (await world.core.message(BOB, "is it bad to crack my back")).texts  # no pain described


async def test_a_typed_about_3_months_is_not_quoted_back_as_over_3_months(world: World) -> None:
    await _asked(world)
    await world.core.message(ALICE, "about 3 months")
    later = "\n".join((await world.core.message(ALICE, "my back still hurts")).texts)
    assert "about 3 months or more" in later and "over 3 months" not in later


async def test_an_edited_message_with_a_red_flag_gets_the_emergency_advice(world: World) -> None:
    out = await world.core.edited(ALICE, "i have numbness in my groin")
    text = "\n".join(out.texts)
    assert "emergency" in text.lower() and "only act on new messages" not in text
    held = await world.core.command(ALICE, "routine")
    assert "won't start a routine" in held.texts[0]
    other = await world.core.edited(ALICE, "how often should I massage?")  # other edits are still left alone
    assert "only act on new messages" in other.texts[0]


async def test_the_gentle_check_in_comes_with_no_massage_buttons(world: World) -> None:
    out = await world.core.message(ALICE, "what's the point anymore")
    assert "crisis line" in out.texts[0] or "talk to" in out.texts[0]
    assert all(not getattr(e, "buttons", None) for e in out.effects)
