"""Machine translation of report sections through an OpenAI-compatible endpoint.

As in the CT-RATE-JPN study, each section (findings, impression) is translated on its
own: the prompt template for the section and the target language gives the system
message, the section text is the user message, and the translation is the text after
the *last* answer marker (``和訳:`` / ``和訳：`` for Japanese) in the reply.

Work is resumable: every finished ``(id, section)`` is appended to a
:class:`~shoken.llm.checkpoint.Checkpoint` before anything else happens, a rerun sends
only what the checkpoint lacks, and the output file (input columns + one
``<base><suffix>`` column per section, e.g. ``Findings_JPN_MT``) is written atomically
at the end from the input and the checkpoint.
"""
from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from shoken.core.errors import InputError, ShokenError
from shoken.llm.checkpoint import Checkpoint
from shoken.llm.client import ChatClient, ChatRequest, ChatResult
from shoken.io.readers import cell_text
from shoken.io.layouts import section_of as _section_of

log = logging.getLogger("shoken.datasets.translate")

LANGUAGE_NAMES = {"ja": "Japanese", "zh": "Chinese", "ko": "Korean", "en": "English",
                  "de": "German", "fr": "French", "es": "Spanish", "it": "Italian",
                  "pt": "Portuguese", "vi": "Vietnamese", "th": "Thai", "ru": "Russian"}
COLUMN_TAGS = {"ja": "JPN", "zh": "ZH"}
DEFAULT_SOURCES = ("Findings_EN", "Impressions_EN")


# -- prompts -----------------------------------------------------------------------------------
@dataclass
class PromptSet:
    """Prompt templates for one target language, one per section."""

    target: str
    language: str
    column_tag: str
    markers: list[str]
    sections: dict[str, dict[str, str]]
    default_section: str = "findings"
    source: str = "(built in)"
    sha: str = ""

    def template(self, section: str) -> dict[str, str]:
        t = self.sections.get(section) or self.sections.get(self.default_section)
        if t is None:
            raise ShokenError(f"prompt file {self.source} has no template for section {section!r}")
        return t

    def messages(self, section: str, text: str) -> list[dict[str, str]]:
        t = self.template(section)

        def fill(s: str) -> str:
            return (s.replace("{section}", section).replace("{target_language}", self.language)
                    .replace("{text}", text))

        msgs = []
        if t.get("system"):
            msgs.append({"role": "system", "content": fill(t["system"])})
        msgs.append({"role": "user", "content": fill(t.get("user", "{text}"))})
        return msgs

    def parse(self, reply: str | None) -> str | None:
        """The text after the last marker, stripped; None when no marker is present."""
        if not reply:
            return None
        best = -1
        best_len = 0
        for m in self.markers:
            i = reply.rfind(m)
            if i > best:
                best, best_len = i, len(m)
        if best < 0:
            return None
        return reply[best + best_len:].strip()

    def validate(self, reply: str) -> str | None:
        """For :meth:`ChatClient.map`: None when usable, else the reason (no text)."""
        if not reply or not reply.strip():
            return "empty reply"
        parsed = self.parse(reply)
        if parsed is None:
            return "no answer marker"
        if not parsed:
            return "empty translation after the marker"
        return None


def load_prompts(target: str = "ja", path: str | Path | None = None) -> PromptSet:
    """The prompt set for ``target``: from ``path`` if given, else the built-in
    ``translate_<target>.yaml``, else the generic ``translate.yaml``."""
    if path is not None:
        p = Path(path)
        if not p.exists():
            raise InputError("prompt file not found", path=p)
        raw = p.read_text(encoding="utf-8")
        source = str(p)
    else:
        pkg = resources.files("shoken.llm") / "prompts"
        f = pkg / f"translate_{target}.yaml"
        if not f.is_file():
            f = pkg / "translate.yaml"
        raw = f.read_text(encoding="utf-8")
        source = f"shoken/llm/prompts/{f.name}"
    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        raise InputError(f"not valid YAML: {str(exc).splitlines()[0]}", path=source) from None
    if not isinstance(data, dict) or not isinstance(data.get("sections"), dict) or not data["sections"]:
        raise InputError("a prompt file needs a 'sections' mapping (findings: {system, user})",
                         path=source)
    for name, t in data["sections"].items():
        if not isinstance(t, dict) or not isinstance(t.get("user", "{text}"), str):
            raise InputError(f"section {name!r} must map to {{system: ..., user: ...}}", path=source)
        if "{text}" not in (t.get("user", "{text}") + t.get("system", "")):
            raise InputError(f"section {name!r}: no {{text}} placeholder in system or user",
                             path=source)
    markers = data.get("markers") or []
    if isinstance(markers, str):
        markers = [markers]
    if not markers:
        raise InputError("a prompt file needs 'markers' (the text before the translation)",
                         path=source)
    language = data.get("language") or LANGUAGE_NAMES.get(target, target)
    tag = data.get("column_tag") or COLUMN_TAGS.get(target, target.upper())
    return PromptSet(target=target, language=str(language), column_tag=str(tag),
                     markers=[str(m) for m in markers], sections=data["sections"],
                     default_section=str(data.get("default_section") or "findings"),
                     source=source, sha=hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16])


