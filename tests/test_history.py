"""History from git (issue 19): trend points, skipped commits, renames, stall, forecast, log."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
import yaml
from conftest import assessment_doc, git, run

from soc2cli import __version__
from soc2cli.assessment import parse_assessment
from soc2cli.catalogue import Catalogue
from soc2cli.errors import InputError, UsageError
from soc2cli.files import git as history_git
from soc2cli.history import trend as trend_module
from soc2cli.history.log import AnswerState, answer_history
from soc2cli.history.render import TrendFormat, log_text, render_trend, trend_csv
from soc2cli.history.revisions import Revision, read_revisions
from soc2cli.history.trend import (
    TrendPoint,
    build_trend,
    forecast,
    replay,
    stall,
    stall_days,
)
from soc2cli.scoring import score

SCRIPT = "<script>alert(1)</script>"


@dataclass
class History:
    """The temporary repository and what the test knows about each commit."""

    repo: Path
    file: Path  # where the assessment lives now (after the rename)
    tracked: str  # the control whose answer the log follows
    commits: dict[str, str]  # message -> commit id
    dates: dict[str, date]  # message -> committer's calendar day


def _doc(answers: dict[str, Any]) -> str:
    doc = assessment_doc(report_type="type2", answers=answers, target_date="2027-06-30")
    doc["schema_version"] = 2
    return yaml.safe_dump(doc, sort_keys=False)


def subprocess_out(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=repo, check=True, capture_output=True, text=True
    ).stdout.strip()


@contextmanager
def _dated(when: str) -> Iterator[None]:
    with mock.patch.dict(os.environ, {"GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when}):
        yield


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory, builtin: Catalogue) -> History:
    repo = tmp_path_factory.mktemp("client")
    git(repo, "init", "-q", "-b", "main")
    ids = [c.id for c in builtin.controls]
    tracked = ids[0]
    commits: dict[str, str] = {}
    dates: dict[str, date] = {}
    name = "assessment.yaml"

    def commit(message: str, when: str, *extra: str) -> None:
        git(repo, "add", "-A")
        with _dated(when):
            git(repo, "commit", "-q", "-m", message, *extra)
        rev = subprocess_out(repo, "rev-parse", "HEAD")
        commits[message] = rev
        dates[message] = datetime.fromisoformat(when).date()

    def write(answers: dict[str, Any]) -> None:
        (repo / name).write_text(_doc(answers), encoding="utf-8")

    answers: dict[str, Any] = {i: {"status": "partial", "documented": False} for i in ids[:20]}
    write(answers)
    # 23:30 in New York is already the next day in UTC: the point keeps the committer's day.
    commit("create", "2027-01-04T23:30:00-05:00")
    (repo / "README.md").write_text("client notes\n")
    commit("unrelated readme", "2027-01-11T10:00:00+00:00")
    for i in ids[:40]:
        answers[i] = {"status": "implemented", "documented": True}
    answers[tracked] = {
        "status": "implemented",
        "documented": True,
        "notes": "Policy approved by the board",
    }
    write(answers)
    commit("improve", "2027-01-18T10:00:00+00:00")
    for i in ids[40:60]:
        answers[i] = {"status": "implemented", "documented": True}
    write(answers)
    commit("improve more", "2027-01-25T10:00:00+00:00", "--author", "Zoë & Co <z@example.com>")
    (repo / name).write_text("scope: [\n  organization: Example Co\n", encoding="utf-8")
    commit("broken", "2027-02-01T10:00:00+00:00")
    for i in ids[60:70]:
        answers[i] = {"status": "implemented", "documented": True}
    write(answers)
    commit("fix", "2027-02-08T10:00:00+00:00")
    answers[tracked] = {**answers[tracked], "status": "partial", "documented": False}
    for i in ids[1:6]:
        answers[i] = {"status": "missing", "documented": False}
    write(answers)
    commit(SCRIPT, "2027-02-15T10:00:00+00:00", "--author", "=HYPERLINK(1) <x@example.com>")
    (repo / "soc2").mkdir()
    git(repo, "mv", name, "soc2/assessment.yaml")
    name = "soc2/assessment.yaml"
    commit("rename", "2027-02-22T10:00:00+00:00")
    answers[tracked] = {"status": "operating", "documented": True, "notes": "Reviewed quarterly"}
    for i in ids[1:6]:
        answers[i] = {"status": "implemented", "documented": True}
    write(answers)
    commit("operating", "2027-03-01T10:00:00+00:00")
    (repo / "README.md").write_text("client notes, more\n")
    commit("unrelated again", "2027-03-08T10:00:00+00:00")
    for i in ids[:70]:
        answers[i] = {**answers[i], "status": "operating", "documented": True}
    write(answers)
    commit("window", "2027-03-15T10:00:00+00:00")
    window_text = (repo / name).read_text(encoding="utf-8")
    dropped = {k: v for k, v in answers.items() if k != tracked}
    write(dropped)
    commit("drop", "2027-03-22T10:00:00+00:00")
    (repo / name).write_text(window_text, encoding="utf-8")  # the same blob as "window"
    commit("revert", "2027-04-19T10:00:00+00:00")
    return History(repo, repo / name, tracked, commits, dates)


FILE_COMMITS = [
    "create",
    "improve",
    "improve more",
    "broken",
    "fix",
    SCRIPT,
    "rename",
    "operating",
    "window",
    "drop",
    "revert",
]
POINT_COMMITS = [m for m in FILE_COMMITS if m != "broken"]


@pytest.fixture(scope="module")
def revisions(history: History) -> list[Revision]:
    return read_revisions(history.file)


@pytest.fixture(scope="module")
def points(revisions: list[Revision], builtin: Catalogue) -> list[TrendPoint]:
    found, _ = replay(revisions, builtin, tool_version=__version__, workers=1)
    return found


def _report(history: History, point: TrendPoint, builtin: Catalogue) -> Any:
    text = subprocess_out(history.repo, "show", f"{point.commit}:{point.path}") + "\n"
    assessment = parse_assessment(text, point.path, builtin)
    return score(builtin, assessment, as_of=point.as_of, tool_version=__version__)


# --- the points ---------------------------------------------------------------------------------


def test_one_point_per_commit_that_changed_the_file_across_the_rename(
    history: History, points: list[TrendPoint]
) -> None:
    assert [p.commit for p in points] == [history.commits[m] for m in POINT_COMMITS]
    assert [p.as_of for p in points] == [history.dates[m] for m in POINT_COMMITS]
    before = POINT_COMMITS.index("rename")
    assert {p.path for p in points[:before]} == {"assessment.yaml"}
    assert {p.path for p in points[before:]} == {"soc2/assessment.yaml"}
    assert points[0].as_of == date(2027, 1, 4)  # the committer's day, not UTC's 5 January


def test_the_broken_commit_is_skipped_with_a_one_line_reason(
    history: History, revisions: list[Revision], builtin: Catalogue
) -> None:
    _, skipped = replay(revisions, builtin, tool_version=__version__, workers=1)
    assert [s.commit for s in skipped] == [history.commits["broken"]]
    reason = skipped[0].reason
    assert reason.startswith("assessment.yaml:")
    assert "YAML" in reason
    assert "\n" not in reason


def test_every_point_equals_the_score_of_that_revision(
    history: History, points: list[TrendPoint], builtin: Catalogue
) -> None:
    previous: set[str] = set()
    for point in points:
        report = _report(history, point, builtin)
        s = report.summary
        assert point.readiness_type1 == s.type1.readiness
        assert point.readiness_type2 == s.type2.readiness
        assert point.readiness == s.readiness
        assert point.gaps == s.gaps_total == len(report.gaps)
        assert (point.answered, point.applicable) == (s.answered, s.applicable)
        gaps = {g.control for g in report.gaps}
        assert set(point.gaps_opened) == gaps - previous
        assert set(point.gaps_closed) == previous - gaps
        previous = gaps


def test_every_point_equals_soc2_report_as_of_its_date(
    history: History, points: list[TrendPoint], tmp_path: Path
) -> None:
    for point in points:
        checked_out = tmp_path / f"{point.commit}.yaml"
        checked_out.write_bytes(history_git.read_at(history.repo / point.path, point.commit))
        result = run("report", str(checked_out), "--format", "json", "--as-of", str(point.as_of))
        assert result.exit_code == 0, result.stderr
        summary = json.loads(result.stdout)["summary"]
        assert point.readiness_type1 == summary["type1"]["readiness"]
        assert point.readiness_type2 == summary["type2"]["readiness"]
        assert point.gaps == summary["gaps_total"]
        assert (point.answered, point.applicable) == (summary["answered"], summary["applicable"])


def test_the_regression_opens_gaps_and_the_next_change_closes_them(
    history: History, points: list[TrendPoint]
) -> None:
    by_message = dict(zip(POINT_COMMITS, points, strict=True))
    regression = by_message[SCRIPT]
    assert regression.readiness_type1 < by_message["fix"].readiness_type1
    assert history.tracked in regression.gaps_opened
    assert by_message["rename"].gaps_opened == by_message["rename"].gaps_closed == ()
    assert history.tracked in by_message["operating"].gaps_closed
    assert by_message["improve"].readiness_type1 > by_message["create"].readiness_type1


def test_a_blob_is_parsed_once_and_scored_once_per_date(
    revisions: list[Revision], builtin: Catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    import soc2cli.assessment
    import soc2cli.scoring

    calls = {"parse": 0, "score": 0}
    real_parse, real_score = soc2cli.assessment.parse_assessment, soc2cli.scoring.score

    def counting_parse(*args: Any, **kwargs: Any) -> Any:
        calls["parse"] += 1
        return real_parse(*args, **kwargs)

    def counting_score(*args: Any, **kwargs: Any) -> Any:
        calls["score"] += 1
        return real_score(*args, **kwargs)

    monkeypatch.setattr(soc2cli.assessment, "parse_assessment", counting_parse)
    monkeypatch.setattr(soc2cli.scoring, "score", counting_score)
    # Twice the history, the copies on the same days: no new parse, no new score.
    doubled = [*revisions, *(replace(r, commit="f" * 40) for r in revisions)]
    points, _ = replay(doubled, builtin, tool_version=__version__, workers=1)
    assert len(points) == 2 * len(POINT_COMMITS)
    blobs = {r.blob for r in revisions}
    parsable = {(r.blob, r.as_of) for r in revisions if "scope: [" not in (r.text or "")}
    assert len(blobs) < len(revisions)  # the rename and the revert reuse blobs
    assert calls == {"parse": len(blobs), "score": len(parsable)}


def test_worker_processes_give_the_same_points(
    revisions: list[Revision], builtin: Catalogue, points: list[TrendPoint]
) -> None:
    parallel, skipped = replay(revisions, builtin, tool_version=__version__, workers=2)
    assert parallel == points
    assert len(skipped) == 1


def test_since_and_until_select_points_and_keep_the_deltas(
    history: History, revisions: list[Revision], builtin: Catalogue, points: list[TrendPoint]
) -> None:
    trend = build_trend(
        revisions,
        builtin,
        tool_version=__version__,
        since=date(2027, 2, 1),
        until=date(2027, 3, 1),
        workers=1,
    )
    assert [p.commit for p in trend.points] == [
        history.commits[m] for m in ["fix", SCRIPT, "rename", "operating"]
    ]
    assert [s.commit for s in trend.skipped] == [history.commits["broken"]]
    # The first kept point still compares with the last point before --since.
    assert trend.points[0] == points[POINT_COMMITS.index("fix")]
    assert trend.history == tuple(points)
    with pytest.raises(UsageError):
        build_trend(
            revisions,
            builtin,
            tool_version=__version__,
            since=date(2027, 3, 2),
            until=date(2027, 3, 1),
        )


# --- stall --------------------------------------------------------------------------------------


def test_stall_on_the_repository_both_ways(points: list[TrendPoint]) -> None:
    rising = stall(points, days=10, as_of=date(2027, 1, 26))
    assert not rising.stalled
    assert rising.readiness_now is not None and rising.readiness_then is not None
    assert rising.readiness_now > rising.readiness_then
    flat = stall(points, days=30, as_of=date(2027, 6, 30))
    assert flat.stalled
    assert flat.since == date(2027, 5, 31)
    assert flat.readiness_now == flat.readiness_then == points[-1].readiness_type2
    assert "has not risen in 30 days" in flat.note
    young = stall(points, days=30, as_of=date(2027, 1, 20))
    assert not young.stalled


def _point(day: date, readiness: float, *, report_type: str = "type1", **kw: Any) -> TrendPoint:
    return TrendPoint(
        commit=f"{day.toordinal():040x}",
        committed_at=datetime(day.year, day.month, day.day, tzinfo=UTC),
        author="t",
        subject="",
        path="assessment.yaml",
        report_type=report_type,
        readiness=readiness,
        readiness_type1=readiness,
        readiness_type2=readiness if report_type == "type2" else 0.0,
        gaps=0,
        answered=1,
        applicable=1,
        draft=False,
        target_date=kw.get("target_date"),
        gaps_opened=(),
        gaps_closed=(),
    )


D0 = date(2027, 1, 1)


def test_stall_counts_net_progress_over_the_period() -> None:
    series = [_point(D0, 0.5), _point(D0 + timedelta(10), 0.6), _point(D0 + timedelta(20), 0.5)]
    # A rise that was lost again is no progress.
    lost = stall(series, days=35, as_of=D0 + timedelta(40))
    assert lost.stalled
    assert lost.last_rise == D0 + timedelta(10)
    kept = stall(series[:2], days=35, as_of=D0 + timedelta(40))
    assert not kept.stalled
    assert not stall(series, days=30, as_of=D0 + timedelta(25)).stalled  # history too young
    done = [_point(D0, 1.0), _point(D0 + timedelta(5), 1.0)]
    assert not stall(done, days=3, as_of=D0 + timedelta(60)).stalled
    assert not stall([], days=3, as_of=D0).stalled
    with pytest.raises(UsageError):
        stall(series, days=0, as_of=D0)


@pytest.mark.parametrize(("spec", "days"), [("stall=30", 30), ("stall=30d", 30), ("STALL=7D", 7)])
def test_fail_on_stall_spec(spec: str, days: int) -> None:
    assert stall_days(spec) == days


@pytest.mark.parametrize("spec", ["stall", "stall=0", "stall=-3", "regression", "stall=2w"])
def test_fail_on_stall_spec_refused(spec: str) -> None:
    with pytest.raises(UsageError, match="stall=DAYS"):
        stall_days(spec)


# --- forecast -----------------------------------------------------------------------------------


def test_forecast_is_the_least_squares_pace_from_the_latest_point() -> None:
    target = date(2027, 3, 31)
    series = [
        _point(D0 - timedelta(200), 0.9, target_date=target),  # outside the 90 days: ignored
        _point(D0, 0.10, target_date=target),
        _point(D0 + timedelta(10), 0.25, target_date=target),
        _point(D0 + timedelta(20), 0.30, target_date=target),
    ]
    # x = -20, -10, 0 days; y = .10, .25, .30: slope = 2.0 / 200 = 0.01 a day.
    result = forecast(series)
    assert result.points_used == 3
    assert result.pace_per_week == pytest.approx(0.07)
    # 70 % left at 1 point a day: 70 days after 21 January.
    assert result.reaches_full_on == date(2027, 4, 1)
    assert result.target_date == target
    assert result.on_track is False
    assert result.note.endswith("; target date 2027-03-31: missed by 1 day.")


def test_forecast_without_a_rising_pace_or_enough_points() -> None:
    falling = [_point(D0, 0.5), _point(D0 + timedelta(7), 0.4)]
    assert forecast(falling).reaches_full_on is None
    assert "has not risen" in forecast(falling).note
    assert forecast([_point(D0, 0.5)]).reaches_full_on is None
    assert forecast([]).reaches_full_on is None
    slow = [_point(D0, 0.1), _point(D0 + timedelta(30), 0.1001)]
    assert forecast(slow).reaches_full_on is None
    assert "years" in forecast(slow).note
    reached = [_point(D0, 0.5), _point(D0 + timedelta(3), 1.0), _point(D0 + timedelta(9), 1.0)]
    done = forecast(reached)
    assert done.reaches_full_on == D0 + timedelta(3)
    assert done.pace_per_week is None


def test_forecast_reads_the_latest_scope_report_type() -> None:
    series = [
        _point(D0, 0.2, report_type="type2"),
        _point(D0 + timedelta(10), 0.4, report_type="type2"),
    ]
    result = forecast(series)
    assert result.report_type == "type2"
    assert result.reaches_full_on == D0 + timedelta(10 + 30)


# --- log ----------------------------------------------------------------------------------------


def test_log_of_one_control(
    history: History, revisions: list[Revision], builtin: Catalogue
) -> None:
    log = answer_history(revisions, history.tracked, builtin)
    rows = [(c.commit, c.kind, c.old, c.new) for c in log.changes]
    c = history.commits
    partial = AnswerState("partial", False, "")
    board = AnswerState("implemented", True, "Policy approved by the board")
    regressed = AnswerState("partial", False, "Policy approved by the board")
    operating = AnswerState("operating", True, "Reviewed quarterly")
    assert rows == [
        (c["create"], "answered", None, partial),
        (c["improve"], "changed", partial, board),
        (c[SCRIPT], "changed", board, regressed),
        (c["operating"], "changed", regressed, operating),
        (c["drop"], "removed", operating, None),
        (c["revert"], "answered", None, operating),
    ]
    regression = log.changes[2]
    assert regression.status_changed and regression.documented_changed
    assert not regression.notes_changed
    assert log.changes[3].notes_changed
    assert [s.commit for s in log.skipped] == [c["broken"]]
    assert log.revisions == len(FILE_COMMITS)

    text = log_text(log, file="soc2/assessment.yaml")
    lines = text.splitlines()
    assert lines[0].startswith(f"{history.tracked}: 6 changes")
    assert "(no answer) → partial; documented: no" in lines[1]
    assert "implemented → partial; documented: yes → no" in lines[3]
    assert 'partial → operating; documented: no → yes; notes: "Reviewed quarterly"' in lines[4]
    assert "operating → (no answer)" in lines[5]
    assert "skipped" in lines[-1]


def test_log_of_a_control_never_answered(revisions: list[Revision]) -> None:
    log = answer_history(revisions, "NOPE-99")
    assert not log.seen
    assert log.changes == ()


def test_log_text_removes_terminal_escapes() -> None:
    rev = Revision(
        commit="a" * 40,
        committed_at=datetime(2027, 1, 1, tzinfo=UTC),
        author="evil\x1b[2J",
        path="a.yaml",
        text=_doc({"GOV-01": {"status": "partial", "notes": "line\x1b]0;title\x07\nnext"}}),
    )
    text = log_text(answer_history([rev], "GOV-01"), file="a.yaml")
    assert "\x1b" not in text and "\x07" not in text
    assert 'notes: "line ]0;title next"' in text


# --- git ----------------------------------------------------------------------------------------


def test_outside_a_repository_is_a_clear_input_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    folder = tmp_path / "plain"
    folder.mkdir()
    file = folder / "assessment.yaml"
    file.write_text(_doc({}))
    with pytest.raises(InputError) as caught:
        read_revisions(file)
    assert caught.value.exit_code == 2
    assert caught.value.file == str(file)
    assert "not inside a git repository" in str(caught.value)


def test_a_repository_without_commits_or_an_unknown_revision(
    history: History, tmp_path: Path
) -> None:
    git(tmp_path, "init", "-q", "-b", "main")
    (tmp_path / "a.yaml").write_text(_doc({}))
    with pytest.raises(InputError, match="no commits yet"):
        read_revisions(tmp_path / "a.yaml")
    with pytest.raises(InputError, match="bad revision 'no-such-branch'"):
        read_revisions(history.file, revision="no-such-branch")


def test_a_file_no_commit_changed_is_an_input_error(history: History) -> None:
    untracked = history.repo / "draft.yaml"
    untracked.write_text(_doc({}))
    try:
        with pytest.raises(InputError, match="commit it first"):
            read_revisions(untracked)
    finally:
        untracked.unlink()


@pytest.mark.parametrize("revision", ["-p", "--output=/tmp/x", ""])
def test_a_revision_that_looks_like_an_option_is_refused(history: History, revision: str) -> None:
    with pytest.raises(UsageError):
        history_git.file_history(history.file, revision=revision)
    with pytest.raises(UsageError):
        history_git.read_at(history.file, revision)


def test_history_up_to_a_revision(history: History) -> None:
    # The path is the file's path at that revision: before the rename.
    before_rename = history.repo / "assessment.yaml"
    changes = history_git.file_history(before_rename, revision=history.commits["fix"])
    assert [c.commit for c in changes] == [
        history.commits[m] for m in ["create", "improve", "improve more", "broken", "fix"]
    ]
    assert changes[2].author == "Zoë & Co"
    assert changes[-1].subject == "fix"


def test_a_shallow_clone_is_reported(history: History, tmp_path: Path) -> None:
    assert not history_git.is_shallow(history.file)
    clone = tmp_path / "shallow"
    git(tmp_path, "clone", "-q", "--depth", "2", history.repo.as_uri(), str(clone))
    assert history_git.is_shallow(clone / "soc2" / "assessment.yaml")
    assert len(read_revisions(clone / "soc2" / "assessment.yaml")) == 2


def test_a_deleted_and_restored_file_is_skipped_while_deleted(tmp_path: Path) -> None:
    repo = tmp_path / "r"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    (repo / "a.yaml").write_text(_doc({}))
    git(repo, "add", "a.yaml")
    git(repo, "commit", "-q", "-m", "add")
    git(repo, "rm", "-q", "a.yaml")
    git(repo, "commit", "-q", "-m", "delete")
    (repo / "a.yaml").write_text(_doc({"GOV-01": {"status": "partial"}}))
    git(repo, "add", "a.yaml")
    git(repo, "commit", "-q", "-m", "restore")
    revisions = read_revisions(repo / "a.yaml")
    assert [r.subject for r in revisions] == ["add", "delete", "restore"]
    assert revisions[1].text is None and revisions[1].problem == "the commit deleted the file"


def test_merge_commits_that_resolve_a_conflict_are_points(tmp_path: Path) -> None:
    repo = tmp_path / "r"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    (repo / "a.yaml").write_text("a: 1\n")
    git(repo, "add", "a.yaml")
    git(repo, "commit", "-q", "-m", "base")
    git(repo, "checkout", "-q", "-b", "side")
    (repo / "a.yaml").write_text("a: 2\n")
    git(repo, "commit", "-q", "-am", "side")
    git(repo, "checkout", "-q", "main")
    (repo / "a.yaml").write_text("a: 3\n")
    git(repo, "commit", "-q", "-am", "main")
    with pytest.raises(subprocess.CalledProcessError):  # the conflict
        git(repo, "merge", "-q", "side")
    (repo / "a.yaml").write_text("a: 4\n")
    git(repo, "commit", "-q", "-am", "resolved")
    changes = history_git.file_history(repo / "a.yaml")
    assert sorted(c.subject for c in changes) == ["base", "main", "resolved", "side"]
    assert changes[-1].subject == "resolved"
    texts = history_git.read_blobs(repo / "a.yaml", [c.blob for c in changes if c.blob])
    assert texts[changes[-1].blob or ""] == b"a: 4\n"
    main_line = history_git.file_history(repo / "a.yaml", first_parent=True)
    assert [c.subject for c in main_line] == ["base", "main", "resolved"]


# --- renderers ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def trend_all(revisions: list[Revision], builtin: Catalogue) -> Any:
    return build_trend(revisions, builtin, tool_version=__version__, workers=1)


def test_json_has_the_spec_keys(trend_all: Any, points: list[TrendPoint]) -> None:
    doc = json.loads(render_trend(trend_all, TrendFormat.json, file="soc2/assessment.yaml"))
    spec = {
        "commit",
        "date",
        "readiness_type1",
        "readiness_type2",
        "gaps",
        "answered",
        "applicable",
    }
    assert all(spec <= set(p) for p in doc["points"])
    assert [p["commit"] for p in doc["points"]] == [p.commit for p in points]
    assert doc["points"][0]["date"] == "2027-01-04"
    assert doc["points"][0]["readiness_type1"] == points[0].readiness_type1
    assert len(doc["skipped"]) == 1 and set(doc["skipped"][0]) >= {"commit", "date", "reason"}
    assert set(doc["forecast"]) >= {"reaches_full_on", "target_date", "on_track", "pace_per_week"}
    assert doc["stall"] is None
    with_stall = stall(trend_all.history, days=30, as_of=date(2027, 6, 30))
    doc = json.loads(render_trend(trend_all, TrendFormat.json, file="a.yaml", stall=with_stall))
    assert doc["stall"]["stalled"] is True


def test_markdown_table_forecast_and_skipped(trend_all: Any) -> None:
    text = render_trend(trend_all, TrendFormat.md, file="soc2/assessment.yaml")
    rows = [line for line in text.splitlines() if line.startswith("| 2027-")]
    assert len(rows) == len(POINT_COMMITS)
    assert "**Forecast:**" in text
    assert "Zoë & Co" not in text and "Zoë &amp; Co" in text
    assert "YAML" in text.split("**Skipped**")[1]


def test_csv_rows_and_formula_guard(trend_all: Any) -> None:
    rows = list(csv.DictReader(io.StringIO(trend_csv(trend_all))))
    assert len(rows) == len(POINT_COMMITS)
    assert float(rows[0]["readiness_type1"]) == trend_all.points[0].readiness_type1
    authors = {r["author"] for r in rows}
    assert "'=HYPERLINK(1)" in authors and "=HYPERLINK(1)" not in authors


def test_html_is_self_contained_with_two_svg_lines_and_escapes(trend_all: Any) -> None:
    page = render_trend(trend_all, TrendFormat.html, file=f"{SCRIPT}.yaml")
    assert page.count("<polyline") == 2
    assert 'id="line-type1"' in page and 'id="line-type2"' in page
    assert SCRIPT not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "http://" not in page.replace("http://www.w3.org/2000/svg", "")
    assert "https://" not in page
    assert page.count("<circle") == 2 * len(POINT_COMMITS)


def test_every_trend_format_renders(trend_all: Any) -> None:
    for fmt in TrendFormat:
        assert render_trend(trend_all, fmt, file="a.yaml").strip()


def test_an_empty_trend_renders(revisions: list[Revision], builtin: Catalogue) -> None:
    empty = build_trend(
        revisions, builtin, tool_version=__version__, since=date(2030, 1, 1), workers=1
    )
    assert empty.points == ()
    for fmt in TrendFormat:
        assert render_trend(empty, fmt, file="a.yaml")


def test_worker_count_is_one_for_short_histories() -> None:
    assert trend_module._worker_count(None, 5) == 1
    assert trend_module._worker_count(3, 5) == 3


def test_weekly_ci_job_publishes_the_trend() -> None:
    from conftest import REPO

    workflow = yaml.safe_load((REPO / "examples" / "ci" / "soc2-trend.yml").read_text())
    triggers = workflow[True]  # YAML 1.1 reads the key 'on' as true
    assert triggers["schedule"][0]["cron"].split()[-1] == "1"  # weekly
    steps = workflow["jobs"]["trend"]["steps"]
    assert steps[0]["with"]["fetch-depth"] == 0
    runs = "\n".join(s.get("run", "") for s in steps)
    assert 'soc2 trend "$ASSESSMENT" --format md' in runs
    assert '>> "$GITHUB_STEP_SUMMARY"' in runs
    assert "--format html" in runs
    upload = next(s for s in steps if str(s.get("uses", "")).startswith("actions/upload-artifact"))
    assert upload["with"]["path"] == "soc2-trend.html"


# --- through the command line -----------------------------------------------------------------


def _cli(history: History, *args: str, epoch: str = "1830211200") -> Any:  # 2027-12-31
    from conftest import run

    cwd = os.getcwd()
    os.chdir(history.repo)
    try:
        return run(*args, env={"SOURCE_DATE_EPOCH": epoch})
    finally:
        os.chdir(cwd)


def test_soc2_trend_json_equals_the_reports_and_lists_the_broken_commit(
    history: History, points: list[TrendPoint]
) -> None:
    result = _cli(history, "trend", str(history.file), "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert [p["commit"] for p in data["points"]] == [p.commit for p in points]
    assert [p["readiness_type1"] for p in data["points"]] == [p.readiness_type1 for p in points]
    assert [s["commit"] for s in data["skipped"]] == [history.commits["broken"]]
    assert "1 commit(s) skipped" in result.stderr


def test_soc2_trend_fails_on_a_stall_after_printing(history: History) -> None:
    stalled = _cli(history, "trend", str(history.file), "--fail-on", "stall=30d")
    assert stalled.exit_code == 1
    assert stalled.stdout.startswith("## Readiness trend:")
    assert "has not risen in 30 days" in stalled.stderr
    rising = _cli(
        history, "trend", str(history.file), "--fail-on", "stall=30d", "--until", "2027-02-08"
    )
    assert rising.exit_code == 0, rising.stderr
    bad = _cli(history, "trend", str(history.file), "--fail-on", "slow")
    assert bad.exit_code == 2 and "expected stall=DAYS" in bad.stderr


def test_soc2_log_and_the_errors(history: History, tmp_path: Path) -> None:
    result = _cli(history, "log", str(history.file), history.tracked.lower())
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[0].startswith(f"{history.tracked}: ")
    assert "implemented → partial" in result.stdout
    unknown = _cli(history, "log", str(history.file), "ZZ-99")
    assert unknown.exit_code == 2 and "unknown control 'ZZ-99'" in unknown.stderr
    outside = tmp_path / "loose.yaml"
    outside.write_text("scope: {organization: X}\n", encoding="utf-8")
    lost = _cli(history, "trend", str(outside))
    assert lost.exit_code == 2
    assert (
        lost.stderr
        == f"error: {outside}: not inside a git repository, so its history cannot be read\n"
    )
