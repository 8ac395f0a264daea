"""Tester 38's search and content misses (docs/search.md, «Tester 38's search misses»): a CUKR
question in English and with the fee, a «wezwanie do uzupełnienia braków» letter (a new part of
legal_stay), a permanent card's fee, a monthly bus ticket, unpaid wages, a kindergarten's cost,
«no places» at the family doctor's, a child at the doctor's without a PESEL. Through the real
search on the shipped content."""

from __future__ import annotations

import pytest

from tests.shipped.conftest import at_once

pytestmark = pytest.mark.slow  # the whole shipped content

UKRAINIANS = ("legal_stay", "Ukrainians with PESEL UKR")
LETTER = (
    "legal_stay",
    "A «wezwanie do uzupełnienia braków» letter: what it is, the deadline",
)
HELP = ("employment", "Help")
BUSES = ("public_transport", "City buses in Starachowice")
COSTS = ("children_school", "Costs")
DOCTOR = ("healthcare", "Family doctor (POZ)")


@pytest.mark.parametrize(
    ("question", "lang", "expected"),
    [
        # F3: «did you mean: Legal stay / University studies / Foreign driving licence» before
        ("how to apply for CUKR card and what is the deadline", "en", UKRAINIANS),
        ("cukr card deadline", "en", UKRAINIANS),
        # F3: the ponaglenie part before (no CUKR fee in it)
        ("скільки коштує CUKR і скільки чекати", "uk", UKRAINIANS),
        ("karta CUKR jak złożyć wniosek", "pl", UKRAINIANS),
        # F7: an accompaniment service, or the 60 days' wait, before
        ("мне пришло вэзванне з ужонду до узупэлненя, что это и сколько дней есть", "ru", LETTER),
        (
            "мне пришло wezwanie do uzupełnienia braków формальных из воеводы, "
            "сколько дней на ответ",
            "ru",
            LETTER,
        ),
        ("dostałam wezwanie do uzupełnienia braków, ile mam dni", "pl", LETTER),
        # F6: the temporary permit's steps, train discounts before
        # (the whole answer, «For the long term» among its parts: a part example with the fee
        # took «скільки коштує карта побиту» from the temporary permit's fees)
        ("скільки коштує карта сталего побиту і коли можна подавати", "uk", ("legal_stay", None)),
        ("ile kosztuje bilet miesięczny w Starachowicach", "pl", BUSES),
        # F11: «did you mean» before
        (
            "шо мені робить, роботодавець не платить вже два місяця і хоче шоб я підписала "
            "umowę заднім числом",
            "uk",
            HELP,
        ),
        ("чи треба платити за садік якшо в мене статус укр", "uk", COSTS),
        ("я не могу записаться к лекарю родзинному, говорят нет мест", "ru", DOCTOR),
        # F19
        ("jak zapisać dziecko do lekarza bez pesel", "pl", DOCTOR),
    ],
)
def test_tester_38s_miss_is_answered_at_once_at_its_part(searcher, question, lang, expected):
    assert at_once(searcher, question, lang) == expected


def test_the_ukrainians_part_keeps_its_cukr_line_in_every_language(searcher):
    """F3: the part shown for a CUKR question says how (MOS), until when and the fees."""
    for lang in ("uk", "ru", "en", "pl"):
        part = searcher.parts.kb.topic(lang, "legal_stay").parts[1]
        assert "mos.cudzoziemcy.gov.pl" in part.text and "2027" in part.text, part.text
        assert "340" in part.text and "100" in part.text


def test_the_letter_part_gives_the_deadline_and_what_missing_it_means(searcher):
    """F7: at least 7 days (KPA art. 64 § 2), left unexamined, where to get help, in every
    language."""
    said = {
        "uk": "без розгляду",
        "ru": "без рассмотрения",
        "en": "unexamined",
        "pl": "bez rozpoznania",
    }
    for lang, words in said.items():
        part = searcher.parts.kb.topic(lang, "legal_stay").parts[13]
        assert "64 § 2" in part.text and "7" in part.text and words in part.text, part.text
        assert "ul. Radomska 45" in part.text, part.text  # (the information point)


def test_the_family_doctor_part_says_what_to_do_without_a_pesel(searcher):
    """F19: the passport's number on the declaration, not only «with your PESEL»."""
    for lang, words in {
        "uk": "паспорта",
        "ru": "паспорта",
        "en": "passport",
        "pl": "paszportu",
    }.items():
        part = searcher.parts.kb.topic(lang, "healthcare").parts[2]
        assert "PESEL" in part.text and words in part.text and "NFZ" in part.text, part.text
