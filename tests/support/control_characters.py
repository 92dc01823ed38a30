"""The characters no stored text and no output may hold, and how the tests look for them.

Defined here from XML 1.0 and the issue, not from the code under test: C0 controls but tab,
newline and carriage return; DEL; the C1 range; lone surrogates; U+FFFE and U+FFFF.
"""

import json
import re
import xml.etree.ElementTree as ET

from bs4 import BeautifulSoup
from django.db import connection

C0 = [chr(code) for code in range(0x20) if code not in (0x09, 0x0A, 0x0D)]
C1 = [chr(code) for code in range(0x7F, 0xA0)]
NONCHARACTERS = ["\ufffe", "\uffff"]
SURROGATES = ["\udfff", "\ud800"]  # low then high: never a pair. Only a JSON file holds them
FORBIDDEN = C0 + C1 + NONCHARACTERS
FOUND = re.compile("[" + re.escape("".join(FORBIDDEN)) + "\ud800-\udfff]")
LINE_BREAKS = ["\n", "\r", "\r\n", "\u2028", "\u2029", "\x0b", "\x0c", "\x85"]


def storable():
    """Every forbidden character a database accepts (PostgreSQL refuses NUL in text)."""
    if connection.vendor == "postgresql":
        return [char for char in FORBIDDEN if char != "\x00"]
    return FORBIDDEN


def dirty(text, chars=None):
    """`text` with the forbidden characters once, after its first word (or at its end)."""
    chars = "".join(storable() if chars is None else chars)
    first, space, rest = text.partition(" ")
    return f"{first}{space}{chars}{rest}" if space else text + chars


def words(text):
    """The text with its runs of white space as one space (a vertical tab may become one)."""
    return " ".join(text.split())


def forbidden_in(text):
    return sorted({f"U+{ord(char):04X}" for char in FOUND.findall(text)})


def assert_clean(text, where=""):
    found = forbidden_in(text)
    assert not found, f"{where}: {', '.join(found)}"


def strings(data):
    """Every string in decoded JSON: keys and values."""
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for key, value in data.items():
            yield key
            yield from strings(value)
    elif isinstance(data, list):
        for item in data:
            yield from strings(item)


def well_formed_xml(response, where):
    assert response.status_code == 200, where
    text = response.content.decode("utf-8")
    ET.fromstring(response.content)  # raises ParseError on invalid XML
    assert_clean(text, where)
    return text


def json_ld(response, where):
    """The page's JSON-LD, each block valid JSON holding no forbidden character."""
    assert response.status_code == 200, where
    soup = BeautifulSoup(response.content, "html.parser")
    blocks = [script.string or "" for script in soup.find_all("script", type="application/ld+json")]
    assert blocks, where
    data = []
    for block in blocks:
        assert_clean(block, where)
        decoded = json.loads(block)
        for value in strings(decoded):
            assert_clean(value, f"{where} (decoded)")
        data.append(decoded)
    return data
