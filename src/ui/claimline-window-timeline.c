/* claimline-window-timeline.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The story's timeline below the article: fed with the groups of the story
 * on display, an event opens the claim that places it, and the claim
 * chosen in the article marks its event.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "claimline-window-private.h"

/* The story the timeline follows: the one chosen in the sidebar, else the
 * story of the article on display. */
static gint64
claimline_window_get_timeline_story (ClaimlineWindow *self)
{
  g_autoptr(GError) error = NULL;
  gint64 story;

  if (self->story_id != 0 || self->article == NULL)
    return self->story_id;
  story = claimline_store_get_article_story (self->store, claimline_article_get_id (self->article),
                                             &error);
  return story > 0 ? story : 0;
}

void
_claimline_window_update_timeline (ClaimlineWindow *self,
                                   gboolean         force)
{
  g_autoptr(GPtrArray) groups = NULL;
  g_autoptr(GError) error = NULL;
  gint64 story;

  if (force)
    self->timeline_story_id = -1;
  /* Read only while it is shown; showing it reads again. */
  if (self->store == NULL || !self->timeline_visible)
    return;

  story = claimline_window_get_timeline_story (self);
  if (story == self->timeline_story_id)
    return;
  self->timeline_story_id = story;

  if (story > 0)
    {
      groups = claimline_store_load_story_groups (self->store, story, &error);
      if (groups == NULL)
        {
          g_autofree char *message = g_strdup_printf (_("Could not read the timeline: %s"),
                                                      error->message);

          claimline_window_add_toast (self, message);
        }
    }
  claimline_timeline_view_set_groups (self->timeline_view, groups);
}

/* The first time it shows in a laid-out window, the timeline takes the
 * lower part of the pane. */
static void
place_timeline (ClaimlineWindow *self)
{
  int height = gtk_widget_get_height (GTK_WIDGET (self->timeline_paned));

  if (!self->timeline_visible || self->timeline_placed || height <= 0)
    return;
  gtk_paned_set_position (self->timeline_paned, MAX (height / 2, height - 260));
  self->timeline_placed = TRUE;
}

/* Shown from the start (remembered from the last run): placed once the
 * pane has its size. */
static void
on_timeline_paned_sized_cb (ClaimlineWindow *self)
{
  place_timeline (self);
}

void
_claimline_window_set_timeline_visible (ClaimlineWindow *self,
                                        gboolean         visible)
{
  visible = !!visible;
  if (self->timeline_visible == visible)
    return;

  self->timeline_visible = visible;
  place_timeline (self);
  _claimline_window_update_timeline (self, FALSE);
  g_object_notify (G_OBJECT (self), "timeline-visible");
}

/* The claim of EVENT to open: one of the article on display if it has
 * one, else the first outlet's. */
static const ClaimlineClaim *
choose_claim (ClaimlineWindow              *self,
              const ClaimlineTimelineEvent *event)
{
  gint64 shown = self->article != NULL ? claimline_article_get_id (self->article) : 0;

  for (guint i = 0; i < event->claims->len; i++)
    {
      const ClaimlineClaim *claim = g_ptr_array_index (event->claims, i);

      if (claim->article_id == shown)
        return claim;
    }
  return event->claims->len > 0 ? g_ptr_array_index (event->claims, 0) : NULL;
}

typedef struct
{
  GWeakRef window;
  gint64   article_id;
  gsize    start;
  gsize    end;
} PendingClaim;

static void
pending_claim_free (PendingClaim *pending)
{
  g_weak_ref_clear (&pending->window);
  g_free (pending);
}

/* Selects the claim at START..END of the article on display and scrolls
 * the article to it. */
static gboolean
select_pending_claim_cb (gpointer user_data)
{
  PendingClaim *pending = user_data;
  g_autoptr(ClaimlineWindow) self = g_weak_ref_get (&pending->window);
  int position;

  if (self == NULL || self->article == NULL
      || claimline_article_get_id (self->article) != pending->article_id)
    return G_SOURCE_REMOVE;

  position = claimline_article_view_find_claim (self->article_view, pending->start, pending->end);
  if (position < 0 || !claimline_article_view_select_claim (self->article_view, position))
    claimline_article_view_reveal_text (self->article_view, pending->start,
                                        (int) (pending->end - pending->start));
  return G_SOURCE_REMOVE;
}

static void
on_timeline_event_activated_cb (ClaimlineWindow       *self,
                                guint                  index,
                                ClaimlineTimelineView *timeline_view)
{
  const ClaimlineTimelineEvent *event = claimline_timeline_view_get_event (timeline_view, index);
  const ClaimlineClaim *claim = choose_claim (self, event);
  PendingClaim *pending;
  int position;

  if (claim == NULL)
    return;
  /* The claim goes away with the groups if the story changes. */
  pending = g_new0 (PendingClaim, 1);
  g_weak_ref_init (&pending->window, self);
  pending->article_id = claim->article_id;
  pending->start = claim->start;
  pending->end = claim->end;

  _claimline_window_open_article (self, pending->article_id, TRUE);
  if (self->article == NULL || claimline_article_get_id (self->article) != pending->article_id)
    {
      pending_claim_free (pending);
      return;
    }

  position = claimline_article_view_find_claim (self->article_view, pending->start, pending->end);
  if (position >= 0)
    _claimline_window_compare_claim (self, position);
  /* The article scrolls once its text is laid out in the room the
   * comparison leaves it. */
  g_idle_add_full (G_PRIORITY_LOW, select_pending_claim_cb, pending,
                   (GDestroyNotify) pending_claim_free);
}

/* The claim chosen in the article marks its event on the timeline. */
static void
on_article_claim_changed_cb (ClaimlineWindow      *self,
                             GParamSpec           *pspec,
                             ClaimlineArticleView *article_view)
{
  int index = claimline_article_view_get_current_claim (article_view);
  const ClaimlineClaim *claim;

  if (!self->timeline_visible || index < 0)
    return;
  claim = claimline_article_view_get_claim (article_view, index);
  if (claim != NULL)
    claimline_timeline_view_highlight_claim (self->timeline_view, claim->id, claim->group_id);
}

void
_claimline_window_class_timeline_init (ClaimlineWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  g_type_ensure (CLAIMLINE_TYPE_TIMELINE_VIEW);
  gtk_widget_class_bind_template_callback (widget_class, on_timeline_event_activated_cb);
  gtk_widget_class_install_property_action (widget_class, "win.show-timeline", "timeline-visible");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F8, 0, "win.show-timeline", NULL);
}

void
_claimline_window_timeline_init (ClaimlineWindow *self)
{
  self->timeline_story_id = -1;
  g_signal_connect_object (self->article_view, "notify::current-claim",
                           G_CALLBACK (on_article_claim_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->timeline_paned, "notify::max-position",
                           G_CALLBACK (on_timeline_paned_sized_cb), self, G_CONNECT_SWAPPED);
  /* Whether it shows is remembered between runs. */
  g_settings_bind (self->settings, "show-timeline", self, "timeline-visible",
                   G_SETTINGS_BIND_DEFAULT);
}
