/* claimline-window.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "claimline-article-row.h"
#include "claimline-window-private.h"

G_DEFINE_FINAL_TYPE (ClaimlineWindow, claimline_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_IMPORTING,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static ClaimlineArticleSort
claimline_window_get_sort_setting (ClaimlineWindow *self)
{
  g_autofree char *sort = g_settings_get_string (self->settings, "sort-order");

  if (g_strcmp0 (sort, "outlet") == 0)
    return CLAIMLINE_ARTICLE_SORT_OUTLET;
  return CLAIMLINE_ARTICLE_SORT_DATE;
}

static gboolean
claimline_window_shows_list_alone (ClaimlineWindow *self)
{
  return adw_leaflet_get_folded (self->leaflet)
         && adw_leaflet_get_visible_child (self->leaflet) == self->sidebar_pane;
}

/* The list marks the article on display as selected, except when a folded
 * window shows the list alone: then nothing is selected, so that choosing
 * the same article again opens it again. */
static void
claimline_window_sync_selection (ClaimlineWindow *self)
{
  guint position = GTK_INVALID_LIST_POSITION;

  if (self->articles == NULL)
    return;

  if (self->article != NULL && !claimline_window_shows_list_alone (self))
    {
      int found = claimline_article_list_find (self->articles,
                                               claimline_article_get_id (self->article));

      if (found >= 0)
        position = found;
    }

  if (gtk_single_selection_get_selected (self->selection) == position)
    return;

  self->syncing_selection = TRUE;
  gtk_single_selection_set_selected (self->selection, position);
  self->syncing_selection = FALSE;

  if (position != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item",
                                "u", position);
}

static char *
claimline_window_format_byline (ClaimlineArticle *article)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char *outlet = claimline_article_get_outlet (article);
  const char *author = claimline_article_get_author (article);

  if (outlet != NULL && *outlet != '\0')
    g_ptr_array_add (parts, g_strdup (outlet));
  g_ptr_array_add (parts, claimline_article_format_date (article));
  if (author != NULL && *author != '\0')
    g_ptr_array_add (parts, g_strdup (author));
  g_ptr_array_add (parts, NULL);

  return g_strjoinv (" · ", (char **) parts->pdata);
}

/* The byline is dimmed with a colour the stylesheet defines (light, dark and
 * high contrast), since text tags cannot be styled with CSS. */
static void
claimline_window_update_tag_colors (ClaimlineWindow *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->article_view);
  GtkTextTag *byline = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer),
                                                  "byline");
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self->article_view));
  GdkRGBA color;

  if (gtk_style_context_lookup_color (context, "claimline_byline_color", &color))
    g_object_set (byline, "foreground-rgba", &color, NULL);
  else
    g_object_set (byline, "foreground-set", FALSE, NULL);
}

static gboolean
update_tag_colors_idle_cb (gpointer user_data)
{
  ClaimlineWindow *self = user_data;

  self->update_colors_source = 0;
  claimline_window_update_tag_colors (self);
  return G_SOURCE_REMOVE;
}

static void
on_style_changed_cb (ClaimlineWindow *self,
                     GParamSpec      *pspec,
                     AdwStyleManager *style_manager)
{
  /* The application swaps its stylesheets on the same notification; read
   * the colour once they are in place. */
  if (self->update_colors_source == 0)
    self->update_colors_source = g_idle_add (update_tag_colors_idle_cb, self);
}

/* Shows ARTICLE (loaded with its text) in the article view, or the
 * "No Article Selected" page when it is NULL. */
static void
claimline_window_show_article (ClaimlineWindow  *self,
                               ClaimlineArticle *article)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->article_view);
  g_autofree char *byline = NULL;
  const char *text;
  GtkTextIter iter;

  g_set_object (&self->article, article);
  gtk_text_buffer_set_text (buffer, "", 0);

  if (article == NULL)
    {
      adw_window_title_set_title (self->content_title, "");
      adw_window_title_set_subtitle (self->content_title, "");
      gtk_stack_set_visible_child_name (self->content_stack, "none");
      return;
    }

  byline = claimline_window_format_byline (article);
  text = claimline_article_get_text (article);

  gtk_text_buffer_get_start_iter (buffer, &iter);
  gtk_text_buffer_insert_with_tags_by_name (buffer, &iter, claimline_article_get_title (article),
                                            -1, "title", NULL);
  gtk_text_buffer_insert (buffer, &iter, "\n", 1);
  gtk_text_buffer_insert_with_tags_by_name (buffer, &iter, byline, -1, "byline", NULL);
  gtk_text_buffer_insert (buffer, &iter, "\n", 1);
  /* Claim offsets count characters of the stored text: this mark is where
   * that text starts in the buffer. */
  gtk_text_buffer_move_mark_by_name (buffer, "body-start", &iter);
  gtk_text_buffer_insert_with_tags_by_name (buffer, &iter, text != NULL ? text : "", -1,
                                            "body", NULL);

  gtk_text_buffer_get_start_iter (buffer, &iter);
  gtk_text_buffer_place_cursor (buffer, &iter);
  gtk_adjustment_set_value (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->article_view)),
                            0.0);

  adw_window_title_set_title (self->content_title, claimline_article_get_title (article));
  adw_window_title_set_subtitle (self->content_title, claimline_article_get_outlet (article));
  gtk_stack_set_visible_child_name (self->content_stack, "article");
}

