/* claimline-window-stories.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sidebar of stories: "All Articles" first, then every story of the
 * library; choosing one shows its articles in the list.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "claimline-id-diff.h"
#include "claimline-window-private.h"

static int
claimline_window_find_story (ClaimlineWindow *self,
                             gint64           story_id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->stories));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ClaimlineStoryItem) item = g_list_model_get_item (G_LIST_MODEL (self->stories), i);

      if (claimline_story_item_get_id (item) == story_id)
        return (int) i;
    }
  return -1;
}

ClaimlineStoryItem *
_claimline_window_get_story_item (ClaimlineWindow *self)
{
  ClaimlineStoryItem *item;
  int position = claimline_window_find_story (self, self->story_id);

  if (position < 0)
    return NULL;

  item = g_list_model_get_item (G_LIST_MODEL (self->stories), position);
  /* The list store keeps its own reference. */
  g_object_unref (item);
  return item;
}

/* Every article of the library, as "All Articles" counts them. */
guint
_claimline_window_get_library_size (ClaimlineWindow *self)
{
  g_autoptr(ClaimlineStoryItem) all = NULL;

  if (g_list_model_get_n_items (G_LIST_MODEL (self->stories)) == 0)
    return 0;

  all = g_list_model_get_item (G_LIST_MODEL (self->stories), 0);
  return claimline_story_item_get_n_articles (all);
}

/* The sidebar marks the story on display, except when a folded window
 * shows the sidebar alone, so that choosing it again goes to its list. */
void
_claimline_window_sync_story_selection (ClaimlineWindow *self)
{
  guint position = GTK_INVALID_LIST_POSITION;
  int found;

  if (!_claimline_window_shows_alone (self, self->stories_pane)
      && (found = claimline_window_find_story (self, self->story_id)) >= 0)
    position = found;

  if (gtk_single_selection_get_selected (self->story_selection) == position)
    return;

  self->syncing_stories = TRUE;
  gtk_single_selection_set_selected (self->story_selection, position);
  self->syncing_stories = FALSE;
}

static GArray *
story_ids (GListModel *model)
{
  guint n = g_list_model_get_n_items (model);
  GArray *ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ClaimlineStoryItem) item = g_list_model_get_item (model, i);
      gint64 id = claimline_story_item_get_id (item);

      g_array_append_val (ids, id);
    }
  return ids;
}

/* Turns the sidebar's items into ITEMS, changing only the rows whose
 * story came, went, moved or changed: replacing them all rebuilt every
 * row of the sidebar after each refresh. */
static void
claimline_window_update_story_items (ClaimlineWindow *self,
                                     GPtrArray       *items)
{
  GListModel *model = G_LIST_MODEL (self->stories);
  g_autoptr(GArray) old_ids = story_ids (model);
  g_autoptr(GArray) new_ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), items->len);
  g_autoptr(ClaimlineIdDiff) diff = NULL;
  ClaimlineIdChange change;

  for (guint i = 0; i < items->len; i++)
    {
      gint64 id = claimline_story_item_get_id (g_ptr_array_index (items, i));

      g_array_append_val (new_ids, id);
    }

  diff = claimline_id_diff_new (old_ids, new_ids);
  while (claimline_id_diff_next (diff, 0, &change))
    g_list_store_splice (self->stories, change.position, change.removed,
                         items->pdata + change.new_start, change.added);

  /* The stories that stayed keep their rows unless what they show changed. */
  for (guint i = 0; i < items->len; i++)
    {
      g_autoptr(ClaimlineStoryItem) shown = g_list_model_get_item (model, i);

      if (shown != g_ptr_array_index (items, i)
          && !claimline_story_item_equal (shown, g_ptr_array_index (items, i)))
        g_list_store_splice (self->stories, i, 1, items->pdata + i, 1);
    }
}

/* Shows STORIES (NULL when they could not be read: ERROR) with N_ARTICLES
 * in all, and keeps the story on display selected, or falls back to all
 * articles. */
static void
claimline_window_show_stories (ClaimlineWindow *self,
                               GPtrArray       *stories,
                               gint64           n_articles,
                               const GError    *error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_conflicts = 0;

  if (stories == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Could not read the stories: %s"),
                                                  error->message);

      claimline_window_add_toast (self, message);
      n_articles = MAX (n_articles, 0);
    }

  for (guint i = 0; stories != NULL && i < stories->len; i++)
    {
      const ClaimlineStory *story = g_ptr_array_index (stories, i);

      n_conflicts += story->n_conflicts;
      g_ptr_array_add (items, claimline_story_item_new (story));
    }
  g_ptr_array_insert (items, 0, claimline_story_item_new_all ((guint) n_articles, n_conflicts));

  self->syncing_stories = TRUE;
  claimline_window_update_story_items (self, items);
  self->syncing_stories = FALSE;

  if (claimline_window_find_story (self, self->story_id) < 0)
    _claimline_window_set_story (self, 0, FALSE);
  _claimline_window_sync_story_selection (self);
}

