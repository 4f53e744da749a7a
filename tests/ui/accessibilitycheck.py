#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Walks Masar's accessibility tree over AT-SPI, page by page and dialog by dialog.

Usage: accessibilitycheck.py HOST LANGUAGE...

HOST is tests/ui/accessibilityhost: it shows each page and dialog of the real window in turn
and waits for a line on its standard input before the next one. A LANGUAGE is "en", "ar", or
"en:ar" (opened in English, switched to Arabic at run time: names must follow the switch).
For every state this script lists the buttons, fields, check boxes, lists and charts that have
no accessible name (what a screen reader would announce as "button", "text" or nothing at all),
and fails with that list.

The accessibility bus is started here, inside the session bus the test runs in
(at-spi-bus-launcher; the registry daemon is activated on it, or started here too). Without
AT-SPI the test is skipped when run by hand and fails under the test command
(MASAR_REQUIRE_SERVICES, or CI=true), like tests/requiredservice.h.
"""

import ctypes
import os
import signal
import subprocess
import sys
import time

SKIP = 77  # CTest's SKIP_RETURN_CODE for this test

LAUNCHERS = ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher",
             "/usr/lib/at-spi2/at-spi-bus-launcher")
REGISTRIES = ("/usr/libexec/at-spi2-registryd", "/usr/lib/at-spi2-core/at-spi2-registryd",
              "/usr/lib/at-spi2/at-spi2-registryd")
# Waiting for another process (a bus to come up, the application to register) is bounded, so a
# broken set-up ends with a message rather than at CTest's timeout; nothing asserts on speed.
PATIENCE = 120.0


def required():
    return "MASAR_REQUIRE_SERVICES" in os.environ or os.environ.get("CI") == "true"


def missing(reason):
    if required():
        print(f"FAIL: required by the test command: {reason}", file=sys.stderr)
        sys.exit(1)
    print(f"SKIP: {reason}", file=sys.stderr)
    sys.exit(SKIP)


class SetUpError(Exception):
    pass


def wait_for(what, condition):
    deadline = time.monotonic() + PATIENCE
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise SetUpError(f"{what} did not happen in {PATIENCE:.0f} s")
        time.sleep(0.1)


try:
    import gi
    gi.require_version("Atspi", "2.0")
    from gi.repository import Atspi, Gio, GLib
except (ImportError, ValueError) as error:
    missing(f"the AT-SPI client library is missing ({error}; Debian packages gir1.2-atspi-2.0 "
            "and python3-gi)")


def first_existing(paths):
    return next((p for p in paths if os.access(p, os.X_OK)), None)


def has_owner(bus, name):
    reply = bus.call_sync("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                          "NameHasOwner", GLib.Variant("(s)", (name,)), GLib.VariantType("(b)"),
                          Gio.DBusCallFlags.NONE, -1, None)
    return reply.unpack()[0]


REGISTRY = "org.a11y.atspi.Registry"


def accessibility_bus_address():
    session = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    return session.call_sync("org.a11y.Bus", "/org/a11y/bus", "org.a11y.Bus", "GetAddress", None,
                             GLib.VariantType("(s)"), Gio.DBusCallFlags.NONE, -1,
                             None).unpack()[0]


def accessibility_bus():
    return Gio.DBusConnection.new_for_address_sync(
        accessibility_bus_address(), Gio.DBusConnectionFlags.AUTHENTICATION_CLIENT |
        Gio.DBusConnectionFlags.MESSAGE_BUS_CONNECTION, None, None)


def stop_registry():
    """Ends the registry of a bus started here (the bus activated it, so it is no child of ours:
    it would outlive the bus)."""
    try:
        bus = accessibility_bus()
        pid = bus.call_sync("org.freedesktop.DBus", "/org/freedesktop/DBus",
                            "org.freedesktop.DBus", "GetConnectionUnixProcessID",
                            GLib.Variant("(s)", (REGISTRY,)), GLib.VariantType("(u)"),
                            Gio.DBusCallFlags.NONE, -1, None).unpack()[0]
        os.kill(pid, signal.SIGTERM)
    except (GLib.Error, OSError):
        pass  # not running


class RootWindowAddress:
    """The accessibility bus's address on the X root window (AT_SPI_BUS), for as long as the test
    runs. Qt 5 reads it while the application starts and connects at once; found only through the
    session bus, the connection is made later, and Qt 5 can register its tree before that
    connection is up, and then on none. (Qt 6 takes AT_SPI_BUS_ADDRESS, set too.)"""

    def __init__(self, address):
        self.x11 = ctypes.CDLL("libX11.so.6")
        self.x11.XOpenDisplay.restype = ctypes.c_void_p
        self.x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
        self.x11.XDefaultRootWindow.restype = ctypes.c_ulong
        self.x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        self.x11.XInternAtom.restype = ctypes.c_ulong
        self.x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        self.x11.XChangeProperty.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong,
                                             ctypes.c_ulong, ctypes.c_int, ctypes.c_int,
                                             ctypes.c_char_p, ctypes.c_int]
        self.x11.XDeleteProperty.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong]
        self.x11.XFlush.argtypes = [ctypes.c_void_p]
        self.x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
        self.display = self.x11.XOpenDisplay(None)
        if not self.display:
            missing(f"the X display {os.environ.get('DISPLAY')} cannot be opened")
        self.root = self.x11.XDefaultRootWindow(self.display)
        self.atom = self.x11.XInternAtom(self.display, b"AT_SPI_BUS", 0)
        data = address.encode()
        xa_string, replace = 31, 0
        self.x11.XChangeProperty(self.display, self.root, self.atom, xa_string, 8, replace, data,
                                 len(data))
        self.x11.XFlush(self.display)

    def remove(self):
        self.x11.XDeleteProperty(self.display, self.root, self.atom)
        self.x11.XCloseDisplay(self.display)


def start_accessibility_bus(started):
    """Starts the accessibility bus and its registry; `started` gets the processes started."""
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        missing("no D-Bus session bus (run under dbus-run-session)")
    if not os.environ.get("DISPLAY"):
        missing("no X display (run under xvfb-run)")
    launcher = first_existing(LAUNCHERS)
    if not launcher:
        missing("at-spi-bus-launcher is not installed (Debian package at-spi2-core)")
    session = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    if not has_owner(session, "org.a11y.Bus"):
        # Its output goes nowhere: the bus and the registry it starts would otherwise hold the
        # test's output open, and CTest would wait for them.
        started.append(subprocess.Popen([launcher, "--launch-immediately", "--a11y=1"],
                                        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL))
        wait_for("the accessibility bus launcher taking org.a11y.Bus",
                 lambda: has_owner(session, "org.a11y.Bus"))
    a11y = accessibility_bus()
    if not has_owner(a11y, REGISTRY):
        try:
            a11y.call_sync("org.freedesktop.DBus", "/org/freedesktop/DBus",
                           "org.freedesktop.DBus", "StartServiceByName",
                           GLib.Variant("(su)", (REGISTRY, 0)), None, Gio.DBusCallFlags.NONE,
                           -1, None)
        except GLib.Error:
            daemon = first_existing(REGISTRIES)
            if not daemon:
                missing("at-spi2-registryd is not installed (Debian package at-spi2-core)")
            started.append(subprocess.Popen([daemon], stdin=subprocess.DEVNULL,
                                            stdout=subprocess.DEVNULL,
                                            stderr=subprocess.DEVNULL))
        wait_for("the AT-SPI registry starting", lambda: has_owner(a11y, REGISTRY))


# What a screen reader must be able to name: every control and every chart.
NAMED_ROLES = {
    Atspi.Role.PUSH_BUTTON: "button",
    Atspi.Role.PUSH_BUTTON_MENU: "menu button",
    Atspi.Role.TOGGLE_BUTTON: "toggle button",
    Atspi.Role.CHECK_BOX: "check box",
    Atspi.Role.RADIO_BUTTON: "radio button",
    Atspi.Role.TEXT: "text field",
    Atspi.Role.ENTRY: "text field",
    Atspi.Role.PASSWORD_TEXT: "password field",
    Atspi.Role.SPIN_BUTTON: "spin box",
    Atspi.Role.DATE_EDITOR: "date field",
    Atspi.Role.COMBO_BOX: "combo box",
    Atspi.Role.SLIDER: "slider",
    Atspi.Role.LIST: "list",
    Atspi.Role.LIST_BOX: "list",
    Atspi.Role.LIST_ITEM: "list item",
    Atspi.Role.TREE: "tree",
    Atspi.Role.TREE_TABLE: "tree",
    Atspi.Role.TABLE: "table",
    Atspi.Role.CHART: "chart",
}
# Not walked into: the rows and cells of trees and tables are data, not controls (and a roadmap
# has thousands); a combo box's children are its pop-up list and the choices in it, which a screen
# reader announces through the combo box.
NOT_WALKED = {Atspi.Role.TREE, Atspi.Role.TREE_TABLE, Atspi.Role.TABLE, Atspi.Role.COMBO_BOX}


class Node:
    """One accessible object, asked over the accessibility bus itself.

    The AT-SPI protocol is spoken directly (libatspi is used for its role and state numbers
    only): libatspi keeps what it once saw of the desktop, and an application that the registry
    lists late, or a second one, may never show in it. The application is found by its process
    id among the bus's connections; every answer comes from it, never from a cache.
    """

    TIMEOUT_MS = 30000

    def __init__(self, bus, name, path):
        self.bus, self.name, self.path = bus, name, path

    def call(self, interface, method, args=None):
        return self.bus.call_sync(self.name, self.path, f"org.a11y.atspi.{interface}", method,
                                  args, None, Gio.DBusCallFlags.NONE, self.TIMEOUT_MS,
                                  None).unpack()

    def property(self, name, interface="Accessible"):
        return self.bus.call_sync(self.name, self.path, "org.freedesktop.DBus.Properties", "Get",
                                  GLib.Variant("(ss)", (f"org.a11y.atspi.{interface}", name)),
                                  None, Gio.DBusCallFlags.NONE, self.TIMEOUT_MS,
                                  None).unpack()[0]

    def role(self):
        return self.call("Accessible", "GetRole")[0]

    def role_name(self):
        return self.call("Accessible", "GetRoleName")[0]

    def accessible_name(self):
        return self.property("Name")

    def showing(self):
        low, high = self.call("Accessible", "GetState")[0]
        bits = low | (high << 32)
        return bool(bits & (1 << int(Atspi.StateType.SHOWING)))

    def children(self):
        return [Node(self.bus, name, path)
                for name, path in self.call("Accessible", "GetChildren")[0]]

    def parent(self):
        name, path = self.property("Parent")
        return Node(self.bus, name, path) if path != "/org/a11y/atspi/null" else None


def describe(node, role):
    """The node's place: its named ancestors, and what else says what it is."""
    path = []
    parent = node.parent()
    while parent is not None and parent.role() != int(Atspi.Role.APPLICATION):
        name = parent.accessible_name()
        if name:
            path.append(f"{parent.role_name()} '{name}'")
        parent = parent.parent()
    place = " > ".join(reversed(path[:3])) or "(top)"
    extras = []
    try:
        identifier = node.property("AccessibleId")
        if identifier:
            extras.append(f"id {identifier}")
    except GLib.Error:
        pass  # not offered by every toolkit version
    description = node.property("Description")
    if description:
        extras.append(f"description '{description}'")
    try:
        x, y, width, height = node.call("Component", "GetExtents",
                                        GLib.Variant("(u)", (int(Atspi.CoordType.WINDOW),)))[0]
        extras.append(f"at {x},{y} {width}x{height}")
    except GLib.Error:
        pass
    return f"{NAMED_ROLES[role]} in {place}" + (f" ({', '.join(extras)})" if extras else "")


