"""Dates, times and language names as each reader expects them: British English, one 24-hour
clock in every language, languages named in the reader's own language."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.content.i18n import Translator
from bot.settings.model import LANGUAGES
from tests.support.bookings import STAFF_CHAT, TUE_1330, book_and_confirm, to_chat
from tests.support.callbacks import StaffMember, request_callback
from tests.support.dialogue import Dialogue

T = Translator()
AFTERNOON = dt.datetime(2026, 12, 3, 15, 12)


def test_english_dates_are_british_not_american():
    assert T.short_datetime("en", AFTERNOON) == "3 December 2026, 15:12"
    assert T.datetime("en", AFTERNOON) == "Thursday, 3 December 2026, 15:12"
    assert T.day("en", AFTERNOON.date()) == "Thu 3 Dec"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_uses_the_same_24_hour_clock(lang):
    assert T.time(lang, AFTERNOON) == "15:12"
    assert T.time(lang, dt.time(9, 0)) == "09:00"
    assert T.short_datetime(lang, AFTERNOON).endswith(", 15:12")
    assert "2026" in T.short_datetime(lang, AFTERNOON)  # a four-digit year, never "26"


async def test_mydata_in_english_shows_british_dates_and_names_languages_in_english(dialogue):
    await request_callback(dialogue, language="ru")
    await dialogue.send("/mydata")
    text = dialogue.text
    assert "#T1, 23 November 2026, 09:00" in text
    assert "language: Russian" in text and "Русский" not in text
    assert (
        "• Language: English (from your app settings or the language you wrote in" in text
        and "🇬🇧" not in text
    )
    assert "Account: terminal (test)" in text  # the channel's name, not its code


async def test_slots_windows_and_staff_lists_share_one_clock_style(app):
    person = Dialogue(app.core, user_id="en-person")
    await person.send("/book")
    await person.press("City Hall")
    await person.press("Tue 24 Nov")
    times = [b.label for b in person.buttons if b.payload.startswith("booking:time:")]
    assert times[0] == "13:00" and all(len(t) == 5 for t in times)
    await book_and_confirm(Dialogue(app.core, user_id="ua", language_hint="uk"), TUE_1330)
    staff = StaffMember(app.core)
    await staff.command("week")
    assert "13:30" in staff.text


async def test_staff_messages_name_the_language_in_the_staff_language_everywhere(app):
    await request_callback(Dialogue(app.core, user_id="ru", language_hint="ru"), language="ru")
    await book_and_confirm(Dialogue(app.core, user_id="ua", language_hint="uk"), TUE_1330)
    staff_messages = " ".join(q.text for q in await to_chat(app.core, STAFF_CHAT))
    assert "Język rozmowy telefonicznej: rosyjski" in staff_messages  # the callback request
    assert "Język czatu: ukraiński" in staff_messages  # the visit
    assert "Русский" not in staff_messages and "Українська" not in staff_messages
    staff = StaffMember(app.core)
    await staff.command("requests")
    assert "· rosyjski ·" in staff.text


def test_polish_staff_texts_write_numbers_people_and_languages_one_way():
    """«nr 1» (never «#1»), «osoba» (never «klient»), «Język rozmowy:» (never a bare
    «Język:»), in every text of the staff chat: callbacks, visits, appointments, courses."""
    from bot.content.i18n import load_strings

    staff_keys = ("staff_", "sa_", "sb_", "sc_", "q_unanswered")
    texts = {
        key: str(value) for key, value in load_strings()["pl"].items() if key.startswith(staff_keys)
    }
    assert texts
    for key, text in texts.items():
        assert "#{" not in text and "klient" not in text.lower(), (key, text)
        assert "Język:" not in text, (key, text)


@pytest.mark.parametrize(
    ("lang", "hours", "expected"),
    [
        ("uk", 24, "протягом наступних 24 годин"),
        ("uk", 21, "протягом наступної 21 години"),
        ("ru", 21, "в течение следующего 21 часа"),
        ("ru", 5, "в течение следующих 5 часов"),
        ("pl", 5, "przez następne 5 godzin"),
        ("pl", 24, "przez następne 24 godziny"),
        ("en", 1, "for the next hour"),
    ],
)
def test_the_hours_a_person_may_write_to_staff_agree_with_the_number(lang, hours, expected):
    hours_text = T.plural(lang, "cb_thread_hours", hours)
    text = T(lang, "cb_staff_wrote", id=1, text="x", hours=hours_text, point=T(lang, "cb_point"))
    assert expected in text


@pytest.mark.parametrize("lang", ["uk", "ru", "pl"])
def test_a_visit_cancelled_on_a_wednesday_reads_correctly(lang):
    # Babel's weekday is in the nominative («середа», «środa»): never after a preposition.
    wednesday = T.datetime(lang, dt.datetime(2026, 12, 16, 13, 30))
    for key in ("bk_cancelled", "bk_cancelled_by_staff"):
        text = T(lang, key, when=wednesday, place="Urząd Miejski")
        assert f": {wednesday}" in text or f"🗓 {wednesday}" in text, (key, text)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_appointment_cancelled_on_a_thursday_reads_correctly(lang):
    # The person cancelling, and staff cancelling: the date after a colon or on its own line,
    # never «ваш прийом четвер, …» (in English «on» before it).
    thursday = T.datetime(lang, dt.datetime(2026, 12, 10, 9, 0))
    for key in ("ap_cancelled", "ap_cancelled_by_staff"):
        text = T(lang, key, when=thursday, service="Porada prawna")
        after = (f": {thursday}", f"🗓 {thursday}", f"on {thursday}")
        assert any(a in text for a in after), (key, text)


CHECK_AFTER_PREPARE = """
import datetime as dt, json, sys
from bot.content.i18n import Translator
from bot.settings.model import LANGUAGES

