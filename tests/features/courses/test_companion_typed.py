"""Someone else coming too, said at the summary of an adults' course's sign-up (tester 40, F16:
«my wife also want to come, can she join with me?» was offered an answer as a question, and the
sign-up stayed one person's without a word): a course that takes one person a sign-up says that
each adult signs up themselves and keeps the words as the note staff read; a course that takes
several asks how many again (or takes «me and my wife» as two), and the places are counted."""

from __future__ import annotations

from tests.features.courses.test_who_comes import _details, app_with
from tests.support.courses import confirm_button
from tests.support.dialogue import Dialogue, StaffMember

LEAVE = ("looks like a question", "Схоже, це запитання", "Please choose with the buttons")
OWN = {
    "en": "One sign-up is one place on this course, for the person signing up. Whoever comes "
    "with you signs up themselves",
    "uk": "Один запис — одне місце на цьому курсі, для того, хто записується. Хто йде з вами, "
    "записується сам",
    "ru": "Одна запись — одно место на этом курсе, для того, кто записывается. Кто идёт с вами, "
    "записывается сам",
    "pl": "Jeden zapis to jedno miejsce na tym kursie, dla osoby, która się zapisuje. Kto idzie "
    "z tobą, zapisuje się sam",
}
SAID = {
    "en": "my wife also want to come, can she join with me?",
    "uk": "чоловік теж хоче прийти, можна з ним?",
    "ru": "можно я приду вместе с мужем?",
    "pl": "czy żona też może przyjść ze mną?",
}


async def test_at_a_course_for_one_each_adult_signs_up_and_the_words_reach_staff(tmp_path, clock):
    async with app_with(tmp_path, clock, seats=6) as app:
        for lang, said in SAID.items():
            person = Dialogue(app.core, user_id=f"c-{lang}", language_hint=lang)
            await _details(person, f"Olena {lang}")
            await person.send(said)
            assert OWN[lang] in person.text, lang
            assert not any(leave in person.text for leave in LEAVE), lang
            assert said in person.text and confirm_button(person) is not None, lang  # the note
            await person.payload(confirm_button(person).payload)
        staff = StaffMember(app.core)
        await staff.command("/courses")
        assert "zapisani: 4 z 6, rezerwowi: 0" in staff.text  # a place each, as said
        await staff.payload("courses:show:polish_a1")
        for said in SAID.values():
            assert f"🗒 Uwaga od osoby: {said}" in staff.text


async def test_at_a_course_for_several_the_number_is_asked_again_and_counted(tmp_path, clock):
    async with app_with(tmp_path, clock, max_people=4, seats=3) as app:
        olena = Dialogue(app.core, user_id="p1")
        await _details(olena, "Olena")
        await olena.press("1")
        assert "👥 Places" not in olena.text  # the summary, for one
        await olena.send("my wife also want to come, can she join with me?")
        assert "Whoever comes with you takes a place too" in olena.text
        assert "How many people are coming, you included? (1–4)" in olena.text
        assert not any(leave in olena.text for leave in LEAVE)
        await olena.press("2")
        assert "👥 Places: 2" in olena.text and confirm_button(olena).label == "✅ Yes, sign us up"
        await olena.payload(confirm_button(olena).payload)
        assert "You are signed up for Polish A1: 2 places!" in olena.text
        petro = Dialogue(app.core, user_id="p2", language_hint="uk")
        await _details(petro, "Petro")
        await petro.press("1")
        await petro.send("я з дружиною")  # two, said: the summary at once
        assert "👥 Місць: 2" in petro.text
        assert "Вільних місць залишилося: 1, це замало для всіх (2)" in petro.text
        staff = StaffMember(app.core)
        await staff.command("/courses")
        assert "zapisani: 2 z 3, rezerwowi: 0" in staff.text


NAMED = {  # a companion named with the name at the name step (tester 41, F7)
    "ru": ("Андрей и жена Ольга", "Андрей"),
    "uk": ("Петро з дружиною", "Петро"),
    "en": ("Tom and my wife Anna", "Tom"),
    "pl": ("Jan Kowalski i żona Ewa", "Jan Kowalski"),
}


