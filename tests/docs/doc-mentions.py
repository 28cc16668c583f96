#!/usr/bin/env python3
"""doc-mentions.py - what the documents tell an admin to type, checked.

    doc-mentions.py options MAILPULSE MILTER FILE...
        Every `mailpulse COMMAND ... --option` (and `mailpulse-milter -x`)
        written in FILEs, and every --option of a `.SS COMMAND` section of a
        man page, must be an option the program's help lists: `mailpulse
        help COMMAND` for the command's own, `mailpulse --help` for the
        global ones (before the command), `mailpulse-milter -h`.  Prints one
        line per unknown option, FILE:LINE: the mention.

    doc-mentions.py accepted MAILPULSE
        Every option `mailpulse help COMMAND` lists is one the command's
        own option parser accepts (a help text could name an option that
        was renamed): each is tried as `COMMAND --option=x --zz-no-such`,
        which getopt rejects before the command does anything.  Prints one
        line per option the parser does not know.

    doc-mentions.py paths CONTENTS FILE...
        Every /usr/... or /etc/... path naming mailpulse that FILEs mention
        must be in CONTENTS (`dpkg-deb -c` of the package, or one path per
        line): a file or a directory the package installs.  /usr/local is
        `make install`'s, not the package's, and is not checked.  Prints
        one line per path that is not there, FILE:LINE: path.

FILEs may be gzip-compressed (installed man pages and documents).  Roff
is read as text: font escapes dropped, \\- read as -.
"""
import gzip
import re
import subprocess
import sys

# Paths the documents name on purpose that the package does not ship:
# where an admin is told to put something of their own.
NOT_SHIPPED = {
    "/etc/mailpulse/rules",  # "copy the rules to /etc/mailpulse/rules"
    "/etc/mailpulse/imap-claire",  # a password file the admin writes for `ingest`
}

# A path is mailpulse's when one of its parts is a mailpulse name: the
# directory mailpulse, a program mailpulse-milter, a file mailpulse.conf.5.gz.
# A host name such as mailpulse.example.com (a certificate's directory) is not.
OURS = re.compile(r"^mailpulse(-[a-z]+)?(\.(conf|db|service|socket|timer|md|gz|pid|sock|[1-8]))*$")


def read_lines(path):
    """The lines of a document, roff escapes made plain."""
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8", errors="replace") as f:
        text = f.read()
    text = re.sub(r"\\f[BIRP]|\\f\(..|\\&|\\\^|\\\|", "", text)
    text = text.replace("\\-", "-").replace("\\e", "\\").replace("\\(em", "--")
    return text.split("\n")


def help_options(text):
    """The options a help text lists: --long and -x words."""
    return set(re.findall(r"(?<![\w-])(--[a-z][a-z-]*|-[A-Za-z])(?![\w-])", text))


def run(*argv):
    return subprocess.run(argv, capture_output=True, text=True).stdout


def check_options(mp, milter, files):
    overview = run(mp, "--help")
    commands = re.findall(r"^  ([a-z]+) ", overview, re.M)
    glob = help_options(overview.split("\n\n")[0])
    per_cmd = {c: help_options(run(mp, "help", c)) | {"-h", "--help"} for c in commands}
    milter_opts = help_options(run(milter, "-h"))
    takes_value = {"-c", "--config", "-d", "--database", "--as-of"}
    bad = []

    def check_words(where, words):
        """words follow `mailpulse`: global options, the command, its own"""
        i = 0
        while i < len(words) and words[i].startswith("-"):
            if words[i] in ("-", "--"):
                return  # "mailpulse - account ...", "-u mailpulse -- cmd"
            opt = words[i].split("=")[0]
            if opt not in glob:
                bad.append("%s: mailpulse %s: no such global option" % (where, opt))
            i += 2 if opt in takes_value and "=" not in words[i] else 1
        if i >= len(words) or words[i] not in per_cmd:
            return  # prose ("the mailpulse user") or an unknown command
        cmd = words[i]
        for w in words[i + 1:]:
            if re.match(r"--?[A-Za-z]", w):
                opt = w.split("=")[0]
                if opt not in per_cmd[cmd] and opt not in glob:
                    bad.append("%s: mailpulse %s %s: no such option" % (where, cmd, opt))

    # mailpulse, or /usr/bin/mailpulse, then the words of its command line
    # (in a lookahead, so that mentions may overlap: "mailpulse
    # /usr/bin/mailpulse purge" in a cron line is two)
    mention = re.compile(r"(?:(?<=bin/)|(?<![\w./-]))mailpulse(?=((?:[ \t]+[^\s`'\";|&()\[\]]+)+))")
    # "-u mailpulse", "-g mailpulse": the name of the user or the group
    an_option_value = re.compile(r"(?:^|\s)--?[A-Za-z][\w-]*\s+$")
    milter_mention = re.compile(r"(?<![\w.-])mailpulse-milter((?:[ \t]+-[A-Za-z]\b)+)")
    for path in files:
        section = None
        for n, line in enumerate(read_lines(path), 1):
            where = "%s:%d" % (path, n)
            if line.startswith(".SH"):
                section = None
            m = re.match(r"\.SS ([a-z]+)\b", line)
            if m:
                section = m.group(1) if m.group(1) in per_cmd else None
            if section and path.endswith((".1", ".1.gz")):
                for opt in re.findall(r"(?<![\w-])(--[a-z][a-z-]*)", line):
                    if opt not in per_cmd[section] and opt not in glob:
                        bad.append("%s: .SS %s: %s is no option of mailpulse %s"
                                   % (where, section, opt, section))
            for m in mention.finditer(line):
                if not an_option_value.search(line[:m.start()]):
                    check_words(where, [w.rstrip(".,:") for w in m.group(1).split()])
            for m in milter_mention.finditer(line):
                for opt in m.group(1).split():
                    if opt not in milter_opts:
                        bad.append("%s: mailpulse-milter %s: no such option" % (where, opt))
    return bad


