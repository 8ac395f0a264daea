"""/unanswered also lists a question that got only «did you mean» and none of whose candidates
the person opened: the content editor learns of the questions the bot was unsure about. A tap
on a candidate takes it off; /forget and the retention period erase it as every other."""

from __future__ import annotations

from tests.support.callbacks import StaffMember
from tests.support.dialogue import Dialogue

NOT_FOLLOWED = "„czy chodzi o…”: nie otwarto żadnej z propozycji"


async def staff_list(app) -> str:  # type: ignore[no-untyped-def]
    anna = StaffMember(app.core)
    await anna.command("/unanswered")
    return anna.text


async def vague(app, user_id: str) -> Dialogue:  # type: ignore[no-untyped-def]
    person = Dialogue(app.core, user_id=user_id, language_hint="pl")
    await person.payload("language:pl")
    await person.send("kurs")
    assert "Czy chodzi o" in person.text  # (the setting-up: only «did you mean»)
    return person


async def test_a_did_you_mean_nobody_followed_is_listed_for_staff(app):
    await vague(app, "2001")
    text = await staff_list(app)
    assert f"{NOT_FOLLOWED}\n  „kurs”" in text
    assert "Na razie nie ma pytań" not in text


async def test_a_candidate_opened_takes_the_question_off_the_list(app):
    person = await vague(app, "2002")
    await person.press("kurs")  # one of the candidates («Kursy języka polskiego», …)
    assert "Czy chodzi o" not in person.text
    assert "Na razie nie ma pytań bez odpowiedzi." in await staff_list(app)


async def test_the_candidates_shown_again_are_kept_once_and_a_later_tap_still_counts(app):
    person = await vague(app, "2003")
    await person.send("kurs")  # the same question again: one line, not two
    assert (await staff_list(app)).count("„kurs”") == 1
    await person.press("kurs")
    await person.press("Wstecz")  # «« Back»: the candidates again
    assert "Czy chodzi o" in person.text
    assert "„kurs”" not in await staff_list(app)


async def test_forget_and_the_retention_period_erase_it(app, clock):
    person = await vague(app, "2004")
    await vague(app, "2005")
    assert (await staff_list(app)).count("„kurs”") == 2
    await person.send("/forget")
    await person.payload("privacy:forget")
    assert (await staff_list(app)).count("„kurs”") == 1  # hers gone, the other's kept
    clock.advance(days=31)  # the deployment keeps personal data 30 days
    for job in app.jobs:  # what `infopoint run` runs every hour
        await job.run(app.services)
    assert "Na razie nie ma pytań bez odpowiedzi." in await staff_list(app)
