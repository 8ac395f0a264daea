"""Telegram through python-telegram-bot 22."""

import os

# PTB 22 returns durations such as RetryAfter.retry_after as timedelta when this is set, and
# warns (a DeprecationWarning) when it is not; we handle timedelta.
os.environ.setdefault("PTB_TIMEDELTA", "true")
