/* claimline-fetcher.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <libsoup/soup.h>

#include "claimline-error.h"
#include "claimline-fetcher.h"
#include "claimline-import.h"

#define DEFAULT_TIMEOUT_SECONDS 30
/* A whole download may take this many times the per-read timeout, so a
 * server dribbling one byte at a time cannot hold a worker forever. */
#define DEADLINE_FACTOR 4
/* How long to leave a server alone that answered 429 without saying. */
#define DEFAULT_RETRY_AFTER_SECONDS (10 * 60)
/* RFC 6585; libsoup has no name for it. */
#define STATUS_TOO_MANY_REQUESTS 429

struct _ClaimlineFetcher
{
  GObject      parent_instance;

  SoupSession *session;
  gsize        max_bytes;
  guint        timeout;
  guint        max_redirects;
};

G_DEFINE_FINAL_TYPE (ClaimlineFetcher, claimline_fetcher, G_TYPE_OBJECT)

void
claimline_fetch_result_free (ClaimlineFetchResult *result)
{
  if (result == NULL)
    return;
  g_clear_pointer (&result->body, g_bytes_unref);
  g_free (result->content_type);
  g_free (result->etag);
  g_free (result->last_modified);
  g_free (result->final_url);
  g_free (result);
}

static void
claimline_fetcher_dispose (GObject *object)
{
  ClaimlineFetcher *self = (ClaimlineFetcher *)object;

  g_clear_object (&self->session);

  G_OBJECT_CLASS (claimline_fetcher_parent_class)->dispose (object);
}

static void
claimline_fetcher_class_init (ClaimlineFetcherClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = claimline_fetcher_dispose;
}

static void
claimline_fetcher_init (ClaimlineFetcher *self)
{
  /* libsoup's one I/O timeout bounds connecting as well as each read.  The
   * default proxy resolver follows the system (GNOME or environment)
   * settings; certificate errors fail the request unless someone accepts
   * them, and nobody here does. */
  self->session = soup_session_new_with_options ("user-agent", "Claimline/" PACKAGE_VERSION,
                                                 "timeout", DEFAULT_TIMEOUT_SECONDS,
                                                 "max-conns", CLAIMLINE_FETCHER_MAX_CONNECTIONS,
                                                 "max-conns-per-host", CLAIMLINE_FETCHER_MAX_PER_HOST,
                                                 "proxy-resolver", g_proxy_resolver_get_default (),
                                                 NULL);
  if (!soup_session_has_feature (self->session, SOUP_TYPE_CONTENT_DECODER))
    soup_session_add_feature_by_type (self->session, SOUP_TYPE_CONTENT_DECODER);
  self->max_bytes = CLAIMLINE_IMPORT_MAX_BYTES;
  self->timeout = DEFAULT_TIMEOUT_SECONDS;
  self->max_redirects = CLAIMLINE_FETCHER_MAX_REDIRECTS;
}

ClaimlineFetcher *
claimline_fetcher_new (void)
{
  return g_object_new (CLAIMLINE_TYPE_FETCHER, NULL);
}

void
claimline_fetcher_set_max_bytes (ClaimlineFetcher *self,
                                 gsize             max_bytes)
{
  g_return_if_fail (CLAIMLINE_IS_FETCHER (self));

  self->max_bytes = max_bytes;
}

void
claimline_fetcher_set_timeout (ClaimlineFetcher *self,
                               guint             seconds)
{
  g_return_if_fail (CLAIMLINE_IS_FETCHER (self));
  g_return_if_fail (seconds > 0);

  self->timeout = seconds;
  soup_session_set_timeout (self->session, seconds);
}

void
claimline_fetcher_set_max_redirects (ClaimlineFetcher *self,
                                     guint             max_redirects)
{
  g_return_if_fail (CLAIMLINE_IS_FETCHER (self));

  self->max_redirects = max_redirects;
}

/* Reads the decoded body, refusing to hold more than MAX_BYTES of it or to
 * read past DEADLINE (monotonic time). */
static GBytes *
read_body (GInputStream  *stream,
           gsize          max_bytes,
           gint64         deadline,
           const char    *url,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(GByteArray) body = g_byte_array_new ();
  guint8 buffer[16384];

  for (;;)
    {
      gssize n = g_input_stream_read (stream, buffer, sizeof buffer, cancellable, error);

      if (n < 0)
        {
          g_prefix_error (error, "Cannot fetch %s: ", url);
          return NULL;
        }
      if (n == 0)
        break;
      if (body->len + (gsize) n > max_bytes)
        {
          g_set_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_TOO_LARGE,
                       "%s is larger than %zu bytes", url, max_bytes);
          return NULL;
        }
      if (g_get_monotonic_time () > deadline)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT,
                       "Cannot fetch %s: the download took too long", url);
          return NULL;
        }
      g_byte_array_append (body, buffer, (guint) n);
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&body));
}

