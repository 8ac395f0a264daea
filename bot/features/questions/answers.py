"""Free-text questions: the answer at once (the part that answers the question first, the
alternatives under it), "did you mean" when no topic is clearly ahead, or a plain "I don't
know"; the same question again in another language. The matching itself lives in bot.search."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.core import markup
from bot.core.choices import BACK
from bot.core.dispatch import Turn
from bot.core.flows import Next, Outcome, Replay, stay, then
from bot.core.messages import Button, Expired, Reply
from bot.core.session import AskedQuestion
from bot.features import urgent
from bot.features.booking import asked_reply as booking_asked
from bot.features.hours import asks_today, hours_reply
from bot.features.menu import (
    main_menu,
    nav_row,
    topic_at,
    topic_reply,
)
from bot.features.office import supported, without_names
from bot.features.questions import beside as also
from bot.features.questions import emoji, follow, typed
from bot.features.questions.language import (
    follow_language,
    followed_reply,
    other_language,
    switch_row,
    unoffered,
)
from bot.features.questions.replies import (
    ACTION_LABELS,
    ACTION_PAYLOADS,
    appointment,
    command,
    smalltalk,
)
from bot.features.questions.searched import searched_as
from bot.search import Match, Result
from bot.storage import unanswered as store

BARE_NUMBER = re.compile(r"[#№]?\s*\d{1,6}\s*[.)]?")  # «25», «0», «#3», «2.»


async def answer(turn: Turn, next_: Next) -> Outcome:
    """The last step of the text pipeline: answer from the knowledge base (emoji alone: a short
    reply, emoji.py; «menu», «оператор» alone: the main menu, the way to a person; «назад»,
    «back» alone: the screen before, typed.py)."""
    question = (turn.incoming.text or "").strip()
    felt = emoji.kind(question)
    if felt is not None:
        return stay(emoji.reply(turn, felt))
    if (back := typed.back(question, turn.session)) is not None:
        return then(Replay(payload=back))  # as if its button were tapped: the same reply
    if (act := typed.yes_to(question, turn.session)) is not None:  # «tak» at «Request this help»
        return then(Replay(payload=act))
    wants = typed.asked(question)
    if wants == "menu":
        return stay(main_menu(turn, turn.t("main_menu")))
    if wants == "person":
        return stay(appointment(turn))
    if wants in ("greeting", "upset"):  # («алло»; «бот тупий»: as 👋 and 😡 are answered)
        return stay(emoji.reply(turn, wants))
    return await _answer(turn, question)


async def in_language(turn: Turn) -> Outcome:
    """`answer:lang:<code>` ("🇬🇧 Answer me in English" under an answer): switch the language
    and answer the same question again in it."""
    code = turn.args[0] if turn.args else ""
    if code not in turn.settings.languages:
        raise Expired("answer:lang")
    turn.session.language = code
    turn.session.language_chosen = True
    asked = turn.memory.asked
    if asked is None or not asked.text:
        return stay(main_menu(turn, turn.t("language_set")))
    return await _answer(turn, asked.text)


async def _answer(turn: Turn, question: str, *, again: bool = False) -> Outcome:
    """`again`: the candidates shown again («« Back» from one opened): not kept as unsure."""
    searcher = await turn.services.search.ready(turn.office.id)
    if searcher is None or not question:
        return stay(main_menu(turn, turn.t("no_search")))
    if unoffered(question) and not turn.screened:  # («Merhaba, PESEL nasıl alabilirim?»)
        return stay(other_language(turn, nav_row(turn, None)))
    followed_up = await follow.answer(turn, searcher, question)  # («а скільки це коштує?»)
    if followed_up is not None:
        return stay(followed_up)
    first = follow.offered_first(turn, question)  # («а для дитини?» after meldunek: offered)
    searched = searched_as(question)
    result: Result = await turn.services.search.search(searcher, searched, turn.lang)
    without = without_names(turn.settings, searched)  # «pesel opole»: not Opole's bus card
    if without != searched:
        result = supported(result, await turn.services.search.search(searcher, without, turn.lang))
    if first is not None:
        result = follow.first(result, first)
    if result.smalltalk:
        return stay(smalltalk(turn, question, result))
    if result.command and result.best is not None:
        if result.best.id == "appointment":  # «хочу записатися на прийом»: Book first
            return await booking_asked(turn, question)
        return stay(command(turn, result.best.id, result.language))
    best = result.best
    # (the danger screen may have followed it already: urgent.spoken.follow; no topic found
    # for a sentence: «I have no answer» in the language of the question, tester 40's F7)
    screened = urgent.marked_now(turn) or turn.screened
    unfollowed = best is None and (screened or not result.sentence)  # («tue»: no sentence)
    followed = None if unfollowed else follow_language(turn, result) or turn.followed
    turn.memory.asked = AskedQuestion(question, result.lang or turn.lang)  # (after: not before)
    switch = switch_row(turn, followed or (result.lang if result.lang_sure else None))
    action = best is not None and best.is_action  # («no point anymore»: not the office's hours)
    beside = await also.offered(turn, searcher, question) if turn.screened else None
    if beside is not None:  # an emergency's lines, and the other matters of the message under them
        return stay(beside)
    if screened and (not result.confident or action):
        # a cry for help, an ambulance: the lines urgent.screen shows are the answer, not
        # "I don't know" nor guesses («не хочу більше жити» is not about 800+ or housing);
        # fear beside a matter («мені погрожують депортацією»): the matter offered under them
        if not result.matches or not urgent.kinds.matter_beside(question):
            return stay()
        rows = [[button(turn, m, turn.memory.asked)] for m in result.matches]
        return stay(Reply(turn.t("urgent_matter"), [*rows, *switch, nav_row(turn, None)]))
    if best is None and BARE_NUMBER.fullmatch(question):
        # «25», «0» (a button's number, with no such button): a hint, not a question for staff
        hint = turn.t("q_bare_number", number=markup.literal(question))
        return stay(main_menu(turn, hint))
    if best is None:
        kind = store.OFF_TOPIC if result.off_topic else store.NO_MATCH
        await store.add(
            turn.tx,
            turn.now,
            question,
            result.lang or turn.lang,
            kind,
            subject=turn.subject,
            office=turn.office.id,
        )
        turn.unanswered = True  # (a service the question names replaces the reply: services)
        reply = main_menu(turn, turn.t("q_no_match"))
        reply.buttons = switch + reply.buttons
        return stay(followed_reply(turn, followed, reply))
    if not result.confident:
        turn.unsure = True  # (a service the question names comes first: services)
        rows = [[button(turn, m, turn.memory.asked)] for m in result.matches]
        rows += switch + _person_row(turn, result.matches) + [nav_row(turn, None)]
        said = turn.t("q_did_you_mean") if first is None else follow.none_for_a_child(turn, first)
        if turn.subject and not again:  # (for /unanswered until a candidate is tapped)
            language = result.lang or turn.lang
            await store.unsure(turn.tx, turn.now, question, language, turn.subject, turn.office.id)
        return stay(followed_reply(turn, followed, Reply(said, rows)))
    if best.id == "contact_hours":
        # («а где этот пункт?»: the places first; «ви зараз відкриті?»: today's answer first)
        now = asks_today(question)  # («в суботу?»: that day's hours first: hours/day_asked.py)
        reply = await hours_reply(turn, places_first=result.place, now=now, asked=question)
    elif best.id == "appointment" and result.booking:  # «запишіть мене на четвер»: Book first
        return _followed(turn, followed, switch, await booking_asked(turn, question))
    elif best.id == "appointment":  # («можна дзвінок? я не розумію польську»: in Ukrainian)
        reply = appointment(turn, _call_language(turn, result) if result.unspoken else None)
    else:
        reply = _topic_answer(turn, question, result)
    reply.buttons = switch + reply.buttons
    return stay(followed_reply(turn, followed, reply))


def _followed(
    turn: Turn, followed: str | None, switch: list[list[Button]], out: Outcome
) -> Outcome:
    """`out` with its first reply as an answer's: the language followed said, the switch row
    (a day's times opened, no reply of its own: said above them)."""
    if not out.replies:
        return (
            out
            if followed is None
            else replace(out, replies=(Reply(turn.t("q_followed"), switch),))
        )
    first = out.replies[0]
    first.buttons = switch + first.buttons
    return replace(out, replies=(followed_reply(turn, followed, first), *out.replies[1:]))


def _topic_answer(turn: Turn, question: str, result: Result) -> Reply:
    """The first topic's answer (the asked part first, the whole answer a tap away); under it
    the topic of a second question in the same message (search/two.py: «… and how to open a
    bank account»), then the other candidates ("Not what you asked?") or, when there are none,
    «Was this helpful?»."""
    best = result.matches[0]
    turn.memory.question = AskedQuestion(question, result.lang or turn.lang)
    turn.memory.answered(best.id, turn.now, result.part)
    rows: list[list[Button]] = []
    if result.part is not None:
        rows.append([Button(turn.t("btn_whole_answer"), f"topic:{best.id}")])
    other = result.other if result.other and turn.kb.topic(turn.lang, result.other.id) else None
    also = (
        "\n\n" + turn.t("q_also_asked", topic=markup.literal(_title(turn, other))) if other else ""
    )
    if other is not None:  # («… and how to open a bank account»: the other question's topic)
        rows.append([button(turn, other, turn.memory.question)])
    others = [m for m in result.alternatives if not m.is_action and m.id != (other and other.id)]
    if others:
        rows += [[Button(_title(turn, m), f"feedback:other:{m.id}")] for m in others]
        rows.append([Button(turn.t("btn_person"), "callback")])
        reply = topic_reply(turn, best.id, rows, part=result.part, related=False)
        reply.text += also + "\n\n" + turn.t("q_not_what_you_asked")
        return _all_it_says(turn, result, reply)
    rows.append(
        [
            Button(turn.t("btn_helpful_yes"), f"feedback:yes:{best.id}"),
            Button(turn.t("btn_helpful_no"), f"feedback:no:{best.id}"),
        ]
    )
    reply = topic_reply(turn, best.id, rows, part=result.part, related=other is None)
    reply.text += also + "\n\n" + turn.t("q_was_helpful")
    return _all_it_says(turn, result, reply)


def _all_it_says(turn: Turn, result: Result, reply: Reply) -> Reply:
    """A part that is all the content says about what was asked («I need a doctor who speaks
    english»: the doctors' «Pitfalls»): said so above it, the way to a person under it, as a
    follow-up that gets the same part again is answered (follow.py)."""
    if not result.all_it_says or not result.matches:
        return reply
    topic = turn.kb.topic(turn.lang, result.matches[0].id)
    if topic is None:
        return reply
    said = turn.t("q_follow_same", topic=markup.literal(topic.title))
    reply.text = f"{said}\n\n{reply.text}"
    if not any(b.payload == "callback" for row in reply.buttons for b in row):
        reply.buttons.insert(1, [Button(turn.t("btn_callback"), "callback")])
    return reply


def _call_language(turn: Turn, result: Result) -> str:
    """The language a call can be in for someone who does not understand another: the one the
    message is surely written in, else the person's."""
    written = result.lang if result.lang_sure else None
    return written if written is not None and written in turn.settings.languages else turn.lang


def _person_row(turn: Turn, matches: tuple[Match, ...]) -> list[list[Button]]:
    """The callback button, unless a callback is already among the candidates («can I talk to a
    human» offers it once)."""
    if any(m.id == "appointment" for m in matches):
        return []
    return [[Button(turn.t("btn_callback"), "callback")]]


def button(turn: Turn, match: Match, asked: AskedQuestion) -> Button:
    """A candidate for the question `asked`: an action, or a topic (`answer:topic:<id>:<tag>`,
    `candidate` below) that opens at the part the question asks about."""
    if match.is_action:
        return Button(turn.t(ACTION_LABELS[match.id]), ACTION_PAYLOADS[match.id])
    return Button(_title(turn, match), f"answer:topic:{match.id}:{asked.tag}")


async def candidate(turn: Turn) -> Outcome:
    """`answer:topic:<id>:<tag>`, a candidate tapped: the topic's answer, opened at the part of
    it the question asks about (the whole answer a tap away), or at its start. The part is
    found now, for the one tapped, not for every candidate shown (at 1,000 topics each is a
    read from disk). `<tag>` names the question: the button of an earlier question than the
    last one opens the whole answer."""
    if len(turn.args) != 2 or turn.kb.topic(turn.lang, turn.args[0]) is None:
        raise Expired("answer:topic")
    topic_id, tag = turn.args
    asked = turn.memory.asked
    searcher = turn.services.search.current(turn.office.id)
    part = None
    if asked is not None and asked.tag == tag and turn.subject:  # (no longer unanswered)
        await store.followed(turn.tx, turn.subject, asked.text)
    if asked is not None and asked.tag == tag and searcher is not None:
        part = await turn.services.search.part_of(searcher, asked.text, topic_id)
    reply = topic_at(turn, topic_id, part)
    if asked is not None and asked.tag == tag:  # «« Back»: to the candidates, not the category
        for row in reply.buttons:
            row[:] = [
                replace(b, payload=f"answer:again:{tag}") if b.means == BACK else b for b in row
            ]
    return stay(reply)


async def again_asked(turn: Turn) -> Outcome:
    """`answer:again:<tag>`, «« Back» under a candidate's answer: the question's «did you mean»
    again, so the other candidates can be read too; a button of an earlier question: the
    main menu."""
    asked = turn.memory.asked
    if not turn.args or asked is None or asked.tag != turn.args[0] or not asked.text:
        return stay(main_menu(turn, turn.t("main_menu")))
    return await _answer(turn, asked.text, again=True)


def _title(turn: Turn, match: Match) -> str:
    topic = turn.kb.topic(turn.lang, match.id)
    return topic.title if topic else match.id
