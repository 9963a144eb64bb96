"""Outcomes: what the passage a correction touches becomes under each verdict, for the report's previews."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from toolkit.model import VERDICTS, Correction

Origin = Literal["applied", "flagged"]

# The cleaner always makes these changes itself, and only ever proposes those; a join or a splice may be
# either (sure: made, unsure: flagged), which its correction no longer tells once an editor rejected it.
_MADE = frozenset({"repeat", "stutter", "control", "furniture", "jump"})
_PROPOSED = frozenset({"garble", "truncation"})

_VERDICT_OF = {"accepted": "accept", "rejected": "reject", "applied": "apply"}

# What the next clean does to the text, when a verdict gives back what the raw page had
_RESTORES = {
    "repeat": "the next clean brings the second copy back",
    "join": "the next clean keeps the line break: two paragraphs",
    "stutter": "the next clean keeps the doubled characters",
    "splice": "the next clean puts the run back where it was found",
    "control": "the next clean keeps the character",
    "furniture": "the next clean keeps the line where it stood, read as article text",
    "jump": "the next clean keeps the two parts apart, each on its own page",
}
_APPLIES = {
    "join": "the next clean joins the two paragraphs",
    "splice": "the next clean takes the run out of this article's text (kept as a fragment)",
}


@dataclass(frozen=True)
class Outcome:
    """One verdict the editor may give, and what the next clean makes of the passage the report shows."""

    verdict: str  # accept, reject, apply, or "" (no decision: the cleaner's own choice)
    says: str
    shown: str = ""  # the passage as the report shows it …
    becomes: str = ""  # … and as it will read (the same: the text does not change)

    @property
    def changes(self) -> bool:
        return self.shown != self.becomes


def shown_verdict(c: Correction) -> str:
    """The verdict the report was made with ("" when the item was pending)."""
    return _VERDICT_OF.get(c.status, "")


def offered(c: Correction) -> tuple[str, ...]:
    """The verdicts an editor may give: `apply` only where the cleaner did not make the change itself
    (`toolkit review` refuses it on a change in the text; on one an editor rejected, it means accept)."""
    if origin(c) == "applied" or (c.action == "applied" and c.status != "applied"):
        return tuple(v for v in VERDICTS if v != "apply")
    return VERDICTS


def origin(c: Correction) -> Origin | None:
    """Whether the cleaner made the change or only proposed it (None: no longer known)."""
    if c.kind in _MADE:
        return "applied"
    if c.kind in _PROPOSED:
        return "flagged"
    if c.status in ("pending", "accepted") and c.action in ("applied", "flagged"):
        return c.action  # type: ignore[return-value]
    return None


def passage(c: Correction, made: Origin, verdict: str) -> str:
    """The passage the correction touches, as the next clean writes it under `verdict`."""
    if made == "applied":
        return c.before if verdict == "reject" else c.after
    if verdict == "apply":
        return c.suggestion if c.suggestion is not None else c.after
    return c.before


def outcomes(c: Correction) -> tuple[Outcome, ...]:
    """Every verdict the editor may switch to (and back to no decision), with what it does to the text
    relative to what the report shows, which is the text made under the verdict of the last clean."""
    now = shown_verdict(c)
    made = origin(c)
    out = []
    for verdict in (*offered(c), ""):
        if verdict == now:
            continue
        if made is None and verdict in ("accept", ""):
            out.append(Outcome(verdict, "the next clean makes the cleaner's proposal again, moved or only flagged"))
            continue
        how = made or "flagged"  # apply makes the change and reject gives back the raw text, whichever it was
        shown, becomes = passage(c, how, now), passage(c, how, verdict)
        out.append(Outcome(verdict, _says(c, how, verdict, shown != becomes), shown, becomes))
    return tuple(out)


def _says(c: Correction, made: Origin, verdict: str, changes: bool) -> str:
    if not changes:
        if verdict == "":
            return "no decision: the cleaner's own choice, the text as shown"
        if made == "applied":
            return "the change stays, the text as shown"
        if verdict == "reject":
            return "the text stays as shown; the flag is dropped"
        return "the text stays as shown; the flag stays"
    if made == "applied" and verdict == "reject":
        if c.kind == "repeat" and c.after:  # the copy kept took the other's reading of a sentence
            return "the next clean keeps the kept copy's own reading"
        return _RESTORES.get(c.kind, "the next clean gives back the raw text")
    if made == "applied":
        return "the next clean makes the change again"
    if verdict == "apply":
        return _APPLIES.get(c.kind, "the next clean makes the suggested change")
    return "the next clean leaves the text as the raw page has it"
