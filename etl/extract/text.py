"""Articles as plain text: read a file with its metadata, reduce HTML or Markdown to text.

Every character offset the extractor writes (figure and sentence spans) indexes the plain
text produced here, so `load_article(path).text[a:b]` is exactly the figure. The reduction
is deterministic: the same file always gives the same text.

Metadata comes, in this order of precedence, from command-line values, a sidecar
`NAME.meta.json`, a header at the top of a text/Markdown file (`url:`, `publisher:`,
`reported_on:` lines closed by a `---` line) and, for HTML, the page's own canonical link
and `og:`/`article:` meta tags.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import NamedTuple

from bs4 import BeautifulSoup, Comment, Doctype, NavigableString, ProcessingInstruction, Tag

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
META_KEYS = ("url", "publisher", "reported_on")
SIDECAR_SUFFIX = ".meta.json"

# Elements whose content never reaches the reader.
_DROP = {"script", "style", "noscript", "template", "head", "svg", "iframe", "form", "button", "nav"}
# Elements that end a paragraph; `li`, `br`, table cells and rows end a line only.
_BLOCK = {"p", "div", "section", "article", "main", "header", "footer", "aside", "blockquote",
          "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "pre", "figure",
          "figcaption", "address", "hr"}
_LINE = {"li", "br", "tr", "dt", "dd", "caption"}
_CELL = {"td", "th"}
_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*")  # lines up to a blank one
_HEADER_LINE = re.compile(r"^(url|publisher|reported_on)\s*:\s*(.*)$", re.IGNORECASE)


@dataclass(frozen=True)
class Article:
    """One article's plain text and what is known about where it came from."""

    text: str
    label: str = ""  # how outputs name the article (file name, or "-" for stdin)
    url: str = ""
    publisher: str = ""
    reported_on: str = ""


class Paragraph(NamedTuple):
    start: int
    end: int


def load_article(path: Path, overrides: dict[str, str] | None = None, label: str | None = None) -> Article:
    """Read an article file (.txt, .md, .html) with its metadata; `overrides` win."""
    raw = path.read_bytes().decode("utf-8-sig", errors="replace")
    meta: dict[str, str] = {}
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm"):
        text, meta = html_to_text(raw)
    else:
        header, body = split_header(raw)
        meta.update(header)
        text = markdown_to_text(body) if suffix in (".md", ".markdown") else normalize_text(body)
    meta.update(read_sidecar(path))
    meta.update({k: v for k, v in (overrides or {}).items() if v})
    return Article(text=text, label=label or path.name, **{k: meta.get(k, "").strip() for k in META_KEYS})


def read_sidecar(path: Path) -> dict[str, str]:
    """Metadata from `NAME.meta.json` beside the article, if there is one."""
    sidecar = path.with_name(path.stem + SIDECAR_SUFFIX)
    if not sidecar.is_file():
        sidecar = path.with_name(path.name + SIDECAR_SUFFIX)
    if not sidecar.is_file():
        return {}
    data = json.loads(sidecar.read_text(encoding="utf-8"))
    return {k: str(data[k]) for k in META_KEYS if data.get(k) is not None}


def split_header(raw: str) -> tuple[dict[str, str], str]:
    """Split a `key: value` header closed by a `---` line from the body.

    Without such a header the whole input is the body.
    """
    lines = raw.splitlines(keepends=True)
    meta: dict[str, str] = {}
    for index, line in enumerate(lines[:20]):
        stripped = line.strip()
        if stripped == "---":
            if meta:
                return meta, "".join(lines[index + 1:])
            break
        match = _HEADER_LINE.match(stripped)
        if not match:
            break
        meta[match[1].lower()] = match[2].strip()
    return {}, raw


def normalize_text(body: str) -> str:
    """Unify line ends, trim trailing spaces and surrounding blank lines; keep everything else."""
    body = body.replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.rstrip() for line in body.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


def markdown_to_text(body: str) -> str:
    """Drop Markdown markup (headings, emphasis, links, images, code fences, quote marks)."""
    text = normalize_text(body)
    text = re.sub(r"^```.*$", "", text, flags=re.MULTILINE)
    text = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"^\s{0,3}#{1,6}\s+", "", text, flags=re.MULTILINE)
    text = re.sub(r"^\s{0,3}>\s?", "", text, flags=re.MULTILINE)
    text = re.sub(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])", r"\1", text)
    text = re.sub(r"`([^`]*)`", r"\1", text)
    return normalize_text(text)


def html_to_text(html: str) -> tuple[str, dict[str, str]]:
    """Reduce an HTML page to readable text (BeautifulSoup) and read its metadata.

    Block elements become paragraphs separated by a blank line, list items and line
    breaks become lines, runs of white space inside a paragraph become one space.
    """
    soup = BeautifulSoup(html, "html.parser")
    meta = _html_meta(soup)
    body = soup.body or soup
    pieces: list[str] = []
    _walk(body, pieces)
    return _join_pieces(pieces), meta


def _walk(node: Tag, pieces: list[str]) -> None:
    for child in node.children:
        if isinstance(child, (Comment, Doctype, ProcessingInstruction)):
            continue
        if isinstance(child, NavigableString):
            pieces.append(str(child))
            continue
        if not isinstance(child, Tag) or child.name in _DROP:
            continue
        name = child.name
        if name in _BLOCK:
            pieces.append("\x00P")
        elif name in _LINE:
            pieces.append("\x00L")
        elif name in _CELL:
            pieces.append(" ")
        _walk(child, pieces)
        if name in _BLOCK:
            pieces.append("\x00P")
        elif name in _LINE and name != "br":
            pieces.append("\x00L")


def _join_pieces(pieces: list[str]) -> str:
    flat = "".join(pieces)
    paragraphs: list[str] = []
    for block in flat.split("\x00P"):
        lines = [re.sub(r"\s+", " ", line).strip() for line in block.split("\x00L")]
        lines = [line for line in lines if line]
        if lines:
            paragraphs.append("\n".join(lines))
    return "\n\n".join(paragraphs)


def _html_meta(soup: BeautifulSoup) -> dict[str, str]:
    meta: dict[str, str] = {}
    canonical = soup.find("link", rel="canonical")
    if canonical and canonical.get("href"):
        meta["url"] = canonical["href"]
    for tag in soup.find_all("meta"):
        key = tag.get("property") or tag.get("name") or ""
        content = (tag.get("content") or "").strip()
        if not content:
            continue
        if key == "og:url" and "url" not in meta:
            meta["url"] = content
        elif key == "og:site_name":
            meta["publisher"] = content
        elif key in ("article:published_time", "date", "pubdate") and "reported_on" not in meta:
            found = re.match(r"\d{4}-\d{2}-\d{2}", content)
            if found:
                meta["reported_on"] = found[0]
    return meta


def paragraphs(text: str) -> list[Paragraph]:
    """Paragraph spans: runs of text separated by one or more blank lines."""
    spans: list[Paragraph] = []
    for match in _PARAGRAPH.finditer(text):
        segment = match.group()
        stripped = segment.strip()
        if stripped:
            lead = segment.find(stripped[0])  # the first character that is no white space
            spans.append(Paragraph(match.start() + lead, match.start() + lead + len(stripped)))
    return spans


def with_metadata(article: Article, **values: str) -> Article:
    """A copy of `article` with the given non-empty metadata values set."""
    return replace(article, **{k: v for k, v in values.items() if v})
