"""A day or a time typed where a booking shows its days or times (bot/core/choice_when.py):
read as a day or a time, never as a label with a typo. A free one is taken; one that is not
free is said to be so, with the nearest ones offered as buttons, and nothing is chosen for the
person; a date written the European way («1.12», «1 грудня») names its day."""

from __future__ import annotations

import re

import pytest

from tests.support.dialogue import Dialogue


async def at_the_days(dialogue: Dialogue) -> None:
    await dialogue.send("/book")
    await dialogue.payload("booking:place:city_hall")
    assert [b.label for b in dialogue.buttons][:3] == ["Tue 24 Nov", "Tue 1 Dec", "Tue 8 Dec"]


async def at_the_times(dialogue: Dialogue) -> None:
    await at_the_days(dialogue)
    await dialogue.send("24 Nov")
    times = [b.label for b in dialogue.buttons if b.payload.startswith("booking:time:")]
    assert times == ["13:00", "13:15", "13:30", "13:45", "14:00", "14:15", "14:30", "14:45"] + [
        "15:00",
        "15:15",
    ]


@pytest.mark.parametrize(
    "typed", ["14:45", "14.45", "14 45", "1445", "о 14:45", "at 14:45", "o 14.45", "2:45 pm"]
)
async def test_a_free_time_typed_in_any_usual_way_is_taken(dialogue, typed):
    await at_the_times(dialogue)
    await dialogue.send(typed)
    assert "Tuesday, 24 November 2026, 14:45" in dialogue.text
    assert "What is your visit about?" in dialogue.text


# at a day's times, a time typed that is not free is said why, as at the days (bot/core/day_at.py)
DAY = "Tuesday, 24 November:"
OFF_GRID = "visits start every 15 minutes. The nearest free times that day:"
CLOSED = "is outside the hours that day (13:00–15:30). The nearest free times that day:"


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("14:50", f"{DAY} no visit starts at 14:50: {OFF_GRID} “14:45” or “15:00”."),
        ("13:10", f"{DAY} no visit starts at 13:10: {OFF_GRID} “13:00” or “13:15”."),
        ("13.20", f"{DAY} no visit starts at 13:20: {OFF_GRID} “13:15” or “13:30”."),
        ("9:00", f"{DAY} 09:00 {CLOSED} “13:00” or “13:15”."),
        ("1650", f"{DAY} 16:50 {CLOSED} “15:00” or “15:15”."),
        (  # the hours' end: the last visit's start named, not «outside the hours»
            "15:30",
            f"{DAY} the hours end at 15:30 (13:00–15:30), so the last visit starts at 15:15. The"
            " nearest free times that day: “15:00” or “15:15”.",
        ),
    ],
)
async def test_a_time_that_is_not_free_is_never_replaced_by_another(dialogue, typed, said):
    await at_the_times(dialogue)
    await dialogue.send(typed)
    assert said in dialogue.text
    assert "What is your visit about?" not in dialogue.text  # nothing chosen for the person
    offered = dialogue.replies[0].buttons[0]  # the nearest ones, as buttons
    assert [b.label for b in offered] == re.findall(r"“([^”]+)”", said)
    assert "Choose a time" in dialogue.text  # and every free time again below
    await dialogue.payload(offered[0].payload)
    assert f"Tuesday, 24 November 2026, {offered[0].label}" in dialogue.text


async def test_a_time_not_free_is_said_in_the_persons_language(dialogue):
    dialogue.language_hint = "uk"
    await dialogue.send("/book")
    await dialogue.payload("booking:place:city_hall")
    await dialogue.send("24.11")
    await dialogue.send("о 14:50")
    said = "Вівторок, 24 листопада: о 14:50 прийом не починається: прийоми починаються кожні"
    assert (
        f"{said} 15 хвилин. Найближчий вільний час цього дня: «14:45» або «15:00»." in dialogue.text
    )
    await dialogue.send("о 9:00")  # outside that day's hours
    said = "Вівторок, 24 листопада: 09:00 — поза годинами прийому цього дня (13:00–15:30)."
    assert said in dialogue.text


@pytest.mark.parametrize(
    "typed", ["1.12", "01.12.2026", "1/12/26", "2026-12-01", "1 December", "December 1", "1 Dec"]
)
async def test_a_day_written_the_european_way_is_taken(dialogue, typed):
    await at_the_days(dialogue)
    await dialogue.send(typed)
    assert "Tuesday, 1 December 2026" in dialogue.text
    assert "Choose a time" in dialogue.text


