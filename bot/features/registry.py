"""The features this bot runs, and the order in which typed text passes their text steps.

Only the composition root (bot.app) reads this: features never import it. /mydata shows the
features' privacy sections in this order.
"""

from __future__ import annotations

from bot.core.flows import Feature
from bot.features import (
    appointments,
    assist,
    booking,
    callback,
    courses,
    hours,
    menu,
    office,
    person,
    privacy,
    questions,
    review,
    services,
    urgent,
)

FEATURES: tuple[Feature, ...] = (
    menu.FEATURE,
    office.FEATURE,
    hours.FEATURE,
    person.FEATURE,
    callback.FEATURE,
    booking.FEATURE,
    courses.FEATURE,
    appointments.FEATURE,
    assist.FEATURE,
    services.FEATURE,
    questions.FEATURE,
    urgent.FEATURE,
    privacy.FEATURE,
    review.FEATURE,
)

# Text typed outside a form: a person writing with staff about their request first (it goes to
# staff), then the danger screen (help lines first), then a question about where to call right
# after a refusal of consent (the phone, hours and places), then another office's name alone (the
# offer to switch to it), then another child asked for by a parent with a child on a children's
# course (its sign-up), then «what do I bring?» from someone with a visit booked (its list), or
# with an appointment («… to the lawyer?»: the appointment and what to bring to it), then
# the answer from the knowledge base (with the office's services
# the question names offered under it).
TEXT_ORDER = (
    "callback",
    "urgent",
    "hours",
    "office",
    "courses",
    "booking",
    "appointments",
    "services",
    "questions",
)
