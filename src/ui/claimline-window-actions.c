/* claimline-window-actions.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window's actions and key bindings, drag-and-drop, and the comparison
 * of the claim chosen in the article.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "claimline-format.h"
#include "claimline-window-private.h"

static void
on_open_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     ClaimlineWindow *self)
{
  /* The dialog was kept alive for this moment; it goes away with it. */
  g_autoptr(GtkNativeDialog) native = dialog;
  g_autoptr(GListModel) selected = NULL;
  g_autoptr(GPtrArray) files = NULL;
  guint n_files;

  if (response != GTK_RESPONSE_ACCEPT)
    return;

  selected = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (native));
  n_files = g_list_model_get_n_items (selected);
  files = g_ptr_array_new_full (n_files, g_object_unref);
  for (guint i = 0; i < n_files; i++)
    g_ptr_array_add (files, g_list_model_get_item (selected, i));

  _claimline_window_import_file_list (self, files);
}

static void
claimline_window_open_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  ClaimlineWindow *self = CLAIMLINE_WINDOW (widget);
  g_autoptr(GtkFileChooserNative) native = NULL;
  g_autoptr(GtkFileFilter) text_filter = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all_filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (text_filter, _("Text and HTML"));
  gtk_file_filter_add_mime_type (text_filter, "text/plain");
  gtk_file_filter_add_mime_type (text_filter, "text/html");
  gtk_file_filter_add_suffix (text_filter, "txt");
  gtk_file_filter_add_suffix (text_filter, "html");
  gtk_file_filter_add_suffix (text_filter, "htm");

  gtk_file_filter_set_name (all_filter, _("All Files"));
  gtk_file_filter_add_pattern (all_filter, "*");

  native = gtk_file_chooser_native_new (_("Open Articles"),
                                        GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Open"),
                                        _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (native), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), text_filter);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), all_filter);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (native), text_filter);

  g_signal_connect_object (native, "response", G_CALLBACK (on_open_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));

  /* on_open_response_cb() owns the dialog from here on. */
  g_steal_pointer (&native);
}

static void
claimline_window_cancel_import_action (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *parameter)
{
  _claimline_window_cancel_import (CLAIMLINE_WINDOW (widget));
}

static void
claimline_window_go_back_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  ClaimlineWindow *self = CLAIMLINE_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
claimline_window_show_stories_action (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *parameter)
{
  ClaimlineWindow *self = CLAIMLINE_WINDOW (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->stories_pane);
}

static void
claimline_window_search_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  _claimline_window_start_search (CLAIMLINE_WINDOW (widget));
}

static void
claimline_window_next_claim_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  ClaimlineWindow *self = CLAIMLINE_WINDOW (widget);

  if (self->article != NULL)
    claimline_article_view_select_next_claim (self->article_view);
}

static void
claimline_window_previous_claim_action (GtkWidget  *widget,
                                        const char *action_name,
                                        GVariant   *parameter)
{
  ClaimlineWindow *self = CLAIMLINE_WINDOW (widget);

  if (self->article != NULL)
    claimline_article_view_select_previous_claim (self->article_view);
}

/* Lines up the claim INDEX of the article on display with the other
 * outlets of its group in the comparison panel, and shows the panel. */
void
_claimline_window_compare_claim (ClaimlineWindow *self,
                                 guint            index)
{
  const ClaimlineClaim *claim = claimline_article_view_get_claim (self->article_view, index);
  g_autoptr(ClaimlineClaimGroup) group = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (claim != NULL);

  _claimline_window_set_comparison_visible (self, TRUE);

  if (claim->group_id <= 0)
    {
      claimline_comparison_panel_show_message (self->comparison_panel, _("Not Compared Yet"),
                                               _("This figure has not been lined up with the "
                                                 "other outlets of its story yet"));
      return;
    }

  group = claimline_store_load_group (self->store, claim->group_id, &error);
  if (group == NULL)
    {
      claimline_comparison_panel_show_message (self->comparison_panel, _("Could Not Compare"),
                                               error != NULL ? error->message : NULL);
      return;
    }

  claimline_comparison_panel_show_group (self->comparison_panel, g_steal_pointer (&group),
                                         claimline_article_get_id (self->article));
}

