"""Content files and folders the config does not use: a language's file whose language is not
in `languages:` (or no language the bot has), a network's office folder named after no office.
Warnings of `infopoint check`: the bot runs without them, but what they hold is never shown."""

from __future__ import annotations

from pathlib import Path

from bot.settings import yamldoc
from bot.settings.allowed import language_hint
from bot.settings.model import LANGUAGES, Settings
from bot.settings.schema import did_you_mean
from bot.settings.yamldoc import InvalidFile, Problem


def stray_folders(settings: Settings) -> list[Problem]:
    """A network's content folder under offices/ named after no office (`Sopot` for `sopot`,
    an office not in this config): its topics would never be shown. A single office's
    config may share the content with a network's (the shipped one does): not named there;
    nor the example network's own folder (`_example`)."""
    folder = settings.content_dir / "offices"
    if not settings.network or not folder.is_dir():
        return []
    return [
        Problem(
            str(found),
            None,
            "",
            f"no office {found.name!r} in {settings.source.name}, so its topics are never "
            "shown"
            + (
                f"{did_you_mean(found.name, settings.offices)} Name the folder exactly as the "
                "office's id"
                if did_you_mean(found.name, settings.offices)
                else f" (the offices: {', '.join(settings.offices)}): name the folder exactly as "
                "an office's id"
            ),
            warning=True,
        )
        for found in sorted(folder.iterdir())
        if found.is_dir() and found.name not in settings.offices and not _example(found)
    ]


EXAMPLE = "examples/network.yaml"  # what the shipped example network's folders say at their top


def _example(folder: Path) -> bool:
    """The shipped example network's folder (content/offices/opole: each file's first lines
    name examples/network.yaml), left in a checkout a deployer points `content.dir` at: not
    theirs to rename (tester 41, F12); a folder of their own is named as before."""
    files = sorted(folder.glob("faq_*.yaml"))
    if not files:
        return False
    for file in files:
        with file.open(encoding="utf-8", errors="replace") as opened:
            if EXAMPLE not in opened.read(400):
                return False
    return True


def stray_languages(settings: Settings) -> list[Problem]:
    """faq_<code>.yaml (the shared content's, an office's own) for a language `languages:` does
    not list: never offered, never checked. Named at `languages:` in the config, with the file;
    a code that is no language the bot has (`faq_ua.yaml`, `faq_de.yaml`), at the file."""
    folders = [settings.content_dir]
    folders += [o.content_dir for o in settings.offices.values() if o.content_dir]
    found = sorted({f for d in folders if d.is_dir() for f in d.glob("faq_*.yaml")})
    stray = [(f, f.stem.removeprefix("faq_")) for f in found]
    stray = [(f, code) for f, code in stray if code not in settings.languages]
    if not stray:
        return []
    try:
        line = yamldoc.load(settings.source, lenient=True).line(("languages",))
    except InvalidFile:
        line = None
    config = f"{settings.source.name}{f' line {line}' if line else ''}"
    offered = ", ".join(settings.languages)
    problems = []
    for path, code in stray:
        if code in LANGUAGES:
            said = (
                f"{path} is there, but `languages:` ({offered}) does not list {code!r}: the bot "
                f"does not offer {code} and this file is not checked; add {code} to `languages:` "
                "to offer it, or move the file away"
            )
            problems.append(Problem(str(settings.source), line, "languages", said, True))
            continue
        hint = language_hint(code, LANGUAGES) or did_you_mean(code, LANGUAGES)
        said = (
            f"a content file for {code!r}, a language the bot does not have{hint} (its "
            f"languages: {', '.join(LANGUAGES)}; `languages:` in {config} offers {offered}): "
            f"this file is never read; name it faq_<language>.yaml with one of them"
        )
        problems.append(Problem(str(path), None, "", said, True))
    return problems


def found(settings: Settings) -> list[Problem]:
    """Both, for `infopoint check` (with the errors too, where the content was checked)."""
    return [*stray_folders(settings), *stray_languages(settings)]
