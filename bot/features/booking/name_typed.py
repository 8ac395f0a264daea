"""A name typed at «What is your visit about?» (tester 37, F22): «Jan», meant as the person's
name, became «💬 Inna sprawa — „Jan”», and the staff card showed the name as the matter. A
short text that reads as a name (one or two words, each capitalised, no topic's word: the name
step's own reading, person.names) and names no topic is asked about once: «🤔 “Jan”: is that
your name? It is asked in a moment. First, what is the visit about?» with the topics again and
«💬 “Jan” is what it is about» (booking:matter), which keeps it as the matter as before; typed
again, it is kept so too. A word in capitals («ZUS»), a longer text or a topic's word is the
matter at once, as before."""

from __future__ import annotations

from bot.core import markup
from bot.core.dispatch import Turn
from bot.core.flows import Outcome, go
from bot.core.messages import Button, Expired, Reply
from bot.features.booking import flow
from bot.features.booking.replies import FLOW, OTHER, described, draft, topic_choice
from bot.features.person import names

MOST_WORDS = 2  # «Jan», «Anna Nowak»; «Jan Kowalski z Opola» reads as more than a name


def asked(turn: Turn, text: str) -> Outcome | None:
    """The question for a name-like text at the topics, or None (the text is the matter)."""
    said = " ".join(text.split())
    current = draft(turn)
    again, current.name_like = current.name_like == said, None
    if again or current.person is not None or not _name_shaped(said):  # (asked already)
        return None
    if names.read(said, names.topic_names(turn.kb)).kind != "name":
        return None
    current.name_like = said
    choice = topic_choice(turn)
    keep = Button(turn.t("bk_btn_name_like_matter", typed=said[:40]), "booking:matter")
    choice.buttons = [[keep], *choice.buttons]
    asking = turn.t("bk_name_like_topic", typed=markup.literal(said))
    return go("topic", Reply(asking), choice)


async def kept(turn: Turn) -> Outcome:
    """booking:matter: the name-like text is what the visit is about after all."""
    current = draft(turn)
    text, current.name_like = current.name_like, None
    if turn.session.flow != FLOW or turn.session.step != "topic" or not text:
        raise Expired("booking:matter")
    current.topic = OTHER
    return flow.topic_given(turn, *described(turn, text))


def _name_shaped(text: str) -> bool:
    said = text.split()
    return 0 < len(said) <= MOST_WORDS and all(
        word.isalpha() and word[0].isupper() and (len(word) == 1 or not word[1:].isupper())
        for word in said
    )
