"""Tester 41's F8: a volunteer's long message about a family three weeks in Poland (no PESEL, a
school to find, a son without Polish, a landlady's deposit) that asks where to start got «did
you mean» with the doctor first and no PESEL. Now, in each language, the arrival checklist is the
answer, the matters the message names are offered under it (PESEL, school, housing), and a person
is a tap away (bot/search/many.py). A message that only lists arrival needs, without asking where
to start, gets the same (the thirtieth session: it was the bank account at once). Through the
real core on examples/network.yaml."""

from __future__ import annotations

import pytest

from tests.support.dialogue import Dialogue

pytestmark = pytest.mark.slow  # the whole shipped content, four offices

ASKED = {
    "pl": "Dzień dobry, jestem wolontariuszką i pomagam pani Halynie z Ukrainy, która jest u nas "
    "od 3 tygodni z dwójką dzieci (7 i 15 lat). Nie ma jeszcze PESEL-u, nie wie gdzie zapisać "
    "dzieci do szkoły, a starszy syn nie mówi po polsku. Do tego właścicielka mieszkania chce od "
    "niej kaucję 3000 zł bez umowy. Від чого почати? Co powinna zrobić najpierw?",
    "ru": "Здравствуйте, я волонтёр, помогаю женщине из Украины, она здесь 3 недели с двумя "
    "детьми (7 и 15 лет). У неё ещё нет песеля, не знает, где записать детей в школу, а старший "
    "сын не говорит по-польски. И хозяйка квартиры требует залог 3000 злотых без договора. С "
    "чего начать?",
    "en": "Hi, I'm a volunteer helping a Ukrainian woman who has been here 3 weeks with two "
    "children (7 and 15). She has no PESEL yet, doesn't know where to enrol the kids in school, "
    "and the older son doesn't speak Polish. Also the landlady wants a 3000 zł deposit without "
    "a contract. Where should she start?",
    "uk": "Добрий день, я волонтерка і допомагаю пані Галині з України, вона тут 3 тижні з "
    "двома дітьми (7 і 15 років). Ще не має номера PESEL, не знає, де записати дітей до школи, "
    "а старший син не говорить польською. Ще й власниця квартири вимагає заставу 3000 злотих "
    "без договору. З чого почати?",
}
LISTED = {  # (no words of where to start: the bank account was answered at once)
    "uk": "потрібно зробити песель, відкрити рахунок у банку і записати дитину до школи",
    "ru": "нужно сделать песель, открыть счет в банке и записать ребенка в школу",
    "en": "need to get pesel, open a bank account and find a school for my son",
    "pl": "muszę wyrobić PESEL, założyć konto w banku i zapisać dziecko do szkoły",
}
CHECKLIST = {
    "uk": "Перші кроки після приїзду",
    "ru": "Что делать сначала после приезда",
    "en": "After arrival: a checklist",
    "pl": "Co załatwić najpierw",
}


async def test_a_message_of_several_matters_that_asks_where_to_start_gets_the_checklist(
    searched_example,
):  # (and one that only lists them: the same app, built once)
    for lang, asked in ASKED.items():
        person = Dialogue(searched_example.core, user_id=f"4108{lang}", language_hint=lang)
        await person.send("/start opole")
        await person.payload(f"language:{lang}")
        await person.send(asked)
        assert CHECKLIST[lang] in person.text, lang
        offered = {b.payload for b in person.buttons}
        for matter in ("pesel", "children_school", "housing"):
            assert f"feedback:other:{matter}" in offered, (lang, matter)
        assert "callback" in offered, lang  # a person, a tap away
        assert "feedback:other:healthcare" not in offered, lang  # (no doctor in the message)
        lister = Dialogue(searched_example.core, user_id=f"4109{lang}", language_hint=lang)
        await lister.send("/start opole")
        await lister.payload(f"language:{lang}")
        await lister.send(LISTED[lang])
        assert CHECKLIST[lang] in lister.text, lang
        offered = {b.payload for b in lister.buttons}
        for matter in ("pesel", "bank_account", "children_school"):
            assert f"feedback:other:{matter}" in offered, (lang, matter)
