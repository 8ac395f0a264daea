"""The twenty-sixth session's content (docs/content-review.md, «The twenty-sixth session's
check»): questions testers asked that had no answer, now answered at once at their own part, as
`infopoint ask` prints it on the shipped content, and the newborn's residence permit no longer
taken by family reunification."""

from __future__ import annotations

import pytest

from tests.shipped.test_known_gaps import english_heading, plain, reply

pytestmark = pytest.mark.slow  # the whole shipped content

DZIELO = "Umowa o dzieło or umowa zlecenia as the basis of the permit"
EARNINGS = "Certificate of employment and earnings (zaświadczenie o zatrudnieniu i zarobkach)"
XRAY = "Chest X-ray (prześwietlenie płuc) and medical certificates"
NEWBORN = "A child born in Poland: residence permit"


def answered_at(question: str, lang: str) -> tuple[str | None, str | None]:
    """The topic answered at once (None: only «did you mean») and its part, in English."""
    got = reply(question, lang)
    if not got["confident"]:
        return None, None
    topic = got["matches"][0]["id"]
    return topic, english_heading(topic, got.get("part"), lang)


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("можно ли получить карту побыту по умове о дзело", "ru"),
        ("чи дадуть карту побиту, якщо в мене умова о дзєло", "uk"),
    ],
)
def test_a_contract_for_specific_work_and_a_residence_card(question, lang):
    """«можно ли с умовой о дзело получить карту побыту» opened «For the long term»: now the
    part says such a contract counts as work since June 2025 (Dz.U. 2025 poz. 621), that it
    brings no NFZ insurance, and to ask the voivode before applying."""
    assert answered_at(question, lang) == ("legal_stay", DZIELO)
    assert "Dz.U. 2025 poz. 621" in plain(question, lang)


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("зашвядчене о заробках де взяти", "uk"),
        ("где получить зашвядчене о заробках", "ru"),
        ("where do i get a certificate of earnings", "en"),
        ("skąd wziąć zaświadczenie o zarobkach", "pl"),
    ],
)
def test_a_certificate_of_earnings_is_asked_for_at_work(question, lang):
    """«зашвядчене о заробках» had no answer: the employer's certificate, who issues it, what
    for (a residence permit's income among others), not the świadectwo pracy."""
    assert answered_at(question, lang) == ("employment", EARNINGS)
    assert "RMUA" in plain(question, lang)


@pytest.mark.parametrize(
    ("question", "lang", "sanepid"),
    [
        (
            "чи треба флюорографія іноземцю",
            "uk",
            "orzeczenie do celów sanitarno-epidemiologicznych",
        ),
        (
            "нужна ли флюорография для работы",
            "ru",
            "orzeczenie do celów sanitarno-epidemiologicznych",
        ),
        ("do i need a chest x-ray to work in poland", "en", "Salmonella and Shigella"),
        ("czy potrzebne jest prześwietlenie płuc do pracy", "pl", "Salmonella i Shigella"),
    ],
)
def test_a_chest_x_ray_is_answered_with_what_the_rules_ask(question, lang, sanepid):
    """A chest X-ray had no answer: no official list for a visa or a residence permit asks for
    one; work with food needs the sanitary-epidemiological certificate (stool tests). A part of
    Health insurance: in Doctors it cost healthcare questions their answer at once, in Work the
    labour office's, in Legal stay a permanent card's part."""
    assert answered_at(question, lang) == ("health_insurance", XRAY)
    assert sanepid in plain(question, lang)


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("синок народився тут, як оформити йому легальне перебування", "uk"),
        ("our son was born in poland, does he need a residence permit", "en"),
    ],
)
def test_a_newborns_residence_permit_is_not_family_reunification(question, lang):
    """family_reunification kept examples of a child born in Poland after legal_stay got the
    child's own part: they drew the newborn's permit there (en) or left it a «did you mean»
    (uk); now legal_stay answers at once, at the child's part."""
    assert answered_at(question, lang) == ("legal_stay", NEWBORN)
