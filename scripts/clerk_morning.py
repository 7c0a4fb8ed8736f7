"""A clerk's whole morning in a real X window (Xvfb + xdotool), with screenshots and figures.

    .venv/bin/python scripts/clerk_morning.py [--lang vi|en|both] [--size 1366x768|1024x600|all]
                                              [--out docs/screenshots] [--smoke]

For each language and screen size the script starts its own Xvfb, then the real desk
(``python -m commune_desk``, Qt's xcb platform) on a fresh data folder, and drives it only with
key presses sent by xdotool, as a clerk at the counter would:

1. administrator: database passphrase, the set-up wizard (commune typed without accents,
   agency id), the first administrator account, login; the staff accounts are then added with
   ``commune-desk user add`` (clerk, officer, leader; each changes the temporary password at the
   first login);
2. clerk: login, Ctrl+N, the chip ID card's QR typed by the "scanner" (xdotool types the whole
   line and Enter into the name field), phone, procedure ("hon nhan", Enter), the document
   ticked with Space, Ctrl+S, Ctrl+P, Enter on "In…" and on the print dialog (Qt's "Print to
   File (PDF)": no real printer needed), Esc, Ctrl+O, Alt+G hand-over to the officer picked from
   the completer by typing "cuong";
3. officer: "Được giao cho tôi", the dossier, Alt+B supplement request with form 02 shown,
   Alt+N supplement received, Alt+G hand-over to the leader for signing;
4. leader: dashboard (Ctrl+3), "Chờ tôi duyệt/ký" (Alt+5), the dossier, Alt+K result;
5. clerk: Ctrl+F search "nguyen van an" without accents, Enter, Alt+T return, Alt+J rating.

Screenshots of the whole X screen (a Qt grab of the root window: what the X server shows)
go to ``OUT/<lang>-<width>x<height>/NN-name.png``. Figures printed at the end:

* keystrokes and seconds for one intake with printing (from Ctrl+N to the receipt PDF written),
  the clerk's keys and the scanner's characters counted apart, and the seconds of it spent
  waiting on the printer (Enter in the print dialog → the PDF complete on disk);
* the longest UI freeze: the desk runs with ``COMMUNE_DESK_HEARTBEAT=FILE``
  (``commune_desk/ui/heartbeat.py``), a 20 ms timer on the UI thread that logs every gap over
  50 ms with the UI thread's own CPU time in it; the longest gap over all the desk's runs, and
  the worst UI-thread CPU time in one gap (what the app itself did, not the OS scheduler on a
  loaded machine), with the load average.

Needs the Debian packages ``xvfb``, ``xdotool`` and ``x11-xserver-utils`` (xmodmap: every
Vietnamese letter typed gets a key of its own before the desk starts, so xdotool never remaps a
key while the desk is still reading the previous one). ``--smoke`` stops after the first login
(used by ``tests/ui/test_clerk_morning_smoke.py``).
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
SIZES = {"1366x768": (1366, 768), "1024x600": (1024, 600)}
DB_PASSPHRASE = "ban-mot-cua-my-ly-2026"
ADMIN = ("admin", "Hoàng Văn Quản", "quan-tri-xa-my-ly-2026")
STAFF = (  # login, role, full name, temporary password, own password
    ("binh", "clerk", "Trần Thị Bình", "tam-thoi-binh-0412", "binh-tiep-nhan-ban-mot"),
    ("cuong", "officer", "Lê Văn Cường", "tam-thoi-cuong-0412", "cuong-xu-ly-ho-tich"),
    ("dung", "leader", "Phạm Thị Dung", "tam-thoi-dung-0412", "dung-lanh-dao-ky-duyet"),
)
SCAN = "001085012345|123456789|Nguyễn Văn An|15081985|Nam|Thôn 3, xã Mỹ Lý, huyện Kỳ Sơn, Nghệ An|20042021"
TYPED_TEXTS = (  # everything typed, for the keymap: each non-ASCII letter gets its own key
    SCAN, ADMIN[1], *(s[2] for s in STAFF), "Thiếu bản sao Giấy khai sinh", "Chưa đủ thành phần hồ sơ",
    "Khoản 2 Điều 9 Nghị định 61/2018/NĐ-CP", "Đã bổ sung bản sao Giấy khai sinh",
    "Trình lãnh đạo ký", "nguyen van an",
)
TYPE_DELAY_MS = 12  # between two key presses typed by xdotool
LETTER_PAUSE_S = 0.03  # after each Vietnamese letter (see Driver.type)


class MorningError(RuntimeError):
    """A step did not reach the state it waits for (the last screenshot says where)."""


def _which(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise MorningError(f"Cần chương trình {name} (gói Debian: xvfb, xdotool, x11-xserver-utils).")
    return path


# --- the X display --------------------------------------------------------------------------------
GRABBER = r"""
import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication(sys.argv[:1])
for line in sys.stdin:
    path = line.strip()
    if path:
        QGuiApplication.primaryScreen().grabWindow(0).save(path)
        print("ok", flush=True)
