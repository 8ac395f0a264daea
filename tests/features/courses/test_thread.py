"""What people write back after a message to everyone signed up reaches the course's staff (a
reply to it, or the first answer shortly after, whatever it asks; a plain «thank you» goes to
the bot), and a staff reply reaches them."""

from __future__ import annotations

from bot.app import build
from bot.core import markup
from tests.support.callbacks import Delivery, RecordingPlatform
from tests.support.courses import STAFF_CHAT, enrol
from tests.support.dialogue import Dialogue, StaffMember
from tests.support.network import (
    EAST_TOPIC,
    FORUM_CHAT,
    SOUTH_TOPIC,
    write_network_with_services,
)
from tests.support.services import write_services_config


async def write_to_everyone(anna: StaffMember, delivery: Delivery, platform, chat: str) -> None:  # type: ignore[no-untyped-def]
    await anna.payload("courses:write:polish_a1")
    await delivery.run()
    prompt = platform.to(chat)[-1]
    await anna.reply(prompt.message_id, "The room has changed: 12, ground floor", "901")
    await delivery.run()


async def test_an_answer_to_a_message_to_everyone_reaches_staff_and_their_reply_comes_back(
    tmp_path, clock
):
    app = await build(write_services_config(tmp_path), clock=clock)  # the search says «thanks»
    try:
        platform = RecordingPlatform()
        delivery = Delivery(app, platform, clock)
        olena = Dialogue(app.core, user_id="p1", language_hint="ru")
        petro = Dialogue(app.core, user_id="p2", language_hint="pl")
        await enrol(olena, name="Olena Kovalenko")
        await enrol(petro, name="Petro")
        anna = StaffMember(app.core)
        await write_to_everyone(anna, delivery, platform, STAFF_CHAT)
        broadcast = platform.to("p1")[-1].text
        hint = "ответьте на это сообщение или напишите здесь: в течение следующих 2 часов"
        assert hint in broadcast
        before = len(platform.to(STAFF_CHAT))

        await olena.send("спасибо")  # a plain thanks: the bot's kind answer, nothing for staff
        assert "Пожалуйста!" in olena.text  # and she is told it stayed with the bot
        assert "сотрудникам это не передано" in olena.text
        assert olena.button("Написать сотрудникам").payload == "callback:write:1:course"
        await olena.send("спасибо, а где это? <i>x</i> *y*")
        assert "Передано сотрудникам, которые ведут «Польский язык A1»" in olena.text
        # only this first answer: what comes next is the bot's, and the way back is shown
        assert "Следующие ваши сообщения получит бот" in olena.text
        assert [b.payload for b in olena.buttons] == ["callback:write:1:course"]
        await delivery.run()
        assert len(platform.to(STAFF_CHAT)) == before + 1
        relayed = platform.to(STAFF_CHAT)[-1]
        assert "📢 Język polski A1 · Olena pisze:" in relayed.text
        assert "спасибо, а где это? <i>x</i> *y*" in relayed.text  # exactly as typed
        assert "Kovalenko" not in relayed.text

        await anna.reply(relayed.message_id, "Sala 12, <b>parter</b>", "902")
        assert "📢 Język polski A1: wiadomość zostanie dostarczona" in anna.text
        await delivery.run()
        told = platform.to("p1")[-1]
        assert "пишет вам по поводу «Польский язык A1»" in told.text
        assert "Sala 12, <b>parter</b>" in told.text
        assert not any("Sala 12" in s.text for s in platform.to("p2"))

        await olena.send("Понятно, а во сколько?")
        await delivery.run()
        assert "а во сколько?" in platform.to(STAFF_CHAT)[-1].text
        await olena.press("Больше не писать")
        await olena.send("а где взять песель?")
        assert "Передано" not in olena.text
    finally:
        await app.close()


async def test_a_day_after_the_message_answers_go_to_the_bot_again(tmp_path, clock):
    app = await build(write_services_config(tmp_path), clock=clock, search="off")
    try:
        platform = RecordingPlatform()
        delivery = Delivery(app, platform, clock)
        olena = Dialogue(app.core, user_id="p1")
        await enrol(olena)
        await write_to_everyone(StaffMember(app.core), delivery, platform, STAFF_CHAT)
        clock.advance(hours=24, minutes=1)
        await olena.send("where is the room?")
        assert "Passed on" not in olena.text
        await delivery.run()
        assert not any("where is the room" in s.text for s in platform.to(STAFF_CHAT))
    finally:
        await app.close()


async def test_staff_of_another_office_cannot_answer_a_courses_thread(tmp_path, clock):
    app = await build(write_network_with_services(tmp_path), clock=clock, search="off")
    try:
        platform = RecordingPlatform()
        delivery = Delivery(app, platform, clock)
        olena = Dialogue(app.core, user_id="2002")
        await olena.send("/start south")
        await enrol(olena)
        south = StaffMember(app.core, chat_id=str(FORUM_CHAT), topic_id=str(SOUTH_TOPIC))
        await write_to_everyone(south, delivery, platform, str(FORUM_CHAT))
        await olena.send("Which room?")
        await delivery.run()
        relayed = platform.to(str(FORUM_CHAT))[-1]
        assert "Which room?" in relayed.text
        east = StaffMember(app.core, chat_id=str(FORUM_CHAT), topic_id=str(EAST_TOPIC))
        await east.reply(relayed.message_id, "Room 5", "930")
        assert "należy do punktu Południe" in east.text
        await south.reply(relayed.message_id, "Room 12", "931")
        await delivery.run()
        texts = [s.text for s in platform.to("2002")]
        assert any("Room 12" in t for t in texts) and not any("Room 5" in t for t in texts)
    finally:
        await app.close()


