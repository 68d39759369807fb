/* claimline-member-row.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "claimline-format.h"
#include "claimline-member-row.h"

struct _ClaimlineMemberRow
{
  GtkListBoxRow  parent_instance;

  gint64         article_id;
  gsize          start;
  gsize          end;
  char          *outlet;

  /* Template widgets */
  GtkLabel      *current_label;
  GtkLabel      *details_label;
  GtkWidget     *differs_box;
  GtkLabel      *outlet_label;
  GtkLabel      *sentence_label;
  GtkLabel      *value_label;
};

G_DEFINE_FINAL_TYPE (ClaimlineMemberRow, claimline_member_row, GTK_TYPE_LIST_BOX_ROW)

char *
claimline_member_row_sentence_markup (const char *sentence,
                                      glong       figure_start,
                                      glong       figure_end)
{
  glong length;
  g_autofree char *before = NULL;
  g_autofree char *figure = NULL;
  g_autofree char *after = NULL;

  g_return_val_if_fail (sentence != NULL, NULL);

  length = g_utf8_strlen (sentence, -1);
  if (figure_start < 0 || figure_end > length || figure_start >= figure_end)
    return g_markup_escape_text (sentence, -1);

  before = g_utf8_substring (sentence, 0, figure_start);
  figure = g_utf8_substring (sentence, figure_start, figure_end);
  after = g_utf8_substring (sentence, figure_end, length);

  return g_markup_printf_escaped ("%s<b>%s</b>%s", before, figure, after);
}

static char *
claimline_member_row_format_details (const ClaimlineClaim *claim)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  char *time = claimline_format_claim_time (claim);

  if (time != NULL)
    g_ptr_array_add (parts, time);
  g_ptr_array_add (parts, g_strdup (claimline_format_modality (claim->modality)));
  if (claim->attribution != NULL && *claim->attribution != '\0')
    /* Translators: the source an outlet cites, e.g. "according to Bloomberg" */
    g_ptr_array_add (parts, g_strdup_printf (_("according to %s"), claim->attribution));
  g_ptr_array_add (parts, NULL);

  return g_strjoinv (" · ", (char **) parts->pdata);
}

static void
claimline_member_row_finalize (GObject *object)
{
  ClaimlineMemberRow *self = (ClaimlineMemberRow *)object;

  g_free (self->outlet);

  G_OBJECT_CLASS (claimline_member_row_parent_class)->finalize (object);
}

static void
claimline_member_row_class_init (ClaimlineMemberRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = claimline_member_row_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/claimline-member-row.ui");
  gtk_widget_class_bind_template_child (widget_class, ClaimlineMemberRow, current_label);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineMemberRow, details_label);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineMemberRow, differs_box);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineMemberRow, outlet_label);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineMemberRow, sentence_label);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineMemberRow, value_label);
}

static void
claimline_member_row_init (ClaimlineMemberRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
claimline_member_row_new (const ClaimlineGroupMember *member,
                          const char                 *sentence,
                          gboolean                    differs)
{
  const ClaimlineClaim *claim;
  ClaimlineMemberRow *self;
  g_autofree char *value = NULL;
  g_autofree char *markup = NULL;
  g_autofree char *details = NULL;
  g_autofree char *description = NULL;

  g_return_val_if_fail (member != NULL && member->claim != NULL, NULL);

  claim = member->claim;
  self = g_object_new (CLAIMLINE_TYPE_MEMBER_ROW, NULL);
  self->article_id = claim->article_id;
  self->start = claim->start;
  self->end = claim->end;
  self->outlet = g_strdup (member->outlet != NULL ? member->outlet : _("Unknown Outlet"));

  value = claimline_format_claim_value (claim);
  details = claimline_member_row_format_details (claim);
  if (sentence != NULL)
    markup = claimline_member_row_sentence_markup (sentence,
                                                   (glong) (claim->start - claim->sentence_start),
                                                   (glong) (claim->end - claim->sentence_start));
  else
    markup = g_markup_printf_escaped ("<b>%s</b>", claim->text != NULL ? claim->text : value);

  gtk_label_set_label (self->outlet_label, self->outlet);
  gtk_label_set_label (self->value_label, value);
  gtk_label_set_markup (self->sentence_label, markup);
  gtk_label_set_label (self->details_label, details);
  gtk_widget_set_visible (self->differs_box, differs);
  if (member->title != NULL)
    gtk_widget_set_tooltip_text (GTK_WIDGET (self->outlet_label), member->title);

  description = g_strdup_printf ("%s, %s", value, details);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->outlet,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);

  return GTK_WIDGET (self);
}

gint64
claimline_member_row_get_article_id (ClaimlineMemberRow *self)
{
  g_return_val_if_fail (CLAIMLINE_IS_MEMBER_ROW (self), 0);

  return self->article_id;
}

gsize
claimline_member_row_get_start (ClaimlineMemberRow *self)
{
  g_return_val_if_fail (CLAIMLINE_IS_MEMBER_ROW (self), 0);

  return self->start;
}

gsize
claimline_member_row_get_end (ClaimlineMemberRow *self)
{
  g_return_val_if_fail (CLAIMLINE_IS_MEMBER_ROW (self), 0);

  return self->end;
}

const char *
claimline_member_row_get_outlet (ClaimlineMemberRow *self)
{
  g_return_val_if_fail (CLAIMLINE_IS_MEMBER_ROW (self), NULL);

  return self->outlet;
}

void
claimline_member_row_set_current (ClaimlineMemberRow *self,
                                  gboolean            current)
{
  g_return_if_fail (CLAIMLINE_IS_MEMBER_ROW (self));

  gtk_widget_set_visible (GTK_WIDGET (self->current_label), current);
}
