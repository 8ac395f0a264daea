"""Danger told around, the kinds the blind sets found least often (bot/features/urgent/cues.yaml,
the twenty-eighth session): suicide said by a burden, things given away, affairs put in order
(«if anything happens to me»), no way out beside a rope; forced labour by the phones taken at
night, a cousin brought and kept, wages unpaid with a threat of deportation; a threat of harm
«you won't leave alive», someone waiting by the door; a pickpocket still here; a fire by smoke
or sparks; gas by rotten eggs or a hissing pipe. Each gets its own lines first, in its language,
through the real chat. The look-alikes get none: an eviction threatened without violence (a
matter of law: docs/callbacks.md «Danger»), a farewell letter to colleagues, a fire-alarm test,
«szef mnie zabije» over being late, a gas bill, a neighbour's cigarette smoke."""

from __future__ import annotations

import pytest

from tests.support.dialogue import Dialogue

TOLD = {
    "urgent_suicide": [
        ("uk", "я для всіх лише тягар, без мене їм буде простіше"),
        ("uk", "роздала речі, кота віддала подрузі, завтра поставлю крапку"),
        ("ru", "если со мной что-то случится, пароли в тетради, простите меня за всё"),
        ("ru", "нет выхода, купил веревку, знаю где это сделаю"),
        ("en", "if anything happens to me, the keys are with my neighbour. thanks for everything"),
        ("en", "nobody needs me, they'll be fine once I'm gone"),
        ("pl", "nie widzę żadnego wyjścia, kupiłem linę i wiem gdzie to zrobię"),
        ("pl", "psa oddałam sąsiadce, niczego już nie potrzebuję"),
    ],
    "urgent_exploitation": [
        ("uk", "на ніч нас замикають на складі, телефони забрали"),
        ("ru", "полгода не платят, а бригадир говорит что если пожалуемся, нас депортируют"),
        ("en", "my sister was brought here for work and now they keep her in a flat"),
        ("pl", "nie płacą od trzech miesięcy i mówią, że zadzwonią na straż graniczną"),
    ],
    "urgent_help": [
        ("uk", "сусід сказав що я не вийду звідси живою"),
        ("ru", "бывший ждет у подъезда и пишет что я пожалею что родилась"),
        ("en", "my brother in law said I won't live to see the trial"),
        ("pl", "były czeka pod blokiem i pisze, że pożałuję że się urodziłam"),
        # eviction beside harm is no matter of law
        ("uk", "орендодавець погрожує виселити і переламати ноги"),
        ("ru", "хозяин угрожает выселить и избить"),
        ("en", "my landlord threatens to evict me and break my legs"),
        ("pl", "właściciel grozi eksmisją i że mnie pobije"),
    ],
    "urgent_crime": [
        ("ru", "у женщины в автобусе вытащили кошелек, они еще здесь"),
    ],
    "urgent_fire": [
        ("uk", "з підвалу йде дим, на сходах нічим дихати"),
        ("ru", "из розетки искрит и идет дым"),
        ("en", "the bins by our building are on fire and it's spreading"),
        ("pl", "z mieszkania sąsiada leci dym, nikt nie otwiera"),
        ("en", "my neighbour fell asleep with a cigarette and now his flat is on fire"),
        ("uk", "сусід курить, а тепер з його квартири валить чорний дим"),
    ],
    "urgent_gas": [
        ("uk", "на кухні пахне тухлими яйцями, голова паморочиться"),
        ("ru", "в подъезде у счетчика что-то шипит и странный запах"),
        ("en", "the kitchen smells of rotten eggs and I feel dizzy"),
        ("pl", "przy kuchence coś syczy i śmierdzi zgniłymi jajami"),
    ],
}

LOOK_ALIKES = [
    "орендодавець погрожує виселенням, якщо не заплачу до кінця місяця",
    "хозяин угрожает выселить нас, если не заплатим до пятницы",
    "my landlord threatens to evict us if we don't pay by Friday",
    "właściciel grozi eksmisją jeśli nie zapłacę czynszu",
    "пишу прощальний лист колегам, бо звільняюсь",
    "piszę pożegnalny list do koleżanek z pracy, ostatni dzień w firmie",
    "there's a fire alarm test in our building tomorrow morning",
    "szef mnie zabije jak się znowu spóźnię 😅",
    "how do I pay my gas bill online",
    "сусід курить на балконі, дим іде до нас у квартиру",
    "my flat smells of smoke from the neighbour's cigarettes, can I complain",
]


@pytest.mark.parametrize("key", list(TOLD))
async def test_danger_told_around_gets_its_own_lines_first_in_its_language(app, key):
    for at, (lang, text) in enumerate(TOLD[key]):
        person = Dialogue(app.core, user_id=str(7100 + at), language_hint=lang)
        await person.send(text)
        first = person.replies[0]
        assert first.text.startswith(app.services.t(lang, key)), (text, person.text[:300])


async def test_a_look_alike_of_eviction_farewell_drill_or_a_bill_gets_no_lines(app):
    for at, text in enumerate(LOOK_ALIKES):
        person = Dialogue(app.core, user_id=str(7200 + at))
        await person.send(text)
        for reply in person.replies:
            assert not reply.text.startswith(("🚨", "🚑")), (text, person.text[:300])
