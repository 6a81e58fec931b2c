#!/usr/bin/python3
"""Writes a program's manual page, or tokendesk-cli's bash completion, from the program's own --help.

  helpdoc.py man PROGRAM --name NAME --version VERSION --date YYYY-MM-DD --output NAME.1.gz [--commands]
            [--include SECTIONS.roff ...]
  helpdoc.py completion PROGRAM --output FILE

The programs run in English (LC_ALL=C.UTF-8) with a throwaway HOME, so neither the builder's language
nor a language chosen in TokenDesk's Preferences reaches the output: the same sources give the same
files. --include adds hand-written sections (files, environment, examples); --commands adds a
COMMANDS section with each command's own --help (tokendesk-cli). The gzip file has no name or time
stamp in it, at the highest compression (as Debian wants manual pages).
"""

import argparse
import gzip
import os
import re
import subprocess
import sys
import tempfile


def run_help(program, *arguments):
    with tempfile.TemporaryDirectory(prefix="tokendesk-helpdoc-") as home:
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": home,
            "XDG_CONFIG_HOME": os.path.join(home, "config"),
            "XDG_DATA_HOME": os.path.join(home, "data"),
            "XDG_RUNTIME_DIR": home,
            "LC_ALL": "C.UTF-8",
            "LANG": "C.UTF-8",
        }
        done = subprocess.run([program, *arguments], env=env, capture_output=True, text=True, timeout=60,
                              check=False)
    if done.returncode != 0:
        sys.exit(f"helpdoc: {program} {' '.join(arguments)} exited {done.returncode}: {done.stderr.strip()}")
    return done.stdout


class Entry:
    def __init__(self, term, text):
        self.term = term
        self.text = text


class Help:
    """A QCommandLineParser help text: usage line, description, titled sections of entries, paragraphs."""

    def __init__(self, text):
        lines = text.rstrip("\n").split("\n")
        first = lines[0]
        self.usage = first[len("Usage: "):] if first.startswith("Usage: ") else first
        self.description = []
        index = 1
        while index < len(lines) and lines[index].strip():
            self.description.append(lines[index].strip())
            index += 1
        self.sections = []  # (title, [Entry or str paragraph])
        current = None
        for line in lines[index:]:
            if not line.strip():
                continue
            indent = len(line) - len(line.lstrip(" "))
            if indent == 0 and line.endswith(":"):
                current = (line[:-1], [])
                self.sections.append(current)
            elif indent == 0:
                if current is None or any(isinstance(item, Entry) for item in current[1]):
                    current = ("", [])
                    self.sections.append(current)
                current[1].append(line.strip())
            elif indent == 2 and current is not None:
                term, _, text = line.strip().partition("  ")
                current[1].append(Entry(term.strip(), text.strip()))
            elif current is not None and current[1] and isinstance(current[1][-1], Entry):
                entry = current[1][-1]
                entry.text = (entry.text + " " + line.strip()).strip()

    def section(self, title):
        for name, items in self.sections:
            if name == title:
                return [item for item in items if isinstance(item, Entry)]
        return []

    def options(self):
        return self.section("Options")


def option_names(entry):
    """'-h, --help' -> ['-h', '--help']; '--store <PATH>' -> ['--store']."""
    return [part.split(" ")[0] for part in entry.term.split(", ") if part.startswith("-")]


def option_value(entry):
    match = re.search(r"<([^>]*)>", entry.term)
    return match.group(1) if match else None


# ---- manual pages -------------------------------------------------------------------------------


def roff(text):
    text = text.replace("\\", "\\e").replace("-", "\\-")
    if text.startswith((".", "'")):
        text = "\\&" + text
    return text


def roff_option(entry):
    parts = []
    for part in entry.term.split(", "):
        name, _, value = part.partition(" ")
        parts.append("\\fB" + roff(name) + "\\fR" + (" \\fI" + roff(value) + "\\fR" if value else ""))
    return ", ".join(parts)


def write_entries(out, entries, option_style):
    for entry in entries:
        out.append(".TP")
        out.append(roff_option(entry) if option_style else "\\fB" + roff(entry.term) + "\\fR")
        out.append(roff(entry.text) if entry.text else "\\&")


def paragraphs(help_text):
    """The untitled paragraphs (a help's closing notes)."""
    return [item for title, items in help_text.sections if not title for item in items]


def write_sections(out, help_text, top_level, skip_options=()):
    """Titled sections as .SH (top level) or as a titled paragraph inside a command's .SS."""
    for title, items in help_text.sections:
        if not title or title == "Commands":
            continue
        entries = [item for item in items if isinstance(item, Entry) and item.term not in skip_options]
        if not entries:
            continue
        out.append(f".SH {roff(title.upper())}" if top_level else f".PP\n\\fI{roff(title)}:\\fR")
        write_entries(out, entries, title == "Options")