/* Reads the stories again (counts and conflicts change with every import)
 * and shows them. */
void
_claimline_window_reload_stories (ClaimlineWindow *self)
{
  g_autoptr(GPtrArray) stories = NULL;
  g_autoptr(GError) error = NULL;
  gint64 n_articles;

  if (self->store == NULL)
    return;

  /* A read in a worker that started before is out of date now. */
  self->stories_generation++;
  n_articles = claimline_store_count_articles (self->store, &error);
  if (n_articles >= 0)
    stories = claimline_store_list_stories (self->store, &error);
  claimline_window_show_stories (self, stories, n_articles, error);
}

typedef struct
{
  char      *path;
  guint      generation;
  gint64     n_articles;
  GPtrArray *stories;
} StoriesRead;

static void
stories_read_free (StoriesRead *read)
{
  g_free (read->path);
  g_clear_pointer (&read->stories, g_ptr_array_unref);
  g_free (read);
}

static void
read_stories_thread (GTask        *task,
                     gpointer      source_object,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  StoriesRead *read = task_data;
  g_autoptr(ClaimlineStore) store = NULL;
  GError *error = NULL;

  store = claimline_store_new (read->path, &error);
  if (store != NULL && (read->n_articles = claimline_store_count_articles (store, &error)) >= 0)
    read->stories = claimline_store_list_stories (store, &error);
  if (read->stories == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
read_stories_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  ClaimlineWindow *self = CLAIMLINE_WINDOW (object);
  StoriesRead *read = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error)
      && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (self->store == NULL || read->generation != self->stories_generation)
    return;
  claimline_window_show_stories (self, read->stories, read->n_articles, error);
}

/* Like _claimline_window_reload_stories(), reading them in a worker
 * thread with a connection of its own: with thousands of stories, counting
 * each one's articles and conflicts took tens of milliseconds. */
void
_claimline_window_reload_stories_async (ClaimlineWindow *self)
{
  g_autoptr(GTask) task = NULL;
  StoriesRead *read;
  const char *path;

  if (self->store == NULL)
    return;
  path = claimline_store_get_path (self->store);
  if (path == NULL || g_str_equal (path, ":memory:"))
    {
      _claimline_window_reload_stories (self);
      return;
    }

  read = g_new0 (StoriesRead, 1);
  read->path = g_strdup (path);
  read->generation = ++self->stories_generation;
  task = g_task_new (self, self->cancellable, read_stories_cb, NULL);
  g_task_set_source_tag (task, _claimline_window_reload_stories_async);
  g_task_set_task_data (task, read, (GDestroyNotify) stories_read_free);
  g_task_run_in_thread (task, read_stories_thread);
}

/* Shows the articles of STORY_ID (0: all); NAVIGATE brings the list
 * forward when the window is folded. */
void
_claimline_window_set_story (ClaimlineWindow *self,
                             gint64           story_id,
                             gboolean         navigate)
{
  if (self->story_id != story_id)
    {
      self->story_id = story_id;
      g_settings_set_int64 (self->settings, "last-story-id", story_id);

      if (self->articles != NULL)
        {
          self->syncing_selection = TRUE;
          claimline_article_list_set_story (self->articles, story_id);
          self->syncing_selection = FALSE;
        }

      gtk_search_bar_set_search_mode (self->search_bar, FALSE);
      _claimline_window_update_list_title (self);
      _claimline_window_show_list_page (self);
      _claimline_window_sync_selection (self);
      _claimline_window_update_timeline (self, FALSE);
    }

  if (navigate)
    adw_leaflet_set_visible_child (self->leaflet, self->list_pane);

  _claimline_window_sync_story_selection (self);
}

static void
on_story_selected_cb (ClaimlineWindow    *self,
                      GParamSpec         *pspec,
                      GtkSingleSelection *selection)
{
  ClaimlineStoryItem *item;

  if (self->syncing_stories)
    return;

  item = gtk_single_selection_get_selected_item (selection);
  if (item != NULL)
    _claimline_window_set_story (self, claimline_story_item_get_id (item), TRUE);
}

static void
on_stories_view_activate_cb (ClaimlineWindow *self,
                             guint            position,
                             GtkListView     *list_view)
{
  g_autoptr(ClaimlineStoryItem) item = g_list_model_get_item (G_LIST_MODEL (self->stories),
                                                              position);

  if (item != NULL)
    _claimline_window_set_story (self, claimline_story_item_get_id (item), TRUE);
}

void
_claimline_window_class_stories_init (ClaimlineWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_bind_template_callback (widget_class, on_stories_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_story_selected_cb);
}
