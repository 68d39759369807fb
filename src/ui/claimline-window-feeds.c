/* claimline-window-feeds.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Feeds in the window: adding a feed or page, the feeds popover with
 * rename and remove, OPML, and refreshing on demand (F5) and on the
 * schedule the reader sets.  Fetching and storing run in a worker thread
 * with its own store connection; the progress shows in the import bar
 * (so Cancel Import stops a refresh too) and in the popover.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "claimline-feeds-popover.h"
#include "claimline-library.h"
#include "claimline-subscriptions.h"
#include "claimline-window-private.h"

/* Failed feeds toasted one by one; more are summed up in one toast. */
#define MAX_FAILURE_TOASTS 3
/* How often the schedule looks for feeds that are due. */
#define SCHEDULE_CHECK_SECONDS 60
#define FIRST_CHECK_SECONDS 10
/* While a refresh runs, the list takes in new articles this often. */
#define LIVE_RELOAD_US (2 * G_USEC_PER_SEC)

typedef struct
{
  char             *store_path;
  ClaimlineFetcher *fetcher; /* the window's, shared by its threads */
  GArray           *ids;     /* gint64; NULL for every feed */
  gboolean quiet;  /* a scheduled refresh: no toast when nothing is new */
} RefreshRequest;

typedef struct
{
  guint      n_feeds;
  guint      n_new;
  GPtrArray *failures; /* char *: one message for each feed that failed */
} RefreshReport;

typedef struct
{
  ClaimlineWindow *window;
  char            *title;
  guint            n_done;
  guint            n_total;
  guint            n_new;
} RefreshProgress;

static void
refresh_request_free (RefreshRequest *request)
{
  g_free (request->store_path);
  g_clear_object (&request->fetcher);
  g_clear_pointer (&request->ids, g_array_unref);
  g_free (request);
}

static void
refresh_report_free (RefreshReport *report)
{
  g_clear_pointer (&report->failures, g_ptr_array_unref);
  g_free (report);
}

static void
refresh_progress_free (RefreshProgress *progress)
{
  g_clear_object (&progress->window);
  g_free (progress->title);
  g_free (progress);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RefreshRequest, refresh_request_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RefreshReport, refresh_report_free)

static ClaimlineFetcher *
window_fetcher (ClaimlineWindow *self)
{
  if (self->fetcher == NULL)
    self->fetcher = claimline_fetcher_new ();
  return self->fetcher;
}

/* Shows the subscriptions as the window's store has them now. */
static void
claimline_window_read_feeds (ClaimlineWindow *self)
{
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return;
  records = claimline_store_list_feeds (self->store, &error);
  if (records == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Could not read the feeds: %s"),
                                                  error->message);

      claimline_window_add_toast (self, message);
      return;
    }
  claimline_feeds_popover_set_feeds (self->feeds_popover, records);
}

/* After a change: the popover's rows are rebuilt only while it is open
 * (it reads the feeds again when it opens); with a thousand feeds that
 * took a frame after every refresh. */
static void
claimline_window_update_feeds (ClaimlineWindow *self)
{
  if (gtk_widget_get_visible (GTK_WIDGET (self->feeds_popover)))
    claimline_window_read_feeds (self);
}

static void
claimline_window_set_refresh_status (ClaimlineWindow *self,
                                     const char      *title)
{
  double fraction = self->feeds_total > 0 ? (double) self->feeds_done / self->feeds_total : 0;

  g_clear_pointer (&self->import_status, g_free);
  if (!self->refreshing_feeds)
    {
      claimline_feeds_popover_set_progress (self->feeds_popover, NULL, 0);
      _claimline_window_notify_import (self);
      return;
    }
  if (title != NULL)
    /* Translators: the feed just refreshed and how far the refresh is,
     * e.g. "Refreshed “Harbour Gazette” (3 of 8)" */
    self->import_status = g_strdup_printf (_("Refreshed “%s” (%u of %u)"), title,
                                           self->feeds_done, self->feeds_total);
  else
    self->import_status = g_strdup (_("Refreshing feeds…"));
  claimline_feeds_popover_set_progress (self->feeds_popover, self->import_status, fraction);
  _claimline_window_notify_import (self);
}

