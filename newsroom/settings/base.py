"""Settings shared by every environment, one module per concern; the environment configures
the rest, read through environment.py.

- core.py: apps, middleware, templates, addresses, languages, logging
- data.py: the database, the cache, background tasks
- page_cache.py: the readers' page cache and the CDN in front
- search.py: the search backend (search_backend())
- media.py: static files, uploads, storage, images, documents, embeds
- mail.py: e-mail addresses and the mailer
- security.py: staff logins, attempt limits, the Content-Security-Policy
- content.py: articles, tags, the editorial workflow, readers' comments
"""

from .content import *  # noqa: F403
from .core import *  # noqa: F403
from .data import *  # noqa: F403
from .environment import *  # noqa: F403
from .mail import *  # noqa: F403
from .media import *  # noqa: F403
from .page_cache import *  # noqa: F403
from .search import *  # noqa: F403
from .security import *  # noqa: F403
