#!/usr/bin/env bash
# Fuzzes the real `sayso` binary for MINUTES minutes (default 5) with seeded random inputs, and reports
# executions and findings:
#   - random texts and bytes (hostile pieces: quotes, datelines, CR/LF, controls, bidi controls, long
#     runs, invalid UTF-8), and news words in random order cut at a random word, through
#     `sayso analyze --json FILE`;
#   - random queries (the search syntax's pieces, deep nesting, repeats, NUL and control characters)
#     through `sayso search QUERY` on a small corpus.
# A finding is a crash (killed by a signal), a hang (over TIMEOUT seconds), an exit status other than
# 0/1 (64 for usage errors is allowed only where the input is an argument), JSON that does not parse, a
# raw control or bidirectional character in the output, or an SQLite/FTS5 message on stderr. Each
# finding's input is saved under fuzz-findings/ (or $FUZZ_OUT) with what went wrong, to replay and to
# turn into a regression test.
#
#   scripts/fuzz.sh [MINUTES] [SEED]     # SAYSO=path/to/sayso to fuzz another build; TIMEOUT=seconds
set -euo pipefail
cd "$(dirname "$0")/.."
minutes="${1:-5}"
seed="${2:-$(date +%s)}"
out="${FUZZ_OUT:-fuzz-findings}"
timeout_seconds="${TIMEOUT:-20}"
sayso="${SAYSO:-}"
if [[ -z "$sayso" ]]; then
  flock /tmp/swift-build.lock swift build --product sayso >&2
  sayso="$(swift build --show-bin-path)/sayso"
fi
mkdir -p "$out"
exec python3 - "$sayso" "$minutes" "$seed" "$out" "$timeout_seconds" <<'PYTHON'
import json, os, random, shutil, subprocess, sys, tempfile, time

sayso, minutes, seed, out, timeout = sys.argv[1], float(sys.argv[2]), int(sys.argv[3]), sys.argv[4], float(sys.argv[5])
rng = random.Random(seed)
work = tempfile.mkdtemp(prefix="sayso-fuzz-")
env = dict(os.environ, LC_ALL="C.UTF-8")
env.pop("SAYSO_CORPUS", None)
data_dir = os.path.join(work, "data")
corpus = os.path.join(work, "corpus")
os.makedirs(corpus)

PIECES = [
    "MOSCOW", " (", ")", "Sputnik", " - ", "—", "30th September, 2020", "Sept. 30", "2020-09-30", "date: ",
    "---", "---\n", "\n", "\n\n", "\r\n", "\r", " ", "\t", "\ufeff", "told", " said ", '"', "“", "”", "‘", "’",
    "'", "« ", " »", "# ", "title: ", "source: ", "Published: ", "e\u0301", "\u0301", "日本", "😀", "👨‍👩‍👧",
    "\x1b[2J", "\x07", "\u009b", "\u0085", "\u2028", "\u202e", "\u2066", "\u200f", "\u061c", "\u200b",
    "a", "Z", "9", "/TASS/", "Mr. ", "President Vladimir Putin", "the minister", " proposed ", " called for ",
    "...", "…", "* ", "- ", "1. ", "> ", "```", "<script>", "[x](javascript:alert(1))", "\\", "Keller",
    "“We will not back down,” Maria Keller, the opposition leader, said.", "Tomas Brandt proposed an inquiry.",
]
QUERY_PIECES = [
    "budget", "inquiry", "Keller", "strike", "propos*", "electi*", "*", "a*b", " ", "(", ")", '"', '"peace talks"',
    '""', "-", "-(", "OR", " OR ", "AND", "NOT", "NEAR", "speaker:", "speaker:Keller", 'speaker:"Maria Keller"',
    "source:Sputnik", "kind:quote", "kind:quote|proposal", "kind:x", "in:title", "date:2020-09",
    "date:2021..2020", "date:2020-13", "date:..2021", "x:", ":", "'", "^", "{", "}", "é", "日本", "😀", "\x1b",
    "\u202e", "—", "1", "%", ";", "\\", "\t",
]
BAD = [chr(c) for c in list(range(0, 9)) + list(range(11, 32)) + [0x7F] + list(range(0x80, 0xA0))]
BAD += ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u200e", "\u200f", "\u061c"]

def text():
    parts = []
    for _ in range(rng.randrange(80)):
        piece = rng.choice(PIECES)
        parts.append(piece * (1 + rng.randrange(300)) if rng.randrange(25) == 0 else piece)
    return "".join(parts)

# News words in random order, each paragraph cut at a random word: the analysis must not read past a
# paragraph that ends inside a frame ("Smith said of", "According to the firm,").
WORDS = [
    "Smith", "Mr.", "Jane", "Doe", "The", "the", "minister", "company", "firm", "Acme", "Ltd.", "According",
    "to", "according", "said", "says", "told", "asked", "added", "wrote", "of", "about", "in", "on", "at",
    "Ottawa", "Monday", "that", "he", "she", "they", "reporters", "aides", "a", "plan", "was", "fair", ",",
    ".", ":", ";", "—", "“", "”", '"', "'", "‘", "’", "(", ")", "and", "but", "while", "when", "after",
    "which", "who", "Court", "Justice", "Says", "SAYS", "itself", "by", "investment", "bank", "Lazard",
]

def news():
    paragraphs = []
    for _ in range(1 + rng.randrange(6)):
        words = [rng.choice(WORDS) for _ in range(rng.randrange(40))]
        paragraphs.append(" ".join(words[: rng.randrange(len(words) + 1)]))
    return "\n\n".join(paragraphs)