t = Translator()
when = dt.datetime(2026, 12, 3, 15, 12)

def every_format():
    return {
        lang: [
            t.weekday(lang, 3), t.weekday(lang, 3, "abbreviated"), t.time(lang, when),
            t.date(lang, when.date()), t.date(lang, when.date(), "long"), t.day(lang, when.date()),
            t.datetime(lang, when), t.short_datetime(lang, when), t.number(lang, 2.5),
            t.duration(lang, dt.timedelta(hours=3)), t.duration(lang, dt.timedelta(days=2)),
            t.duration(lang, dt.timedelta(minutes=5)), t.language_name(lang, "uk"),
            t.language_name(lang, "pl"), t.source_date(lang, when.date()),
        ]
        for lang in LANGUAGES
    }

if sys.argv[1] == "prepared":
    t.prepare()  # drops the locale data nothing formats
print(json.dumps(every_format()))
"""


def test_dropping_unused_locale_data_changes_no_date_time_number_or_name():
    """prepare() frees Babel's currency, time-zone and territory data: every format the bot
    shows must come out the same after it. Each in a process of its own: the drop is global,
    and Babel remembers what it has already read."""
    import json
    import subprocess
    import sys

    before, after = (
        json.loads(
            subprocess.run(
                [sys.executable, "-c", CHECK_AFTER_PREPARE, how],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        )
        for how in ("as read", "prepared")
    )
    assert after == before
    assert before["uk"][9] == "3 години" and before["en"][12] == "Ukrainian"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("uk", "05.12.2026"), ("ru", "05.12.2026"), ("pl", "05.12.2026"), ("en", "5 December 2026")],
)
def test_the_date_sources_were_checked_is_written_as_their_titles_write_dates(lang, expected):
    assert T.source_date(lang, dt.date(2026, 12, 5)) == expected


NAMES_AFTER_PREPARE = """
import json
from babel import Locale
from bot.content.i18n import Translator

t = Translator()
t.prepare()
codes = [c for c in Locale.parse("en").languages if "_" not in c and c != "und"]
print(json.dumps({lang: {c: t.language_name(lang, c) for c in codes} for lang in ("uk", "en")}))
"""


def test_every_language_is_named_in_a_running_bot_as_babel_names_it():
    """Staff read the language a person asked for (a callback's, a help form's) by its name:
    after prepare() dropped the data nothing formats, every language Babel has a name for is
    named, in the reader's language, as Babel's own list names it: Tagalog, not «Filipino
    (Philippines)» (and not an error: the names of territories are dropped)."""
    import json
    import subprocess
    import sys

    from babel import Locale

    from bot.content.i18n import babel_locale

    names = json.loads(
        subprocess.run(
            [sys.executable, "-c", NAMES_AFTER_PREPARE], capture_output=True, text=True, check=True
        ).stdout
    )
    assert names["en"]["tl"] == "Tagalog" and names["uk"]["tw"] == "тві"
    assert names["en"]["uk"] == "Ukrainian" and names["uk"]["pl"] == "польська"
    listed = {lang: Locale.parse(babel_locale(lang)).languages for lang in ("uk", "en")}
    assert [
        (lang, code, name)
        for lang, named in names.items()
        for code, name in named.items()
        if name != (listed[lang].get(code) or code)
    ] == []
