/* claimline-window-import.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Importing files in a worker thread with its own store connection, with
 * progress per file and a way to cancel.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "claimline-import.h"
#include "claimline-library.h"
#include "claimline-window-private.h"

/* Error toasts shown one by one; further failures are summed up in one. */
#define MAX_FAILURE_TOASTS 3

typedef struct
{
  char               *store_path;
  GPtrArray          *files;       /* GFile */
  ClaimlineDateOrder  date_order;  /* how to read "06/09/2025" (Preferences) */
} ImportRequest;

typedef struct
{
  guint      n_added;
  guint      n_existing;
  gint64     first_added_id;    /* -1 when nothing was added */
  gint64     first_existing_id; /* -1 when nothing was already there */
  GPtrArray *failures;          /* char *: one message for each file that failed */
  gboolean   cancelled;         /* stopped before the last file */
} ImportReport;

/* Sent from the worker to the main thread as each file starts. */
typedef struct
{
  ClaimlineWindow *window;
  char            *name;
  gboolean         finished;    /* a file done, rather than one begun */
} ImportProgress;

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

static void
import_progress_free (ImportProgress *progress)
{
  g_clear_object (&progress->window);
  g_free (progress->name);
  g_free (progress);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ImportRequest, import_request_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ImportReport, import_report_free)

static char *
file_display_name (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);

  return basename != NULL ? g_filename_display_name (basename) : g_file_get_uri (file);
}

static void
claimline_window_set_import_status (ClaimlineWindow *self,
                                    const char      *name)
{
  g_free (self->import_status);
  if (name != NULL)
    /* Translators: the file being imported and how far the import is,
     * e.g. "Importing “report.html” (3 of 20)" */
    self->import_status = g_strdup_printf (_("Importing “%s” (%u of %u)"), name,
                                           MIN (self->import_done + 1, self->import_total),
                                           self->import_total);
  else if (self->n_imports > 0)
    self->import_status = g_strdup_printf (ngettext ("Importing %u file…", "Importing %u files…",
                                                     self->import_total),
                                           self->import_total);
  else
    self->import_status = NULL;
  _claimline_window_notify_import (self);
}

/* Main thread: a file of a running import was begun or finished. */
static gboolean
import_progress_cb (gpointer user_data)
{
  ImportProgress *progress = user_data;
  ClaimlineWindow *self = progress->window;

  /* The window may have closed meanwhile. */
  if (self->store == NULL || self->n_imports == 0)
    return G_SOURCE_REMOVE;

  if (progress->finished)
    self->import_done = MIN (self->import_done + 1, self->import_total);
  claimline_window_set_import_status (self, progress->name);
  return G_SOURCE_REMOVE;
}

static void
import_report_progress (GTask      *task,
                        const char *name,
                        gboolean    finished)
{
  ImportProgress *progress = g_new0 (ImportProgress, 1);

  progress->window = g_object_ref (g_task_get_source_object (task));
  progress->name = g_strdup (name);
  progress->finished = finished;
  g_main_context_invoke_full (g_task_get_context (task), G_PRIORITY_DEFAULT,
                              import_progress_cb, progress,
                              (GDestroyNotify) import_progress_free);
}

/* How the reader wants "06/09/2025" read (Preferences). */
static ClaimlineDateOrder
date_order_setting (ClaimlineWindow *self)
{
  g_autofree char *text = g_settings_get_string (self->settings, "date-order");
  ClaimlineDateOrder order = CLAIMLINE_DATE_ORDER_MONTH_FIRST;

  claimline_date_order_from_string (text, &order);
  return order;
}

/* Worker thread: imports one file into STORE through the library (claims,
 * story, dates, groups) and records the outcome. */
static void
import_one_file (ClaimlineStore     *store,
                 GFile              *file,
                 ClaimlineDateOrder  date_order,
                 GCancellable       *cancellable,
                 ImportReport       *report)
{
  g_autoptr(ClaimlineDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  gboolean added = FALSE;
  gint64 id = -1;

  document = claimline_import_file (file, cancellable, &error);
  if (document != NULL)
    claimline_import_apply_date_order (document, date_order);
  if (document == NULL
      || !claimline_library_add_document (store, document, &id, &added, &error))
    {
      g_autofree char *name = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          report->cancelled = TRUE;
          return;
        }

      name = file_display_name (file);
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
 * mode lets the window's connection keep reading meanwhile.  Cancelling
 * stops before the next file and reports what was imported until then. */
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

  for (guint i = 0; i < request->files->len && !report->cancelled; i++)
    {
      GFile *file = g_ptr_array_index (request->files, i);
      g_autofree char *name = file_display_name (file);

      if (g_cancellable_is_cancelled (cancellable))
        {
          report->cancelled = TRUE;
          break;
        }

      import_report_progress (task, name, FALSE);
      import_one_file (store, file, request->date_order, cancellable, report);
      import_report_progress (task, NULL, TRUE);
    }

  g_task_return_pointer (task, g_steal_pointer (&report), (GDestroyNotify) import_report_free);
}

static void
claimline_window_report_import (ClaimlineWindow    *self,
                                const ImportReport *report)
{
  g_autofree char *summary = NULL;

  if (report->cancelled)
    summary = g_strdup_printf (ngettext ("Import cancelled: %u article was imported",
                                         "Import cancelled: %u articles were imported",
                                         report->n_added),
                               report->n_added);
  else if (report->n_added > 0)
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
claimline_window_begin_import (ClaimlineWindow *self,
                               guint            n_files)
{
  if (self->n_imports++ == 0)
    {
      self->import_total = 0;
      self->import_done = 0;
      g_clear_object (&self->import_cancellable);
      self->import_cancellable = g_cancellable_new ();
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-import", TRUE);
    }
  self->import_total += n_files;
  claimline_window_set_import_status (self, NULL);
}

static void
claimline_window_end_import (ClaimlineWindow *self)
{
  g_return_if_fail (self->n_imports > 0);

  if (--self->n_imports == 0)
    {
      self->import_total = 0;
      self->import_done = 0;
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-import", FALSE);
    }
  claimline_window_set_import_status (self, NULL);
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

  report = g_task_propagate_pointer (G_TASK (result), &error);

  /* The window closed meanwhile: nobody is left to tell. */
  if (self->store == NULL)
    return;

  claimline_window_end_import (self);

  if (report == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Could not import: %s"), error->message);

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
  request->date_order = date_order_setting (self);
  request->files = g_ptr_array_new_full (files->len, g_object_unref);
  for (guint i = 0; i < files->len; i++)
    g_ptr_array_add (request->files, g_object_ref (g_ptr_array_index (files, i)));

  claimline_window_begin_import (self, files->len);

  task = g_task_new (self, self->import_cancellable, claimline_window_import_cb, NULL);
  g_task_set_source_tag (task, _claimline_window_import_file_list);
  g_task_set_task_data (task, g_steal_pointer (&request), (GDestroyNotify) import_request_free);
  /* A cancelled import still reports the files it brought in. */
  g_task_set_check_cancellable (task, FALSE);

  g_task_run_in_thread (task, import_files_thread);
}

void
_claimline_window_cancel_import (ClaimlineWindow *self)
{
  g_assert (CLAIMLINE_IS_WINDOW (self));

  if (self->import_cancellable != NULL)
    g_cancellable_cancel (self->import_cancellable);
}
