"""The small core every other part of shoken depends on: types, schemas, errors."""
from shoken.core.errors import InputError, MissingExtraError, ShokenError, require
from shoken.core.schema import Finding, Schema, available_schemas, load_schema
from shoken.core.types import Evidence, FindingResult, Report, ReportResult, State

__all__ = [
    "Evidence", "Finding", "FindingResult", "InputError", "MissingExtraError", "Report",
    "ReportResult", "Schema", "ShokenError", "State", "available_schemas", "load_schema", "require",
]