def walk(node, offenders, counts):
    if not node.showing():
        return
    role = Atspi.Role(node.role())
    if role in NAMED_ROLES:
        counts[role] = counts.get(role, 0) + 1
        if not node.accessible_name().strip():
            offenders.append(describe(node, role))
    if role in NOT_WALKED:
        return
    for child in node.children():
        walk(child, offenders, counts)


def find_application(bus, pid):
    """The application's root object once it answers on the accessibility bus, else None."""
    names = bus.call_sync("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                          "ListNames", None, GLib.VariantType("(as)"), Gio.DBusCallFlags.NONE,
                          -1, None).unpack()[0]
    for name in names:
        if not name.startswith(":"):
            continue
        try:
            owner = bus.call_sync("org.freedesktop.DBus", "/org/freedesktop/DBus",
                                  "org.freedesktop.DBus", "GetConnectionUnixProcessID",
                                  GLib.Variant("(s)", (name,)), GLib.VariantType("(u)"),
                                  Gio.DBusCallFlags.NONE, -1, None).unpack()[0]
            if owner != pid:
                continue
            root = Node(bus, name, "/org/a11y/atspi/accessible/root")
            if root.role() == int(Atspi.Role.APPLICATION) and root.children():
                return root
        except GLib.Error:
            continue  # gone, or not answering yet
    return None


