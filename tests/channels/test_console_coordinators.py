"""The coordinators' chat in the terminal (tester report 11, item 18): a card shown there names
its office; /reply there is not for people's requests, and the terminal says where to reply."""

from __future__ import annotations

from tests.channels.test_console import run_chat
from tests.channels.test_console_staff import turns
from tests.support.network import write_network_config

# South (the second office), a callback request sent
REQUEST = ["2", "/callback", "1", "Olena", "601 234 567", "1", "My son needs PESEL", "1", "1", "1"]


async def test_a_reply_in_the_coordinators_chat_says_where_replies_are_sent_from(tmp_path):
    steps = [*REQUEST, "/as coordinator", "/request 1", "/reply 2 Dzień dobry", "/reply 1 Hi"]
    out = await run_chat(tmp_path, steps, config=write_network_config(tmp_path))
    _, shown, replied, elsewhere = turns(out)[len(REQUEST) :]
    assert "coordinators' chat · message no. 2 ───\n📞 Callback request #T1\n🏢 South" in shown
    # (the terminal's words to the coordinators: in staff.language)
    assert "odpowiedzi do osoby (Prośba o telefon nr T1) wysyła czat punktu Południe" in replied
    assert "Wpisz /as staff south" in replied
    assert "Dzień dobry" not in out.split("/reply 2")[-1]  # nothing reached the person
    assert "Wiadomość nr 1 jest w innym czacie (czat pracowników: Południe)" in elsewhere
    assert "wpisz najpierw /as staff south" in elsewhere


async def test_a_card_shown_in_the_coordinators_chat_is_updated_when_the_office_acts(tmp_path):
    steps = [*REQUEST, "/as coordinator", "/request 1", "/as staff south", "s1"]
    out = await run_chat(tmp_path, steps, config=write_network_config(tmp_path))
    taken = turns(out)[-1]
    assert "staff chat: South · message no. 1 updated ───" in taken
    looked = taken.split("coordinators' chat · message no. 2 updated ───")[1]
    assert "🏢 South\n🙋 Taken by Staff member (terminal)" in looked
    assert "[s" not in looked  # to look only: no buttons there


async def test_an_office_command_in_the_coordinators_chat_says_where_it_works(tmp_path):
    """/seats there names the office chats it works in and what works here (/today too: every
    office's visits); a card shown there says it is only to look at (tester 23, item 16)."""
    steps = [*REQUEST, "/as coordinator", "/seats", "/request 1"]
    out = await run_chat(tmp_path, steps, config=write_network_config(tmp_path))
    seats, shown = turns(out)[len(REQUEST) + 1 :]
    assert "/seats działa w czacie zespołu punktu (Północ, Południe, Wschód): wpisz je tam" in seats
    here = seats.split("tu działają:")[1]
    assert "/requests" in here and "/appointments" in here and "/today" in here
    assert "/seats" not in here
    assert "👀 Only to look at here" in shown and "team chat of South" in shown


async def test_a_button_number_in_the_coordinators_chat_says_cards_there_have_none(tmp_path):
    """s1 there names the lists coordinators have and that their cards have no buttons (tester
    report 25, item 16); a button of an office's card still points to that office's chat."""
    out = await run_chat(tmp_path, ["/as coordinator", "s1"], config=write_network_config(tmp_path))
    said = turns(out)[-1]
    assert "Na czacie koordynatorów karty nie mają przycisków" in said
    assert "listy: /requests, /appointments, /today, /week, /courses" in said
    assert "z poprzedniego uruchomienia" not in said
    steps = [*REQUEST, "/as coordinator", "s1"]
    out = await run_chat(tmp_path / "2", steps, config=write_network_config(tmp_path))
    assert "Przycisk s1 jest na innym czacie (czat pracowników: Południe)" in turns(out)[-1]


async def test_a_single_office_config_does_not_offer_the_coordinators_chat(tmp_path):
    """/as staff with an office id it does not have lists only what works there (tester
    report 25, item 20); a network with a coordinators' chat still offers /as coordinator."""
    out = await run_chat(tmp_path, ["1", "/as staff sopot", "/as coordinator"])
    usage, refused = turns(out)[1:]
    assert "/as person · /as staff" in usage and "/as coordinator" not in usage
    assert "no coordinators' chat" in refused
    steps = ["/as staff sopot"]
    out = await run_chat(tmp_path / "2", steps, config=write_network_config(tmp_path))
    assert "/as coordinator" in turns(out)[-1]
