"""One package per feature: its flows, staff side, privacy section, jobs and replies.

A feature's package (`__init__.py`) is its public face: its `FEATURE` (what it registers with the
core) and the few reply builders other features may use. Features never import each other's
modules. Which features run, and the order of the text pipeline: bot.features.registry, read
only by the composition root (bot.app).
"""
