#!/usr/bin/python3
"""The Debian package as apt and a user meet it, made by CPack from an already built build folder.

  check_package.py package BUILD_DIR VERSION
      Packs BUILD_DIR (no compiling: cpack only installs and packs what is built) into a temporary
      folder, then checks: every file under /usr with its owner and mode, stripped programs, the
      control fields (Depends from dpkg-shlibdeps plus the Qt plugins, Recommends), no maintainer
      scripts (so a purge never touches a user's data), the manual pages
      (groff renders them without a warning and they name every option of every --help), the bash
      completion, the desktop entry (desktop-file-validate), the AppStream metadata (appstreamcli
      validate --no-net), the icons at each size, copyright and changelog, and lintian's verdict (no
      error).
  check_package.py versions BIN_DIR VERSION
      --version and --help of the three programs, with no display at all.
"""

import gzip
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree

PROGRAMS = ["tokendesk", "tokendesk-cli", "git-credential-tokendesk"]
ICON_SIZES = [16, 22, 24, 32, 48, 64, 128, 256]
APP_ID = "org.tokendesk.TokenDesk"

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL: " + message, flush=True)
    return condition


def headless_env(home):
    """English, a throwaway HOME, and no display: Qt's xcb platform would abort if it were asked for one."""
    env = {key: value for key, value in os.environ.items()
           if key not in ("DISPLAY", "WAYLAND_DISPLAY", "LANGUAGE", "LC_MESSAGES", "LANG")}
    env.update({"HOME": home, "XDG_CONFIG_HOME": os.path.join(home, ".config"), "LC_ALL": "C.UTF-8",
                "QT_QPA_PLATFORM": "xcb"})
    return env


def run(command, env=None, check_status=True, timeout=120):
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=timeout, check=False)
    if check_status and done.returncode != 0:
        check(False, f"{' '.join(command)} exited {done.returncode}: {done.stdout[-2000:]}{done.stderr[-2000:]}")
    return done


def options_in_help(text):
    """Every option name a QCommandLineParser help lists ('-h, --help' gives both)."""
    names = []
    section = ""
    for line in text.splitlines():
        if line and not line.startswith(" "):
            section = line
        elif section == "Options:" and re.match(r"^  -", line):
            term = re.split(r"\s{2,}", line.strip())[0]
            names += [part.split(" ")[0] for part in term.split(", ")]
    return names


# ---- --version and --help without a display -------------------------------------------------------


def check_versions(bin_dir, version, home):
    env = headless_env(home)
    for program in PROGRAMS:
        path = os.path.join(bin_dir, program)
        done = run([path, "--version"], env=env, check_status=False)
        check(done.returncode == 0, f"{program} --version exited {done.returncode} without a display: "
                                    f"{done.stderr.strip()}")
        check(re.fullmatch(rf"\S+ {re.escape(version)}\n", done.stdout) is not None,
              f"{program} --version printed {done.stdout!r}, not its name and {version}")
        done = run([path, "--help"], env=env, check_status=False)
        check(done.returncode == 0 and done.stdout.startswith("Usage: ") and "--version" in done.stdout,
              f"{program} --help without a display: exit {done.returncode}, {done.stdout[:200]!r} "
              f"{done.stderr.strip()}")


# ---- the package --------------------------------------------------------------------------------


def expected_files():
    files = {f"/usr/bin/{program}": 0o755 for program in PROGRAMS}
    files.update({f"/usr/share/man/man1/{program}.1.gz": 0o644 for program in PROGRAMS})
    files.update({f"/usr/share/icons/hicolor/{size}x{size}/apps/{APP_ID}.png": 0o644 for size in ICON_SIZES})
    for path in [f"/usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg",
                 f"/usr/share/applications/{APP_ID}.desktop",
                 f"/usr/share/metainfo/{APP_ID}.metainfo.xml",
                 "/usr/share/bash-completion/completions/tokendesk-cli",
                 "/usr/share/doc/tokendesk/copyright",
                 "/usr/share/doc/tokendesk/changelog.gz"]:
        files[path] = 0o644
    return files


