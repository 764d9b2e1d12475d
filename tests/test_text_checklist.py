"""Tick boxes and option marks (shoken.text.checklist): the marked option is what remains,
offsets map back to the original, and marks that are bullets are left alone."""
from __future__ import annotations

import pytest

from shoken.core.types import State
from shoken.engines import make_engine
from shoken.text.checklist import resolve_checklists
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
