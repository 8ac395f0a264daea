"""The neutral markup: what users typed stays literal; long texts split without breaking tags."""

from __future__ import annotations

from bot.core import markup


def test_user_text_is_never_read_as_markup_or_html():
    typed = "**free money** [click](https://evil.example) <script>&"
    html = markup.to_html(f"Name: {markup.literal(typed)}")
    assert "<b>" not in html and "<a " not in html and "<script>" not in html
    assert "&lt;script&gt;&amp;" in html
    assert markup.to_plain(markup.literal(typed)) == typed


def test_bold_and_links_render_for_telegram_and_as_plain_text():
    text = "**PESEL** at [gov.pl](https://www.gov.pl/web/gov)"
    assert markup.to_html(text) == '<b>PESEL</b> at <a href="https://www.gov.pl/web/gov">gov.pl</a>'
    assert markup.to_plain(text) == "PESEL at gov.pl (https://www.gov.pl/web/gov)"


def test_problems_are_found():
    assert markup.problems("fine **bold** and [x](https://a.b)") == []
    assert any("unpaired" in p for p in markup.problems("**open"))
    assert any("not https" in p for p in markup.problems("[x](http://a.b)"))


def test_long_text_is_split_below_the_limit_between_lines():
    paragraph = "**Step.** " + "word " * 150
    text = "\n\n".join([paragraph] * 20)

    def measure(part: str) -> int:
        return len(markup.to_html(part))

    parts = markup.split(text, 4096, measure)
    assert len(parts) > 1
    assert all(measure(p) <= 4096 for p in parts)
    assert all(markup.problems(p) == [] for p in parts)
    assert "".join(p.replace("\n", "") for p in parts) == text.replace("\n", "")


def test_a_single_huge_line_is_cut_between_words():
    line = "слово " * 2000
    parts = markup.split(line, 4096, lambda p: len(markup.to_html(p)))
    assert all(len(markup.to_html(p)) <= 4096 for p in parts)
    assert " ".join(markup.to_plain(p) for p in parts).split() == line.split()
