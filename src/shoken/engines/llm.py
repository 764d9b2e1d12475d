"""The ``llm`` engine: label reports through any OpenAI-compatible chat endpoint.

    engine = LLMEngine(base_url="http://localhost:8000/v1", model="Qwen/Qwen2.5-7B-Instruct")
    results = engine.label(["右胸水を認める。"])
    engine.usage()     # requests, tokens, cost, cache hits, parse failures

Prompts are data files in ``shoken/llm/prompts/``: ``ja`` (default; the structured-labeling
prompt of the CT-BERT-JPN study's GPT-4o baseline: 1 when a finding is described
explicitly or implicitly, else 0, as JSON keyed by the English finding names), ``en`` (the
same in English) and ``certainty`` (positive / negative / uncertain / not mentioned per
finding), or the path of a YAML file with the same keys (``mode``, ``system``, ``user``).

States: ``positive`` (1), ``uncertain`` (the ``uncertain`` policy decides the label),
``negative`` (a 0 answer: with the binary prompts the model judged the finding not
described; with ``certainty`` it was denied), ``absent`` (``not mentioned``, a key the
model left out, and every finding of a report whose reply could not be used).

A reply that cannot be read unambiguously is a *parse failure* for that report: all its
findings are ``absent`` with label 0 and score 0, and ``ReportResult.meta`` says why
(``{"llm": {"parse_error": "..."}}``; a request that failed after the client's retries has
``{"llm": {"error": "..."}}``). The JSONL output carries that ``meta``; a CSV output
only has the 0 labels, so keep JSONL when auditing an LLM run. Failures are counted in
:meth:`LLMEngine.usage` and logged as counts, and ``shoken compare`` reports them per
system. Parse failures are not cached as answers: a rerun asks again.

Replies are cached on disk by ``sha256(model, prompt, text)`` (``cache_dir``; default
``$SHOKEN_CACHE_DIR`` or ``~/.cache/shoken/llm``; ``cache_dir=False`` turns it off). The
cache is the append-only checkpoint of :mod:`shoken.llm.checkpoint`, written as each
reply arrives, so a rerun, or a run resumed after an interruption, only requests what
is missing. The cache holds hashes and the model's replies, never report text. Report
text is never logged.
"""
from __future__ import annotations

import ast
import difflib
import hashlib
import json
import logging
import os
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from shoken.core.errors import ShokenError
from shoken.core.schema import Schema
from shoken.core.types import FindingResult, Report, ReportResult, State, binary_label
from shoken.engines.base import Engine

log = logging.getLogger("shoken.llm")

PROMPTS = {"ja": "label_ja", "en": "label_en", "certainty": "label_certainty"}
MODES = ("binary", "certainty")
SCORES = {State.POSITIVE: 1.0, State.UNCERTAIN: 0.5, State.NEGATIVE: 0.0, State.ABSENT: 0.0}
_PLACEHOLDER = re.compile(r"\{(findings|findings_lines|text)\}")


# ---------------------------------------------------------------------------------------------
# prompts
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class LabelPrompt:
    name: str
    mode: str
    system: str
    user: str
    source: str

    def render(self, schema: Schema, text: str) -> list[dict[str, str]]:
        values = {"findings": json.dumps(schema.names, ensure_ascii=False),
                  "findings_lines": "\n".join(f"- {n}" for n in schema.names), "text": text}
        sub = lambda tpl: _PLACEHOLDER.sub(lambda m: values[m.group(1)], tpl)  # noqa: E731
        msgs = []
        if self.system:
            msgs.append({"role": "system", "content": sub(self.system)})
        msgs.append({"role": "user", "content": sub(self.user)})
        return msgs

    def fingerprint(self, schema: Schema) -> str:
        """Hash of everything but the report text: mode, templates and finding names."""
        blob = json.dumps([self.mode, self.system, self.user, schema.names], ensure_ascii=False)
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def _prompt_dir():
    return resources.files("shoken") / "llm" / "prompts"


