"""Tick boxes and option marks (shoken.text.checklist): the marked option is what remains,
offsets map back to the original, and marks that are bullets are left alone."""
from __future__ import annotations

import pytest

from shoken.core.types import State
from shoken.engines import make_engine
from shoken.text.checklist import drop_blank_rows, resolve_checklists
from shoken.text.segment import fold

ENGINE = make_engine("rules")


def _resolved(text: str) -> str:
    norm, offsets = resolve_checklists(fold(text))
    if offsets is not None:  # every kept character maps to the same character of the original
        assert all(fold(text)[offsets[i]] == ch for i, ch in enumerate(norm))
    return " ".join(norm.split())


@pytest.mark.parametrize("text, kept", [
    ("胸水：☐あり　☑なし", "胸水:なし"),
    ("心嚢水　■なし　□あり", "心嚢水 なし"),
    ("心拡大 ○有　●無", "心拡大 無"),
    ("胸水 □なし ■あり(少量)", "胸水 あり(少量)"),
    ("Pleural effusion: [x] none  [ ] small  [ ] large", "pleural effusion: none"),
    ("Nodules: (x) absent  ( ) present", "nodules: absent"),
    # the mark after its option
    ("冠動脈石灰化　なし[ ]　あり[x]", "冠動脈石灰化 あり"),
    # an unmarked last option ends at an arrow: the free text after it stays
    ("リンパ節腫大　☑あり　☐なし → 気管分岐下に軽度腫大", "リンパ節腫大 あり → 気管分岐下に軽度腫大"),
])
def test_the_marked_option_remains(text, kept):
    assert _resolved(text) == kept


def test_unticked_list_items_go_when_others_are_ticked():
    assert _resolved("☐ Cardiomegaly\n☑ Emphysema\n☐ Pleural effusion") == "emphysema"
    # with no tick anywhere, a lone open box is left (it may be a bullet)
    assert _resolved("□ 右肺に結節\n□ 胸水なし") == "□ 右肺に結節 □ 胸水なし"


def test_a_heading_with_only_unticked_options_was_left_blank():
    assert _resolved("Emphysema: [x] mild  [ ] moderate\nPleural effusion: [ ] right  [ ] left") == "emphysema: mild"
    # with no tick anywhere in the report too
    assert _resolved("胸水：□あり　□なし\n結節：なし") == "結節:なし"
    # a bare box after the heading is left for the cue files (「心嚢液：□」 reads as a denial)
    assert _resolved("心嚢液：□") == "心嚢液:□"


@pytest.mark.parametrize("text, kept", [
    ("胸水の有無：有／【無】", "胸水の有無:無"),
    ("肺結節の有無：【有】／無　→ 左S1+2 8mm", "肺結節の有無:有 → 左s1+2 8mm"),
    ("程度：軽度/【中等度】/高度", "程度:中等度"),
    # slashes without a bracketed choice, and headings in 【】, are left alone
    ("【所見】右S1/S2に結節", "【所見】右s1/s2に結節"),
    ("【有】／【無】", "【有】/【無】"),
])
def test_a_bracketed_choice_reads_as_the_chosen_option(text, kept):
    assert _resolved(text) == kept


def test_solid_bullets_and_plain_text_are_left_alone():
    for text in ("■所見\n右肺に結節。\n●診断\n肺癌疑い", "No effusion (see prior).", "右下葉(S10)に結節"):
        norm, offsets = resolve_checklists(fold(text))
        assert norm == fold(text) and offsets is None


@pytest.mark.parametrize("text, finding, state", [
    ("胸水：☐あり　☑なし", "Pleural effusion", State.NEGATIVE),
    ("胸水：☑あり　☐なし", "Pleural effusion", State.POSITIVE),
    ("冠動脈石灰化　なし[ ]　あり[x]", "Coronary artery wall calcification", State.POSITIVE),
    ("冠動脈石灰化　なし[x]　あり[ ]", "Coronary artery wall calcification", State.NEGATIVE),
    ("Pleural effusion: [x] none  [ ] small", "Pleural effusion", State.NEGATIVE),
    ("Pleural effusion: [ ] none  [x] small", "Pleural effusion", State.POSITIVE),
    ("胸水：有・(無)", "Pleural effusion", State.NEGATIVE),
    ("Cardiomegaly\tNo\nEmphysema\tYes", "Cardiomegaly", State.NEGATIVE),
    ("Cardiomegaly\tNo\nEmphysema\tYes", "Emphysema", State.POSITIVE),
    ("☐ Cardiomegaly\n☑ Emphysema", "Cardiomegaly", State.ABSENT),
])
def test_the_engine_reads_the_marked_option(text, finding, state):
    r = ENGINE.label([text])[0]
    f = r.findings[finding]
    assert f.state is state
    for ev in f.evidence:  # evidence slices back to the original text
        assert text[ev.start:ev.end] == ev.text