async def test_a_companion_named_with_the_name_is_the_note_and_the_name_stays_ones_own(
    tmp_path, clock
):
    async with app_with(tmp_path, clock, seats=6) as app:
        for lang, (typed, own) in NAMED.items():
            person = Dialogue(app.core, user_id=f"n-{lang}", language_hint=lang)
            await _details(person, typed)
            assert OWN[lang] in person.text, lang
            assert f"👤 {own}, 📱 +48 601 234 567" in person.text, lang  # one's own name
            assert confirm_button(person) is not None, lang
            await person.payload(confirm_button(person).payload)
        staff = StaffMember(app.core)
        await staff.command("/courses")
        assert "zapisani: 4 z 6, rezerwowi: 0" in staff.text
        await staff.payload("courses:show:polish_a1")
        for typed, own in NAMED.values():
            assert f"{own}, +48 601 234 567" in staff.text and typed not in staff.text
            assert f"🗒 Uwaga od osoby: {typed.removeprefix(own).strip()}" in staff.text


async def test_at_a_course_for_several_a_companion_named_takes_a_second_place(tmp_path, clock):
    async with app_with(tmp_path, clock, max_people=4, seats=3) as app:
        andrej = Dialogue(app.core, user_id="s1", language_hint="ru")
        await _details(andrej, "Андрей и жена Ольга")
        assert "👥 Мест: 2" in andrej.text and "и жена Ольга" in andrej.text
        await andrej.payload(confirm_button(andrej).payload)
        staff = StaffMember(app.core)
        await staff.command("/courses")
        assert "zapisani: 2 z 3, rezerwowi: 0" in staff.text


async def test_at_a_course_for_several_each_one_named_takes_a_place(tmp_path, clock):
    async with app_with(tmp_path, clock, max_people=4, seats=6) as app:
        andrej = Dialogue(app.core, user_id="s3", language_hint="ru")
        await _details(andrej, "Андрей с женой и дочерью")  # (tester 41, F7: two before)
        assert "👥 Мест: 3" in andrej.text and "с женой и дочерью" in andrej.text
        await andrej.payload(confirm_button(andrej).payload)


async def test_more_named_than_one_sign_up_takes_asks_how_many(tmp_path, clock):
    async with app_with(tmp_path, clock, max_people=2, seats=6) as app:
        petro = Dialogue(app.core, user_id="s4", language_hint="uk")
        await _details(petro, "Петро з дружиною та донькою")  # three, where one takes two
        assert "оберіть, скільки всього людей ви записуєте" in petro.text
        await petro.press("2")
        assert "👥 Місць: 2" in petro.text


LATER = {  # asked after signing up (tester 41, F7: «no answer»)
    "ru": ("жена тоже хочет на этот курс, как её записать?", "Мест в вашей записи на «"),
    "uk": ("дружина теж хоче на цей курс, як її записати?", "Місць у вашому записі на «"),
    "en": ("my wife wants to join the course too, how do I sign her up?",
           "Places on your sign-up for «"),
    "pl": ("żona też chce na ten kurs, jak ją zapisać?", "Miejsca w twoim zapisie na «"),
}  # fmt: skip


async def test_a_companion_asked_about_after_signing_up_is_told_how(tmp_path, clock):
    async with app_with(tmp_path, clock, seats=6) as app:
        for lang, (asked, places) in LATER.items():
            person = Dialogue(app.core, user_id=f"l-{lang}", language_hint=lang)
            await _details(person, f"Olena {lang}")
            await person.payload(confirm_button(person).payload)
            await person.send(asked)
            assert f"{places}" in person.text and "»: 1." in person.text, lang
            assert "/courses" in person.text, lang
        nobody = Dialogue(app.core, user_id="l-none", language_hint="ru")
        await nobody.send(LATER["ru"][0])  # no place held: not this answer
        assert LATER["ru"][1] not in nobody.text
