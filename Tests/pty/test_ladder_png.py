"""Every picture brink draws, rendered to PNG with a Python SVG renderer (cairosvg,
from PyPI; skipped with a message when it cannot be imported): the ladder of each
library scenario (`export ladder`), and the simulation charts (`export chart`: the
stacked state shares and the outcome bars) of a scenario with a calendar, one
without, and a one-state game. Each PNG must decode to an image of the SVG's size
that is not blank, and its state panel must show the palette's colours. The PNG
files are left in the pytest temporary folder for a person to look at (issue 12:
"check each chart by rendering it to PNG in a test and looking at it once").
"""
import os
import subprocess
import xml.etree.ElementTree as ET

import pytest

from conftest import BRINK

LADDERS = ["us-china-2025-10", "geneva-truce-2025-05", "Scenarios/prisoners-dilemma.yaml", "deterrence",
           "tariff-rounds-2018-2019", "benchmark", "Scenarios/chicken.yaml", "Scenarios/stag-hunt.yaml",
           "Scenarios/audience-cost.yaml", "Scenarios/chosen-risk.yaml", "Scenarios/deadline.yaml"]
CHARTS = ["us-china-2025-10", "geneva-truce-2025-05", "deterrence", "Scenarios/prisoners-dilemma.yaml"]
# The first colours of SimulationChart.palette (Okabe-Ito), as the state bands fill.
PALETTE = [(0x00, 0x72, 0xB2), (0xE6, 0x9F, 0x00), (0x00, 0x9E, 0x73)]


def stem(name):
    return os.path.splitext(os.path.basename(name))[0]


def render(svg):
    try:
        import cairosvg
    except ImportError:
        pytest.skip("cairosvg is not installed (pip install cairosvg): the SVG files are not rendered")
    png = svg.with_suffix(".png")
    cairosvg.svg2png(url=str(svg), write_to=str(png))
    data = png.read_bytes()
    assert data.startswith(b"\x89PNG"), svg
    return png


def pixels(png):
    """The decoded image (Pillow), or None when Pillow is missing (then only the PNG
    signature and size in bytes are checked)."""
    try:
        from PIL import Image
    except ImportError:
        return None
    return Image.open(png).convert("RGB")


def test_every_ladder_renders_to_a_png_that_is_not_blank(tmp_path):
    commands = [f"load --discard {name}; export ladder {tmp_path}/ladder-{stem(name)}.svg" for name in LADDERS]
    subprocess.run([BRINK, "-c", "\n".join(commands)], check=True, capture_output=True, text=True)
    for name in LADDERS:
        png = render(tmp_path / f"ladder-{stem(name)}.svg")
        image = pixels(png)
        if image is None:
            assert png.stat().st_size > 5000, png
            continue
        colours = image.getcolors(maxcolors=1 << 20)
        assert len(colours) > 20, f"{png}: a near-blank image"


def label_boxes(svg):
    """The label cards of a ladder SVG (LadderChart draws each label on a white
    `rect class="label-card"`, 2 px wider each side than the text's box)."""
    ns = "{http://www.w3.org/2000/svg}"
    boxes = []
    for rect in ET.parse(svg).getroot().iter(ns + "rect"):
        if rect.get("class") == "label-card":
            x, y, w, h = (float(rect.get(k)) for k in ("x", "y", "width", "height"))
            boxes.append((x + 2, y, w - 4, h))
    return boxes


def overlap(a, b):
    w = min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0])
    h = min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1])
    return w > 0 and h > 0


def test_no_two_ladder_labels_overlap(tmp_path):
    """Issue 12: Scenarios/benchmark.yaml's arrow labels ran into each other."""
    commands = [f"load --discard {name}; export ladder {tmp_path}/ladder-{stem(name)}.svg" for name in LADDERS]
    subprocess.run([BRINK, "-c", "\n".join(commands)], check=True, capture_output=True, text=True)
    for name in LADDERS:
        boxes = label_boxes(tmp_path / f"ladder-{stem(name)}.svg")
        assert boxes, name
        clashes = [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:] if overlap(a, b)]
        assert not clashes, f"{name}: labels overlap: {clashes[:3]}"


def test_every_chart_renders_with_stacked_coloured_bands(tmp_path):
    commands = [f"load --discard {name}; simulate 2000; export chart {tmp_path}/chart-{stem(name)}.svg"
                for name in CHARTS]
    subprocess.run([BRINK, "-c", "\n".join(commands)], check=True, capture_output=True, text=True)
    for name in CHARTS:
        png = render(tmp_path / f"chart-{stem(name)}.svg")
        image = pixels(png)
        if image is None:
            assert png.stat().st_size > 5000, png
            continue
        assert image.size[0] == 760, png
        # The state panel (x 64-564, y 96-336 in SimulationChart.Layout) is filled:
        # stacked shares add up to 100%, so almost none of it is the white page.
        panel = image.crop((70, 100, 558, 330))
        white = sum(count for count, colour in panel.getcolors(maxcolors=1 << 20) if min(colour) >= 250)
        assert white < 0.05 * panel.size[0] * panel.size[1], f"{png}: the state bands leave the panel blank"
        present = {colour for _, colour in panel.getcolors(maxcolors=1 << 20)}
        assert PALETTE[0] in present, f"{png}: the first state's colour is missing"
