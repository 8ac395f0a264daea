"""Choosing the office: the list, a link, the nearest one; the gate that asks first."""

from __future__ import annotations

from bot.core import markup
from bot.core.dispatch import Turn
from bot.core.flows import Outcome, Replay, again, end, pending, stay, then
from bot.core.messages import Button, Expired, Reply
from bot.core.session import Held
from bot.core.words import too_short
from bot.features import person, urgent
from bot.features.menu import AGAIN, HINT, main_menu, welcome
from bot.features.office import first_words, gmina, left, own_town, switch
from bot.features.office.cities import asked_town, named_town, town_alone
from bot.features.office.guess import guess
from bot.features.office.in_form import LEAVE, instead, leave_form, offered_here
from bot.features.office.listed import NEAR, chooser, needs_choice, no_point_in
from bot.features.office.misspelt import dictionaries
from bot.features.office.names import Named, all_names, read
from bot.features.office.nearest import nearest
from bot.features.office.unknown import close_in, place, small_talk, told, unsure
from bot.search import text as texts
from bot.settings.config import Office

# What a person of a network may do before choosing an office.
FREE_COMMANDS = frozenset({"office", "language", "forget", "mydata", "help", "cancel"})
FREE_BUTTONS = frozenset({"office", "language", "privacy"})
ASKED_OFFICE = "office"  # Session.pending: the list was the last question (it asks it again)
FAR_KM = 100  # a shared location farther than this from every office chooses none


