/* claimline-window-actions.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "claimline-import.h"
#include "claimline-window-private.h"

/* Error toasts shown one by one; further failures are summed up in one. */
#define MAX_FAILURE_TOASTS 3

typedef struct
{
  char      *store_path;
  GPtrArray *files;       /* GFile */
} ImportRequest;

typedef struct
{
  guint      n_added;
  guint      n_existing;
  gint64     first_added_id;    /* -1 when nothing was added */
  gint64     first_existing_id; /* -1 when nothing was already there */
  GPtrArray *failures;          /* char *: one message for each file that failed */
} ImportReport;

static void
import_request_free (ImportRequest *request)
{
  g_free (request->store_path);
  g_clear_pointer (&request->files, g_ptr_array_unref);
  g_free (request);
}

static ImportReport *
import_report_new (void)
{
  ImportReport *report = g_new0 (ImportReport, 1);

  report->first_added_id = -1;
  report->first_existing_id = -1;
  report->failures = g_ptr_array_new_with_free_func (g_free);
  return report;
}

static void
import_report_free (ImportReport *report)
{
  g_clear_pointer (&report->failures, g_ptr_array_unref);
  g_free (report);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ImportRequest, import_request_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ImportReport, import_report_free)

static char *
file_display_name (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);

  return basename != NULL ? g_filename_display_name (basename) : g_file_get_uri (file);
}

/* Worker thread: imports one file into STORE and records the outcome. */
static void
import_one_file (ClaimlineStore *store,
                 GFile          *file,
                 GCancellable   *cancellable,
                 ImportReport   *report)
{
  g_autoptr(ClaimlineDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  gboolean added = FALSE;
  gint64 id = -1;

  document = claimline_import_file (file, cancellable, &error);
  if (document == NULL
      || !claimline_store_add_document (store, document, &id, &added, &error))
    {
      g_autofree char *name = file_display_name (file);

      g_ptr_array_add (report->failures,
                       g_strdup_printf (_("Could not import “%s”: %s"), name, error->message));
      return;
    }

  if (added)
    {
      report->n_added++;
      if (report->first_added_id < 0)
        report->first_added_id = id;
    }
  else
    {
      report->n_existing++;
      if (report->first_existing_id < 0)
        report->first_existing_id = id;
    }
}

/* Worker thread: the store connection is the thread's own; SQLite in WAL
 * mode lets the window's connection keep reading meanwhile. */
static void
import_files_thread (GTask        *task,
                     gpointer      source_object,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  ImportRequest *request = task_data;
  g_autoptr(ImportReport) report = import_report_new ();
  g_autoptr(ClaimlineStore) store = NULL;
  g_autoptr(GError) error = NULL;

  store = claimline_store_new (request->store_path, &error);
  if (store == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  for (guint i = 0; i < request->files->len; i++)
    {
      if (g_task_return_error_if_cancelled (task))
        return;
      import_one_file (store, g_ptr_array_index (request->files, i), cancellable, report);
    }

  g_task_return_pointer (task, g_steal_pointer (&report), (GDestroyNotify) import_report_free);
}

static void
claimline_window_report_import (ClaimlineWindow    *self,
                                const ImportReport *report)
{
  g_autofree char *summary = NULL;

  if (report->n_added > 0)
    summary = g_strdup_printf (ngettext ("Imported %u article", "Imported %u articles",
                                         report->n_added),
                               report->n_added);
  else if (report->n_existing > 0)
    summary = g_strdup (_("Already in the library"));

  if (summary != NULL)
    claimline_window_add_toast (self, summary);

  for (guint i = 0; i < report->failures->len && i < MAX_FAILURE_TOASTS; i++)
    claimline_window_add_toast (self, g_ptr_array_index (report->failures, i));

  if (report->failures->len > MAX_FAILURE_TOASTS)
    {
      guint n_more = report->failures->len - MAX_FAILURE_TOASTS;
      g_autofree char *more = g_strdup_printf (ngettext ("Could not import %u more file",
                                                         "Could not import %u more files",
                                                         n_more),
                                               n_more);

      claimline_window_add_toast (self, more);
    }
}

static void
claimline_window_import_cb (GObject      *object,
                            GAsyncResult *result,
                            gpointer      user_data)
{
  ClaimlineWindow *self = CLAIMLINE_WINDOW (object);
  g_autoptr(ImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  gint64 select_id;

  g_assert (g_task_is_valid (result, self));

  _claimline_window_end_import (self);

  report = g_task_propagate_pointer (G_TASK (result), &error);
  if (report == NULL)
    {
      g_autofree char *message = NULL;

      /* Cancelled: the window is closing, nobody is left to tell. */
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;

      message = g_strdup_printf (_("Could not import: %s"), error->message);
      claimline_window_add_toast (self, message);
      return;
    }

  select_id = report->first_added_id >= 0 ? report->first_added_id : report->first_existing_id;
  _claimline_window_reload (self, select_id, select_id >= 0);
  claimline_window_report_import (self, report);
}

void
_claimline_window_import_file_list (ClaimlineWindow *self,
                                    GPtrArray       *files)
{
  g_autoptr(ImportRequest) request = NULL;
  g_autoptr(GTask) task = NULL;

  g_assert (CLAIMLINE_IS_WINDOW (self));
  g_assert (files != NULL);

  if (files->len == 0)
    return;

  if (self->store == NULL)
    {
      claimline_window_add_toast (self, _("Could not import: the library is not open"));
      return;
    }

  request = g_new0 (ImportRequest, 1);
  request->store_path = g_strdup (claimline_store_get_path (self->store));
  request->files = g_ptr_array_new_full (files->len, g_object_unref);
  for (guint i = 0; i < files->len; i++)
    g_ptr_array_add (request->files, g_object_ref (g_ptr_array_index (files, i)));

  task = g_task_new (self, self->cancellable, claimline_window_import_cb, NULL);
  g_task_set_source_tag (task, _claimline_window_import_file_list);
  g_task_set_task_data (task, g_steal_pointer (&request), (GDestroyNotify) import_request_free);

  _claimline_window_begin_import (self);
  g_task_run_in_thread (task, import_files_thread);
}

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
claimline_window_go_back_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  ClaimlineWindow *self = CLAIMLINE_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
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

  gtk_widget_class_install_action (widget_class, "win.open", NULL,
                                   claimline_window_open_action);
  gtk_widget_class_install_action (widget_class, "win.go-back", NULL,
                                   claimline_window_go_back_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK,
                                       "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
}

void
_claimline_window_actions_init (ClaimlineWindow *self)
{
  g_autoptr(GAction) sort_action = g_settings_create_action (self->settings, "sort-order");
  GtkDropTarget *drop_target;

  g_action_map_add_action (G_ACTION_MAP (self), sort_action);

  drop_target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect_object (drop_target, "enter", G_CALLBACK (on_drop_enter_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (drop_target, "leave", G_CALLBACK (on_drop_leave_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (drop_target, "drop", G_CALLBACK (on_drop_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop_target));
}