/* Rewrites a failed send as one line naming URL; keeps the domain and code
 * of timeouts and cancellation so callers can tell them apart. */
static void
set_send_error (GError     **error,
                GError      *cause,
                const char  *url,
                guint        timeout)
{
  if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT,
                 "Cannot fetch %s: no answer within %u seconds", url, timeout);
  else if (cause->domain == G_TLS_ERROR)
    g_set_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_FAILED,
                 "Cannot fetch %s: the server’s TLS certificate is not trusted (%s)",
                 url, cause->message);
  else if (cause->domain == G_IO_ERROR)
    g_set_error (error, G_IO_ERROR, cause->code, "Cannot fetch %s: %s", url, cause->message);
  else
    g_set_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_FAILED,
                 "Cannot fetch %s: %s", url, cause->message);
}

/* The Unix time a Retry-After header (seconds or an HTTP date) names. */
static gint64
parse_retry_after (const char *value,
                   gint64      now)
{
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *trimmed = NULL;
  guint64 seconds;

  if (value == NULL)
    return 0;
  trimmed = g_strstrip (g_strdup (value));
  if (g_ascii_string_to_unsigned (trimmed, 10, 0, G_MAXINT32, &seconds, NULL))
    return now + (gint64) seconds;
  date = soup_date_time_new_from_http_string (value);
  return date != NULL ? MAX (g_date_time_to_unix (date), now) : 0;
}

static void
set_status_error (GError     **error,
                  SoupMessage *message,
                  const char  *url)
{
  guint status = soup_message_get_status (message);
  const char *reason = soup_message_get_reason_phrase (message);

  if (reason == NULL || *reason == '\0')
    reason = soup_status_get_phrase (status);
  g_set_error (error, CLAIMLINE_ERROR,
               status == SOUP_STATUS_NOT_FOUND || status == SOUP_STATUS_GONE
                 ? CLAIMLINE_ERROR_NOT_FOUND : CLAIMLINE_ERROR_FAILED,
               "Cannot fetch %s: HTTP %u %s", url, status, reason ? reason : "");
}

/* The next address of a redirect, or NULL when MESSAGE is no redirect. */
static GUri *
redirect_target (SoupMessage *message,
                 GUri        *current)
{
  guint status = soup_message_get_status (message);
  const char *location;

  if (!SOUP_STATUS_IS_REDIRECTION (status) || status == SOUP_STATUS_NOT_MODIFIED)
    return NULL;
  location = soup_message_headers_get_one (soup_message_get_response_headers (message), "Location");
  if (location == NULL)
    return NULL;
  return g_uri_parse_relative (current, location, SOUP_HTTP_URI_FLAGS, NULL);
}

static gboolean
is_http_uri (GUri *uri)
{
  const char *scheme;
  const char *host;

  if (uri == NULL)
    return FALSE;
  scheme = g_uri_get_scheme (uri);
  host = g_uri_get_host (uri);
  return host != NULL && *host != '\0' &&
         (g_ascii_strcasecmp (scheme, "http") == 0 || g_ascii_strcasecmp (scheme, "https") == 0);
}

/* Sends GET requests, following redirects by hand so that their number is
 * bounded and a loop is named as one.  Returns the final message and its
 * body stream. */
static SoupMessage *
send_following_redirects (ClaimlineFetcher  *self,
                          const char        *url,
                          const char        *etag,
                          const char        *last_modified,
                          GInputStream     **out_stream,
                          GCancellable      *cancellable,
                          GError           **error)
{
  g_autoptr(GHashTable) visited = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GUri) current = g_uri_parse (url, SOUP_HTTP_URI_FLAGS, NULL);

  if (current == NULL || !is_http_uri (current))
    {
      g_set_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_INVALID_ARGUMENT,
                   "“%s” is not an http or https address", url);
      return NULL;
    }

  for (guint hops = 0;; hops++)
    {
      g_autoptr(SoupMessage) message = soup_message_new_from_uri (SOUP_METHOD_GET, current);
      SoupMessageHeaders *headers = soup_message_get_request_headers (message);
      g_autoptr(GInputStream) stream = NULL;
      g_autoptr(GError) local_error = NULL;
      g_autoptr(GUri) next = NULL;
      g_autofree char *next_text = NULL;

      soup_message_add_flags (message, SOUP_MESSAGE_NO_REDIRECT);
      if (etag != NULL)
        soup_message_headers_replace (headers, "If-None-Match", etag);
      if (last_modified != NULL)
        soup_message_headers_replace (headers, "If-Modified-Since", last_modified);
      g_hash_table_add (visited, g_uri_to_string (current));

      stream = soup_session_send (self->session, message, cancellable, &local_error);
      if (stream == NULL)
        {
          set_send_error (error, local_error, url, self->timeout);
          return NULL;
        }

      next = redirect_target (message, current);
      if (next == NULL)
        {
          *out_stream = g_steal_pointer (&stream);
          return g_steal_pointer (&message);
        }

      g_input_stream_close (stream, NULL, NULL);
      next_text = g_uri_to_string (next);
      if (!is_http_uri (next))
        {
          g_set_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_FAILED,
                       "Cannot fetch %s: redirected to “%s”, which is not an http or https address",
                       url, next_text);
          return NULL;
        }
      if (g_hash_table_contains (visited, next_text))
        {
          g_autofree char *current_text = g_uri_to_string (current);

          g_set_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_FAILED,
                       "Cannot fetch %s: redirect loop (%s redirects back to %s)",
                       url, current_text, next_text);
          return NULL;
        }
      if (hops + 1 > self->max_redirects)
        {
          g_set_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_FAILED,
                       "Cannot fetch %s: more than %u redirects", url, self->max_redirects);
          return NULL;
        }
      g_clear_pointer (&current, g_uri_unref);
      current = g_steal_pointer (&next);
    }
}

