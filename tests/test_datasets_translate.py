"""`shoken translate` end to end against the fake OpenAI server: failures, resume after
kill -9, dry run, layouts; checkpoint robustness; revision columns and `shoken revisions`."""
from __future__ import annotations

import csv
import json
import logging
import os
import random
import re
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from fake_openai import FakeOpenAI, fail, fake_openai, rate_limit, reply, sleep  # noqa: F401

from shoken.cli import main
from shoken.core.errors import InputError
from shoken.datasets.revisions import levenshtein, revision_groups
from shoken.datasets.translate import load_prompts, translate_file
from shoken.llm.checkpoint import Checkpoint
from shoken.llm.client import ChatClient

PAPER_PROMPT = ("あなたは日本の放射線科医です。以下の英語で書かれた放射線レポートの所見欄を和訳してください。"
                "出力は必ず最終行以降に「和訳: n」から始まるようにしてください。")
ROOT = Path(__file__).resolve().parents[1]


def write_ctrate(path: Path, n: int, *, empty_impression_every: int = 0) -> list[dict]:
    rows = []
    for i in range(n):
        imp = f"R{i} impression: no acute finding."
        if empty_impression_every and i % empty_impression_every == 0:
            imp = ""
        rows.append({"VolumeName": f"train_{i}_a_1", "Findings_EN": f"R{i} findings: lungs are clear.",
                     "Impressions_EN": imp})
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    return rows


def key_of(body: dict) -> tuple[str, str]:
    """(row id, section) of a recorded request: from the user text and the system prompt."""
    rid = re.match(r"R(\d+) ", FakeOpenAI.user_text(body)).group(1)
    sec = "findings" if "所見欄" in FakeOpenAI.system_text(body) else "impression"
    return f"train_{rid}_a_1", sec


def ja_responder(body: dict) -> str:
    # a chatty model: reasoning first, then the marker; the last marker counts
    return "考え中。和訳: (draft)\n和訳：" + "訳 " + FakeOpenAI.user_text(body)


def read_csv(path: Path) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def run_cli(*args: str) -> int:
    return main([str(a) for a in args])


# -- prompts -----------------------------------------------------------------------------------
def test_default_prompt_is_the_papers():
    p = load_prompts("ja")
    m = p.messages("findings", "No effusion.")
    assert m == [{"role": "system", "content": PAPER_PROMPT}, {"role": "user", "content": "No effusion."}]
    imp = p.messages("impression", "Normal.")[0]["content"]
    assert imp == PAPER_PROMPT.replace("所見欄", "結論欄")
    assert p.column_tag == "JPN" and p.target == "ja"


def test_marker_parsing():
    p = load_prompts("ja")
    assert p.parse("和訳: 右肺に結節。") == "右肺に結節。"
    assert p.parse("メモ\n和訳: 一回目\n和訳：最終\n二行目") == "最終\n二行目"  # the last marker, full-width colon
    assert p.parse("右肺に結節。") is None and p.parse("") is None
    assert p.validate("") == "empty reply"
    assert p.validate("no marker") == "no answer marker"
    assert p.validate("和訳:   ") == "empty translation after the marker"
    assert p.validate("和訳: ok") is None
    zh = load_prompts("zh")
    assert zh.column_tag == "ZH" and zh.parse("翻译：右肺结节") == "右肺结节"
    generic = load_prompts("ko")
    assert generic.column_tag == "KO" and "Korean" in generic.messages("findings", "x")[0]["content"]


def test_custom_prompt_file(tmp_path):
    f = tmp_path / "p.yaml"
    f.write_text('markers: ["OUT:"]\nsections:\n  findings:\n    system: "S {section}"\n'
                 '    user: "T: {text}"\n', encoding="utf-8")
    p = load_prompts("ja", f)
    assert p.messages("impression", "abc") == [{"role": "system", "content": "S impression"},
                                               {"role": "user", "content": "T: abc"}]
    assert p.parse("x OUT: y") == "y"
    bad = tmp_path / "bad.yaml"
    bad.write_text("sections: {findings: {system: hi, user: hi}}\nmarkers: [x]\n", encoding="utf-8")
    with pytest.raises(InputError, match="placeholder"):
        load_prompts("ja", bad)


