"""A newcomer's first words at a network's gate, in their own language.

Until a person of a network has chosen an office, what they type is held and the list of
offices shown. Their platform's language hint is a guess (often none: Viber, a borrowed phone,
the terminal), so a Ukrainian who writes «привіт, мені потрібен песель для дитини» got the list
in English. The gate now reads the language the way a question's answer does: the search's
detector on the message (the early search of it, bot.core.ahead, for the default office), and
`questions.follow_language`'s rule: sure of it, not chosen by the person before, Polish only
for a sentence in it.
The list, the choice and the answer are then in that language, and it is the person's
(guessed) language from now on, as after a first question outside the gate. So is a greeting
or thanks written in its language's own letters («здравствуйте», «добрий день»; «dzień dobry»
offered), as `questions` answers it; a Latin one («privet», «hola»), «ок», a command typed in
words («english please»), short or unclear text: as before.
Words surely Polish are not followed (a Ukrainian writes «karta pobytu Opole» too): their
language is returned, and the menu that follows the choice offers to answer in it."""

from __future__ import annotations

from bot.core.dispatch import Turn
from bot.search import lang


async def follow(turn: Turn, text: str) -> str | None:
    """The person's language set to the one `text` is surely written in, if it may be; the
    language it is surely written in but was not followed into (Polish), if any."""
    text = text.strip()
    if not text or turn.session.language_chosen:
        return None
    searcher = await turn.services.search.ready(turn.office.id)  # (no office yet: the default)
    if searcher is None:
        return None
    result = await turn.services.search.search(searcher, text, turn.lang)
    if result.command:
        return None
    if result.smalltalk is not None and (
        result.smalltalk == "ack" or not lang.in_own_letters(text, result.lang)
    ):
        return None
    from bot.features.questions import follow_language  # (questions imports this feature)

    follow_language(turn, result)
    code = result.lang
    sure = result.lang_sure and code != turn.lang and code in turn.settings.languages
    return code if sure else None