static void
on_claim_activated_cb (ClaimlineWindow      *self,
                       guint                 index,
                       ClaimlineArticleView *article_view)
{
  _claimline_window_compare_claim (self, index);
}

/* While the comparison is open, it follows the claim chosen with n and p
 * or a click. */
static void
on_current_claim_changed_cb (ClaimlineWindow      *self,
                             GParamSpec           *pspec,
                             ClaimlineArticleView *article_view)
{
  const ClaimlineClaimGroup *shown = claimline_comparison_panel_get_group (self->comparison_panel);
  int index = claimline_article_view_get_current_claim (article_view);
  const ClaimlineClaim *claim;

  if (!self->comparison_visible || index < 0)
    return;

  claim = claimline_article_view_get_claim (article_view, index);
  if (shown != NULL && claim->group_id > 0 && shown->id == claim->group_id)
    return;

  _claimline_window_compare_claim (self, index);
}

/* An outlet's row in the comparison: its article, at that figure. */
static void
on_member_activated_cb (ClaimlineWindow          *self,
                        gint64                    article_id,
                        guint64                   start,
                        guint64                   end,
                        ClaimlineComparisonPanel *panel)
{
  int index;

  _claimline_window_open_article (self, article_id, TRUE);
  if (self->article == NULL || claimline_article_get_id (self->article) != article_id)
    return;

  claimline_comparison_panel_set_current_article (panel, article_id);
  index = claimline_article_view_find_claim (self->article_view, start, end);
  if (index < 0 || !claimline_article_view_select_claim (self->article_view, index))
    claimline_article_view_reveal_text (self->article_view, start, (int) (end - start));
}

static GdkDragAction
on_drop_enter_cb (ClaimlineWindow *self,
                  double           x,
                  double           y,
                  GtkDropTarget   *target)
{
  gtk_widget_set_visible (self->drop_highlight, TRUE);
  return GDK_ACTION_COPY;
}

static void
on_drop_leave_cb (ClaimlineWindow *self,
                  GtkDropTarget   *target)
{
  gtk_widget_set_visible (self->drop_highlight, FALSE);
}

static gboolean
on_drop_cb (ClaimlineWindow *self,
            const GValue    *value,
            double           x,
            double           y,
            GtkDropTarget   *target)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GSList) list = NULL;

  gtk_widget_set_visible (self->drop_highlight, FALSE);

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  list = gdk_file_list_get_files (g_value_get_boxed (value));
  for (const GSList *l = list; l != NULL; l = l->next)
    g_ptr_array_add (files, g_object_ref (l->data));

  _claimline_window_import_file_list (self, files);
  return files->len > 0;
}

void
_claimline_window_class_actions_init (ClaimlineWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_bind_template_callback (widget_class, on_claim_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_current_claim_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_member_activated_cb);

  gtk_widget_class_install_action (widget_class, "win.open", NULL,
                                   claimline_window_open_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-import", NULL,
                                   claimline_window_cancel_import_action);
  gtk_widget_class_install_action (widget_class, "win.go-back", NULL,
                                   claimline_window_go_back_action);
  gtk_widget_class_install_action (widget_class, "win.show-stories", NULL,
                                   claimline_window_show_stories_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL,
                                   claimline_window_search_action);
  gtk_widget_class_install_action (widget_class, "win.next-claim", NULL,
                                   claimline_window_next_claim_action);
  gtk_widget_class_install_action (widget_class, "win.previous-claim", NULL,
                                   claimline_window_previous_claim_action);
  gtk_widget_class_install_property_action (widget_class, "win.show-comparison",
                                            "comparison-visible");

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK,
                                       "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, 0, "win.next-claim", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, 0, "win.previous-claim", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0,
                                       "win.show-comparison", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
}

void
_claimline_window_actions_init (ClaimlineWindow *self)
{
  g_autoptr(GAction) sort_action = g_settings_create_action (self->settings, "sort-order");
  GtkDropTarget *drop_target;

  g_action_map_add_action (G_ACTION_MAP (self), sort_action);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-import", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.next-claim", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.previous-claim", FALSE);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));

  drop_target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect_object (drop_target, "enter", G_CALLBACK (on_drop_enter_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (drop_target, "leave", G_CALLBACK (on_drop_leave_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (drop_target, "drop", G_CALLBACK (on_drop_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop_target));
}
