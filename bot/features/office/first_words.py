"""A newcomer's first words at a network's gate, in their own language.

Until a person of a network has chosen an office, what they type is held and the list of
offices shown. Their platform's language hint is a guess (often none: Viber, a borrowed phone,
the terminal), so a Ukrainian who writes «привіт, мені потрібен песель для дитини» got the list
in English. The gate now reads the language the way a question's answer does: the search's
detector on the message (the early search of it, bot.core.ahead, for the default office), and
`questions.follow_language`'s rule: sure of it, not chosen by the person before, not Polish.
The list, the choice and the answer are then in that language, and it is the person's
(guessed) language from now on, as after a first question outside the gate. A greeting or a
command typed in words («привіт», «english please»), short or unclear text: as before."""

from __future__ import annotations

from bot.core.dispatch import Turn
from bot.features.questions import follow_language


async def follow(turn: Turn, text: str) -> None:
    """The person's language set to the one `text` is surely written in, if it may be."""
    text = text.strip()
    if not text or turn.session.language_chosen:
        return
    searcher = await turn.services.search.ready(turn.office.id)  # (no office yet: the default)
    if searcher is None:
        return
    result = await turn.services.search.search(searcher, text, turn.lang)
    if result.smalltalk is None and not result.command:
        follow_language(turn, result)
