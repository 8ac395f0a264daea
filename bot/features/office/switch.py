"""A message that is just the name of another office of the network, or its city («Sopot»,
«Сопот», «Starachowice» from someone whose office is Opole; «я живу в Сопоті», «w Sopocie»:
nothing else said, in any case, as names.py reads it), typed outside a form: not a
question for the search (which would take «Сопот» for Russian and answer nothing), but the
offer to switch to that office or keep the current one, in the person's language (the
conversation's language stays). The person's own office named: said to be theirs already. A
single office: only the person's own town (own_town.py) is read here, then the search."""

from __future__ import annotations

from dataclasses import replace

from bot.content import towns
from bot.core import markup
from bot.core.dispatch import Turn
from bot.core.flows import Next, Outcome, again, stay
from bot.core.messages import Button, Reply
from bot.features.menu import main_menu
from bot.features.office import gmina, misspelt_in, moved, own_town
from bot.features.office.area import doubtful
from bot.features.office.misspelt import dictionaries
from bot.features.office.names import NAMING_WORDS, all_names, named_alone, read
from bot.search import text as texts
from bot.settings.model import AreaTown

KEEP = "keep"  # office:keep:<office id>: the office stays (office:<id> switches)
TOWN = "town"  # office:keep:<office id>:town:<n>: the office kept, its n-th town the person's
ASKED = "asked"  # office:<id>:asked:<tag>: switch, then the question of that tag answered again
OFFERED = 4  # offices offered at most (a name several begin with)


async def offer(turn: Turn, next_: Next) -> Outcome:
    """The text pipeline's step: an office's name alone offers it; anything else goes on."""
    text = turn.incoming.text or ""
    network = turn.settings.network
    if network and turn.session.office not in turn.settings.offices:
        return await next_()
    if network and text:  # («Аполе» in the first second after a start: misspelt.py)
        await dictionaries(texts.tokens(text), all_names(turn.settings))
    named = named_alone(turn, text)
    if not named:
        before = turn.memory.town  # a town with no office («Kraków», «pesel Wrocław»)
        if (area := gmina.theirs(turn, text, alone=False)) is not None:
            turn.memory.town = area[1].name  # («mieszkam w Mircu, gdzie meldunek?»)
            return gmina.told(turn, _named_in_question(turn, text, await next_()), before)
        noted = await own_town.named(turn, text)
        if noted is not None:
            return noted
        once = own_town.asked(turn, text)  # («meldunek w Krakowie»: for Kraków, not kept)
        if once is None:
            answer = await _misspelt_in_question(turn, text, await next_())
            answer = own_town.under(turn, _named_in_question(turn, text, answer), before)
            return moved.nearer(turn, text, answer)  # («я переїхала до Гдині»: Sopot first)
        turn.memory.town = once
        try:
            return _named_in_question(turn, text, await next_())
        finally:
            turn.memory.town = before
    area = gmina.theirs(turn, text, alone=True)  # («mieszkam w Wąchocku»: that gmina's office)
    abroad = doubtful(turn.settings, texts.tokens(text))  # («я з Бродів»: which Brody?)
    own = abroad is not None and abroad[0] == turn.office.id  # (Brody: the county's own gmina)
    if network and abroad is not None and own and [o.id for o in named] == [abroad[0]]:
        return stay(_own_abroad(turn, abroad[1]))  # (the town kept before stays)
    turn.memory.town = area[1].name if area is not None and abroad is None else None
    if not network:  # («я живу в Стараховицях»: the office's own town, its places are theirs)
        return await next_()  # («я живу в Сопоті»: an office's town, its places are theirs)
    mine = markup.literal(turn.office.label(turn.lang))
    others = [o for o in named if o.id != turn.office.id][:OFFERED]
    if not others:
        said = gmina.noted(turn) or turn.t("office_already", office=mine)
        return stay(main_menu(turn, said))
    if abroad is not None and [o.id for o in others] == [abroad[0]]:
        town = gmina.name(turn, abroad[1])
        named_label = markup.literal(others[0].label(turn.lang))
        ask = turn.t("office_switch_abroad", town=town, named=named_label, office=mine)
    elif len(others) == 1:
        named_label = markup.literal(others[0].label(turn.lang))
        ask = turn.t("office_switch_offer", named=named_label, office=mine)
    else:
        typed = markup.literal(" ".join(text.split()))
        ask = turn.t("office_switch_offer_many", typed=typed, office=mine)
    rows = [
        [Button(turn.t("btn_office_switch", office=o.label(turn.lang)), f"office:{o.id}")]
        for o in others
    ]
    keep = turn.t("btn_office_keep", office=turn.office.label(turn.lang))
    rows.append([Button(keep, f"office:{KEEP}:{turn.office.id}")])
    return stay(Reply(ask, rows))