/* Loads the article ID with its text and shows it; NAVIGATE brings the
 * article view forward when the window is folded. */
static void
claimline_window_open_article (ClaimlineWindow *self,
                               gint64           id,
                               gboolean         navigate)
{
  if (self->article == NULL || claimline_article_get_id (self->article) != id)
    {
      g_autoptr(ClaimlineArticle) article = NULL;
      g_autoptr(GError) error = NULL;

      article = claimline_store_load_article (self->store, id, &error);
      if (article == NULL)
        {
          g_autofree char *message = g_strdup_printf (_("Could not open the article: %s"),
                                                      error->message);

          claimline_window_add_toast (self, message);
          return;
        }

      claimline_window_show_article (self, article);
      g_settings_set_int64 (self->settings, "last-article-id", id);
    }

  if (navigate)
    adw_leaflet_set_visible_child (self->leaflet, self->content_pane);

  claimline_window_sync_selection (self);
}

void
_claimline_window_reload (ClaimlineWindow *self,
                          gint64           select_id,
                          gboolean         navigate)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *subtitle = NULL;
  gboolean reloaded;
  guint n_items;

  g_assert (CLAIMLINE_IS_WINDOW (self));
  g_assert (self->articles != NULL);

  self->syncing_selection = TRUE;
  reloaded = claimline_article_list_reload (self->articles, &error);
  self->syncing_selection = FALSE;

  if (!reloaded)
    {
      g_autofree char *message = g_strdup_printf (_("Could not read the library: %s"),
                                                  error->message);

      claimline_window_add_toast (self, message);
    }

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->articles));
  subtitle = g_strdup_printf (ngettext ("%u article", "%u articles", n_items), n_items);
  adw_window_title_set_subtitle (self->sidebar_title, subtitle);
  gtk_stack_set_visible_child_name (self->main_stack, n_items > 0 ? "library" : "empty");

  if (select_id >= 0 && claimline_article_list_find (self->articles, select_id) >= 0)
    claimline_window_open_article (self, select_id, navigate);
  else
    claimline_window_sync_selection (self);
}

void
_claimline_window_begin_import (ClaimlineWindow *self)
{
  if (self->n_imports++ == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IMPORTING]);
}

void
_claimline_window_end_import (ClaimlineWindow *self)
{
  g_return_if_fail (self->n_imports > 0);

  if (--self->n_imports == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IMPORTING]);
}

static void
on_selected_item_changed_cb (ClaimlineWindow    *self,
                             GParamSpec         *pspec,
                             GtkSingleSelection *selection)
{
  ClaimlineArticle *summary;

  if (self->syncing_selection || self->articles == NULL)
    return;

  summary = gtk_single_selection_get_selected_item (selection);
  if (summary != NULL)
    claimline_window_open_article (self, claimline_article_get_id (summary), TRUE);
}

static void
on_list_view_activate_cb (ClaimlineWindow *self,
                          guint            position,
                          GtkListView     *list_view)
{
  g_autoptr(ClaimlineArticle) summary = NULL;

  if (self->articles == NULL)
    return;

  summary = g_list_model_get_item (G_LIST_MODEL (self->articles), position);
  if (summary != NULL)
    claimline_window_open_article (self, claimline_article_get_id (summary), TRUE);
}

static void
on_leaflet_folded_changed_cb (ClaimlineWindow *self,
                              GParamSpec      *pspec,
                              AdwLeaflet      *leaflet)
{
  claimline_window_sync_selection (self);
}

static void
on_leaflet_visible_child_changed_cb (ClaimlineWindow *self,
                                     GParamSpec      *pspec,
                                     AdwLeaflet      *leaflet)
{
  claimline_window_sync_selection (self);
}

static void
on_sort_order_changed_cb (ClaimlineWindow *self,
                          const char      *key,
                          GSettings       *settings)
{
  if (self->articles == NULL)
    return;

  claimline_article_list_set_sort (self->articles, claimline_window_get_sort_setting (self));
  _claimline_window_reload (self, -1, FALSE);
}

static void
claimline_window_constructed (GObject *object)
{
  ClaimlineWindow *self = (ClaimlineWindow *)object;

  G_OBJECT_CLASS (claimline_window_parent_class)->constructed (object);

  if (self->store == NULL)
    {
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open", FALSE);
      return;
    }

  self->articles = claimline_article_list_new (self->store);
  claimline_article_list_set_sort (self->articles, claimline_window_get_sort_setting (self));

  self->syncing_selection = TRUE;
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->articles));
  self->syncing_selection = FALSE;

  _claimline_window_reload (self, g_settings_get_int64 (self->settings, "last-article-id"),
                            FALSE);

  /* A first start shows the newest article rather than an empty pane. */
  if (self->article == NULL && g_list_model_get_n_items (G_LIST_MODEL (self->articles)) > 0)
    {
      g_autoptr(ClaimlineArticle) first = g_list_model_get_item (G_LIST_MODEL (self->articles), 0);

      claimline_window_open_article (self, claimline_article_get_id (first), FALSE);
    }
}

