"""`infopoint run` without the bot's and python-telegram-bot's docstrings (bot.docstrings), nor
PTB's functions' annotations: a start imports them as usual and has them compiled without for
the next start, which then runs the same code without them; a changed source is never served
stale."""

from __future__ import annotations

import marshal
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from bot import docstrings

ROOT = Path(__file__).resolve().parent.parent

START = (
    "import sys\n"
    "from bot import docstrings\n"
    "docstrings.drop()\n"
    "import telegram\n"
    "from bot.core import words\n"
    "print(words.__doc__ is None, telegram.Message.__doc__ is None, words.fold('Київ'))\n"
    "from typing import get_type_hints\n"
    "from bot.content.model import Source\n"
    "print(telegram.Bot.send_message.__annotations__ == {}, words.fold.__annotations__ == {},\n"
    "      get_type_hints(Source) == {'title': str, 'url': str})\n"
    "print(all(column is None for *_, column in words.fold.__code__.co_positions()))\n"
    "import email.feedparser\n"  # (the standard library's too)
    "print(email.feedparser.FeedParser.__doc__ is None)\n"
    "print('\\n'.join(docstrings._finder().missing), file=sys.stderr)\n"
)


def _start(cache: Path) -> tuple[list[str], list[str]]:
    env = {**os.environ, "CACHE_DIRECTORY": str(cache)}
    done = subprocess.run(
        [sys.executable, "-c", START], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.split(), done.stderr.split()


def test_the_next_start_runs_the_same_code_without_docstrings(tmp_path: Path) -> None:
    first, missing = _start(tmp_path)
    assert first[:2] == ["False", "False"]  # nothing kept yet: imported as usual
    # (the annotations, the columns, the standard library's docstrings)
    assert first[3:] == ["False", "False", "True", "False", "False"]
    assert any(path.endswith("words.py") for path in missing)
    # what keep_missing starts once the bot is up, given the files the checks below read (all
    # of them, ~600 files, cost 10–25 s of a CI core and show nothing more)
    read = ("words.py", "model.py", "_message.py", "_bot.py", "feedparser.py")
    compiled = subprocess.run(
        docstrings.CHILD,
        cwd=ROOT,
        env={**os.environ, "CACHE_DIRECTORY": str(tmp_path)},
        input="\n".join(path for path in missing if path.endswith(read)),
        text=True,
    )
    assert compiled.returncode == 0
    second, missing = _start(tmp_path)
    # PTB's and the bot's functions without their annotations (nothing reads them); a
    # dataclass's fields keep theirs (the session's codec reads them); no instruction's columns
    assert second == ["True", "True", first[2], "True", "True", "True", "True", "True"]
    assert not any(path.endswith("words.py") for path in missing)


def test_a_source_changed_since_is_compiled_again_not_read_stale(tmp_path: Path) -> None:
    source = tmp_path / "mod.py"
    source.write_text('"""About it."""\n\ndef f():\n    """F."""\n    return 1\n')
    cached = tmp_path / "kept.pyc"
    code = docstrings.undocumented(source.read_bytes(), str(source))
    space: dict[str, Any] = {}
    exec(code, space)  # noqa: S102 - the test's own source
    assert space.get("__doc__") is None
    assert space["f"].__doc__ is None
    assert space["f"]() == 1
    cached.write_bytes(docstrings._header(source.stat()) + marshal.dumps(code))
    assert docstrings._kept(str(source), cached) is not None
    source.write_text('"""About it."""\n\ndef f():\n    return 22\n')
    assert docstrings._kept(str(source), cached) is None


def test_code_kept_through_another_path_names_the_file_it_is_read_for(tmp_path: Path) -> None:
    """Kept by a start that reached the file through a link (a second checkout sharing the
    venv), read by one that did not: its tracebacks (and python-telegram-bot's check that an
    Application comes from its builder, which compares file names) name the file as it is now."""
    real = tmp_path / "real"
    real.mkdir()
    (real / "mod.py").write_text('"""doc"""\ndef f():\n    """doc"""\n    return 1\n')
    (tmp_path / "link").symlink_to(real)
    docstrings.keep(str(tmp_path / "link" / "mod.py"))
    source = str(real / "mod.py")
    cached = docstrings.cache_path(source)
    assert cached is not None and cached.exists()  # (the same __pycache__, through the link)
    code = docstrings._kept(source, cached)
    assert code is not None and code.co_filename == source
    inner = next(c for c in code.co_consts if hasattr(c, "co_filename"))
    assert inner.co_filename == source
