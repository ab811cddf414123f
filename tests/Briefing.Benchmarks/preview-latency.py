#!/usr/bin/env python3
"""Time from saving one briefing's annotations.yml to the open page's "reload" event, with `briefing preview`.

Usage: preview-latency.py INPUT [--theme theme] [--runs 20] [--briefing-dll PATH]

INPUT is copied to a temporary folder first (it is edited). Each run changes the text of the first note of
the first briefing, saves the file, and waits for the reload event on /_briefing/events, as an open page
does. Reports the median, minimum and maximum, and the build times the preview printed. A benchmark, not a
test: build the command in Release first (dotnet build -c Release src/Briefing.Cli).
Only the Python standard library is used.
"""
import argparse
import http.client
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
    parser.add_argument("--briefing-dll", default=os.path.join(ROOT, "src/Briefing.Cli/bin/Release/net10.0/briefing.dll"))
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

        build_times = []

        def drain():
            for line in process.stderr:
                found = re.search(r"Rebuilt .* in (\d+) ms", line)
                if found:
                    build_times.append(int(found.group(1)))
                elif "error" in line or "failed" in line:
                    sys.stderr.write(line)

        threading.Thread(target=drain, daemon=True).start()
        connection = http.client.HTTPConnection("127.0.0.1", address)
        connection.request("GET", "/_briefing/events")
        events = connection.getresponse()

        def wait_for(name):
            while True:
                line = events.fp.readline().decode("utf-8")
                if not line:
                    sys.exit("the event stream ended")
                if line.strip() == f"event: {name}":
                    return

        wait_for("hello")
        latencies = []
        for run in range(1, args.runs + 1):
            time.sleep(0.3)
            start = time.perf_counter()
            edit_first_note(annotations, run)
            wait_for("reload")
            latencies.append((time.perf_counter() - start) * 1000)

        process.terminate()
        process.wait(timeout=10)
        print(f"{len(briefings)} briefings, {args.runs} one-note edits of {briefings[0]}/annotations.yml")
        print(f"save -> reload event: median {statistics.median(latencies):.0f} ms, "
              f"min {min(latencies):.0f} ms, max {max(latencies):.0f} ms")
        if build_times:
            print(f"of which the rebuild the preview printed: median {statistics.median(build_times):.0f} ms, "
                  f"min {min(build_times)} ms, max {max(build_times)} ms (quiet period before it: 100 ms)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
