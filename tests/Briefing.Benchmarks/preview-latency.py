#!/usr/bin/env python3
"""Time from saving one briefing's annotations.yml to the open page's "reload" event, with `briefing preview`.

Usage: preview-latency.py INPUT [--theme theme] [--runs 20] [--briefing-dll PATH]

INPUT is copied to a temporary folder first (it is edited). Each run changes the text of the first note of
the first briefing, saves the file, and waits for the reload event on /_briefing/events that names that
briefing's page, as the open page does; then for the whole-site build that follows, before the next save. Reports the median, minimum and maximum, and the build times the preview printed. A benchmark, not a
test: build the command in Release first (dotnet build -c Release src/Briefing.Cli).
Only the Python standard library is used.
"""
import argparse
import glob
import http.client
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


def edit_first_note(path, run):
    lines = open(path, encoding="utf-8").read().split("\n")
    for i, line in enumerate(lines):
        match = re.match(r'^(\s*note:\s*)(.*)$', line)
        if not match:
            continue
        head, rest = match.groups()
        if rest.startswith(('>', '|')):
            target = i + 1
            indent = re.match(r'^\s*', lines[target]).group(0)
            lines[target] = indent + re.sub(r'^(Edit \d+\. )?', f'Edit {run}. ', lines[target][len(indent):])
        elif rest.startswith('"'):
            lines[i] = head + '"' + re.sub(r'^(Edit \d+\. )?', f'Edit {run}. ', rest[1:])
        else:
            lines[i] = head + re.sub(r'^(Edit \d+\. )?', f'Edit {run}. ', rest)
        break
    data = "\n".join(lines)
    with open(path, "w", encoding="utf-8") as f:
        f.write(data)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("input")
    parser.add_argument("--theme", default=os.path.join(ROOT, "theme"))
    parser.add_argument("--runs", type=int, default=20)
    # Release builds are for the machine's platform (see Briefing.Cli.csproj), e.g. bin/Release/net10.0/linux-x64/.
    built = sorted(glob.glob(os.path.join(ROOT, "src/Briefing.Cli/bin/Release/net10.0/*/briefing.dll")))
    parser.add_argument("--briefing-dll", default=built[0] if built else os.path.join(ROOT, "src/Briefing.Cli/bin/Release/net10.0/briefing.dll"))
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix="preview-latency-")
    try:
        input_copy = os.path.join(work, "input")
        shutil.copytree(args.input, input_copy)
        briefings = sorted(os.listdir(os.path.join(input_copy, "briefings")))
        annotations = os.path.join(input_copy, "briefings", briefings[0], "annotations.yml")
        process = subprocess.Popen(
            ["dotnet", args.briefing_dll, "preview", "--input", input_copy, "--theme", args.theme,
             "--output", os.path.join(work, "output"), "--port", "0"],
            cwd=work, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
        address = None
        for line in process.stderr:
            sys.stderr.write(line)
            found = re.search(r" at http://127\.0\.0\.1:(\d+)/", line)
            if found:
                address = int(found.group(1))
                break
        if address is None:
            sys.exit("briefing preview did not start")

        page_times, site_times = [], []
        site_built = threading.Event()

        def drain():
            for line in process.stderr:
                page = re.search(r"Rebuilt \S+ \(.*\) in (\d+) ms", line)
                site = re.search(r"Rebuilt \d+ briefings? with .* in (\d+) ms", line)
                if page:
                    page_times.append(int(page.group(1)))
                elif site:
                    site_times.append(int(site.group(1)))
                    site_built.set()
                elif "error" in line or "failed" in line:
                    sys.stderr.write(line)

        threading.Thread(target=drain, daemon=True).start()
        connection = http.client.HTTPConnection("127.0.0.1", address)
        connection.request("GET", "/_briefing/events")
        events = connection.getresponse()

        def wait_for(name, page=None):
            current = None
            while True:
                line = events.fp.readline().decode("utf-8")
                if not line:
                    sys.exit("the event stream ended")
                line = line.strip()
                if line.startswith("event: "):
                    current = line[len("event: "):]
                elif line.startswith("data: ") and current == name:
                    pages = json.loads(line[len("data: "):]).get("pages")
                    if page is None or pages is None or page in pages:
                        return

        wait_for("hello")
        page = f"/briefings/{briefings[0]}/index.html"
        latencies = []
        for run in range(1, args.runs + 1):
            time.sleep(0.2)
            site_built.clear()
            start = time.perf_counter()
            edit_first_note(annotations, run)
            wait_for("reload", page)
            latencies.append((time.perf_counter() - start) * 1000)
            # The whole-site build that follows each save: let it finish, as an editor who pauses would.
            site_built.wait(timeout=120)

        process.terminate()
        process.wait(timeout=10)
        print(f"{len(briefings)} briefings, {args.runs} one-note edits of {briefings[0]}/annotations.yml")
        print(f"save -> the page's reload event: median {statistics.median(latencies):.0f} ms, "
              f"min {min(latencies):.0f} ms, max {max(latencies):.0f} ms")
        for label, times in (("that briefing's page", page_times), ("the whole site that follows", site_times)):
            if times:
                print(f"  rebuild of {label}, as printed: median {statistics.median(times):.0f} ms, "
                      f"min {min(times)} ms, max {max(times)} ms")
        print("  (each save is first waited on for 50 ms of quiet)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