/* Main thread: one feed of a running refresh is done. */
static gboolean
refresh_progress_cb (gpointer user_data)
{
  RefreshProgress *progress = user_data;
  ClaimlineWindow *self = progress->window;

  if (self->store == NULL || !self->refreshing_feeds)
    return G_SOURCE_REMOVE;
  /* The import bar counts feeds as it counts files. */
  if (self->feeds_total == 0)
    self->import_total += progress->n_total;
  self->feeds_total = progress->n_total;
  self->feeds_done = progress->n_done;
  self->import_done = MIN (self->import_done + 1, self->import_total);
  claimline_window_set_refresh_status (self, progress->title);

  /* Articles show up as their feeds are stored, not all at the end. */
  self->feeds_unshown += progress->n_new;
  if (self->feeds_unshown > 0
      && g_get_monotonic_time () - self->feeds_last_reload >= LIVE_RELOAD_US)
    {
      self->feeds_unshown = 0;
      self->feeds_last_reload = g_get_monotonic_time ();
      _claimline_window_reload_paced (self);
    }
  return G_SOURCE_REMOVE;
}

/* Refreshing thread: hands one feed's result to the main thread. */
static void
refresh_thread_progress_cb (const ClaimlineRefreshResult *result,
                            guint                         n_done,
                            guint                         n_total,
                            gpointer                      user_data)
{
  GTask *task = user_data;
  RefreshProgress *progress = g_new0 (RefreshProgress, 1);

  progress->window = g_object_ref (g_task_get_source_object (task));
  progress->title = g_strdup (result->title);
  progress->n_done = n_done;
  progress->n_total = n_total;
  progress->n_new = result->n_new;
  g_main_context_invoke_full (g_task_get_context (task), G_PRIORITY_DEFAULT,
                              refresh_progress_cb, progress,
                              (GDestroyNotify) refresh_progress_free);
}

