"""The llm engine against the loopback fake OpenAI server: prompts, robust parsing,
parse failures, cache, resume, certainty labels, the remote guard and the CLI."""
import json
import logging

import pytest

pytest.importorskip("httpx")

from fake_openai import FakeOpenAI, fail, fake_openai, reply  # noqa: E402,F401

from shoken.cli import main  # noqa: E402
from shoken.core.schema import load_schema  # noqa: E402
from shoken.core.types import State  # noqa: E402
from shoken.engines import make_engine  # noqa: E402
from shoken.engines.llm import LLMEngine, ParseError, ReplyParser, load_prompt  # noqa: E402

NAMES = load_schema("ct-rate-18").names
USER_PREFIX = "以下の日本語の読影レポートに基づいて、構造化ラベルを抽出してください: "


def answer(positive=(), **override):
    d = {n: (1 if n in positive else 0) for n in NAMES}
    d.update(override)
    return json.dumps(d, ensure_ascii=False)


def by_text(table):
    """A responder: the reply for the report whose text the user message ends with."""
    def respond(body):
        user = FakeOpenAI.user_text(body)
        for text, rep in table.items():
            if user.endswith(text):
                return rep
        return answer()
    return respond


def engine(fake, tmp_path, **kw):
    kw.setdefault("cache_dir", tmp_path / "cache")
    kw.setdefault("backoff_base", 0.01)
    kw.setdefault("max_retries", 1)
    kw.setdefault("parse_retries", 0)
    return LLMEngine(base_url=fake.url, model="fake-model", **kw)


def test_default_prompt_and_labels(fake_openai, tmp_path):
    fake_openai.responder = by_text({"右胸水を認める。": answer(["Pleural effusion"]),
                                     "肺気腫あり。": answer(["Emphysema", "Lung nodule"])})
    with engine(fake_openai, tmp_path) as eng:
        res = eng.label(["右胸水を認める。", "肺気腫あり。", "特記すべき所見なし。"])
    assert [r.labels()["Pleural effusion"] for r in res] == [1, 0, 0]
    assert res[1].states()["Emphysema"] == "positive" and res[1].labels()["Lung nodule"] == 1
    assert res[0].findings["Cardiomegaly"].state is State.NEGATIVE  # a 0 answer
    assert res[0].findings["Pleural effusion"].score == 1.0 and res[0].engine == "llm"
    assert all(not r.meta for r in res)
    body = fake_openai.requests[0].body
    assert body["model"] == "fake-model" and body["temperature"] == 0
    system = FakeOpenAI.system_text(body)
    assert "明示的または暗示的" in system and all(n in system for n in NAMES)
    assert sorted(fake_openai.user_texts()) == sorted(USER_PREFIX + t for t in
                                                      ["右胸水を認める。", "肺気腫あり。", "特記すべき所見なし。"])
    u = eng.usage()
    assert u["requests"] == 3 and u["reports"] == 3 and u["parse_failures"] == 0 and u["prompt_tokens"] > 0


def test_english_prompt_and_registry(fake_openai, tmp_path):
    eng = make_engine("llm", base_url=fake_openai.url, model="m", prompt="en", cache_dir=False)
    eng.label(["Small left pleural effusion."])
    body = fake_openai.requests[0].body
    assert "explicitly or implicitly" in FakeOpenAI.system_text(body)
    assert FakeOpenAI.user_text(body).endswith("Small left pleural effusion.")
    cfg = eng.get_config()
    assert cfg["engine"] == "llm" and cfg["prompt"] == "en" and cfg["cache_dir"] is None
    assert "api_key" not in json.dumps(cfg).replace("api_key_env", "")
    eng.close()


MALFORMED = {
    "fenced": "```json\n" + answer(["Pleural effusion"]) + "\n```",
    "prose": "Here are the labels you asked for: " + answer(["Cardiomegaly"]) + " Let me know if you need more.",
    "missing": json.dumps({"Emphysema": 1, "Lung nodule": 0}),
    "strings": json.dumps({n: ("yes" if n == "Atelectasis" else "0") for n in NAMES}),
    "fuzzy": json.dumps({"pleural_effusion": "1", "LUNG  NODULE": 1, "Bronchiectasis ": "no", "Extra thing": 1}),
    "garbage": "I am sorry, I cannot help with that.",
    "bad value": json.dumps({"Pleural effusion": "maybe", "Emphysema": 1}),
}


