"""The add-in's one shared library, as the .oxt ships it, loads on every supported LibreOffice
(7.4 on Debian 12, 25.2 on Debian 13) on a machine that has only LibreOffice: it needs nothing but
the office's URE libraries and the C/C++ runtimes, no libical and no (versioned) ICU, exports only
its component entry points, and asks no symbol version newer than Debian 12 has."""
import os
import re
import shutil
import subprocess
import tempfile
import unittest
import zipfile

OXT = os.environ["RETROPLAN_OXT"]
ALLOWED_NEEDED = {
    "libuno_cppu.so.3", "libuno_cppuhelpergcc3.so.3", "libuno_sal.so.3",  # LibreOffice's URE
    "libstdc++.so.6", "libm.so.6", "libgcc_s.so.1", "libc.so.6", "ld-linux-x86-64.so.2",
}
# The newest versions Debian 12 provides (glibc 2.36, GCC 12's libstdc++); later systems keep them.
NEWEST = {"GLIBC": (2, 36), "GLIBCXX": (3, 4, 30), "CXXABI": (1, 3, 13)}


def run(*args):
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


class AddinLibrary(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dir = tempfile.mkdtemp(prefix="retroplan-so-")
        with zipfile.ZipFile(OXT) as z:
            z.extract("retroplan.uno.so", cls.dir)
        cls.so = os.path.join(cls.dir, "retroplan.uno.so")

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.dir, ignore_errors=True)

    def test_needs_only_the_office_and_the_runtimes(self):
        needed = set(re.findall(r"\(NEEDED\)\s+Shared library: \[(.+?)\]", run("readelf", "-d", self.so)))
        self.assertLessEqual(needed, ALLOWED_NEEDED)
        # ldd follows the dependencies too: neither libical nor any ICU anywhere.
        ldd = subprocess.run(["ldd", self.so], capture_output=True, text=True).stdout
        self.assertIn("libuno_sal.so.3", ldd)
        self.assertNotRegex(ldd, r"libical|libicu")

    def test_libical_is_inside_and_hidden(self):
        symbols = run("nm", "-D", self.so)
        undefined = {l.split()[-1] for l in symbols.splitlines() if l.split()[-2:-1] == ["U"]}
        defined = {l.split()[-1] for l in symbols.splitlines() if len(l.split()) == 3}
        self.assertIn("component_getFactory", defined)
        self.assertFalse({s for s in defined if re.search(r"ical|icu|retroplan", s, re.I)}, "exported")
        self.assertFalse({s for s in undefined if re.match(r"(ical|u[a-z]*_\w+_\d+$)", s)}, "not inside")
        with open(self.so, "rb") as f:  # libical's own property table (survives stripping)
            self.assertTrue(b"X-LIC-ERROR" in f.read(), "libical is not linked in")

    def test_asks_no_symbol_version_newer_than_debian_12(self):
        versions = set(re.findall(r"\b(GLIBC|GLIBCXX|CXXABI)_([0-9.]+)\b", run("objdump", "-T", self.so)))
        self.assertTrue(versions)
        for name, version in versions:
            self.assertLessEqual(tuple(map(int, version.split("."))), NEWEST[name], f"{name}_{version}")


if __name__ == "__main__":
    unittest.main(verbosity=2)
