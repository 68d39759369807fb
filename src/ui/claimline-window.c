/* claimline-window.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "claimline-article-row.h"
#include "claimline-format.h"
#include "claimline-story-row.h"
#include "claimline-window-private.h"

G_DEFINE_FINAL_TYPE (ClaimlineWindow, claimline_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_COMPARISON_VISIBLE,
  PROP_IMPORT_FRACTION,
  PROP_IMPORT_STATUS,
  PROP_IMPORTING,
  PROP_STORE,
  PROP_TIMELINE_VISIBLE,
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

/* Whether a folded window shows PANE alone. */
gboolean
_claimline_window_shows_alone (ClaimlineWindow *self,
                               GtkWidget       *pane)
{
  return adw_leaflet_get_folded (self->leaflet)
         && adw_leaflet_get_visible_child (self->leaflet) == pane;
}

/* The list marks the article on display as selected, except when a folded
 * window shows the list alone: then nothing is selected, so that choosing
 * the same article again opens it again. */
void
_claimline_window_sync_selection (ClaimlineWindow *self)
{
  guint position = GTK_INVALID_LIST_POSITION;

  if (self->articles == NULL)
    return;

  if (self->article != NULL && !_claimline_window_shows_alone (self, self->list_pane))
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

void
_claimline_window_update_list_title (ClaimlineWindow *self)
{
  ClaimlineStoryItem *item = _claimline_window_get_story_item (self);
  g_autofree char *subtitle = NULL;
  guint n_items = 0;

  if (self->articles != NULL)
    n_items = g_list_model_get_n_items (G_LIST_MODEL (self->articles));

  subtitle = g_strdup_printf (ngettext ("%u article", "%u articles", n_items), n_items);
  adw_window_title_set_title (self->list_title,
                              item != NULL ? claimline_story_item_get_title (item) : _("All Articles"));
  adw_window_title_set_subtitle (self->list_title, subtitle);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->list_title),
                               item != NULL ? claimline_story_item_get_title (item) : NULL);
}

/* Shows ARTICLE (loaded with its text) and its highlighted claims, or the
 * "No Article Selected" page when it is NULL. */
static void
claimline_window_show_article (ClaimlineWindow  *self,
                               ClaimlineArticle *article)
{
  g_autoptr(GPtrArray) claims = NULL;
  g_autoptr(GError) error = NULL;

  g_set_object (&self->article, article);

  if (article == NULL)
    {
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.next-claim", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.previous-claim", FALSE);
      claimline_article_view_set_article (self->article_view, NULL, NULL);
      adw_window_title_set_title (self->content_title, "");
      adw_window_title_set_subtitle (self->content_title, "");
      gtk_stack_set_visible_child_name (self->content_stack, "none");
      _claimline_window_update_timeline (self, FALSE);
      return;
    }

  claims = claimline_store_load_claims (self->store, claimline_article_get_id (article), &error);
  if (claims == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Could not read the claims of the article: %s"),
                                                  error->message);

      claimline_window_add_toast (self, message);
    }

  claimline_article_view_set_article (self->article_view, article, claims);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.next-claim",
                                 claims != NULL && claims->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.previous-claim",
                                 claims != NULL && claims->len > 0);
  claimline_comparison_panel_set_current_article (self->comparison_panel,
                                                  claimline_article_get_id (article));
  adw_window_title_set_title (self->content_title, claimline_article_get_title (article));
  adw_window_title_set_subtitle (self->content_title, claimline_article_get_outlet (article));
  gtk_stack_set_visible_child_name (self->content_stack, "article");
  _claimline_window_update_timeline (self, FALSE);
}

/* Loads the article ID with its text and shows it; NAVIGATE brings the
 * article view forward when the window is folded. */
void
_claimline_window_open_article (ClaimlineWindow *self,
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

  _claimline_window_sync_selection (self);
}

static void
claimline_window_update_main_page (ClaimlineWindow *self)
{
  const char *page;

  if (self->store == NULL)
    return;

  if (_claimline_window_get_library_size (self) > 0)
    page = "library";
  else if (self->n_imports > 0)
    page = "loading";
  else
    page = "empty";
  gtk_stack_set_visible_child_name (self->main_stack, page);
}

