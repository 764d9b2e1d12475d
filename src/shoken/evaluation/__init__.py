"""Evaluation: metrics against gold labels, label-file reading, dev splits."""
from shoken.evaluation.metrics import EvaluationReport, FindingMetrics, evaluate_arrays, format_table


def evaluate(gold, pred, *, schema="ct-rate-18", **kwargs) -> EvaluationReport:
    """Evaluate predictions against gold labels.

    ``gold`` and ``pred`` are paths (CSV/TSV/JSONL/Parquet label files, or gold in any
    recognised layout with the schema's columns) or mappings ``{id: {finding: 0|1}}``.
    Reports are matched by id; ids missing from the predictions are an error.
    """
    from shoken.evaluation.labels import evaluate_files

    return evaluate_files(gold, pred, schema=schema, **kwargs)


__all__ = ["EvaluationReport", "FindingMetrics", "evaluate", "evaluate_arrays", "format_table"]
