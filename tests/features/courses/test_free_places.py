"""A family that chose «all wait together» may still take the places free now for some of its
children, the others waiting on with its number: from /mybookings, or from the message that a
place has freed up which is not enough for all of them; the parent chooses which child, and a
place someone else took first is said to be gone. The course: Polish A1 for children, 2 places,
up to 3 children a sign-up (tests/features/courses/test_families.py)."""

from __future__ import annotations

from bot.features.courses.waiting import lapse_offers
from tests.features.courses.test_families import family, kids_course, signed_up
from tests.support.courses import inbox, payload_of, text_of
from tests.support.dialogue import Dialogue, StaffMember


async def test_a_family_waiting_together_takes_the_free_place_for_one_child(tmp_path, clock):
    async with kids_course(tmp_path, clock) as app:
        await signed_up(Dialogue(app.core, user_id="p1"), "Olena")  # one place of two left
        maria = Dialogue(app.core, user_id="p2")
        await family(maria)
        await maria.press("All wait together")
        await maria.payload("course:open:polish_a1")  # the course's page says so too
        assert "⏳ Number 1 on the waiting list" in maria.text
        assert "🪑 A place is free now" in maria.text
        assert maria.button("Take the free place now").payload.startswith("course:free:")
        await maria.send("/mybookings")
        assert "⏳ number 1 on the waiting list" in maria.text
        assert "🪑 A place is free now: you can take it for one of the 2 on your sign-up; the" in (
            maria.text  # tester 22: «for 2 of them» named nobody
        )
        await maria.press("Take the free place now: Polish A1")
        assert "Sign up now: Аня.\nThe others (Петро) stay number 1 on the waiting list" in (
            maria.text
        )
        await maria.press("Петро now, instead of Аня")  # the parent chooses the child
        assert "Sign up now: Петро.\nThe others (Аня) stay number 1" in maria.text
        await maria.press("Sign up now: Петро")
        assert "Signed up for Polish A1: Петро!" in maria.text
        assert "Still on the waiting list, number 1: Аня." in maria.text

        await maria.send("/mybookings")
        assert "✅ you are signed up\n👧 Петро, 10 years old" in maria.text
        assert "⏳ number 1 on the waiting list\n👧 Аня, 8 years old" in maria.text
        assert "A place is free now" not in maria.text  # none is left
        anna = StaffMember(app.core)
        await anna.payload("courses:show:polish_a1")
        assert "Zapisani (2 z 2):" in anna.text and "👧 dzieci: Петро (10)" in anna.text
        assert (
            "👧 dzieci: Аня (8) · 👪 z tej rodziny już zapisano: Петро (nr 2 listy zapisanych)"
            in anna.text
        )


async def test_a_place_left_free_is_held_for_a_family_waiting_together_once(tmp_path, clock):
    async with kids_course(tmp_path, clock) as app:
        olena, ivan, petro = (Dialogue(app.core, user_id=u) for u in ("p1", "p3", "p4"))
        await signed_up(olena, "Olena")
        maria = Dialogue(app.core, user_id="p2", language_hint="uk")
        await family(maria, 3)
        await maria.press("Усі чекають разом")
        await signed_up(ivan, "Ivan")  # the free place Maria's three could not use: now full

        await olena.send("/mybookings")  # a place frees; nobody behind Maria fits it
        await olena.press("Leave: Polish A1")
        await olena.press("Yes, leave")
        [offer] = await inbox(app, "p2")  # held for her, as an offer to a single person is
        text = text_of(offer)
        assert "🪑 Є вільне місце: Польська мова A1. Його замало для всіх із вашого запису" in text
        assert "(Аня, Петро, Іван), які чекають разом, тож я притримую його для вас" in text
        assert "місце — для дитини: Аня, якщо підтвердите до" in text
        assert "решта (Петро, Іван) тоді залишаються під номером 1" in text
        await maria.payload(payload_of(offer, "Зараз Петро замість: Аня"))  # which child
        assert "місце — для дитини: Петро, якщо" in maria.text
        assert maria.button("Ні, чекати на місця для всіх").payload.startswith("course:decline")

        await signed_up(petro, "Petro")  # a newcomer: the place is held, so he waits
        assert "waiting list for Polish A1: number 2" in petro.text
        await maria.send("/mybookings")
        assert "👧 Петро, 10 років" in maria.text and "Записати зараз" not in maria.text
        clock.advance(hours=24)  # not taken in time: the place goes to the next in line
        assert await lapse_offers(app.services) == 1
        lapsed = text_of((await inbox(app, "p2"))[-1])
        assert "Час, щоб зайняти місця на «Польська мова A1», минув" in lapsed
        assert "номер 1 (Петро, Аня, Іван)" in lapsed
        assert "A place is free on Polish A1 — Sofia!" in text_of((await inbox(app, "p4"))[-1])

        clock.advance(hours=24)  # Petro lets it lapse too: Maria held it once, so she is told
        assert await lapse_offers(app.services) == 1
        told = text_of((await inbox(app, "p2"))[-1])
        assert "можна зайняти його зараз для одного з них" in told
        assert "притримую" not in told
        await maria.payload(payload_of((await inbox(app, "p2"))[-1], "Зайняти вільне місце"))
        await maria.press("Записати зараз: Петро")
        assert "Записано на «Польська мова A1»: Петро!" in maria.text


