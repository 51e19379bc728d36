"""Japanese names read as Japanese with the ja extra, and as before without it."""

from __future__ import annotations

from collections.abc import Iterator

import duckdb
import pyarrow as pa
import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialid._internal.normalize import japanese, name
from socialid._internal.normalize._batch import run_batch
from socialid._internal.normalize.name_sql import NAME_BATCH
from socialid.normalize import normalize_name, normalize_name_parts

READINGS = [
    # (text, reading): passport Hepburn, family name first as written
    ("中村\u3000桃子", "nakamura momoko"),
    ("後藤くみ子", "goto kumiko"),
    ("長谷川 陽子", "hasegawa yoko"),
    ("鈴木　裕太", "suzuki yuta"),
    ("伊藤洋介", "ito yosuke"),
    ("さとう ゆき", "sato yuki"),
    ("いのうえ こうじ", "inoue koji"),
    ("ヤマダ タロウ", "yamada taro"),
]
NOT_JAPANESE = ["王小明", "李明", "张伟", "김민준", "Anna 中村", "John Smith", "", "🚀"]


def _clear() -> None:
    for cached in (japanese._tagger, japanese.japanese_reading, name._normalize,
                   name._normalize_parts):
        cached.cache_clear()


@pytest.fixture
def without_ja(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    _clear()
    monkeypatch.setattr(japanese, "_tagger", lambda: None)
    yield
    monkeypatch.undo()
    _clear()


@pytest.mark.parametrize(("text", "reading"), READINGS)
def test_japanese_names_read_as_passports_write_them(text: str, reading: str) -> None:
    assert japanese.japanese_reading(text) == reading


@pytest.mark.parametrize("text", NOT_JAPANESE)
def test_chinese_korean_and_latin_names_are_not_read(text: str) -> None:
    assert japanese.japanese_reading(text) is None


@given(st.text(alphabet="中村山田太郎王李明森春香のさとうゆきヤマダー 　a", max_size=12))
def test_a_reading_is_lower_case_words_or_none(text: str) -> None:
    reading = japanese.japanese_reading(text)
    assert reading is None or all(w.isascii() and w.isalpha() for w in reading.split())


def test_crm_columns_are_read_once_the_name_is_japanese() -> None:
    result = normalize_name_parts("充", "渡辺")
    assert (result.full, result.first, result.last) == ("mitsuru watanabe", "mitsuru", "watanabe")
    assert normalize_name_parts("明", "李").full == "ming li"


def test_without_the_ja_extra_names_are_transliterated_as_before(without_ja: None) -> None:
    assert not japanese.japanese_available()
    assert japanese.japanese_reading("中村\u3000桃子") is None
    assert normalize_name("山田\u3000太郎").full == "tailang shantian"
    assert normalize_name_parts("太郎", "山田").full == "tailang shantian"
    # ... and the batch path, which then reads them in SQL, agrees.
    con = duckdb.connect()
    values = ["山田\u3000太郎", "中村 桃子", "王小明"]
    con.register("rows", pa.table({"value": values}))
    stats = run_batch(con, NAME_BATCH, "rows", "out")
    assert (stats.sql_rows, stats.python_rows) == (3, 0)
    got = dict(con.execute('SELECT value, "full" FROM out').fetchall())
    assert got == {v: normalize_name(v).full for v in values}