"""


# Keycodes of Xvfb's default keymap that hold XF86 media keys (or nothing) and no modifier:
# 187/188/190 are brackets and Redo, 203–207 Mode_switch/Alt/Meta/Super/Hyper, 218 Print.
SPARE_KEYCODES = [c for c in range(150, 256) if c not in {187, 188, 190, 203, 204, 205, 206, 207,
                                                            218, 231}]


def keysym(letter: str) -> str:
    """The X keysym name xmodmap and xdotool use for one letter (U+00A0…U+00FF are Latin-1)."""
    return f"0x{ord(letter):04x}" if ord(letter) <= 0xFF else f"U{ord(letter):04X}"


class Display:
    """An Xvfb server of one size, a keymap with the Vietnamese letters, and a screen grabber."""

    def __init__(self, width: int, height: int, env: dict[str, str]) -> None:
        self.width, self.height = width, height
        # A display number of our own, well above what xvfb-run -a and others take first,
        # reached over TCP on 127.0.0.1 (the X server admits only this host): a clean-up of
        # /tmp by another program on a shared machine deleted the /tmp/.X11-unix sockets mid-run,
        # and then no new client (the next desk, xdotool) could connect.
        for number in random.sample(range(50, 100), 12):
            if Path(f"/tmp/.X{number}-lock").exists():
                continue
            self.xvfb = subprocess.Popen(
                [_which("Xvfb"), f":{number}", "-screen", "0", f"{width}x{height}x24",
                 "-listen", "tcp", "-nolisten", "unix", "-dpi", "96"],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            self.env = {**env, "DISPLAY": f"127.0.0.1:{number}", "QT_QPA_PLATFORM": "xcb"}
            for _ in range(50):
                if self.xvfb.poll() is not None:
                    break
                if subprocess.run([_which("xdotool"), "getdisplaygeometry"], env=self.env,
                                  capture_output=True, check=False).returncode == 0:
                    break
                time.sleep(0.1)
            else:
                self.xvfb.terminate()
                self.xvfb.wait(10)
                continue
            if self.xvfb.poll() is None:
                break
        else:
            raise MorningError("Xvfb không khởi động được.")
        self._bind_letters()
        self.grabber: subprocess.Popen[str] | None = None

    def _bind_letters(self) -> None:
        """Give each non-ASCII letter typed a keycode of its own (XF86 keys nobody presses)."""
        letters = sorted({c.lower() for text in TYPED_TEXTS for c in text if ord(c) > 127})
        lines = []
        for code, letter in zip(SPARE_KEYCODES, letters, strict=False):
            upper = letter.upper()
            lines.append(f"keycode {code} = {keysym(letter)} {keysym(upper)}")
        done = subprocess.run([_which("xmodmap"), "-"], input="\n".join(lines), text=True,
                              env=self.env, check=False)
        if done.returncode != 0:
            self.close()
            raise MorningError("xmodmap không gán được phím cho chữ có dấu.")

    def grab(self, path: Path) -> None:
        """Save the whole X screen; the grabber (a Qt client) is started again if it died."""
        for _attempt in range(3):
            if self.grabber is None or self.grabber.poll() is not None:
                self.grabber = subprocess.Popen([PYTHON, "-c", GRABBER], stdin=subprocess.PIPE,
                                                stdout=subprocess.PIPE, text=True, env=self.env)
            assert self.grabber.stdin is not None and self.grabber.stdout is not None
            try:
                self.grabber.stdin.write(f"{path}\n")
                self.grabber.stdin.flush()
                if self.grabber.stdout.readline().strip() == "ok":
                    return
            except BrokenPipeError:
                pass
            time.sleep(0.5)
        raise MorningError("Không chụp được màn hình X.")

    def close(self) -> None:
        if self.grabber is not None and self.grabber.stdin is not None:
            self.grabber.stdin.close()
            self.grabber.wait(10)
        self.xvfb.terminate()
        self.xvfb.wait(10)


# --- driving the desk -----------------------------------------------------------------------------
@dataclasses.dataclass
class Counter:
    """Key presses sent: the clerk's (a chord such as Ctrl+S is one) and the scanner's."""

    clerk: int = 0
    scanner: int = 0


class Driver:
    """xdotool on one display: typing, keys, the visible windows, focus, screenshots."""

    def __init__(self, display: Display, shots: Path) -> None:
        self.display = display
        self.shots = shots
        self.keys = Counter()
        self.taken: list[Path] = []
        self.retries = 0
        self.last_shot = "start"  # names where a key was pressed, for the freezes' report
        self.steps: list[tuple[float, str]] = []  # (epoch s, what was sent), for the freezes

    def xdo(self, *args: str) -> str:
        done = subprocess.run([_which("xdotool"), *args], env=self.display.env,
                              capture_output=True, text=True, check=False)
        return done.stdout

    def type(self, text: str, *, scanner: bool = False) -> None:
        """Type ``text``: ASCII runs with ``xdotool type``; each Vietnamese letter as ``xdotool
        key`` of its own keysym, which the keymap binds (``xdotool type`` would remap a spare
        key for it and sometimes take the mapping back before the desk read the key)."""
        self.steps.append((time.time(), f"{'scanner' if scanner else 'type'} {text[:24]!r}"
                                        f" (after {self.last_shot})"))
        for run in re.findall(r"[\x00-\x7f]+|[^\x00-\x7f]", text):
            if ord(run[0]) < 128:
                self.xdo("type", "--delay", str(TYPE_DELAY_MS), "--", run)
            else:
                self.xdo("key", "--delay", str(TYPE_DELAY_MS), keysym(run))
                time.sleep(LETTER_PAUSE_S)
        if scanner:
            self.keys.scanner += len(text)
        else:
            self.keys.clerk += len(text)

    def key(self, *chords: str, scanner: bool = False) -> None:
        for chord in chords:
            self.steps.append((time.time(), f"key {chord} (after {self.last_shot})"))
            self.xdo("key", "--delay", str(TYPE_DELAY_MS), chord)
            if scanner:
                self.keys.scanner += 1
            else:
                self.keys.clerk += 1

    def windows(self) -> list[tuple[int, str, int, int]]:
        """Visible top-level windows: id, title, width, height (stacking order, newest last)."""
        out = []
        for line in self.xdo("search", "--onlyvisible", "--name", "").split():
            wid = int(line)
            title = self.xdo("getwindowname", str(wid)).strip()
            if not title:  # the root window; every window of the desk has a title
                continue
            geo = self.xdo("getwindowgeometry", str(wid))
            m = re.search(r"Geometry: (\d+)x(\d+)", geo)
            w, h = (int(m.group(1)), int(m.group(2))) if m else (0, 0)
            if w > 20 and h > 20:
                out.append((wid, title, w, h))
        return out

    def wait_window(self, test: str | None = None, *, new_than: set[int] | None = None,
                    timeout: float = 30.0) -> int:
        """Wait for a visible window (title matching ``test``, or not in ``new_than``); focus it."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            for wid, title, _w, _h in reversed(self.windows()):
                if new_than is not None and wid in new_than:
                    continue
                if test is None or re.search(test, title):
                    self.focus(wid)
                    return wid
            time.sleep(0.05)
        self.shot("error-timeout")
        raise MorningError(f"Không thấy cửa sổ {test or 'mới'} sau {timeout:.0f} s.")

    def wait_gone(self, wid: int, timeout: float = 30.0, *, shot: bool = True) -> None:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if wid not in {w for w, *_ in self.windows()}:
                return
            time.sleep(0.05)
        if shot:
            self.shot("error-timeout")
        raise MorningError("Cửa sổ không đóng.")

    def close_with(self, wid: int, chord: str = "Return", timeout: float = 30.0) -> None:
        """Press ``chord`` in window ``wid`` and wait for it to close; press again (and say so)
        when nothing happened in 3 s, e.g. the key came while the window was still busy."""
        end = time.monotonic() + timeout
        self.key(chord)
        while True:
            try:
                self.wait_gone(wid, timeout=3.0, shot=False)
                return
            except MorningError:
                if time.monotonic() > end:
                    self.shot("error-timeout")
                    raise
                print(f"  (lại {chord}: cửa sổ {self.title(wid)!r} chưa đóng)", file=sys.stderr)
                self.retries += 1
                self.focus(wid)
                self.key(chord)

    def title(self, wid: int) -> str:
        return self.xdo("getwindowname", str(wid)).strip()

    def ids(self) -> set[int]:
        return {w for w, *_ in self.windows()}

    def focus(self, wid: int) -> None:
        """No window manager runs: give the keyboard to the window, as a click on it would."""
        self.xdo("windowfocus", "--sync", str(wid))

    def focus_top(self) -> int:
        wins = self.windows()
        wid = wins[-1][0]
        self.focus(wid)
        return wid

    def shot(self, name: str) -> Path:
        path = self.shots / f"{name}.png"
        self.steps.append((time.time(), f"screenshot {name}"))
        self.last_shot = name
        started = time.monotonic()
        self.display.grab(path)
        PAUSED[0] += time.monotonic() - started
        self.taken.append(path)
        return path