static void
claimline_window_dispose (GObject *object)
{
  ClaimlineWindow *self = (ClaimlineWindow *)object;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->update_colors_source, g_source_remove);

  gtk_widget_dispose_template (GTK_WIDGET (self), CLAIMLINE_TYPE_WINDOW);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->article);
  g_clear_object (&self->articles);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (claimline_window_parent_class)->dispose (object);
}

static void
claimline_window_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  ClaimlineWindow *self = CLAIMLINE_WINDOW (object);

  switch (prop_id)
    {
    case PROP_IMPORTING:
      g_value_set_boolean (value, claimline_window_get_importing (self));
      break;

    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
claimline_window_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  ClaimlineWindow *self = CLAIMLINE_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
claimline_window_class_init (ClaimlineWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = claimline_window_constructed;
  object_class->dispose = claimline_window_dispose;
  object_class->get_property = claimline_window_get_property;
  object_class->set_property = claimline_window_set_property;

  properties[PROP_IMPORTING] =
    g_param_spec_boolean ("importing", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         CLAIMLINE_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (CLAIMLINE_TYPE_ARTICLE_ROW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/claimline-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ClaimlineWindow, article_view);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineWindow, content_pane);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineWindow, drop_highlight);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineWindow, list_view);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineWindow, selection);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineWindow, sidebar_pane);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineWindow, sidebar_title);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineWindow, toast_overlay);
  gtk_widget_class_bind_template_callback (widget_class, on_leaflet_folded_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_leaflet_visible_child_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_list_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_selected_item_changed_cb);

  _claimline_window_class_actions_init (klass);
}

static void
claimline_window_init (ClaimlineWindow *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->settings = g_settings_new (APPLICATION_ID);

  g_settings_bind (self->settings, "window-width", self, "default-width",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized",
                   G_SETTINGS_BIND_DEFAULT);
  g_signal_connect_object (self->settings, "changed::sort-order",
                           G_CALLBACK (on_sort_order_changed_cb), self,
                           G_CONNECT_SWAPPED);

  buffer = gtk_text_view_get_buffer (self->article_view);
  gtk_text_buffer_get_start_iter (buffer, &start);
  gtk_text_buffer_create_mark (buffer, "body-start", &start, TRUE);

  claimline_window_update_tag_colors (self);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (on_style_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::high-contrast",
                           G_CALLBACK (on_style_changed_cb), self,
                           G_CONNECT_SWAPPED);

  _claimline_window_actions_init (self);
}

ClaimlineWindow *
claimline_window_new (ClaimlineApplication *application,
                      ClaimlineStore       *store)
{
  g_return_val_if_fail (CLAIMLINE_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (store == NULL || CLAIMLINE_IS_STORE (store), NULL);

  return g_object_new (CLAIMLINE_TYPE_WINDOW,
                       "application", application,
                       "store", store,
                       NULL);
}

ClaimlineStore *
claimline_window_get_store (ClaimlineWindow *self)
{
  g_return_val_if_fail (CLAIMLINE_IS_WINDOW (self), NULL);

  return self->store;
}

gboolean
claimline_window_get_importing (ClaimlineWindow *self)
{
  g_return_val_if_fail (CLAIMLINE_IS_WINDOW (self), FALSE);

  return self->n_imports > 0;
}

void
claimline_window_show_store_error (ClaimlineWindow *self,
                                   const GError    *error)
{
  g_autofree char *description = NULL;

  g_return_if_fail (CLAIMLINE_IS_WINDOW (self));
  g_return_if_fail (error != NULL);

  description = g_markup_escape_text (error->message, -1);
  adw_status_page_set_description (self->error_page, description);
  gtk_stack_set_visible_child_name (self->main_stack, "error");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open", FALSE);
}

void
claimline_window_add_toast (ClaimlineWindow *self,
                            const char      *title)
{
  g_autofree char *markup = NULL;
  AdwToast *toast;

  g_return_if_fail (CLAIMLINE_IS_WINDOW (self));
  g_return_if_fail (title != NULL);

  markup = g_markup_escape_text (title, -1);
  toast = adw_toast_new (markup);
  /* Longer messages (errors name a file and a reason) need time to read. */
  if (g_utf8_strlen (title, -1) > 40)
    adw_toast_set_timeout (toast, 8);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
claimline_window_import_files (ClaimlineWindow  *self,
                               GFile           **files,
                               guint             n_files)
{
  g_autoptr(GPtrArray) file_list = NULL;

  g_return_if_fail (CLAIMLINE_IS_WINDOW (self));
  g_return_if_fail (files != NULL || n_files == 0);

  file_list = g_ptr_array_new_full (n_files, g_object_unref);
  for (guint i = 0; i < n_files; i++)
    g_ptr_array_add (file_list, g_object_ref (files[i]));

  _claimline_window_import_file_list (self, file_list);
}