async def test_a_message_to_everyone_does_not_turn_the_bot_into_a_relay(tmp_path, clock):
    app = await build(write_services_config(tmp_path), clock=clock)
    try:
        platform = RecordingPlatform()
        delivery = Delivery(app, platform, clock)
        olena, petro = Dialogue(app.core, user_id="p1"), Dialogue(app.core, user_id="p2")
        for person in (olena, petro):
            await enrol(person)
        await write_to_everyone(StaffMember(app.core), delivery, platform, STAFF_CHAT)
        clock.advance(minutes=1)

        # the first answer shortly after goes to staff, whatever it asks (the message promised
        # so), and the next ones to the bot
        await olena.send("how do I get a PESEL")
        assert "Passed on to the staff of Polish A1" in olena.text
        assert "Your next messages go to the bot" in olena.text
        assert [b.label for b in olena.buttons] == ["✉️ Write to the staff"]
        await olena.send("where is the nearest bank")
        assert "Passed on" not in olena.text and "Bank account" in olena.text
        await olena.payload("callback:write:1:course")  # the acknowledgement's way back
        await olena.send("And is there a lift?")
        assert "Passed on to the staff of Polish A1" in olena.text

        # /start (or ❓ Ask a question): what comes next is for the bot, with the way back
        await petro.send("/start")
        clock.advance(minutes=1)
        await petro.send("where is room 12")
        assert "Passed on" not in petro.text and "not passed on" in petro.text
        await petro.press("Write to the staff")
        await petro.send("I will be late on Monday")
        assert "Passed on to the staff of Polish A1" in petro.text

        # later, only a reply to the message itself (a platform reply) reaches staff
        clock.advance(hours=3)
        await olena._run(text="See you there", reply_to="12345")  # a reply to something else
        assert "Passed on" not in olena.text
        await olena._run(text="See you there", reply_to=platform.to("p1")[-1].message_id)
        assert "Passed on to the staff of Polish A1" in olena.text
        await delivery.run()
        staff_saw = [s.text for s in platform.to(STAFF_CHAT)]
        relayed_all = ("get a PESEL", "a lift?", "I will be late on Monday", "See you there")
        for relayed in relayed_all:
            assert any(relayed in t for t in staff_saw), relayed
        for kept in ("where is room 12", "nearest bank"):
            assert not any(kept in t for t in staff_saw), kept
    finally:
        await app.close()


async def test_yes_i_will_come_thanks_answers_staff_and_is_no_topic(tmp_path, clock):
    """«Czy będziesz?» answered «Tak, będę & dziękuję <3»: staff get it, escaped, as promised;
    a yes with thanks never brings up a topic (it named domestic violence: «będę», «буду» were
    read as forms of «bić», «бить», to beat)."""
    app = await build(write_services_config(tmp_path), clock=clock)
    try:
        platform = RecordingPlatform()
        delivery = Delivery(app, platform, clock)
        iryna = Dialogue(app.core, user_id="p1", language_hint="pl")
        await enrol(iryna, name="Iryna")
        anna = StaffMember(app.core)
        await anna.payload("courses:write:polish_a1")
        await delivery.run()
        prompt = platform.to(STAFF_CHAT)[-1]
        await anna.reply(prompt.message_id, "Zajęcia 13.01 w sali 5. Czy będziesz?", "901")
        await delivery.run()
        assert "pierwsza wiadomość trafi do pracowników" in platform.to("p1")[-1].text
        clock.advance(minutes=30)

        await iryna.send("Tak, będę & dziękuję <3")
        assert "Przekazano pracownikom prowadzącym „Język polski A1”" in iryna.text
        assert "Przemoc" not in iryna.text and "nie przekazano" not in iryna.text
        await delivery.run()
        relayed = platform.to(STAFF_CHAT)[-1].text
        assert "📢 Język polski A1 · Iryna pisze:" in relayed
        assert "Tak, będę & dziękuję <3" in relayed  # shown exactly as typed
        html = markup.to_html(platform.to(STAFF_CHAT)[-1].reply.text)  # Telegram's HTML
        assert "Tak, będę &amp; dziękuję &lt;3" in html  # escaped

        for said, answer in (
            ("Так, буду, дякую", "Будь ласка!"),
            ("Да, буду, спасибо", "Пожалуйста!"),
            ("Yes, I will come, thank you", "You're welcome!"),
            ("Tak, będę, dziękuję", "Proszę bardzo!"),
        ):
            someone = Dialogue(app.core, user_id=f"x{len(said)}")
            await someone.send(said)
            assert answer in someone.text, said
            for topic in ("насильство", "насилие", "Przemoc", "Hours and addresses"):
                assert topic not in someone.text, said
    finally:
        await app.close()