def build_package(build_dir, work):
    out = os.path.join(work, "cpack")
    done = run(["cpack", "-G", "DEB", "--config", os.path.join(build_dir, "CPackConfig.cmake"), "-B", out,
                "-D", "CPACK_DEBIAN_COMPRESSION_TYPE=gzip"], timeout=240)
    debs = [name for name in os.listdir(out) if name.endswith(".deb")] if os.path.isdir(out) else []
    if not check(len(debs) == 1, f"cpack made {debs}: {done.stdout[-1500:]}"):
        sys.exit(1)
    return os.path.join(out, debs[0])


def check_name_and_fields(deb, version):
    arch = run(["dpkg", "--print-architecture"]).stdout.strip()
    check(os.path.basename(deb) == f"tokendesk_{version}_{arch}.deb", f"package file named {deb}")
    fields = {}
    for field in ["Package", "Version", "Architecture", "Maintainer", "Section", "Priority", "Depends",
                  "Recommends", "Description"]:
        fields[field] = run(["dpkg-deb", "--field", deb, field]).stdout.strip()
    check(fields["Package"] == "tokendesk", f"Package: {fields['Package']}")
    check(fields["Version"] == version, f"Version: {fields['Version']} (the project is {version})")
    check(fields["Architecture"] == arch, f"Architecture: {fields['Architecture']}")
    for field in ["Maintainer", "Section", "Priority", "Description"]:
        check(fields[field], f"no {field} field")

    depends = [alternative.strip() for alternative in fields["Depends"].split(",")]
    names = {re.split(r"[ (]", dependency)[0] for dependency in depends}
    # From dpkg-shlibdeps (with versions), and the plugins it cannot see.
    for library in ["libc6", "libstdc++6", "libqt6core6", "libqt6gui6", "libqt6widgets6", "libqt6network6",
                    "libqt6sql6", "libqt6dbus6", "libqt6keychain1"]:
        check(library in names, f"Depends lacks {library} (dpkg-shlibdeps): {fields['Depends']}")
        check(any(d.startswith(library + " (>= ") for d in depends), f"Depends: {library} without a version")
    for plugin in ["qt6-qpa-plugins", "libqt6sql6-sqlite", "libqt6svg6", "libsecret-1-0"]:
        check(plugin in names, f"Depends lacks {plugin}: {fields['Depends']}")
    recommends = [alternative.strip() for alternative in fields["Recommends"].split(",")]
    check(recommends == ["gnome-keyring | libkf5wallet-bin | keepassxc", "git", "fonts-noto-cjk",
                         "qt6-translations-l10n"], f"Recommends: {fields['Recommends']}")


def check_control_archive(deb):
    """No maintainer scripts: installing and purging never run code of ours, so never touch a user's data."""
    tar = subprocess.run(["dpkg-deb", "--ctrl-tarfile", deb], capture_output=True, check=True).stdout
    names = subprocess.run(["tar", "-t"], input=tar, capture_output=True, check=True).stdout.decode().split()
    members = sorted(name.removeprefix("./") for name in names if name not in ("./", "."))
    check(members == ["control", "md5sums"], f"control archive holds {members}")


def check_contents(deb):
    listing = run(["dpkg-deb", "--contents", deb]).stdout.splitlines()
    files = {}
    for line in listing:
        mode, owner, _size, _date, _time, path = line.split(None, 5)
        path = path.split(" -> ")[0]
        check(owner == "root/root", f"{path} belongs to {owner}")
        if mode.startswith("d"):
            check(mode == "drwxr-xr-x", f"directory {path} is {mode}")
        else:
            check(mode[0] == "-", f"{path} is not a regular file: {mode}")
            files[path.lstrip(".")] = mode
    expected = expected_files()
    check(set(files) == set(expected),
          f"files under /usr: missing {sorted(set(expected) - set(files))}, "
          f"unexpected {sorted(set(files) - set(expected))}")
    for path, mode in files.items():
        wanted = "-rwxr-xr-x" if expected.get(path) == 0o755 else "-rw-r--r--"
        check(mode == wanted, f"{path} is {mode}, not {wanted}")