def manual(arguments):
    main_help = Help(run_help(arguments.program, "--help"))
    name = arguments.name
    summary = " ".join(main_help.description) or name
    # The first sentence, for whatis and apropos.
    whatis = re.split(r"(?<=[.:])\s", summary)[0].rstrip(".:")
    whatis = whatis[0].lower() + whatis[1:]
    out = [
        f'.TH {name.upper()} 1 "{arguments.date}" "TokenDesk {arguments.version}" "User Commands"',
        ".SH NAME",
        f"{roff(name)} \\- {roff(whatis)}",
        ".SH SYNOPSIS",
        f"\\fB{roff(name)}\\fR {roff(main_help.usage.partition(' ')[2])}",
        ".SH DESCRIPTION",
        roff(summary),
    ]
    for paragraph in paragraphs(main_help):
        out += [".PP", roff(paragraph)]
    write_sections(out, main_help, top_level=True)
    if arguments.commands:
        global_terms = {entry.term for entry in main_help.options()}
        out.append(".SH COMMANDS")
        out.append(f"Each command also takes the options above, before or after its name. "
                   f"\\fB{roff(name)} \\fICOMMAND\\fB \\-\\-help\\fR shows a command's help.")
        for command in main_help.section("Commands"):
            command_name = command.term.split(" ")[0]
            command_help = Help(run_help(arguments.program, command_name, "--help"))
            out.append(f".SS {roff(command_name)}")
            out.append(f"\\fB{roff(name)}\\fR {roff(command_help.usage.partition(' ')[2])}")
            out += [".PP", roff(" ".join(command_help.description))]
            write_sections(out, command_help, top_level=False, skip_options=global_terms)
            for paragraph in paragraphs(command_help):
                out += [".PP", roff(paragraph)]
    for include in arguments.include:
        with open(include, encoding="utf-8") as extra:
            out.append(extra.read().rstrip("\n"))
    out.append(".SH SEE ALSO")
    others = [page for page in ("tokendesk", "tokendesk-cli", "git-credential-tokendesk") if page != name]
    out.append(",\n".join(f".BR {roff(page)} (1)" for page in others))
    text = "\n".join(out) + "\n"
    with open(arguments.output, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", compresslevel=9, fileobj=raw, mtime=0) as packed:
            packed.write(text.encode("utf-8"))


# ---- bash completion ----------------------------------------------------------------------------


def words(names):
    return " ".join(sorted(set(names)))


def completion(arguments):
    program = os.path.basename(arguments.program)
    main_help = Help(run_help(arguments.program, "--help"))
    global_names = [n for entry in main_help.options() for n in option_names(entry)]
    valued = {}  # option -> its value name
    command_options = {}
    for entry in main_help.options():
        if option_value(entry):
            for option in option_names(entry):
                valued[option] = option_value(entry)
    commands = [entry.term.split(" ")[0] for entry in main_help.section("Commands")]
    for command in commands:
        command_help = Help(run_help(arguments.program, command, "--help"))
        names = []
        for entry in command_help.options():
            names += option_names(entry)
            if option_value(entry):
                for option in option_names(entry):
                    valued[option] = option_value(entry)
        command_options[command] = names
    function = "_" + re.sub(r"[^A-Za-z0-9]", "_", program)

    # A file name after an option whose value is a PATH or a FILE; nothing to offer after the others.
    files = sorted(option for option, value in valued.items() if re.fullmatch(r"PATH|FILE|\w+_FILE", value))
    values = [f"        {'|'.join(files)}) COMPREPLY=($(compgen -f -- \"$cur\")) ;;"] if files else []
    values.append("        *) COMPREPLY=() ;;")
    per_command = [f"        {command}) options=\"{words(command_options[command])}\" ;;" for command in commands]

    script = f"""# bash completion for {program}: its commands, global options and each command's options.
# Generated from '{program} --help' and '{program} COMMAND --help' when TokenDesk is built.

{function}()
{{
    local cur=${{COMP_WORDS[COMP_CWORD]}} prev=${{COMP_WORDS[COMP_CWORD - 1]}}
    local valued=" {words(valued)} "
    local command="" i word
    for ((i = 1; i < COMP_CWORD; i++)); do
        word=${{COMP_WORDS[i]}}
        if [[ $word == -* ]]; then
            [[ $valued == *" $word "* ]] && ((i++))
            continue
        fi
        command=$word
        break
    done

    if [[ $valued == *" $prev "* ]]; then
        case $prev in
{chr(10).join(values)}
        esac
        return 0
    fi

    local options="{words(global_names)}"
    if [[ -z $command ]]; then
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W "$options" -- "$cur"))
        else
            COMPREPLY=($(compgen -W "{' '.join(commands)}" -- "$cur"))
        fi
        return 0
    fi
    case $command in
{chr(10).join(per_command)}
        *) options="" ;;
    esac
    [[ $cur == -* ]] && COMPREPLY=($(compgen -W "$options" -- "$cur"))
    return 0
}}
complete -F {function} {program}
"""
    with open(arguments.output, "w", encoding="utf-8") as out:
        out.write(script)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    modes = parser.add_subparsers(dest="mode", required=True)
    man = modes.add_parser("man")
    man.add_argument("program")
    man.add_argument("--name", required=True)
    man.add_argument("--version", required=True)
    man.add_argument("--date", required=True)
    man.add_argument("--output", required=True)
    man.add_argument("--commands", action="store_true")
    man.add_argument("--include", action="append", default=[], help="roff sections to add (before SEE ALSO)")
    bash = modes.add_parser("completion")
    bash.add_argument("program")
    bash.add_argument("--output", required=True)
    arguments = parser.parse_args()
    if arguments.mode == "man":
        manual(arguments)
    else:
        completion(arguments)


if __name__ == "__main__":
    main()
