"""Image files that pass a header check but cannot be decoded, made on the fly."""

import io

from PIL import Image


def broken_gif():
    """A GIF signature, a 16×16 screen and image descriptor, then bytes no decoder can read."""
    header = b"GIF89a\x10\x00\x10\x00\x00\x00\x00"
    descriptor = b"\x2c\x00\x00\x00\x00\x10\x00\x10\x00\x00\x08"
    return header + descriptor + bytes(range(256)) * 4


def jpeg_cut_in_half():
    noise = Image.effect_noise((256, 256), 64).convert("RGB")
    output = io.BytesIO()
    noise.save(output, "JPEG", quality=90)
    whole = output.getvalue()
    return whole[: len(whole) // 2]
