"""Free-text questions answered from the knowledge base, feedback on answers, and /unanswered
for staff (what people asked that the content does not answer yet)."""

from __future__ import annotations

from bot.core.flows import Feature
from bot.features.questions import answers, feedback, follow, searched, staff, typed
from bot.features.questions.language import follow_language, in_form
from bot.features.questions.replies import ACTION_LABELS

FEATURE = Feature(
    "questions",
    prepare=(lambda: typed.asked(""), follow.prepare),
    buttons={
        "feedback": {
            "yes": feedback.helpful,
            "no": feedback.not_helpful,
            "other": feedback.instead,
        },
        "answer": {
            "lang": answers.in_language,
            "topic": answers.candidate,
            "again": answers.again_asked,
        },
    },
    gate=in_form,  # a sentence in a language not offered, typed in a form: said, asked again
    text=answers.answer,
    searched=searched.searched_as,  # (the early search asks the same)
    staff_commands={"unanswered": staff.unanswered},
    coordinator_commands=frozenset({"unanswered"}),
)

__all__ = ["ACTION_LABELS", "FEATURE", "follow_language"]