static void
refresh_feeds_thread (GTask        *task,
                      gpointer      source_object,
                      gpointer      task_data,
                      GCancellable *cancellable)
{
  RefreshRequest *request = task_data;
  g_autoptr(ClaimlineStore) store = NULL;
  g_autoptr(ClaimlineSubscriptions) subscriptions = NULL;
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;
  RefreshReport *report;

  store = claimline_store_new (request->store_path, &error);
  if (store == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  subscriptions = claimline_subscriptions_new (store, request->fetcher);
  results = claimline_subscriptions_refresh_all (subscriptions,
                                                 request->ids ? (gint64 *) request->ids->data : NULL,
                                                 request->ids ? request->ids->len : 0,
                                                 refresh_thread_progress_cb, task, cancellable,
                                                 &error);
  if (results == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  report = g_new0 (RefreshReport, 1);
  report->failures = g_ptr_array_new_with_free_func (g_free);
  report->n_feeds = results->len;
  for (guint i = 0; i < results->len; i++)
    {
      const ClaimlineRefreshResult *result = g_ptr_array_index (results, i);

      report->n_new += result->n_new;
      if (result->error != NULL && !g_error_matches (result->error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_ptr_array_add (report->failures,
                         g_strdup_printf (_("Could not refresh “%s”: %s"), result->title,
                                          result->error->message));
    }
  g_task_return_pointer (task, report, (GDestroyNotify) refresh_report_free);
}

static void
claimline_window_begin_refresh (ClaimlineWindow *self)
{
  self->refreshing_feeds = TRUE;
  self->feeds_done = 0;
  self->feeds_total = 0;
  self->feeds_unshown = 0;
  self->feeds_last_reload = g_get_monotonic_time ();
  if (self->n_imports++ == 0)
    {
      self->import_total = 0;
      self->import_done = 0;
      g_clear_object (&self->import_cancellable);
      self->import_cancellable = g_cancellable_new ();
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-import", TRUE);
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.refresh-feeds", FALSE);
  claimline_window_set_refresh_status (self, NULL);
}

static void
claimline_window_end_refresh (ClaimlineWindow *self)
{
  self->refreshing_feeds = FALSE;
  if (self->n_imports > 0 && --self->n_imports == 0)
    {
      self->import_total = 0;
      self->import_done = 0;
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-import", FALSE);
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.refresh-feeds", TRUE);
  claimline_window_set_refresh_status (self, NULL);
}

static void
claimline_window_report_refresh (ClaimlineWindow     *self,
                                 const RefreshReport *report,
                                 gboolean             quiet)
{
  if (report->n_new > 0)
    {
      g_autofree char *summary = g_strdup_printf (ngettext ("%u new article from feeds",
                                                            "%u new articles from feeds",
                                                            report->n_new),
                                                  report->n_new);

      claimline_window_add_toast (self, summary);
    }
  else if (!quiet && report->n_feeds > 0 && report->failures->len < report->n_feeds)
    claimline_window_add_toast (self, _("No new articles"));
  else if (!quiet && report->n_feeds == 0)
    claimline_window_add_toast (self, _("No feeds to refresh"));

  for (guint i = 0; i < report->failures->len && i < MAX_FAILURE_TOASTS; i++)
    claimline_window_add_toast (self, g_ptr_array_index (report->failures, i));
  if (report->failures->len > MAX_FAILURE_TOASTS)
    {
      guint n_more = report->failures->len - MAX_FAILURE_TOASTS;
      g_autofree char *more = g_strdup_printf (ngettext ("%u more feed could not be refreshed",
                                                         "%u more feeds could not be refreshed",
                                                         n_more),
                                               n_more);

      claimline_window_add_toast (self, more);
    }
}

static void
refresh_feeds_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  ClaimlineWindow *self = CLAIMLINE_WINDOW (object);
  g_autoptr(RefreshReport) report = NULL;
  g_autoptr(GError) error = NULL;
  RefreshRequest *request = g_task_get_task_data (G_TASK (result));
  gboolean quiet = request->quiet;

  report = g_task_propagate_pointer (G_TASK (result), &error);
  if (self->store == NULL)
    return;
  claimline_window_end_refresh (self);
  if (report == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Could not refresh the feeds: %s"),
                                                  error->message);

      claimline_window_add_toast (self, message);
      return;
    }
  if (report->n_new > 0)
    _claimline_window_reload_paced (self);
  self->feeds_unshown = 0;
  claimline_window_update_feeds (self);
  claimline_window_report_refresh (self, report, quiet);
}

/* Refreshes IDS (NULL: every feed) in a worker thread. */
static void
claimline_window_refresh_feeds (ClaimlineWindow *self,
                                GArray          *ids,
                                gboolean         quiet)
{
  g_autoptr(GTask) task = NULL;
  RefreshRequest *request;

  if (self->store == NULL || self->refreshing_feeds)
    return;

  request = g_new0 (RefreshRequest, 1);
  request->store_path = g_strdup (claimline_store_get_path (self->store));
  request->ids = ids != NULL ? g_array_ref (ids) : NULL;
  request->quiet = quiet;
  request->fetcher = g_object_ref (window_fetcher (self));
  claimline_window_begin_refresh (self);

  task = g_task_new (self, self->import_cancellable, refresh_feeds_cb, NULL);
  g_task_set_source_tag (task, claimline_window_refresh_feeds);
  g_task_set_task_data (task, request, (GDestroyNotify) refresh_request_free);
  /* A cancelled refresh still reports the feeds it finished. */
  g_task_set_check_cancellable (task, FALSE);
  g_task_run_in_thread (task, refresh_feeds_thread);
}

static void
refresh_feeds_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  claimline_window_refresh_feeds (CLAIMLINE_WINDOW (widget), NULL, FALSE);
}

/* The schedule: every minute, refresh the feeds whose interval has passed
 * since their last fetch (and whose server allows it). */
static gboolean
schedule_check_cb (gpointer user_data)
{
  ClaimlineWindow *self = user_data;
  guint interval = g_settings_get_uint (self->settings, "feed-refresh-interval");
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GArray) due = NULL;
  gboolean first = self->feeds_first_check;

  if (first)
    {
      self->feeds_first_check = FALSE;
      self->feeds_timer = g_timeout_add_seconds (SCHEDULE_CHECK_SECONDS, schedule_check_cb, self);
      g_source_set_name_by_id (self->feeds_timer, "[claimline] feed schedule");
    }
  if (interval == 0 || self->store == NULL || self->refreshing_feeds)
    return first ? G_SOURCE_REMOVE : G_SOURCE_CONTINUE;

  records = claimline_store_list_feeds (self->store, NULL);
  if (records == NULL)
    return first ? G_SOURCE_REMOVE : G_SOURCE_CONTINUE;
  due = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < records->len; i++)
    {
      const ClaimlineFeedRecord *record = g_ptr_array_index (records, i);
      gint64 last = MAX (record->last_fetched, record->last_error_time);

      if (last + (gint64) interval * 60 <= now && record->retry_after <= now)
        g_array_append_val (due, record->id);
    }
  if (due->len > 0)
    claimline_window_refresh_feeds (self, due, TRUE);
  return first ? G_SOURCE_REMOVE : G_SOURCE_CONTINUE;
}

/* Adding ------------------------------------------------------------------ */

typedef struct
{
  char             *store_path;
  ClaimlineFetcher *fetcher;
  char             *url;
} AddRequest;

typedef struct
{
  ClaimlineAddedKind kind;
  gint64             id;
  guint              n_new;
  char              *title;
} AddReport;

static void
add_request_free (AddRequest *request)
{
  g_free (request->store_path);
  g_clear_object (&request->fetcher);
  g_free (request->url);
  g_free (request);
}

static void
add_report_free (AddReport *report)
{
  g_free (report->title);
  g_free (report);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AddReport, add_report_free)

static void
add_url_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  AddRequest *request = task_data;
  g_autoptr(ClaimlineStore) store = NULL;
  g_autoptr(ClaimlineSubscriptions) subscriptions = NULL;
  g_autoptr(AddReport) report = g_new0 (AddReport, 1);
  g_autoptr(GError) error = NULL;

  store = claimline_store_new (request->store_path, &error);
  if (store == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  subscriptions = claimline_subscriptions_new (store, request->fetcher);
  report->id = claimline_subscriptions_add_url (subscriptions, request->url, &report->kind,
                                                &report->n_new, cancellable, &error);
  if (report->id == 0)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (report->kind == CLAIMLINE_ADDED_FEED)
    {
      g_autoptr(ClaimlineFeedRecord) record = claimline_store_load_feed (store, report->id, NULL);

      report->title = g_strdup (record != NULL && record->title ? record->title : request->url);
    }
  else
    {
      g_autoptr(ClaimlineArticle) article = claimline_store_load_article (store, report->id, NULL);

      report->title = g_strdup (article != NULL ? claimline_article_get_title (article) : request->url);
    }
  g_task_return_pointer (task, g_steal_pointer (&report), (GDestroyNotify) add_report_free);
}

static void
add_url_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  ClaimlineWindow *self = CLAIMLINE_WINDOW (object);
  g_autoptr(AddReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  report = g_task_propagate_pointer (G_TASK (result), &error);
  if (self->store == NULL)
    return;
  claimline_window_end_refresh (self);
  if (report == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          message = g_strdup_printf (_("Could not add the address: %s"), error->message);
          claimline_window_add_toast (self, message);
        }
      return;
    }

  if (report->kind == CLAIMLINE_ADDED_ARTICLE)
    {
      _claimline_window_reload (self, report->id, TRUE);
      message = g_strdup_printf (_("Imported “%s”"), report->title);
    }
  else
    {
      if (report->n_new > 0)
        _claimline_window_reload (self, -1, FALSE);
      claimline_window_update_feeds (self);
      /* Translators: a feed's title and how many articles it brought */
      message = g_strdup_printf (ngettext ("Subscribed to “%s”: %u new article",
                                           "Subscribed to “%s”: %u new articles", report->n_new),
                                 report->title, report->n_new);
    }
  claimline_window_add_toast (self, message);
}