def check_language(host, language):
    """Runs the host in `language`; returns the offenders, one line each."""
    # The bus is named to the application outright: Qt otherwise looks it up both on the session
    # bus and on the X root window, and Qt 5 can end up registering its tree on neither.
    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1",
               QT_QPA_PLATFORM="xcb", AT_SPI_BUS_ADDRESS=accessibility_bus_address())
    process = subprocess.Popen([host, language], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               text=True, env=env)
    try:
        return walk_states(process, language)
    except SetUpError as error:
        return [f"[{language}] {error}"]
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def walk_states(process, language):
    problems = []
    app = None
    while True:
        line = process.stdout.readline()
        if not line:
            problems.append(f"[{language}] the host ended early (exit code {process.wait()})")
            break
        words = line.split()
        if words == ["DONE"]:
            break
        if len(words) != 3 or words[0] != "STATE":
            print(line, end="")
            continue
        state, charts = words[1], int(words[2])
        started = time.monotonic()
        if app is None:
            bus = accessibility_bus()
            app = wait_for("the application answering on the accessibility bus",
                           lambda: find_application(bus, process.pid))
        offenders, counts = [], {}
        windows = 0
        for window in app.children():
            if window.showing():
                windows += 1
                walk(window, offenders, counts)
        found = sum(counts.values())
        print(f"[{language}] {state}: {found} controls and charts, {len(offenders)} unnamed "
              f"({time.monotonic() - started:.1f} s)", flush=True)
        if windows == 0 or found == 0:
            problems.append(f"[{language}] {state}: nothing on screen in the accessibility tree")
        if counts.get(Atspi.Role.CHART, 0) < charts:
            problems.append(f"[{language}] {state}: {charts} charts shown, "
                            f"{counts.get(Atspi.Role.CHART, 0)} with the chart role")
        problems += [f"[{language}] {state}: unnamed {o}" for o in offenders]
        process.stdin.write("next\n")
        process.stdin.flush()
    try:
        code = process.wait(timeout=PATIENCE)
    except subprocess.TimeoutExpired:
        raise SetUpError(
            f"the host did not exit in {PATIENCE:.0f} s after its last state") from None
    process.stdin.close()
    if code != 0:
        problems.append(f"[{language}] the host exited with code {code}")
    return problems


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    host, languages = sys.argv[1], sys.argv[2:]
    started = []
    published = None
    try:
        start_accessibility_bus(started)
        published = RootWindowAddress(accessibility_bus_address())
        problems = []
        for language in languages:
            problems += check_language(host, language)
    except SetUpError as error:
        problems = [str(error)]
    finally:
        if published:
            published.remove()
        if started:
            stop_registry()
        for process in started:
            process.terminate()
            process.wait()
    if problems:
        print(f"FAIL: {len(problems)} problem(s); give each control an accessible name (a "
              "label's buddy, or setAccessibleName() where the widget is retranslated):",
              file=sys.stderr)
        for problem in problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    print("PASS: every control and chart has an accessible name")
    return 0


if __name__ == "__main__":
    sys.exit(main())