def _resolved_cased(text: str) -> str:
    """As :func:`_resolved`, with the original text given (capitals mark an option)."""
    norm, offsets = resolve_checklists(fold(text), None, text)
    if offsets is not None:
        assert all(fold(text)[offsets[i]] == ch for i, ch in enumerate(norm))
    return " ".join(norm.split())


@pytest.mark.parametrize("text, kept", [
    ("Emphysema: Present / [Absent]", "emphysema: absent"),
    ("Lymphadenopathy: [Present] / Absent - subcarinal node", "lymphadenopathy: present - subcarinal node"),
    ("Pleural effusion: Yes | *No*", "pleural effusion: no"),
    ("Cardiomegaly: **Yes** | No", "cardiomegaly: yes"),
    ("Consolidation: present / ABSENT", "consolidation: absent"),
    ("Septal thickening: PRESENT / absent", "septal thickening: present"),
    ("Pericardial effusion: Yes / No -> No", "pericardial effusion: no"),
    ("Pleural effusion: Yes / No -> Yes, small left", "pleural effusion: yes, small left"),
    # no option marked: left alone (and/or, a ratio, N/A, capitals in running text)
    ("Effusion: yes / no", "effusion: yes / no"),
    ("Nodes: N/A", "nodes: n/a"),
    ("Recommend HRCT/prone imaging.", "recommend hrct/prone imaging."),
    ("CT/MRI: see below", "ct/mri: see below"),
    # an arrow to something that is not one of the options
    ("Nodule: Yes / No -> see comment", "nodule: yes / no -> see comment"),
])
def test_a_written_out_choice_reads_as_the_marked_option(text, kept):
    assert _resolved_cased(text) == kept


def test_capitals_mark_an_option_only_when_the_original_is_given():
    # (the folded text has no capitals left to read)
    assert _resolved("Consolidation: present / ABSENT") == "consolidation: present / absent"


@pytest.mark.parametrize("text, kept", [
    ("Cardiomegaly:\nPleural effusion: none", "pleural effusion: none"),
    ("Emphysema: mild\nCardiomegaly:", "emphysema: mild"),
    ("・肺気腫：軽度\n・肺結節：\n・心嚢液：未評価", "・肺気腫:軽度 ・心嚢液:未評価"),
    ("Lymphadenopathy\t\nAtelectasis\tbasal", "atelectasis basal"),
    ("Cardiomegaly:\n\nLungs: clear", "lungs: clear"),
    # a heading with its list, or its text, on the lines under it is kept
    ("Nodules:\n  1. Right lower lobe, 5 mm solid", "nodules: 1. right lower lobe, 5 mm solid"),
    ("Nodules:\nRight lower lobe, 5 mm solid", "nodules: right lower lobe, 5 mm solid"),
])
def test_a_row_left_blank_is_dropped(text, kept):
    norm, offsets = drop_blank_rows(fold(text))
    if offsets is not None:
        assert all(fold(text)[offsets[i]] == ch for i, ch in enumerate(norm))
    assert " ".join(norm.split()) == kept


@pytest.mark.parametrize("text, finding, state", [
    ("Emphysema: Present / [Absent]\nPleural effusion: [Present] / Absent", "Emphysema", State.NEGATIVE),
    ("Emphysema: Present / [Absent]\nPleural effusion: [Present] / Absent", "Pleural effusion", State.POSITIVE),
    ("Consolidation: present / ABSENT", "Consolidation", State.NEGATIVE),
    ("Consolidation: PRESENT / absent", "Consolidation", State.POSITIVE),
    ("Cardiomegaly: Yes / No -> No", "Cardiomegaly", State.NEGATIVE),
    ("Cardiomegaly  [ ] Yes  [x] No", "Cardiomegaly", State.NEGATIVE),
    ("Cardiomegaly  [x] Yes  [ ] No", "Cardiomegaly", State.POSITIVE),
    ("Emphysema ☐ Present ☑ Absent\nBronchiectasis ☑ Present ☐ Absent", "Emphysema", State.NEGATIVE),
    ("Emphysema ☐ Present ☑ Absent\nBronchiectasis ☑ Present ☐ Absent", "Bronchiectasis", State.POSITIVE),
    ("Cardiomegaly:\nPleural effusion: small", "Cardiomegaly", State.ABSENT),
    ("Atelectasis\tnil\nNodule\tN/A", "Atelectasis", State.NEGATIVE),
    ("Atelectasis\tnil\nNodule\tN/A", "Lung nodule", State.NEGATIVE),
    ("| Finding | Status |\n|---|---|\n| Cardiomegaly | - |\n| Pleural effusion | + |", "Cardiomegaly", State.NEGATIVE),
    ("| Finding | Status |\n|---|---|\n| Cardiomegaly | - |\n| Pleural effusion | + |", "Pleural effusion", State.POSITIVE),
])
def test_the_engine_reads_templated_rows(text, finding, state):
    f = ENGINE.label([text])[0].findings[finding]
    assert f.state is state
    for ev in f.evidence:
        assert text[ev.start:ev.end] == ev.text
