"""A sign-up split between places and the waiting list, given one more place later (tester 28,
item 6): the person sees how many places each «cancel» button gives up, that the other one
leaves the waiting list, and how many still wait; staff see one button a record, each with its
number of places, the family's count on the waiting list, and how many places a removal frees.
The event: the fixture's Multiculturalism Day, 2 seats, up to 6 people a sign-up."""

from __future__ import annotations

from tests.features.courses.test_group_plurals import DAY, group_event
from tests.support.courses import inbox, payload_of, up_to_summary
from tests.support.dialogue import Dialogue, StaffMember


def labels(who: Dialogue | StaffMember) -> list[str]:
    return [b.label for b in who.buttons]


async def test_a_split_sign_up_given_one_more_place_is_counted_on_both_sides(tmp_path, clock):
    async with group_event(tmp_path, clock, seats=2) as app:
        maria = Dialogue(app.core, user_id="p1")
        await up_to_summary(maria, DAY, name="Maria")
        await maria.send("4")
        await maria.press("Now: 2 people, the rest wait")
        anna = StaffMember(app.core)
        await anna.command(f"/seats {DAY} 3")  # one place more: offered to the rest, for one
        offer = (await inbox(app, "p1"))[-1]

        await maria.send("/mybookings")  # the offered place: take it, or all wait together
        assert "⏳ number 1 on the waiting list\n👥 Still waiting: 1 person" in maria.text
        assert labels(maria)[:4] == [
            "✖ Cancel our 2 places: Multiculturalism Day",
            "✖ Leave the waiting list: Multiculturalism Day",
            "✅ Take the place: Multiculturalism Day",
            "⏳ Wait for places for all",
        ]
        await maria.payload(payload_of(offer, "Sign up now: 1 person"))
        await maria.send("/mybookings")
        assert "✅ you are signed up\n👥 Places: 3" in maria.text
        assert "⏳ number 1 on the waiting list\n👥 Still waiting: 1 person" in maria.text
        assert labels(maria)[:3] == [
            "✖ Cancel 2 of your 3 places: Multiculturalism Day",
            "✖ Cancel 1 of your 3 places: Multiculturalism Day",
            "✖ Leave the waiting list: Multiculturalism Day",
        ]

        await anna.payload(f"courses:show:{DAY}")
        assert "Zapisani (3 z 3):\n1. Maria, +48 601 234 567" in anna.text
        assert (
            "· 👥 1 os. · 👪 pozostali z tego zapisu są już zapisani (nr 1 listy zapisanych)"
            in anna.text
        )
        removes = [label for label in labels(anna) if label.startswith("✖ Usuń")]
        assert removes == [
            "✖ Usuń z listy: 1. Maria · 👥 2 os.",
            "✖ Usuń z listy: 1. Maria · 👥 1 os.",
            "✖ Usuń z listy rezerwowej: 1. Maria",
        ]
        await anna.press("Usuń z listy: 1. Maria · 👥 1 os.")
        assert "„Dzień Wielokulturowości”: Maria · 👥 1 os.?" in anna.text
        assert "Pozostałe wpisy tej osoby na nie zostają (👥 3 os.)." in anna.text
        await anna.press("Tak")
        assert "Zapisani (2 z 3):" in anna.text