# -- runs --------------------------------------------------------------------------------------
def test_translate_csv_with_injected_failures(fake_openai, tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    src = tmp_path / "in.csv"
    rows = write_ctrate(src, 6, empty_impression_every=3)
    fake_openai.responder = ja_responder
    fake_openai.usage = lambda body, text: (100, 10)
    fake_openai.script(rate_limit(retry_after=0), fail(500), fail(503), sleep(1.2),
                       reply("すみません、訳せません"))  # one reply without the marker, retried
    out = tmp_path / "out.csv"
    rc = run_cli("translate", src, "-o", out, "--model", "fake-model", "--base-url", fake_openai.url,
                 "--backoff", "0.01", "--timeout", "0.5", "--concurrency", "2", "--no-progress",
                 "--price-in", "1", "--price-out", "2")
    assert rc == 0
    got = read_csv(out)
    assert [r["VolumeName"] for r in got] == [r["VolumeName"] for r in rows]
    assert list(got[0]) == ["VolumeName", "Findings_EN", "Impressions_EN", "Findings_JPN_MT",
                            "Impressions_JPN_MT"]
    for r, g in zip(rows, got):
        assert g["Findings_EN"] == r["Findings_EN"]
        assert g["Findings_JPN_MT"] == "訳 " + r["Findings_EN"]
        assert g["Impressions_JPN_MT"] == ("訳 " + r["Impressions_EN"] if r["Impressions_EN"] else "")
    keys = Counter(key_of(r.body) for r in fake_openai.requests
                   if r.status == 200 and not r.behaviour.startswith("sleep"))
    # 6 findings + 4 non-empty impressions, each answered with 200 once (+1 for the unmarked reply)
    assert len(keys) == 10 and sum(keys.values()) == 11
    assert fake_openai.count == 11 + 4  # 429, 500, 503 and the timed-out request
    for rec in caplog.records:
        assert "lungs are clear" not in rec.getMessage()
        assert "impression: no acute" not in rec.getMessage()


def test_marker_failures_recorded_then_accept_unmarked(fake_openai, tmp_path):
    src = tmp_path / "in.csv"
    write_ctrate(src, 3)
    out = tmp_path / "out.csv"
    is_r1_findings = lambda b: key_of(b) == ("train_1_a_1", "findings")  # noqa: E731
    fake_openai.script(*[reply("訳せません")] * 20, when=is_r1_findings)
    fake_openai.script(*[reply("")] * 20,
                       when=lambda b: key_of(b) == ("train_2_a_1", "impression"))
    args = ["translate", src, "-o", out, "--model", "m", "--base-url", fake_openai.url,
            "--marker-retries", "1", "--no-progress"]
    assert run_cli(*args) == 1  # two sections failed: exit 1, output still written
    got = read_csv(out)
    assert got[1]["Findings_JPN_MT"] == "" and got[2]["Impressions_JPN_MT"] == ""
    assert got[0]["Findings_JPN_MT"] == "R0 findings: lungs are clear."
    n1 = Counter(key_of(r.body) for r in fake_openai.requests)
    assert n1[("train_1_a_1", "findings")] == 2 and n1[("train_2_a_1", "impression")] == 2
    ck = [json.loads(x) for x in (tmp_path / "out.csv.checkpoint.jsonl").read_text().splitlines()]
    failed = [r for r in ck if r.get("status") == "failed"]
    assert {(r["id"], r["section"]) for r in failed} == {("train_1_a_1", "findings"),
                                                        ("train_2_a_1", "impression")}
    assert all("訳せません" not in (r.get("error") or "") for r in failed)
    # rerun: only the two failed ones are sent again; unmarked kept, empty still a failure
    before = fake_openai.count
    assert run_cli(*args, "--accept-unmarked") == 1
    again = Counter(key_of(r.body) for r in fake_openai.requests[before:])
    assert set(again) == {("train_1_a_1", "findings"), ("train_2_a_1", "impression")}
    got = read_csv(out)
    assert got[1]["Findings_JPN_MT"] == "訳せません"  # raw output, explicitly accepted
    assert got[2]["Impressions_JPN_MT"] == ""
    # third run: the server behaves; only the empty one is retried, and now all is done
    fake_openai.clear_script()
    before = fake_openai.count
    assert run_cli(*args) == 0
    assert [key_of(r.body) for r in fake_openai.requests[before:]] == [("train_2_a_1", "impression")]
    assert read_csv(out)[2]["Impressions_JPN_MT"] == "R2 impression: no acute finding."


def test_dry_run_sends_nothing(fake_openai, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-never-print-me")
    src = tmp_path / "in.csv"
    write_ctrate(src, 4)
    out = tmp_path / "out.csv"
    rc = run_cli("translate", src, "-o", out, "--model", "m", "--base-url", fake_openai.url, "--dry-run")
    assert rc == 0
    cap = capsys.readouterr()
    assert fake_openai.count == 0
    assert not out.exists() and not (tmp_path / "out.csv.checkpoint.jsonl").exists()
    assert PAPER_PROMPT in cap.out and "R0 findings: lungs are clear." in cap.out
    assert "8 requests would be sent" in cap.out
    assert "/v1/chat/completions" in cap.out and "Bearer ***" in cap.out
    assert "sk-never-print-me" not in cap.out + cap.err


def test_remote_endpoint_needs_flag(tmp_path, capsys):
    src = tmp_path / "in.csv"
    write_ctrate(src, 1)
    rc = run_cli("translate", src, "-o", tmp_path / "o.csv", "--model", "m",
                 "--base-url", "https://api.example.com/v1")
    err = capsys.readouterr().err
    assert rc == 2 and "--allow-remote" in err and "Traceback" not in err
    assert not (tmp_path / "o.csv.checkpoint.jsonl").exists()


def test_bad_input_is_one_line(tmp_path, capsys, fake_openai):
    src = tmp_path / "dup.csv"
    src.write_text("VolumeName,Findings_EN\na,x\nb,y\na,z\n", encoding="utf-8")
    rc = run_cli("translate", src, "-o", tmp_path / "o.csv", "--model", "m", "--base-url", fake_openai.url)
    err = capsys.readouterr().err.strip()
    assert rc == 2 and "\n" not in err and "row 3" in err and "duplicate id" in err
    rc = run_cli("translate", src, "-o", tmp_path / "o.csv", "--model", "m", "--base-url",
                 fake_openai.url, "--column", "Nope")
    err = capsys.readouterr().err.strip()
    assert rc == 2 and "'Nope'" in err and "Traceback" not in err
    assert fake_openai.count == 0


def test_target_zh_parquet_jsonl_and_revision_columns(fake_openai, tmp_path):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    src = tmp_path / "in.parquet"
    pq.write_table(pa.table({"VolumeName": ["a", "b"], "Findings_EN": ["No nodule.", "Effusion."],
                             "Impressions_EN": ["Normal.", None], "label": [0, 1]}), src)
    fake_openai.responder = lambda b: "翻译: 中文 " + FakeOpenAI.user_text(b)
    out = tmp_path / "out.jsonl"
    rc = run_cli("translate", src, "-o", out, "--target", "zh", "--model", "m", "--base-url",
                 fake_openai.url, "--revision-columns", "--no-progress")
    assert rc == 0
    assert "中文" in FakeOpenAI.system_text(fake_openai.requests[0].body)
    got = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert got[0]["Findings_ZH_MT"] == "中文 No nodule." and got[0]["label"] == 0
    assert got[0]["Findings_ZH_Revised"] == got[0]["Findings_ZH_Checked"] == "中文 No nodule."
    assert got[1]["Impressions_ZH_MT"] == "" and fake_openai.count == 3
    # parquet output, custom suffix, --limit
    out2 = tmp_path / "out.parquet"
    rc = run_cli("translate", src, "-o", out2, "--target", "zh", "--model", "m", "--base-url",
                 fake_openai.url, "--suffix", "_ZH_GPT", "--limit", "1", "--no-progress")
    assert rc == 0
    t = pq.read_table(out2).to_pylist()
    assert len(t) == 1 and t[0]["Findings_ZH_GPT"] == "中文 No nodule." and t[0]["label"] == 0


def test_kill_9_mid_run_then_resume_translates_each_once(fake_openai, tmp_path):
    n = 30
    src = tmp_path / "in.csv"
    rows = write_ctrate(src, n)
    all_keys = {(r["VolumeName"], s) for r in rows for s in ("findings", "impression")}
    fake_openai.latency = 0.08
    out = tmp_path / "out.csv"
    ckpt = tmp_path / "out.csv.checkpoint.jsonl"
    args = ["translate", str(src), "-o", str(out), "--model", "m", "--base-url", fake_openai.url,
            "--concurrency", "2", "--no-progress"]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.Popen([sys.executable, "-c", "from shoken.cli import run; run()", *args],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if ckpt.exists() and ckpt.read_text(encoding="utf-8").count('"status": "ok"') >= 12:
                break
            assert proc.poll() is None, "translate finished before it could be killed"
            time.sleep(0.02)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    assert not out.exists()  # the output is only written, atomically, at the end
    time.sleep(0.3)  # let the server finish the requests that were in flight
    phase1 = [key_of(r.body) for r in fake_openai.requests]
    done1 = {k for k in Checkpoint(ckpt, readonly=True).records}
    assert 12 <= len(done1) < len(all_keys)
    # a torn last line, as if the kill had landed inside a write
    with open(ckpt, "ab") as f:
        f.write(b'{"id": "train_29_a_1", "section": "findi')
    fake_openai.latency = 0.0
    assert run_cli(*args) == 0
    phase2 = Counter(key_of(r.body) for r in fake_openai.requests[len(phase1):])
    assert set(phase2) == all_keys - done1          # only what was missing ...
    assert all(v == 1 for v in phase2.values())     # ... each exactly once
    total = Counter(phase1) + phase2
    assert all(total[k] == 1 for k in done1)         # checkpointed sections never resent
    # the only possible duplicates are requests in flight at the kill (at most --concurrency)
    assert sum(v - 1 for v in total.values()) <= 2
    got = read_csv(out)
    assert [g["VolumeName"] for g in got] == [r["VolumeName"] for r in rows]
    for r, g in zip(rows, got):
        assert g["Findings_JPN_MT"] == r["Findings_EN"]
        assert g["Impressions_JPN_MT"] == r["Impressions_EN"]
    recs = [json.loads(x) for x in ckpt.read_text(encoding="utf-8").splitlines()[1:]]
    ok = Counter((r["id"], r["section"]) for r in recs if r["status"] == "ok")
    assert set(ok) == all_keys and all(v == 1 for v in ok.values())
    # a third run sends nothing
    before = fake_openai.count
    assert run_cli(*args) == 0 and fake_openai.count == before


def test_translate_file_api_and_summary(fake_openai, tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps({"id": str(i), "Findings_EN": f"R{i} x"}) for i in range(3)),
                   encoding="utf-8")
    fake_openai.usage = lambda b, t: (10, 5)
    client = ChatClient(model="m", base_url=fake_openai.url, price_in_per_1k=1.0, price_out_per_1k=2.0)
    s = translate_file(src, tmp_path / "o.csv", prompts=load_prompts("ja"), client=client)
    assert (s.rows, s.items, s.translated, s.failed, s.reused) == (3, 3, 3, 0, 0)
    assert s.usage["prompt_tokens"] == 30 and s.usage["cost"] == pytest.approx(0.06)
    s2 = translate_file(src, tmp_path / "o.csv", prompts=load_prompts("ja"), client=client)
    assert (s2.translated, s2.reused, s2.todo) == (0, 3, 0)


# -- checkpoint --------------------------------------------------------------------------------
def test_checkpoint_torn_line_and_corruption(tmp_path):
    p = tmp_path / "c.jsonl"
    with Checkpoint(p, meta={"model": "m"}) as c:
        c.append("1", "findings", text="一")
        c.append("2", "findings", "failed", error="HTTP 500")
    with open(p, "ab") as f:
        f.write('{"id": "3", "section": "findings", "status": "ok", "text": "三'.encode())
    with Checkpoint(p) as c:
        assert c.torn == 1 and c.meta == {"model": "m"}
        assert c.done(("1", "findings")) and not c.done(("2", "findings"))
        assert ("3", "findings") not in c
        c.append("2", "findings", text="二")
    lines = p.read_text(encoding="utf-8").splitlines()
    assert all(json.loads(x) for x in lines) and len(lines) == 4
    with Checkpoint(p, readonly=True) as c:
        assert c.done(("2", "findings")) and c.n_done() == 2
    # a complete last record without its newline is kept
    with open(p, "ab") as f:
        f.write(b'{"id": "4", "section": "impression", "status": "ok", "text": "x"}')
    with Checkpoint(p) as c:
        assert c.done(("4", "impression")) and c.torn == 0
        c.append("5", "findings")
    assert len(p.read_text().splitlines()) == 6
    # corruption in the middle is an error naming the line
    lines = p.read_text().splitlines()
    lines[2] = "{garbage"
    p.write_text("\n".join(lines) + "\n")
    with pytest.raises(InputError, match="row 3"):
        Checkpoint(p)


# -- revisions ---------------------------------------------------------------------------------
def _dp(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def test_levenshtein():
    assert levenshtein("kitten", "sitting") == 3
    assert levenshtein("flaw", "lawn") == 2
    assert levenshtein("", "abc") == 3 and levenshtein("abc", "") == 3 and levenshtein("", "") == 0
    assert levenshtein("右肺に結節", "左肺に結節あり") == 3  # one substitution, two insertions
    rng = random.Random(7)
    for _ in range(300):
        a = "".join(rng.choice("abc肺") for _ in range(rng.randint(0, 70)))
        b = "".join(rng.choice("abc肺") for _ in range(rng.randint(0, 70)))
        assert levenshtein(a, b) == _dp(a, b)


def test_revisions_command(tmp_path, capsys):
    f = tmp_path / "rev.csv"
    with open(f, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["VolumeName", "Findings_JPN_MT", "Findings_JPN_Revised", "Findings_JPN_Checked"])
        w.writerow(["a", "右肺に結節", "左肺に結節", "左肺に結節"])   # MT->Rev 1, Rev->Chk 0
        w.writerow(["b", "胸水なし", "胸水なし", "胸水はない"])       # 0, 2 (insert は, し->い)
        w.writerow(["c", "abc", "", ""])                            # not revised yet
    assert [g.phases for g in revision_groups(["Findings_JPN_MT", "Findings_JPN_Revised", "x"])] == [
        {"MT": "Findings_JPN_MT", "Revised": "Findings_JPN_Revised"}]
    per = tmp_path / "per.csv"
    assert run_cli("revisions", f, "--json", "--per-report", per) == 0
    summ = {s["step"]: s for s in json.loads(capsys.readouterr().out)}
    mr, rc_, mc = summ["MT->Revised"], summ["Revised->Checked"], summ["MT->Checked"]
    assert (mr["n"], mr["n_missing"], mr["reports_changed"], mr["chars_changed"]) == (2, 1, 1, 1)
    assert (rc_["n"], rc_["reports_changed"], rc_["chars_changed"]) == (2, 1, 2)
    assert (mc["n"], mc["reports_changed"], mc["chars_changed"]) == (2, 2, 3)
    assert mr["chars_source"] == 5 + 4 and mc["edit_distance"]["mean"] == pytest.approx(1.5)
    assert mc["edit_distance"]["sd"] == pytest.approx(0.70710678)  # sd of (1, 2), n-1
    rows = read_csv(per)
    assert rows[0]["id"] == "a" and rows[0]["Findings_JPN:MT->Revised"] == "1"
    assert rows[1]["Findings_JPN:Revised->Checked"] == "2" and rows[2]["Findings_JPN:MT->Revised"] == ""
    assert run_cli("revisions", f) == 0
    assert "MT->Revised" in capsys.readouterr().out
