"""Label schemas are data files (YAML), validated with pydantic.

A schema names its findings (canonical names, in output order), their display
names per language, and per-language lexicons the rule engine matches:

.. code-block:: yaml

    name: my-schema
    description: what it labels
    findings:
      - name: Pleural effusion
        display: {ja: 胸水, en: Pleural effusion}
        terms:                 # regular expressions, per language
          en: ['pleural (effusion|fluid)']
          ja: ['胸水']
        exclude:               # optional: a mention is ignored when one of these occurs
          en: ['...']          #   in its clause (or only in its part of it, when that part
                               #   names a lung site: see exclude_sites in lang/<code>/cues.yaml)
          en_explained: ['...']  # what the sentence says the mention is; never read from
                                 #   another statement about another lung site
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from shoken.core.errors import ShokenError


class Finding(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1)
    display: dict[str, str] = Field(default_factory=dict)
    description: str | None = None
    terms: dict[str, list[str]] = Field(default_factory=dict)
    exclude: dict[str, list[str]] = Field(default_factory=dict)

    @field_validator("terms", "exclude")
    @classmethod
    def _regexes_compile(cls, v: dict[str, list[str]]) -> dict[str, list[str]]:
        for lang, pats in v.items():
            for p in pats:
                try:
                    re.compile(p)
                except re.error as exc:
                    raise ValueError(f"{lang}: invalid regular expression {p!r}: {exc}") from exc
        return v

    def display_name(self, language: str = "en") -> str:
        return self.display.get(language) or self.name


class NoFinding(BaseModel):
    """A derived "No Finding" label (CheXpert): positive when no other finding, except
    those in ``ignore``, is positive or uncertain."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str
    ignore: tuple[str, ...] = ()


class Schema(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1)
    description: str = ""
    modality: str | None = None
    no_finding: NoFinding | None = None
    findings: tuple[Finding, ...]
    source: str | None = Field(default=None, exclude=True)

    @model_validator(mode="after")
    def _unique(self) -> "Schema":
        names = [f.name for f in self.findings]
        dup = {n for n in names if names.count(n) > 1}
        if dup:
            raise ValueError(f"duplicate finding names: {sorted(dup)}")
        if not names:
            raise ValueError("a schema needs at least one finding")
        if self.no_finding is not None:
            missing = [n for n in (self.no_finding.name, *self.no_finding.ignore) if n not in names]
            if missing:
                raise ValueError(f"no_finding names unknown findings: {missing}")
        return self

    @property
    def names(self) -> list[str]:
        return [f.name for f in self.findings]

    @property
    def languages(self) -> list[str]:
        langs: set[str] = set()
        for f in self.findings:
            langs.update(k for k in f.terms if "_" not in k)
        return sorted(langs)

    def __len__(self) -> int:
        return len(self.findings)

    def __hash__(self) -> int:  # frozen models hash by value; keep it cheap
        return hash((self.name, tuple(self.names)))


def _bundled_dir():
    return resources.files("shoken") / "schemas"


def available_schemas() -> dict[str, str]:
    """Bundled schema names mapped to their one-line descriptions."""
    out: dict[str, str] = {}
    for entry in sorted(_bundled_dir().iterdir(), key=lambda p: p.name):
        if entry.name.endswith((".yaml", ".yml")):
            data = yaml.safe_load(entry.read_text(encoding="utf-8"))
            out[data["name"]] = data.get("description", "")
    return out


def _parse(text: str, source: str) -> Schema:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
        raise ShokenError(f"{source}: not valid YAML{where}") from exc
    if not isinstance(data, dict):
        raise ShokenError(f"{source}: a schema file must be a mapping with 'name' and 'findings'")
    try:
        return Schema(**data, source=source)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = ".".join(str(x) for x in err["loc"])
        raise ShokenError(f"{source}: invalid schema at {loc}: {err['msg']}") from exc


@lru_cache(maxsize=32)
def _load_cached(key: str) -> Schema:
    path = Path(key)
    if path.suffix in (".yaml", ".yml", ".json") or path.exists():
        if not path.exists():
            raise ShokenError(f"{key}: schema file not found")
        return _parse(path.read_text(encoding="utf-8"), str(path))
    for entry in _bundled_dir().iterdir():
        if entry.name in (f"{key}.yaml", f"{key}.yml"):
            return _parse(entry.read_text(encoding="utf-8"), f"shoken:{entry.name}")
    raise ShokenError(
        f"unknown schema {key!r}; bundled: {', '.join(available_schemas())} (or pass a .yaml path)"
    )


def load_schema(schema: "str | Path | Schema" = "ct-rate-18") -> Schema:
    """Load a bundled schema by name (``ct-rate-18``, ``chexpert-14``) or a YAML file by path."""
    if isinstance(schema, Schema):
        return schema
    return _load_cached(str(schema))
