"""The ladder and simulation charts rendered to PNG, when a Python SVG renderer is
installed (cairosvg, from PyPI); skipped with a message otherwise. The PNG files are
left in the pytest temporary folder for a person to look at."""
import os
import subprocess

import pytest

from conftest import BRINK

SCENARIOS = ["us-china-2025-10", "geneva-truce-2025-05", "Scenarios/prisoners-dilemma.yaml", "deterrence"]


def test_every_ladder_and_a_chart_render_to_png(tmp_path):
    try:
        import cairosvg
    except ImportError:
        pytest.skip("cairosvg is not installed (pip install cairosvg): the SVG files are not rendered")
    commands = []
    for name in SCENARIOS:
        commands.append(f"load --discard {name}; export ladder {tmp_path}/{os.path.basename(name)}.svg")
    commands.append(f"simulate 500; export chart {tmp_path}/chart.svg")
    subprocess.run([BRINK, "-c", "\n".join(commands)], check=True, capture_output=True, text=True)
    for svg in sorted(tmp_path.glob("*.svg")):
        png = svg.with_suffix(".png")
        cairosvg.svg2png(url=str(svg), write_to=str(png))
        data = png.read_bytes()
        assert data.startswith(b"\x89PNG") and len(data) > 5000, svg
