"""A real headless LibreOffice for tests: throwaway profile, the freshly built .oxt installed
with unopkg, a socket connection, a cleanup that kills every process it started, and a watchdog
that turns a frozen or runaway office into a failure within seconds."""
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time

import uno
from com.sun.star.beans import PropertyValue

NOBODY = 65534


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


class Office:
    """with Office(oxt) as office: office.desktop, office.new_calc(), office.load(path)."""

    def __init__(self, oxt, install=True, display=None, ui_locale=None, tz=None):
        self.oxt_source = oxt
        self.install = install
        self.ui_locale = ui_locale  # e.g. "fr-FR" (needs that language pack installed)
        self.tz = tz  # e.g. "Etc/GMT-14": the office's local time zone
        self.display = display  # an X display (":5") for a visible office; None: headless
        self.proc = None
        self.desktop = None

    # -- process handling -------------------------------------------------------------
    def _as_user(self):
        # unopkg refuses to run as root: run the office as nobody, on files nobody can read.
        if os.getuid() != 0:
            return []
        return ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]

    def _env(self):
        env = dict(os.environ)
        env["HOME"] = self.home
        env.pop("DISPLAY", None)
        if self.display:
            env["DISPLAY"] = self.display
        if self.ui_locale:  # a new profile takes its UI language from the environment
            env["LANGUAGE"] = env["LC_ALL"] = env["LANG"] = self.ui_locale.replace("-", "_") + ".UTF-8"
        if self.tz:
            env["TZ"] = self.tz
        return env

    def __enter__(self):
        self.dir = tempfile.mkdtemp(prefix="retroplan-office-")
        os.chmod(self.dir, 0o755)
        self.home = os.path.join(self.dir, "home")
        self.profile = os.path.join(self.dir, "profile")
        os.makedirs(self.home)
        self.oxt = os.path.join(self.dir, "retroplan.oxt")
        shutil.copy(self.oxt_source, self.oxt)
        if os.getuid() == 0:
            for root, dirs, files in os.walk(self.dir):
                for n in dirs + files:
                    os.chown(os.path.join(root, n), NOBODY, NOBODY)
            os.chown(self.dir, NOBODY, NOBODY)
        self.profile_url = "file://" + self.profile
        try:
            self.listing = ""
            if self.install:
                subprocess.run(self._as_user() + ["unopkg", "add", "-f", "--suppress-license", self.oxt,
                                                  f"-env:UserInstallation={self.profile_url}"],
                               cwd=self.dir, env=self._env(), check=True, timeout=180,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
                # What Extension Manager shows, read before the office takes the profile.
                self.listing = subprocess.run(
                    self._as_user() + ["unopkg", "list", f"-env:UserInstallation={self.profile_url}"],
                    cwd=self.dir, env=self._env(), check=True, timeout=180, capture_output=True,
                    text=True).stdout
            self.start()
        except BaseException:
            self.close()
            raise
        return self

    def start(self):
        self.port = _free_port()
        accept = f"socket,host=127.0.0.1,port={self.port};urp;StarOffice.ComponentContext"
        mode = [] if self.display else ["--headless", "--invisible"]
        self.proc = subprocess.Popen(
            self._as_user() + ["soffice", *mode, "--nologo", "--norestore",
                               "--nodefault", "--nolockcheck", f"--accept={accept}",
                               f"-env:UserInstallation={self.profile_url}"],
            cwd=self.dir, env=self._env(), start_new_session=True,
            stdout=subprocess.DEVNULL, stderr=None if os.environ.get("RETROPLAN_OFFICE_STDERR") else subprocess.DEVNULL)
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local)
        deadline = time.time() + 90
        while True:
            try:
                self.ctx = resolver.resolve(
                    f"uno:socket,host=127.0.0.1,port={self.port};urp;StarOffice.ComponentContext")
                break
            except Exception:
                pass  # not listening yet
            # Raised here, not inside the except clause: Python 3.13's unittest (Debian 13) crashes
            # on a chained UNO exception (it sets its __traceback__, which pyuno refuses) and would
            # hide this message.
            if time.time() > deadline or self.proc.poll() is not None:
                raise RuntimeError(f"soffice did not start (exit status {self.proc.poll()})")
            time.sleep(0.3)
        self.smgr = self.ctx.ServiceManager
        self.desktop = self.smgr.createInstanceWithContext("com.sun.star.frame.Desktop", self.ctx)

    def stop(self):
        if self.desktop is not None:
            # terminate() can block on a dialog (a visible, modified document asks to be saved):
            # give it a while in a thread, then kill the process group whatever happened.
            desktop, self.desktop = self.desktop, None
            quitter = threading.Thread(target=self._terminate, args=(desktop,), daemon=True)
            quitter.start()
            quitter.join(timeout=20)
        if self.proc is not None:
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                pass
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)  # soffice.bin too
            except ProcessLookupError:
                pass
            self.proc.wait()
            self.proc = None

    @staticmethod
    def _terminate(desktop):
        try:
            desktop.terminate()
        except Exception:
            pass  # the bridge dies with the office: expected

    def close(self):
        self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)

    def __exit__(self, *exc):
        self.close()

    def alive(self):
        return self.proc is not None and self.proc.poll() is None

    def restart(self):
        """A fresh office on the same profile (the extension stays installed)."""
        self.stop()
        self.start()

    # -- the soffice.bin process ------------------------------------------------------
    def pid(self):
        """soffice.bin's process ID: the process of that name in the office's session."""
        if self.proc is None:
            return None
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                with open(f"/proc/{entry}/stat") as f:
                    stat = f.read()
            except OSError:
                continue
            name = stat[stat.index("(") + 1:stat.rindex(")")]
            session = int(stat[stat.rindex(")") + 2:].split()[3])
            if name == "soffice.bin" and session == self.proc.pid:
                return int(entry)
        return None

    def rss_mb(self):
        """soffice.bin's resident memory, MB (0 when it is gone)."""
        try:
            with open(f"/proc/{self.pid()}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        return int(line.split()[1]) / 1024
        except (OSError, TypeError):
            pass
        return 0.0

    def cpu_seconds(self):
        """CPU time soffice.bin has used, in seconds."""
        try:
            with open(f"/proc/{self.pid()}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        except (OSError, TypeError, IndexError):
            return 0.0

    def kill(self):
        if self.proc is not None:
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

    def watch(self, idle=10.0, limit=300.0, max_rss_mb=4000.0):
        """with office.watch(): … — see Watchdog."""
        return Watchdog(self, idle, limit, max_rss_mb)

    # -- documents --------------------------------------------------------------------
    def new_calc(self):
        return self.desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0,
                                                 (prop("Hidden", True),))

    def load(self, path, hidden=True):
        return self.desktop.loadComponentFromURL(uno.systemPathToFileUrl(path), "_blank", 0,
                                                 (prop("Hidden", hidden),))

    def save_as(self, doc, name):
        path = os.path.join(self.dir, name)
        doc.storeToURL(uno.systemPathToFileUrl(path), (prop("FilterName", "calc8"),))
        if os.getuid() == 0:
            os.chown(path, NOBODY, NOBODY)
        return path

    def service(self, name):
        return self.smgr.createInstanceWithContext(name, self.ctx)


class Watchdog:
    """Turns a frozen office into a failure within seconds instead of a hung test run.

    While armed, a thread samples the thread that armed it and soffice.bin four times a second.
    It kills the office (whose pending UNO call then fails at once) when
    - that thread stays on the same line for `idle` seconds while soffice.bin uses no CPU: it is
      waiting on an office that does nothing, a deadlock;
    - soffice.bin's memory passes `max_rss_mb`: a runaway read that would end in the OOM killer;
    - the watched block runs longer than `limit` seconds.
    `fired` then says why."""

    def __init__(self, office, idle, limit, max_rss_mb):
        self.office, self.idle, self.limit, self.max_rss_mb = office, idle, limit, max_rss_mb
        self.fired = None
        self._stop = threading.Event()

    def __enter__(self):
        self._watched = threading.get_ident()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()

    def _fire(self, reason):
        self.fired = reason
        print(f"\nwatchdog: {reason}: killing the office", file=sys.stderr, flush=True)
        self.office.kill()

    def _run(self):
        start = last_move = time.monotonic()
        last_cpu, last_where = self.office.cpu_seconds(), None
        while not self._stop.wait(0.25):
            if not self.office.alive():
                return
            now = time.monotonic()
            frame = sys._current_frames().get(self._watched)
            where = (id(frame.f_code), frame.f_lineno) if frame else None
            cpu = self.office.cpu_seconds()
            if where != last_where or cpu - last_cpu > 0.02:  # moving, or the office working
                last_move, last_where = now, where
            last_cpu = cpu
            rss = self.office.rss_mb()
            if now - last_move > self.idle:
                return self._fire(f"the office froze (a call waited {self.idle:.0f} s, soffice.bin idle)")
            if rss > self.max_rss_mb:
                return self._fire(f"soffice.bin used {rss:.0f} MB (limit {self.max_rss_mb:.0f} MB)")
            if now - start > self.limit:
                return self._fire(f"the test ran past {self.limit:.0f} s")
