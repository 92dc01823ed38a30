"""Wagtail's French strings that this newsroom words differently.

Django reads the catalogs of LOCALE_PATHS before the apps' own, so an entry in
locale/fr/LC_MESSAGES/django.po carrying Wagtail's msgid replaces Wagtail's
translation. ``makemessages`` only keeps the msgids it finds in project source;
listing them here, with ``gettext_noop``, keeps those entries alive across
``make messages`` instead of marking them obsolete. Each msgid is copied exactly
from Wagtail (context and plural included); the French lives in django.po.

Nothing imports this module: it exists to be read by ``makemessages``.
"""

from django.utils.translation import gettext_noop, ngettext_lazy

OVERRIDDEN_MSGIDS = (
    # Wagtail's « un(e) » / « Ce(tte) » placeholders: wording that fits any model name.
    gettext_noop("Add %(label)s"),
    gettext_noop("Add %(model_name)s"),
    gettext_noop("This %(model_name)s is currently awaiting moderation."),
    gettext_noop("Anyone can edit this %(model_name)s"),
    gettext_noop("will be set to a %(model_name)s specified by the system"),
    # Typos and English left in Wagtail's French catalog.
    gettext_noop("Current page status:"),
    gettext_noop("Workflow"),
    gettext_noop("Workflows"),
    gettext_noop("workflow"),
    gettext_noop("workflow page"),
    gettext_noop("Locked by workflow"),
    # E-mails: a newsroom does not greet its staff with « Salut ».
    gettext_noop("Hello %(username)s,"),
    # « Mention IA mis à jour »: no agreement possible with any setting name.
    gettext_noop("%(setting_type)s updated."),
    # Kept from an earlier override of the login error.
    gettext_noop("The password you have entered is not correct. Please try again."),
    # « Déverrouillé(e) », « Créé(e) », « Publié(e) »: nouns that need no gender.
    gettext_noop("Unlocked"),
    gettext_noop("Created"),
    gettext_noop("Published"),
    gettext_noop("Locking status"),
    gettext_noop("Status: "),
)

# Plural msgids: ngettext_lazy is how makemessages learns the msgid_plural.
OVERRIDDEN_PLURALS = (
    ngettext_lazy("Referenced %(count)s time", "Referenced %(count)s times", "count"),
    ngettext_lazy("Used %(usage_count)s time", "Used %(usage_count)s times", "usage_count"),
    # The dashboard's site summary: « crées » and a missing space in Wagtail's French.
    ngettext_lazy(
        '%(total)s Page <span class="w-sr-only">created in %(site_name)s</span>',
        '%(total)s Pages <span class="w-sr-only">created in %(site_name)s</span>',
        "total",
    ),
)

# Relative times and words on the writer's and the chief's review path.
REVIEW_PATH_MSGIDS = (
    # humanize's naturaltime (« Modifications demandées à l’instant ») and Wagtail's « just now ».
    gettext_noop("now"),
    gettext_noop("just now"),
    # Django's timesince says « 0 minute »; Wagtail compares it with this to say « à l’instant ».
    gettext_noop("0 minutes"),
    gettext_noop("Timeline"),
    gettext_noop("Text editing"),
    gettext_noop("Anyone can edit this %(model_name)s – lock it to prevent others from editing"),
    gettext_noop(
        "Reviewers can edit this %(model_name)s – lock it to prevent other reviewers from editing"
    ),
    gettext_noop(
        "The name of the page as it will appear in URLs e.g http://domain.com/blog/[my-slug]/"
    ),
)

