"""A form withdrawn in words (tester 37, F8): «ой я передумала, не треба дзвонити» at a callback's
«what is it about?» was taken as the matter and the form went on. Now it, «не надо», «nie
trzeba», «never mind, don't call» and the same in Latin letters ask whether to leave the form;
yes leaves it with nothing sent, no keeps the words as the matter. A button's label typed at
the name step («Використати» for «✅ Використати: Наталія, …») presses it, never the name."""

from __future__ import annotations

from tests.support.bookings import TUE_1330
from tests.support.callbacks import STAFF_CHAT, at_the_name_step
from tests.support.dialogue import Dialogue

WITHDRAWN = {  # typed at «what is it about?», the question, its «yes», the form left
    "uk": ("ой я передумала, не треба дзвонити", "Схоже, ви передумали", "Так, припинити"),
    "ru": ("не надо", "Похоже, вы передумали", "Да, прервать"),
    "en": ("never mind, don't call", "changed your mind", "Yes, stop"),
    "pl": ("nie trzeba", "zmieniasz zdanie", "Tak, przerwij"),
}
LEFT = {"uk": "Нічого не надіслано", "ru": "Ничего не отправлено", "en": "Nothing was sent"}
LEFT["pl"] = "Nic nie zostało wysłane"


async def at_the_matter(dialogue: Dialogue, lang: str) -> None:
    await at_the_name_step(dialogue, lang)
    await dialogue.send("Наталія")
    await dialogue.send("601 234 567")
    assert any(b.payload.startswith("callback:topic:") for b in dialogue.buttons)


async def test_a_callback_withdrawn_in_words_asks_to_leave_and_sends_nothing(
    app, delivery, platform
):
    for n, (lang, (typed, asked, yes)) in enumerate(sorted(WITHDRAWN.items())):
        dialogue = Dialogue(app.core, user_id=str(2000 + n))
        await at_the_matter(dialogue, lang)
        await dialogue.send(typed)
        assert asked in dialogue.text, lang
        await dialogue.press(yes)
        assert LEFT[lang] in dialogue.text, lang
    await delivery.run()
    assert platform.to(STAFF_CHAT) == []


async def test_a_typed_yes_leaves_and_a_no_keeps_the_words_as_the_matter(dialogue):
    await at_the_matter(dialogue, "uk")
    await dialogue.send("peredumala")  # in Latin letters
    assert "Схоже, ви передумали" in dialogue.text
    await dialogue.send("так")
    assert "Скасовано" in dialogue.text
    await dialogue.send("/mydata")
    assert "Незавершений" not in dialogue.text
    other = Dialogue(dialogue.core, user_id="2100", language_hint="uk")
    await at_the_matter(other, "uk")
    await other.send("не треба дзвонити, напишіть мені лист про мельдунек")
    assert "Схоже, ви передумали" in other.text
    await other.press("Ні, повернутися до форми")
    assert "Якою мовою" in other.text  # the words are the matter, the form goes on


async def test_withdrawn_at_the_name_step_asks_too(dialogue):
    await at_the_name_step(dialogue, "ru")
    await dialogue.send("ой, я передумал")
    assert "Похоже, вы передумали" in dialogue.text
    await dialogue.press("Нет, вернуться к форме")
    assert "Как вас зовут?" in dialogue.text


async def test_a_words_of_need_in_a_matter_are_no_withdrawal(dialogue):
    await at_the_matter(dialogue, "uk")
    await dialogue.send("мені не треба візу, а карту побиту")
    assert "передумали" not in dialogue.text
    assert "Якою мовою" in dialogue.text


async def test_the_saved_details_button_typed_by_its_word_presses_it(dialogue):
    await at_the_matter(dialogue, "uk")
    await dialogue.payload("callback:topic:pesel")
    await dialogue.payload("callback:skip")
    await dialogue.payload("callback:language:uk")
    await dialogue.payload("callback:window:asap")
    await dialogue.payload(next(b.payload for b in dialogue.buttons if "send" in b.payload))
    await dialogue.send("/callback")
    if any(b.payload == "callback:fresh" for b in dialogue.buttons):
        await dialogue.payload("callback:fresh")
    assert "Використати: Наталія" in dialogue.button("Використати").label
    await dialogue.send("Використати")
    assert "Чого стосується" in dialogue.text  # the saved name and phone used, not a name


