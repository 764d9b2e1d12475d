import pytest

from shoken.core.errors import ShokenError
from shoken.core.schema import available_schemas, load_schema

CT_RATE = ["Medical material", "Arterial wall calcification", "Cardiomegaly", "Pericardial effusion",
           "Coronary artery wall calcification", "Hiatal hernia", "Lymphadenopathy", "Emphysema",
           "Atelectasis", "Lung nodule", "Lung opacity", "Pulmonary fibrotic sequela", "Pleural effusion",
           "Mosaic attenuation pattern", "Peribronchial thickening", "Consolidation", "Bronchiectasis",
           "Interlobular septal thickening"]


def test_ct_rate_18_names_and_order():
    s = load_schema("ct-rate-18")
    assert s.names == CT_RATE
    assert {"ja", "en", "zh"} <= set(s.languages)
    for f in s.findings:
        assert f.display_name("ja") and f.display_name("zh")


def test_chexpert_14():
    s = load_schema("chexpert-14")
    assert len(s) == 14
    assert "No Finding" in s.names and "Support Devices" in s.names
    assert "en" in s.languages


def test_bundled_listing():
    names = available_schemas()
    assert "ct-rate-18" in names and "chexpert-14" in names


def test_user_schema_file(tmp_path):
    p = tmp_path / "mine.yaml"
    p.write_text("name: mine\nfindings:\n  - name: Pneumothorax\n    display: {ja: 気胸}\n"
                 "    terms: {ja: ['気胸'], en: ['pneumothora\\w*']}\n", encoding="utf-8")
    from shoken.engines import make_engine

    [r] = make_engine("rules", schema=str(p)).label(["気胸は認めない。"])
    assert list(r.findings) == ["Pneumothorax"]
    assert r.findings["Pneumothorax"].state.value == "negative"


@pytest.mark.parametrize("body, msg", [
    ("name: x\nfindings: []\n", "at least one finding"),
    ("name: x\nfindings:\n  - name: A\n  - name: A\n", "duplicate"),
    ("name: x\nfindings:\n  - name: A\n    terms: {en: ['(unclosed']}\n", "regular expression"),
    ("name: [x\n", "not valid YAML"),
])
def test_bad_schema_files(tmp_path, body, msg):
    p = tmp_path / "bad.yaml"
    p.write_text(body, encoding="utf-8")
    with pytest.raises(ShokenError, match=msg):
        load_schema(str(p))


def test_unknown_schema():
    with pytest.raises(ShokenError, match="unknown schema"):
        load_schema("nope")
