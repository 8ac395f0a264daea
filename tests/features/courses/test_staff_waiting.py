"""Staff and the waiting list: admitting someone anyway, past the course's seats, from its card;
and a message to those signed up, the waiting list, or both (one message a person)."""

from __future__ import annotations

from tests.support.callbacks import Delivery, RecordingPlatform
from tests.support.courses import STAFF_CHAT, course_app, enrol, inbox, people, text_of
from tests.support.dialogue import Dialogue, StaffMember


async def test_staff_admit_someone_waiting_anyway_and_the_others_move_up(tmp_path, clock):
    async with course_app(tmp_path, clock) as app:
        olena, petro = people(app, 2)
        maria = Dialogue(app.core, user_id="p3", language_hint="uk")
        ivan = Dialogue(app.core, user_id="p4")
        for person in (olena, petro, maria, ivan):  # 2 seats: Maria and Ivan wait
            await enrol(person, name="Person " + "ABCD"[int(person.user_id[1:]) - 1])
        anna = StaffMember(app.core)
        await anna.payload("courses:show:polish_a1")
        labels = [b.label for b in anna.buttons if b.payload.startswith("courses:admit:")]
        assert labels == [
            "➕ Przyjmij ponad limit: 1. Person C",
            "➕ Przyjmij ponad limit: 2. Person D",
        ]
        await anna.press("Przyjmij ponad limit: 1. Person C")
        assert "Przyjąć Person C na „Język polski A1” ponad limit miejsc?" in anna.text
        assert "Zapisanych będzie wtedy 3, a miejsc jest 2." in anna.text
        yes = anna.button("Tak, przyjmij").payload
        await anna.payload(yes)
        assert "✅ Person C: przyjęto na „Język polski A1” ponad limit miejsc (Anna Nowak)" in (
            anna.text
        )
        assert "Zapisani (3 z 2):" in anna.text
        assert "3. Person C, +48 601 234 567 · ukraiński, terminal (test) · ➕ przyjęto ponad" in (
            anna.text
        )
        told = text_of((await inbox(app, "p3"))[-1])
        assert "Гарна новина: працівники знайшли для вас місце на «Польська мова A1»" in told
        [moved] = await inbox(app, "p4")
        assert text_of(moved) == "⏫ You are now number 1 on the waiting list for Polish A1."
        await maria.send("/mybookings")
        assert "Польська мова A1 — ✅ ви записані" in maria.text
        await anna.payload(yes)  # a second tap: nothing happens twice
        assert "Tej osoby nie ma już na liście rezerwowej." in anna.text

        await olena.send("/mybookings")  # 3 signed up for 2 seats: a leaving one frees none
        await olena.press("Leave: Polish A1")
        await olena.press("Yes, leave")
        assert "You have left Polish A1. Thank you for letting us know." in olena.text
        assert "A place is free" not in "".join(text_of(r) for r in await inbox(app, "p4"))
        await petro.send("/mybookings")  # now one frees: Ivan is offered it
        await petro.press("Leave: Polish A1")
        await petro.press("Yes, leave")
        assert "A place is free on Polish A1!" in text_of((await inbox(app, "p4"))[-1])


async def _written(app, delivery, platform, anna, button: str, text: str) -> str:  # type: ignore[no-untyped-def]
    await anna.payload("courses:show:polish_a1")
    await anna.press("Napisz do wszystkich")
    assert "Wiadomość w sprawie „Język polski A1”: do kogo?" in anna.text
    await anna.press(button)
    await delivery.run()
    prompt = platform.to(STAFF_CHAT)[-1]
    await anna.reply(prompt.message_id, text, f"9{len(text)}")
    await delivery.run()
    return prompt.text


async def test_staff_write_to_the_waiting_list_or_to_everyone_on_the_lists(tmp_path, clock):
    async with course_app(tmp_path, clock) as app:
        platform = RecordingPlatform()
        delivery = Delivery(app, platform, clock)
        olena, petro = people(app, 2)
        maria = Dialogue(app.core, user_id="p3", language_hint="uk")
        for person in (olena, petro, maria):
            await enrol(person)
        anna = StaffMember(app.core)
        await anna.payload("courses:show:polish_a1")
        await anna.press("Napisz do wszystkich")
        assert [b.label for b in anna.buttons] == [
            "👥 Zapisani (2 osoby)",
            "⏳ Lista rezerwowa (1 osoba)",
            "📋 Wszyscy: zapisani i rezerwowi (3 osoby)",
        ]
        prompt = await _written(
            app, delivery, platform, anna, "Lista rezerwowa", "A second group may open in March"
        )
        assert "Wiadomość do listy rezerwowej „Język polski A1” (1 osoba)" in prompt
        assert "Wiadomość wysłana do listy rezerwowej „Język polski A1”: 1 osoba." in anna.text
        to_maria = platform.to("p3")[-1].text
        assert "щодо «Польська мова A1» (для списку очікування):" in to_maria
        assert "A second group may open in March" in to_maria
        assert platform.to("p1") == [] and platform.to("p2") == []

        prompt = await _written(app, delivery, platform, anna, "Wszyscy", "No class on 8 Dec")
        assert "zapisanych i rezerwowych" in prompt and "(3 osoby)" in prompt
        assert "Wiadomość wysłana do zapisanych i rezerwowych „Język polski A1”: 3 osoby." in (
            anna.text
        )
        assert "No class on 8 Dec" in platform.to("p1")[-1].text
        assert "(для списку очікування)" in platform.to("p3")[-1].text
        assert "about Polish A1:" in platform.to("p2")[-1].text  # signed up: the usual heading


async def test_with_nobody_waiting_the_message_goes_to_those_signed_up_at_once(tmp_path, clock):
    async with course_app(tmp_path, clock) as app:
        platform = RecordingPlatform()
        delivery = Delivery(app, platform, clock)
        [olena] = people(app, 1)
        await enrol(olena)
        anna = StaffMember(app.core)
        await anna.payload("courses:show:polish_a1")
        await anna.press("Napisz do wszystkich")
        await delivery.run()
        assert "Wiadomość do wszystkich zapisanych na „Język polski A1” (1 osoba)" in (
            platform.to(STAFF_CHAT)[-1].text
        )