void
_claimline_window_add_url (ClaimlineWindow *self,
                           const char      *url)
{
  g_autoptr(GTask) task = NULL;
  AddRequest *request;

  g_return_if_fail (CLAIMLINE_IS_WINDOW (self));
  g_return_if_fail (url != NULL);

  if (self->store == NULL || self->refreshing_feeds)
    {
      claimline_window_add_toast (self, _("Wait for the feeds to finish refreshing"));
      return;
    }
  request = g_new0 (AddRequest, 1);
  request->store_path = g_strdup (claimline_store_get_path (self->store));
  request->url = g_strstrip (g_strdup (url));
  request->fetcher = g_object_ref (window_fetcher (self));
  claimline_window_begin_refresh (self);
  g_free (self->import_status);
  /* Translators: the address being fetched */
  self->import_status = g_strdup_printf (_("Fetching %s…"), request->url);
  claimline_feeds_popover_set_progress (self->feeds_popover, self->import_status, 0);
  _claimline_window_notify_import (self);

  task = g_task_new (self, self->import_cancellable, add_url_cb, NULL);
  g_task_set_source_tag (task, _claimline_window_add_url);
  g_task_set_task_data (task, request, (GDestroyNotify) add_request_free);
  g_task_run_in_thread (task, add_url_thread);
}

