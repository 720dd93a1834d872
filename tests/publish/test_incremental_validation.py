"""Incremental package validation: Frictionless checks the rows new since the baseline version, claimpack the keys
and file hashes over whole tables; every defect a full validation finds in a new version is still found."""
from __future__ import annotations

import csv
import hashlib
import io
import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

from pipeline.publish.catalog import publish
from pipeline.publish.validate_package import validate_package
from test_package import A1, NAME, hid, make_meta, make_tables


def _add_article(tables: dict[str, pd.DataFrame], key: str) -> dict[str, pd.DataFrame]:
    out = {k: v.copy() for k, v in tables.items()}
    row = out["articles"].iloc[0].to_dict()
    row.update(article_id=hid("a", key), source_id=key, text_sha256=hashlib.sha256(key.encode()).hexdigest())
    out["articles"] = pd.concat([out["articles"], pd.DataFrame([row])], ignore_index=True)
    return out


@pytest.fixture
def two_versions(tmp_path):
    first = make_tables()
    v1 = publish(first, tmp_path, NAME, make_meta(first))
    second = _add_article(first, "three")
    v2 = publish(second, tmp_path, NAME, make_meta(second))
    return tmp_path, v1, v2


def test_first_version_is_validated_in_full_then_only_new_rows(two_versions):
    _, v1, v2 = two_versions
    assert v1.validation["mode"] == "full" and v1.validation["valid"]
    assert v2.version == "1.1.0"
    assert v2.validation["mode"] == "incremental" and v2.validation["baseline"] == "1.0.0"
    assert v2.validation["valid"], v2.validation["errors"]
    assert v2.validation["resources"]["articles"]["rows_validated"] == 1
    assert v2.validation["resources"]["claims"]["rows_validated"] == 0


def test_full_validation_setting_validates_every_row(tmp_path):
    first = make_tables()
    publish(first, tmp_path, NAME, make_meta(first))
    second = _add_article(first, "three")
    v2 = publish(second, tmp_path, NAME, make_meta(second), full_validation=True)
    assert v2.validation["mode"] == "full" and v2.validation["valid"]


# ------------------------------------------------------------------------------------------------ tampered copies
def _copy_with(base: Path, dest: Path, table: str, edit) -> Path:
    """A copy of version folder ``base`` whose ``table``.csv rows went through ``edit``; bytes and hash updated."""
    shutil.copytree(base, dest)
    path = dest / f"{table}.csv"
    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    rows = rows[:1] + edit(rows[0], rows[1:])
    buf = io.StringIO(newline="")
    csv.writer(buf, lineterminator="\n").writerows(rows)
    data = buf.getvalue().encode("utf-8")
    path.write_bytes(data)
    desc = json.loads((dest / "datapackage.json").read_text(encoding="utf-8"))
    for res in desc["resources"]:
        if res["name"] == table:
            res["bytes"], res["hash"] = len(data), "sha256:" + hashlib.sha256(data).hexdigest()
    (dest / "datapackage.json").write_text(json.dumps(desc), encoding="utf-8")
    return dest


def _set(header, row, **values):
    row = list(row)
    for k, v in values.items():
        row[header.index(k)] = v
    return row


def _both(base: Path, tampered: Path) -> tuple[dict, dict]:
    return validate_package(tampered, baseline=base), validate_package(tampered)


def test_a_bad_new_row_is_found_with_its_row_number(two_versions, tmp_path):
    root, _, v2 = two_versions
    bad = _copy_with(v2.path, tmp_path / "bad", "claims", lambda h, rows: rows + [
        _set(h, rows[0], claim_id=hid("c", "new"), epistemic_status="rumoured")])
    inc, full = _both(v2.path, bad)
    assert not inc["valid"] and not full["valid"]
    assert inc["resources"]["claims"]["rows_validated"] == 1
    [err] = inc["errors"]
    assert (err["resource"], err["type"], err["field"]) == ("claims", "constraint-error", "epistemic_status")
    assert err["row"] == full["errors"][0]["row"] == 4  # header, two old rows, then the new one


def test_a_new_row_repeating_an_old_primary_key_is_found(two_versions, tmp_path):
    _, _, v2 = two_versions
    bad = _copy_with(v2.path, tmp_path / "dup", "claims", lambda h, rows: rows + [_set(h, rows[0], cue="stated")])
    inc, full = _both(v2.path, bad)
    assert {e["type"] for e in inc["errors"]} == {"primary-key"}
    assert any(e["type"] == "primary-key" for e in full["errors"])
    assert inc["errors"][0]["row"] == 4


def test_a_new_row_pointing_at_a_missing_article_is_found(two_versions, tmp_path):
    _, _, v2 = two_versions
    bad = _copy_with(v2.path, tmp_path / "fk", "mentions", lambda h, rows: rows + [
        _set(h, rows[0], mention_id=hid("m", "orphan"), article_id=hid("a", "nowhere"))])
    inc, full = _both(v2.path, bad)
    assert [(e["type"], e["row"]) for e in inc["errors"]] == [("foreign-key", 4)]
    assert any(e["type"] == "foreign-key" for e in full["errors"])


def test_removing_a_referenced_old_row_breaks_the_old_rows_that_point_at_it(two_versions, tmp_path):
    _, _, v2 = two_versions
    bad = _copy_with(v2.path, tmp_path / "gone", "articles", lambda h, rows: [r for r in rows if r[0] != A1])
    inc, full = _both(v2.path, bad)
    assert not inc["valid"] and not full["valid"]
    assert {e["resource"] for e in inc["errors"] if e["type"] == "foreign-key"} >= {"claims", "mentions"}


def test_a_file_changed_after_its_descriptor_fails_the_hash(two_versions, tmp_path):
    _, _, v2 = two_versions
    bad = tmp_path / "hash"
    shutil.copytree(v2.path, bad)
    with open(bad / "times.csv", "a", encoding="utf-8") as fh:
        fh.write("\n")
    inc, full = _both(v2.path, bad)
    assert {"hash-count", "byte-count"} <= {e["type"] for e in inc["errors"]}
    assert not full["valid"]


def test_a_changed_schema_revalidates_that_table_in_full(two_versions, tmp_path):
    _, _, v2 = two_versions
    changed = tmp_path / "schema"
    shutil.copytree(v2.path, changed)
    desc = json.loads((changed / "datapackage.json").read_text(encoding="utf-8"))
    times = next(r for r in desc["resources"] if r["name"] == "times")
    times["schema"]["fields"][0]["description"] = "Reworded."
    (changed / "datapackage.json").write_text(json.dumps(desc), encoding="utf-8")
    report = validate_package(changed, baseline=v2.path)
    assert report["valid"]
    assert report["resources"]["times"]["rows_validated"] == 1  # every row of the changed table
    assert report["resources"]["claims"]["rows_validated"] == 0


def test_cli_validate_checks_every_row_of_a_version(two_versions, capsys):
    from pipeline import cli

    root, _, v2 = two_versions
    assert cli.main(["validate", "--out", str(root)]) == 0
    assert capsys.readouterr().out.startswith(f"valid: {v2.path}")
    with open(v2.path / "times.csv", "a", encoding="utf-8") as fh:
        fh.write("not,a,valid,row\n")
    assert cli.main(["validate", "1.1.0", "--out", str(root)]) == 1
    captured = capsys.readouterr()
    assert captured.out.startswith("INVALID") and "times" in captured.err
    assert cli.main(["validate", "7.0.0", "--out", str(root)]) == 2
