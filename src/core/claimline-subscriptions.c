/* claimline-subscriptions.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Feeds: subscribing (by feed or page address), OPML, and refreshing.  A
 * refresh has two halves: fetching and parsing, which touch no store and
 * run for several feeds at once in a thread pool, and storing, which runs
 * in the calling thread alone because the store's connection is that
 * thread's.  The pool hands finished feeds over through a queue, so the
 * writes of one feed overlap the downloads of the next ones.
 */

#include "config.h"

#include <string.h>

#include "claimline-error.h"
#include "claimline-feed.h"
#include "claimline-import.h"
#include "claimline-library.h"
#include "claimline-opml.h"
#include "claimline-store-private.h"
#include "claimline-subscriptions.h"

/* A page is taken for an article rather than a site's front page when it
 * has at least this many words of main text. */
#define ARTICLE_MIN_WORDS 150

struct _ClaimlineSubscriptions
{
  GObject           parent_instance;

  ClaimlineStore   *store;
  ClaimlineFetcher *fetcher;
};

G_DEFINE_FINAL_TYPE (ClaimlineSubscriptions, claimline_subscriptions, G_TYPE_OBJECT)

/* One feed on its way through a refresh. */
typedef struct
{
  gint64                  feed_id;
  char                   *url;
  char                   *etag;
  char                   *last_modified;
  gint64                  retry_after;
  gboolean                has_title;
  ClaimlineFetchResult   *fetched;
  ClaimlineFeed          *feed;
  ClaimlineRefreshResult *result;
} RefreshJob;

void
claimline_refresh_result_free (ClaimlineRefreshResult *result)
{
  if (result == NULL)
    return;
  g_free (result->title);
  g_clear_error (&result->error);
  g_free (result);
}

static RefreshJob *
refresh_job_new (const ClaimlineFeedRecord *record)
{
  RefreshJob *job = g_new0 (RefreshJob, 1);

  job->feed_id = record->id;
  job->url = g_strdup (record->url);
  job->etag = g_strdup (record->etag);
  job->last_modified = g_strdup (record->last_modified);
  job->retry_after = record->retry_after;
  job->has_title = record->title != NULL;
  job->result = g_new0 (ClaimlineRefreshResult, 1);
  job->result->feed_id = record->id;
  job->result->title = g_strdup (record->title != NULL ? record->title : record->url);
  return job;
}

static void
refresh_job_free (RefreshJob *job)
{
  g_free (job->url);
  g_free (job->etag);
  g_free (job->last_modified);
  g_clear_pointer (&job->fetched, claimline_fetch_result_free);
  g_clear_pointer (&job->feed, claimline_feed_free);
  g_clear_pointer (&job->result, claimline_refresh_result_free);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RefreshJob, refresh_job_free)

static void
claimline_subscriptions_dispose (GObject *object)
{
  ClaimlineSubscriptions *self = (ClaimlineSubscriptions *)object;

  g_clear_object (&self->store);
  g_clear_object (&self->fetcher);

  G_OBJECT_CLASS (claimline_subscriptions_parent_class)->dispose (object);
}

static void
claimline_subscriptions_class_init (ClaimlineSubscriptionsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = claimline_subscriptions_dispose;
}

static void
claimline_subscriptions_init (ClaimlineSubscriptions *self)
{
}

ClaimlineSubscriptions *
claimline_subscriptions_new (ClaimlineStore   *store,
                             ClaimlineFetcher *fetcher)
{
  ClaimlineSubscriptions *self;

  g_return_val_if_fail (CLAIMLINE_IS_STORE (store), NULL);
  g_return_val_if_fail (CLAIMLINE_IS_FETCHER (fetcher), NULL);

  self = g_object_new (CLAIMLINE_TYPE_SUBSCRIPTIONS, NULL);
  self->store = g_object_ref (store);
  self->fetcher = g_object_ref (fetcher);
  return self;
}

