"""A name typed with one bare number beside it at a person's own name step («Маша 8», «Person
1», «Anna 2»): an age, or a slip of the thumb? Not guessed: the person is asked, with two
buttons, «✅ My name is Маша» (the name taken without the number: person:is_name) and «👶 8
is my child's age» (person:children: their own name asked, as for children typed there,
names.children). An age said so («Маша 8 років», «Masza, 8 lat») or two children's ages are
children at once; a child's age is read only where ages are asked (bot.features.courses).
Asked only in a form that asks for children (Flow.children: a children's course); in any other
(a callback, a booking, an appointment, an adult course) nobody's age matters: the name is taken
without the number («Anna 2»: Anna), as a slip of the thumb."""

from __future__ import annotations

from bot.core import markup
from bot.core.choices import CANCEL
from bot.core.dispatch import Turn
from bot.core.flows import Outcome, stay
from bot.core.messages import Button, Reply
from bot.features.person import names
from bot.features.person.consent import person_draft
from bot.features.person.number import ask_name

NAME_SHOWN = 40  # characters of the name on its button


def asked(turn: Turn, text: str) -> Outcome | str | None:
    """The question above, for `text` typed at the person's own name in a form that asks for
    children; elsewhere the name without the number (a str, to take); None when it is not a
    name with one bare number."""
    found = names.beside_number(text)
    if found is None:
        return None
    name, number = found
    flow = turn.registry.flows.get(turn.caller or "")
    if flow is None or flow.children is None or not flow.children(turn):
        return name
    person_draft(turn).question = name  # what «✅ My name is …» takes (person:is_name)
    typed = markup.literal(" ".join(text.split()))
    rows = [
        [Button(turn.t("btn_name_is", name=name[:NAME_SHOWN]), "person:is_name")],
        [Button(turn.t("btn_name_age", number=number), "person:children")],
        [Button(turn.t("btn_cb_cancel"), "person:cancel", means=CANCEL)],
    ]
    return stay(Reply(turn.t("name_number", typed=typed, number=number), rows))


async def children(turn: Turn) -> Outcome:
    """person:children: the number was a child's age: the parent's own name asked."""
    person_draft(turn).question = None
    return stay(ask_name(turn, "name_child_age"))
