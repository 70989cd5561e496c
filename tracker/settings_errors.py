"""``specdrift.toml`` validation errors as a person fixes them: key, line, and the likely intent.

pydantic names the offending key by its path (``benchmarks.inspect.scorer``) but not where it
stands in the file, and for a misspelt key only says that extra keys are not allowed. A typo is the
commonest mistake in a hand-written settings file, so an unknown key gets the nearest known key
of its table ("did you mean ...?") and the line it was written on.
"""

from __future__ import annotations

import difflib
import re
import types
from typing import Any, Union, get_args, get_origin

from pydantic import BaseModel
from pydantic_core import ErrorDetails


def setting_problem(err: ErrorDetails, settings_model: type[BaseModel], text: str) -> str:
    """One validation error as ``[table.key] (line N) what is wrong (got value)``."""
    loc = err["loc"]
    key = ".".join(str(p) for p in loc)
    line = _line_of(text, loc)
    where = f" (line {line})" if line is not None else ""
    if err["type"] == "extra_forbidden":
        message = f"unknown setting {str(loc[-1])!r}"
        table = _model_at(settings_model, loc[:-1])
        if table is not None:
            known = [name for name in table.model_fields if not name.startswith("_")]
            close = difflib.get_close_matches(str(loc[-1]), known, n=1, cutoff=0.6)
            if close:
                message += f"; did you mean {close[0]!r}?"
            else:
                message += f"; expected one of {', '.join(sorted(known))}"
        return f"[{key}]{where} {message}"
    given = err.get("input")
    got = f" (got {given!r})" if given is not None else ""
    return f"[{key}]{where} {err['msg']}{got}"


def _model_at(model: type[BaseModel], path: tuple[int | str, ...]) -> type[BaseModel] | None:
    """The settings table (a pydantic model) that ``path`` leads to, or None when it is not one."""
    current: Any = model
    for part in path:
        if isinstance(part, int):
            # A list item: the model is already the item type (unwrapped below).
            continue
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            return None
        field = current.model_fields.get(str(part))
        if field is None:
            return None
        current = _inner_model(field.annotation)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return current
    return None


def _inner_model(annotation: Any) -> Any:
    """The model inside ``Model``, ``Model | None``, ``list[Model]`` or ``dict[str, Model]``."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = get_origin(annotation)
    if origin in (Union, types.UnionType, list, tuple, dict):
        for arg in get_args(annotation):
            inner = _inner_model(arg)
            if inner is not None:
                return inner
    return None


def _line_of(text: str, loc: tuple[int | str, ...]) -> int | None:
    """The 1-based line where the last named key of ``loc`` is written inside its table.

    Looks for ``key =`` after the header of the key's table (``[a.b]`` or ``[[a.b]]``), then for
    a header naming the key itself (a misspelt table); None when the key cannot be found (a value
    set through an inline table, say).
    """
    names = [str(p) for p in loc if not isinstance(p, int)]
    if not names:
        return None
    key = re.escape(names[-1])
    table = ".".join(names[:-1])
    lines = text.splitlines()
    start = 0
    if table:
        header = re.compile(r"^\s*\[\[?\s*" + re.escape(table) + r"\s*\]\]?\s*(#.*)?$")
        for index, line in enumerate(lines):
            if header.match(line):
                start = index
                break
    assignment = re.compile(r"^\s*(" + key + r'|"' + key + r'")\s*=')
    for index in range(start, len(lines)):
        if assignment.match(lines[index]):
            return index + 1
    # A misspelt table is written as a header of its own.
    own_header = re.compile(r"^\s*\[\[?\s*" + re.escape(".".join(names)) + r"\s*\]\]?")
    for index, line in enumerate(lines):
        if own_header.match(line):
            return index + 1
    return None