static gboolean
looks_like_html (const ClaimlineFetchResult *fetched)
{
  gsize size = 0;
  const char *data = g_bytes_get_data (fetched->body, &size);
  g_autofree char *head = g_ascii_strdown (data, MIN (size, 512));

  if (fetched->content_type != NULL &&
      (g_str_has_prefix (fetched->content_type, "text/html") ||
       g_str_has_prefix (fetched->content_type, "application/xhtml")))
    return TRUE;
  return strstr (head, "<html") != NULL || strstr (head, "<!doctype html") != NULL;
}

/* Parses what was fetched for JOB as a feed. */
static ClaimlineFeed *
parse_fetched (const ClaimlineFetchResult  *fetched,
               GError                     **error)
{
  g_autoptr(GError) local_error = NULL;
  ClaimlineFeed *feed;
  gsize size = 0;
  const char *data = g_bytes_get_data (fetched->body, &size);

  if (looks_like_html (fetched) && !claimline_feed_sniff (data, size))
    {
      g_set_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_PARSE,
                   "%s is a web page, not a feed", fetched->final_url);
      return NULL;
    }
  feed = claimline_feed_parse (fetched->body, fetched->final_url, fetched->content_type,
                               &local_error);
  if (feed == NULL)
    g_set_error (error, CLAIMLINE_ERROR, local_error->code, "%s is not a feed: %s",
                 fetched->final_url, local_error->message);
  return feed;
}

/* Worker half of a refresh: fetch (conditionally) and parse; no store. */
static void
refresh_job_fetch (RefreshJob       *job,
                   ClaimlineFetcher *fetcher,
                   GCancellable     *cancellable)
{
  ClaimlineRefreshResult *result = job->result;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  if (job->retry_after > now)
    {
      result->deferred = TRUE;
      result->retry_after = job->retry_after;
      return;
    }
  job->fetched = claimline_fetcher_fetch_full (fetcher, job->url, job->etag, job->last_modified,
                                               &result->retry_after, cancellable, &result->error);
  if (job->fetched == NULL)
    return;
  if (job->fetched->not_modified)
    {
      result->not_modified = TRUE;
      return;
    }
  job->feed = parse_fetched (job->fetched, &result->error);
  if (job->feed != NULL)
    result->n_dropped = job->feed->n_dropped;
}

static guint
count_words (const char *text)
{
  guint n = 0;
  gboolean in_word = FALSE;

  for (const char *p = text; p != NULL && *p != '\0'; p++)
    {
      gboolean space = g_ascii_isspace (*p);

      if (!space && !in_word)
        n++;
      in_word = !space;
    }
  return n;
}

/* Stores the entries of JOB's feed that are not stored yet, oldest first
 * (feeds list the newest first), each tied to the feed. */
static gboolean
store_entries (ClaimlineSubscriptions  *self,
               RefreshJob              *job,
               GError                 **error)
{
  GPtrArray *entries = job->feed->entries;

  for (guint i = entries->len; i > 0; i--)
    {
      const ClaimlineFeedEntry *entry = g_ptr_array_index (entries, i - 1);
      g_autoptr(ClaimlineDocument) document = claimline_feed_entry_to_document (job->feed, entry);
      gboolean added = FALSE;
      gint64 id;

      id = claimline_store_find_entry (self->store, document->guid, document->url, error);
      if (id < 0)
        return FALSE;
      if (id > 0)
        continue;
      /* A headline-only entry still stands for an article. */
      if (document->text == NULL || *document->text == '\0')
        {
          g_free (document->text);
          document->text = g_strdup (document->title);
        }
      if (document->text == NULL || *document->text == '\0')
        continue;
      if (!claimline_library_add_document (self->store, document, &id, &added, error) ||
          !claimline_store_set_article_feed (self->store, id, job->feed_id, error))
        return FALSE;
      if (added)
        job->result->n_new++;
    }
  return TRUE;
}

/* Storing half of a refresh, in the store's thread: one transaction for
 * the feed's new articles and its validators. */