def test_malformed_outputs_repaired_or_counted(fake_openai, tmp_path, caplog):
    texts = {f"report {k}": v for k, v in MALFORMED.items()}
    fake_openai.responder = by_text(texts)
    caplog.set_level(logging.DEBUG, logger="shoken")
    with engine(fake_openai, tmp_path) as eng:
        res = {r.id: r for r in eng.label(list(texts))}
        usage = eng.usage()
    k = {name: str(i) for i, name in enumerate(MALFORMED)}
    assert res[k["fenced"]].labels()["Pleural effusion"] == 1
    assert "code fence" in res[k["fenced"]].meta["llm"]["repaired"]
    assert res[k["prose"]].labels()["Cardiomegaly"] == 1
    miss = res[k["missing"]]
    assert miss.labels()["Emphysema"] == 1 and miss.findings["Pleural effusion"].state is State.ABSENT
    assert len(miss.meta["llm"]["missing"]) == len(NAMES) - 2
    st = res[k["strings"]]
    assert st.labels()["Atelectasis"] == 1 and sum(st.labels().values()) == 1
    fz = res[k["fuzzy"]]
    assert fz.labels()["Pleural effusion"] == 1 and fz.labels()["Lung nodule"] == 1
    assert fz.findings["Bronchiectasis"].state is State.NEGATIVE
    assert fz.meta["llm"]["extra"] == ["Extra thing"] and "fuzzy key" not in fz.meta["llm"].get("repaired", [])
    for name in ("garbage", "bad value"):
        r = res[k[name]]
        assert "parse_error" in r.meta["llm"]
        assert all(f.state is State.ABSENT and f.label == 0 for f in r.findings.values())
    assert usage["parse_failures"] == 2 and usage["request_failures"] == 0
    assert "2 of 7 report(s) failed" in caplog.text
    for text in texts:  # report text is never logged
        assert text not in caplog.text
    assert "sorry" not in caplog.text


def test_parse_retry_asks_again(fake_openai, tmp_path):
    fake_openai.responder = lambda body: answer(["Consolidation"])
    fake_openai.script(reply("not json at all"))
    with engine(fake_openai, tmp_path, parse_retries=1) as eng:
        r = eng.label(["浸潤影あり。"])[0]
    assert fake_openai.count == 2 and r.labels()["Consolidation"] == 1 and not r.meta


def test_cache_hit_makes_no_request_and_failures_are_retried(fake_openai, tmp_path):
    fake_openai.responder = by_text({"A": answer(["Hiatal hernia"]), "B": "garbage", "C": answer()})
    with engine(fake_openai, tmp_path) as eng:
        first = eng.label(["A", "B", "C", "A"])  # "A" twice: one request
        assert eng.cache_path.exists()
    assert fake_openai.count == 3
    assert first[0].labels() == first[3].labels()
    n = fake_openai.count
    with engine(fake_openai, tmp_path) as eng2:
        second = eng2.label(["C", "A"])
        assert eng2.usage()["cache_hits"] == 2 and eng2.usage()["requests"] == 0
    assert fake_openai.count == n  # zero new requests
    assert second[1].labels() == first[0].labels()
    # the unparseable reply was not cached as an answer: a rerun asks again and succeeds now
    fake_openai.responder = by_text({"B": answer(["Emphysema"])})
    with engine(fake_openai, tmp_path) as eng3:
        r = eng3.label(["B"])[0]
    assert fake_openai.count == n + 1 and r.labels()["Emphysema"] == 1
    # a different model or prompt is a different cache key
    with engine(fake_openai, tmp_path, prompt="en") as eng4:
        eng4.label(["A"])
    assert fake_openai.count == n + 2
    cache_text = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "cache").iterdir())
    assert '"A"' not in cache_text and "Hiatal hernia" in cache_text  # hashes and replies only


def test_resume_after_failed_requests(fake_openai, tmp_path):
    fake_openai.responder = lambda body: answer(["Lymphadenopathy"])
    fake_openai.script(fail(400), when=lambda body: FakeOpenAI.user_text(body).endswith("R2"))
    texts = ["R1", "R2", "R3", "R4"]
    with engine(fake_openai, tmp_path) as eng:
        res = eng.label(texts)
        assert eng.usage()["request_failures"] == 1
    assert "error" in res[1].meta["llm"] and res[1].labels()["Lymphadenopathy"] == 0
    assert fake_openai.count == 4
    with engine(fake_openai, tmp_path) as eng:
        res = eng.label(texts)
    assert fake_openai.count == 5 and fake_openai.user_texts()[-1].endswith("R2")
    assert all(r.labels()["Lymphadenopathy"] == 1 and not r.meta for r in res)


def test_resume_keeps_replies_of_an_interrupted_run(fake_openai, tmp_path):
    fake_openai.responder = lambda body: answer(["Atelectasis"])
    eng = engine(fake_openai, tmp_path)
    eng.label(["X1", "X2"])  # the run is killed here: no close()
    del eng
    with engine(fake_openai, tmp_path) as eng2:
        eng2.label(["X1", "X2", "X3"])
    assert fake_openai.count == 3


def test_certainty_prompt(fake_openai, tmp_path):
    rep = {n: "not mentioned" for n in NAMES}
    rep.update({"Pleural effusion": "positive", "Lung nodule": "negative", "Consolidation": "uncertain",
                "Emphysema": "Not Mentioned"})
    fake_openai.responder = lambda body: json.dumps(rep)
    with engine(fake_openai, tmp_path, prompt="certainty") as eng:
        r = eng.label(["肺炎の可能性。"])[0]
    with engine(fake_openai, tmp_path, prompt="certainty", uncertain="negative") as eng:
        r2 = eng.label(["肺炎の可能性。"])[0]
    assert fake_openai.count == 1  # the uncertain policy is applied after the cache
    st = r.states()
    assert (st["Pleural effusion"], st["Lung nodule"], st["Consolidation"], st["Emphysema"]) == (
        "positive", "negative", "uncertain", "absent")
    assert r.labels()["Consolidation"] == 1 and r2.labels()["Consolidation"] == 0
    assert r.findings["Consolidation"].score == 0.5
    assert "not mentioned" in FakeOpenAI.system_text(fake_openai.requests[0].body)


