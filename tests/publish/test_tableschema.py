"""The Table Schemas, data dictionary and Dagster schemas are generated from the pandera models."""
from __future__ import annotations

import re

import dagster as dg
import frictionless
import pytest

from pipeline.publish.tableschema import (dagster_table_schema, data_dictionary, frictionless_pattern,
                                          table_schema, table_schemas)
from schemas.tables import TABLES, ID_PATTERN


@pytest.mark.parametrize("name", list(TABLES))
def test_fields_follow_model_order_and_schema_is_valid(name):
    schema = table_schema(name)
    model_cols = list(TABLES[name].to_schema().columns)
    assert [f["name"] for f in schema["fields"]] == model_cols
    assert all(f["type"] in {"string", "integer", "number", "boolean", "date", "datetime"} for f in schema["fields"])
    assert all(f.get("description") for f in schema["fields"])
    assert schema["primaryKey"] == TABLES[name].Config.metadata["primary_key"]
    report = frictionless.Schema.validate_descriptor(schema)
    assert report.valid, report.flatten(["type", "note"])


def test_type_and_constraint_mapping():
    claims = {f["name"]: f for f in table_schema("claims")["fields"]}
    assert claims["claim_id"]["type"] == "string"
    assert claims["claim_id"]["constraints"] == {"required": True, "unique": True,
                                                  "pattern": "[a-z]{1,3}_[0-9a-f]{16}"}
    assert claims["char_start"] == {"name": "char_start", "type": "integer",
                                    "description": "Start of the claim content (Python string index).",
                                    "constraints": {"required": True, "minimum": 0}}
    assert claims["claimant_start"]["type"] == "integer"  # pandas Int64
    assert "required" not in claims["claimant_start"]["constraints"]
    assert "constraints" not in claims["claimant"]  # nullable, free text
    assert claims["attribution"]["constraints"]["enum"] == ["direct_quote", "indirect", "according_to", "author"]
    ents = {f["name"]: f for f in table_schema("entities")["fields"]}
    assert ents["latitude"]["type"] == "number"
    assert ents["latitude"]["constraints"] == {"minimum": -90, "maximum": 90}
    assert ents["geonames_id"]["constraints"] == {"minimum": 1}
    times = {f["name"]: f for f in table_schema("times")["fields"]}
    assert times["granularity"]["constraints"]["enum"][0] == "time"
    assert times["start_date"]["constraints"]["pattern"] == r"\d{4}-\d{2}-\d{2}"


def test_foreign_keys_v2_form_and_resolvable():
    schemas = table_schemas()
    assert table_schema("mentions")["foreignKeys"][1] == {
        "fields": ["entity_id"], "reference": {"resource": "entities", "fields": ["entity_id"]}}
    assert "foreignKeys" not in schemas["articles"]
    for name, schema in schemas.items():
        for fk in schema.get("foreignKeys", []):
            target = schemas[fk["reference"]["resource"]]
            names = [f["name"] for f in target["fields"]]
            assert all(f in names for f in fk["reference"]["fields"]), (name, fk)
            assert all(f in [x["name"] for x in schema["fields"]] for f in fk["fields"])


def test_patterns_are_unanchored_and_equivalent():
    assert frictionless_pattern(ID_PATTERN) == "[a-z]{1,3}_[0-9a-f]{16}"
    assert frictionless_pattern("^a|b$") == "(a|b)"
    assert frictionless_pattern("^ab") == "ab.*"  # pandera re.match only anchors the start
    assert frictionless_pattern(r"^a\$") == r"a\$.*"  # an escaped dollar is not an anchor
    samples = ["a_0123456789abcdef", "ab_0123456789abcdefX", "2024-10-25", "2024-10-25T10:00", "2024-10-25T10:00Z",
               "2024-10-25T10:00:00+09:00", "2024-10-25 x", "Q42", "Q", "KOR", "KORX", "en", "eng", "x" * 64,
               "0" * 64, "a|b", "ab", "b"]
    for name, model in TABLES.items():
        for col, column in model.to_schema().columns.items():
            for check in column.checks:
                if check.name != "str_matches":
                    continue
                original = check.statistics["pattern"]
                converted = frictionless_pattern(original)
                assert not converted.startswith("^") and not converted.endswith("$")
                for s in samples:
                    # Frictionless compiles "^{pattern}$" and uses re.match
                    assert bool(re.match(f"^{converted}$", s)) == bool(re.match(original, s)), (col, s)


def test_data_dictionary_covers_every_table_and_field():
    md = data_dictionary()
    for name, model in TABLES.items():
        meta = model.Config.metadata
        assert f"`{name}` — {meta['title']}" in md
        assert meta["description"] in md
        for col in model.to_schema().columns:
            assert f"| `{col}` |" in md
    assert "`claim_id` → `claims`.`claim_id`" in md
    assert "one of `direct_quote`, `indirect`, `according_to`, `author`" in md
    assert "char_start < char_end" in md  # row-level checks are listed
    # the published-at pattern has a '|' that must not break the Markdown table
    line = next(l for l in md.splitlines() if l.startswith("| `published_at`"))
    assert line.count(" | ") == 4


def test_dagster_table_schema():
    ts = dagster_table_schema("claims")
    assert isinstance(ts, dg.TableSchema)
    cols = {c.name: c for c in ts.columns}
    assert list(cols) == list(TABLES["claims"].to_schema().columns)
    assert cols["claim_id"].constraints.unique and not cols["claim_id"].constraints.nullable
    assert cols["claimant"].constraints.nullable
    assert cols["char_start"].type == "integer"
    assert cols["claimant_type"].description == "Kind of claimant."
    assert any("one of" in o for o in cols["attribution"].constraints.other)
    assert any("foreign key: article_id -> articles.article_id" == o for o in ts.constraints.other)
    # usable as Dagster metadata
    dg.MetadataValue.table_schema(ts)