# -- columns -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class SourceColumn:
    column: str     # e.g. Findings_EN
    section: str    # e.g. findings (the checkpoint key)
    output: str     # e.g. Findings_JPN_MT



def section_of(column: str) -> str:
    """The section a text column holds (findings / impression), else the column name."""
    return _section_of(column, column)


def plan_columns(columns: Sequence[str], sources: Sequence[str] | None, suffix: str,
                 path: object = None) -> list[SourceColumn]:
    if sources:
        for c in sources:
            if c not in columns:
                raise InputError(f"column not found; columns are: {', '.join(columns)}",
                                 path=path, column=c)
        chosen = list(sources)
    else:
        chosen = [c for c in DEFAULT_SOURCES if c in columns]
        if not chosen:
            raise InputError("no Findings_EN / Impressions_EN column: pass --column", path=path)
    plan: list[SourceColumn] = []
    seen: set[str] = set()
    for c in chosen:
        sec = section_of(c)
        if sec in seen:
            sec = c
        seen.add(sec)
        base = c[:-3] if c.endswith("_EN") else c
        plan.append(SourceColumn(c, sec, base + suffix))
    return plan


def default_suffix(prompts: PromptSet) -> str:
    return f"_{prompts.column_tag}_MT"


# -- the run -----------------------------------------------------------------------------------
@dataclass
class TranslateSummary:
    rows: int = 0
    items: int = 0            # (id, section) pairs with text
    empty: int = 0            # empty source cells (nothing to translate)
    reused: int = 0           # taken from the checkpoint
    todo: int = 0             # sent (or, with dry_run, to send)
    translated: int = 0
    failed: int = 0
    accepted_unmarked: int = 0
    invalid_replies: int = 0  # replies without marker / empty (incl. retried ones)
    missing: int = 0          # cells left empty in the output because they failed
    usage: dict[str, Any] = field(default_factory=dict)
    elapsed_s: float = 0.0
    output: str | None = None
    checkpoint: str | None = None
    output_columns: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    first_request: dict[str, Any] | None = None
    errors: dict[str, int] = field(default_factory=dict)  # error kind -> count

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)