static void
refresh_job_store (ClaimlineSubscriptions *self,
                   RefreshJob             *job)
{
  ClaimlineRefreshResult *result = job->result;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  g_autoptr(GError) error = NULL;

  if (result->deferred || g_error_matches (result->error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (result->error != NULL)
    {
      if (!claimline_store_record_feed_error (self->store, job->feed_id, result->error->message,
                                              0, result->retry_after, now, &error))
        g_warning ("%s", error->message);
      return;
    }

  if (!claimline_store_begin (self->store, &error))
    goto failed;
  if (job->feed != NULL)
    {
      if (!store_entries (self, job, &error))
        goto failed;
      if (!job->has_title && job->feed->title != NULL && *job->feed->title != '\0')
        {
          if (!claimline_store_set_feed_title (self->store, job->feed_id, job->feed->title, &error))
            goto failed;
          g_free (result->title);
          result->title = g_strdup (job->feed->title);
        }
    }
  if (!claimline_store_record_feed_fetch (self->store, job->feed_id, job->fetched->etag,
                                          job->fetched->last_modified, job->fetched->status,
                                          now, &error) ||
      !claimline_store_commit (self->store, &error))
    goto failed;
  return;

failed:
  claimline_store_rollback (self->store);
  result->n_new = 0;
  g_propagate_error (&result->error, g_steal_pointer (&error));
  /* The failure is the store's; recording it may fail the same way. */
  claimline_store_record_feed_error (self->store, job->feed_id, result->error->message, 0, 0,
                                     now, NULL);
}

/* Fetches URL and, for an HTML page without feed markup, the first feed
 * it advertises.  OUT_PAGE (nullable) receives the page when there was
 * one. */
static ClaimlineFetchResult *
fetch_feed_or_page (ClaimlineSubscriptions  *self,
                    const char              *url,
                    ClaimlineFetchResult   **out_page,
                    char                  ***out_discovered,
                    GCancellable            *cancellable,
                    GError                 **error)
{
  g_autoptr(ClaimlineFetchResult) fetched = NULL;
  g_auto(GStrv) discovered = NULL;
  gsize size = 0;
  const char *data;

  fetched = claimline_fetcher_fetch_full (self->fetcher, url, NULL, NULL, NULL, cancellable, error);
  if (fetched == NULL)
    return NULL;
  data = g_bytes_get_data (fetched->body, &size);
  if (claimline_feed_sniff (data, size) || !looks_like_html (fetched))
    return g_steal_pointer (&fetched);

  discovered = claimline_feed_discover (fetched->body, fetched->final_url);
  if (out_discovered != NULL)
    *out_discovered = g_strdupv (discovered);
  if (out_page != NULL)
    *out_page = g_steal_pointer (&fetched);
  return NULL;
}

/* Subscribes to the feed FETCHED holds and stores its entries. */
static gint64
subscribe_fetched (ClaimlineSubscriptions  *self,
                   ClaimlineFetchResult    *fetched,
                   const char              *title,
                   const char              *folder,
                   guint                   *out_n_new,
                   GError                 **error)
{
  g_autoptr(ClaimlineFeedRecord) record = NULL;
  g_autoptr(ClaimlineFeed) feed = parse_fetched (fetched, error);
  g_autoptr(RefreshJob) job = NULL;
  gint64 feed_id;

  if (feed == NULL)
    return 0;
  feed_id = claimline_store_add_feed (self->store, fetched->final_url, title, folder, NULL, error);
  if (feed_id == 0)
    return 0;
  record = claimline_store_load_feed (self->store, feed_id, error);
  if (record == NULL)
    return 0;

  job = refresh_job_new (record);
  job->fetched = fetched;
  job->feed = g_steal_pointer (&feed);
  refresh_job_store (self, job);
  job->fetched = NULL; /* the caller's */
  if (job->result->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&job->result->error));
      return 0;
    }
  if (out_n_new != NULL)
    *out_n_new = job->result->n_new;
  return feed_id;
}