/* A thread whose only work is cancelling downloads at their deadline: the
 * blocking calls cannot watch the clock while libsoup waits for the next
 * byte of a status line or header that a server drips out slowly. */
static gpointer
deadline_thread (gpointer data)
{
  GMainContext *context = data;

  for (;;)
    g_main_context_iteration (context, TRUE);
  return NULL;
}

static gpointer
start_deadline_thread (gpointer data)
{
  GMainContext *context = g_main_context_new ();

  g_thread_unref (g_thread_new ("claimline-deadline", deadline_thread, context));
  return context;
}

static GMainContext *
deadline_context (void)
{
  static GOnce once = G_ONCE_INIT;

  return g_once (&once, start_deadline_thread, NULL);
}

static gboolean
deadline_reached_cb (gpointer data)
{
  g_cancellable_cancel (data);
  return G_SOURCE_REMOVE;
}

static void
forward_cancel_cb (GCancellable *cancellable,
                   gpointer      data)
{
  g_cancellable_cancel (data);
}

static ClaimlineFetchResult *fetch_before (ClaimlineFetcher  *self,
                                           const char        *url,
                                           const char        *etag,
                                           const char        *last_modified,
                                           gint64            *out_retry_after,
                                           gint64             deadline,
                                           GCancellable      *cancellable,
                                           GError           **error);

ClaimlineFetchResult *
claimline_fetcher_fetch_full (ClaimlineFetcher  *self,
                              const char        *url,
                              const char        *etag,
                              const char        *last_modified,
                              gint64            *out_retry_after,
                              GCancellable      *cancellable,
                              GError           **error)
{
  g_autoptr(GCancellable) bounded = g_cancellable_new ();
  g_autoptr(GError) local_error = NULL;
  ClaimlineFetchResult *result;
  gint64 timeout_us, deadline;
  GSource *timer;
  gulong handler = 0;

  g_return_val_if_fail (CLAIMLINE_IS_FETCHER (self), NULL);
  g_return_val_if_fail (url != NULL, NULL);

  /* BOUNDED is cancelled by the caller's cancellable or at the deadline,
   * whichever comes first; only the caller's counts as a cancellation. */
  timeout_us = (gint64) self->timeout * DEADLINE_FACTOR * G_USEC_PER_SEC;
  deadline = g_get_monotonic_time () + timeout_us;
  timer = g_timeout_source_new ((guint) (timeout_us / 1000));
  g_source_set_callback (timer, deadline_reached_cb, g_object_ref (bounded), g_object_unref);
  g_source_attach (timer, deadline_context ());
  if (cancellable != NULL)
    handler = g_cancellable_connect (cancellable, G_CALLBACK (forward_cancel_cb),
                                     g_object_ref (bounded), g_object_unref);

  result = fetch_before (self, url, etag, last_modified, out_retry_after, deadline, bounded,
                         &local_error);

  g_source_destroy (timer);
  g_source_unref (timer);
  if (cancellable != NULL)
    g_cancellable_disconnect (cancellable, handler);

  if (result == NULL &&
      g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED) &&
      !g_cancellable_is_cancelled (cancellable))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT,
                   "Cannot fetch %s: the download took too long", url);
      return NULL;
    }
  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  return result;
}