/* After the list changed: its title and page, and the article on display
 * (SELECT_ID, or the one shown before) selected in it. */
static void
claimline_window_list_changed (ClaimlineWindow *self,
                               gint64           select_id,
                               gboolean         navigate)
{
  /* An article outside the story on display is shown among all articles. */
  if (select_id >= 0 && self->story_id != 0
      && claimline_article_list_find (self->articles, select_id) < 0)
    _claimline_window_set_story (self, 0, FALSE);

  _claimline_window_update_list_title (self);
  _claimline_window_show_list_page (self);
  claimline_window_update_main_page (self);

  if (select_id >= 0 && claimline_article_list_find (self->articles, select_id) >= 0)
    _claimline_window_open_article (self, select_id, navigate);
  else
    _claimline_window_sync_selection (self);
}

static void
claimline_window_report_list_error (ClaimlineWindow *self,
                                    const GError    *error)
{
  g_autofree char *message = g_strdup_printf (_("Could not read the library: %s"),
                                              error->message);

  claimline_window_add_toast (self, message);
}

void
_claimline_window_reload (ClaimlineWindow *self,
                          gint64           select_id,
                          gboolean         navigate)
{
  g_autoptr(GError) error = NULL;

  g_assert (CLAIMLINE_IS_WINDOW (self));
  g_assert (self->articles != NULL);

  _claimline_window_reload_stories (self);
  /* An import changes the story's groups. */
  _claimline_window_update_timeline (self, TRUE);

  if (!claimline_article_list_reload (self->articles, &error))
    claimline_window_report_list_error (self, error);
  claimline_window_list_changed (self, select_id, navigate);
}

static void
reload_paced_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(ClaimlineWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!claimline_article_list_reload_finish (CLAIMLINE_ARTICLE_LIST (object), result, &error))
    claimline_window_report_list_error (self, error);
  if (self->articles == CLAIMLINE_ARTICLE_LIST (object))
    claimline_window_list_changed (self, -1, FALSE);
}

/* Like _claimline_window_reload(), for articles arriving while the reader
 * uses the window (a feed refresh): the list takes them in a few rows per
 * main-loop turn. */
void
_claimline_window_reload_paced (ClaimlineWindow *self)
{
  g_assert (CLAIMLINE_IS_WINDOW (self));
  g_assert (self->articles != NULL);

  _claimline_window_reload_stories_async (self);
  _claimline_window_update_timeline (self, TRUE);
  claimline_article_list_reload_async (self->articles, NULL, reload_paced_cb, g_object_ref (self));
}

void
_claimline_window_notify_import (ClaimlineWindow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IMPORTING]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IMPORT_FRACTION]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IMPORT_STATUS]);
  claimline_window_update_main_page (self);
}

void
_claimline_window_set_comparison_visible (ClaimlineWindow *self,
                                          gboolean         visible)
{
  visible = !!visible;
  if (self->comparison_visible == visible)
    return;

  self->comparison_visible = visible;

  /* The first time, the comparison takes the lower part of the pane. */
  if (visible && !self->comparison_placed)
    {
      int height = gtk_widget_get_height (GTK_WIDGET (self->content_paned));

      if (height > 0)
        {
          gtk_paned_set_position (self->content_paned, MAX (height * 11 / 20, height - 420));
          self->comparison_placed = TRUE;
        }
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPARISON_VISIBLE]);
}

static void
on_articles_changing_cb (ClaimlineWindow *self,
                         guint            position,
                         guint            removed,
                         guint            added,
                         GListModel      *model)
{
  self->list_changing++;
}

static void
on_articles_changed_cb (ClaimlineWindow *self,
                        guint            position,
                        guint            removed,
                        guint            added,
                        GListModel      *model)
{
  self->list_changing--;
}

static void
on_selected_item_changed_cb (ClaimlineWindow    *self,
                             GParamSpec         *pspec,
                             GtkSingleSelection *selection)
{
  ClaimlineArticle *summary;

  if (self->syncing_selection || self->list_changing > 0 || self->articles == NULL)
    return;

  summary = gtk_single_selection_get_selected_item (selection);
  if (summary != NULL)
    _claimline_window_open_article (self, claimline_article_get_id (summary), TRUE);
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
    _claimline_window_open_article (self, claimline_article_get_id (summary), TRUE);
}

