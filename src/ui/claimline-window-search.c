/* claimline-window-search.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Full-text search over every article, above the article list; a result
 * opens its article at the match.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "claimline-error.h"
#include "claimline-search-row.h"
#include "claimline-window-private.h"

/* Results listed at most; the best come first. */
#define MAX_SEARCH_RESULTS 200

/* The article list, or what stands in for it: the results of a search, or
 * the status of an empty story. */
void
_claimline_window_show_list_page (ClaimlineWindow *self)
{
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  guint n_items = self->articles != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->articles)) : 0;

  if (gtk_search_bar_get_search_mode (self->search_bar) && *query != '\0')
    {
      gboolean has_results = gtk_widget_get_first_child (GTK_WIDGET (self->results_list)) != NULL;

      gtk_stack_set_visible_child_name (self->list_stack, has_results ? "results" : "no-results");
    }
  else
    gtk_stack_set_visible_child_name (self->list_stack, n_items > 0 ? "articles" : "empty-story");
}

static void
claimline_window_clear_results (ClaimlineWindow *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->results_list))) != NULL)
    gtk_list_box_remove (self->results_list, child);
}

static void
claimline_window_search (ClaimlineWindow *self,
                         const char      *query)
{
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GError) error = NULL;

  claimline_window_clear_results (self);

  if (self->store == NULL || *query == '\0')
    {
      _claimline_window_show_list_page (self);
      return;
    }

  hits = claimline_store_search (self->store, query, MAX_SEARCH_RESULTS, &error);
  if (hits == NULL)
    {
      /* A query of punctuation only has nothing to look for: no results. */
      if (g_error_matches (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_INVALID_ARGUMENT))
        adw_status_page_set_description (self->no_results_page, _("Try other words"));
      else
        {
          g_autofree char *description = g_markup_escape_text (error->message, -1);

          adw_status_page_set_description (self->no_results_page, description);
        }
      _claimline_window_show_list_page (self);
      return;
    }

  for (guint i = 0; i < hits->len; i++)
    gtk_list_box_append (self->results_list,
                         claimline_search_row_new (g_ptr_array_index (hits, i)));

  adw_status_page_set_description (self->no_results_page, _("Try other words"));
  _claimline_window_show_list_page (self);
}

void
_claimline_window_start_search (ClaimlineWindow *self)
{
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->list_pane);

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
on_search_changed_cb (ClaimlineWindow *self,
                      GtkSearchEntry  *entry)
{
  g_autofree char *query = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));

  claimline_window_search (self, query);
}

static void
on_search_mode_changed_cb (ClaimlineWindow *self,
                           GParamSpec      *pspec,
                           GtkSearchBar    *search_bar)
{
  if (gtk_search_bar_get_search_mode (search_bar))
    return;

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  claimline_window_clear_results (self);
  _claimline_window_show_list_page (self);
}

static void
claimline_window_open_result (ClaimlineWindow    *self,
                              ClaimlineSearchRow *row)
{
  int offset = claimline_search_row_get_match_offset (row);

  _claimline_window_open_article (self, claimline_search_row_get_article_id (row), TRUE);
  if (offset >= 0)
    claimline_article_view_reveal_text (self->article_view, (gsize) offset, -1);
}

static void
on_search_activate_cb (ClaimlineWindow *self,
                       GtkSearchEntry  *entry)
{
  GtkListBoxRow *first = gtk_list_box_get_row_at_index (self->results_list, 0);

  if (first != NULL)
    claimline_window_open_result (self, CLAIMLINE_SEARCH_ROW (first));
}

static void
on_result_activated_cb (ClaimlineWindow *self,
                        GtkListBoxRow   *row,
                        GtkListBox      *list_box)
{
  claimline_window_open_result (self, CLAIMLINE_SEARCH_ROW (row));
}

void
_claimline_window_class_search_init (ClaimlineWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_bind_template_callback (widget_class, on_result_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_mode_changed_cb);
}