def load_prompt(prompt: "str | Path" = "ja") -> LabelPrompt:
    """A bundled prompt (``ja``, ``en``, ``certainty``) or a YAML file with ``mode``,
    ``system`` and ``user`` (``{text}`` marks the report; ``{findings}`` the names)."""
    key = str(prompt)
    if key in PROMPTS or key in PROMPTS.values():
        stem = PROMPTS.get(key, key)
        text = (_prompt_dir() / f"{stem}.yaml").read_text(encoding="utf-8")
        source = f"shoken:{stem}.yaml"
    else:
        path = Path(key)
        if not path.exists():
            raise ShokenError(f"unknown prompt {key!r}; use {', '.join(PROMPTS)} or the path of a YAML file")
        text, source = path.read_text(encoding="utf-8"), str(path)
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError:
        raise ShokenError(f"{source}: not valid YAML") from None
    if not isinstance(data, dict) or not isinstance(data.get("user"), str):
        raise ShokenError(f"{source}: a prompt file needs at least a 'user' template (with {{text}})")
    if "{text}" not in data["user"]:
        raise ShokenError(f"{source}: the 'user' template must contain {{text}}")
    mode = str(data.get("mode", "binary"))
    if mode not in MODES:
        raise ShokenError(f"{source}: mode must be one of {', '.join(MODES)}, got {mode!r}")
    return LabelPrompt(str(data.get("name") or Path(source).stem), mode, str(data.get("system") or ""),
                       data["user"], source)


@lru_cache(maxsize=1)
def _answers() -> dict[str, State]:
    data = yaml.safe_load((_prompt_dir() / "label_answers.yaml").read_text(encoding="utf-8"))
    out: dict[str, State] = {}
    for state in ("positive", "negative", "uncertain", "absent"):
        for word in data.get(state) or []:
            out[_norm_value(str(word))] = State(state)
    return out


# ---------------------------------------------------------------------------------------------
# parsing
# ---------------------------------------------------------------------------------------------
class ParseError(ValueError):
    """A reply that cannot be read unambiguously (the message never quotes the reply)."""


@dataclass
class Parsed:
    states: dict[str, State]
    missing: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    repaired: list[str] = field(default_factory=list)   # e.g. "code fence", "prose", "fuzzy key"

    def meta(self) -> dict[str, Any]:
        d: dict[str, Any] = {}
        if self.missing:
            d["missing"] = self.missing
        if self.extra:
            d["extra"] = self.extra
        if self.repaired:
            d["repaired"] = self.repaired
        return d


def _norm_key(s: str) -> str:
    return re.sub(r"[\W_]+", "", str(s).casefold())


def _norm_value(s: str) -> str:
    s = " ".join(str(s).split()).strip().strip("\"'`.,;:。、「」").strip()
    return s.casefold()


_FENCE = re.compile(r"```[ \t]*([A-Za-z0-9_-]*)[ \t]*\r?\n?(.*?)```", re.S)


def _balanced(text: str, open_ch: str, close_ch: str) -> list[str]:
    """Top-level ``open_ch ... close_ch`` spans of ``text`` (string-literal aware)."""
    out, depth, start, in_str, esc = [], 0, -1, None, False
    for i, ch in enumerate(text):
        if in_str:
            if esc:
                esc = False
            elif ch == "\\":
                esc = True
            elif ch == in_str:
                in_str = None
            continue
        if ch in "\"" and depth > 0:
            in_str = ch
        elif ch == open_ch:
            if depth == 0:
                start = i
            depth += 1
        elif ch == close_ch and depth > 0:
            depth -= 1
            if depth == 0:
                out.append(text[start:i + 1])
    return out


def _loads(s: str) -> tuple[Any, list[str]] | None:
    """JSON, else JSON with trailing commas / typographic quotes fixed, else a Python literal."""
    try:
        return json.loads(s), []
    except ValueError:
        pass
    fixed = s.replace("\u201c", '"').replace("\u201d", '"').replace("\u2018", "'").replace("\u2019", "'")
    fixed = re.sub(r",\s*([}\]])", r"\1", fixed)
    try:
        return json.loads(fixed), ["json syntax"]
    except ValueError:
        pass
    try:
        val = ast.literal_eval(fixed)
    except (ValueError, SyntaxError, MemoryError, RecursionError, TypeError):
        val = None
    if isinstance(val, (dict, list)):
        return val, ["python literal"]
    lit = re.sub(r"\btrue\b", "True", re.sub(r"\bfalse\b", "False", re.sub(r"\bnull\b", "None", fixed)))
    try:
        val = ast.literal_eval(lit)
    except (ValueError, SyntaxError, MemoryError, RecursionError, TypeError):
        return None
    return (val, ["python literal"]) if isinstance(val, (dict, list)) else None


