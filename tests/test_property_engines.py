"""Property-based tests: arbitrary Unicode, control characters, huge and empty texts thrown
at every engine: no crash, and a valid result for every report, in order.

The rules engine always runs; ``model`` runs when a model is installed, ``llm`` against
the loopback fake OpenAI server (tests/fake_openai.py) when the engine is importable.
:func:`engine_specs` is shared with the serve/batch/ray tests."""
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shoken.core.errors import ShokenError
from shoken.core.types import Report, State, binary_label
from shoken.engines import make_engine

FRAGMENTS = ["胸水", "を認める", "は認めない", "の疑い", "。", "、", "が、", "No ", "pleural effusion",
             " is seen", " not ", "possible ", "; ", "\n", "\r\n", "\t", "肺結節", "心拡大なし",
             "ＡＢＣ", "Findings:", "IMPRESSION:", "\u200b", "\ufeff", "\x00", "\x1b[31m", "(", ")",
             "N0", "右", "left", "胸腔积液", "未见", "😷", "\u0301", "ﬁ", "İ", "ß",
             "ｽﾘｶﾞﾗｽ影", "ﾘﾝﾊﾟ節", "ﾞ", "ﾟ", "ｶﾞ", "\u3099", "リンパ\n節", "肺気\n腫", "縦隔"]

texts = st.one_of(
    st.text(alphabet=st.characters(codec="utf-8"), max_size=400),
    st.text(alphabet=st.characters(codec="utf-8", categories=["Cc", "Cf", "Zs", "Zl", "Zp", "Mn"]),
            max_size=100),
    st.lists(st.sampled_from(FRAGMENTS), max_size=60).map("".join),
    st.just(""), st.just("   \n\t "),
)


def engine_specs(fake_url=None):
    """(name, options) of every engine that can be built here."""
    specs = [("rules", {})]
    try:
        make_engine("model").close()
        specs.append(("model", {}))
    except (ShokenError, ImportError, OSError):
        pass
    if fake_url is not None:
        try:
            opts = {"base_url": fake_url, "model": "fake-model", "cache_dir": False,
                    "backoff_base": 0.01, "max_retries": 1}
            make_engine("llm", **opts).close()
            specs.append(("llm", opts))
        except (ShokenError, ImportError, TypeError):
            pass
    return specs


def check_results(engine, reports, results):
    """The invariants every engine's output must satisfy."""
    assert len(results) == len(reports)
    names = engine.schema.names
    for rep, res in zip(reports, results):
        assert res.id == rep.id
        assert list(res.findings) == names
        for f in res.findings.values():
            assert isinstance(f.state, State)
            assert f.label in (0, 1)
            assert f.label == binary_label(f.state, engine.uncertain)
            assert 0.0 <= f.score <= 1.0
            for ev in f.evidence:
                assert 0 <= ev.start <= ev.end <= len(rep.text)
                assert ev.text == rep.text[ev.start:ev.end]
        line = json.dumps(res.to_dict(), ensure_ascii=False)
        assert json.loads(line)["id"] == rep.id
        line.encode("utf-8")


RULES = {u: make_engine("rules", uncertain=u) for u in ("positive", "negative")}


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(batch=st.lists(texts, min_size=1, max_size=6), uncertain=st.sampled_from(["positive", "negative"]),
       language=st.sampled_from([None, "ja", "en", "zh"]))
def test_rules_engine_never_crashes(batch, uncertain, language):
    eng = RULES[uncertain]
    reports = [Report(id=f"r{i}", text=t, language=language) for i, t in enumerate(batch)]
    check_results(eng, reports, eng.label(reports))


@settings(max_examples=50, deadline=None)
@given(text=texts, cut=st.data())
def test_rules_engine_with_sections(text, cut):
    a = cut.draw(st.integers(0, len(text)))
    rep = Report(id="x", text=text, sections={"findings": (0, a), "impression": (a, len(text))})
    check_results(RULES["positive"], [rep], RULES["positive"].label([rep]))


