"""/mydata shows everything stored about the user; /forget deletes it after a confirmation.

Each feature's part is its PrivacySection (bot.core.flows), in the order of the registry.
The session part is here: the language, the saved name and phone, the date of consent.
Buttons: "privacy:ask" (the confirmation question), "privacy:forget" (delete).

After /forget the session row is deleted too (Session.erase): nothing of the user is kept.
"""

from __future__ import annotations

import datetime as dt

from bot.core import markup
from bot.core.dispatch import Turn
from bot.core.flows import Outcome, again, stay
from bot.core.messages import Button, Reply
from bot.core.phone import display_phone
from bot.features.menu import nav_row
from bot.features.privacy import erase, unfinished


def _session_block(turn: Turn) -> str:
    session = turn.session
    key = "privacy_language_chosen" if session.language_chosen else "privacy_language_guessed"
    lines = [
        turn.t("privacy_session_title"),
        turn.t(
            "privacy_account",
            channel=turn.t(f"channel_{turn.incoming.channel}"),
            user=markup.literal(turn.incoming.user_id),
        ),
        turn.t(key, language=turn.services.t.language_name(turn.lang, turn.lang)),
    ]
    saved = session.memory.person
    if saved:
        lines.append(
            turn.t(
                "privacy_saved_person",
                name=markup.literal(saved.name),
                phone=display_phone(saved.phone),
            )
        )
    lines += _consent_lines(turn)
    said = session.memory.urgent_said  # a message about danger, for an urgent request's card
    if said and session.memory.urgent_at:
        lines.append(turn.t("privacy_urgent_said", text=markup.literal(said)))
    kept = session.memory.form_kept  # a callback left for a question: kept to go back to
    typed = unfinished.entered(session.drafts if session.flow is not None else {})
    if session.flow is None and kept is not None:
        typed = unfinished.entered(kept.drafts)  # (only where something was given)
    if session.flow is not None or typed:
        lines.append(turn.t("privacy_unfinished"))
        if typed:
            lines.append("  " + ", ".join(typed))
    return "\n".join(lines)


def _consent_lines(turn: Turn) -> list[str]:
    """The consent given, to whom (in a network, for which offices); and, where the person's
    office now has another data administrator (they changed office, and declined or were not
    yet asked), that none is given to it."""
    memory, settings = turn.session.memory, turn.settings
    if not memory.consent:
        return []
    here = turn.office.organisation.administrator
    to = memory.consent_to or here
    given = [(c.administrator, c.date) for c in memory.consents_before] + [(to, memory.consent)]
    lines = [_consent_line(turn, administrator, day) for administrator, day in given]
    if not settings.network or here in (administrator for administrator, _ in given):
        return lines
    office, who = markup.literal(turn.office.label(turn.lang)), markup.literal(here)
    lines.append(turn.t("privacy_consent_not_here", office=office, administrator=who))
    return lines


def _consent_line(turn: Turn, administrator: str, day: str) -> str:
    """«Consent … given on 7 December 2026 to …» (in a network, with the offices it is for)."""
    date = turn.services.t.date(turn.lang, dt.date.fromisoformat(day), "long")
    line = turn.t("privacy_consent", date=date, administrator=markup.literal(administrator))
    here = turn.office.organisation.administrator
    if not turn.settings.network or (administrator == here and not turn.memory.consents_before):
        return line
    offices = [
        markup.literal(o.label(turn.lang))
        for o in turn.settings.offices.values()
        if o.organisation.administrator == administrator
    ]
    return f"{line} ({', '.join(offices)})" if offices else line


async def mydata(turn: Turn) -> Outcome:
    blocks = [_session_block(turn)]
    for section in turn.registry.privacy:
        block = await section.show(turn)
        if block and block.startswith("•"):  # a setting (the office, the town): with the settings
            blocks[-1] += f"\n{block}"
        elif block:
            blocks.append(block)
    text = "\n\n".join([turn.t("privacy_title"), *blocks, turn.t("privacy_footer")])
    if turn.asking:  # in a form: the form's question again, not a «1» that deletes (F5)
        return again(Reply(f"{text}\n\n{turn.t('form_goes_on')}"))
    rows = [[Button(turn.t("btn_privacy_forget"), "privacy:ask")], nav_row(turn, None)]
    return stay(Reply(text, rows))


def _ask(turn: Turn) -> Reply:
    return Reply(
        turn.t("privacy_forget_confirm"),
        [
            [Button(turn.t("btn_privacy_forget_yes"), "privacy:forget")],
            [Button(turn.t("btn_privacy_keep"), "menu")],
        ],
    )


async def ask(turn: Turn) -> Outcome:
    return stay(_ask(turn))


async def forget(turn: Turn) -> Outcome:
    names = await erase.relayed(turn)  # what their relayed texts were about, while it is there
    for section in turn.registry.privacy:
        await section.forget(turn)
    await erase.forget(turn, names)
    done = Reply(turn.t("privacy_forgotten"), [[Button(turn.t("btn_main_menu"), "menu")]])
    session = turn.session
    # The answer is already in the user's language; the core then deletes the session row.
    session.erase = True
    return stay(done)
