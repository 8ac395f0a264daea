"""docs/deploy.md's commands, as a deployer copies them: root owns the code and updates it, the
`infopoint` user writes only data/, and the environment file reads the same to systemd as to a
shell (a comment after a value would be part of the token)."""

from __future__ import annotations

import re

from bot.settings import config, startup
from tests.conftest import ROOT, write_config

DOC = (ROOT / "docs" / "deploy.md").read_text(encoding="utf-8")
UNIT = (ROOT / "deploy" / "infopoint.service").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```sh\n(.*?)```", DOC, re.S)
COMMANDS = [line.strip() for block in BLOCKS for line in block.splitlines()]


def test_git_and_pip_run_as_root_who_owns_the_code():
    as_service = [c for c in COMMANDS if re.search(r"sudo -u infopoint\b.*\b(git|pip)\b", c)]
    assert as_service == []  # git: «dubious ownership», and the user cannot write .git
    assert any(
        re.match(r"cd /opt/infopoint && git pull && \.venv/bin/pip install \.", c) for c in COMMANDS
    )


def test_the_service_user_has_no_home_in_the_checkout_and_writes_only_data():
    (adduser,) = [c for c in COMMANDS if c.startswith("adduser")]
    assert "--no-create-home" in adduser and "/opt/infopoint" not in adduser
    clone = next(i for i, c in enumerate(COMMANDS) if c.startswith("git clone"))
    assert clone < COMMANDS.index(adduser)
    chowns = [c for c in COMMANDS if "chown" in c]
    assert chowns == ["mkdir -p data && chown infopoint:infopoint data && chmod 700 data"]
    assert re.findall(r"^ReadWritePaths=(.*)$", UNIT, re.M) == ["/opt/infopoint/data"]


def test_the_environment_file_has_no_comment_after_a_value(tmp_path):
    (block,) = [b for b in BLOCKS if b.startswith("# /etc/infopoint/infopoint.env")]
    env = {}
    for line in block.splitlines():
        if line and not line.startswith("#"):
            key, value = line.split("=", 1)
            env[key] = value  # as systemd reads it: all that follows the `=`
    assert set(env) == {"TELEGRAM_BOT_TOKEN", "VIBER_AUTH_TOKEN"}
    hooked = write_config(tmp_path, viber__enabled=True, webhook__public_url="https://x.example")
    assert startup.needed(config.load(hooked), env) == []
