#!/usr/bin/env python3
"""Draws build time against number of briefings from scaling.sh's CSV, as a small SVG.

Usage: chart.py scaling.csv > build-time.svg   (only the Python standard library)
"""
import csv
import sys

COLOURS = {"briefing_s": "#1f4e8c", "hugo_s": "#c0392b", "eleventy_s": "#7f8c8d"}
LABELS = {"briefing_s": "Briefing", "hugo_s": "Hugo", "eleventy_s": "Eleventy"}


def main(path):
    rows = list(csv.DictReader(open(path, encoding="utf-8")))
    series = [k for k in COLOURS if any(float(r[k] or 0) > 0 for r in rows)]
    xs = [int(r["briefings"]) for r in rows]
    top = max(float(r[k]) for r in rows for k in series) * 1.1
    width, height, left, bottom, pad = 560, 320, 56, 40, 16

    def x(v):
        return left + (v - 0) / max(xs) * (width - left - pad)

    def y(v):
        return height - bottom - v / top * (height - bottom - pad)

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="12">',
           f'<rect width="{width}" height="{height}" fill="#fff"/>',
           f'<line x1="{left}" y1="{y(0)}" x2="{width - pad}" y2="{y(0)}" stroke="#333"/>',
           f'<line x1="{left}" y1="{y(0)}" x2="{left}" y2="{pad}" stroke="#333"/>',
           f'<text x="{(width + left) / 2}" y="{height - 6}" text-anchor="middle">briefings</text>',
           f'<text x="14" y="{(height - bottom) / 2}" transform="rotate(-90 14 {(height - bottom) / 2})" text-anchor="middle">wall seconds (median)</text>']
    for v in xs:
        out.append(f'<text x="{x(v):.1f}" y="{y(0) + 16:.1f}" text-anchor="middle">{v}</text>')
    for i in range(5):
        v = top / 5 * i
        out.append(f'<text x="{left - 6}" y="{y(v) + 4:.1f}" text-anchor="end">{v:.1f}</text>')
    for n, key in enumerate(series):
        points = " ".join(f"{x(int(r['briefings'])):.1f},{y(float(r[key])):.1f}" for r in rows)
        out.append(f'<polyline points="{points}" fill="none" stroke="{COLOURS[key]}" stroke-width="2"/>')
        for r in rows:
            out.append(f'<circle cx="{x(int(r["briefings"])):.1f}" cy="{y(float(r[key])):.1f}" r="3" fill="{COLOURS[key]}"/>')
        out.append(f'<text x="{left + 12}" y="{pad + 14 + 16 * n}" fill="{COLOURS[key]}">{LABELS[key]}</text>')
    out.append("</svg>")
    print("\n".join(out))


if __name__ == "__main__":
    main(sys.argv[1])
