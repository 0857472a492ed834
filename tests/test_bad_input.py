"""The CLI contract for bad input, through the installed `planlink` command in a real process:
one bad file never stops the others, the good ones are written, the exit code is non-zero and
stderr names each bad file with its problem."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from document_fixtures import pdf_bytes, write_docx

from loaders import legacy_encodings as le

SEEDS = Path(__file__).resolve().parent.parent / "planlink" / "samples"
SEED = sorted(SEEDS.glob("*.txt"))[0]
LEGACY_TEXT = ("TỈNH ỦY CAO BẰNG\nSố 413-KH/TU\nCao Bằng, ngày 13 tháng 12 năm 2019\nKẾ HOẠCH\n"
               "1. Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Sở Văn hóa, Thể thao và Du lịch "
               "tổ chức tuyên truyền kỷ niệm 90 năm Ngày thành lập Đảng (3/2/1930 - 3/2/2020).\n")


def planlink(*args: str | Path, cwd: Path, columns: int = 500) -> subprocess.CompletedProcess[str]:
    command = Path(sys.executable).with_name("planlink")
    argv = [str(command)] if command.exists() else [sys.executable, "-c",
                                                     "from planlink.cli import main; main()"]
    env = {**os.environ, "COLUMNS": str(columns), "NO_COLOR": "1"}
    return subprocess.run([*argv, *map(str, args)], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=300, check=False)


@pytest.fixture
def inputs(tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "in"
    folder.mkdir()
    good = {
        "seed": folder / SEED.name,
        "plan_docx": write_docx(folder / "plan_docx.docx", before=["KẾ HOẠCH", "Nhiệm vụ cụ thể"],
                                after=["Nơi nhận:"]),
        "plan_pdf": folder / "plan_pdf.pdf",
        "old_tcvn3": folder / "old_tcvn3.txt",
    }
    good["seed"].write_bytes(SEED.read_bytes())
    good["plan_pdf"].write_bytes(pdf_bytes([["KE HOACH so 20-KH/DUK", "Thuc hien Chi thi so 35-CT/TW"]]))
    good["old_tcvn3"].write_bytes(le.encode(LEGACY_TEXT, "tcvn3"))
    docx_bytes = good["plan_docx"].read_bytes()
    bad = {
        "empty": (folder / "empty.txt", b""),
        "scan": (folder / "scan.pdf", pdf_bytes([[], []])),
        "cut_docx": (folder / "cut_docx.docx", docx_bytes[: len(docx_bytes) // 2]),
        "cut_pdf": (folder / "cut_pdf.pdf", pdf_bytes([["KE HOACH"]])[:150]),
        "image": (folder / "image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256))),
    }
    for path, data in bad.values():
        path.write_bytes(data)
    # issue 11's bad scans and PDFs: an encrypted PDF, a 20000×20000 image, a 0-byte TIFF
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(good["plan_pdf"]))
    writer.encrypt(user_password="mat-khau", algorithm="RC4-128")
    with (folder / "locked.pdf").open("wb") as f:
        writer.write(f)
    (folder / "huge.png").write_bytes((Path(__file__).parent / "data" / "formats" / "blank_20000x20000.png").read_bytes())
    (folder / "zero.tif").write_bytes(b"")
    more = {"locked": folder / "locked.pdf", "huge": folder / "huge.png", "zero": folder / "zero.tif"}
    return {**good, **{name: path for name, (path, _) in bad.items()}, **more}


GOOD = ("seed", "plan_docx", "plan_pdf", "old_tcvn3")
BAD = {"empty": "empty file", "scan": "no text on any page", "cut_docx": "broken",
       "cut_pdf": "broken or truncated PDF", "image": "PNG image", "locked": "encrypted PDF",
       "huge": "20000×20000 pixels", "zero": "empty file (0 bytes)"}


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("error")]


def test_bad_files_are_named_and_the_good_ones_written(tmp_path: Path, inputs: dict[str, Path]) -> None:
    out = tmp_path / "out"
    # Bad files first and last, so a bad file cannot stop what follows it.
    order = ["empty", *GOOD[:2], "scan", "locked", "cut_docx", *GOOD[2:], "huge", "cut_pdf", "image", "zero"]
    result = planlink("extract", *(inputs[name] for name in order), "--out", out, cwd=tmp_path)

    assert result.returncode != 0
    assert sorted(p.name for p in out.glob("*.json")) == sorted(f"{inputs[n].stem}.json" for n in GOOD)
    lines = error_lines(result.stderr)
    assert len(lines) == len(BAD), result.stderr
    for name, problem in BAD.items():
        # One line per file, naming the file and its problem.
        assert any(str(inputs[name]) in line and problem in line for line in lines), (name, result.stderr)
    assert f"{len(GOOD)} extracted, {len(BAD)} failed" in result.stderr


def test_a_folder_with_a_bad_file(tmp_path: Path, inputs: dict[str, Path]) -> None:
    out = tmp_path / "out"
    result = planlink("extract", inputs["seed"].parent, "--out", out, cwd=tmp_path)
    assert result.returncode != 0
    assert {p.stem for p in out.glob("*.json")} == {inputs[n].stem for n in GOOD}
    assert len(error_lines(result.stderr)) == len(BAD), result.stderr


def test_converted_encoding_is_listed_in_the_output(tmp_path: Path, inputs: dict[str, Path]) -> None:
    out = tmp_path / "out"
    result = planlink("extract", inputs["old_tcvn3"], "--out", out, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    data = json.loads((out / "old_tcvn3.json").read_text(encoding="utf-8"))
    assert data["document"]["symbol"] == "413-KH/TU"
    assert any(p["code"] == "encoding_converted" and "TCVN3" in p["message"] for p in data["problems"])


def test_all_good_exits_zero(tmp_path: Path, inputs: dict[str, Path]) -> None:
    out = tmp_path / "out"
    result = planlink("extract", *(inputs[name] for name in GOOD), "--out", out, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert len(list(out.glob("*.json"))) == len(GOOD)
    assert error_lines(result.stderr) == []


def test_missing_path_is_named(tmp_path: Path, inputs: dict[str, Path]) -> None:
    out = tmp_path / "out"
    result = planlink("extract", tmp_path / "nope.docx", inputs["seed"], "--out", out, cwd=tmp_path)
    assert result.returncode != 0
    assert (out / f"{inputs['seed'].stem}.json").exists()
    assert any("nope.docx" in line and "no such file" in line for line in error_lines(result.stderr))


def test_error_lines_are_not_wrapped_when_piped(tmp_path: Path, inputs: dict[str, Path]) -> None:
    result = planlink("extract", inputs["empty"], "--out", tmp_path / "out", cwd=tmp_path, columns=80)
    assert any(str(inputs["empty"]) in line and "empty file" in line
               for line in error_lines(result.stderr)), result.stderr
