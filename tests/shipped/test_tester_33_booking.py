"""Tester 33, items 1 and 2, on the shipped config.yaml through the real core, on Monday
7 December 2026 at 01:45 in Warsaw (the point opens at 08:00; the assistant's duty: Tuesdays
13:00–15:30 at the city hall, Thursdays 13:00–15:00 at the social services centre).

1. A typed request to book a visit or for the next free time, in any words («запишите меня на
   прием в четверг», «when is the next free visit», «чи є вільний час завтра?»), gets «📅 Book a
   visit» first with the nearest free time, or, a day named, that day's free times; never «no
   answer» nor «did you mean»; with nothing bookable, the callback. A booking word beside a
   topic of its own («як записатися до лікаря») is still that topic's question.
2. «Is the office open now?», «ви зараз відкриті?»: today's answer first, then the hours."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.app import build
from tests.conftest import ROOT, Clock
from tests.support.dialogue import Dialogue, StaffMember

pytestmark = pytest.mark.slow  # the whole shipped content

NIGHT = dt.datetime(2026, 12, 7, 0, 45, tzinfo=dt.UTC)  # Monday, 01:45 in Warsaw


@pytest.fixture
def clock() -> Clock:
    return Clock(NIGHT)


@pytest.fixture
async def shipped(tmp_path, clock):  # type: ignore[no-untyped-def]
    app = await build(ROOT / "config.yaml", storage_path=tmp_path / "s.sqlite3", clock=clock)
    try:
        yield app
    finally:
        await app.close()


def payloads(person: Dialogue) -> list[str]:
    """The buttons' payloads, without the «answer me in …» switch."""
    return [b.payload for b in person.buttons if b.payload and not b.payload.startswith("answer:l")]


TUESDAY = "booking:time:city_hall:202612081200"  # 13:00 in Warsaw, the first time
THURSDAY = "booking:time:social_services:202612101200"


@pytest.mark.parametrize(
    ("lang", "typed", "first_time", "day"),
    [
        ("ru", "запишите меня на прием в четверг", THURSDAY, "10 декабря"),
        ("ru", "хочу прийти в четверг", THURSDAY, "10 декабря"),
        ("en", "can I book an appointment for tomorrow", TUESDAY, "8 December"),
        ("uk", "чи є вільний час завтра?", TUESDAY, "8 грудня"),
        ("pl", "zapisz mnie na wizytę w czwartek", THURSDAY, "10 grudnia"),
        ("uk", "запишіть мене на вівторок", TUESDAY, "8 грудня"),
    ],
)
async def test_a_request_naming_a_day_opens_its_free_times(shipped, lang, typed, first_time, day):
    person = Dialogue(shipped.core, user_id=f"d-{typed}", language_hint=lang)
    await person.send(typed)
    assert first_time in payloads(person), person.text[:300]
    assert day in person.text
    await person.payload(first_time)  # the flow goes on from there: what the visit is about
    assert any(p.startswith("booking:topic:") for p in payloads(person))


@pytest.mark.parametrize(
    ("lang", "typed", "nearest"),
    [
        ("en", "when is the next free visit", "8 December"),
        ("en", "next available appointment?", "8 December"),
        ("uk", "коли найближчий вільний запис?", "8 грудня"),
        ("uk", "коли можна прийти до асистента?", "8 грудня"),
        ("ru", "записаться к ассистенту", "8 декабря"),
        ("ru", "хочу записаться на прием", "8 декабря"),
        ("pl", "zapisz mnie na wizytę", "8 grudnia"),
        ("pl", "kiedy najbliższy wolny termin?", "8 grudnia"),
    ],
)
async def test_a_request_to_book_offers_book_first_with_the_nearest_time(
    shipped, lang, typed, nearest
):
    person = Dialogue(shipped.core, user_id=f"b-{typed}", language_hint=lang)
    await person.send(typed)
    assert payloads(person)[:2] == ["booking", "callback"], person.text[:300]
    assert nearest in person.text and "13:00" in person.text
    await person.payload("booking")
    assert any(p.startswith(("booking:place:", "booking:day:")) for p in payloads(person))


@pytest.mark.parametrize(
    ("lang", "typed", "topic"),
    [
        ("uk", "як записатися до лікаря", "healthcare"),
        ("en", "book a visit to the tax office", "income_tax"),
        ("uk", "записатися на курси польської", "polish_courses"),
        ("en", "I want to come to Poland with my family", "family_reunification"),
    ],
)
async def test_a_booking_word_beside_a_topic_is_that_topics_question(shipped, lang, typed, topic):
    person = Dialogue(shipped.core, user_id=f"t-{typed}", language_hint=lang)
    await person.send(typed)
    assert payloads(person)[:1] != ["booking"]
    assert any(topic in p for p in payloads(person)) or shipped_title(shipped, lang, topic) in (
        person.text
    )


def shipped_title(app, lang: str, topic: str) -> str:  # type: ignore[no-untyped-def]
    return app.services.kb.topic(lang, topic).title


