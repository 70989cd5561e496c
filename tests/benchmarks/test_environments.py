"""The environment catalog and its errors (file, line, column)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.benchmarks.helpers import write
from tracker.benchmarks.environments import read_environments
from tracker.errors import InputError, WorkspaceError

HEADER = "env_id,name,category,split,variant_of,description\n"


def test_reads_every_column(tmp_path: Path) -> None:
    path = write(
        tmp_path / "environments.csv",
        HEADER
        + "sandbagging_qa,Sandbagging QA,sandbagging,test,,Answers worse when told it is tested\n"
        + 'sandbagging_qa_v2,"Sandbagging QA, reworded",sandbagging,heldout,sandbagging_qa,\n',
    )
    first, second = read_environments(path)
    assert first.env_id == "sandbagging_qa"
    assert first.split == "test"
    assert first.variant_of is None
    assert first.description == "Answers worse when told it is tested"
    assert second.name == "Sandbagging QA, reworded"
    assert second.variant_of == "sandbagging_qa"


@pytest.mark.parametrize(
    ("content", "line", "column", "reason"),
    [
        ("env_id,name,split\nx,X,test\n", 1, "category", "missing column"),
        (HEADER + "x,X,c,training,,\n", 2, "split", "unknown split 'training'"),
        (HEADER + "x,X,c,test,,\ny,Y,c,test,,\nx,X2,c,test,,\n", 4, "env_id", "duplicate"),
        (HEADER + "x,X,c,test,nowhere,\n", 2, "variant_of", "unknown environment 'nowhere'"),
        (HEADER + ",X,c,test,,\n", 2, "env_id", "empty environment id"),
        ("", 1, None, "empty file"),
    ],
)
def test_bad_catalogs_name_file_line_and_column(
    tmp_path: Path, content: str, line: int, column: str | None, reason: str
) -> None:
    path = write(tmp_path / "environments.csv", content)
    with pytest.raises(InputError, match=reason) as caught:
        read_environments(path)
    assert caught.value.location.file == str(path)
    assert caught.value.location.line == line
    assert caught.value.location.column == column


def test_non_utf8_catalog_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "environments.csv"
    path.write_bytes(HEADER.encode() + b"x,caf\xe9,c,test,,\n")
    with pytest.raises(InputError, match="not UTF-8") as caught:
        read_environments(path)
    assert caught.value.location.line == 2


def test_missing_catalog_is_a_workspace_error(tmp_path: Path) -> None:
    with pytest.raises(WorkspaceError, match="environment catalog not found"):
        read_environments(tmp_path / "nope.csv")


@pytest.mark.parametrize(
    ("rows", "line", "ring"),
    [
        ("a,A,c,test,a,\n", 2, "a -> a"),
        ("a,A,c,test,b,\nb,B,c,heldout,a,\n", 2, "a -> b -> a"),
        ("o,O,c,test,,\na,A,c,test,b,\nb,B,c,test,d,\nd,D,c,test,b,\n", 4, "a -> b -> d -> b"),
    ],
)
def test_variant_cycles_are_named(tmp_path: Path, rows: str, line: int, ring: str) -> None:
    path = write(tmp_path / "environments.csv", HEADER + rows)
    with pytest.raises(InputError, match="cycle") as caught:
        read_environments(path)
    assert caught.value.location.line == line
    assert caught.value.location.column == "variant_of"
    assert ring.split(" -> ", 1)[1] in str(caught.value)


def test_unclosed_quote_names_its_line(tmp_path: Path) -> None:
    rows = 'a,A,c,test,,\nb,"B,c,heldout,,\nc,C,c,test,,\nd,D,c,test,,\n'
    path = write(tmp_path / "environments.csv", HEADER + rows)
    with pytest.raises(InputError, match="never closes") as caught:
        read_environments(path)
    assert caught.value.location.line == 3