def translate_file(input: str | Path, output: str | Path, *, prompts: PromptSet,
                   client: ChatClient | None = None, columns: Sequence[str] | None = None,
                   id_column: str | None = None, suffix: str | None = None,
                   checkpoint: str | Path | None = None, marker_retries: int = 2,
                   accept_unmarked: bool = False, revision_columns: bool = False,
                   limit: int | None = None, overwrite: bool = False, dry_run: bool = False,
                   fmt: str | None = None, encoding: str = "utf-8",
                   on_start: Callable[[int], None] | None = None,
                   on_result: Callable[[ChatResult], None] | None = None) -> TranslateSummary:
    """Translate ``columns`` (default ``Findings_EN``, ``Impressions_EN``) of ``input``
    into ``output``. See the module docstring; returns a :class:`TranslateSummary`."""
    from shoken.datasets.revisions import TableWriter, revision_columns as rev_cols
    from shoken.io import iter_rows, read_columns
    from shoken.io.layouts import ID_CANDIDATES

    t0 = time.monotonic()
    input, output = Path(input), Path(output)
    if not dry_run and client is None:
        raise ShokenError("translate_file needs a client unless dry_run=True")
    cols = read_columns(input, fmt, encoding=encoding)
    suffix = suffix if suffix is not None else default_suffix(prompts)
    if not suffix:
        raise ShokenError("the column suffix must not be empty")
    plan = plan_columns(cols, columns, suffix, input)
    if id_column is None:
        id_column = next((c for c in ID_CANDIDATES if c in cols), None)
    elif id_column not in cols:
        raise InputError(f"id column not found; columns are: {', '.join(cols)}", path=input,
                         column=id_column)
    new_cols: list[str] = []
    for sc in plan:
        new_cols.append(sc.output)
        if revision_columns:
            new_cols.extend(rev_cols(sc.output))
    clash = [c for c in new_cols if c in cols]
    if clash and not overwrite:
        raise InputError("output column already in the input; pass --suffix or --overwrite",
                         path=input, column=clash[0])
    out_columns = cols + [c for c in new_cols if c not in cols]
    summary = TranslateSummary(output=str(output), output_columns=new_cols)
    ckpt_path = Path(checkpoint) if checkpoint else output.with_name(output.name + ".checkpoint.jsonl")
    summary.checkpoint = str(ckpt_path)
    meta = {"target": prompts.target, "prompt_sha": prompts.sha,
            "model": getattr(client, "model", None), "sections": [s.section for s in plan]}
    if not dry_run and not output.parent.exists():
        raise InputError("output folder does not exist", path=output.parent)

    def rows() -> Iterator[tuple[int, str, dict[str, Any]]]:
        for n, (row, rec) in enumerate(iter_rows(input, fmt, encoding=encoding)):
            if limit is not None and n >= limit:
                return
            if id_column is not None:
                rid = cell_text(rec.get(id_column), input, row, id_column).strip()
                if not rid:
                    raise InputError("empty id", path=input, row=row, column=id_column)
            else:
                rid = str(row)
            yield row, rid, rec

    # pass 1: validate ids and columns, count the work
    ckpt: Checkpoint | None = None
    if dry_run:
        ckpt = Checkpoint(ckpt_path, readonly=True) if ckpt_path.exists() else None
        done: Callable[[tuple[str, str]], bool] = ckpt.done if ckpt else (lambda key: False)
    else:
        ckpt = Checkpoint(ckpt_path, meta=meta)
        done = ckpt.done
        if ckpt.torn:
            log.warning("checkpoint: dropped %d torn last line(s)", ckpt.torn)
        if ckpt.meta:
            for k in ("target", "prompt_sha", "model"):
                if ckpt.meta.get(k) not in (None, meta.get(k)):
                    summary.warnings.append(
                        f"checkpoint was made with a different {k} "
                        f"({ckpt.meta.get(k)!r} vs {meta.get(k)!r}); its rows are reused")
    seen: set[str] = set()
    try:
        for row, rid, rec in rows():
            if rid in seen:
                raise InputError(f"duplicate id {rid!r}", path=input, row=row,
                                 column=id_column or "(row number)")
            seen.add(rid)
            summary.rows += 1
            for sc in plan:
                if sc.column not in rec:
                    raise InputError("missing column", path=input, row=row, column=sc.column)
                text = cell_text(rec[sc.column], input, row, sc.column)
                if not text.strip():
                    summary.empty += 1
                    continue
                summary.items += 1
                if done((rid, sc.section)):
                    summary.reused += 1
                    continue
                summary.todo += 1
                if summary.first_request is None:
                    req = ChatRequest(key=(rid, sc.section), messages=prompts.messages(sc.section, text))
                    if client is not None:
                        body, url, headers = client.body(req), client.url, client.headers(redact=True)
                    else:
                        body, url, headers = {"messages": req.messages}, None, {}
                    summary.first_request = {"url": url, "headers": headers, "body": body,
                                             "id": rid, "section": sc.section}
        del seen
        log.info("translate: %d rows, %d sections to translate, %d from the checkpoint, %d empty",
                 summary.rows, summary.todo, summary.reused, summary.empty)
        if dry_run:
            summary.elapsed_s = time.monotonic() - t0
            return summary

        assert client is not None and ckpt is not None
        client.check_endpoint()
        if on_start is not None:
            on_start(summary.todo)

        # pass 2: send what is missing, checkpoint each result as it arrives
        def requests() -> Iterator[ChatRequest]:
            for row, rid, rec in rows():
                for sc in plan:
                    text = cell_text(rec[sc.column], input, row, sc.column)
                    if text.strip() and not done((rid, sc.section)):
                        yield ChatRequest(key=(rid, sc.section),
                                          messages=prompts.messages(sc.section, text))

        if summary.todo:
            for res in client.map(requests(), validate=prompts.validate,
                                  validate_retries=max(0, marker_retries)):
                rid, sec = res.key
                summary.invalid_replies += res.invalid
                fields = {"attempts": res.attempts, "invalid": res.invalid,
                          "prompt_tokens": res.prompt_tokens,
                          "completion_tokens": res.completion_tokens}
                if res.ok:
                    ckpt.append(rid, sec, "ok", text=prompts.parse(res.text), **fields)
                    summary.translated += 1
                elif (accept_unmarked and res.text and res.text.strip()
                      and prompts.parse(res.text) is None):
                    ckpt.append(rid, sec, "ok", text=res.text.strip(), unmarked=True, **fields)
                    summary.translated += 1
                    summary.accepted_unmarked += 1
                else:
                    kind = (res.error or "error").split(" (")[0]
                    summary.errors[kind] = summary.errors.get(kind, 0) + 1
                    ckpt.append(rid, sec, "failed", error=res.error, **fields)
                    summary.failed += 1
                if on_result is not None:
                    on_result(res)

        # pass 3: the output, from the input and the checkpoint
        with TableWriter(output, out_columns) as w:
            for row, rid, rec in rows():
                out = dict(rec)
                for sc in plan:
                    text = cell_text(rec[sc.column], input, row, sc.column)
                    mt = ""
                    if text.strip():
                        r = ckpt.get((rid, sc.section))
                        if r and r.get("status") == "ok":
                            mt = r.get("text") or ""
                        else:
                            summary.missing += 1
                    out[sc.output] = mt
                    if revision_columns:
                        revised, checked = rev_cols(sc.output)
                        out[revised] = mt
                        out[checked] = mt
                w.write(out)
    finally:
        if ckpt is not None:
            ckpt.close()
    summary.usage = client.totals.as_dict()
    summary.elapsed_s = time.monotonic() - t0
    log.info("translate: %d translated, %d failed, %d reused in %.1fs", summary.translated,
             summary.failed, summary.reused, summary.elapsed_s)
    return summary
