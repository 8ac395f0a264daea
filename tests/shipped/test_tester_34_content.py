"""Tester 34's content items on the example network (examples/network.yaml, the shipped
content), at the county's Refugee Help Centre: a Belarusian diploma is not offered the
translation of Ukrainian documents (the line says which languages it is for); «what to bring to
the lawyer?» after booking its legal advice names the appointment and the `bring:` list. Opole's
own translation (Ukrainian and Russian documents) is offered for a diploma from Minsk, not from
Tbilisi."""

from __future__ import annotations

import pytest

from tests.support.dialogue import Dialogue, StaffMember

pytestmark = pytest.mark.slow  # the whole shipped content


async def test_a_belarusian_diploma_is_not_offered_the_ukrainian_translation(network):
    person = Dialogue(network.core, user_id="t34-diploma", language_hint="uk")
    await person.send("/start starachowice_county")
    await person.payload("language:uk")
    await person.send("переклад білоруського диплома")
    assert "лише для таких мов: українська" in person.text, person.text
    assert not any(b.payload == "service:translation" for b in person.buttons)


async def test_what_to_bring_to_the_lawyer_after_booking(network):
    person = Dialogue(network.core, user_id="t34-lawyer", language_hint="uk")
    await person.send("/start starachowice_county")
    await person.payload("language:uk")
    await person.payload("appt:open:legal_advice")
    await person.payload("person:agree")
    await person.send("мені відмовили в карті побиту, маю лист від воєводи")
    await person.send("Олена Коваленко")
    await person.send("601 234 567")
    await person.payload(
        next(b.payload for b in person.buttons if b.payload.startswith("appt:send:"))
    )
    county = network.services.settings.office("starachowice_county")
    staff = StaffMember(
        network.core, chat_id=str(county.staff_chat_id), topic_id=str(county.staff_topic_id)
    )
    await staff.payload("apptq:approve:1")
    pick = next(b.payload for b in staff.buttons if b.payload.startswith("apptq:pick:1:"))
    await staff.payload(pick)
    await staff.press("Zaproponuj zaznaczony")
    await person.payload("appt:take:1:0")
    await person.send("що взяти з собою до юриста?")
    assert "🎒" in person.text and "карту побиту чи рішення, якщо маєте" in person.text, person.text
    assert "Юридична консультація" in person.text


async def test_opole_translates_ukrainian_and_russian_documents(network):
    """Opole's own translation (the CIC's; its languages an example): a diploma from Minsk,
    whose documents are often in Russian, is offered it; a Georgian one is told its languages."""
    minsk = Dialogue(network.core, user_id="t34-minsk", language_hint="ru")
    await minsk.send("/start opole")
    await minsk.payload("language:ru")
    await minsk.send("перевод диплома из Минска")
    assert any(b.payload == "service:translation" for b in minsk.buttons), minsk.text
    await minsk.payload("service:translation")
    assert "🌐" in minsk.text and "украинский, русский" in minsk.text, minsk.text
    tbilisi = Dialogue(network.core, user_id="t34-tbilisi", language_hint="pl")
    await tbilisi.send("/start opole")
    await tbilisi.payload("language:pl")
    await tbilisi.send("tłumaczenie dyplomu z Tbilisi")
    assert "obejmuje tylko te języki: ukraiński, rosyjski" in tbilisi.text, tbilisi.text
    assert not any(b.payload == "service:translation" for b in tbilisi.buttons)