def test_remote_guard_and_api_key(fake_openai, tmp_path, monkeypatch):
    from shoken.llm.client import RemoteEndpointError

    with pytest.raises(RemoteEndpointError):
        LLMEngine(base_url="https://api.example.com/v1", model="gpt-4o", cache_dir=False)
    LLMEngine(base_url="https://api.example.com/v1", model="gpt-4o", cache_dir=False, allow_remote=True).close()
    with pytest.raises(Exception, match="model"):
        LLMEngine(base_url=fake_openai.url, cache_dir=False)
    monkeypatch.setenv("SHOKEN_TEST_KEY", "sk-secret-123")
    fake_openai.responder = lambda body: answer()
    with engine(fake_openai, tmp_path, api_key_env="SHOKEN_TEST_KEY", price_in_per_1k=1.0,
                price_out_per_1k=2.0) as eng:
        eng.label(["cost check"])
        assert "sk-secret-123" not in repr(eng) and "sk-secret-123" not in json.dumps(eng.get_config())
        assert eng.usage()["cost"] > 0 and eng.totals.completion_tokens > 0
    assert fake_openai.requests[0].headers["authorization"] == "Bearer sk-secret-123"


def test_custom_prompt_file(fake_openai, tmp_path):
    p = tmp_path / "mine.yaml"
    p.write_text('mode: binary\nsystem: "Label {findings_lines}"\nuser: "REPORT {other}: {text}"\n', encoding="utf-8")
    fake_openai.responder = lambda body: answer(["Cardiomegaly"])
    with engine(fake_openai, tmp_path, prompt=str(p)) as eng:
        assert eng.label(["心拡大{x}"])[0].labels()["Cardiomegaly"] == 1
    body = fake_openai.requests[0].body
    assert FakeOpenAI.user_text(body) == "REPORT {other}: 心拡大{x}"
    assert "- Pleural effusion" in FakeOpenAI.system_text(body)
    bad = tmp_path / "bad.yaml"
    bad.write_text("user: no placeholder\n", encoding="utf-8")
    with pytest.raises(Exception, match="text"):
        load_prompt(str(bad))


def test_parser_units():
    p = ReplyParser(load_schema("ct-rate-18"))
    assert p.parse('{"labels": {"Pleural Effusion": true}}').states["Pleural effusion"] is State.POSITIVE
    assert p.parse('[{"finding": "Cardiomegaly", "label": 1}]').states["Cardiomegaly"] is State.POSITIVE
    assert p.parse("{'Emphysema': 1, 'Cardiomegaly': None,}").states["Emphysema"] is State.POSITIVE
    assert p.parse('{"胸水": "あり"}').states["Pleural effusion"] is State.POSITIVE
    assert p.parse('{"Lung nodules": 1}').states["Lung nodule"] is State.POSITIVE  # near-miss key
    for bad in ("", "no json", '{"Pleural effusion": 2}', '{"unrelated": 1}',
                '{"Emphysema": 1} then {"Emphysema": 0}', '{"Emphysema": 1, "emphysema": 0}'):
        with pytest.raises(ParseError):
            p.parse(bad)
    assert p.validate("nope") and p.validate('{"Emphysema": 0}') is None


def test_cli_label_llm_and_failures_in_outputs(fake_openai, tmp_path):
    reports = tmp_path / "reports.csv"
    reports.write_text("id,text\na,右胸水を認める。\nb,壊れた出力\nc,\n", encoding="utf-8")
    fake_openai.responder = by_text({"右胸水を認める。": answer(["Pleural effusion"]), "壊れた出力": "???"})
    out = tmp_path / "llm.jsonl"
    opts = ["-O", f"base_url={fake_openai.url}", "-O", "model=fake-model", "-O", f"cache_dir={tmp_path / 'c'}",
            "-O", "parse_retries=0", "-O", "concurrency=2"]
    assert main(["label", str(reports), "-o", str(out), "-e", "llm", "-q", *opts]) == 0
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["a", "b", "c"]
    assert rows[0]["findings"]["Pleural effusion"]["label"] == 1
    assert "parse_error" in rows[1]["meta"]["llm"]
    assert {f["state"] for f in rows[1]["findings"].values()} == {"absent"}
    assert "meta" not in rows[2] and fake_openai.count == 2  # the empty report is not sent
    from shoken.evaluation.compare import llm_failures
    assert llm_failures(out) == 1
    n = fake_openai.count
    csv_out = tmp_path / "llm.csv"
    assert main(["label", str(reports), "-o", str(csv_out), "-e", "llm", "-q", *opts]) == 0
    assert fake_openai.count == n + 1  # cached answer reused; the failed one asked again
    assert csv_out.read_text(encoding="utf-8").splitlines()[2].startswith("b,0,0")
