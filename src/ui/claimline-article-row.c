/* claimline-article-row.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "claimline-article-row.h"
#include "claimline-format.h"

struct _ClaimlineArticleRow
{
  GtkWidget         parent_instance;

  ClaimlineArticle *article;

  /* Template widgets */
  GtkLabel         *claims_label;
  GtkWidget        *conflict_marker;
  GtkLabel         *date_label;
  GtkLabel         *outlet_label;
  GtkLabel         *title_label;
};

G_DEFINE_FINAL_TYPE (ClaimlineArticleRow, claimline_article_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ARTICLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
claimline_article_row_update (ClaimlineArticleRow *self)
{
  g_autofree char *date = NULL;
  g_autofree char *claims = NULL;
  const char *title = NULL;
  const char *outlet = NULL;
  gboolean has_conflict = FALSE;

  if (self->article != NULL)
    {
      guint n_claims = claimline_article_get_n_claims (self->article);

      title = claimline_article_get_title (self->article);
      outlet = claimline_article_get_outlet (self->article);
      date = claimline_format_article_date (self->article, TRUE);
      has_conflict = claimline_article_get_has_conflict (self->article);
      claims = n_claims > 0 ? g_strdup_printf (ngettext ("%u claim", "%u claims", n_claims), n_claims)
                            : g_strdup (_("No claims"));
    }

  gtk_label_set_label (self->title_label, title != NULL ? title : "");
  gtk_label_set_label (self->outlet_label, outlet != NULL ? outlet : _("Unknown Outlet"));
  gtk_label_set_label (self->date_label, date != NULL ? date : "");
  gtk_label_set_label (self->claims_label, claims != NULL ? claims : "");
  gtk_widget_set_visible (self->conflict_marker, has_conflict);
}

/* Tooltips are asked for when shown: setting them on every bind made the
 * toolkit look for the widget under the pointer each time, the most
 * expensive part of binding a row when many articles arrive. */
static gboolean
on_title_query_tooltip_cb (ClaimlineArticleRow *self,
                           int                  x,
                           int                  y,
                           gboolean             keyboard,
                           GtkTooltip          *tooltip)
{
  const char *title = self->article != NULL ? claimline_article_get_title (self->article) : NULL;

  if (title == NULL || *title == '\0')
    return FALSE;
  gtk_tooltip_set_text (tooltip, title);
  return TRUE;
}

static gboolean
on_date_query_tooltip_cb (ClaimlineArticleRow *self,
                          int                  x,
                          int                  y,
                          gboolean             keyboard,
                          GtkTooltip          *tooltip)
{
  if (self->article == NULL || !claimline_article_get_published_inferred (self->article))
    return FALSE;
  gtk_tooltip_set_text (tooltip, _("Date inferred from the other articles of the story"));
  return TRUE;
}

static gboolean
on_conflict_query_tooltip_cb (ClaimlineArticleRow *self,
                              int                  x,
                              int                  y,
                              gboolean             keyboard,
                              GtkTooltip          *tooltip)
{
  if (self->article == NULL || !claimline_article_get_has_conflict (self->article))
    return FALSE;
  gtk_tooltip_set_text (tooltip, _("Another outlet contradicts one of its figures"));
  return TRUE;
}

static void
claimline_article_row_dispose (GObject *object)
{
  ClaimlineArticleRow *self = (ClaimlineArticleRow *)object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), CLAIMLINE_TYPE_ARTICLE_ROW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->article);

  G_OBJECT_CLASS (claimline_article_row_parent_class)->dispose (object);
}

static void
claimline_article_row_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  ClaimlineArticleRow *self = CLAIMLINE_ARTICLE_ROW (object);

  switch (prop_id)
    {
    case PROP_ARTICLE:
      g_value_set_object (value, self->article);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
claimline_article_row_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  ClaimlineArticleRow *self = CLAIMLINE_ARTICLE_ROW (object);

  switch (prop_id)
    {
    case PROP_ARTICLE:
      claimline_article_row_set_article (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
claimline_article_row_class_init (ClaimlineArticleRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = claimline_article_row_dispose;
  object_class->get_property = claimline_article_row_get_property;
  object_class->set_property = claimline_article_row_set_property;

  properties[PROP_ARTICLE] =
    g_param_spec_object ("article", NULL, NULL,
                         CLAIMLINE_TYPE_ARTICLE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/claimline-article-row.ui");
  gtk_widget_class_bind_template_child (widget_class, ClaimlineArticleRow, claims_label);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineArticleRow, conflict_marker);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineArticleRow, date_label);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineArticleRow, outlet_label);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineArticleRow, title_label);

  gtk_widget_class_set_css_name (widget_class, "articlerow");
}

static void
claimline_article_row_init (ClaimlineArticleRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_widget_set_has_tooltip (GTK_WIDGET (self->title_label), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self->date_label), TRUE);
  gtk_widget_set_has_tooltip (self->conflict_marker, TRUE);
  g_signal_connect_swapped (self->title_label, "query-tooltip",
                            G_CALLBACK (on_title_query_tooltip_cb), self);
  g_signal_connect_swapped (self->date_label, "query-tooltip",
                            G_CALLBACK (on_date_query_tooltip_cb), self);
  g_signal_connect_swapped (self->conflict_marker, "query-tooltip",
                            G_CALLBACK (on_conflict_query_tooltip_cb), self);
}

GtkWidget *
claimline_article_row_new (void)
{
  return g_object_new (CLAIMLINE_TYPE_ARTICLE_ROW, NULL);
}

ClaimlineArticle *
claimline_article_row_get_article (ClaimlineArticleRow *self)
{
  g_return_val_if_fail (CLAIMLINE_IS_ARTICLE_ROW (self), NULL);

  return self->article;
}

void
claimline_article_row_set_article (ClaimlineArticleRow *self,
                                   ClaimlineArticle    *article)
{
  g_return_if_fail (CLAIMLINE_IS_ARTICLE_ROW (self));
  g_return_if_fail (article == NULL || CLAIMLINE_IS_ARTICLE (article));

  if (!g_set_object (&self->article, article))
    return;

  claimline_article_row_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARTICLE]);
}