def _named_in_question(turn: Turn, text: str, answer: Outcome) -> Outcome:
    """A question naming another office, and only that one («ми переїхали в Сопот, де тепер
    робити мельдунек?»): answered, with the offer to switch under the answer (its addresses and
    hours are the person's office's); the switch answers the question again, for that office."""
    named = read(turn, text, short=NAMING_WORDS)
    if named is None or len(named.offices) != 1 or not answer.replies:
        return answer
    if own_town.moved_town(turn, text) is not None:  # («I moved from Sopot to Kielce»: the
        return answer  # office's town is the one left; Kielce's nearest, moved.nearer)
    others = [o for o in named.offices if o.id != turn.office.id]
    if not others:
        return answer
    other = others[0]
    said = turn.t(
        "office_named_in_question",
        named=markup.literal(other.label(turn.lang)),
        office=markup.literal(turn.office.label(turn.lang)),
    )
    asked = turn.memory.asked  # (the question just answered: answered again for that office)
    payload = f"office:{other.id}" + (f":{ASKED}:{asked.tag}" if asked and asked.text else "")
    row = [Button(turn.t("btn_office_switch", office=other.label(turn.lang)), payload)]
    if moved.said_moved(text):  # («я переехала в Сопот, …»: the offer first, above the answer)
        return moved.first(answer, Reply(said, [row]))
    return replace(answer, replies=(*answer.replies, Reply(said, [row])))


async def _misspelt_in_question(turn: Turn, text: str, answer: Outcome) -> Outcome:
    """Under the answer to a question about a topic that names another office's town misspelt
    («песель в opel» from someone of Sopot: misspelt_in.py): «did you mean Opole?» and the
    switch, which answers the question again there."""
    word = misspelt_in.found(turn.settings, text) if answer.replies else None
    if word is None or len(word.offices) != 1 or word.offices[0] == turn.office.id:
        return answer
    if not await misspelt_in.about_topic(turn, misspelt_in.without(text, word), word):
        return answer  # (no topic: «mam problem z opel», a car)
    other = turn.settings.offices[word.offices[0]]
    said = turn.t(
        "office_misspelt_in_question",
        typed=markup.literal(word.typed),
        named=markup.literal(other.label(turn.lang)),
        office=markup.literal(turn.office.label(turn.lang)),
    )
    asked = turn.memory.asked  # (the question just answered: answered again for that office)
    payload = f"office:{other.id}" + (f":{ASKED}:{asked.tag}" if asked and asked.text else "")
    row = [Button(turn.t("btn_office_switch", office=other.label(turn.lang)), payload)]
    return replace(answer, replies=(*answer.replies, Reply(said, [row])))


def _own_abroad(turn: Turn, town: AreaTown) -> Reply:
    """«я з Бродів» from a person of the office whose gmina Brody is: maybe the town abroad, so
    nothing changes unless they tap that they live in the gmina (`office:keep:<id>:town:<n>`);
    its own office said either way."""
    menu = main_menu(turn, gmina.said(turn, "office_own_abroad", town))
    payload = f"office:{KEEP}:{turn.office.id}:{TOWN}:{turn.office.towns.index(town)}"
    label = turn.t("btn_own_gmina", town=towns.shown(town.name, turn.lang))
    menu.buttons.insert(0, [Button(label, payload)])
    return menu


def keep(turn: Turn) -> Outcome:
    """«Stay with Opole»: nothing changes (an office changed meanwhile stays too); in a form,
    its question is asked again. `office:keep:<id>:town:<n>`: the office's n-th town of its area
    is where the person lives («🏠 I live in the gmina of Brody»), said as naming it is."""
    mine = markup.literal(turn.office.label(turn.lang))
    args = turn.args
    if len(args) == 4 and args[1:3] == (turn.office.id, TOWN) and args[3].isdigit():
        area = turn.office.towns[int(args[3])] if int(args[3]) < len(turn.office.towns) else None
        if area is not None and not turn.asking:
            turn.memory.town = area.name
            return stay(main_menu(turn, gmina.noted(turn)))
    gmina.follow(turn)  # («mieszkam w Wąchocku», then «Stay with Opole»: not Opole's gmina)
    if turn.asking:
        return again(Reply(turn.t("office_kept_in_flow", office=mine)))
    return stay(main_menu(turn, turn.t("office_kept", office=mine)))