def test_rules_engine_huge_and_empty_texts():
    eng = RULES["positive"]
    huge = ("右肺に結節を認める。胸水は認めない。" * 20_000) + ("No pleural effusion. " * 20_000)
    one_line = "a" * 1_000_000  # a megabyte without a sentence boundary
    reports = [Report(id="huge", text=huge), Report(id="line", text=one_line),
               Report(id="empty", text=""), Report(id="ws", text=" \n\u3000\t")]
    results = eng.label(reports)
    check_results(eng, reports, results)
    assert results[0].findings["Lung nodule"].state is State.POSITIVE
    assert all(f.state is State.ABSENT for r in results[2:] for f in r.findings.values())


def test_other_engines_on_arbitrary_text(fake_openai):
    specs = [s for s in engine_specs(fake_openai.url) if s[0] != "rules"]
    if not specs:
        pytest.skip("no model installed and no llm engine importable")
    hard = ["", "   ", "\x00\x01\x02", "胸水を認める。", "No pleural effusion.", "😷" * 50,
            "a" * 20_000, "\u202e右から左\u202c", '{"json": "in text"}']
    for name, opts in specs:
        eng = make_engine(name, **opts)
        try:
            reports = [Report(id=str(i), text=t) for i, t in enumerate(hard)]
            check_results(eng, reports, eng.label(reports))
        finally:
            eng.close()


from fake_openai import fake_openai  # noqa: E402,F401  (the loopback fixture)


# -- the rule engine's scanning paths give the same answer ---------------------------------

_SCAN_FRAGMENTS = FRAGMENTS + ["右下葉に結節を認める", "胸水は認めません", "大動脈に石灰化", "リンパ節腫大なし",
                               "no lymphadenopathy", "coronary artery calcification", "thickening of the",
                               " was not observed", "consolidation", ". ", ".", "。", "\n\n", "ー", "a.b"]
_scan_texts = st.lists(st.sampled_from(_SCAN_FRAGMENTS), max_size=40).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_scan_texts)
def test_one_pass_scan_equals_per_sentence_scans(text):
    from shoken.engines.rules.compile import compile_language
    from shoken.text.segment import fold, sentence_ends, sentence_spans

    norm = fold(text)
    ends = sentence_ends(norm)
    # sentence_ends splits where sentence_spans does (sentence_spans leaves out blank ones)
    assert {e for _, e in sentence_spans(norm)} <= set(ends)
    assert ends[-1] == len(norm)
    eng = make_engine("rules")
    for code in ("ja", "en"):
        comp = compile_language(eng.schema, code)
        for matcher in (comp.terms, comp.context):
            whole = matcher.candidates_by_span(norm, ends)
            lo = 0
            for i, hi in enumerate(ends):
                assert whole.get(i, []) == matcher.candidates(norm, lo, hi), (code, i)
                lo = hi


_memo_reports = st.lists(st.lists(st.sampled_from(_SCAN_FRAGMENTS[-15:] + ["胸水を認める。", "No effusion. "]),
                                  max_size=12).map("".join), min_size=1, max_size=8)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_memo_reports)
def test_memo_paths_give_the_same_results(texts):
    """Cold (no memo), memo with every sentence new, and memo with most sentences already
    seen (which scans only the new ones) label, score and cite evidence identically."""
    def dump(results):
        return [{n: (f.state, f.label, f.score, [(e.start, e.end, e.text, e.cue, e.sentence) for e in f.evidence])
                 for n, f in r.findings.items()} for r in results]

    reports = [Report(id=str(i), text=t) for i, t in enumerate(texts)]
    ref = dump(make_engine("rules", cache_size=0).label(reports))
    warm = make_engine("rules")
    assert dump(warm.label(reports)) == ref
    assert dump(warm.label(reports[::-1]))[::-1] == ref  # now mostly memo hits
    tiny = make_engine("rules", cache_size=2)  # the memo is cleared again and again
    assert dump(tiny.label(reports + reports)) == ref + ref