PAUSED = [0.0]  # seconds the script itself spent in settle() and screenshots (not the desk's)


def settle(seconds: float = 0.4) -> None:
    """Let the screen show the last key's result before a screenshot (counted as the script's)."""
    time.sleep(seconds)
    PAUSED[0] += seconds


# --- the desk process -----------------------------------------------------------------------------
@dataclasses.dataclass
class Folder:
    """A fresh data folder, home and settings for one language and size."""

    root: Path
    lang: str

    @property
    def db(self) -> Path:
        return self.root / "data" / "commune_desk.sqlite3"

    @property
    def home(self) -> Path:
        return self.root / "home"

    @property
    def heartbeat(self) -> Path:
        return self.root / "heartbeat.log"

    def env(self) -> dict[str, str]:
        keep = {k: v for k, v in os.environ.items()
                if k not in ("DISPLAY", "COMMUNE_DESK_DB_PASSPHRASE", "QT_QPA_PLATFORM",
                             "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS")}
        return {**keep, "HOME": str(self.home), "XDG_CONFIG_HOME": str(self.home / ".config"),
                "XDG_DATA_HOME": str(self.home / ".local" / "share"),
                "COMMUNE_DESK_DATA_DIR": str(self.root / "data"),
                "PYTHONPATH": str(ROOT), "LANG": "C.UTF-8",
                # No keyring on a bare X server: the passphrase dialog is typed into.
                "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}


@contextmanager
def desk(drv: Driver, folder: Folder) -> Iterator[subprocess.Popen[bytes]]:
    env = {**drv.display.env, **{k: v for k, v in folder.env().items() if k != "DISPLAY"},
           "DISPLAY": drv.display.env["DISPLAY"], "QT_QPA_PLATFORM": "xcb",
           "COMMUNE_DESK_HEARTBEAT": str(folder.heartbeat)}
    drv.steps.append((time.time(), f"desk starts (after {drv.last_shot})"))
    log = open(folder.root / "desk.log", "ab")  # noqa: SIM115 - closed below
    for _attempt in range(4):
        proc = subprocess.Popen([PYTHON, "-m", "commune_desk", "--db", str(folder.db),
                                 "--lang", folder.lang], env=env, stdout=log, stderr=log,
                                cwd=folder.home)
        try:  # on this shared machine the first X connection was now and then refused
            proc.wait(3)
        except subprocess.TimeoutExpired:
            break
        print(f"  (phần mềm dừng ngay khi mở, mã {proc.returncode}: mở lại)", file=sys.stderr)
        time.sleep(1)
    try:
        yield proc
    finally:
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.terminate()
            proc.wait(10)
        log.close()


def cli(folder: Folder, *args: str, stdin: str = "") -> str:
    env = {**folder.env(), "COMMUNE_DESK_DB_PASSPHRASE": DB_PASSPHRASE}
    done = subprocess.run([PYTHON, "-m", "commune_desk", *args, "--db", str(folder.db)],
                          input=stdin, capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        raise MorningError(f"commune-desk {' '.join(args)}: {done.stderr.strip()}")
    return done.stdout


# --- the steps ------------------------------------------------------------------------------------
def passphrase(drv: Driver, *, new: bool) -> None:
    dialog = drv.wait_window(timeout=60)
    settle()
    drv.type(DB_PASSPHRASE)
    if new:
        drv.key("Tab")
        drv.type(DB_PASSPHRASE)
    drv.close_with(dialog)


def login(drv: Driver, user: str, password: str, *, new_password: str = "",
          shot: str = "") -> int:
    dialog = drv.wait_window(timeout=60)
    settle()
    drv.type(user)
    drv.key("Tab")
    drv.type(password)
    if shot:
        drv.shot(shot)
    drv.key("Return")
    if new_password:  # a temporary password: the change-password dialog comes first
        drv.wait_window(new_than={dialog})
        settle()
        drv.type(password)
        drv.key("Tab")
        drv.type(new_password)
        drv.key("Tab")
        drv.type(new_password)
        drv.key("Return")
    return main_window(drv)


def main_window(drv: Driver, timeout: float = 60) -> int:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        for wid, _title, w, h in drv.windows():
            if w >= drv.display.width - 10 and h >= drv.display.height - 60:
                # No window manager: the clerk's "maximise" is a move to the corner at full size
                # (a restored geometry comes back 25 px low, as if a title bar were above it).
                drv.xdo("windowmove", "--sync", str(wid), "0", "0")
                drv.xdo("windowsize", "--sync", str(wid), str(drv.display.width),
                        str(drv.display.height))
                drv.focus(wid)
                return wid
        time.sleep(0.1)
    drv.shot("error-timeout")
    raise MorningError("Cửa sổ chính không hiện.")


def quit_desk(drv: Driver, proc: subprocess.Popen[bytes], main: int) -> None:
    drv.focus(main)
    drv.key("ctrl+q")
    try:
        proc.wait(30)
    except subprocess.TimeoutExpired as exc:
        drv.shot("error-quit")
        raise MorningError("Phần mềm không thoát sau Ctrl+Q.") from exc


def administrator(drv: Driver, folder: Folder, *, smoke: bool) -> None:
    with desk(drv, folder) as proc:
        passphrase(drv, new=True)
        wizard = drv.wait_window(new_than=set(), timeout=60)
        settle(0.8)
        drv.key("Tab")  # from the province (Nghệ An) to the commune search
        drv.type("my ly")
        settle()
        drv.shot("01-setup-commune")
        drv.key("Return")
        settle()
        drv.type("000.00.04.H40")
        drv.shot("02-setup-agency-desk")
        drv.key("Return")
        settle()
        drv.shot("03-setup-hours")
        drv.key("Return")
        settle()
        drv.shot("04-setup-server")
        drv.key("Return")  # no server yet: the desk works offline
        settle(1.0)
        drv.shot("05-setup-done")
        drv.close_with(wizard)
        first = drv.wait_window(timeout=30)
        settle()
        drv.key("Tab")  # the login is "admin" already
        drv.type(ADMIN[1])
        for _ in range(2):
            drv.key("Tab")
            drv.type(ADMIN[2])
        drv.shot("06-first-admin")
        drv.close_with(first)
        main = login(drv, ADMIN[0], ADMIN[2], shot="07-login")
        settle(1.5)
        drv.shot("08-worklist-admin")
        quit_desk(drv, proc, main)
    if smoke:
        return
    for user, role, name, temporary, _own in STAFF:
        cli(folder, "user", "add", "--login", user, "--role", role, "--name", name,
            stdin=f"{ADMIN[0]}\n{ADMIN[2]}\n{temporary}\n{temporary}\n")


@dataclasses.dataclass
class IntakeFigures:
    clerk_keys: int = 0
    scanner_keys: int = 0
    seconds: float = 0.0
    printer_seconds: float = 0.0
    preview_seconds: float = 0.0
    pdf_bytes: int = 0


def _newest_pdf(folder: Path, after: float) -> Path | None:
    found = [p for p in folder.glob("*.pdf") if p.stat().st_mtime >= after]
    return max(found, key=lambda p: p.stat().st_mtime) if found else None


def wait_pdf(folder: Path, after: float, timeout: float = 60) -> Path:
    """The printed file exists and its size stayed the same for 0.2 s."""
    end = time.monotonic() + timeout
    last = -1
    while time.monotonic() < end:
        pdf = _newest_pdf(folder, after)
        if pdf is not None:
            size = pdf.stat().st_size
            if size > 0 and size == last:
                return pdf
            last = size
        time.sleep(0.1)
    raise MorningError("Máy in (tệp PDF) không nhận được giấy tiếp nhận.")


def clerk_intake(drv: Driver, folder: Folder, figures: IntakeFigures) -> None:
    user, _role, _name, temporary, own = STAFF[0]
    with desk(drv, folder) as proc:
        # A set-up desk opens straight on the login: the key file unwraps the database key.
        main = login(drv, user, temporary, new_password=own)
        settle(1.5)
        drv.shot("09-worklist-clerk")
        # One intake with printing, timed from Ctrl+N to the receipt on "paper".
        keys0 = dataclasses.replace(drv.keys)
        start, paused0 = time.monotonic(), PAUSED[0]
        drv.key("ctrl+n")
        settle(0.3)
        drv.type(SCAN, scanner=True)  # the 2D scanner types the card's QR and Enter
        drv.key("Return", scanner=True)
        drv.type("0912345678")  # the phone, asked from the citizen
        drv.key("alt+t")
        drv.type("hon nhan")
        drv.key("Return")  # "Xác nhận tình trạng hôn nhân"
        drv.key("Tab", "space")  # the form received: ticked
        settle(1.5)  # for the picture: the address's current unit shows 0.6 s after typing stops
        drv.shot("10-intake-filled")
        drv.key("ctrl+s")
        settle(0.5)
        drv.shot("11-intake-saved")
        before = drv.ids()
        asked = time.monotonic()
        drv.key("ctrl+p")
        preview = drv.wait_window(new_than=before)
        figures.preview_seconds = time.monotonic() - asked
        settle(0.5)
        drv.shot("12-receipt-preview")
        before = drv.ids()
        drv.key("Return")  # "In…"
        dialog = drv.wait_window(new_than=before)
        settle(0.3)
        drv.shot("13-print-dialog")
        sent = time.time()
        pressed = time.monotonic()
        drv.key("Return")  # Qt's "Print to File (PDF)", the file in the home folder
        drv.wait_gone(dialog)
        pdf = wait_pdf(folder.home, sent - 1)
        now = time.monotonic()
        figures.printer_seconds = now - pressed
        figures.seconds = now - start - (PAUSED[0] - paused0)  # without the screenshots' pauses
        figures.pdf_bytes = pdf.stat().st_size
        figures.clerk_keys = drv.keys.clerk - keys0.clerk
        figures.scanner_keys = drv.keys.scanner - keys0.scanner
        drv.focus(preview)
        drv.key("Escape")
        drv.wait_gone(preview)
        drv.focus(main)
        drv.key("ctrl+o")  # the dossier just saved
        settle(1.2)
        drv.shot("14-detail-received")
        before = drv.ids()
        drv.key("alt+g")  # hand over to the officer, picked by a few letters of the name
        handover = drv.wait_window(new_than=before)
        settle(0.3)
        drv.type("cuong")
        settle(0.6)
        drv.shot("15-handover-completer")
        drv.key("Down", "Return")  # the completer's line "Lê Văn Cường (cuong)"
        settle(0.2)
        drv.key("Tab")
        drv.type("Trình lãnh đạo ký")
        drv.key("Return")
        drv.wait_gone(handover)
        drv.focus(main)
        settle(0.8)
        drv.shot("16-detail-handed-over")
        quit_desk(drv, proc, main)


def officer(drv: Driver, folder: Folder) -> None:
    user, _role, _name, temporary, own = STAFF[1]
    with desk(drv, folder) as proc:
        # A set-up desk opens straight on the login: the key file unwraps the database key.
        main = login(drv, user, temporary, new_password=own)
        settle(1.5)
        drv.key("alt+5")  # "Được giao cho tôi"
        settle(1.2)
        drv.shot("17-list-mine-officer")
        drv.key("Down", "Return")  # the first (only) dossier: Down selects it if nothing is
        settle(1.2)
        before = drv.ids()
        drv.key("alt+b")  # supplement request
        dialog = drv.wait_window(new_than=before)
        settle(0.3)
        drv.type("Thiếu bản sao Giấy khai sinh")
        drv.key("Tab")
        drv.type("Chưa đủ thành phần hồ sơ")
        drv.key("Tab")
        drv.type("Khoản 2 Điều 9 Nghị định 61/2018/NĐ-CP")
        drv.shot("18-supplement-request")
        drv.key("Tab", "Tab")  # past the second-request approver (a first request)
        drv.key("Return")
        drv.wait_gone(dialog)
        drv.focus(main)
        settle(1.0)
        drv.shot("19-detail-supplement-form02")
        before = drv.ids()
        drv.key("space")  # the offered form 02 ("Xem và in mẫu số 02") has the focus
        try:
            form02 = drv.wait_window(new_than=before, timeout=8)
            settle(0.6)
            drv.shot("20-form02-preview")
            drv.key("Escape")
            drv.wait_gone(form02)
        except MorningError:
            print("  (mẫu 02: không mở được bằng phím cách)", file=sys.stderr)
        drv.focus(main)
        before = drv.ids()
        drv.key("alt+n")  # the citizen brought the paper
        dialog = drv.wait_window(new_than=before)
        drv.type("Đã bổ sung bản sao Giấy khai sinh")
        drv.key("Return")
        drv.wait_gone(dialog)
        drv.focus(main)
        settle(0.8)
        before = drv.ids()
        drv.key("alt+g")
        dialog = drv.wait_window(new_than=before)
        drv.type("dung")
        settle(0.5)
        drv.key("Down", "Return", "Tab")
        drv.type("Trình lãnh đạo ký")
        drv.key("Return")
        drv.wait_gone(dialog)
        drv.focus(main)
        settle(0.8)
        drv.shot("21-detail-to-leader")
        quit_desk(drv, proc, main)


def leader(drv: Driver, folder: Folder) -> None:
    user, _role, _name, temporary, own = STAFF[2]
    with desk(drv, folder) as proc:
        # A set-up desk opens straight on the login: the key file unwraps the database key.
        main = login(drv, user, temporary, new_password=own)
        settle(1.5)
        drv.shot("22-worklist-leader")
        drv.key("ctrl+3")
        settle(2.0)
        drv.shot("23-dashboard")
        drv.key("ctrl+1")
        settle(0.8)
        drv.key("alt+5")  # "Chờ tôi duyệt/ký"
        settle(1.2)
        drv.shot("24-list-waiting-for-me")
        drv.key("Down", "Return")
        settle(1.2)
        before = drv.ids()
        drv.key("alt+k")  # result: approved
        dialog = drv.wait_window(new_than=before)
        settle(0.3)
        drv.key("Return")  # the outcome's first choice is "approved"
        drv.wait_gone(dialog)
        drv.focus(main)
        settle(1.0)
        drv.shot("25-detail-resolved")
        quit_desk(drv, proc, main)


def clerk_return(drv: Driver, folder: Folder) -> None:
    user, _role, _name, _temporary, own = STAFF[0]
    with desk(drv, folder) as proc:
        # A set-up desk opens straight on the login: the key file unwraps the database key.
        main = login(drv, user, own)
        settle(1.5)
        drv.key("ctrl+f")
        drv.type("nguyen van an")
        settle(1.2)
        drv.shot("26-search-without-accents")
        drv.key("Down", "Return")
        settle(1.2)
        before = drv.ids()
        drv.key("alt+t")  # return the result at the counter
        dialog = drv.wait_window(new_than=before)
        drv.key("Return")
        drv.wait_gone(dialog)
        drv.focus(main)
        settle(0.8)
        before = drv.ids()
        drv.key("alt+j")  # satisfaction: no default, the citizen's choice
        dialog = drv.wait_window(new_than=before)
        settle(0.3)
        drv.key("Down")  # "Hài lòng"? the first real choice after "— Chọn —"
        drv.shot("27-rating")
        drv.key("Return")
        drv.wait_gone(dialog)
        drv.focus(main)
        settle(1.0)
        drv.shot("28-detail-finished")
        quit_desk(drv, proc, main)


def check_saved(folder: Folder) -> None:
    """What the scanner typed reached the dossier whole (the CLI reads the saved file)."""
    import json

    clerk = STAFF[0]
    found = json.loads(cli(folder, "search", "--json", "nguyen van an",
                           stdin=f"{clerk[0]}\n{clerk[4]}\n"))  # the CLI asks who reads
    rows = found if isinstance(found, list) else found.get("results", found.get("rows", []))
    text = json.dumps(rows, ensure_ascii=False)
    for part in ("Nguyễn Văn An", "001085012345"):
        if part not in text:  # xdotool now and then loses a letter it types (see Driver.type)
            print(f"  Chú ý: hồ sơ đã lưu không có “{part}” (máy quét giả mất chữ): {text[:200]}",
                  file=sys.stderr)


# --- figures --------------------------------------------------------------------------------------
@dataclasses.dataclass
class Freeze:
    longest_ms: float = 0.0
    longest_cpu_ms: float = 0.0
    worst_cpu_ms: float = 0.0
    stalls_over_100ms: int = 0
    ticks_logged: int = 0
    worst: list[tuple[float, float, str]] = dataclasses.field(default_factory=list)


def read_heartbeat(path: Path, steps: list[tuple[float, str]]) -> Freeze:
    """The desk's logged stalls; the five longest with the last key or step sent before each."""
    out = Freeze()
    if not path.exists():
        return out
    stalls = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) != 3 or not parts[0][0].isdigit():
            continue
        at, gap, cpu = float(parts[0]), float(parts[1]), float(parts[2])
        out.ticks_logged += 1
        out.stalls_over_100ms += gap > 100
        if gap > out.longest_ms:
            out.longest_ms, out.longest_cpu_ms = gap, cpu
        out.worst_cpu_ms = max(out.worst_cpu_ms, cpu)
        began = at - gap / 1000.0
        before = [what for when, what in steps if when <= began + 0.05]
        stalls.append((gap, cpu, before[-1] if before else "?"))
    out.worst = sorted(stalls, reverse=True)[:5]
    return out


@dataclasses.dataclass
class Run:
    lang: str
    size: str
    intake: IntakeFigures
    freeze: Freeze
    load: tuple[float, float, float]
    seconds: float
    shots: list[Path]
    retries: int


def morning(lang: str, size: str, out: Path, *, smoke: bool = False) -> Run:
    width, height = SIZES[size]
    shots = out / f"{lang}-{size}"
    shots.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    tmp = Path(tempfile.mkdtemp(prefix=f"clerk-morning-{lang}-{size}-"))
    folder = Folder(tmp, lang)
    folder.home.mkdir()
    (tmp / "data").mkdir()
    display = Display(width, height, folder.env())
    print(f"   X {display.env['DISPLAY']}, thư mục {tmp}", flush=True)
    drv = Driver(display, shots)
    figures = IntakeFigures()
    try:
        administrator(drv, folder, smoke=smoke)
        if not smoke:
            clerk_intake(drv, folder, figures)
            officer(drv, folder)
            leader(drv, folder)
            clerk_return(drv, folder)
        if not smoke:
            check_saved(folder)
    finally:
        display.close()
    run = Run(lang, size, figures, read_heartbeat(folder.heartbeat, drv.steps), os.getloadavg(),
              time.monotonic() - started, drv.taken, drv.retries)
    shutil.rmtree(tmp, ignore_errors=True)
    return run


def report(runs: list[Run]) -> None:
    print()
    print("ngôn ngữ  cỡ màn hình  phím (cán bộ + máy quét)  giây/1 hồ sơ có in  chờ máy in  "
          "lâu nhất UI đứng (CPU UI)  tải")
    for r in runs:
        i, f = r.intake, r.freeze
        print(f"{r.lang:9} {r.size:12} {i.clerk_keys:3} + {i.scanner_keys:3}"
              f"{'':15}{i.seconds:6.1f} s{'':11}{i.printer_seconds:5.1f} s"
              f"{'':3}{f.longest_ms:6.0f} ms ({f.longest_cpu_ms:.0f} ms){'':8}"
              f"{r.load[0]:.1f}")
    for r in runs:
        print(f"{r.lang}-{r.size}: {len(r.shots)} ảnh, cả buổi {r.seconds:.0f} s; Ctrl+P → xem trước "
              f"giấy tiếp nhận {r.intake.preview_seconds:.1f} s; PDF {r.intake.pdf_bytes} byte; "
              f"UI: {r.freeze.stalls_over_100ms} lần đứng > 100 ms, CPU UI lớn nhất trong một "
              f"lần {r.freeze.worst_cpu_ms:.0f} ms; phím gửi lại {r.retries} lần")
        for gap, cpu, after in r.freeze.worst:
            print(f"    UI đứng {gap:5.0f} ms (CPU UI {cpu:4.0f} ms) sau: {after}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lang", choices=("vi", "en", "both"), default="both")
    parser.add_argument("--size", choices=(*SIZES, "all"), default="all")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--smoke", action="store_true", help="only set-up and the first login")
    args = parser.parse_args(argv)
    langs = ("vi", "en") if args.lang == "both" else (args.lang,)
    sizes = tuple(SIZES) if args.size == "all" else (args.size,)
    runs: list[Run] = []
    failed: list[str] = []
    for lang in langs:
        for size in sizes:
            for attempt in (1, 2, 3):  # again when the X server went away under the desk
                print(f"== {lang} {size}" + (f" (lần {attempt})" if attempt > 1 else ""), flush=True)
                try:
                    runs.append(morning(lang, size, args.out, smoke=args.smoke))
                    report(runs[-1:])  # at once: a later failure keeps these figures
                    break
                except MorningError as exc:
                    print(f"Lỗi: {exc}", file=sys.stderr)
                    if attempt == 3:
                        failed.append(f"{lang}-{size}")
    if len(runs) > 1:
        report(runs)
    if failed:
        print(f"Không chạy hết: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
