"""`make install` as a new user would use it: from a directory without Scenarios/,
the installed brink finds its library by name (issue 12)."""
import os
import subprocess

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
LIBRARY = sorted(f[:-5] for f in os.listdir(os.path.join(ROOT, "Scenarios")) if f.endswith(".yaml"))
GAMES = sorted(f[:-4] for f in os.listdir(os.path.join(ROOT, "Scenarios")) if f.endswith(".efg"))


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    prefix = tmp_path_factory.mktemp("prefix")
    # The debug build `make pty-test` has just made: installing copies it.
    subprocess.run(["make", "--no-print-directory", "install", f"PREFIX={prefix}", "INSTALL_CONFIG=debug"],
                   cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    return prefix


def brink(prefix, directory, commands, **env):
    environment = dict(os.environ, NO_COLOR="1", HOME=str(directory), **env)
    environment.pop("BRINK_PATH", None)
    environment.update(env)
    return subprocess.run([str(prefix / "bin" / "brink"), "-c", commands], cwd=directory,
                          env=environment, capture_output=True, text=True, timeout=120)


def test_installed_brink_loads_every_library_scenario_by_name(installed, tmp_path):
    assert not (tmp_path / "Scenarios").exists()
    for name in LIBRARY:
        run = brink(installed, tmp_path, f"load {name}")
        assert run.returncode == 0, run.stderr
        assert run.stdout.startswith(f"Loaded {name}"), run.stdout


def test_installed_brink_loads_the_signalling_games_by_name(installed, tmp_path):
    # The .efg lessons (Docs/signalling.md) are installed and found like scenarios.
    assert GAMES, "the library has .efg games"
    listing = brink(installed, tmp_path, "scenarios").stdout
    for name in GAMES:
        assert f"{name} " in listing and "(Gambit extensive game)" in listing, listing
        run = brink(installed, tmp_path, f"load {name}\nsolve")
        assert run.returncode == 0, run.stderr
        assert run.stdout.startswith(f"Loaded {installed}/share/brink/Scenarios/{name}.efg: "), run.stdout
        assert "Perfect Bayesian equilibria:" in run.stdout, run.stdout


def test_scenarios_lists_the_installed_library_with_titles(installed, tmp_path):
    run = brink(installed, tmp_path, "scenarios")
    assert run.returncode == 0, run.stderr
    assert f"Scenario files in {installed}/share/brink/Scenarios/:" in run.stdout
    assert "The Geneva truce, May 2025" in run.stdout


def test_brink_path_and_the_current_directory_come_first(installed, tmp_path):
    # A class's own folder in BRINK_PATH, and ./Scenarios, hide the installed files.
    own = tmp_path / "class"
    own.mkdir()
    text = open(os.path.join(ROOT, "Scenarios", "chicken.yaml")).read()
    (own / "geneva-truce-2025-05.yaml").write_text(text)
    run = brink(installed, tmp_path, "load geneva-truce-2025-05", BRINK_PATH=str(own))
    assert run.returncode == 0, run.stderr
    assert f"from {own}/geneva-truce-2025-05.yaml" in run.stdout
    local = tmp_path / "Scenarios"
    local.mkdir()
    (local / "geneva-truce-2025-05.yaml").write_text(text)
    run = brink(installed, tmp_path, "load geneva-truce-2025-05", BRINK_PATH=str(own))
    assert "from Scenarios/geneva-truce-2025-05.yaml" in run.stdout


def test_completions_and_man_page_are_installed(installed):
    share = installed / "share"
    assert "brink" in (share / "bash-completion" / "completions" / "brink").read_text()
    assert (share / "zsh" / "site-functions" / "_brink").read_text().startswith("#compdef brink")
    assert "brink" in (share / "fish" / "vendor_completions.d" / "brink.fish").read_text()
    page = (share / "man" / "man1" / "brink.1").read_text()
    assert page.startswith(".TH BRINK 1") and "brink simulate" in page