@pytest.mark.parametrize(
    ("lang", "typed", "day"),
    [
        ("uk", "1 грудня", "1 грудня 2026"),
        ("uk", "вівторок 1", "1 грудня 2026"),
        ("ru", "1 декабря", "1 декабря 2026"),
        ("ru", "1-го декабря", "1 декабря 2026"),
        ("pl", "1 grudnia", "1 grudnia 2026"),
        ("pl", "1.12", "1 grudnia 2026"),
    ],
)
async def test_a_day_written_in_the_persons_language_is_taken(dialogue, lang, typed, day):
    dialogue.language_hint = lang
    await at_the_days(dialogue) if lang == "en" else None
    await dialogue.send("/book")
    await dialogue.payload("booking:place:city_hall")
    await dialogue.send(typed)
    assert day in dialogue.text
    assert any(b.payload.startswith("booking:time:") for b in dialogue.buttons)


@pytest.mark.parametrize("typed", ["2.12", "Tue 2 Dec", "2 December", "wednesday 2"])
async def test_a_day_without_free_times_is_named_rightly_with_the_nearest_days(dialogue, typed):
    await at_the_days(dialogue)
    await dialogue.send(typed)
    said = (  # (no duty at City Hall on Wednesdays: said why)
        "Wednesday, 2 December: there are no duty hours that day. "
        "The nearest days with free times here:"
    )
    assert said in dialogue.text  # «wednesday 2»: the 2nd, a Wednesday (2:00 is no hour there)
    assert "could mean" not in dialogue.text
    assert "“Tue 1 Dec” or “Tue 8 Dec”" in dialogue.text
    assert not dialogue.replies[0].buttons  # the days below, once (tester 35, item 20)
    assert "Choose a time" not in dialogue.text


async def test_a_weekday_offered_on_several_days_asks_which(dialogue):
    await at_the_days(dialogue)
    await dialogue.send("tuesday")
    assert "“tuesday” could mean “Tue 24 Nov”, “Tue 1 Dec” or “Tue 8 Dec”." in dialogue.text
    await dialogue.send("в пятницу")
    assert "Friday, 27 November: there are no duty hours that day." in dialogue.text  # the next


@pytest.mark.parametrize(
    ("lang", "typed", "day"),
    [
        ("en", "next tuesday", "Tuesday, 1 December 2026"),  # on Monday 23 November
        ("uk", "наступного вівторка", "1 грудня 2026"),
        ("ru", "в следующий вторник", "1 декабря 2026"),
        ("pl", "w przyszły wtorek", "1 grudnia 2026"),
        ("en", "this tuesday", "Tuesday, 24 November 2026"),
        ("pl", "w najbliższy wtorek", "24 listopada 2026"),
    ],
)
async def test_next_or_this_weekday_names_one_of_several_offered(dialogue, lang, typed, day):
    dialogue.language_hint = lang
    await dialogue.send("/book")
    await dialogue.payload("booking:place:city_hall")
    await dialogue.send(typed)
    assert day in dialogue.text and "could mean" not in dialogue.text
    assert any(b.payload.startswith("booking:time:") for b in dialogue.buttons)


ROUGHLY = {  # tester 42, F6: a time said roughly, «about», «if possible», an ending on the hour
    "uk": "десь о 14-й якщо можна",
    "ru": "около 14-ти",
    "en": "around 2 pm if possible",
    "pl": "koło 14",
}


async def test_a_time_said_roughly_is_read_as_that_time(app):
    for lang, typed in ROUGHLY.items():
        person = Dialogue(app.core, user_id=f"roughly-{lang}", language_hint="en")
        await at_the_times(person)
        await person.send(typed)
        assert "Tuesday, 24 November 2026, 14:00" in person.text, lang
    # the words are when_words.yaml's, not the code's: each one listed is read, «about» with a
    # number alone as an hour, an ending on it and an «if possible» after it
    words = _rough_words()
    endings, ifs, possible = words["hour_endings"], words["if"], words["possible"]
    assert len(words["about"]) >= max(len(possible), len(ifs), len(endings))  # (each one tried)
    for i, about in enumerate(words["about"]):
        typed = (
            f"{about} 14{endings[i % len(endings)]} {ifs[i % len(ifs)]} "
            f"{possible[i % len(possible)]}"
        )
        person = Dialogue(app.core, user_id=f"roughly-{i}", language_hint="en")
        await at_the_times(person)
        await person.send(typed)
        assert "Tuesday, 24 November 2026, 14:00" in person.text, typed


def _rough_words() -> dict[str, list[str]]:
    """when_words.yaml's lists of a time said roughly, every language's words together."""
    from importlib import resources

    import yaml

    data = yaml.safe_load((resources.files("bot.core") / "when_words.yaml").read_text("utf-8"))
    lists = ("about", "if", "possible", "hour_endings")
    return {name: [w for words in data[name].values() for w in words] for name in lists}
