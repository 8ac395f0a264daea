"""`infopoint check` on a content file whose category has no id, or whose topic has no answer,
title or category: the file's and the topic's other problems are named in the same run (they
were checked only once that was fixed: the whole file, or the whole topic, was left out), and a
category's missing id is told the id its topics name. `infopoint run` refuses with the same list
(tests/settings/test_check_content.py runs it)."""

from __future__ import annotations

from tests.settings.test_check_content import edit, run_check
from tests.settings.test_check_content import setup as setup  # noqa: F401 - the fixture


def test_a_category_without_its_id_hides_none_of_the_files_problems(setup, capsys):
    config, content = setup
    path = content / "faq_uk.yaml"
    title = edit(path, "  - id: health\n    title:", "  - title:")
    placeholder = edit(path, "{city_office}", "{citty_office}", "\n  pesel:\n")
    related = edit(path, "      - meldunek", "      - meldunekk", "\n    related:\n")
    code, out = run_check(config, capsys)
    assert code == 2
    text = path.read_text(encoding="utf-8")
    named_at = text[: text.index("    category: health")].count("\n") + 1
    first = text[: text.index("    category: health")].rsplit("\n  ", 1)[1].split(":")[0]
    assert (
        f"faq_uk.yaml:{title}: [categories[1].id] error: missing required key 'id': the topics "
        f"name category 'health', which no category has (topic {first!r} on line {named_at}), "
        "so write `id: health` here, above its title"
    ) in out, out
    assert (
        f"faq_uk.yaml:{placeholder}: [topics.pesel.answer] error: placeholder {{citty_office}} "
        "is not defined in config.yaml — did you mean {city_office}?"
    ) in out
    assert (
        f"faq_uk.yaml:{related}: [topics.pesel.related[0]] error: no topic 'meldunekk' — did you "
        "mean 'meldunek'?"
    ) in out
    # its topics are in the category the id stands in for: not also «no category 'health'»,
    # nor the categories said to differ from the other languages'
    assert "no category 'health'" not in out and "categories differ" not in out
    assert "3 errors" in out


def test_two_categories_without_their_ids_are_each_named_and_hide_nothing(setup, capsys):
    # which id is which is not told (each error names both), but the file is checked with the
    # ids in the order its topics name them: its other problems are named in the same run
    config, content = setup
    path = content / "faq_uk.yaml"
    health = edit(path, "  - id: health\n    title:", "  - title:")
    work = edit(path, "  - id: work\n    title:", "  - title:")
    placeholder = edit(path, "{city_office}", "{citty_office}", "\n  pesel:\n")
    code, out = run_check(config, capsys)
    assert code == 2
    text = path.read_text(encoding="utf-8")

    def first(category: str) -> str:  # the first topic naming it, and its line
        at = text.index(f"    category: {category}\n")
        topic = text[:at].rsplit("\n  ", 1)[1].split(":")[0]
        return f"{category!r} (topic {topic!r} on line {text[:at].count(chr(10)) + 1})"

    both = (
        f"the topics name categories {first('health')}, {first('work')}, which no category "
        "has: write each one's id above its title"
    )
    assert (
        f"faq_uk.yaml:{health}: [categories[1].id] error: missing required key 'id': {both} (the "
        "file is checked as if this were `id: health`)"
    ) in out, out
    assert (
        f"faq_uk.yaml:{work}: [categories[2].id] error: missing required key 'id': {both} (the "
        "file is checked as if this were `id: work`)"
    ) in out, out
    assert f"faq_uk.yaml:{placeholder}: [topics.pesel.answer] error: placeholder" in out
    assert "categories differ" not in out and "no category '" not in out
    assert "3 errors" in out and "warning" not in out, out


def test_a_topic_without_its_answer_title_or_category_hides_none_of_its_problems(setup, capsys):
    config, content = setup
    pl = content / "faq_pl.yaml"
    text = pl.read_text(encoding="utf-8")
    start = text.index("    answer: |\n", text.index("\n  meldunek:\n"))
    meldunek = (
        text[: text.index("\n  meldunek:\n")].count("\n") + 2
    )  # (a key missing: at its topic)
    pl.write_text(text[:start] + text[text.index("    sources:", start) :], encoding="utf-8")
    related = edit(pl, "      - legal_stay", "      - legal_stey", "\n  meldunek:\n")
    checked = edit(pl, "    checked: 2026-11-23", "    checked: 2026-11-31", "\n  meldunek:\n")
    en = content / "faq_en.yaml"
    insurance = (
        edit(
            en,
            "    category: health\n    title: Health insurance (NFZ)\n",
            "",
            "\n  health_insurance:\n",
        )
        - 1
    )
    source = edit(en, "url: https://", "url: http://", "\n  health_insurance:\n")
    code, out = run_check(config, capsys)
    assert code == 2
    for expected in (
        f"faq_pl.yaml:{meldunek}: [topics.meldunek.answer] error: missing required key 'answer'",
        f"faq_pl.yaml:{related}: [topics.meldunek.related[2]] error: no topic 'legal_stey' — did "
        "you mean 'legal_stay'?",
        f"faq_pl.yaml:{checked}: [topics.meldunek.checked] error: 2026-11-31 is not a real date",
        f"faq_en.yaml:{insurance}: [topics.health_insurance.title] error: missing required key",
        f"faq_en.yaml:{insurance}: [topics.health_insurance.category] error: missing required",
        f"faq_en.yaml:{source}: [topics.health_insurance.sources[0].url] error: expected an "
        "https:// link",
    ):
        assert expected in out, (expected, out)
    # what hangs on the answer, title or category left unsaid: no «must start with a bold
    # heading», no parts counted against the other languages, no «no category ''», no
    # «missing here» in the other files
    for unsaid in ("bold heading", "parts (bold headings", "no category", "is missing here"):
        assert unsaid not in out, (unsaid, out)
    assert "6 errors" in out


def test_a_topic_whose_id_is_written_twice_is_asked_about_as_the_one_missing(setup, capsys):
    # a topic copied as a model for another, its id left as it was: the one meant is missing,
    # and the copy kept is not compared with the other languages' (their parts' sources)
    config, content = setup
    path = content / "faq_pl.yaml"
    twice = edit(path, "\n  meldunek:\n", "\n  pesel:\n") + 1
    uk = (content / "faq_uk.yaml").read_text(encoding="utf-8")
    model = uk[: uk.index("\n  meldunek:\n")].count("\n") + 2
    code, out = run_check(config, capsys)
    assert code == 2
    assert f"faq_pl.yaml:{twice}: [topics.pesel] error: `pesel` appears twice" in out, out
    assert (
        "[topics.meldunek] error: topic 'meldunek' is missing here (present in: uk, ru, en): "
        "every language's file has the same topics, so add it here, translated from faq_uk.yaml "
        f"line {model}; or is `pesel:` on line {twice}, written twice, meant to be it?"
    ) in out, out
    assert "other sources than" not in out and "parts (bold headings" not in out