gint64
claimline_subscriptions_add (ClaimlineSubscriptions  *self,
                             const char              *url,
                             const char              *title,
                             const char              *folder,
                             guint                   *out_n_new,
                             GCancellable            *cancellable,
                             GError                 **error)
{
  g_autoptr(ClaimlineFetchResult) fetched = NULL;
  g_autoptr(ClaimlineFetchResult) page = NULL;
  g_auto(GStrv) discovered = NULL;

  g_return_val_if_fail (CLAIMLINE_IS_SUBSCRIPTIONS (self), 0);
  g_return_val_if_fail (url != NULL, 0);

  if (out_n_new != NULL)
    *out_n_new = 0;
  fetched = fetch_feed_or_page (self, url, &page, &discovered, cancellable, error);
  if (fetched == NULL && page == NULL)
    return 0;
  if (fetched == NULL)
    {
      if (discovered == NULL || discovered[0] == NULL)
        {
          g_set_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_NOT_FOUND,
                       "%s is a web page that names no feed", page->final_url);
          return 0;
        }
      fetched = claimline_fetcher_fetch_full (self->fetcher, discovered[0], NULL, NULL, NULL,
                                              cancellable, error);
      if (fetched == NULL)
        return 0;
    }
  return subscribe_fetched (self, fetched, title, folder, out_n_new, error);
}

/* Whether URL is a site's front page ("/", "/index.html") rather than
 * one of its articles. */
static gboolean
is_front_page (const char *url)
{
  g_autoptr(GUri) uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
  const char *path = uri != NULL ? g_uri_get_path (uri) : "/";

  return *path == '\0' || g_str_equal (path, "/") || g_str_has_prefix (path, "/index.");
}

static gint64
import_page (ClaimlineSubscriptions  *self,
             ClaimlineFetchResult    *page,
             ClaimlineDocument       *document,
             GError                 **error)
{
  gint64 id = 0;

  if (document->url == NULL)
    document->url = g_strdup (page->final_url);
  if (!claimline_library_add_document (self->store, document, &id, NULL, error))
    return 0;
  return id;
}

gint64
claimline_subscriptions_add_url (ClaimlineSubscriptions  *self,
                                 const char              *url,
                                 ClaimlineAddedKind      *out_kind,
                                 guint                   *out_n_new,
                                 GCancellable            *cancellable,
                                 GError                 **error)
{
  g_autoptr(ClaimlineFetchResult) fetched = NULL;
  g_autoptr(ClaimlineFetchResult) page = NULL;
  g_autoptr(ClaimlineDocument) document = NULL;
  g_autoptr(GError) import_error = NULL;
  g_auto(GStrv) discovered = NULL;
  gboolean has_feed;

  g_return_val_if_fail (CLAIMLINE_IS_SUBSCRIPTIONS (self), 0);
  g_return_val_if_fail (url != NULL, 0);

  if (out_kind != NULL)
    *out_kind = CLAIMLINE_ADDED_FEED;
  if (out_n_new != NULL)
    *out_n_new = 0;
  fetched = fetch_feed_or_page (self, url, &page, &discovered, cancellable, error);
  if (fetched != NULL)
    return subscribe_fetched (self, fetched, NULL, NULL, out_n_new, error);
  if (page == NULL)
    return 0;

  has_feed = discovered != NULL && discovered[0] != NULL;
  document = claimline_import_bytes (page->body, page->final_url, page->content_type, &import_error);
  if (document != NULL && (!has_feed || (!is_front_page (page->final_url) &&
                                         count_words (document->text) >= ARTICLE_MIN_WORDS)))
    {
      if (out_kind != NULL)
        *out_kind = CLAIMLINE_ADDED_ARTICLE;
      if (out_n_new != NULL)
        *out_n_new = 1;
      return import_page (self, page, document, error);
    }
  if (!has_feed)
    {
      g_propagate_error (error, g_steal_pointer (&import_error));
      return 0;
    }
  fetched = claimline_fetcher_fetch_full (self->fetcher, discovered[0], NULL, NULL, NULL,
                                          cancellable, error);
  if (fetched == NULL)
    return 0;
  return subscribe_fetched (self, fetched, NULL, NULL, out_n_new, error);
}

gboolean
claimline_subscriptions_rename (ClaimlineSubscriptions  *self,
                                gint64                   feed_id,
                                const char              *title,
                                GError                 **error)
{
  g_return_val_if_fail (CLAIMLINE_IS_SUBSCRIPTIONS (self), FALSE);

  return claimline_store_set_feed_title (self->store, feed_id, title, error);
}

