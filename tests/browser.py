"""A real headless Chromium (Debian's chromium and chromium-driver, installed by ./dev) driven through Selenium."""

from __future__ import annotations

import contextlib
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import WebDriverWait

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
# what this machine (a container, no GPU, no network) needs; the same as tests/test_report.py's
FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync")
WAIT = 60  # seconds: generous, the machine is shared; every wait ends as soon as its condition holds


@contextlib.contextmanager
def chromium(downloads: Path, size: tuple[int, int] = (1280, 1000)) -> Iterator[WebDriver]:
    """A fresh browser profile whose downloads go to `downloads` without asking."""
    with tempfile.TemporaryDirectory() as profile:
        options = webdriver.ChromeOptions()
        options.binary_location = str(CHROMIUM)
        for flag in (*FLAGS, f"--user-data-dir={profile}", f"--window-size={size[0]},{size[1]}"):
            options.add_argument(flag)
        options.add_experimental_option("prefs", {
            "download.default_directory": str(downloads), "download.prompt_for_download": False,
        })
        # the driver named: Selenium would otherwise look for one to download
        driver = webdriver.Chrome(options=options, service=Service(str(CHROMEDRIVER)))
        try:
            driver.set_page_load_timeout(WAIT)
            driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
            yield driver
        finally:
            driver.quit()


def wait(driver: WebDriver, condition: Callable[[WebDriver], Any], message: str = "", timeout: float = WAIT) -> Any:
    return WebDriverWait(driver, timeout, poll_frequency=0.1).until(condition, message)


def press(driver: WebDriver, keys: str) -> None:
    """Keys typed on the page, as an editor types them (to whatever has the focus)."""
    ActionChains(driver).send_keys(keys).perform()


def script(driver: WebDriver, js: str, *args: Any) -> Any:
    return driver.execute_script(js, *args)


def current(driver: WebDriver) -> str | None:
    return script(driver, "const n = document.querySelector('.note.current'); return n && n.id;")


def ready(driver: WebDriver, mode: str) -> None:
    """The review script has started (served: it has read the decisions file)."""
    wait(driver, lambda d: script(d, "return document.getElementById('review').dataset.mode") == mode,
         f"the review bar did not start in {mode} mode")


def go_to(driver: WebDriver, cid: str, key: str = "j", limit: int = 60) -> None:
    """Press `key` until the correction `cid` is the current item."""
    for _ in range(limit):
        press(driver, key)
        if current(driver) == cid:
            return
    raise AssertionError(f"{key!r} never reached {cid} (last: {current(driver)})")


def state(driver: WebDriver, cid: str) -> dict[str, Any]:
    """What the page shows for one correction: the pressed verdict, the comment, the outcome shown."""
    return script(driver, """
        const n = document.getElementById(arguments[0]);
        const pressed = n.querySelector('.decide .verdict[aria-pressed=true]');
        const outcome = Array.from(n.querySelectorAll('.outcome')).find((o) => !o.hidden);
        return {verdict: pressed && pressed.dataset.verdict, comment: n.querySelector('.decide .comment').value,
                outcome: outcome ? outcome.innerText : null,
                inserted: outcome ? Array.from(outcome.querySelectorAll('ins'), (e) => e.textContent).join('') : null,
                deleted: outcome ? Array.from(outcome.querySelectorAll('del'), (e) => e.textContent).join('') : null,
                hidden: !!n.closest('[hidden]'), status: n.querySelector('.meta .status').textContent};
    """, cid)


def downloaded(folder: Path, name: str, timeout: float = WAIT) -> Path:
    """The file once the browser has finished writing it (Chromium writes NAME.crdownload first)."""
    path = folder / name
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if path.is_file() and not any(folder.glob("*.crdownload")):
            return path
        time.sleep(0.1)
    raise AssertionError(f"{name} was not downloaded into {folder} (found: {sorted(p.name for p in folder.iterdir())})")
