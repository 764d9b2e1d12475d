"""Short names for the ct-rate-18 findings and the four states, shared by the rule tests."""
P, N, U, A = "positive", "negative", "uncertain", "absent"

MM = "Medical material"
AWC = "Arterial wall calcification"
CM = "Cardiomegaly"
PCE = "Pericardial effusion"
CAC = "Coronary artery wall calcification"
HH = "Hiatal hernia"
LN = "Lymphadenopathy"
EMP = "Emphysema"
ATL = "Atelectasis"
NOD = "Lung nodule"
OPA = "Lung opacity"
FIB = "Pulmonary fibrotic sequela"
PE = "Pleural effusion"
MOS = "Mosaic attenuation pattern"
PBT = "Peribronchial thickening"
CON = "Consolidation"
BRX = "Bronchiectasis"
IST = "Interlobular septal thickening"

FINDINGS = [MM, AWC, CM, PCE, CAC, HH, LN, EMP, ATL, NOD, OPA, FIB, PE, MOS, PBT, CON, BRX, IST]


# -- the harness shared by the probe modules (full reports labelled for all 18 findings) --

def probe_cases(reports, open_cases=None):
    """One ``pytest.param(rid, finding, expected)`` per report x finding.

    ``reports``: ``(id, language, text, positive findings)`` tuples. ``open_cases``:
    ``{(id, finding): reason}`` for known gaps, run as strict xfails.
    """
    import pytest

    open_cases = open_cases or {}
    out = []
    for rid, _lang, _text, pos in reports:
        for f in FINDINGS:
            marks = ([pytest.mark.xfail(reason=open_cases[(rid, f)], strict=True)]
                     if (rid, f) in open_cases else [])
            out.append(pytest.param(rid, f, int(f in pos), id=f"{rid}-{f}", marks=marks))
    return out


def label_probe(reports):
    """Label every probe report once with the default rule engine: ``{id: ReportResult}``."""
    from shoken.core.types import Report
    from shoken.engines import make_engine

    eng = make_engine("rules")
    out = eng.label([Report(id=rid, text=text, language=lang) for rid, lang, text, _ in reports])
    return {r.id: r for r in out}


def check_probe(results, reports, rid, finding, expected):
    """Fail with the state, the evidence and the report when the label is wrong."""
    import pytest

    fr = results[rid].findings[finding]
    if fr.label != expected:
        text = next(t for r, _l, t, _p in reports if r == rid)
        ev = "; ".join(f"[{e.text!r} cue={e.cue!r} in {e.sentence!r}]" for e in fr.evidence) or "none"
        pytest.fail(f"{rid} / {finding}: expected {expected}, got {fr.label} (state={fr.state.value}); "
                    f"evidence: {ev}\nreport:\n{text}", pytrace=False)


def check_probe_set(reports, minimum):
    """The probe's own sanity: enough reports, unique ids, known languages and findings."""
    ids = [rid for rid, *_ in reports]
    assert len(reports) >= minimum
    assert len(set(ids)) == len(ids)
    for _, lang, _, pos in reports:
        assert lang in ("ja", "en")
        assert pos <= set(FINDINGS)


def probe_tests(reports, open_cases=None, minimum=40):
    """The whole harness of a probe module, to assign at module level::

        probe_results, test_label, test_probe_set = probe_tests(REPORTS, OPEN)

    a module fixture that labels every report once, the parametrised label check (one case
    per report x finding, ``open_cases`` as strict xfails) and the probe set's own checks.
    """
    import pytest

    @pytest.fixture(scope="module", name="probe_results")
    def probe_results():
        return label_probe(reports)

    @pytest.mark.parametrize("rid,finding,expected", probe_cases(reports, open_cases))
    def test_label(probe_results, rid, finding, expected):
        check_probe(probe_results, reports, rid, finding, expected)

    def test_probe_set():
        check_probe_set(reports, minimum)

    return probe_results, test_label, test_probe_set
