/* claimline-search-row.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "claimline-search-row.h"

struct _ClaimlineSearchRow
{
  GtkListBoxRow  parent_instance;

  gint64         article_id;
  int            match_offset;

  /* Template widgets */
  GtkLabel      *outlet_label;
  GtkLabel      *snippet_label;
  GtkLabel      *title_label;
};

G_DEFINE_FINAL_TYPE (ClaimlineSearchRow, claimline_search_row, GTK_TYPE_LIST_BOX_ROW)

char *
claimline_search_row_snippet_markup (const char *snippet)
{
  g_autoptr(GString) markup = g_string_new (NULL);
  const char *p = snippet;

  g_return_val_if_fail (snippet != NULL, NULL);

  while (*p != '\0')
    {
      const char *open = strchr (p, '[');
      const char *close = open != NULL ? strchr (open + 1, ']') : NULL;
      g_autofree char *before = NULL;
      g_autofree char *match = NULL;

      if (open == NULL || close == NULL)
        {
          g_autofree char *rest = g_markup_escape_text (p, -1);

          g_string_append (markup, rest);
          break;
        }

      before = g_markup_escape_text (p, open - p);
      match = g_markup_escape_text (open + 1, close - open - 1);
      g_string_append_printf (markup, "%s<b>%s</b>", before, match);
      p = close + 1;
    }

  return g_string_free (g_steal_pointer (&markup), FALSE);
}

static void
claimline_search_row_class_init (ClaimlineSearchRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/claimline-search-row.ui");
  gtk_widget_class_bind_template_child (widget_class, ClaimlineSearchRow, outlet_label);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineSearchRow, snippet_label);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineSearchRow, title_label);
}

static void
claimline_search_row_init (ClaimlineSearchRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
claimline_search_row_new (const ClaimlineSearchHit *hit)
{
  ClaimlineSearchRow *self;
  g_autofree char *snippet = NULL;

  g_return_val_if_fail (hit != NULL, NULL);

  self = g_object_new (CLAIMLINE_TYPE_SEARCH_ROW, NULL);
  self->article_id = hit->article_id;
  self->match_offset = hit->match_offset;

  snippet = claimline_search_row_snippet_markup (hit->snippet != NULL ? hit->snippet : "");
  gtk_label_set_label (self->outlet_label,
                       hit->outlet != NULL ? hit->outlet : _("Unknown Outlet"));
  gtk_label_set_label (self->title_label, hit->title != NULL ? hit->title : "");
  gtk_label_set_markup (self->snippet_label, snippet);
  gtk_widget_set_visible (GTK_WIDGET (self->snippet_label), *snippet != '\0');

  return GTK_WIDGET (self);
}

gint64
claimline_search_row_get_article_id (ClaimlineSearchRow *self)
{
  g_return_val_if_fail (CLAIMLINE_IS_SEARCH_ROW (self), 0);

  return self->article_id;
}

int
claimline_search_row_get_match_offset (ClaimlineSearchRow *self)
{
  g_return_val_if_fail (CLAIMLINE_IS_SEARCH_ROW (self), -1);

  return self->match_offset;
}