async def gate(turn: Turn) -> Outcome | None:
    """In a network: a link chooses the office; without one, the event waits for the choice."""
    settings, incoming, session = turn.settings, turn.incoming, turn.session
    if not settings.network:
        return None
    if turn.pending == ASKED_OFFICE and session.flow is not None and incoming.text:
        if incoming.command is None and incoming.payload is None:  # (tester 42, F8)
            return await _town_in_form(turn, incoming.text)
    if incoming.command == "start" and incoming.args:
        office = settings.offices.get(incoming.args.strip().lower())
        if office is not None and session.flow is not None:  # in a form: as /office does
            return await left.told(
                turn, session.office, leave_form(turn, office) or _set(turn, office)
            )
        if office is not None:
            old, session.office = session.office, office.id
            if await left.holds(turn, old):  # the welcome, and what stays at `old` (tester 43,
                return await left.told(turn, old, await welcome(turn))  # F9), as /office says
            gmina.follow(turn)  # (a gmina of the office left: not their town here)
            return None  # the welcome, as /start gives it, now with this office's name
        if not needs_choice(turn):
            return None
        return stay(chooser(turn, turn.t("office_unknown_link")))
    if not needs_choice(turn) or session.flow is not None:
        return None
    word, _, code = (incoming.payload or "").partition(":")
    code, _, how = code.partition(":")  # «language:uk:again»: the terminal, opened again
    if word == "language" and code in settings.languages:
        return _language(turn, code, how)
    if incoming.command in FREE_COMMANDS or (incoming.payload is not None and word in FREE_BUTTONS):
        return None
    if incoming.command == "start":
        return stay(chooser(turn, f"{turn.t('welcome_network')}\n\n{turn.t('office_choose')}"))
    written = None  # «mieszkam w Opolu»: the menu offers answers in Polish
    if incoming.text:  # «привіт, мені потрібен песель»: the list in Ukrainian
        written = await first_words.follow(turn, incoming.text)
    text = incoming.text or ""
    if text:  # («Аполе» in the first second after a start: the dictionaries that tell it)
        await dictionaries(texts.tokens(text), all_names(settings))
    typed = guess(turn, text) if text else None
    if typed is not None and typed.take:  # «Opole», «я живу в Ополі», «песель в Ополі»,
        was, session.memory.town = session.memory.town, gmina.kept(turn, text, typed.named)
        chosen = _typed(turn, typed.named, written)  # «I am a student in Opole, …»: chosen
        return gmina.told(turn, chosen, was)  # («mieszkam w Wąchocku»: its gmina office)
    # danger words (or a cry for help) bring 112 and the help lines before the choice, not after
    lines = urgent.in_form(turn)
    before = turn.memory.held  # («як зробити песель дитині», then «я живу в гданьску»)
    if incoming.text or incoming.payload or incoming.command:
        held = Held(incoming.text, incoming.payload, incoming.command, incoming.args)
        held.warned = bool(lines)
        turn.memory.held = held
    ask = "office_first_call" if incoming.payload == "callback" else "office_first"
    first = typed.named.offices if typed and typed.first else ()  # («moved to Opole?»: first)
    text = turn.t(ask)
    if typed is not None and typed.abroad is not None:  # («я з Бродів»: which Brody?)
        if typed.named.alone and not lines:  # (nothing to answer after the choice)
            turn.memory.held = before
            text = turn.t("office_choose" if before is None else "office_first")
        label = markup.literal(typed.named.offices[0].label(turn.lang))
        said = turn.t("office_town_abroad", town=gmina.name(turn, typed.abroad), office=label)
        text = f"{said}\n\n{text}"
    asked = asked_town(incoming.text) if incoming.text and typed is None else None  # («Brzeg»)
    town = asked or (named_town(incoming.text) if incoming.text and typed is None else None)
    if typed is not None and not typed.first and incoming.text:  # («I moved from Sopot to
        town = own_town.moved_town(turn, incoming.text)  # Kielce»: Kielce's nearest first, kept)
    office_town = read(turn, town.name) if town is not None and not lines else None
    if office_town is not None:  # (a spelling read as the town of an office: that office)
        alone = town_alone(incoming.text or "") is not None
        return _typed(turn, Named(office_town.offices, alone), written)
    if town is not None and (asked or own_town.theirs(incoming.text or "")):
        # «я живу в гданьске»: none there, the nearest first, the town kept («meldunek w
        # Krakowie»: a question about a town, maybe someone else's: the list as always)
        session.memory.town = town.name
        if not lines and (asked or own_town.alone(turn, incoming.text or "")):  # nothing new:
            turn.memory.held = before  # the question sent before still waits for the choice
            text = turn.t("office_choose" if before is None else "office_first")
        text, first = no_point_in(turn, town, text)
    elif typed is None and not lines and unsure(incoming.text or ""):  # («не знаю»)
        turn.memory.held = before  # (nothing to answer after the choice)
        text = turn.t("office_any") + ("" if before is None else f"\n\n{turn.t('office_first')}")
    elif typed is None and not lines and (talk := await small_talk(turn, incoming.text or "")):
        turn.memory.held = before  # («привіт», «дякую»: nothing to answer after the choice)
        text = talk + ("" if before is None else f"\n\n{turn.t('office_first')}")
    elif typed is None and not lines and (unknown := await place(turn, incoming.text or "")):
        turn.memory.held = before  # («Głubczyce»: said once, not the same request again)
        text, first = told(turn, unknown)  # («Olesno»: its nearest first; «opel»: Opole?)
        if first:
            text += "" if before is None else f"\n\n{turn.t('office_first')}"
    elif typed is None and not lines and (close := await close_in(turn, incoming.text or "")):
        if close[1]:  # («I live in opel»: nothing else to answer after the choice)
            turn.memory.held = before
        text, first = told(turn, close[0])  # («я з opel, як зробити песель»: Opole?)
        text += "" if turn.memory.held is None else f"\n\n{turn.t('office_first')}"
    return stay(*lines, chooser(turn, text, first=first))


def _language(turn: Turn, code: str, how: str = "") -> Outcome:
    """A language chosen before the office (at the list, or by a session older than the
    network): set, and the list comes next, not the menu, whose buttons would all ask for the
    office first. What was held back still waits for the choice. The platform's language
    (`hint`: --lang) is no choice: a Ukrainian question is answered in Ukrainian (tester 39)."""
    if how == HINT and not turn.session.language_chosen:
        turn.session.language = code
        return stay(chooser(turn, f"{turn.t('welcome_network')}\n\n{turn.t('office_choose')}"))
    if how != AGAIN or code != turn.session.language:
        turn.session.language_chosen = True
    turn.session.language = code
    if not _waits(turn.memory.held):  # («1» typed at the languages: nothing to answer later)
        turn.memory.held = None
    ask = turn.t("office_first" if turn.memory.held is not None else "office_choose")
    return stay(chooser(turn, f"{turn.t('office_language_set')}\n\n{ask}"))