gboolean
claimline_subscriptions_set_folder (ClaimlineSubscriptions  *self,
                                    gint64                   feed_id,
                                    const char              *folder,
                                    GError                 **error)
{
  g_return_val_if_fail (CLAIMLINE_IS_SUBSCRIPTIONS (self), FALSE);

  return claimline_store_set_feed_folder (self->store, feed_id, folder, error);
}

gboolean
claimline_subscriptions_remove (ClaimlineSubscriptions  *self,
                                gint64                   feed_id,
                                gboolean                 delete_articles,
                                GError                 **error)
{
  g_return_val_if_fail (CLAIMLINE_IS_SUBSCRIPTIONS (self), FALSE);

  return claimline_library_remove_feed (self->store, feed_id, delete_articles, error);
}

GPtrArray *
claimline_subscriptions_list (ClaimlineSubscriptions  *self,
                              GError                 **error)
{
  g_return_val_if_fail (CLAIMLINE_IS_SUBSCRIPTIONS (self), NULL);

  return claimline_store_list_feeds (self->store, error);
}

gboolean
claimline_subscriptions_import_opml (ClaimlineSubscriptions  *self,
                                     GBytes                  *opml,
                                     guint                   *out_n_added,
                                     GError                 **error)
{
  g_autoptr(GPtrArray) feeds = NULL;
  guint n_added = 0;

  g_return_val_if_fail (CLAIMLINE_IS_SUBSCRIPTIONS (self), FALSE);
  g_return_val_if_fail (opml != NULL, FALSE);

  if (out_n_added != NULL)
    *out_n_added = 0;
  feeds = claimline_opml_parse (opml, error);
  if (feeds == NULL || !claimline_store_begin (self->store, error))
    return FALSE;
  for (guint i = 0; i < feeds->len; i++)
    {
      const ClaimlineOpmlFeed *feed = g_ptr_array_index (feeds, i);
      gboolean added = FALSE;

      if (claimline_store_add_feed (self->store, feed->url, feed->title, feed->folder, &added,
                                    error) == 0)
        {
          claimline_store_rollback (self->store);
          return FALSE;
        }
      n_added += added;
    }
  if (!claimline_store_commit (self->store, error))
    {
      claimline_store_rollback (self->store);
      return FALSE;
    }
  if (out_n_added != NULL)
    *out_n_added = n_added;
  return TRUE;
}

char *
claimline_subscriptions_export_opml (ClaimlineSubscriptions  *self,
                                     GError                 **error)
{
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) feeds = NULL;

  g_return_val_if_fail (CLAIMLINE_IS_SUBSCRIPTIONS (self), NULL);

  records = claimline_store_list_feeds (self->store, error);
  if (records == NULL)
    return NULL;
  feeds = g_ptr_array_new_with_free_func ((GDestroyNotify) claimline_opml_feed_free);
  for (guint i = 0; i < records->len; i++)
    {
      const ClaimlineFeedRecord *record = g_ptr_array_index (records, i);

      g_ptr_array_add (feeds, claimline_opml_feed_new (record->title, record->url, NULL,
                                                       record->folder));
    }
  return claimline_opml_write (feeds, "Claimline");
}

ClaimlineRefreshResult *
claimline_subscriptions_refresh (ClaimlineSubscriptions *self,
                                 gint64                  feed_id,
                                 GCancellable           *cancellable)
{
  g_autoptr(ClaimlineRefreshResult) result = NULL;
  g_autoptr(GPtrArray) results = NULL;

  g_return_val_if_fail (CLAIMLINE_IS_SUBSCRIPTIONS (self), NULL);

  result = g_new0 (ClaimlineRefreshResult, 1);
  result->feed_id = feed_id;
  results = claimline_subscriptions_refresh_all (self, &feed_id, 1, NULL, NULL, cancellable,
                                                 &result->error);
  if (results == NULL || results->len == 0)
    {
      if (result->error == NULL)
        g_set_error (&result->error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_NOT_FOUND,
                     "There is no feed %" G_GINT64_FORMAT, feed_id);
      return g_steal_pointer (&result);
    }
  return g_ptr_array_steal_index (results, 0);
}