async def test_a_place_freed_by_forget_is_held_for_the_family_for_one_child(tmp_path, clock):
    async with kids_course(tmp_path, clock) as app:
        olena, ivan = (Dialogue(app.core, user_id=u) for u in ("p1", "p3"))
        await signed_up(olena, "Olena")
        maria = Dialogue(app.core, user_id="p2")
        await family(maria, 3)
        await maria.press("All wait together")
        await signed_up(ivan, "Ivan")  # full

        await olena.send("/forget")  # her data deleted: her place frees, too few for three
        await olena.payload("privacy:forget")
        [offer] = await inbox(app, "p2")
        assert "🪑 A place is free on Polish A1. It is not enough for everyone" in text_of(offer)
        assert "(Аня, Петро, Іван), who wait together, so I am holding it for you" in (
            text_of(offer)
        )
        assert "the place is for Аня if you confirm by" in text_of(offer)
        await maria.payload(payload_of(offer, "Іван now, instead of Аня"))
        await maria.press("Sign up now: Іван")
        assert "The place is yours: you are signed up for Polish A1!" in maria.text
        assert "Still on the waiting list, number 1: Аня, Петро." in maria.text
        anna = StaffMember(app.core)
        await anna.payload("courses:show:polish_a1")
        assert "👧 dzieci: Іван (9)" in anna.text


async def test_a_family_waiting_together_keeps_waiting_and_the_place_goes_on(tmp_path, clock):
    async with kids_course(tmp_path, clock) as app:
        olena, ivan = (Dialogue(app.core, user_id=u) for u in ("p1", "p3"))
        await signed_up(olena, "Olena")
        maria = Dialogue(app.core, user_id="p2", language_hint="pl")
        await family(maria, 3)
        await maria.press("Wszyscy czekają razem")
        await signed_up(ivan, "Ivan")
        await olena.send("/mybookings")
        await olena.press("Leave: Polish A1")
        await olena.press("Yes, leave")
        [offer] = await inbox(app, "p2")
        assert "więc trzymam je dla Ciebie: miejsce jest dla dziecka: Аня" in text_of(offer)
        await maria.payload(payload_of(offer, "Nie, czekać na miejsca dla wszystkich"))
        assert "wszyscy razem zostajecie na liście rezerwowej" in maria.text
        petro = Dialogue(app.core, user_id="p4")  # the place is anyone's again
        await signed_up(petro, "Petro")
        assert "Your child is signed up for Polish A1!" in petro.text


async def test_a_family_that_had_its_hold_is_told_when_one_behind_gets_one(tmp_path, clock):
    """Places are held for a family waiting together once: Maria's were, so a place that frees
    later is held for Oksana's family behind her; Maria is told why, and that she keeps her
    number; when Oksana lets it go, Maria may take it (first come first served)."""
    async with kids_course(tmp_path, clock) as app:
        olena, ivan = (Dialogue(app.core, user_id=u) for u in ("p1", "p3"))
        await signed_up(olena, "Olena")
        maria = Dialogue(app.core, user_id="p2", language_hint="uk")
        await family(maria, 3)
        await maria.press("Усі чекають разом")
        oksana = Dialogue(app.core, user_id="p4")
        await family(oksana, 3)  # (named Maria too: the form's steps are the same)
        await oksana.press("All wait together")
        await signed_up(ivan, "Ivan")  # the last place: full, two families waiting together

        await olena.send("/mybookings")  # a place frees: held for Maria's, the first
        await olena.press("Leave: Polish A1")
        await olena.press("Yes, leave")
        [offer] = await inbox(app, "p2")
        await maria.payload(payload_of(offer, "Записати зараз: Аня"))
        assert "⏳ Досі в списку очікування, номер 1: Петро, Іван." in maria.text
        assert await inbox(app, "p4") == []  # Oksana's is behind: told nothing of it

        await ivan.send("/mybookings")  # another place frees: Maria's had its hold
        await ivan.press("Leave: Polish A1")
        await ivan.press("Yes, leave")
        held = text_of((await inbox(app, "p4"))[-1])
        assert "so I am holding it for you: the place is for Аня if you confirm by" in held
        told = text_of((await inbox(app, "p2"))[-1])
        assert "🪑 Є вільне місце: Польська мова A1. Його замало для всіх із вашого запису" in told
        assert "притримуються для одного запису лише раз, а ваш запис це вже мав" in told
        assert "Ви всі разом залишаєтеся під номером 1 у списку очікування" in told
        assert "(Петро, Іван)" in told

        await oksana.payload(payload_of((await inbox(app, "p4"))[-1], "keep waiting for all"))
        assert "All right: all of you stay together on the waiting list" in oksana.text
        assert "Places too few for all of you are held for you like this only once" in (oksana.text)
        free = (await inbox(app, "p2"))[-1]  # let go: Maria may take it now, first come
        assert "можна зайняти його зараз для одного з них" in text_of(free)
        await maria.payload(payload_of(free, "Зайняти вільне місце"))
        await maria.press("Записати зараз: Петро")
        assert "Записано на «Польська мова A1»: Петро!" in maria.text