def png_size(path):
    with open(path, "rb") as png:
        header = png.read(24)
    check(header[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG")
    return struct.unpack(">II", header[16:24])


def check_files(root, version, home):
    usr = os.path.join(root, "usr")
    env = headless_env(home)
    for program in PROGRAMS:
        path = os.path.join(usr, "bin", program)
        sections = run(["readelf", "--section-headers", "--wide", path]).stdout
        check(".symtab" not in sections and ".debug_info" not in sections, f"{program} is not stripped")
        done = run([path, "--version"], env=env, check_status=False)
        check(done.stdout.strip().endswith(" " + version), f"packaged {program} --version: {done.stdout!r}")

    for size in ICON_SIZES:
        icon = os.path.join(usr, f"share/icons/hicolor/{size}x{size}/apps/{APP_ID}.png")
        check(png_size(icon) == (size, size), f"the {size}x{size} icon is {png_size(icon)}")

    desktop = os.path.join(usr, f"share/applications/{APP_ID}.desktop")
    done = run(["desktop-file-validate", desktop], check_status=False)
    check(done.returncode == 0 and "error" not in done.stdout, f"desktop-file-validate: {done.stdout}")
    with open(desktop, encoding="utf-8") as entry:
        text = entry.read()
    check("\nExec=tokendesk\n" in text and f"\nIcon={APP_ID}\n" in text, "desktop entry Exec or Icon")

    metainfo = os.path.join(usr, f"share/metainfo/{APP_ID}.metainfo.xml")
    done = run(["appstreamcli", "validate", "--no-net", metainfo], check_status=False)
    check(done.returncode == 0, f"appstreamcli validate --no-net: {done.stdout}{done.stderr}")
    component = ElementTree.parse(metainfo).getroot()
    check(component.findtext("id") == APP_ID, "metainfo id")
    check(component.findtext("launchable") == f"{APP_ID}.desktop", "metainfo launchable")
    check(sorted(b.text for b in component.iter("binary")) == sorted(PROGRAMS), "metainfo provides")
    releases = component.findall("releases/release")
    check(releases and releases[0].get("version") == version and releases[0].get("date")
          and releases[0].find("description") is not None, f"metainfo's newest release is not {version}")
    check(component.find("screenshots/screenshot/image") is not None, "metainfo has no screenshot")
    check(component.find("content_rating[@type='oars-1.1']") is not None, "metainfo has no OARS rating")
    check(len(component.findtext("description/p", "")) > 100, "metainfo has no description")

    doc = os.path.join(usr, "share/doc/tokendesk")
    with open(os.path.join(doc, "copyright"), encoding="utf-8") as copyright_file:
        check(copyright_file.readline().startswith("Format: https://www.debian.org/doc/packaging-manuals/"
                                                   "copyright-format/1.0/"), "copyright is not machine-readable")
    with gzip.open(os.path.join(doc, "changelog.gz"), "rt", encoding="utf-8") as changelog:
        check(changelog.readline().startswith(f"tokendesk ({version}) "), "changelog's newest entry")


def rendered(page, env):
    with gzip.open(page, "rb") as packed:
        source = packed.read()
    done = subprocess.run(["groff", "-man", "-Tutf8", "-ww", "-z"], input=source, capture_output=True,
                          check=False)
    check(done.returncode == 0 and not done.stderr, f"groff warns on {page}: {done.stderr.decode()}")
    text = run(["man", "-l", page], env=dict(env, MANWIDTH="120", MAN_KEEP_FORMATTING="")).stdout
    return re.sub(r".\x08", "", text)


def check_manuals(root, home):
    usr = os.path.join(root, "usr")
    env = headless_env(home)
    for program in PROGRAMS:
        page = os.path.join(usr, "share/man/man1", program + ".1.gz")
        text = rendered(page, env)
        check(re.search(rf"^NAME\n\s+{re.escape(program)}\s+-\s+\S", text, re.MULTILINE) is not None,
              f"{program}(1) has no NAME line: {text[:300]!r}")
        helps = [run([os.path.join(usr, "bin", program), "--help"], env=env).stdout]
        if program == "tokendesk-cli":
            commands = re.findall(r"^  ([a-z][a-z-]+)", helps[0].split("\nCommands:\n")[1], re.MULTILINE)
            check(len(commands) >= 15, f"tokendesk-cli --help lists only {commands}")
            for command in commands:
                check(re.search(rf"^   {re.escape(command)}$", text, re.MULTILINE) is not None,
                      f"tokendesk-cli(1) has no section for the command {command}")
                helps.append(run([os.path.join(usr, "bin", program), command, "--help"], env=env).stdout)
        for help_text in helps:
            for option in options_in_help(help_text):
                check(option in text, f"{program}(1) does not name {option}")


def check_completion(root):
    script = os.path.join(root, "usr/share/bash-completion/completions/tokendesk-cli")

    def complete(*words):
        line = " ".join(f"'{word}'" for word in words)
        probe = (f'source "{script}"; COMP_WORDS=(tokendesk-cli {line}); COMP_CWORD={len(words)}; '
                 f'_tokendesk_cli; printf "%s\\n" "${{COMPREPLY[@]}}"')
        return run(["bash", "-c", probe]).stdout.split()

    check(complete("rot") == ["rotate"], f"completing 'rot': {complete('rot')}")
    check("git-setup" in complete("git-"), f"completing 'git-': {complete('git-')}")
    check("--demo" in complete("--d"), f"completing '--d': {complete('--d')}")
    check(complete("--store", "x.sqlite", "cre") == ["create"], "a global option's value is not a command")
    check("--state" in complete("list", "--st"), f"completing 'list --st': {complete('list', '--st')}")
    check("--expires" in complete("--demo", "create", "--exp"), "create's --expires")
    check("--host" in complete("git-setup", "--h"), "git-setup's --host")
    check(complete("list", "--state", "") == [], "an option's value is offered options")


def start_lintian(deb):
    """lintian takes longest: it runs while the other checks do."""
    return subprocess.Popen(["lintian", "--fail-on", "error", "--no-tag-display-limit", deb],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def check_lintian(lintian):
    out, err = lintian.communicate(timeout=300)
    print("lintian:\n" + (out or "(nothing)"), flush=True)
    errors = [line for line in out.splitlines() if line.startswith("E: ")]
    check(lintian.returncode == 0 and not errors, f"lintian errors: {errors} {err[-500:]}")


def main():
    mode = sys.argv[1]
    work = tempfile.mkdtemp(prefix="tokendesk-package-test-")
    try:
        home = os.path.join(work, "home")
        os.makedirs(home)
        if mode == "versions":
            check_versions(sys.argv[2], sys.argv[3], home)
        else:
            build_dir, version = sys.argv[2:4]
            deb = build_package(build_dir, work)
            lintian = start_lintian(deb)
            check_name_and_fields(deb, version)
            check_contents(deb)
            check_control_archive(deb)
            root = os.path.join(work, "root")
            run(["dpkg-deb", "--extract", deb, root])
            check_files(root, version, home)
            check_manuals(root, home)
            check_completion(root)
            check_lintian(lintian)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if failures:
        print(f"{len(failures)} problem(s)", file=sys.stderr)
        sys.exit(1)
    print("all good")


if __name__ == "__main__":
    main()
