"""The Telegram adapter: python-telegram-bot handlers that render the core's replies.

Named ``tgbot`` so that it is never mistaken for the ``telegram`` package itself.
"""
