"""Errors core raises for bad input: which field, which rule, with the values involved."""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dc_field
from typing import Any

from villagedesk.core.i18n import QT_TRANSLATE_NOOP, Translator, identity

FIELD_RULE = QT_TRANSLATE_NOOP("core", "{field}: {rule}")


@dataclass
class FieldError:
    field: str  # translatable field label (source text)
    rule: str  # translatable rule template (source text) with {named} placeholders
    params: dict[str, Any] = dc_field(default_factory=dict)

    def render(self, tr: Translator = identity) -> str:
        params = {k: (tr(v) if isinstance(v, Translatable) else v) for k, v in self.params.items()}
        field = tr(self.field)
        if "{" in field:  # a label naming one of many (e.g. "Line {row}: amount") takes the same values
            field = field.format_map(_Keep(params))
        return tr(FIELD_RULE).format(field=field, rule=tr(self.rule).format(**params))


class _Keep(dict[str, object]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


class Translatable(str):
    """A parameter value that is itself a source string to translate (e.g. a body's name)."""


class ValidationError(ValueError):
    """Input breaks one or more rules; nothing was changed."""

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = errors
        super().__init__("; ".join(e.render() for e in errors))

    @classmethod
    def single(cls, field_label: str, rule: str, **params: Any) -> ValidationError:
        return cls([FieldError(field_label, rule, params)])

    def render(self, tr: Translator = identity) -> str:
        return "\n".join(e.render(tr) for e in self.errors)

    @property
    def fields(self) -> list[str]:
        return [e.field for e in self.errors]


class NotFoundError(LookupError):
    pass


class Collector:
    """Gathers every broken rule of a form so the user sees them all at once."""

    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def add(self, field_label: str, rule: str, **params: Any) -> None:
        self.errors.append(FieldError(field_label, rule, params))

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)


R_DISK_FULL = QT_TRANSLATE_NOOP(
    "core",
    "The disk is full: nothing more fits in {folder}. The last action was not saved; everything saved "
    "before is intact. Free some space on that disk (or choose another folder) and try again.",
)

R_DISK_FULL_SHORT = QT_TRANSLATE_NOOP("core", "the disk holding {folder} is full")


class DiskFullError(OSError):
    """The disk ran full while writing under ``folder``; the write was undone as a whole."""

    def __init__(self, folder: object) -> None:
        import errno

        super().__init__(errno.ENOSPC, "No space left on device", str(folder))
        self.folder = str(folder)

    def render(self, tr: Translator = identity) -> str:
        return tr(R_DISK_FULL).format(folder=self.folder)

    def short(self, tr: Translator = identity) -> str:
        """The reason alone, for a message that says itself what was and was not saved."""
        return tr(R_DISK_FULL_SHORT).format(folder=self.folder)

    def __str__(self) -> str:
        return self.render()
