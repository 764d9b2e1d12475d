"""Reading reports and writing labels: CSV, TSV, JSONL, Parquet, plain text.

Readers stream (constant memory); writers write to a temporary file beside the
target and move it into place when done, so an output is never half-written.
"""
from shoken.io.layouts import Layout, resolve_layout
from shoken.io.readers import ReportReader, detect_format, iter_rows, read_columns, read_reports
from shoken.io.writers import LabelWriter, open_writer

__all__ = [
    "LabelWriter", "Layout", "ReportReader", "detect_format", "iter_rows", "open_writer",
    "read_columns", "read_reports", "resolve_layout",
]
