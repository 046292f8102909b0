"""The web page in a real headless Chromium (Debian's chromium + chromium-driver, driven by Selenium): load the map,
filter, open the Quetta incident and see its evidence highlighted. Screenshots go to $STRIFE_SCREENSHOTS."""

from __future__ import annotations

import os
import shutil
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from strife.api import create_app
from strife.store import Store

from .factory import seed

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
if not (CHROMIUM and DRIVER):
    if os.environ.get("STRIFE_REQUIRE_SERVICES"):
        raise RuntimeError("CI requires chromium and chromium-driver (.ci/browser.sh installs them)")
    pytest.skip("needs Debian's chromium and chromium-driver (.ci/browser.sh installs them)", allow_module_level=True)
webdriver = pytest.importorskip("selenium.webdriver", reason="needs selenium (pip install selenium)")
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions as ec  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

WAIT_S = 30


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _fill(store: Store, shared: Path) -> str:
    """The seed articles through the pipeline; hand-made incidents when the pipeline is not there."""
    try:
        from strife.pipeline import run_paths
    except ImportError:
        seed(store)
        return "factory"
    run_paths([shared / "corpus" / "seeds"], store, progress=False)
    return "seeds"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, shared: Path) -> Iterator[str]:
    import uvicorn

    store = Store(f"sqlite:///{tmp_path_factory.mktemp('browser') / 'seeds.db'}")
    store.init()
    _fill(store, shared)
    port = _free_port()
    config = uvicorn.Config(create_app(store, token=""), host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + WAIT_S
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser() -> Iterator[webdriver.Chrome]:
    profile = tempfile.mkdtemp(prefix="strife-chromium-")
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        f"--user-data-dir={profile}",
        "--window-size=1440,1000",
    ):
        opts.add_argument(flag)
    driver = webdriver.Chrome(options=opts, service=webdriver.ChromeService(executable_path=DRIVER))
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def shots() -> Path:
    out = Path(os.environ.get("STRIFE_SCREENSHOTS") or Path(tempfile.gettempdir()) / "strife-screenshots")
    out.mkdir(parents=True, exist_ok=True)
    return out


def _wait_loaded(driver: webdriver.Chrome, previous: str | None = None) -> str:
    """Wait until the page has drawn (body[data-loaded] set, and changed from `previous`)."""
    WebDriverWait(driver, WAIT_S).until(
        lambda d: (v := d.find_element(By.TAG_NAME, "body").get_attribute("data-loaded")) and v != previous
    )
    return driver.find_element(By.TAG_NAME, "body").get_attribute("data-loaded") or ""


def _full_page_png(driver: webdriver.Chrome, path: Path, width: int = 1440) -> None:
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(width, min(max(int(height) + 120, 800), 5000))
    time.sleep(0.3)
    driver.save_screenshot(str(path))
    driver.set_window_size(width, 1000)


def _rows(driver: webdriver.Chrome) -> list[str]:
    return [r.text for r in driver.find_elements(By.CSS_SELECTOR, "#incidents tbody tr")]


def test_map_page_filters_and_incident_evidence(server: str, browser: webdriver.Chrome, shots: Path) -> None:
    browser.get(server + "/")
    stamp = _wait_loaded(browser)
    rows = _rows(browser)
    assert len(rows) >= 2
    summary = browser.find_element(By.ID, "summary").text
    assert summary.startswith(f"{len(rows)} incident")
    # The world outline drew offline and every geocoded incident has a marker; province-level places look different.
    assert browser.find_elements(By.CSS_SELECTOR, ".leaflet-overlay-pane path:not(.leaflet-interactive)")
    precise = browser.find_elements(By.CSS_SELECTOR, "path.dot-precise")
    vague = browser.find_elements(By.CSS_SELECTOR, "path.dot-vague")
    assert precise and len(precise) + len(vague) <= len(rows)
    assert browser.find_elements(By.CSS_SELECTOR, "#timeline .bar-fill")
    _full_page_png(browser, shots / "map.png")

    # Filter: at least 100 killed.
    box = browser.find_element(By.NAME, "min_killed")
    box.clear()
    box.send_keys("100")
    browser.find_element(By.ID, "apply").click()
    stamp = _wait_loaded(browser, stamp)
    assert "min_killed=100" in browser.current_url
    fewer = _rows(browser)
    assert 0 < len(fewer) < len(rows)
    killed = [
        int(t.get_attribute("textContent").split()[0].split("(")[0])
        for t in browser.find_elements(By.CSS_SELECTOR, "#incidents tbody td:nth-child(5)")
    ]
    assert all(k >= 100 for k in killed)

    # Clear, then filter by country through the select (choices come from /api/facets).
    browser.find_element(By.ID, "reset").click()
    stamp = _wait_loaded(browser, stamp)
    Select(browser.find_element(By.NAME, "country")).select_by_value("PK")
    stamp = _wait_loaded(browser, stamp)
    assert "country=PK" in browser.current_url
    assert all("Pakistan" in r for r in _rows(browser))

    # Clicking a month on the timeline filters by that month.
    bar = browser.find_element(By.CSS_SELECTOR, '#timeline g.bar[data-month="2016-10"] rect.bar-hit')
    webdriver.ActionChains(browser).move_to_element(bar).click().perform()
    stamp = _wait_loaded(browser, stamp)
    assert browser.find_element(By.NAME, "date_from").get_attribute("value") == "2016-10-01"
    assert browser.find_element(By.NAME, "date_to").get_attribute("value") == "2016-10-31"
    quetta_rows = browser.find_elements(By.CSS_SELECTOR, "#incidents tbody tr")
    assert [r for r in quetta_rows if "Quetta" in r.text]

    # Open the Quetta incident.
    link = next(r for r in quetta_rows if "Quetta" in r.text).find_element(By.TAG_NAME, "a")
    link.click()
    WebDriverWait(browser, WAIT_S).until(ec.url_contains("/incident/"))
    _wait_loaded(browser)
    killed_row = browser.find_element(By.CSS_SELECTOR, '#compare tr[data-field="killed"]')
    assert "disagree" in killed_row.get_attribute("class")
    values = [v.text for v in killed_row.find_elements(By.CSS_SELECTOR, "td .value")]
    assert len(values) == 2 and len(set(values)) == 2  # on the seeds: "at least 61" vs "at least 59"
    marks = killed_row.find_elements(By.CSS_SELECTOR, "blockquote.evidence mark.ev")
    assert len(marks) >= 2
    for mark in marks:
        sentence = mark.find_element(By.XPATH, "..").text
        assert mark.text and mark.text in sentence
        assert mark.value_of_css_property("background-color") not in ("rgba(0, 0, 0, 0)", "transparent")
    # Every article's text carries its evidence marks.
    assert len(browser.find_elements(By.CSS_SELECTOR, "#articles .article")) == 2
    assert browser.find_elements(By.CSS_SELECTOR, "#articles .article-text mark.ev-killed")
    _full_page_png(browser, shots / "quetta.png")
    assert (shots / "map.png").stat().st_size > 10_000 and (shots / "quetta.png").stat().st_size > 10_000


def test_unknown_incident_page_says_so(server: str, browser: webdriver.Chrome) -> None:
    browser.get(server + "/incident/inc_does_not_exist")
    WebDriverWait(browser, WAIT_S).until(lambda d: d.find_element(By.ID, "title").text == "Incident not found")
    assert "404" in browser.find_element(By.ID, "error").text
