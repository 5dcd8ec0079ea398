"""Decimal fields in generated models.

openapi-python-client knows no decimal type: a `number` becomes a `float` field, parsed and
written through binary floating point. Money must not be. `prepare_spec` declares every
decimal string of the contract a `number` for the generator; here, after the generator has
parsed its input and before it renders, every float field becomes a `DecimalProperty`:
typed `Decimal`, parsed by `parse_decimal` from a JSON string or number, written back by
`to_dict()` as a plain decimal string (templates `property_templates/decimal_property.py.jinja`
and the plain module `openapi/runtime/_decimal.py`).
"""

from __future__ import annotations

from typing import Any, ClassVar

import attrs
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.properties import ModelProperty
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.union import UnionProperty

# Models live one package below the root: `from .._decimal import ...`.
_MODELS_PREFIX = ".."


@attrs.define
class DecimalProperty(FloatProperty):
    """A float property retyped: `Decimal` in Python, a decimal string in JSON."""

    _type_string: ClassVar[str] = "Decimal"
    _json_type_string: ClassVar[str] = "str"
    template: ClassVar[str] = "decimal_property.py.jinja"

    def get_imports(self, *, prefix: str) -> set[str]:
        imports = super().get_imports(prefix=prefix)
        imports.add("from decimal import Decimal")
        imports.add(f"from {prefix}_decimal import format_decimal, parse_decimal")
        return imports


def _retyped(prop: Any) -> Any:
    """`prop` with every float inside it (lists, unions) replaced by a DecimalProperty."""
    if isinstance(prop, FloatProperty) and not isinstance(prop, DecimalProperty):
        values = {a.name: getattr(prop, a.name) for a in attrs.fields(FloatProperty)}
        return DecimalProperty(**values)
    if isinstance(prop, ListProperty):
        prop.inner_property = _retyped(prop.inner_property)
    elif isinstance(prop, UnionProperty):
        prop.inner_properties = [_retyped(inner) for inner in prop.inner_properties]
    return prop


def use_decimals(data: GeneratorData) -> None:
    """Retype every float field of every model as Decimal, in place."""
    for model in data.models:
        _retype_model(model)


def _retype_model(model: ModelProperty) -> None:
    for group in (model.required_properties, model.optional_properties):
        for index, prop in enumerate(group or []):
            group[index] = _retyped(prop)  # type: ignore[index]
    if isinstance(model.additional_properties, FloatProperty | ListProperty | UnionProperty):
        model.additional_properties = _retyped(model.additional_properties)
    imports = model.relative_imports
    if imports is not None:
        for prop in [*(model.required_properties or []), *(model.optional_properties or [])]:
            imports.update(prop.get_imports(prefix=_MODELS_PREFIX))
        extra = model.additional_properties
        if extra is not None and not isinstance(extra, bool):
            imports.update(extra.get_imports(prefix=_MODELS_PREFIX))
