"""A small JSON Schema checker for the keywords the export schema uses (no dependency).

It knows ``type``, ``const``, ``enum``, ``required``, ``properties``,
``additionalProperties``, ``items``, ``minimum``, ``maximum``, ``maxLength`` and the
``date-time`` format; any other keyword (except annotations) is an error, so the schema cannot
quietly grow a rule this checker would skip. When the ``jsonschema`` package is installed the
tests validate with it as well.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

ANNOTATIONS = frozenset({"$schema", "$id", "title", "description"})
KNOWN = frozenset(
    {
        "type",
        "const",
        "enum",
        "required",
        "properties",
        "additionalProperties",
        "items",
        "minimum",
        "maximum",
        "maxLength",
        "format",
    }
)
TYPES: dict[str, Any] = {
    "object": dict,
    "array": list,
    "string": str,
    "boolean": bool,
    "null": type(None),
}


def _is(value: Any, name: str) -> bool:
    if name == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if name == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    return isinstance(value, TYPES[name])


def errors(value: Any, schema: dict[str, Any], where: str = "$") -> list[str]:
    found: list[str] = []
    unknown = set(schema) - KNOWN - ANNOTATIONS
    if unknown:
        return [f"{where}: schema uses unsupported keywords {sorted(unknown)}"]
    if "type" in schema:
        names = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if not any(_is(value, name) for name in names):
            return [f"{where}: {value!r:.60} is not {names}"]
    if "const" in schema and value != schema["const"]:
        found.append(f"{where}: {value!r} is not {schema['const']!r}")
    if "enum" in schema and value not in schema["enum"]:
        found.append(f"{where}: {value!r} not in {schema['enum']}")
    if isinstance(value, int | float) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            found.append(f"{where}: {value} < {schema['minimum']}")
        if "maximum" in schema and value > schema["maximum"]:
            found.append(f"{where}: {value} > {schema['maximum']}")
    if isinstance(value, str):
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            found.append(f"{where}: longer than {schema['maxLength']}")
        if schema.get("format") == "date-time":
            try:
                parsed = datetime.fromisoformat(value)
            except ValueError:
                found.append(f"{where}: {value!r} is not a date-time")
            else:
                if parsed.tzinfo is None:
                    found.append(f"{where}: {value!r} has no UTC offset")
    if isinstance(value, dict):
        for name in schema.get("required", []):
            if name not in value:
                found.append(f"{where}: {name!r} is required")
        properties = schema.get("properties", {})
        extra = schema.get("additionalProperties", True)
        for name, item in value.items():
            if name in properties:
                found += errors(item, properties[name], f"{where}.{name}")
            elif extra is False:
                found.append(f"{where}: unexpected {name!r}")
            elif isinstance(extra, dict):
                found += errors(item, extra, f"{where}.{name}")
    if isinstance(value, list) and "items" in schema:
        for index, item in enumerate(value):
            found += errors(item, schema["items"], f"{where}[{index}]")
    return found


def walk_schema(schema: Any) -> list[str]:
    """Every keyword used anywhere in a schema that this checker does not know."""
    unknown: list[str] = []
    if isinstance(schema, dict):
        unknown += [k for k in schema if k not in KNOWN | ANNOTATIONS]
        for key in ("properties",):
            for sub in schema.get(key, {}).values():
                unknown += walk_schema(sub)
        for key in ("items", "additionalProperties"):
            if isinstance(schema.get(key), dict):
                unknown += walk_schema(schema[key])
    return unknown
