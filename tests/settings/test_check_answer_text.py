"""`infopoint check` on what an answer says, each at the line of the file where it is written
(not at `answer: |`): a placeholder with a brace missing, a link whose brackets are broken or
that is not https, and, as a warning, a phone number with a digit too few. The numbers the
content writes right (a 9-digit number, +48 with 9, a short number, a sum of money) are not
named."""

from __future__ import annotations

from tests.settings.test_check_content import edit, run_check
from tests.settings.test_check_content import setup as setup  # noqa: F401 - the fixture


def test_an_answers_broken_text_is_named_at_its_own_line(setup, capsys):
    config, content = setup
    path = content / "faq_pl.yaml"
    opened = edit(path, "{city_office}", "{city_office;", "\n  pesel:\n")
    closed = edit(path, "{info_point}", "info_point}", "\n  pesel:\n")
    broken = edit(
        path, "IKP, [pacjent.gov.pl](https", "IKP, [pacjent.gov.pl] (https", "\n  healthcare:\n"
    )
    http = edit(path, "](https://", "](http://", "\n  legal_stay:\n")
    spaced = edit(path, "{city_office}", "{city office}", "\n  meldunek:\n")  # (tester 43, F14)
    phone = edit(path, "\n\n", "\n      Infolinia: 22 123 45 6.\n\n", "\n  healthcare:\n")
    code, out = run_check(config, capsys)
    assert code == 2
    for expected in (
        f"faq_pl.yaml:{opened}: [topics.pesel.answer] error: «{{city_office»: a brace is missing: "
        "write {city_office} (as it is, people would see «{city_office» in the answer)",
        f"faq_pl.yaml:{closed}: [topics.pesel.answer] error: «info_point}}»: a brace is missing: "
        "write {info_point}",
        f"faq_pl.yaml:{spaced}: [topics.meldunek.answer] error: «{{city office}}»: a placeholder "
        "has no spaces — did you mean {city_office}? (as it is, people would see «{city office}» "
        "in the answer)",
        f"faq_pl.yaml:{broken}: [topics.healthcare.answer] error: cannot be sent as it is: broken "
        "link, write [text](https://...)",
        f"faq_pl.yaml:{http}: [topics.legal_stay.answer] error: cannot be sent as it is: link to "
        "'http://",
        f"faq_pl.yaml:{phone + 1}: [topics.healthcare.answer] warning: «22 123 45 6»: a phone "
        "number? It has 8 digits, a number in Poland 9 (+48 and 9): check it against its source",
    ):
        assert expected in out, (expected, out)
    assert "5 errors" in out and "write {city}" not in out and "write {office}" not in out


def test_the_numbers_the_content_writes_right_are_not_named(setup, capsys):
    config, content = setup
    path = content / "faq_en.yaml"
    edit(
        path,
        "\n\n",
        "\n      Lines: 800 190 590, +48 22 628 01 20, 116 111 24/7, 19115; a fee of 10 813,50 zł "
        "on 4.06.2025.\n\n",
        "\n  healthcare:\n",
    )
    code, out = run_check(config, capsys)
    assert "a phone number?" not in out and " error: " not in out, out
