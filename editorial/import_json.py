"""The import file as JSON (editorial/importing.py): reading it, and the shape of its values.

A file that cannot be read or decoded has nothing else to check: its one problem is told in
a French sentence, « Fichier JSON invalide, ligne 12, colonne 5 : virgule attendue… ». Once
decoded, each value of the wrong type is a « field: message » line, and the checks go on.
"""

import json

from operations.text import clean_data, single_line

REQUIRED = "ce champ est obligatoire"


class ArticleImportError(Exception):
    """A refused import: ``errors`` holds « field: message » lines, in French."""

    def __init__(self, errors):
        self.errors = [errors] if isinstance(errors, str) else list(errors)
        super().__init__("\n".join(self.errors))


class Problems(list):
    """The « field: message » lines of one import, in the order found."""

    def add(self, path, message):
        self.append(f"{path}: {message}")

    def check(self, function, *args):
        """function(*args), or None once its refusal is noted: the next field is checked."""
        try:
            return function(*args)
        except ArticleImportError as error:
            self.extend(error.errors)
            return None

    @property
    def paths(self):
        return {line.split(": ", 1)[0] for line in self}


# Python's JSON errors, by the start of their message; the column is the one json gives.
SYNTAX = {
    "Expecting ',' delimiter": "virgule attendue entre deux éléments",
    "Expecting ':' delimiter": "« : » attendu",
    "Expecting property name": 'nom de clé attendu, entre guillemets droits (")',
    "Expecting value": "valeur attendue",
    "Unterminated string": "texte sans guillemet fermant",
    "Invalid control character": (
        "saut de ligne ou caractère de contrôle dans un texte "
        "(guillemet fermant oublié ? un saut de ligne s'écrit \\n)"
    ),
    "Invalid \\uXXXX escape": "échappement \\uXXXX invalide",
    "Invalid \\escape": "échappement invalide (une barre oblique inversée s'écrit \\\\)",
    "Extra data": "texte après la fin de l'objet JSON",
}


def kind(value):
    """What a decoded JSON value is, for « texte attendu, pas un nombre »."""
    if isinstance(value, bool):
        return "un booléen"
    if isinstance(value, int | float):
        return "un nombre"
    kinds = {str: "un texte", list: "une liste", dict: "un objet", type(None): "null"}
    return kinds.get(type(value), "une valeur")


def refuse(path, message):
    raise ArticleImportError(f"{path}: {message}")


def shown(value, limit=80):
    """A value quoted in a message: on one line, without control characters, cut if long."""
    text = single_line(str(value))
    return text if len(text) <= limit else text[: limit - 1] + "…"


def json_object(value, path, allowed, problems):
    """value, a JSON object; its unknown keys are noted and left out."""
    if not isinstance(value, dict):
        refuse(path, f"objet JSON attendu, pas {kind(value)}")
    for key in [key for key in value if key not in allowed]:  # in the file's order
        problems.add(f"{path}.{shown(key)}".lstrip("."), "clé inconnue")
    return {key: item for key, item in value.items() if key in allowed}


def json_list(value, path):
    if value is not None and not isinstance(value, list):
        refuse(path, f"liste attendue, pas {kind(value)}")
    return value or []


def json_text(value, path, limit=None, required=False):
    if value is not None and not isinstance(value, str):
        refuse(path, f"texte attendu, pas {kind(value)}")
    value = (value or "").strip()
    if required and not value:
        refuse(path, REQUIRED)
    if limit and len(value) > limit:
        refuse(path, f"{len(value)} caractères, {limit} au maximum")
    return value


def _syntax(error):
    text, position = error.doc, error.pos
    comma = len(text[:position].rstrip()) - 1
    if position >= len(text.rstrip()):
        message = "fin du fichier inattendue"
    elif error.msg.startswith("Illegal trailing comma"):  # later Pythons, at the comma
        message = f"virgule en trop avant « {'}' if error.msg.endswith('object') else ']'} »"
    elif text[comma] == "," and text[position] in "]}":  # 3.13.0: after it, worded otherwise
        message, position = f"virgule en trop avant « {text[position]} »", comma
    else:
        start = next((key for key in SYNTAX if error.msg.startswith(key)), None)
        message = SYNTAX[start] if start else error.msg
    line, column = text.count("\n", 0, position) + 1, position - text.rfind("\n", 0, position)
    return f"Fichier JSON invalide, ligne {line}, colonne {column} : {message}"


def _utf8(raw, error):
    bom = 3 if raw.startswith(b"\xef\xbb\xbf") else 0  # no editor shows it: not a column
    start = error.start + bom
    line_start = max(raw.rfind(b"\n", 0, start) + 1, bom)
    column = len(raw[line_start:start].decode("utf-8", "replace")) + 1
    line = raw.count(b"\n", 0, start) + 1
    return (
        f"Fichier non UTF-8, ligne {line}, colonne {column} : "
        f"octet 0x{raw[start]:02x} invalide (enregistrez-le en UTF-8)"
    )


def read_json(path):
    """The JSON object in the file at path, its texts cleaned; raises ArticleImportError."""
    if path.is_dir():
        raise ArticleImportError(f"C'est un dossier, pas un fichier : {path}")
    if not path.exists():
        raise ArticleImportError(f"Fichier introuvable : {path}")
    if not path.is_file():  # a pipe or a device: reading it might never end
        raise ArticleImportError(f"Pas un fichier ordinaire : {path}")
    try:
        raw = path.read_bytes()
    except PermissionError as error:
        raise ArticleImportError(f"Lecture interdite par les droits du fichier : {path}") from error
    except OSError as error:
        raise ArticleImportError(f"Lecture impossible ({error.strerror}) : {path}") from error
    return parse_json(raw)


def parse_json(raw):
    """The JSON object in the bytes raw, its texts cleaned; raises ArticleImportError."""
    try:
        text = raw.decode("utf-8-sig")  # the byte-order mark some Windows editors write
    except UnicodeDecodeError as error:
        raise ArticleImportError(_utf8(raw, error)) from error
    if not text.strip():
        raise ArticleImportError("Fichier vide : rien à importer")
    try:
        # No field takes a number: reading integers as floats spares int()'s 4,300-digit
        # limit, a ValueError that json does not place; any number is then a wrong type.
        data = json.loads(text, parse_int=float)
        # Control characters and lone surrogates out before anything is checked or looked up.
        data = clean_data(data)
    except json.JSONDecodeError as error:
        raise ArticleImportError(_syntax(error)) from error
    except RecursionError as error:
        raise ArticleImportError("Fichier JSON invalide : trop de niveaux imbriqués") from error
    if not isinstance(data, dict):
        message = f"Le fichier doit contenir un objet JSON {{ … }}, pas {kind(data)}"
        raise ArticleImportError(message)
    return data
