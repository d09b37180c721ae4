"""/start, /help, /techniques and the main menu."""

from __future__ import annotations

from telegram import BotCommand, Update
from telegram.ext import ContextTypes

from bot.dialogue import NOT_MEDICAL_ADVICE
from bot.tgbot import keyboards
from bot.tgbot.callbacks import decode
from bot.tgbot.render import html
from bot.tgbot.services import services

GREETING = ("Hi! I'm BackCare. I answer questions about looking after your back and self-massage, "
            "guide you through short self-massage routines, and remind you to do them.")

HELP = """\
Just type a question, for example "how often should I massage my back?" or "heat or ice?".

/techniques - the self-massage techniques, one tap each
/routine - a guided self-massage routine, step by step (/stop ends it)
/remind - reminders, e.g. /remind mon wed fri 19:00 (/reminders lists them, /timezone sets yours)
/log - how your back feels today, 0-10
/progress - a chart of how it has been going
/privacy - what I store; /export sends it to you, /forget deletes it all
/help - this text

If your pain has lasted for months, or comes with numbness, fever, a fall, or trouble \
controlling your bladder or bowels, I will point you to a professional: please take that seriously."""

ASK_PROMPT = "Type your question in your own words, for example: “how long should a session last?”"

#: The menu items this module opens; features open the others ("routine", "reminders").
MENU_ITEMS = ("ask", "techniques")

COMMANDS = [
    BotCommand("start", "Start and show the menu"),
    BotCommand("techniques", "Self-massage techniques"),
    BotCommand("help", "What I can do"),
]


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Greet the user, say what this is, and show the menu."""
    await update.effective_message.reply_text(
        f"{html(GREETING)}\n\n<i>{html(NOT_MEDICAL_ADVICE)}</i>",
        reply_markup=keyboards.main_menu(),
    )


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Explain how to use the bot."""
    await update.effective_message.reply_text(html(HELP))


async def techniques(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List the techniques as buttons, each opening its explanation."""
    await update.effective_message.reply_text(
        "Which technique would you like to learn?", reply_markup=keyboards.techniques(services(context).kb))


async def menu(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Open the menu item the user tapped."""
    query = update.callback_query
    await query.answer()
    item = decode(query.data).args[0]
    if item == "techniques":
        await techniques(update, context)
    else:
        await update.effective_message.reply_text(html(ASK_PROMPT))