def _candidates(reply: str) -> list[tuple[Any, list[str]]]:
    text = reply.strip()
    seen: set[str] = set()
    out: list[tuple[Any, list[str]]] = []

    def add(s: str, how: list[str]) -> None:
        s = s.strip()
        if not s or s in seen:
            return
        seen.add(s)
        got = _loads(s)
        if got is not None:
            out.append((got[0], how + got[1]))

    add(text, [])
    for m in _FENCE.finditer(text):
        body = m.group(2)
        add(body, ["code fence"])
        for obj in _balanced(body, "{", "}"):
            add(obj, ["code fence"])
    # an unterminated fence (the model ran out of tokens after the JSON)
    if "```" in text and not _FENCE.search(text):
        add(text.split("```", 1)[1].split("\n", 1)[-1], ["code fence"])
    for obj in _balanced(text, "{", "}"):
        add(obj, ["prose"])
    if not out:
        for arr in _balanced(text, "[", "]"):
            add(arr, ["prose"])
    return out


class ReplyParser:
    """Turns a model reply into a state per finding of ``schema``.

    Repairs (recorded in :attr:`Parsed.repaired`): JSON inside code fences or prose,
    trailing commas, Python-style literals, keys differing in case/spacing/punctuation,
    display names (e.g. 胸水) and near-miss spellings (a unique close match), values
    given as strings ("1", "yes", "positive", "あり"), booleans or ``{"label": 1}``,
    a wrapper object (``{"labels": {...}}``) and a list of ``{"finding", "label"}``.
    Missing keys become ``absent``; extra keys are ignored. Anything else, or two
    different readings, raises :class:`ParseError`.
    """

    def __init__(self, schema: Schema, mode: str = "binary") -> None:
        self.schema = schema
        self.mode = mode
        self.keys: dict[str, str] = {}
        for f in schema.findings:
            for k in [f.name, *f.display.values()]:
                self.keys.setdefault(_norm_key(k), f.name)
        self.answers = _answers()

    def key(self, raw: str) -> tuple[str | None, bool]:
        """Canonical finding for a reply key, and whether it was a fuzzy match."""
        k = _norm_key(raw)
        if k in self.keys:
            return self.keys[k], False
        if not k:
            return None, False
        close = difflib.get_close_matches(k, list(self.keys), n=3, cutoff=0.85)
        targets = {self.keys[c] for c in close}
        if len(targets) == 1:
            return targets.pop(), True
        return None, False

    def value(self, v: Any) -> State:
        if isinstance(v, bool):
            return State.POSITIVE if v else State.NEGATIVE
        if v is None:
            return State.ABSENT
        if isinstance(v, (int, float)):
            if v == 1:
                return State.POSITIVE
            if v == 0:
                return State.NEGATIVE
            if v == -1:
                return State.UNCERTAIN
            raise ParseError(f"a numeric value other than 1, 0 or -1 ({v!r})")
        if isinstance(v, dict):
            for k in ("label", "value", "state", "status", "answer", "present", "result"):
                if k in v:
                    return self.value(v[k])
            if len(v) == 1:
                return self.value(next(iter(v.values())))
            raise ParseError("an object value without a label")
        if isinstance(v, str):
            s = _norm_value(v)
            if s in self.answers:
                return self.answers[s]
            raise ParseError("an unrecognised answer value")
        raise ParseError(f"a value of type {type(v).__name__}")

    def _interpret(self, obj: Any, repaired: list[str]) -> Parsed:
        if isinstance(obj, list):
            if obj and all(isinstance(x, dict) for x in obj):
                flat: dict[str, Any] = {}
                for x in obj:
                    name = next((x[k] for k in ("finding", "name", "label_name", "key") if k in x), None)
                    val = next((x[k] for k in ("label", "value", "state", "status", "answer") if k in x), None)
                    if name is None:
                        if len(x) == 1:
                            flat.update(x)
                            continue
                        raise ParseError("a list item without a finding name")
                    if str(name) in flat and flat[str(name)] != val:
                        raise ParseError("conflicting values for one finding")
                    flat[str(name)] = val
                obj, repaired = flat, repaired + ["list of findings"]
            else:
                raise ParseError("a JSON list, not an object")
        if not isinstance(obj, dict):
            raise ParseError("no JSON object")
        matched = [k for k in obj if self.key(str(k))[0] is not None]
        if not matched:
            nested = [v for v in obj.values() if isinstance(v, (dict, list))]
            if len(nested) == 1:
                return self._interpret(nested[0], repaired + ["wrapper object"])
            raise ParseError("no finding name among the keys")
        states: dict[str, State] = {}
        extra: list[str] = []
        fuzzy = False
        for k, v in obj.items():
            name, was_fuzzy = self.key(str(k))
            if name is None:
                extra.append(str(k))
                continue
            fuzzy |= was_fuzzy
            st = self.value(v)
            if name in states and states[name] is not st:
                raise ParseError(f"conflicting values for {name}")
            states[name] = st
        if fuzzy:
            repaired = repaired + ["fuzzy key"]
        if any(isinstance(v, str) for v in obj.values()) and self.mode == "binary":
            repaired = repaired + ["string values"]
        missing = [n for n in self.schema.names if n not in states]
        for n in missing:
            states[n] = State.ABSENT
        ordered = {n: states[n] for n in self.schema.names}
        return Parsed(ordered, missing, extra, sorted(set(repaired), key=repaired.index))

    def parse(self, reply: str | None) -> Parsed:
        if reply is None or not str(reply).strip():
            raise ParseError("empty reply")
        cands = _candidates(str(reply))
        if not cands:
            raise ParseError("no JSON object in the reply")
        results: list[Parsed] = []
        errors: list[str] = []
        for obj, how in cands:
            try:
                results.append(self._interpret(obj, how))
            except ParseError as exc:
                errors.append(str(exc))
        if not results:
            raise ParseError(errors[0] if errors else "no usable JSON object")
        distinct = {tuple(r.states.items()) for r in results}
        if len(distinct) > 1:
            raise ParseError("several JSON objects with different labels")
        return results[0]

    def validate(self, reply: str) -> str | None:
        """``None`` when ``reply`` parses, else a short reason (for the client's retries)."""
        try:
            self.parse(reply)
        except ParseError as exc:
            return str(exc)
        return None