static void
on_add_entry_changed_cb (GtkEditable      *entry,
                         AdwMessageDialog *dialog)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "add",
                                           g_str_has_prefix (text, "http://") ||
                                           g_str_has_prefix (text, "https://"));
}

static void
on_add_dialog_response_cb (AdwMessageDialog *dialog,
                           const char       *response,
                           ClaimlineWindow  *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "entry");

  if (g_str_equal (response, "add"))
    _claimline_window_add_url (self, gtk_editable_get_text (entry));
}

/* A dialog with an entry as its extra child. */
static GtkWidget *
entry_dialog_new (ClaimlineWindow *self,
                  const char      *heading,
                  const char      *body,
                  const char      *text,
                  const char      *response_id,
                  const char      *response_label)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  GtkWidget *entry = gtk_entry_new ();

  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (entry), text != NULL ? text : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  heading, -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    response_id, response_label,
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), response_id,
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), response_id);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "entry", entry);
  return dialog;
}

static void
add_feed_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  ClaimlineWindow *self = CLAIMLINE_WINDOW (widget);
  GtkWidget *dialog;
  GtkWidget *entry;

  dialog = entry_dialog_new (self, _("Add Feed or Page"),
                             _("Paste the address of a feed or a web page. An article is "
                               "imported; a site is followed through the feed it names."),
                             NULL, "add", _("_Add"));
  entry = g_object_get_data (G_OBJECT (dialog), "entry");
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), "https://");
  gtk_entry_set_input_purpose (GTK_ENTRY (entry), GTK_INPUT_PURPOSE_URL);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "add", FALSE);
  g_signal_connect_object (entry, "changed", G_CALLBACK (on_add_entry_changed_cb), dialog, 0);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_add_dialog_response_cb), self, 0);
  gtk_popover_popdown (GTK_POPOVER (self->feeds_popover));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Rename and remove ------------------------------------------------------- */

static ClaimlineFeedRecord *
load_feed_or_toast (ClaimlineWindow *self,
                    gint64           id)
{
  g_autoptr(GError) error = NULL;
  ClaimlineFeedRecord *record;

  if (self->store == NULL)
    return NULL;
  record = claimline_store_load_feed (self->store, id, &error);
  if (record == NULL)
    claimline_window_add_toast (self, error->message);
  return record;
}

static void
on_rename_dialog_response_cb (AdwMessageDialog *dialog,
                              const char       *response,
                              ClaimlineWindow  *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "entry");
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (dialog), "feed-id");
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "rename") || *title == '\0' || self->store == NULL)
    return;
  if (!claimline_store_set_feed_title (self->store, id, title, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Could not rename the feed: %s"), error->message);

      claimline_window_add_toast (self, message);
    }
  claimline_window_update_feeds (self);
}

static void
rename_feed_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  ClaimlineWindow *self = CLAIMLINE_WINDOW (widget);
  gint64 id = g_variant_get_int64 (parameter);
  g_autoptr(ClaimlineFeedRecord) record = load_feed_or_toast (self, id);
  GtkWidget *dialog;

  if (record == NULL)
    return;
  dialog = entry_dialog_new (self, _("Rename Feed"), record->url,
                             record->title != NULL ? record->title : "", "rename", _("_Rename"));
  g_object_set_data_full (G_OBJECT (dialog), "feed-id", g_memdup2 (&id, sizeof id), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_rename_dialog_response_cb), self, 0);
  gtk_popover_popdown (GTK_POPOVER (self->feeds_popover));
  gtk_window_present (GTK_WINDOW (dialog));
}

typedef struct
{
  char     *store_path;
  gint64    feed_id;
  gboolean  delete_articles;
} RemoveRequest;

static void
remove_request_free (RemoveRequest *request)
{
  g_free (request->store_path);
  g_free (request);
}

/* Removing a feed with its articles recomputes every story they leave:
 * done on a connection of its own, off the main thread. */
