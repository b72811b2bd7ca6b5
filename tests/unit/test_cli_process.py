"""`bulletins process` run as a real subprocess: inputs, outputs, dead letters, exit codes."""

import subprocess
import sys
from pathlib import Path

import orjson

SEED = Path(__file__).resolve().parents[1] / "fixtures" / "sana-assad-putin-hmeimim.txt"

KUNA = (
    "KUWAIT, Dec 3 (KUNA) -- The National Assembly approved the public budget on Tuesday. "
    "(end) ab.cd"
)


def _bulletins(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "service.cli", "process", *args],
        input=stdin,
        capture_output=True,
        timeout=60,
        check=False,
    )


def _events(stdout: bytes) -> list[dict[str, object]]:
    return [orjson.loads(line) for line in stdout.splitlines()]


def test_txt_file_becomes_one_event_with_the_file_stem_as_source() -> None:
    run = _bulletins(str(SEED))
    assert run.returncode == 0, run.stderr
    (event,) = _events(run.stdout)
    assert event["source"] == "sana-assad-putin-hmeimim"
    assert event["dateline"] == {
        "place": "Damascus",
        "agency": "SANA",
        "date": None,
        "text": "Damascus, SANA-",
    }
    assert event["boilerplate"] == ["English Bulletin", "Check Also"]
    assert b"processed: 1 enriched" in run.stderr


def test_jsonl_in_input_order_with_dead_letters(tmp_path: Path) -> None:
    lines = [
        orjson.dumps({"source": "kuna-en", "text": KUNA}),
        b'{"source": "broken", "text": ',
        orjson.dumps({"text": "no source"}),
        orjson.dumps({"source": "sana-en", "text": SEED.read_text(encoding="utf-8")}),
    ]
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(b"\n".join(lines) + b"\n")
    dead = tmp_path / "dead.jsonl"
    run = _bulletins(str(feed), "--dead-letters", str(dead))
    assert run.returncode == 0, run.stderr
    assert [event["source"] for event in _events(run.stdout)] == ["kuna-en", "sana-en"]
    letters = [orjson.loads(line) for line in dead.read_bytes().splitlines()]
    assert [letter["error"]["code"] for letter in letters] == ["invalid_json", "schema_violation"]
    assert letters[0]["input"] == lines[1].decode()
    assert letters[1]["error"]["stage"] == "validate"
    assert "'source'" in letters[1]["error"]["message"]


def test_stdin_jsonl() -> None:
    run = _bulletins("-", stdin=orjson.dumps({"source": "kuna-en", "text": KUNA}) + b"\n")
    assert run.returncode == 0, run.stderr
    (event,) = _events(run.stdout)
    assert event["body"] == ["The National Assembly approved the public budget on Tuesday."]
    assert event["boilerplate"] == ["(end) ab.cd"]


def test_stdin_text_with_source() -> None:
    run = _bulletins("-", "--source", "kuna-en", stdin=KUNA.encode())
    assert run.returncode == 0, run.stderr
    (event,) = _events(run.stdout)
    assert event["source"] == "kuna-en"


def test_missing_file_is_one_line_and_exit_2(tmp_path: Path) -> None:
    run = _bulletins(str(tmp_path / "nowhere.jsonl"))
    assert run.returncode == 2
    assert run.stdout == b""
    assert run.stderr.count(b"\n") == 1
    assert b"no such file" in run.stderr
    assert b"Traceback" not in run.stderr


def test_unknown_option_is_one_line_and_exit_2() -> None:
    run = _bulletins("--frobnicate")
    assert run.returncode == 2
    assert run.stderr.count(b"\n") == 1
    assert b"Traceback" not in run.stderr