# «продовжити», «continue», «dalej» alone at «stop filling in?» (the visit's topic step, whose
# buttons are read typed): the form goes on, it is not left (it was: the word is a yes too)
GO_ON = {"uk": "продовжити", "ru": "продолжить", "en": "continue", "pl": "kontynuuj"}
GOES_ON = {"uk": "Форма чекає", "ru": "Форма ждёт", "en": "The form goes on"}
GOES_ON["pl"] = "Formularz czeka"


async def test_go_on_at_stop_filling_in_goes_on_with_the_form(app):
    for n, (lang, (typed, asked, _)) in enumerate(sorted(WITHDRAWN.items())):
        dialogue = Dialogue(app.core, user_id=str(2200 + n), language_hint=lang)
        await dialogue.send("/book")
        await dialogue.payload(TUE_1330)
        await dialogue.send(typed)
        assert asked in dialogue.text, lang
        await dialogue.send(GO_ON[lang])
        assert LEFT[lang] not in dialogue.text and GOES_ON[lang] in dialogue.text, lang
        assert any(b.payload.startswith("booking:topic:") for b in dialogue.buttons), lang


# «ні, все таки краще передзвоніть мені, на візит не встигну» at a visit's topic became its topic
# (tester 41, F3): cannot come, or rather a call, asks to stop and ask for a callback instead
INSTEAD = {
    "uk": ("ні, все таки краще передзвоніть мені, на візит не встигну", "Так, передзвоніть"),
    "ru": ("нет, лучше перезвоните мне, я не успею", "Да, перезвоните"),
    "en": ("sorry, I can't make it, call me back", "Yes, call me back"),
    "pl": ("jednak nie zdążę, zadzwońcie do mnie", "Tak, zadzwońcie"),
}
ASKED_INSTEAD = {"uk": "попросити дзвінок", "ru": "попросить звонок", "en": "callback instead"}
ASKED_INSTEAD["pl"] = "poprosić o telefon"
NOT_BOOKED = {"uk": "нічого не заброньовано", "ru": "ничего не забронировано"}
NOT_BOOKED |= {"en": "nothing was booked", "pl": "nic nie zostało zarezerwowane"}


async def test_cannot_come_at_a_visits_topic_offers_a_callback_instead(app):
    for n, (lang, (typed, yes)) in enumerate(sorted(INSTEAD.items())):
        dialogue = Dialogue(app.core, user_id=str(2300 + n), language_hint=lang)
        await dialogue.send("/book")
        await dialogue.payload(TUE_1330)
        await dialogue.send(typed)
        assert ASKED_INSTEAD[lang] in dialogue.text, lang
        assert not any(b.payload.startswith("booking:confirm") for b in dialogue.buttons), lang
        await dialogue.press(yes)
        assert NOT_BOOKED[lang] in dialogue.text, lang  # and the callback request starts
        assert any(b.payload == "person:agree" for b in dialogue.buttons), lang
        await dialogue.send("/mybookings")
        assert "13:30" not in dialogue.text, lang


async def test_call_me_in_a_callback_request_is_its_matter(dialogue):
    await at_the_matter(dialogue, "uk")
    await dialogue.send("передзвоніть мені")
    assert "попросити дзвінок" not in dialogue.text and "передумали" not in dialogue.text


# «краще не дзвоніть, я на роботі, можна я сама прийду?» in a callback request got, answered,
# work permits, police and 112 (tester 41, F5): coming in person offers the hours instead
COMES = {
    "uk": ("ой, почекайте, краще не дзвоніть, я на роботі, можна я сама прийду?", "Так, години"),
    "ru": ("нет, лучше не звоните, можно я сама приду?", "Да, часы"),
    "en": ("actually, don't call, can I come in person?", "Yes, the hours"),
    "pl": ("nie dzwońcie, czy mogę przyjść osobiście?", "Tak, godziny"),
}
PERSONALLY = {"uk": "прийти особисто", "ru": "прийти лично", "en": "come in person"}
PERSONALLY["pl"] = "przyjść osobiście"


async def test_come_in_person_in_a_callback_offers_the_hours_with_booking(app):
    for n, (lang, (typed, yes)) in enumerate(sorted(COMES.items())):
        dialogue = Dialogue(app.core, user_id=str(2400 + n))
        await at_the_matter(dialogue, lang)
        await dialogue.send(typed)
        assert PERSONALLY[lang] in dialogue.text, (lang, dialogue.text)
        await dialogue.press(yes)
        assert "08:00–16:00" in dialogue.text, (lang, dialogue.text)
        assert any(b.payload.startswith("booking") for b in dialogue.buttons), lang
        assert "112" not in dialogue.text, lang