/* The download itself; BOUNDED is cancelled at DEADLINE (monotonic). */
static ClaimlineFetchResult *
fetch_before (ClaimlineFetcher  *self,
              const char        *url,
              const char        *etag,
              const char        *last_modified,
              gint64            *out_retry_after,
              gint64             deadline,
              GCancellable      *cancellable,
              GError           **error)
{
  g_autoptr(ClaimlineFetchResult) result = NULL;
  g_autoptr(SoupMessage) message = NULL;
  g_autoptr(GInputStream) stream = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  SoupMessageHeaders *headers;
  guint status;

  if (out_retry_after != NULL)
    *out_retry_after = 0;

  message = send_following_redirects (self, url, etag, last_modified, &stream, cancellable, error);
  if (message == NULL)
    return NULL;

  headers = soup_message_get_response_headers (message);
  status = soup_message_get_status (message);
  result = g_new0 (ClaimlineFetchResult, 1);
  result->status = status;
  result->final_url = g_uri_to_string (soup_message_get_uri (message));
  result->etag = g_strdup (soup_message_headers_get_one (headers, "ETag"));
  result->last_modified = g_strdup (soup_message_headers_get_one (headers, "Last-Modified"));
  result->content_type = g_strdup (soup_message_headers_get_one (headers, "Content-Type"));

  if (status == SOUP_STATUS_NOT_MODIFIED)
    {
      result->not_modified = TRUE;
      /* A 304 may omit the validators; the request's still hold. */
      if (result->etag == NULL)
        result->etag = g_strdup (etag);
      if (result->last_modified == NULL)
        result->last_modified = g_strdup (last_modified);
      g_input_stream_close (stream, NULL, NULL);
      return g_steal_pointer (&result);
    }

  if (!SOUP_STATUS_IS_SUCCESSFUL (status))
    {
      if (status == STATUS_TOO_MANY_REQUESTS || status == SOUP_STATUS_SERVICE_UNAVAILABLE)
        {
          gint64 retry = parse_retry_after (soup_message_headers_get_one (headers, "Retry-After"), now);

          if (retry == 0 && status == STATUS_TOO_MANY_REQUESTS)
            retry = now + DEFAULT_RETRY_AFTER_SECONDS;
          if (out_retry_after != NULL)
            *out_retry_after = retry;
        }
      set_status_error (error, message, url);
      g_input_stream_close (stream, NULL, NULL);
      return NULL;
    }

  if (soup_message_headers_get_encoding (headers) == SOUP_ENCODING_CONTENT_LENGTH &&
      soup_message_headers_get_content_length (headers) > (goffset) self->max_bytes &&
      soup_message_headers_get_one (headers, "Content-Encoding") == NULL)
    {
      g_set_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_TOO_LARGE,
                   "%s is larger than %zu bytes", url, self->max_bytes);
      g_input_stream_close (stream, NULL, NULL);
      return NULL;
    }

  result->body = read_body (stream, self->max_bytes, deadline, url, cancellable, error);
  g_input_stream_close (stream, NULL, NULL);
  if (result->body == NULL)
    return NULL;

  /* libsoup reports end of stream when a server hangs up early; the
   * promised length tells a cut-short body apart (for undecoded bodies). */
  if (soup_message_headers_get_encoding (headers) == SOUP_ENCODING_CONTENT_LENGTH &&
      soup_message_headers_get_one (headers, "Content-Encoding") == NULL &&
      (goffset) g_bytes_get_size (result->body) < soup_message_headers_get_content_length (headers))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_PARTIAL_INPUT,
                   "Cannot fetch %s: the connection closed after %zu of %" G_GOFFSET_FORMAT " bytes",
                   url, g_bytes_get_size (result->body),
                   soup_message_headers_get_content_length (headers));
      return NULL;
    }
  return g_steal_pointer (&result);
}

GBytes *
claimline_fetcher_fetch (ClaimlineFetcher  *self,
                         const char        *url,
                         char             **out_content_type,
                         GCancellable      *cancellable,
                         GError           **error)
{
  g_autoptr(ClaimlineFetchResult) result = NULL;

  g_return_val_if_fail (CLAIMLINE_IS_FETCHER (self), NULL);
  g_return_val_if_fail (url != NULL, NULL);

  result = claimline_fetcher_fetch_full (self, url, NULL, NULL, NULL, cancellable, error);
  if (result == NULL)
    return NULL;
  if (out_content_type != NULL)
    *out_content_type = g_steal_pointer (&result->content_type);
  return g_steal_pointer (&result->body);
}

ClaimlineDocument *
claimline_fetcher_import_url (ClaimlineFetcher  *self,
                              const char        *url,
                              GCancellable      *cancellable,
                              GError           **error)
{
  g_autoptr(ClaimlineFetchResult) result = NULL;
  ClaimlineDocument *document;

  result = claimline_fetcher_fetch_full (self, url, NULL, NULL, NULL, cancellable, error);
  if (result == NULL)
    return NULL;

  document = claimline_import_bytes (result->body, result->final_url, result->content_type, error);
  if (document != NULL && document->url == NULL)
    document->url = g_strdup (result->final_url);
  return document;
}
