"""How each field of a generated model is read from JSON and written back.

The model template (openapi/templates/model.py.jinja) renders one `read(...)` per field in
`from_dict` and one `write(...)` in `to_dict`, with the runtime readers of `_reading.py`
(openapi/runtime). This module turns the generator's parsed properties into those calls:
the reader and writer for the property's kind, every spelling the contract knows for the
field (`x-aliases`), and the type a user sees: the plain type where the contract requires
the field and does not allow null, else `X | None` (None meaning absent or null alike;
never the generator's `Unset`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from openapi_python_client.parser.properties import ModelProperty
from openapi_python_client.parser.properties.boolean import BooleanProperty
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.int import IntProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.string import StringProperty
from openapi_python_client.parser.properties.union import UnionProperty

ALIASES = "x-aliases"
ENUM_CLASS = "x-enum-class"  # scripts/enums.py


@dataclass(frozen=True)
class FieldPlan:
    """One model field as the template renders it."""

    python_name: str
    wire_names: tuple[str, ...]  # the contract's name first, then its aliases
    reader: str
    writer: str  # "None" when the value is written as it is
    type_text: str
    plain: bool  # required and never null: declared without a default
    description: str


def _without_none(prop: Any) -> list[Any]:
    if isinstance(prop, UnionProperty):
        return [p for p in prop.inner_properties if not isinstance(p, NoneProperty)]
    return [prop]


def reader_of(prop: Any) -> str:
    """The runtime reader expression for a property."""
    inner = _without_none(prop)
    if isinstance(prop, UnionProperty):
        if not inner:
            return "_r.anything"
        if len(inner) == 1:
            return reader_of(inner[0])
        return "_r.first_of(" + ", ".join(reader_of(p) for p in inner) + ")"
    if isinstance(prop, FloatProperty):  # decimals (scripts/decimals.py) and floats alike
        return "_r.decimal"
    if isinstance(prop, BooleanProperty):
        return "_r.boolean"
    if isinstance(prop, IntProperty):
        return "_r.integer"
    if isinstance(prop, StringProperty):
        return "_r.text"
    if isinstance(prop, ModelProperty):
        return f"_r.model({prop.class_info.name})"
    if isinstance(prop, ListProperty):
        return f"_r.each({reader_of(prop.inner_property)})"
    return "_r.anything"


def writer_of(prop: Any) -> str:
    """The runtime writer for a property: None where JSON holds the value as it is."""
    kinds = _without_none(prop)
    plain = (BooleanProperty, IntProperty, StringProperty)
    if all(isinstance(p, plain) for p in kinds) or reader_of(prop) == "_r.anything":
        return "None"
    return "json_out"


def _text(value: Any) -> str:
    """Text of a generator string, trusted or not."""
    getter = getattr(value, "get_untrusted_value", None)
    return str(getter()) if getter else str(value)


def type_text(prop: Any) -> str:
    """The property's Python type without None or Unset."""
    kinds = _without_none(prop)
    if not kinds:
        return "Any"
    texts = [p.get_type_string(no_optional=True).as_unembedded_code() for p in kinds]
    return " | ".join(dict.fromkeys(texts))


def schema_of(model: ModelProperty, name: str) -> Any:
    """The parsed schema of one of the model's properties (None for a $ref)."""
    props = getattr(model.data, "properties", None) or {}
    return next((s for key, s in props.items() if _text(key) == name), None)


def _schema_extra(model: ModelProperty, name: str) -> dict[str, Any]:
    schema = schema_of(model, name)
    extra = getattr(schema, "model_extra", None)
    return extra if isinstance(extra, dict) else {}


def aliases(model: ModelProperty, name: str) -> tuple[str, ...]:
    found = _schema_extra(model, name).get(ALIASES) or []
    return tuple(str(a) for a in found if str(a) != name)


def _nullable(prop: Any) -> bool:
    return isinstance(prop, UnionProperty) and any(
        isinstance(p, NoneProperty) for p in prop.inner_properties
    )


def enum_class(model: ModelProperty, name: str) -> str | None:
    """The named enumeration (`x-enum-class`) of one of the model's fields, if any."""
    found = _schema_extra(model, name).get(ENUM_CLASS)
    return str(found) if found else None


def enum_names(model: ModelProperty) -> list[str]:
    """The named enumerations the model's fields use (for its imports)."""
    props = [*(model.required_properties or []), *(model.optional_properties or [])]
    return sorted({c for p in props if (c := enum_class(model, _text(p.name)))})


def _named(cls: str | None, reader: str, base: str) -> tuple[str, str]:
    """Reader and type of a field, with its enumeration's members where it names one."""
    if cls is None:
        return reader, base
    if reader == "_r.anything":
        reader = "_r.integer" if base == "int" else "_r.text"
    return f"_r.named({cls}, {reader})", f"{cls} | {base}"


def field_plan(model: ModelProperty) -> list[FieldPlan]:
    """The model's fields in declaration order: plain ones first (they take no default)."""
    plans = []
    for prop in [*(model.required_properties or []), *(model.optional_properties or [])]:
        plain = bool(prop.required) and not _nullable(prop)
        name = _text(prop.name)
        cls = enum_class(model, name)
        reader, base = _named(cls, reader_of(prop), type_text(prop))
        plans.append(
            FieldPlan(
                python_name=str(prop.python_name),
                wire_names=(name, *aliases(model, name)),
                reader=reader,
                writer="json_out" if cls else writer_of(prop),
                type_text=base if plain else f"{base} | None",
                plain=plain,
                description=" ".join(_text(prop.description or "").split()),
            )
        )
    return sorted(plans, key=lambda p: not p.plain)


def value_reader(model: ModelProperty) -> str:
    """The reader of a map model's values (`additionalProperties`)."""
    extra = model.additional_properties
    if extra is None or isinstance(extra, bool):
        return "_r.anything"
    return reader_of(extra)
