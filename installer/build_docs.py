#!/usr/bin/env python3
"""Writes gugus(1) and gugus-cli(1) from the programs' own --help, and the gzipped changelog.

The pages' fixed sections (name, description, files, see also) are below; the options and
commands are the built programs' --help output, so a new option is documented by the next build.
Output is gzip -9 without a name or time stamp (reproducible, as Debian policy asks).
"""
import argparse
import gzip
import re
import subprocess
from pathlib import Path

SAMPLE = "/usr/share/gugus/sample/fundfusion_sample.csv"


def run_help(program, *args):
    done = subprocess.run([program, *args], capture_output=True, text=True, check=False)
    if done.returncode != 0 or not done.stdout.strip():
        raise SystemExit(f"build_docs: `{program} {' '.join(args)}` failed:\n{done.stderr}")
    # Qt's parser prints argv[0], the build tree's path: the page names the installed command.
    return done.stdout.replace(program, Path(program).name)


def roff(text):
    """Escapes plain text for roff: backslashes, leading dots/quotes, and option dashes."""
    out = []
    for line in text.rstrip("\n").split("\n"):
        line = line.replace("\\", "\\e")
        # A dash that starts an option (after a space, bracket or another dash) is a minus sign.
        line = re.sub(r"(?<=[\s\[(|-])-|^-", r"\\-", line)
        if line.startswith((".", "'")):
            line = "\\&" + line
        out.append(line)
    return "\n".join(out)


def verbatim(text):
    return ".nf\n" + roff(text) + "\n.fi\n"


def page(name, version, summary, synopsis, body):
    head = (f'.TH {name.upper()} 1 "" "{name} {version}" "User Commands"\n'
            f".SH NAME\n{roff(name)} \\- {summary}\n.SH SYNOPSIS\n{synopsis}\n")
    return head + body


def cli_page(cli, version):
    top = run_help(cli, "--help")
    commands = re.findall(r"^  ([a-z][a-z-]+) ", top.split("Commands:")[1], re.M)
    commands = [c for c in commands if c not in ("version", "help")]
    body = [".SH DESCRIPTION\n",
            "\\fBgugus-cli\\fR is the command-line tool of Gugus: it inspects a customer table, "
            "segments it (K-Means, hierarchical clustering or DBSCAN), helps choose the number "
            "of segments, scores new customers with a saved model and writes reports. It reads "
            "CSV files, never changes them, and refuses to write an output over an input.\n",
            verbatim(top)]
    body.append(".SH COMMANDS\n")
    for command in commands:
        body.append(f".SS {command}\n" + verbatim(run_help(cli, command, "--help")))
    body.append(".SH EXAMPLES\nSegment the bundled sample, choosing k automatically:\n"
                f".PP\n.nf\ngugus\\-cli segment {roff(SAMPLE)} \\-\\-k auto "
                "\\-\\-out segments.csv \\-\\-summary summary.json\n.fi\n")
    body.append(f".SH FILES\n.TP\n.I {roff(SAMPLE)}\nA synthetic customer table to try "
                "the commands on.\n.SH SEE ALSO\n.BR gugus (1)\n")
    synopsis = ".B gugus\\-cli\n.I COMMAND\n.RI [ options ]"
    return page("gugus-cli", version, "customer segmentation from the command line", synopsis,
                "".join(body))


def gui_page(gui, version):
    text = run_help(gui, "--help")
    body = (".SH DESCRIPTION\n\\fBgugus\\fR is the desktop application of Gugus, a "
            "customer-segmentation studio for bank marketing teams. It opens a customer table "
            "(CSV) or a saved project (\\fI.gugus\\fR); started without a file it opens the "
            "bundled sample. The Dataset view prepares the columns, Explore charts them, "
            "Segments clusters the customers and describes each segment; File \\(-> Export "
            "report writes PDF, HTML or Excel. The interface is in English or Indonesian "
            "(View \\(-> Language, or \\fB\\-\\-lang\\fR).\n.SH OPTIONS\n" + verbatim(text) +
            f".SH FILES\n.TP\n.I {roff(SAMPLE)}\nThe sample opened when no file is given.\n"
            ".TP\n.I ~/.config/Gugus/Gugus.conf\nLanguage, recent files and last folders.\n"
            ".SH SEE ALSO\n.BR gugus\\-cli (1)\n")
    synopsis = ".B gugus\n.RI [ options ]\n.RI [ FILE ]"
    return page("gugus", version, "customer-segmentation studio", synopsis, body)


def write_gz(path, text):
    with open(path, "wb") as raw, gzip.GzipFile(filename="", mode="wb", compresslevel=9,
                                                fileobj=raw, mtime=0) as gz:
        gz.write(text.encode("utf-8"))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--gui", required=True)
    parser.add_argument("--cli", required=True)
    parser.add_argument("--version", required=True)
    parser.add_argument("--changelog", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    write_gz(out / "gugus-cli.1.gz", cli_page(args.cli, args.version))
    write_gz(out / "gugus.1.gz", gui_page(args.gui, args.version))
    write_gz(out / "changelog.gz", Path(args.changelog).read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
