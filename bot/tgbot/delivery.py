"""The ticker's delivery in Telegram: send a due step or reminder, and say whether it surely arrived."""

from __future__ import annotations

from telegram import Bot
from telegram.error import BadRequest, ChatMigrated, Forbidden, RetryAfter, TelegramError, TimedOut

from bot.core.outcome import Send
from bot.core.ticker import DeliveryFailed, DeliveryUncertain
from bot.tgbot.render import send
from bot.tgbot.retry import scheduled


class TelegramDelivery:
    """Sends scheduled messages at low priority: replies to people waiting go first."""

    def __init__(self, bot: Bot) -> None:
        self.bot = bot

    async def deliver(self, chat_id: int, message: Send) -> None:
        """Send ``message``; map Telegram's errors to what the ticker needs to know."""
        try:
            with scheduled():
                await send(self.bot, chat_id, message)
        except TimedOut as exc:
            if exc.message.startswith("Pool timeout"):  # every connection busy: the request never left
                raise DeliveryFailed(exc.message) from exc
            raise DeliveryUncertain(exc.message) from exc
        except (Forbidden, ChatMigrated, BadRequest) as exc:
            # blocked, the group became a supergroup, no right to write, chat gone: retrying cannot help
            raise DeliveryFailed(exc.message, permanent=True) from exc
        except (RetryAfter, TelegramError) as exc:  # network trouble and the like: nothing was delivered
            raise DeliveryFailed(str(exc)) from exc
