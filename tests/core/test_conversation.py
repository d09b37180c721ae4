"""What the core remembers between messages: how long the pain has lasted, a recent red flag, what is asked."""

from __future__ import annotations

from tests.core.conftest import ALICE, World, button, tap

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