# Every Wagtail sentence whose French says « workflow »: « circuit de validation », as above.
WORKFLOW_MSGIDS = (
    gettext_noop("'%(workflow)s' started. Next step '%(task)s'"),
    gettext_noop(
        "Active tasks can be added to workflows. Deactivating a task does not remove it "
        "from existing workflows."
    ),
    gettext_noop(
        "Active workflows can be added to pages/snippets. Deactivating a workflow does "
        "not remove it from existing pages/snippets."
    ),
    gettext_noop("Add a workflow"),
    gettext_noop("Add tasks to your workflow"),
    gettext_noop("Approved at '%(task)s'. '%(workflow)s' complete"),
    gettext_noop("Are you sure you want to disable this workflow?"),
    gettext_noop("Assign your workflow to pages"),
    gettext_noop("Assign your workflow to snippets"),
    gettext_noop("By workflow"),
    gettext_noop("Cancel workflow "),
    gettext_noop("Cancelled '%(workflow)s' at '%(task)s'"),
    gettext_noop("Disable workflow"),
    gettext_noop("Editing workflow"),
    gettext_noop("Give your workflow a name"),
    gettext_noop("New workflow"),
    gettext_noop("New workflow task"),
    gettext_noop('No workflows have been created. Why not <a href="%(add_url)s">add one</a>?'),
    gettext_noop(
        "Pages/snippets at this step in a workflow will be moderated or approved by these"
        " groups of users"
    ),
    gettext_noop("Publishing this %(model_name)s will cancel the current workflow."),
    gettext_noop("Publishing this page will cancel the current workflow."),
    gettext_noop("Restart workflow "),
    gettext_noop("Resubmitted '%(task)s'. Workflow resumed"),
    gettext_noop("Snippet '%(content_type)s' already has workflow '%(workflow_name)s' assigned."),
    gettext_noop('The %(model_name)s "%(title)s" has been approved in "%(workflow)s".'),
    gettext_noop('The %(model_name)s "%(title)s" has been approved in workflow "%(workflow)s".'),
    gettext_noop(
        'The %(model_name)s "%(title)s" has been rejected during "%(task)s" in workflow '
        '"%(workflow)s" by %(rejector)s.'
    ),
    gettext_noop(
        'The %(model_name)s "%(title)s" has been rejected during "%(task)s" in workflow '
        '"%(workflow)s".'
    ),
    gettext_noop('The %(model_name)s "%(title)s" has been rejected during "%(workflow)s".'),
    gettext_noop(
        'The %(model_name)s "%(title)s" has been submitted for moderation to workflow '
        '"%(workflow)s" by %(requester)s.'
    ),
    gettext_noop(
        'The %(model_name)s "%(title)s" has been submitted for moderation to workflow '
        '"%(workflow)s".'
    ),
    gettext_noop('The %(model_name)s "%(title)s" has been submitted to workflow "%(workflow)s"'),
    gettext_noop('The page "%(title)s" has been approved in "%(workflow)s".'),
    gettext_noop('The page "%(title)s" has been approved in workflow "%(workflow)s".'),
    gettext_noop(
        'The page "%(title)s" has been rejected during "%(task)s" in workflow '
        '"%(workflow)s" by %(rejector)s.'
    ),
    gettext_noop(
        'The page "%(title)s" has been rejected during "%(task)s" in workflow "%(workflow)s".'
    ),
    gettext_noop('The page "%(title)s" has been rejected during "%(workflow)s".'),
    gettext_noop(
        'The page "%(title)s" has been submitted for moderation to workflow '
        '"%(workflow)s" by %(requester)s.'
    ),
    gettext_noop(
        'The page "%(title)s" has been submitted for moderation to workflow "%(workflow)s".'
    ),
    gettext_noop('The page "%(title)s" has been submitted to workflow "%(workflow)s"'),
    gettext_noop('There are no enabled workflows. Why not <a href="%(add_url)s">add one</a>?'),
    gettext_noop(
        "There may only be one in progress or needs changes workflow state per page/snippet."
    ),
    gettext_noop(
        "This %(model_name)s is currently at <strong>%(task)s</strong> in "
        "<strong>%(workflow)s</strong>."
    ),
    gettext_noop(
        "This %(model_name)s was marked as needing changes at <strong>%(task)s</strong> "
        "in <strong>%(workflow)s</strong>."
    ),
    gettext_noop("This page already has workflow '%(workflow_name)s' assigned."),
    gettext_noop(
        "This page is currently at <strong>%(task)s</strong> in <strong>%(workflow)s</strong>."
    ),
    gettext_noop(
        "This page was marked as needing changes at <strong>%(task)s</strong> in "
        "<strong>%(workflow)s</strong>."
    ),
    gettext_noop(
        "This workflow is currently in progress on %(workflow_states_in_progress)s pages."
        " Deleting this workflow will cancel moderation on these page. Are you sure you "
        "want to delete this workflow?"
    ),
    gettext_noop("This workflow is disabled so it cannot be assigned to any pages."),
    gettext_noop("This workflow is disabled so it cannot be assigned to any snippets."),
    gettext_noop(
        "This {model_name} is awaiting <b>'{task_name}'</b> in the "
        "<b>'{workflow_name}'</b> workflow."
    ),
    gettext_noop("Used on the following active workflows"),
    gettext_noop("Workflow '%(object)s' created."),
    gettext_noop("Workflow '%(object)s' disabled."),
    gettext_noop("Workflow '%(object)s' updated."),
    gettext_noop("Workflow '%(workflow_name)s' enabled."),
    gettext_noop("Workflow '%(workflow_name)s' on %(model_name)s '%(title)s': %(status)s"),
    gettext_noop("Workflow cancelled"),
    gettext_noop("Workflow completed"),
    gettext_noop("Workflow history"),
    gettext_noop("Workflow on %(model_name)s '%(object)s' has been cancelled."),
    gettext_noop("Workflow on %(model_name)s '%(object)s' has been restarted."),
    gettext_noop("Workflow on page '%(page_title)s' has been cancelled."),
    gettext_noop("Workflow on page '%(page_title)s' has been restarted."),
    gettext_noop("workflow pages"),
    gettext_noop("Workflow progress"),
    gettext_noop("Workflow removed from Page '%(page_title)s'."),
    gettext_noop("Workflow started"),
    gettext_noop("Workflow state"),
    gettext_noop("workflow state"),
    gettext_noop("Workflow states"),
    gettext_noop("Workflow task approved"),
    gettext_noop("workflow task order"),
    gettext_noop("workflow task orders"),
    gettext_noop("Workflow task rejected. Workflow complete"),
    gettext_noop("Workflow task resubmitted. Workflow resumed"),
    gettext_noop("Workflow tasks"),
    gettext_noop("Workflow: approve task"),
    gettext_noop("Workflow: cancel"),
    gettext_noop("Workflow: reject task"),
    gettext_noop("Workflow: resume task"),
    gettext_noop("Workflow: start"),
    gettext_noop("workflow_tasks"),
    gettext_noop("workflows"),
    gettext_noop(
        "Workflows apply to child pages too. If you select a parent page here, its child "
        'pages will also use this workflow. See <a href="%(workflow_pages_url)s">the list'
        " of the pages</a> your workflow applies to."
    ),
    gettext_noop("You cannot assign this workflow to the same page multiple times."),
    gettext_noop("Your pages and snippets in a workflow"),
)
