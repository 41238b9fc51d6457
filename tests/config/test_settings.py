from pathlib import Path

import pytest

from masthead.config import declared

DOCS = Path(__file__).resolve().parents[2] / "docs" / "settings.md"


def test_every_setting_is_documented() -> None:
    text = DOCS.read_text(encoding="utf-8")
    missing = [s.name for s in declared.SETTINGS if "`%s`" % s.name not in text]
    assert not missing, "document these settings in docs/settings.md: %s" % missing


def test_defaults_are_valid() -> None:
    values = declared.load({})
    assert values["MASTHEAD_FETCH_DEADLINE"] == 30.0
    assert values["MASTHEAD_FETCH_MAX_BYTES"] == 15 * 1024 * 1024
    assert values["MASTHEAD_FETCH_ALLOW_PRIVATE"] is False
    assert values["MASTHEAD_DEBUG"] is False


def test_bad_values_name_the_setting() -> None:
    with pytest.raises(declared.SettingError, match="MASTHEAD_FETCH_DEADLINE"):
        declared.load({"MASTHEAD_FETCH_DEADLINE": "-3"})
    with pytest.raises(declared.SettingError, match="MASTHEAD_DEBUG"):
        declared.load({"MASTHEAD_DEBUG": "maybe"})
    with pytest.raises(declared.SettingError, match="host:port"):
        declared.load({"MASTHEAD_FETCH_ALLOWED_HOSTS": "127.0.0.1"})


def test_secrets_come_from_files_and_are_not_echoed(tmp_path: Path) -> None:
    secret = tmp_path / "key"
    secret.write_text("from-a-file\n")
    values = declared.load({"MASTHEAD_SECRET_KEY_FILE": str(secret)})
    assert values["MASTHEAD_SECRET_KEY"] == "from-a-file"
    assert declared.load({"MASTHEAD_SECRET_KEY": "env-wins",
                          "MASTHEAD_SECRET_KEY_FILE": str(secret)})["MASTHEAD_SECRET_KEY"] == (
        "env-wins")
    with pytest.raises(declared.SettingError, match="cannot be read"):
        declared.load({"MASTHEAD_SECRET_KEY_FILE": str(tmp_path / "absent")})


def test_file_form_is_only_for_secrets(tmp_path: Path) -> None:
    value = tmp_path / "debug"
    value.write_text("true")
    assert declared.load({"MASTHEAD_DEBUG_FILE": str(value)})["MASTHEAD_DEBUG"] is False