# ---------------------------------------------------------------------------------------------
# the engine
# ---------------------------------------------------------------------------------------------
def default_cache_dir() -> Path:
    env = os.environ.get("SHOKEN_CACHE_DIR")
    if env:
        return Path(env) / "llm"
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "shoken" / "llm"


class LLMEngine(Engine):
    """Label reports with an LLM behind an OpenAI-compatible ``/v1/chat/completions``.

    Text is only sent to loopback endpoints unless ``allow_remote=True``. The API key is
    read from the environment variable ``api_key_env`` (never stored, printed or logged).
    ``parse_retries`` asks again (immediately) when a reply cannot be parsed.
    """

    name = "llm"
    batches = True

    def __init__(self, schema: "str | Schema" = "ct-rate-18", *, uncertain: str = "positive",
                 base_url: str = "http://localhost:8000/v1", model: str | None = None,
                 api_key_env: str | None = "OPENAI_API_KEY", prompt: str = "ja", temperature: float = 0.0,
                 max_tokens: int | None = None, concurrency: int = 4, rpm: float | None = None,
                 timeout: float = 120.0, max_retries: int = 5, backoff_base: float = 1.0,
                 parse_retries: int = 1, cache_dir: "str | Path | bool | None" = None,
                 allow_remote: bool = False, json_mode: bool = False, price_in_per_1k: float = 0.0,
                 price_out_per_1k: float = 0.0, language: str | None = None) -> None:
        super().__init__(schema, uncertain=uncertain)
        from shoken.llm.client import ChatClient

        if not model:
            raise ShokenError("the llm engine needs a model: -O model=NAME (and -O base_url=URL)")
        self.prompt = load_prompt(prompt)
        self.prompt_arg = str(prompt)
        self.parser = ReplyParser(self.schema, self.prompt.mode)
        self.parse_retries = int(parse_retries)
        self.json_mode = bool(json_mode)
        self.client = ChatClient(model=str(model), base_url=str(base_url), api_key_env=api_key_env,
                                 temperature=temperature, max_tokens=max_tokens, timeout=timeout,
                                 concurrency=int(concurrency), max_retries=int(max_retries),
                                 backoff_base=float(backoff_base), rpm=rpm, price_in_per_1k=price_in_per_1k,
                                 price_out_per_1k=price_out_per_1k, allow_remote=bool(allow_remote))
        self.client.check_endpoint()  # refuse a remote endpoint before reading any report
        self._fp = self.prompt.fingerprint(self.schema)
        if cache_dir is False or (isinstance(cache_dir, str) and cache_dir.lower() in ("", "none", "off", "false")):
            self.cache_dir: Path | None = None
        else:
            self.cache_dir = Path(cache_dir) if cache_dir not in (None, True) else default_cache_dir()
        self._cache = None
        self._lock = threading.Lock()
        self.stats = {"reports": 0, "cache_hits": 0, "requested": 0, "parse_failures": 0,
                      "request_failures": 0, "repaired": 0, "empty": 0}

    # -- configuration ---------------------------------------------------------------------------
    @property
    def model(self) -> str:
        return self.client.model

    @property
    def totals(self):
        """The client's :class:`~shoken.llm.client.UsageTotals` (requests, tokens, cost)."""
        return self.client.totals

    def usage(self) -> dict[str, Any]:
        """Requests, retries, tokens and cost of this engine's client, plus cache hits,
        reports labeled, parse failures, failed requests and repaired replies."""
        return {**self.client.totals.as_dict(), **self.stats}

    def get_config(self) -> dict[str, Any]:
        c = self.client
        return {**super().get_config(), "base_url": c.base_url, "model": c.model, "prompt": self.prompt_arg,
                "prompt_mode": self.prompt.mode, "prompt_sha256": self._fp, "temperature": c.temperature,
                "max_tokens": c.max_tokens, "concurrency": c.concurrency, "rpm": c.rpm, "timeout": c.timeout,
                "api_key_env": c.api_key_env, "allow_remote": c.allow_remote,
                "cache_dir": None if self.cache_dir is None else str(self.cache_dir)}

    def cache_key(self, text: str) -> str:
        """``sha256(model, prompt, text)``: the cache and resume key of one report."""
        blob = json.dumps([self.model, self._fp, text], ensure_ascii=False)
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()

    @property
    def cache_path(self) -> Path | None:
        if self.cache_dir is None:
            return None
        tag = hashlib.sha256(f"{self.model}\0{self._fp}".encode()).hexdigest()[:16]
        return self.cache_dir / f"label-{tag}.jsonl"

    def _checkpoint(self):
        if self.cache_dir is None:
            return None
        if self._cache is None:
            from shoken.llm.checkpoint import Checkpoint

            self.cache_dir.mkdir(parents=True, exist_ok=True)
            self._cache = Checkpoint(self.cache_path, meta={
                "kind": "shoken-llm-labels", "model": self.model, "prompt": self.prompt.name,
                "prompt_sha256": self._fp, "schema": self.schema.name})
        return self._cache

    # -- labeling --------------------------------------------------------------------------------
    def _result(self, report: Report, states: dict[str, State], meta: dict[str, Any] | None) -> ReportResult:
        findings = {n: FindingResult(st, binary_label(st, self.uncertain), SCORES[st])
                    for n, st in states.items()}
        return ReportResult(report.id, findings, language=report.language, engine=self.name,
                            meta={"llm": meta} if meta else {})

    def _failed(self, report: Report, meta: dict[str, Any]) -> ReportResult:
        return self._result(report, {n: State.ABSENT for n in self.schema.names}, meta)

    def _from_reply(self, report: Report, reply: str, cached: bool) -> tuple[ReportResult, bool]:
        try:
            p = self.parser.parse(reply)
        except ParseError as exc:
            return self._failed(report, {"parse_error": str(exc)}), False
        meta = p.meta()
        if p.repaired:
            self.stats["repaired"] += 1
        return self._result(report, p.states, meta), True

    def _preflight(self) -> None:
        """Fail fast, once, when nothing listens at the endpoint (instead of retrying every
        report with backoff). An endpoint without ``GET /models`` is fine."""
        if getattr(self, "_reachable", False):
            return
        from shoken.core.errors import ShokenError
        from shoken.llm.client import LLMError

        try:
            self.client.list_models()
        except LLMError as exc:
            if str(exc).startswith("cannot reach"):
                raise ShokenError(f"{exc}: start the server or pass -O base_url=...") from None
        self._reachable = True

    def _label_batch(self, reports: Sequence[Report]) -> list[ReportResult]:
        from shoken.llm.client import ChatRequest

        ck = self._checkpoint()
        out: list[ReportResult | None] = [None] * len(reports)
        todo: dict[str, list[int]] = {}
        hits = 0
        for i, r in enumerate(reports):
            if not r.text.strip():
                out[i] = self._result(r, {n: State.ABSENT for n in self.schema.names}, None)
                self.stats["empty"] += 1
                continue
            key = self.cache_key(r.text)
            rec = ck.get((key, "label")) if ck is not None else None
            if rec is not None and rec.get("status") == "ok" and isinstance(rec.get("reply"), str):
                res, ok = self._from_reply(r, rec["reply"], True)
                if ok:
                    out[i] = res
                    hits += 1
                    continue
            todo.setdefault(key, []).append(i)
        self.stats["cache_hits"] += hits
        parse_fail = req_fail = 0
        if todo:
            self._preflight()
            first = {k: reports[idx[0]] for k, idx in todo.items()}
            extra = {"response_format": {"type": "json_object"}} if self.json_mode else {}
            requests = (ChatRequest(key=k, messages=self.prompt.render(self.schema, first[k].text), extra=dict(extra))
                        for k in todo)
            self.stats["requested"] += len(todo)
            for res in self.client.map(requests, validate=self.parser.validate,
                                       validate_retries=self.parse_retries):
                idx = todo[res.key]
                if res.ok:
                    if ck is not None:
                        ck.append(res.key, "label", "ok", reply=res.text, prompt_tokens=res.prompt_tokens,
                                  completion_tokens=res.completion_tokens)
                    for i in idx:
                        out[i], _ = self._from_reply(reports[i], res.text or "", False)
                elif res.invalid and res.error and res.error.startswith("invalid reply"):
                    reason = res.error.split(":", 1)[1].strip() if ":" in res.error else res.error
                    if ck is not None:  # recorded, but as failed: a rerun asks again
                        ck.append(res.key, "label", "failed", reason=reason)
                    for i in idx:
                        out[i] = self._failed(reports[i], {"parse_error": reason, "attempts": res.attempts})
                    parse_fail += len(idx)
                else:
                    for i in idx:
                        out[i] = self._failed(reports[i], {"error": res.error or "request failed"})
                    req_fail += len(idx)
        self.stats["reports"] += len(reports)
        self.stats["parse_failures"] += parse_fail
        self.stats["request_failures"] += req_fail
        if parse_fail or req_fail:
            log.warning("llm: %d of %d report(s) failed (%d unparseable replies, %d failed requests); "
                        "their findings are absent with label 0 and flagged in meta.llm",
                        parse_fail + req_fail, len(reports), parse_fail, req_fail)
        log.debug("llm: %d reports, %d cache hits, %d requested", len(reports), hits, len(todo))
        return out  # type: ignore[return-value]

    def close(self) -> None:
        if self._cache is not None:
            self._cache.close()
            self._cache = None
        self.client.close()
        if self.stats["reports"]:
            log.info("llm: %s", ", ".join(f"{k}={v}" for k, v in self.usage().items()))


__all__ = ["LLMEngine", "LabelPrompt", "ParseError", "Parsed", "ReplyParser", "default_cache_dir", "load_prompt"]