static void
on_leaflet_folded_changed_cb (ClaimlineWindow *self,
                              GParamSpec      *pspec,
                              AdwLeaflet      *leaflet)
{
  _claimline_window_sync_story_selection (self);
  _claimline_window_sync_selection (self);
}

static void
on_leaflet_visible_child_changed_cb (ClaimlineWindow *self,
                                     GParamSpec      *pspec,
                                     AdwLeaflet      *leaflet)
{
  _claimline_window_sync_story_selection (self);
  _claimline_window_sync_selection (self);
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

  claimline_article_view_set_store (self->article_view, self->store);
  claimline_comparison_panel_set_store (self->comparison_panel, self->store);

  self->articles = claimline_article_list_new (self->store);
  claimline_article_list_set_sort (self->articles, claimline_window_get_sort_setting (self));
  /* Changes of the list move or replace the selected row: that is not the
   * reader choosing an article.  (Connected before the selection's own
   * handler, and after it.) */
  g_signal_connect_object (self->articles, "items-changed", G_CALLBACK (on_articles_changing_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->articles, "items-changed", G_CALLBACK (on_articles_changed_cb),
                           self, G_CONNECT_SWAPPED | G_CONNECT_AFTER);

  self->syncing_selection = TRUE;
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->articles));
  self->syncing_selection = FALSE;

  /* The story chosen last time; reloading falls back to all articles
   * when it is gone. */
  self->story_id = g_settings_get_int64 (self->settings, "last-story-id");
  self->syncing_selection = TRUE;
  claimline_article_list_set_story (self->articles, self->story_id);
  self->syncing_selection = FALSE;

  _claimline_window_reload (self, g_settings_get_int64 (self->settings, "last-article-id"),
                            FALSE);

  /* A first start shows the newest article rather than an empty pane. */
  if (self->article == NULL && g_list_model_get_n_items (G_LIST_MODEL (self->articles)) > 0)
    {
      g_autoptr(ClaimlineArticle) first = g_list_model_get_item (G_LIST_MODEL (self->articles), 0);

      _claimline_window_open_article (self, claimline_article_get_id (first), FALSE);
    }
}

static void
claimline_window_dispose (GObject *object)
{
  ClaimlineWindow *self = (ClaimlineWindow *)object;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  if (self->import_cancellable != NULL)
    g_cancellable_cancel (self->import_cancellable);
  _claimline_window_feeds_dispose (self);

  gtk_widget_dispose_template (GTK_WIDGET (self), CLAIMLINE_TYPE_WINDOW);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->import_cancellable);
  g_clear_object (&self->article);
  g_clear_object (&self->articles);
  g_clear_object (&self->stories);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (claimline_window_parent_class)->dispose (object);
}