def data():
    kind = rng.randrange(5)
    if kind == 4:
        return news().encode("utf-8")
    if kind == 0:
        return bytes(rng.randrange(256) for _ in range(rng.randrange(400)))
    raw = bytearray(text().encode("utf-8", "surrogatepass"))
    if kind == 1 and raw:
        for _ in range(1 + rng.randrange(4)):
            raw[rng.randrange(len(raw))] = rng.randrange(256)
    return bytes(raw)

def query():
    parts = []
    for _ in range(rng.randrange(14)):
        r = rng.randrange(12)
        if r == 0:
            parts.append(chr(rng.randrange(1, 0x80)))
        elif r == 1:
            parts.append(rng.choice(QUERY_PIECES) * (1 + rng.randrange(50)))
        elif r == 2:
            depth = rng.randrange(1, 60)
            parts.append("(" * depth + "budget" + ")" * depth)
        else:
            parts.append(rng.choice(QUERY_PIECES))
        if rng.randrange(2):
            parts.append(" ")
    q = "".join(parts)
    return q.replace("\x00", "") or "budget"  # argv cannot hold NUL

executions = 0
findings = []

def record(kind, what, payload, detail):
    n = len(findings) + 1
    path = os.path.join(out, f"{seed}-{n:03d}-{kind}")
    with open(path + (".txt" if kind == "analyze" else ".query"), "wb") as f:
        f.write(payload)
    with open(path + ".why", "w") as f:
        f.write(f"{what}\n{detail}\n")
    findings.append((kind, what))
    print(f"finding {n}: {kind}: {what} (saved as {path}.*)", file=sys.stderr, flush=True)

def run(arguments, stdin=None):
    try:
        p = subprocess.run([sayso] + arguments, capture_output=True, timeout=timeout, env=env)
        return p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired as e:
        return None, e.stdout or b"", e.stderr or b""

def check_output(stdout, stderr):
    shown = stdout.decode("utf-8", "replace") + stderr.decode("utf-8", "replace")
    raw = [c for c in shown if c in BAD and c not in "\n"]
    if raw:
        return f"raw control or bidi character U+{ord(raw[0]):04X} in the output"
    lower = stderr.decode("utf-8", "replace").lower()
    for word in ("database error", "fts5", "sqlite", "syntax error"):
        if word in lower:
            return f"store message on stderr: {lower.strip()[:200]}"
    return None

# A small corpus for the searches.
with open(os.path.join(corpus, "budget.md"), "w") as f:
    f.write("---\ntitle: Officials divided over the new budget\nsource: Synthetic News\ndate: 2021-05-03\n---\n\n"
            "Officials divided over the new budget\n\n“We will not back down on this,” Maria Keller, the opposition "
            "leader, said.\n\nTomas Brandt proposed an independent inquiry into the contract.\n")
with open(os.path.join(corpus, "strike.md"), "w") as f:
    f.write("Rail strike enters its second week\n\n“This is a first step,” Priya Raman, President of the union, told "
            "reporters in Sputnik.\n")
status, _, err = run(["index", "--corpus", corpus, "--data-dir", data_dir])
if status != 0:
    sys.exit(f"sayso index failed: {err.decode(errors='replace')}")

deadline = time.monotonic() + minutes * 60
article = os.path.join(work, "fuzz.txt")
start = time.monotonic()
while time.monotonic() < deadline:
    executions += 1
    if executions % 2:
        payload = data()
        with open(article, "wb") as f:
            f.write(payload)
        status, stdout, stderr = run(["analyze", "--json", article])
        what = None
        if status is None:
            what = f"hang (over {timeout} s)"
        elif status < 0 or status >= 128:
            what = f"crash (status {status})"
        elif status not in (0, 1):
            what = f"exit status {status}"
        elif status == 0:
            try:
                json.loads(stdout)
            except ValueError as e:
                what = f"invalid JSON: {e}"
        what = what or check_output(stdout, stderr)
        if what:
            record("analyze", what, payload, stderr.decode("utf-8", "replace")[-2000:])
    else:
        q = query()
        status, stdout, stderr = run(["search", q, "--corpus", corpus, "--data-dir", data_dir, "--limit", "5"])
        what = None
        if status is None:
            what = f"hang (over {timeout} s)"
        elif status < 0 or status >= 128:
            what = f"crash (status {status})"
        elif status not in (0, 1, 64):
            what = f"exit status {status}"
        what = what or check_output(stdout, stderr)
        if what:
            record("search", what, q.encode("utf-8", "surrogatepass"), stderr.decode("utf-8", "replace")[-2000:])
    if executions % 200 == 0:
        print(f"{executions} executions, {len(findings)} findings, {time.monotonic() - start:.0f} s", file=sys.stderr, flush=True)

shutil.rmtree(work, ignore_errors=True)
elapsed = (time.monotonic() - start) / 60
print(f"fuzz: seed {seed}, {elapsed:.1f} minutes, {executions} executions "
      f"({(executions + 1) // 2} analyze, {executions // 2} search), {len(findings)} findings"
      + (f" saved in {out}/" if findings else ""))
kinds = {}
for kind, what in findings:
    kinds[f"{kind}: {what.split(' (')[0].split(':')[0]}"] = kinds.get(f"{kind}: {what.split(' (')[0].split(':')[0]}", 0) + 1
for k, v in sorted(kinds.items()):
    print(f"  {v} × {k}")
sys.exit(1 if findings else 0)
PYTHON
