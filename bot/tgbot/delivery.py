"""The ticker's delivery in Telegram: send a due step or reminder, and say whether it surely arrived."""

from __future__ import annotations

from telegram import Bot
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut

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
            raise DeliveryUncertain(exc.message) from exc
        except Forbidden as exc:
            raise DeliveryFailed(exc.message, permanent=True) from exc
        except BadRequest as exc:
            raise DeliveryFailed(exc.message, permanent="chat not found" in exc.message.lower()) from exc
        except (RetryAfter, NetworkError) as exc:
            raise DeliveryFailed(str(exc)) from exc