static void
claimline_window_finalize (GObject *object)
{
  ClaimlineWindow *self = (ClaimlineWindow *)object;

  g_free (self->import_status);

  G_OBJECT_CLASS (claimline_window_parent_class)->finalize (object);
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
    case PROP_COMPARISON_VISIBLE:
      g_value_set_boolean (value, self->comparison_visible);
      break;

    case PROP_IMPORT_FRACTION:
      g_value_set_double (value, self->import_total > 0
                                 ? (double) self->import_done / self->import_total : 0.0);
      break;

    case PROP_IMPORT_STATUS:
      g_value_set_string (value, self->import_status != NULL ? self->import_status : "");
      break;

    case PROP_IMPORTING:
      g_value_set_boolean (value, claimline_window_get_importing (self));
      break;

    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_TIMELINE_VISIBLE:
      g_value_set_boolean (value, self->timeline_visible);
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
    case PROP_COMPARISON_VISIBLE:
      _claimline_window_set_comparison_visible (self, g_value_get_boolean (value));
      break;

    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_TIMELINE_VISIBLE:
      _claimline_window_set_timeline_visible (self, g_value_get_boolean (value));
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
  object_class->finalize = claimline_window_finalize;
  object_class->get_property = claimline_window_get_property;
  object_class->set_property = claimline_window_set_property;

  properties[PROP_COMPARISON_VISIBLE] =
    g_param_spec_boolean ("comparison-visible", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_IMPORT_FRACTION] =
    g_param_spec_double ("import-fraction", NULL, NULL,
                         0.0, 1.0, 0.0,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_IMPORT_STATUS] =
    g_param_spec_string ("import-status", NULL, NULL,
                         "",
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_IMPORTING] =
    g_param_spec_boolean ("importing", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         CLAIMLINE_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TIMELINE_VISIBLE] =
    g_param_spec_boolean ("timeline-visible", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (CLAIMLINE_TYPE_ARTICLE_ROW);
  g_type_ensure (CLAIMLINE_TYPE_ARTICLE_VIEW);
  g_type_ensure (CLAIMLINE_TYPE_COMPARISON_PANEL);
  g_type_ensure (CLAIMLINE_TYPE_STORY_ROW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/claimline-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ClaimlineWindow, article_view);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineWindow, comparison_panel);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineWindow, content_pane);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineWindow, content_paned);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineWindow, drop_highlight);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineWindow, feeds_popover);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineWindow, list_pane);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineWindow, list_stack);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineWindow, list_title);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineWindow, list_view);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineWindow, no_results_page);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineWindow, results_list);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineWindow, selection);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineWindow, stories_pane);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineWindow, stories_view);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineWindow, story_selection);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineWindow, timeline_paned);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineWindow, timeline_view);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineWindow, toast_overlay);
  gtk_widget_class_bind_template_callback (widget_class, on_leaflet_folded_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_leaflet_visible_child_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_list_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_selected_item_changed_cb);
  _claimline_window_class_stories_init (klass);
  _claimline_window_class_search_init (klass);
  _claimline_window_class_timeline_init (klass);
  _claimline_window_class_feeds_init (klass);

  _claimline_window_class_actions_init (klass);
}

/* Rows are made and bound in code: a list view makes up to 200 of them
 * at once when many articles arrive, and parsing a row description for
 * each, with an expression binding, cost about a millisecond a row. */
static void
on_article_row_setup_cb (GtkSignalListItemFactory *factory,
                         GtkListItem              *item,
                         gpointer                  user_data)
{
  gtk_list_item_set_child (item, claimline_article_row_new ());
}

static void
on_article_row_bind_cb (GtkSignalListItemFactory *factory,
                        GtkListItem              *item,
                        gpointer                  user_data)
{
  claimline_article_row_set_article (CLAIMLINE_ARTICLE_ROW (gtk_list_item_get_child (item)),
                                     gtk_list_item_get_item (item));
}

static void
on_article_row_unbind_cb (GtkSignalListItemFactory *factory,
                          GtkListItem              *item,
                          gpointer                  user_data)
{
  claimline_article_row_set_article (CLAIMLINE_ARTICLE_ROW (gtk_list_item_get_child (item)), NULL);
}

static void
claimline_window_init (ClaimlineWindow *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (factory, "setup", G_CALLBACK (on_article_row_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_article_row_bind_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_article_row_unbind_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);

  self->cancellable = g_cancellable_new ();
  self->settings = g_settings_new (APPLICATION_ID);
  self->stories = g_list_store_new (CLAIMLINE_TYPE_STORY_ITEM);

  self->syncing_stories = TRUE;
  gtk_single_selection_set_model (self->story_selection, G_LIST_MODEL (self->stories));
  self->syncing_stories = FALSE;

  g_settings_bind (self->settings, "window-width", self, "default-width",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "highlight-hedged", self->article_view, "highlight-hedged",
                   G_SETTINGS_BIND_GET);
  g_signal_connect_object (self->settings, "changed::sort-order",
                           G_CALLBACK (on_sort_order_changed_cb), self,
                           G_CONNECT_SWAPPED);

  _claimline_window_actions_init (self);
  _claimline_window_timeline_init (self);
  _claimline_window_feeds_init (self);
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
  g_autoptr(GPtrArray) list = NULL;

  g_return_if_fail (CLAIMLINE_IS_WINDOW (self));
  g_return_if_fail (files != NULL || n_files == 0);

  list = g_ptr_array_new_full (n_files, g_object_unref);
  for (guint i = 0; i < n_files; i++)
    g_ptr_array_add (list, g_object_ref (files[i]));

  _claimline_window_import_file_list (self, list);
}