static void
remove_feed_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  RemoveRequest *request = task_data;
  g_autoptr(ClaimlineStore) store = NULL;
  g_autoptr(GError) error = NULL;

  store = claimline_store_new (request->store_path, &error);
  if (store == NULL ||
      !claimline_library_remove_feed (store, request->feed_id, request->delete_articles, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
remove_feed_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  ClaimlineWindow *self = CLAIMLINE_WINDOW (object);
  RemoveRequest *request = g_task_get_task_data (G_TASK (result));
  gboolean delete_articles = request->delete_articles;
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return;
  claimline_window_end_refresh (self);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_autofree char *message = g_strdup_printf (_("Could not remove the feed: %s"), error->message);

      claimline_window_add_toast (self, message);
      claimline_window_update_feeds (self);
      return;
    }
  if (delete_articles)
    _claimline_window_reload (self, -1, FALSE);
  claimline_window_update_feeds (self);
  claimline_window_add_toast (self, delete_articles ? _("Feed and its articles removed")
                                                    : _("Feed removed; its articles stay"));
}

static void
on_remove_dialog_response_cb (AdwMessageDialog *dialog,
                              const char       *response,
                              ClaimlineWindow  *self)
{
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (dialog), "feed-id");
  gboolean delete_articles = g_str_equal (response, "delete");
  g_autoptr(GTask) task = NULL;
  RemoveRequest *request;

  if (self->store == NULL || (!delete_articles && !g_str_equal (response, "keep")))
    return;
  if (self->refreshing_feeds)
    {
      claimline_window_add_toast (self, _("Wait for the feeds to finish refreshing"));
      return;
    }
  /* one long write at a time: an import's articles would wait on it */
  if (self->n_imports > 0)
    {
      claimline_window_add_toast (self, _("Wait for the import to finish"));
      return;
    }
  request = g_new0 (RemoveRequest, 1);
  request->store_path = g_strdup (claimline_store_get_path (self->store));
  request->feed_id = id;
  request->delete_articles = delete_articles;
  /* no refresh, no other removal while this one writes */
  claimline_window_begin_refresh (self);
  claimline_feeds_popover_set_progress (self->feeds_popover, _("Removing the feed…"), 0);

  task = g_task_new (self, NULL, remove_feed_cb, NULL);
  g_task_set_source_tag (task, on_remove_dialog_response_cb);
  g_task_set_task_data (task, request, (GDestroyNotify) remove_request_free);
  g_task_run_in_thread (task, remove_feed_thread);
}

static void
remove_feed_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  ClaimlineWindow *self = CLAIMLINE_WINDOW (widget);
  gint64 id = g_variant_get_int64 (parameter);
  g_autoptr(ClaimlineFeedRecord) record = load_feed_or_toast (self, id);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (record == NULL)
    return;
  heading = g_strdup_printf (_("Remove “%s”?"), record->title != NULL ? record->title : record->url);
  if (record->n_articles == 0)
    {
      /* Nothing to keep or delete: a plain confirmation. */
      dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                       _("The feed is no longer refreshed."));
      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                        "cancel", _("_Cancel"),
                                        "keep", _("_Remove"),
                                        NULL);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "keep",
                                                  ADW_RESPONSE_DESTRUCTIVE);
    }
  else
    {
      body = g_strdup_printf (ngettext ("The feed is no longer refreshed. Its %u article can stay "
                                        "in the library or be deleted with it.",
                                        "The feed is no longer refreshed. Its %u articles can stay "
                                        "in the library or be deleted with it.",
                                        record->n_articles),
                              record->n_articles);
      dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                        "cancel", _("_Cancel"),
                                        "delete", _("_Delete Articles"),
                                        "keep", _("_Keep Articles"),
                                        NULL);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                                  ADW_RESPONSE_DESTRUCTIVE);
    }
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "feed-id", g_memdup2 (&id, sizeof id), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_remove_dialog_response_cb), self, 0);
  gtk_popover_popdown (GTK_POPOVER (self->feeds_popover));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* OPML -------------------------------------------------------------------- */

static void
opml_loaded_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(ClaimlineWindow) self = user_data;
  g_autoptr(ClaimlineSubscriptions) subscriptions = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  char *contents = NULL;
  gsize length = 0;
  guint n_added = 0;

  if (!g_file_load_contents_finish (G_FILE (object), result, &contents, &length, NULL, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          message = g_strdup_printf (_("Could not read the OPML file: %s"), error->message);
          claimline_window_add_toast (self, message);
        }
      return;
    }
  bytes = g_bytes_new_take (contents, length);
  if (self->store == NULL)
    return;
  subscriptions = claimline_subscriptions_new (self->store, window_fetcher (self));
  if (!claimline_subscriptions_import_opml (subscriptions, bytes, &n_added, &error))
    {
      message = g_strdup_printf (_("Could not import the OPML file: %s"), error->message);
      claimline_window_add_toast (self, message);
      return;
    }
  message = g_strdup_printf (ngettext ("Subscribed to %u new feed", "Subscribed to %u new feeds",
                                       n_added),
                             n_added);
  claimline_window_add_toast (self, message);
  claimline_window_update_feeds (self);
  if (n_added > 0)
    claimline_window_refresh_feeds (self, NULL, TRUE);
}

