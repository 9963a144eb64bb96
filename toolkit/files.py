"""Files: every output goes to a temporary file beside it, is checked, then renamed into place."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

from toolkit.errors import OutputError

# A rename within one folder is atomic on POSIX: whoever opens the path (or kills us) sees the old
# file or the new one, never a part of either. A temporary file in another folder (/tmp) could sit
# on another file system, where the rename would become a copy.
_TEMP = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)\.[0-9a-f]+\.tmp$")

Check = Callable[[Path], None]

_REASONS = {
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EROFS: "the file system is read-only",
    errno.EISDIR: "it is a folder, not a file",
    errno.ENOTDIR: "a part of the path is a file, not a folder",
    errno.ENOENT: "no such file or folder",
    errno.ENOSPC: "no space left on the device",
    errno.EDQUOT: "the disk quota is exceeded",
    errno.ENAMETOOLONG: "the name is too long",
    errno.EEXIST: "a file of that name is in the way",
}


def reason(exc: OSError) -> str:
    """A short, plain account of an OS error (the path is named by the caller)."""
    return _REASONS.get(exc.errno or 0, exc.strerror or str(exc))


def ensure_folder(folder: Path) -> Path:
    """The folder, created with its parents if need be, or an OutputError saying why it cannot be."""
    if folder.is_dir():
        return folder
    blocker = next((p for p in (folder, *folder.parents) if p.exists() and not p.is_dir()), None)
    if blocker is not None:
        raise OutputError(f"{folder}: cannot create the output folder ({blocker} is a file, not a folder)")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{folder}: cannot create the output folder ({reason(exc)})") from exc
    return folder


def writable(path: Path) -> Path:
    """Fail now, not after minutes of typesetting, if `path` cannot be written (a folder is in the way,
    a parent is a file, the folder is read-only): a temporary file is made beside it and removed."""
    _unlink(_temp_beside(_target(path)))
    return path


def _target(path: Path) -> Path:
    if path.is_dir():
        raise OutputError(f"{path}: cannot write here (it is a folder, not a file)")
    ensure_folder(path.parent)
    return path


def _open_beside(path: Path) -> tuple[int, Path]:
    """A new temporary file beside `path`, open for writing, with the permissions a new file gets."""
    prefix = f".{path.name[:100]}.{os.getpid()}."
    for _ in range(100):
        temp = path.parent / f"{prefix}{secrets.token_hex(4)}.tmp"
        try:
            return os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o666), temp
        except FileExistsError:
            continue
        except OSError as exc:
            raise OutputError(f"{path}: cannot write ({reason(exc)})") from exc
    raise OutputError(f"{path}: cannot write (no free temporary name beside it)")


def _temp_beside(path: Path) -> Path:
    fd, temp = _open_beside(path)
    os.close(fd)
    return temp


def _write_fd(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def _unlink(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def replacing(path: Path, *, check: Check | None = None, durable: bool = True) -> Iterator[Path]:
    """A temporary path beside `path` for a writer that wants a file name (WeasyPrint, zip writers).

    When the block ends without error, the temporary file is checked (`check` raises on a bad one)
    and renamed over `path`; on any error or interruption it is removed and `path` is left as it was.
    `durable` flushes the file to the disk before the rename (an editor's decisions, an edition);
    outputs that a re-run rebuilds skip it (it costs milliseconds a file)."""
    target = _target(path)
    temp = _temp_beside(target)
    try:
        yield temp
        if not temp.exists() or temp.stat().st_size == 0:
            raise OutputError(f"{path}: the writer produced nothing; the previous file is kept")
        if check is not None:
            check(temp)
        if durable:
            _fsync(temp)
        os.replace(temp, target)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({reason(exc)})") from exc
    finally:
        if temp.exists():
            _unlink(temp)


def write_bytes(path: Path, data: bytes, *, check: Check | None = None, durable: bool = True) -> Path:
    with replacing(path, check=check, durable=durable) as temp:
        try:
            temp.write_bytes(data)
        except OSError as exc:
            raise OutputError(f"{path}: cannot write ({reason(exc)})") from exc
    return path


def write_text(path: Path, text: str, *, check: Check | None = None, durable: bool = True) -> Path:
    return write_bytes(path, text.encode("utf-8"), check=check, durable=durable)


def write_together(files: Mapping[Path, bytes], *, durable: bool = False) -> list[Path]:
    """Several outputs that belong together (a page's JSON, Markdown and diff, its issue's report).

    Every temporary file is written before any is renamed, so a full disk or a forbidden folder
    replaces nothing; then each is renamed in turn (each rename atomic). A kill between two renames
    leaves some new files and some old ones, each whole; the manifest is written after the last
    rename, so the next run cleans that issue again."""
    staged: list[tuple[Path, Path]] = []
    try:
        for path, data in files.items():
            target = _target(path)
            fd, temp = _open_beside(target)
            staged.append((temp, target))
            try:
                _write_fd(fd, data)
                if durable:
                    os.fsync(fd)
            except OSError as exc:
                raise OutputError(f"{path}: cannot write ({reason(exc)})") from exc
            finally:
                os.close(fd)
        for temp, target in staged:
            try:
                os.replace(temp, target)
            except OSError as exc:
                raise OutputError(f"{target}: cannot write ({reason(exc)})") from exc
    finally:
        for temp, _ in staged:
            if temp.exists():
                _unlink(temp)
    return [target for _, target in staged]


def sweep(folder: Path) -> int:
    """Remove temporary files that a killed writer left in `folder` (never those of a live process)."""
    removed = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        match = _TEMP.match(entry.name)
        if match and entry.is_file() and not _alive(int(match["pid"])):
            _unlink(Path(entry.path))
            removed += 1
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        # a killed writer whose parent died too may linger unreaped (a zombie): it writes no more
        with open(f"/proc/{pid}/stat", "rb") as stat:
            return stat.read().rpartition(b")")[2].split()[0] != b"Z"
    except FileNotFoundError:
        return False
    except (OSError, IndexError):
        pass
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
