"""Calling the add-in's methods from the test, as Calc does, to read the message of the
IllegalArgumentException that an Err:502 cell hides (a bad argument has no other way to show its
words: RETRO_CHECK takes only the table and the calendar).

The office hands back an object whose interface (org.retroplan.XRetroplanFunctions) this process
must know, or the bridge breaks. So this module adds the extension's type library to this
process's types before python-uno starts: import it before anything that imports uno."""
import os
import shutil
import sys
import tempfile
import zipfile

if "uno" in sys.modules:
    raise ImportError("import direct_calls before uno (or fixtures, office)")
_rdb = os.path.join(tempfile.mkdtemp(prefix="retroplan-types-"), "retroplan.rdb")
with zipfile.ZipFile(os.environ["RETROPLAN_OXT"]) as oxt, open(_rdb, "wb") as out:
    out.write(oxt.read("retroplan.rdb"))
_program = os.path.dirname(os.path.realpath(shutil.which("soffice") or "/usr/lib/libreoffice/program/soffice"))
# The office's own API types (what fundamentalrc names) and ours, read once when python-uno
# starts; then gone from the environment, which the office and unopkg inherit.
os.environ["URE_MORE_TYPES"] = f"<file://{_program}/types>* file://{_rdb}"
import uno  # noqa: E402
del os.environ["URE_MORE_TYPES"]


def message_of(office, doc, method, *args):
    """The message of the IllegalArgumentException that method(doc, *args) raises, or None.
    Optional arguments: None when omitted, else a Python value or a uno.Any (a table:
    uno.Any("[][]any", rows))."""
    functions = office.service("org.retroplan.Functions")
    try:
        uno.invoke(functions, method, (doc, *args))
    except Exception as e:  # com.sun.star.lang.IllegalArgumentException
        return e.Message
    return None