static void
on_opml_open_response_cb (GtkNativeDialog *chooser,
                          int              response,
                          ClaimlineWindow *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    g_file_load_contents_async (file, self->cancellable, opml_loaded_cb, g_object_ref (self));
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static GtkFileFilter *
opml_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("OPML Files"));
  gtk_file_filter_add_pattern (filter, "*.opml");
  gtk_file_filter_add_pattern (filter, "*.xml");
  gtk_file_filter_add_mime_type (filter, "text/x-opml+xml");
  return filter;
}

static void
import_opml_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  ClaimlineWindow *self = CLAIMLINE_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = opml_filter ();

  chooser = gtk_file_chooser_native_new (_("Import Feeds from OPML"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_opml_open_response_cb), self, 0);
  gtk_popover_popdown (GTK_POPOVER (self->feeds_popover));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
opml_saved_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(ClaimlineWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_file_replace_contents_finish (G_FILE (object), result, NULL, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Could not save the OPML file: %s"),
                                                  error->message);

      claimline_window_add_toast (self, message);
      return;
    }
  claimline_window_add_toast (self, _("Feeds exported"));
}

static void
on_opml_save_response_cb (GtkNativeDialog *chooser,
                          int              response,
                          ClaimlineWindow *self)
{
  g_autoptr(ClaimlineSubscriptions) subscriptions = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  char *opml;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  if (file == NULL || self->store == NULL)
    return;

  subscriptions = claimline_subscriptions_new (self->store, window_fetcher (self));
  opml = claimline_subscriptions_export_opml (subscriptions, &error);
  if (opml == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Could not export the feeds: %s"),
                                                  error->message);

      claimline_window_add_toast (self, message);
      return;
    }
  bytes = g_bytes_new_take (opml, strlen (opml));
  g_file_replace_contents_bytes_async (file, bytes, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                       self->cancellable, opml_saved_cb, g_object_ref (self));
}

static void
export_opml_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  ClaimlineWindow *self = CLAIMLINE_WINDOW (widget);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Export Feeds as OPML"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "claimline-feeds.opml");
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_opml_save_response_cb), self, 0);
  gtk_popover_popdown (GTK_POPOVER (self->feeds_popover));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Setup ------------------------------------------------------------------- */

static void
on_feeds_popover_show_cb (ClaimlineWindow *self)
{
  claimline_window_read_feeds (self);
}

void
_claimline_window_class_feeds_init (ClaimlineWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  g_type_ensure (CLAIMLINE_TYPE_FEEDS_POPOVER);
  gtk_widget_class_install_action (widget_class, "win.add-feed", NULL, add_feed_action);
  gtk_widget_class_install_action (widget_class, "win.refresh-feeds", NULL, refresh_feeds_action);
  gtk_widget_class_install_action (widget_class, "win.rename-feed", "x", rename_feed_action);
  gtk_widget_class_install_action (widget_class, "win.remove-feed", "x", remove_feed_action);
  gtk_widget_class_install_action (widget_class, "win.import-opml", NULL, import_opml_action);
  gtk_widget_class_install_action (widget_class, "win.export-opml", NULL, export_opml_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "win.refresh-feeds", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK,
                                       "win.refresh-feeds", NULL);
}

void
_claimline_window_feeds_init (ClaimlineWindow *self)
{
  g_signal_connect_object (self->feeds_popover, "show", G_CALLBACK (on_feeds_popover_show_cb),
                           self, G_CONNECT_SWAPPED);
  /* A first look soon after start, then once a minute. */
  self->feeds_first_check = TRUE;
  self->feeds_timer = g_timeout_add_seconds (FIRST_CHECK_SECONDS, schedule_check_cb, self);
  g_source_set_name_by_id (self->feeds_timer, "[claimline] first feed check");
}

void
_claimline_window_feeds_dispose (ClaimlineWindow *self)
{
  g_clear_handle_id (&self->feeds_timer, g_source_remove);
  g_clear_object (&self->fetcher);
}
