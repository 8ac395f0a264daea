"""The terminal's --lang is the platform's language (Telegram's app language), not a choice:
a sentence clearly in another of the four languages is answered in that one."""

from __future__ import annotations

from tests.channels.test_console import run_chat
from tests.support.network import write_network_config


def turns(out: str) -> list[str]:
    return out.split("person> ")[1:]


async def test_a_ukrainian_sentence_under_an_english_app_is_answered_in_ukrainian(tmp_path):
    out = await run_chat(
        tmp_path, ["як зробити песель для дитини", "а скільки це коштує?", "/mydata"], lang="en"
    )
    first, second, mydata = turns(out)[:3]
    assert "PESEL" in first and "Офіційні джерела" in first and "Official sources" not in first
    assert "Ви пишете українською" in first  # said once, with the way back as a button
    assert "/language" in first and "попередню" not in first  # (tester 33: none before)
    assert "🇬🇧 Reply in English" in first and "Відповідати українською" not in first
    assert "Офіційні джерела" in second and "Ви пишете українською" not in second
    assert "Мова: українська (з налаштувань застосунку або з мови ваших повідомлень" in mydata


async def test_the_button_under_a_followed_answer_brings_the_platform_language_back(tmp_path):
    out = await run_chat(tmp_path, ["як зробити песель для дитини", "1", "/mydata"], lang="en")
    back, mydata = turns(out)[1:3]
    assert "Official sources" in back and "PESEL" in back  # the same question, in English
    assert "Language: English (chosen by you)" in mydata


async def test_a_transliterated_russian_sentence_is_answered_in_russian(tmp_path):
    out = await run_chat(tmp_path, ["kak poluchit kartu pobytu"], lang="en")
    answer = turns(out)[0]
    assert "Официальные источники" in answer and "Вы пишете по-русски" in answer
    assert "🇬🇧 Reply in English" in answer


async def test_a_chosen_language_stays_with_the_other_one_a_tap_away(tmp_path):
    out = await run_chat(tmp_path, ["11", "3", "як зробити песель для дитини"], lang="en")
    answer = turns(out)[2]
    assert "Official sources" in answer and "Ви пишете українською" not in answer
    assert "🇺🇦 Відповідати українською" in answer


async def test_a_polish_name_of_a_thing_stays_in_the_platform_language(tmp_path):
    out = await run_chat(tmp_path, ["pesel dla dziecka"], lang="en")
    answer = turns(out)[0]
    assert "Official sources" in answer and "🇵🇱 Odpowiadaj po polsku" in answer


async def test_pressing_an_office_of_a_network_does_not_choose_the_platform_language(tmp_path):
    # tester 39, F5: a phone in Polish, the office pressed on the first screen, a Ukrainian
    # question: answered in Ukrainian, as in a single office's bot
    config = write_network_config(tmp_path)
    steps = ["1", "привіт, мені потрібен песель для дитини", "/mydata"]
    out = await run_chat(tmp_path, steps, lang="pl", config=config)
    first = out.split("person> ")[0]
    office, answer, mydata = turns(out)[:3]
    assert "Który punkt informacyjny jest Twój?" in first and "✅ Język" not in first
    assert "Twój punkt informacyjny" in office
    assert "Ви пишете українською" in answer and "🇵🇱 Odpowiadaj po polsku" in answer
    assert "Мова: українська (з налаштувань застосунку або з мови ваших повідомлень" in mydata


async def test_surzhyk_keeps_the_language_so_far_and_clearly_russian_switches(tmp_path):
    # tester 39, F8: answered in Ukrainian, a uk/ru mix («шо», «где ее») stays in Ukrainian, with
    # the Russian a tap away, and no notice on every message; a message clearly in Russian
    # (nothing Ukrainian in it) is followed, as before
    steps = [
        "як зробити песель",
        "а шо там по страховке, где ее взять",
        "а як зараз з роботою",
        "где взять страховку",
    ]
    first, mixed, ukrainian, russian = turns(await run_chat(tmp_path, steps, lang="uk"))[:4]
    assert "Офіційні джерела" in first
    assert "Офіційні джерела" in mixed and "Вы пишете по-русски" not in mixed
    assert "Отвечать по-русски" in mixed
    assert "Офіційні джерела" in ukrainian and "пишете" not in ukrainian
    assert "Вы пишете по-русски" in russian and "Официальные источники" in russian
