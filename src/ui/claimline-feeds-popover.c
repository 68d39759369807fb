/* claimline-feeds-popover.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "claimline-feeds-popover.h"
#include "claimline-store.h"

struct _ClaimlineFeedsPopover
{
  GtkPopover      parent_instance;

  /* Template widgets */
  GtkListBox     *list_box;
  GtkProgressBar *progress_bar;
  GtkLabel       *progress_label;
  GtkRevealer    *progress_revealer;
  GtkStack       *stack;
};

G_DEFINE_FINAL_TYPE (ClaimlineFeedsPopover, claimline_feeds_popover, GTK_TYPE_POPOVER)

static void
claimline_feeds_popover_class_init (ClaimlineFeedsPopoverClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/claimline/Claimline/claimline-feeds-popover.ui");
  gtk_widget_class_bind_template_child (widget_class, ClaimlineFeedsPopover, list_box);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineFeedsPopover, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineFeedsPopover, progress_label);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineFeedsPopover, progress_revealer);
  gtk_widget_class_bind_template_child (widget_class, ClaimlineFeedsPopover, stack);
}

static void
claimline_feeds_popover_init (ClaimlineFeedsPopover *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
claimline_feeds_popover_new (void)
{
  return g_object_new (CLAIMLINE_TYPE_FEEDS_POPOVER, NULL);
}

/* "12 articles · updated 14:05", or the last error. */
static char *
feed_subtitle (const ClaimlineFeedRecord *record)
{
  g_autofree char *count = g_strdup_printf (ngettext ("%u article", "%u articles",
                                                      record->n_articles),
                                            record->n_articles);
  g_autoptr(GDateTime) fetched = NULL;
  g_autofree char *when = NULL;

  if (record->last_error != NULL)
    return g_strdup (record->last_error);
  if (record->last_fetched <= 0)
    /* Translators: a feed's article count, then that it was never fetched */
    return g_strdup_printf (_("%s · not fetched yet"), count);
  fetched = g_date_time_new_from_unix_local (record->last_fetched);
  when = g_date_time_format (fetched, "%x %H:%M");
  /* Translators: a feed's article count and the time of its last refresh */
  return g_strdup_printf (_("%s · updated %s"), count, when);
}

static GMenuModel *
feed_menu (gint64 id)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenuItem) rename = g_menu_item_new (_("_Rename…"), NULL);
  g_autoptr(GMenuItem) remove = g_menu_item_new (_("Re_move…"), NULL);

  g_menu_item_set_action_and_target_value (rename, "win.rename-feed", g_variant_new_int64 (id));
  g_menu_item_set_action_and_target_value (remove, "win.remove-feed", g_variant_new_int64 (id));
  g_menu_append_item (menu, rename);
  g_menu_append_item (menu, remove);
  return G_MENU_MODEL (menu);
}

static GtkWidget *
feed_row (const ClaimlineFeedRecord *record)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *menu_button = gtk_menu_button_new ();
  g_autoptr(GMenuModel) menu = feed_menu (record->id);
  g_autofree char *subtitle = feed_subtitle (record);
  const char *title = record->title != NULL ? record->title : record->url;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  gtk_widget_set_tooltip_text (row, record->url);
  if (record->folder != NULL)
    adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 1);

  if (record->last_error != NULL)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_widget_add_css_class (icon, "error");
      gtk_widget_add_css_class (row, "feed-error");
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Refresh failed"), -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
    }

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu_button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (menu_button), menu);
  gtk_widget_set_valign (menu_button, GTK_ALIGN_CENTER);
  gtk_menu_button_set_has_frame (GTK_MENU_BUTTON (menu_button), FALSE);
  gtk_widget_set_tooltip_text (menu_button, _("Feed Menu"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), menu_button);
  return row;
}

/* A folder's heading row above its feeds. */
static GtkWidget *
folder_row (const char *folder)
{
  GtkWidget *label = gtk_label_new (folder);
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_widget_set_margin_start (label, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

void
claimline_feeds_popover_set_feeds (ClaimlineFeedsPopover *self,
                                   GPtrArray             *records)
{
  GtkWidget *child;
  const char *folder = NULL;

  g_return_if_fail (CLAIMLINE_IS_FEEDS_POPOVER (self));
  g_return_if_fail (records != NULL);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);

  for (guint i = 0; i < records->len; i++)
    {
      const ClaimlineFeedRecord *record = g_ptr_array_index (records, i);

      if (record->folder != NULL && g_strcmp0 (record->folder, folder) != 0)
        gtk_list_box_append (self->list_box, folder_row (record->folder));
      folder = record->folder;
      gtk_list_box_append (self->list_box, feed_row (record));
    }
  gtk_stack_set_visible_child_name (self->stack, records->len > 0 ? "list" : "empty");
}

void
claimline_feeds_popover_set_progress (ClaimlineFeedsPopover *self,
                                      const char            *status,
                                      double                 fraction)
{
  g_return_if_fail (CLAIMLINE_IS_FEEDS_POPOVER (self));

  gtk_revealer_set_reveal_child (self->progress_revealer, status != NULL);
  gtk_label_set_label (self->progress_label, status != NULL ? status : "");
  gtk_progress_bar_set_fraction (self->progress_bar, CLAMP (fraction, 0.0, 1.0));
}
