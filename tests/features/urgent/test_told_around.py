"""Danger told in a roundabout way, as danger50 found it missed (its sentences are not these): a
person gone somewhere and then no word (phone off, silent for days), a fraud call still on the
line, a theft minutes ago, things given away and a farewell note, harm promised on a
condition, a debt to work off, made to sleep with clients. Each gets its kind's lines first, in
the language it is written in; and what only sounds so gets none: an office that does not
answer, a colleague's unanswered emails, a neighbour's threat of the police, a deposit kept,
«no strength» left for the queue, a fraud told afterwards (the search answers it). English as a
second language (danger51's kinds, not its sentences): «lock», «try», «swallow», «choke» in the
table's other forms, «not come back since yesterday»; and still nothing for «kick me out», «take
all my vitamins», a break-in last year, «not come home for lunch since she started»."""

from __future__ import annotations

from tests.features.urgent.test_screen import nothing_unanswered
from tests.support.dialogue import Dialogue

EXPLOITATION = "urgent_exploitation"
AROUND = [
    # a missing person: gone, then no word, phone off, silent for days
    ("uk", "сестра поїхала до Кракова в понеділок і відтоді телефон поза зоною", "urgent_missing"),
    ("ru", "племянник уехал на заработки, уже неделю ни слуху ни духу", "urgent_missing"),
    ("en", "my cousin has been gone since tuesday and his phone is dead", "urgent_missing"),
    ("pl", "współlokator nie odzywa się od czterech dni", "urgent_missing"),
    ("ru", "сын ушел в школу и не дошел, учитель говорит его не было", "urgent_missing"),
    ("en", "my wife left for work yesterday and never arrived", "urgent_missing"),
    # a crime now: a fraud call still going, someone in the car, a theft minutes ago
    ("uk", "зараз дзвонить чоловік з банку, я досі на лінії з ним", "urgent_crime"),
    ("ru", "в машине во дворе кто-то роется, мы смотрим с балкона", "urgent_crime"),
    ("en", "someone stole my phone 2 minutes ago on the bus", "urgent_crime"),
    ("pl", "dzwoni ktoś z banku, nadal jest na linii, co robić", "urgent_crime"),
    # thoughts of suicide seen by someone close: things given away, not eating, a farewell
    ("uk", "мама роздала всі свої речі і перестала їсти", "urgent_suicide"),
    ("ru", "он сказал что скоро его не будет и раздал вещи", "urgent_suicide"),
    ("en", "she wrote me a farewell note and left", "urgent_suicide"),
    ("pl", "brat rozdał wszystkie swoje rzeczy i nic nie je", "urgent_suicide"),
    ("en", "i am a burden to everyone", "urgent_suicide"),
    ("pl", "jestem dla wszystkich ciężarem", "urgent_suicide"),
    # harm promised on a condition, an ex who found the address
    ("uk", "кажуть що якщо не заплачу то спалять хату", "urgent_help"),
    ("ru", "сказали что если не уеду, мне сломают руки", "urgent_help"),
    ("en", "he said if i dont pay he will break my legs", "urgent_help"),
    ("pl", "były znalazł gdzie mieszkam i pisze że przyjedzie", "urgent_help"),
    ("uk", "мене хочуть вбити", "urgent_help"),
    ("ru", "меня хотят убить", "urgent_help"),
    ("en", "my boss said i will disappear if i talk", "urgent_help"),
    ("uk", "чую кроки в квартирі, а я сама вдома", "urgent_crime"),
    # forced labour and trafficking: brought «for work», made to sleep with clients, a debt
    ("uk", "сестру привезли нібито працювати в готелі, а змушують до проституції", EXPLOITATION),
    ("ru", "девушек заставляют спать с клиентами, паспорта забрали", EXPLOITATION),
    ("en", "the boss took our passports and we are not allowed to leave", EXPLOITATION),
    ("pl", "mówią że jesteśmy winni za przejazd, nie puszczą dopóki nie odpracujemy", EXPLOITATION),
    # English as a second language (danger51 found it missed): a verb in another form than the
    # table's, not back said without its auxiliary and with a day named, papers kept and not let go
    ("en", "my sister not come back home since yesterday night, phone is off", "urgent_missing"),
    ("en", "our son has not return since monday, we search everywhere", "urgent_missing"),
    ("en", "the coordinator keep our documents and not let us leave the hostel", EXPLOITATION),
    ("en", "my boss lock me inside the factory at night", EXPLOITATION),
    ("en", "somebody try to open the door of my flat right now", "urgent_crime"),
    ("en", "two men are smashing the windows of our car", "urgent_crime"),
    ("en", "my friend swallow a lot of tablets and is not answering", "urgent_suicide"),
    ("en", "my father in law choke me and push me on the wall", "urgent_help"),
]

ONLY_SOUNDS_SO = [
    "чоловік поїхав на роботу, а ужонд не відповідає вже тиждень",
    "колега не відповідає на листи вже тиждень",
    "my colleague has been gone for a week on holiday",
    "if i dont pay the fine will they post my name",
    "сусід погрожує викликати поліцію через гучну музику",
    "landlord threatens to keep the deposit because of a stain",
    "właściciel grozi że nie odda kaucji",
    "я так втомилась від цієї черги в ужонді, сил немає",
    "my passport expired and i can't go to my embassy",
    "a caller said he was from the bank and told me to move money to a safe account, what now",
    "my parcel never arrived",
    "посилка не дійшла до дому",
    "i am a burden on the system, can i get benefits",
    "ця черга мене хоче вбити",
    "i hear footsteps upstairs every night, noisy neighbours",
    "the landlord locks the door at 10pm, can he keep my passport?",
    # English verbs in every form, and still not these
    "my landlord want to kick me out, is it legal",
    "should i take all my vitamins in the morning",
    "my brother did not come to Poland yet, how can he get a visa",
    "someone broke into my car last year, is the insurance paying",
    "my wife not come home for lunch since she started the new job, can she get meal vouchers",
    "the lock is broken in my flat, who should repair it",
    "my son tried to open a bank account but they refused",
]


async def test_danger_told_in_a_roundabout_way_gets_its_kinds_lines_in_its_language(app):
    """Each written by a new person: the lines of its kind come first, in the message's
    language, with the urgent call under them; nothing is left for /unanswered."""
    for at, (lang, text, key) in enumerate(AROUND):
        person = Dialogue(app.core, user_id=str(5000 + at), language_hint=lang)
        await person.send(text)
        first = person.replies[0]
        assert first.text.startswith(app.services.t(lang, key)), (text, person.text)
        assert any(b.payload == "callback" for row in first.buttons for b in row), text
    assert await nothing_unanswered(app)


async def test_what_only_sounds_like_it_gets_no_lines(app):
    for at, text in enumerate(ONLY_SOUNDS_SO):
        person = Dialogue(app.core, user_id=str(5050 + at))
        await person.send(text)
        for reply in person.replies:
            assert not reply.text.startswith(("🚨", "🚑")), (text, person.text)
