/* claimline-article-row.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "claimline-article-row.h"

struct _ClaimlineArticleRow
{
  GtkWidget         parent_instance;

  ClaimlineArticle *article;

  /* Template widgets */
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

char *
claimline_article_format_date (ClaimlineArticle *article)
{
  g_autoptr(GDateTime) date_time = NULL;
  GDate date;

  g_return_val_if_fail (CLAIMLINE_IS_ARTICLE (article), NULL);

  g_date_clear (&date, 1);
  if (!claimline_article_get_published_date (article, &date) || !g_date_valid (&date))
    return g_strdup (_("Undated"));

  date_time = g_date_time_new_utc (g_date_get_year (&date),
                                   g_date_get_month (&date),
                                   g_date_get_day (&date),
                                   0, 0, 0);
  if (date_time == NULL)
    return g_strdup (_("Undated"));

  /* Translators: the publication date of an article, e.g. "8 Jun 2025";
   * see the GLib reference of g_date_time_format() for the codes. */
  return g_date_time_format (date_time, _("%-d %b %Y"));
}

static void
claimline_article_row_update (ClaimlineArticleRow *self)
{
  g_autofree char *date = NULL;
  const char *title = NULL;
  const char *outlet = NULL;

  if (self->article != NULL)
    {
      title = claimline_article_get_title (self->article);
      outlet = claimline_article_get_outlet (self->article);
      date = claimline_article_format_date (self->article);
    }

  gtk_label_set_label (self->title_label, title != NULL ? title : "");
  gtk_label_set_label (self->outlet_label, outlet != NULL ? outlet : _("Unknown Outlet"));
  gtk_label_set_label (self->date_label, date != NULL ? date : "");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), title);
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
  gtk_widget_class_bind_template_child (widget_class, ClaimlineArticleRow, date_label);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineArticleRow, outlet_label);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineArticleRow, title_label);

  gtk_widget_class_set_css_name (widget_class, "articlerow");
}

static void
claimline_article_row_init (ClaimlineArticleRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
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