def check_accepted(mp):
    overview = run(mp, "--help")
    glob = help_options(overview.split("\n\n")[0])  # --as-of: before the command
    bad = []
    for cmd in re.findall(r"^  ([a-z]+) ", overview, re.M):
        if cmd in ("help", "config"):  # no option parser: argv compared as is
            continue
        verb = ["test"] if cmd == "rules" else []  # `rules check` takes none
        for opt in sorted(help_options(run(mp, "help", cmd)) - glob - {"-h", "--help"}):
            probe = opt + "=x" if opt.startswith("--") else opt
            err = subprocess.run([mp, "-c", "/dev/null", cmd] + verb + [probe, "--zz-no-such"],
                                 capture_output=True, text=True, stdin=subprocess.DEVNULL).stderr
            if "unrecognized option '%s" % opt in err or "invalid option -- '%s'" % opt[1:] in err:
                bad.append("mailpulse help %s lists %s, which the command rejects" % (cmd, opt))
    return bad


def brace_expand(path):
    m = re.search(r"\{([^{}]*)\}", path)
    if not m:
        return [path]
    out = []
    for alt in m.group(1).split(","):
        out += brace_expand(path[:m.start()] + alt + path[m.end():])
    return out


def check_paths(contents, files):
    shipped = set()
    with open(contents) as f:
        for line in f:
            p = line.split()[-1] if line.split() else ""
            if " -> " in line:  # a symlink: "path -> target"
                p = line.split(" -> ")[0].split()[-1]
            p = p[1:] if p.startswith("./") else p
            p = "/" + p.lstrip("/")
            shipped.add(p.rstrip("/") or "/")
    bad = []
    found = re.compile(r"(?<![\w.~$/-])/(?:usr|etc)/[A-Za-z0-9_.+@{},/*-]*")
    for path in files:
        for n, line in enumerate(read_lines(path), 1):
            for m in found.finditer(line):
                raw = re.sub(r"(:\d+:?)$", "", m.group(0).rstrip(".,;:*"))
                for p in brace_expand(raw):
                    p = p.rstrip("/")
                    if not any(OURS.match(part) for part in p.split("/")) \
                            or p.startswith("/usr/local/"):
                        continue
                    if p in shipped or p in NOT_SHIPPED:
                        continue
                    bad.append("%s:%d: %s is not in the package" % (path, n, p))
    return bad


def main():
    if len(sys.argv) >= 4 and sys.argv[1] == "options":
        bad = check_options(sys.argv[2], sys.argv[3], sys.argv[4:])
    elif len(sys.argv) == 3 and sys.argv[1] == "accepted":
        bad = check_accepted(sys.argv[2])
    elif len(sys.argv) >= 3 and sys.argv[1] == "paths":
        bad = check_paths(sys.argv[2], sys.argv[3:])
    else:
        sys.exit(__doc__)
    for line in bad:
        print(line)


if __name__ == "__main__":
    main()