async def test_with_nothing_bookable_the_callback_is_offered(shipped):
    staff = StaffMember(shipped.core)
    day = NIGHT.date()
    for offset in range(0, 29):
        on = day + dt.timedelta(days=offset)
        place = {1: "city_hall", 3: "social_services"}.get(on.weekday())
        if place:
            await staff.payload(f"duty:cancel_now:{place}:{on:%Y%m%d}")
    person = Dialogue(shipped.core, user_id="none", language_hint="en")
    await person.send("when is the next free visit")
    assert "booking" not in payloads(person)
    assert payloads(person)[0] == "callback"
    await person.send("can I book an appointment for tomorrow")
    assert "booking" not in payloads(person) and "callback" in payloads(person)


NOW = {
    "en": ("is the office open now?", "closed now; it opens today at 08:00", "8 December"),
    "en2": ("when are you open today", "closed now; it opens today at 08:00", "8 December"),
    "uk": ("ви зараз відкриті?", "зачинений; сьогодні відкривається о 08:00", "8 грудня"),
    "uk2": ("чи можу я прийти сьогодні?", "сьогодні відкривається о 08:00", "8 грудня"),
    "uk3": ("coly vy vidkryti sogodni?", "сьогодні відкривається о 08:00", "8 грудня"),
    "ru": ("вы сейчас открыты?", "сегодня он открывается в 08:00", "8 декабря"),
    "pl": ("czy jesteście dziś otwarci?", "dziś otwieramy o 08:00", "8 grudnia"),
}


@pytest.mark.parametrize("case", list(NOW))
async def test_open_now_says_todays_answer_first_then_the_hours(shipped, case):
    typed, now, duty_day = NOW[case]
    lang = case[:2]
    person = Dialogue(shipped.core, user_id=f"n-{case}", language_hint=lang)
    await person.send(typed)
    first, _, rest = person.text.partition("\n\n")
    if "💬" in first:  # (the language followed, said above)
        first, _, rest = rest.partition("\n\n")
    assert now in first, person.text[:400]
    assert duty_day in first and "13:00–15:30" in first  # the assistant: Tuesday, next
    assert "08:00–16:00" in rest  # the weekly hours below


async def test_open_now_while_open_and_on_duty(shipped, clock):
    clock.now = dt.datetime(2026, 12, 8, 13, 0, tzinfo=dt.UTC)  # Tuesday 14:00
    person = Dialogue(shipped.core, user_id="open", language_hint="en")
    await person.send("are you open now?")
    assert "open now, until 16:00" in person.text
    assert "on duty now, until 15:30 — City Hall" in person.text
    clock.now = dt.datetime(2026, 12, 8, 16, 0, tzinfo=dt.UTC)  # Tuesday 17:00
    await person.send("are you open now?")
    assert "closed now; it next opens on Wednesday, 9 December, at 08:00" in person.text
    assert "Today's duty of the intercultural assistant is over" in person.text
    assert "Thursday, 10 December, 13:00–15:00 — Social Services Centre" in person.text


async def test_the_hours_button_stays_as_it_was(shipped):
    person = Dialogue(shipped.core, user_id="button", language_hint="en")
    await person.payload("hours")
    assert "closed now" not in person.text and "08:00–16:00" in person.text


@pytest.mark.parametrize(
    ("office", "open_line", "duty_line"),
    [
        ("opole", "open now, until 16:00", "on duty now, until 14:00"),
        (
            "sopot",
            "open now, until 15:30",
            "Integration assistants: no duty today; the next one: Tuesday, 8 December, 09:00–13:00",
        ),
    ],
)
async def test_open_now_in_a_network_is_the_persons_offices(
    searched_example, office, open_line, duty_line
):
    # (examples/network.yaml on Monday 7 December, 10:00 in Warsaw)
    person = Dialogue(searched_example.core, user_id=f"net-{office}", language_hint="en")
    await person.send(f"/start {office}")
    await person.send("are you open now?")
    assert open_line in person.text and duty_line in person.text, person.text[:400]


async def test_a_booking_request_in_a_network_offers_the_persons_offices_times(searched_example):
    person = Dialogue(searched_example.core, user_id="net-book", language_hint="en")
    await person.send("/start sopot")
    await person.send("when is the next free visit")
    assert payloads(person)[:2] == ["booking", "callback"], person.text[:300]
    assert "Tuesday, 8 December 2026, 09:00" in person.text


# «what time do you close on saturday» got «no answer», Russian adult education (tester 41, F2):
# «you» + open / close / work + a day is the hours at once, that day's first
ON_DAY = {
    "what time do you close on saturday": "12 December: the information point is open 10:00–14:00",
    "во сколько вы закрываетесь в субботу": "12 декабря: информационный пункт открыт 10:00–14:00",
    "до котрої ви працюєте в суботу": "12 грудня: інформаційний пункт відкритий 10:00–14:00",
    "are you open tomorrow": "Tuesday, 8 December: the information point is open 08:00–16:00",
    "when is christmas office closed": "Friday, 25 December: the information point is closed",
    "czy jesteście czynni w wigilię": "czwartek, 24 grudnia: punkt informacyjny jest zamknięty",
}


async def test_a_day_named_with_the_hours_gets_that_days_hours_at_once(shipped):
    for n, (typed, line) in enumerate(ON_DAY.items()):
        lang = {0: "en", 1: "ru", 2: "uk", 5: "pl"}.get(n, "en")
        person = Dialogue(shipped.core, user_id=f"day-{n}", language_hint=lang)
        await person.send(typed)
        assert line.lower() in person.text.lower(), (typed, person.text)
        assert any(b.payload == "callback" for b in person.buttons), typed
