"""The demo's pictures, drawn here at load time: no image file is kept in the repository."""

import io
import random

from django.conf import settings
from PIL import Image as PILImage
from PIL import ImageDraw


def generated_picture(seed, colours=("#1d3557", "#e63946"), stripes=False):
    """A JPEG made here: a diagonal gradient with translucent circles (or jersey stripes)."""
    size = tuple(settings.DEMO_IMAGE_SIZE)
    width, height = size
    rng = random.Random(seed)
    start = PILImage.new("RGB", size, colours[0])
    end = PILImage.new("RGB", size, colours[1])
    mask = PILImage.linear_gradient("L").rotate(45, expand=True).resize(size)
    picture = PILImage.composite(end, start, mask)
    overlay = PILImage.new("RGBA", size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    if stripes:
        band = width // 14
        for x in range(0, width, band * 2):
            draw.rectangle([x, 0, x + band, height], fill=(255, 255, 255, 150))
        radius = height // 5
        cx, cy = int(width * 0.62), int(height * 0.58)
        draw.ellipse(
            [cx - radius, cy - radius, cx + radius, cy + radius], fill=(245, 245, 250, 255)
        )
        draw.ellipse(
            [cx - radius // 3, cy - radius // 3, cx + radius // 3, cy + radius // 3],
            fill=(40, 80, 200, 255),
        )
    else:
        for _ in range(7):
            radius = rng.randint(height // 10, height // 3)
            cx, cy = rng.randint(0, width), rng.randint(0, height)
            draw.ellipse(
                [cx - radius, cy - radius, cx + radius, cy + radius],
                fill=(255, 255, 255, rng.randint(40, 110)),
            )
    picture = PILImage.alpha_composite(picture.convert("RGBA"), overlay).convert("RGB")
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()
