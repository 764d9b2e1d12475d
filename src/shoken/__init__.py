"""所見 shoken: structured findings from free-text radiology reports.

Quick start::

    import shoken
    engine = shoken.make_engine("rules")             # or "model", "hybrid", "llm"
    [result] = engine.label(["両側胸水を認める。心嚢液貯留は認めない。"])
    result.findings["Pleural effusion"].state        # State.POSITIVE
    shoken.evaluate(gold, pred)                      # per-finding metrics
"""
from shoken.core.errors import InputError, MissingExtraError, ShokenError
from shoken.core.schema import Schema, available_schemas, load_schema
from shoken.core.types import Evidence, FindingResult, Report, ReportResult, State
from shoken.engines import make_engine

__version__ = "0.1.0"


def evaluate(gold, pred, **kwargs):
    """Per-finding metrics of predictions against gold labels; see :mod:`shoken.evaluation`."""
    from shoken.evaluation import evaluate as _evaluate

    return _evaluate(gold, pred, **kwargs)


__all__ = [
    "Evidence", "FindingResult", "InputError", "MissingExtraError", "Report", "ReportResult",
    "Schema", "ShokenError", "State", "available_schemas", "evaluate", "load_schema", "make_engine",
]