def _waits(held: Held | None) -> bool:
    """Something sent waits to be answered after the choice: a text of a few characters at
    least, or a command or a button the gate held back; not «1» typed at the list of languages,
    nor one the gate lets through (/language: tester 35, item 22)."""
    if held is None:
        return False
    word = (held.payload or "").partition(":")[0]
    return bool(
        (held.text and not too_short(held.text))
        or (held.command and held.command not in FREE_COMMANDS)
        or (held.payload and word not in FREE_BUTTONS)
    )


def _typed(turn: Turn, named: Named, written: str | None) -> Outcome:
    """A message at the gate naming an office chooses it (one that asks something too is
    answered then); naming several («Starachowice»: the city's and the county's), they are
    offered, and the message waits as any other."""
    if not named.alone:
        turn.memory.held = Held(turn.incoming.text)
    if len(named.offices) == 1:
        return _set(turn, named.offices[0], written)
    text = turn.t("office_choose_among")
    if turn.memory.held is not None:
        text = f"{text}\n{turn.t('office_answer_after')}"
    return stay(chooser(turn, text, named.offices))


async def choose(turn: Turn) -> Outcome:
    """/office and the menu's office button: the list (in a form, the form waits); `/office
    <id>` chooses that office at once, as its link does (an id naming none: the list)."""
    if not turn.settings.network:
        office = markup.literal(turn.office.label(turn.lang))
        return stay(main_menu(turn, turn.t("office_only_one", office=office)))
    typed = turn.incoming.args.strip()
    named = turn.settings.offices.get(typed.lower())
    if turn.incoming.command == "office" and named is not None:
        old = turn.session.office
        return await left.told(turn, old, leave_form(turn, named) or _set(turn, named))
    key = "office_choose_in_flow" if turn.session.flow else "office_choose"
    current = turn.session.office
    text = turn.t(key)
    if turn.incoming.command == "office" and typed:  # «/office krakow»: none of that name
        text = f"{turn.t('office_no_such', typed=markup.literal(typed))}\n{text}"
    if current in turn.settings.offices:
        mine = markup.literal(turn.settings.offices[current].label(turn.lang))
        text = f"{turn.t('office_current', office=mine)}\n{text}"
    # a town typed next answers it, even with a request open (callback/capture.py), or in a
    # form (`_town_in_form`): «гданьск» at the list was read as the phone step's answer
    return pending(stay(chooser(turn, text)), ASKED_OFFICE)


async def _town_in_form(turn: Turn, text: str) -> Outcome | None:
    """A town typed at the list of offices opened in a form: its office chosen (as its button
    would be); a town with none, the list again with the nearest first; None: no town, the
    form's step reads the text."""
    typed = guess(turn, text)
    town = None if typed is not None and typed.take else asked_town(text) or town_alone(text)
    found = read(turn, town.name) if town is not None else None
    named = typed.named if typed is not None and typed.take else found
    if named is not None and len(named.offices) == 1:
        office, old = named.offices[0], turn.session.office
        return await left.told(turn, old, leave_form(turn, office) or _set(turn, office))
    if named is not None and named.offices:  # («Starachowice»: the city's and the county's)
        return pending(
            stay(chooser(turn, turn.t("office_choose_among"), named.offices)), ASKED_OFFICE
        )
    if town is None:
        return None
    turn.memory.town = town.name  # (their town, typed where it was asked: kept, as the gate does)
    said, first = no_point_in(turn, town, turn.t("office_choose_in_flow"))
    return pending(stay(chooser(turn, said, first=first)), ASKED_OFFICE)