/* What the pool's workers share. */
typedef struct
{
  ClaimlineFetcher *fetcher;
  GCancellable     *cancellable;
  GAsyncQueue      *done;
} RefreshPool;

static void
refresh_pool_work (gpointer data,
                   gpointer user_data)
{
  RefreshJob *job = data;
  RefreshPool *pool = user_data;

  if (g_cancellable_set_error_if_cancelled (pool->cancellable, &job->result->error))
    g_prefix_error (&job->result->error, "%s: ", job->url);
  else
    refresh_job_fetch (job, pool->fetcher, pool->cancellable);
  g_async_queue_push (pool->done, job);
}

/* The records of FEED_IDS, or of every feed. */
static GPtrArray *
records_to_refresh (ClaimlineSubscriptions  *self,
                    const gint64            *feed_ids,
                    guint                    n_ids,
                    GPtrArray               *results,
                    GError                 **error)
{
  g_autoptr(GPtrArray) records = NULL;

  if (feed_ids == NULL)
    return claimline_store_list_feeds (self->store, error);

  records = g_ptr_array_new_with_free_func ((GDestroyNotify) claimline_feed_record_free);
  for (guint i = 0; i < n_ids; i++)
    {
      g_autoptr(GError) local_error = NULL;
      ClaimlineFeedRecord *record = claimline_store_load_feed (self->store, feed_ids[i],
                                                               &local_error);

      if (record != NULL)
        g_ptr_array_add (records, record);
      else if (g_error_matches (local_error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_NOT_FOUND))
        {
          ClaimlineRefreshResult *missing = g_new0 (ClaimlineRefreshResult, 1);

          missing->feed_id = feed_ids[i];
          missing->title = g_strdup_printf ("%" G_GINT64_FORMAT, feed_ids[i]);
          missing->error = g_steal_pointer (&local_error);
          g_ptr_array_add (results, missing);
        }
      else
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
    }
  return g_steal_pointer (&records);
}

GPtrArray *
claimline_subscriptions_refresh_all (ClaimlineSubscriptions  *self,
                                     const gint64            *feed_ids,
                                     guint                    n_ids,
                                     ClaimlineRefreshProgress progress,
                                     gpointer                 user_data,
                                     GCancellable            *cancellable,
                                     GError                 **error)
{
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GAsyncQueue) done = NULL;
  RefreshPool pool;
  GThreadPool *threads;
  guint n_total, n_done = 0;

  g_return_val_if_fail (CLAIMLINE_IS_SUBSCRIPTIONS (self), NULL);

  results = g_ptr_array_new_with_free_func ((GDestroyNotify) claimline_refresh_result_free);
  records = records_to_refresh (self, feed_ids, n_ids, results, error);
  if (records == NULL)
    return NULL;
  n_total = records->len + results->len;
  for (guint i = 0; i < results->len; i++)
    if (progress != NULL)
      progress (g_ptr_array_index (results, i), ++n_done, n_total, user_data);
  if (records->len == 0)
    return g_steal_pointer (&results);

  done = g_async_queue_new ();
  pool.fetcher = self->fetcher;
  pool.cancellable = cancellable;
  pool.done = done;
  threads = g_thread_pool_new (refresh_pool_work, &pool,
                               MIN (records->len, CLAIMLINE_FETCHER_MAX_CONNECTIONS), FALSE, NULL);
  for (guint i = 0; i < records->len; i++)
    g_thread_pool_push (threads, refresh_job_new (g_ptr_array_index (records, i)), NULL);

  for (guint i = 0; i < records->len; i++)
    {
      g_autoptr(RefreshJob) job = g_async_queue_pop (done);

      refresh_job_store (self, job);
      g_ptr_array_add (results, g_steal_pointer (&job->result));
      if (progress != NULL)
        progress (g_ptr_array_index (results, results->len - 1), ++n_done, n_total, user_data);
    }
  g_thread_pool_free (threads, FALSE, TRUE);
  return g_steal_pointer (&results);
}
