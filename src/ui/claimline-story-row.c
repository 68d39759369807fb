/* claimline-story-row.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "claimline-format.h"
#include "claimline-story-row.h"

struct _ClaimlineStoryRow
{
  GtkWidget           parent_instance;

  ClaimlineStoryItem *item;

  /* Template widgets */
  GtkWidget          *conflict_badge;
  GtkLabel           *conflict_label;
  GtkLabel           *details_label;
  GtkLabel           *title_label;
};

G_DEFINE_FINAL_TYPE (ClaimlineStoryRow, claimline_story_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
claimline_story_row_update (ClaimlineStoryRow *self)
{
  g_autofree char *dates = NULL;
  g_autofree char *count = NULL;
  g_autofree char *details = NULL;
  g_autofree char *conflicts = NULL;
  g_autofree char *n_conflicts = NULL;
  guint n;

  if (self->item == NULL)
    {
      gtk_label_set_label (self->title_label, "");
      gtk_label_set_label (self->details_label, "");
      gtk_widget_set_visible (self->conflict_badge, FALSE);
      return;
    }

  n = claimline_story_item_get_n_articles (self->item);
  count = g_strdup_printf (ngettext ("%u article", "%u articles", n), n);
  dates = claimline_format_date_range (claimline_story_item_get_first_date (self->item),
                                       claimline_story_item_get_last_date (self->item));
  details = dates != NULL ? g_strdup_printf ("%s · %s", dates, count) : g_steal_pointer (&count);

  n = claimline_story_item_get_n_conflicts (self->item);
  n_conflicts = g_strdup_printf ("%u", n);
  conflicts = g_strdup_printf (ngettext ("%u conflicting figure", "%u conflicting figures", n), n);

  gtk_label_set_label (self->title_label, claimline_story_item_get_title (self->item));
  gtk_label_set_label (self->details_label, details);
  gtk_label_set_label (self->conflict_label, n_conflicts);
  gtk_widget_set_visible (self->conflict_badge, n > 0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->conflict_badge),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, conflicts,
                                  -1);
}

static void
claimline_story_row_dispose (GObject *object)
{
  ClaimlineStoryRow *self = (ClaimlineStoryRow *)object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), CLAIMLINE_TYPE_STORY_ROW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->item);

  G_OBJECT_CLASS (claimline_story_row_parent_class)->dispose (object);
}

static void
claimline_story_row_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  ClaimlineStoryRow *self = CLAIMLINE_STORY_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
claimline_story_row_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  ClaimlineStoryRow *self = CLAIMLINE_STORY_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      claimline_story_row_set_item (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
claimline_story_row_class_init (ClaimlineStoryRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = claimline_story_row_dispose;
  object_class->get_property = claimline_story_row_get_property;
  object_class->set_property = claimline_story_row_set_property;

  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL,
                         CLAIMLINE_TYPE_STORY_ITEM,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/claimline-story-row.ui");
  gtk_widget_class_bind_template_child (widget_class, ClaimlineStoryRow, conflict_badge);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineStoryRow, conflict_label);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineStoryRow, details_label);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineStoryRow, title_label);

  gtk_widget_class_set_css_name (widget_class, "storyrow");
}

/* Asked for when shown, rather than set on every bind (see the article
 * row). */
static gboolean
on_badge_query_tooltip_cb (ClaimlineStoryRow *self,
                           int                x,
                           int                y,
                           gboolean           keyboard,
                           GtkTooltip        *tooltip)
{
  g_autofree char *text = NULL;
  guint n;

  if (self->item == NULL || (n = claimline_story_item_get_n_conflicts (self->item)) == 0)
    return FALSE;
  text = g_strdup_printf (ngettext ("%u conflicting figure", "%u conflicting figures", n), n);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
claimline_story_row_init (ClaimlineStoryRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_widget_set_has_tooltip (self->conflict_badge, TRUE);
  g_signal_connect_swapped (self->conflict_badge, "query-tooltip",
                            G_CALLBACK (on_badge_query_tooltip_cb), self);
}

GtkWidget *
claimline_story_row_new (void)
{
  return g_object_new (CLAIMLINE_TYPE_STORY_ROW, NULL);
}

ClaimlineStoryItem *
claimline_story_row_get_item (ClaimlineStoryRow *self)
{
  g_return_val_if_fail (CLAIMLINE_IS_STORY_ROW (self), NULL);

  return self->item;
}

void
claimline_story_row_set_item (ClaimlineStoryRow  *self,
                              ClaimlineStoryItem *item)
{
  g_return_if_fail (CLAIMLINE_IS_STORY_ROW (self));
  g_return_if_fail (item == NULL || CLAIMLINE_IS_STORY_ITEM (item));

  if (!g_set_object (&self->item, item))
    return;

  claimline_story_row_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}