async def on_office(turn: Turn) -> Outcome:
    """`office` shows the list; `office:<id>` chooses; `office:near` asks for the location;
    `office:keep:<id>` keeps the office, as offered after its name was typed (switch.py); in a
    form that the chosen office would close, the person is asked first (`office:<id>:leave`)."""
    if not turn.args:
        return await choose(turn)
    if turn.args[0] == switch.KEEP and len(turn.args) > 1:  # (an office's own button: one arg)
        return switch.keep(turn)
    if turn.args[0] == NEAR:
        ask = Reply(turn.t("office_send_location"), request_location=turn.t("btn_send_location"))
        return stay(ask)
    office = turn.settings.offices.get(turn.args[0])
    if office is None or not turn.settings.network:
        raise Expired(turn.args[0])
    sure = turn.args[1:] == (LEAVE,)  # office:<id>:leave, the form left knowingly
    old = turn.session.office
    asked = turn.memory.asked  # office:<id>:asked:<tag>: the question answered again there
    if asked and turn.args[1:] == (switch.ASKED, asked.tag) and turn.session.flow is None:
        turn.memory.held = Held(asked.text)  # (answered after the switch, as at the gate)
    chosen = (None if sure else leave_form(turn, office)) or _set(turn, office)
    return await left.told(turn, old, chosen)  # what stays with the office left, said


def _set(turn: Turn, office: Office, written: str | None = None) -> Outcome:
    """The office chosen by name (its button, `/office <id>`, its link in a form, its name typed;
    `written`: the language that was typed in, if the person's was not switched to it)."""
    text = turn.t("office_set", office=markup.literal(office.label(turn.lang)))
    return _chosen(turn, office, text, written=written)


async def on_location(turn: Turn) -> Outcome:
    """A shared location: the nearest office (the location itself is not kept)."""
    where = turn.incoming.location
    found = nearest(turn.settings.offices.values(), where) if where else None
    if not turn.settings.network or found is None:
        fallbacks = turn.registry.fallbacks
        assert fallbacks is not None
        return await fallbacks.unsupported(turn)
    office, km = found
    label = markup.literal(office.label(turn.lang))
    distance = turn.services.t.number(turn.lang, round(km, 1 if km < 10 else 0))
    if km > FAR_KM:  # not near any: the person chooses (they may be travelling, or elsewhere)
        far = Reply(turn.t("office_none_near", office=label, km=distance), close_keyboard=True)
        return stay(far, chooser(turn, turn.t("office_choose")))
    old = turn.session.office
    near = _chosen(turn, office, turn.t("office_nearest", office=label, km=distance), close=True)
    return await left.told(turn, old, near)


def _chosen(
    turn: Turn, office: Office, text: str, *, close: bool = False, written: str | None = None
) -> Outcome:
    """The office is the person's now; a form goes on, a held-back event is answered."""
    session = turn.session
    changed = session.office != office.id
    session.office = office.id
    held, turn.memory.held = turn.memory.held, None
    note = Reply(text, close_keyboard=close)
    if session.flow is not None:
        if not turn.asking:
            return end(main_menu(turn, f"{text}\n{turn.t('office_set_form_closed')}"))
        if not offered_here(turn):  # (what the office offers instead, if any: its buttons)
            rows, said = instead(turn), f"{text}\n{turn.t('office_set_form_not_offered')}"
            menu = main_menu(turn, f"{said}\n\n{turn.t('office_instead')}" if rows else said)
            menu.buttons[:0] = rows
            return end(menu)
        consent = person.consent_again(turn)  # another data administrator: asked first
        if consent is not None:
            return stay(Reply(text, close_keyboard=close), consent)
        return again(Reply(f"{text}\n{turn.t('office_set_in_flow')}", close_keyboard=close))
    if held is not None:
        replay = Replay(held.text, held.payload, held.command, held.args, held.warned)
        return then(replay, note)
    if close:
        return stay(note, main_menu(turn))
    menu = main_menu(turn, text, replace=not changed)
    if written is not None:  # «🇵🇱 Odpowiadaj po polsku» first
        switch = Button(turn.services.t(written, "q_switch_to"), f"language:{written}")
        menu.buttons.insert(0, [switch])
    return stay(menu)


async def show_mine(turn: Turn) -> str | None:
    town = own_town.show(turn)  # (a town with no office, where they live: kept at the gate too)
    if not turn.settings.network or turn.session.office not in turn.settings.offices:
        return town
    office = markup.literal(turn.office.label(turn.lang))
    return turn.t("privacy_office", office=office) + (f"\n{town}" if town else "")


async def forget_mine(turn: Turn) -> None:
    """The office and the person's own town are kept in the session, which /forget deletes
    whole."""
