"""Fonts: locating the Noto CJK faces and subsetting them with HarfBuzz for both editions."""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import shutil
import subprocess
from dataclasses import dataclass
from typing import Literal

from toolkit.errors import ToolkitError

FONT_PACKAGE = "fonts-noto-cjk"
SUBSET_PACKAGE = "libharfbuzz-subset0"

Role = Literal["body", "heading"]


@dataclass(frozen=True)
class FaceSpec:
    role: Role
    family: str  # the fontconfig family, as the PDF stylesheet names it
    style: str
    weight: int


# Body text in the Song (serif) face, headings in the Hei (sans) face: Chinese book convention.
FACES: tuple[FaceSpec, ...] = (
    FaceSpec("body", "Noto Serif CJK SC", "Regular", 400),
    FaceSpec("heading", "Noto Sans CJK SC", "Bold", 700),
)


@dataclass(frozen=True)
class Face:
    spec: FaceSpec
    path: str
    index: int  # face number inside a .ttc collection


@functools.cache
def locate(spec: FaceSpec) -> Face:
    """The file holding a face, as fontconfig (and so WeasyPrint) resolves it."""
    if shutil.which("fc-match") is None:
        raise ToolkitError("fontconfig's fc-match is missing; install the Debian package fontconfig")
    pattern = f"{spec.family}:style={spec.style}"
    out = subprocess.run(
        ["fc-match", "-f", "%{file}\t%{index}\t%{family}\t%{style}", pattern],
        capture_output=True, text=True, check=False,
    ).stdout
    parts = out.split("\t")
    if len(parts) < 4 or spec.family not in parts[2].split(",") or spec.style not in parts[3].split(","):
        found = f" (fontconfig offers {parts[2].split(',')[0]} instead)" if len(parts) >= 3 else ""
        raise ToolkitError(
            f"font {spec.family} {spec.style} not found{found}; install the Debian package {FONT_PACKAGE}"
        )
    return Face(spec=spec, path=parts[0], index=int(parts[1] or 0))


def faces() -> tuple[Face, ...]:
    return tuple(locate(spec) for spec in FACES)


# --- HarfBuzz subsetting (hb-subset through ctypes: ~100x faster than fontTools on CJK faces) ---

_HB_SUBSET_SETS_DROP_TABLE_TAG = 3
_HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6
# Kept beside HarfBuzz's default features: what reading systems use to set CJK punctuation — half-width
# forms (halt, vhal), proportional ones (palt, vpal), contextual half-width spacing between adjacent
# marks (chws, vchw: what `text-spacing-trim` asks for) and vertical forms (vert, vrt2).
PUNCTUATION_FEATURES = ("halt", "vhal", "palt", "vpal", "chws", "vchw", "vert", "vrt2")
_HB_SUBSET_FLAGS_NO_HINTING = 0x1
_HB_SUBSET_FLAGS_DESUBROUTINIZE = 0x4


class _HarfBuzz:
    def __init__(self, hb: ctypes.CDLL, sub: ctypes.CDLL) -> None:
        p, u = ctypes.c_void_p, ctypes.c_uint
        signatures = {
            (hb, "hb_blob_create_from_file_or_fail"): (p, [ctypes.c_char_p]),
            (hb, "hb_face_create"): (p, [p, u]),
            (hb, "hb_face_reference_blob"): (p, [p]),
            (hb, "hb_blob_get_data"): (ctypes.POINTER(ctypes.c_char), [p, ctypes.POINTER(u)]),
            (hb, "hb_blob_destroy"): (None, [p]),
            (hb, "hb_face_destroy"): (None, [p]),
            (hb, "hb_set_add"): (None, [p, u]),
            (hb, "hb_version_string"): (ctypes.c_char_p, []),
            (sub, "hb_subset_input_create_or_fail"): (p, []),
            (sub, "hb_subset_input_destroy"): (None, [p]),
            (sub, "hb_subset_input_unicode_set"): (p, [p]),
            (sub, "hb_subset_input_set"): (p, [p, ctypes.c_int]),
            (sub, "hb_subset_input_set_flags"): (None, [p, u]),
            (sub, "hb_subset_or_fail"): (p, [p, p]),
        }
        for (lib, name), (restype, argtypes) in signatures.items():
            function = getattr(lib, name)
            function.restype, function.argtypes = restype, argtypes
            setattr(self, name, function)

    @property
    def version(self) -> str:
        return self.hb_version_string().decode()


@functools.cache
def harfbuzz() -> _HarfBuzz | None:
    """HarfBuzz with its subsetter, or None when libharfbuzz-subset is not installed."""
    names = [ctypes.util.find_library("harfbuzz") or "libharfbuzz.so.0",
             ctypes.util.find_library("harfbuzz-subset") or "libharfbuzz-subset.so.0"]
    try:
        hb, sub = (ctypes.CDLL(name) for name in names)
        return _HarfBuzz(hb, sub)
    except (OSError, AttributeError):
        return None


def require_harfbuzz() -> _HarfBuzz:
    hb = harfbuzz()
    if hb is None:
        raise ToolkitError(
            "HarfBuzz's subsetting library is missing: without it fonts are subset by fontTools, "
            f"about ten times slower; install the Debian package {SUBSET_PACKAGE}"
        )
    return hb


def subset(face: Face, text: str) -> bytes:
    """An OpenType font with only the glyphs `text` needs (CFF outlines stay CFF: write it as .otf)."""
    hb = require_harfbuzz()
    blob = hb.hb_blob_create_from_file_or_fail(face.path.encode())
    if not blob:
        raise ToolkitError(f"{face.path}: cannot read the font file")
    source = hb.hb_face_create(blob, face.index)
    request = hb.hb_subset_input_create_or_fail()
    try:
        codepoints = hb.hb_subset_input_unicode_set(request)
        for char in sorted(set(text)):
            hb.hb_set_add(codepoints, ord(char))
        # e-readers do their own rasterising: hints only cost bytes
        hb.hb_subset_input_set_flags(request, _HB_SUBSET_FLAGS_NO_HINTING | _HB_SUBSET_FLAGS_DESUBROUTINIZE)
        dropped = hb.hb_subset_input_set(request, _HB_SUBSET_SETS_DROP_TABLE_TAG)
        hb.hb_set_add(dropped, int.from_bytes(b"DSIG", "big"))
        features = hb.hb_subset_input_set(request, _HB_SUBSET_SETS_LAYOUT_FEATURE_TAG)
        for tag in PUNCTUATION_FEATURES:
            hb.hb_set_add(features, int.from_bytes(tag.encode(), "big"))
        result = hb.hb_subset_or_fail(source, request)
        if not result:
            raise ToolkitError(f"HarfBuzz could not subset {face.spec.family} {face.spec.style}")
        try:
            out_blob = hb.hb_face_reference_blob(result)
            length = ctypes.c_uint()
            data = hb.hb_blob_get_data(out_blob, ctypes.byref(length))
            font = ctypes.string_at(data, length.value)
            hb.hb_blob_destroy(out_blob)
        finally:
            hb.hb_face_destroy(result)
    finally:
        hb.hb_subset_input_destroy(request)
        hb.hb_face_destroy(source)
        hb.hb_blob_destroy(blob)
    return font
